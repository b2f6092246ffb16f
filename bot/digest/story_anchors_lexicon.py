"""Day and month names, weekdays, place prepositions and ordinals: what dates and places a story.

Data, no logic, for bot.digest.story_anchors (split from bot.digest.story_lexicon, session 13):
folded (lower case, no accents), in the supported languages.
"""

from __future__ import annotations

# Day and month names: capitalised in some languages, shared by unrelated stories, so no names.
CALENDAR: tuple[str, ...] = (
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december",
    "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonnabend", "sonntag",
    "januar", "februar", "marz", "juni", "juli", "oktober", "dezember",
    "понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье",
    "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
    "lunes", "martes", "miercoles", "jueves", "viernes", "sabado", "domingo",
    "lunedi", "martedi", "mercoledi", "giovedi", "venerdi", "domenica",
    "segunda", "terca", "quarta", "quinta", "sexta",
    "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag",
)  # fmt: skip

# Weekday names (folded) by day, matched at a word's start ("Dienstagmorgen", "пятницу"): two
# reports of one event rarely date it to different days, two events of one topic often do.
# Portuguese "segunda-feira" and the like are matched as WEEKDAY_SUFFIXED + "-feira".
WEEKDAYS: dict[int, tuple[str, ...]] = {
    1: ("monday", "montag", "понедельник", "lundi", "lunes", "lunedi", "maandag"),
    2: ("tuesday", "dienstag", "вторник", "mardi", "martes", "martedi", "dinsdag"),
    3: ("wednesday", "mittwoch", "среду", "среда", "среды", "mercredi", "miercoles", "mercoledi",
        "woensdag"),
    4: ("thursday", "donnerstag", "четверг", "jeudi", "jueves", "giovedi", "donderdag"),
    5: ("friday", "freitag", "пятниц", "vendredi", "viernes", "venerdi", "vrijdag"),
    6: ("saturday", "samstag", "sonnabend", "суббот", "samedi", "sabado", "sabato", "zaterdag"),
    7: ("sunday", "sonntag", "воскресень", "dimanche", "domingo", "domenica", "zondag"),
}  # fmt: skip
WEEKDAY_SUFFIXED: dict[str, int] = {"segunda": 1, "terca": 2, "quarta": 3, "quinta": 4, "sexta": 5}

# Words after which a capitalised word is mostly a place ("in Holm", "bei Lindenau", "в Лесогорске",
# "à Rivemont"), folded: two reports of one event name one place; two events of a kind, often two.
PLACE_PREPOSITIONS: tuple[str, ...] = (
    "in", "into", "near", "outside", "at", "bei", "nahe", "nach", "aus", "в", "во", "под", "из",
    "a", "à", "pres", "en", "cerca", "em", "no", "na", "perto", "di", "da", "presso", "nel", "te",
    "bij", "nabij", "uit",
)  # fmt: skip

# Ordinal words (folded) by number: "the third quarter" and "the second quarter", "le premier
# tour" and "le second tour" are two events of one series, however alike their words.
ORDINALS: dict[int, tuple[str, ...]] = {
    1: ("first", "erste", "ersten", "erster", "erstes", "первый", "первом", "первого", "первая",
        "первой", "premier", "premiere", "primer", "primero", "primera", "primo", "prima",
        "primeiro", "primeira", "eerste"),
    2: ("second", "zweite", "zweiten", "zweiter", "zweites", "второй", "втором", "второго",
        "вторая", "deuxieme", "seconde", "segundo", "segunda", "secondo", "seconda", "tweede"),
    3: ("third", "dritte", "dritten", "dritter", "drittes", "третий", "третьем", "третьего",
        "третья", "третьей", "troisieme", "tercer", "tercero", "tercera", "terzo", "terza",
        "terceiro", "terceira", "derde"),
    4: ("fourth", "vierte", "vierten", "vierter", "viertes", "четвертый", "четвертом",
        "четвертого", "четвертая", "четвертой", "quatrieme", "cuarto", "cuarta", "quarto",
        "quarta", "vierde"),
}  # fmt: skip
