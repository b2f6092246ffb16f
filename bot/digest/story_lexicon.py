"""Word lists for bot.digest.stories: data, no logic.

Two reports of one topic that name different stages of it (a rate cut and a hold, a match
preview and its result, a trial opening and its verdict, a strike and its end) are two events,
however many names they share. Each dimension maps a stage to its marker words in the supported
languages (folded: lower case, no accents); bot.digest.stories stems them with the item's
language. Phrases of several words (STAGE_PHRASES) are matched whole. The rest reads numbers
as people write them (scale words, share words, spelled numbers) and keeps day and month names
from counting as names.
"""

from __future__ import annotations

STAGES: dict[str, dict[str, tuple[str, ...]]] = {
    "rate": {
        "down": (
            "cut",
            "cuts",
            "lowers",
            "lowered",
            "reduces",
            "reduced",
            "senkt",
            "gesenkt",
            "снизил",
            "понизил",
            "снижение",
            "baisse",
            "abaisse",
            "baja",
            "rebaja",
        ),
        "up": (
            "hike",
            "hikes",
            "raises",
            "raised",
            "lifts",
            "lifted",
            "erhoht",
            "angehoben",
            "hebt",
            "повысил",
            "повышение",
            "releve",
            "augmente",
            "sube",
            "subida",
            "eleva",
            "elevo",
        ),
        "hold": (
            "holds",
            "held",
            "keeps",
            "kept",
            "unchanged",
            "steady",
            "belasst",
            "belassen",
            "unverandert",
            "zinspause",
            "сохранил",
            "сохранение",
            "maintient",
            "inchange",
            "mantiene",
            "mantuvo",
            "pausa",
        ),
    },
    "match": {
        "preview": (
            "preview",
            "voorbeschouwing",
            "vorbericht",
            "avant-match",
            "antevisao",
            "host",
            "hosts",
            "doubt",
            "doubtful",
            "vorschau",
            "empfangt",
            "fraglich",
            "анонс",
            "примет",
            "сыграет",
            "avant",
            "recoit",
            "previa",
            "recibe",
            "duda",
            "dubbio",
            "ospita",
            "recebe",
            "ontvangt",
        ),
        "result": (
            "beat",
            "draw",
            "drew",
            "remis",
            "unentschieden",
            "ничья",
            "ничью",
            "nul",
            "empate",
            "empato",
            "pareggio",
            "pareggia",
            "gelijkspel",
            "derrota",
            "sconfitta",
            "nederlaag",
            "beats",
            "win",
            "wins",
            "won",
            "victory",
            "defeat",
            "edge",
            "crush",
            "humbled",
            "thrashed",
            "sieg",
            "siegt",
            "siegte",
            "gewinnt",
            "gewann",
            "schlagt",
            "niederlage",
            "победила",
            "обыграла",
            "победу",
            "уступил",
            "проиграл",
            "impose",
            "battu",
            "victoire",
            "gana",
            "gano",
            "vence",
            "vencio",
            "triunfo",
            "victoria",
            "vince",
            "battuto",
            "vittoria",
            "venceu",
            "vitoria",
            "wint",
            "verslaat",
            "zege",
        ),
    },
    "trial": {
        "opens": (
            "begins",
            "opens",
            "opened",
            "opening",
            "denies",
            "pleads",
            "prozessauftakt",
            "beginnt",
            "begonnen",
            "начался",
            "начинается",
            "стартовал",
            "ouvre",
            "ouvert",
            "ouverture",
            "comienza",
            "comenzo",
            "arranca",
            "arranco",
            "comeca",
            "comecou",
            "arrancou",
            "inizia",
            "iniziato",
            "aperto",
            "apertura",
            "begint",
        ),
        "verdict": (
            "verdict",
            "jugement",
            "vonnis",
            "verdetto",
            "sentenza",
            "sentenca",
            "sentencia",
            "приговорил",
            "приговорен",
            "оправдан",
            "оправдал",
            "convicted",
            "guilty",
            "acquitted",
            "sentenced",
            "verurteilt",
            "freigesprochen",
            "urteil",
            "осужден",
            "приговор",
            "condamne",
            "condenado",
            "absuelto",
            "absolve",
            "absolvido",
            "assolto",
            "condannato",
            "veroordeeld",
            "vrijgesproken",
        ),
    },
    "strike": {
        # the strike named, no stage of it: as alike a call as a strike day (STAGE_EITHER)
        "named": (
            "huelga",
            "paros",
            "strike",
            "strikes",
            "streik",
            "streiken",
            "greve",
            "sciopero",
            "staking",
            "забастовка",
            "забастовку",
            "walkout",
            "ausstand",
        ),
        # the strike held: people stop work, passengers are stranded
        "on": (
            "picket",
            "streikt",
            "бастуют",
            "walk",
            "walked",
            "stranded",
            "stranden",
            "lahm",
            "paralyse",
            "бастуют",
        ),
        "over": (
            "ends",
            "vorbei",
            "завершили",
            "окончена",
            "закончилась",
            "levee",
            "terminee",
            "finaliza",
            "terminan",
            "revocato",
            "accordo",
            "encerram",
            "encerrada",
            "acordo",
            "fim",
            "voorbij",
            "beeindigd",
            "akkoord",
            "ended",
            "deal",
            "agreement",
            "einigung",
            "geeinigt",
            "beendet",
            "accord",
            "fin",
            "соглашение",
            "acuerdo",
            "desconvocan",
        ),
        # a strike called, not yet held: its announcement and the strike day are two stories
        # (round 13, read in session 11: "kondigt staking aan" merged with "staking begonnen").
        # Not Russian "объявили забастовку": it is how a strike starts (rounds 3, 5, 10, 12).
        "called": (
            "announces",
            "announced",
            "ruft",
            "aufgerufen",
            "angekundigt",
            "droht",
            "annonce",
            "annoncee",
            "preavis",
            "anuncia",
            "anuncian",
            "proclamato",
            "indetto",
            "annuncia",
            "marcada",
            "marcou",
            "convocou",
            "kondigt",
            "aangekondigd",
            "dreigt",
        ),
    },
}


# Headline words that announce another event of a kind already told ("a second wildfire", "Vossberg
# also recalls mixers"): weak evidence (shared rare names, tf-idf) never links such an item.
# German adjectives declined before a noun count too ("Zweiter Brand in Kellinghausen", round 17;
# not "zweiten", "am zweiten Tag" being a story's own second day).
ANOTHER_EVENT: tuple[str, ...] = (
    "another", "second", "also", "too", "new", "weitere", "zweite", "auch", "erneut",
    "weiterer", "weiteres", "zweiter", "zweites", "erneuter", "erneutes",
    "ещё", "еще", "второй", "вторая", "тоже", "также", "новый", "новая",
    "autre", "deuxieme", "second", "seconde", "aussi", "nouveau", "nouvelle",
    "otro", "otra", "segundo", "segunda", "tambien", "nuevo", "nueva",
    "altro", "altra", "secondo", "seconda", "anche", "nuovo", "nuova",
    "outro", "outra", "tambem", "novo", "nova",
    "andere", "tweede", "ook", "nieuwe",
    "again", "wieder", "encore", "ancora", "opnieuw",
)  # fmt: skip
# Words counting an event as the second of its kind ("Zweiter Brand in einer Nacht", "Segundo
# accidente del día", "dies hours after another crash"), folded: ANOTHER_EVENT's strict part,
# without "new", "also", "again" (a follow-up's words too) or words that mostly mean "other"
# ("weitere Details", "tra l'altro", "с другой стороны"). Read in the headline and the lead's
# first words (bot.digest.story_fingerprint._second).
SECOND_EVENT: tuple[str, ...] = (
    "another", "second", "zweite", "zweiter", "zweites", "zweiten", "weiterer", "weiteres",
    "второй", "вторая", "второе", "autre", "deuxieme", "seconde",
    "otro", "otra", "segundo", "segunda", "secondo", "seconda",
    "outro", "outra", "tweede",
)  # fmt: skip
# ... but not when the word after it counts a part of one event (a runoff, a strike's second
# day, a second term, a match's second half), folded: "segundo turno", "второй тур", "second
# day", "zweite Halbzeit". A stop word after it ("Secondo la polizia", "Segundo a PSP": according
# to) is no count either (bot.digest.story_fingerprint._second).
SECOND_PARTS: tuple[str, ...] = (
    "round", "rounds", "runoff", "turn", "turno", "tour", "тур", "туре", "ronde", "runde",
    "wahlgang", "ballot", "vuelta",
    "day", "days", "tag", "tages", "dia", "день", "дня", "jour", "journee", "giorno", "giornata",
    "dag", "week", "woche", "semana", "неделю", "неделя", "semaine", "settimana",
    "term", "срок", "mandat", "mandato", "amtszeit", "termijn",
    "half", "halbzeit", "tempo", "mitad", "тайм", "mi", "leg", "place", "platz", "lugar",
    "posto", "место", "plaats", "time",
)  # fmt: skip
# The same at a headline's start only ("After Ondine, storm Pascaline...", "Depois de Rio
# Escuro, ..."): inside a headline they mostly date the event ("killed after a crash").
ANOTHER_AT_START: tuple[str, ...] = (
    "after", "nach", "после", "apres", "tras", "despues", "dopo", "depois",
)  # fmt: skip

# Words that scale the number before them ("1,5 Mio", "2.3 million", "12 тыс."), folded.
MAGNITUDES: dict[float, tuple[str, ...]] = {
    1e3: ("thousand", "tausend", "тыс", "тысяч", "тысячи", "mille", "mil", "mila", "duizend", "k"),
    1e6: (
        "million", "millions", "mio", "mn", "млн", "миллион", "миллиона", "миллионов",
        "millionen", "millones", "millon", "milioni", "milione", "milhoes", "milhao", "miljoen",
    ),
    1e9: (
        "billion", "billions", "bn", "mrd", "milliarde", "milliarden", "млрд", "миллиард",
        "миллиарда", "milliard", "milliards", "mil millones", "miliardi", "miliardo", "bilhoes",
        "bilhao", "miljard",
    ),
}  # fmt: skip

# Words that make the number before them a share ("16 per cent" = "16%"), folded.
PERCENT_WORDS: tuple[str, ...] = (
    "per cent", "percent", "prozent", "процент", "процента", "процентов", "pour cent",
    "por ciento", "per cento", "por cento", "procent",
)  # fmt: skip

# Units one outlet converts for its readers ("94mph" / "151 km/h", "six nautical miles" / "11
# km"): folded unit -> its factor to km/h or km. Such a measure is kept as its value in km/h or km,
# rounded to the whole, so both spellings are one figure (and a measure two items give alike in
# mph counts once). Round 5 ("87mph" / "140 km/h") and round 8 (read in session 10) had them.
UNIT_CONVERSIONS: dict[str, float] = {
    "mph": 1.609344,
    "knots": 1.852, "knoten": 1.852, "noeuds": 1.852, "nudos": 1.852, "nodi": 1.852,
    "knopen": 1.852, "узлов": 1.852,
    "miles": 1.609344, "mile": 1.609344, "meilen": 1.609344,
    "nautical miles": 1.852, "milles": 1.852, "milles nautiques": 1.852, "seemeilen": 1.852,
    "zeemijl": 1.852, "millas nauticas": 1.852, "miglia nautiche": 1.852, "морских миль": 1.852,
}  # fmt: skip

# Stages named by phrases of several words (folded, matched on whole words in any language): a
# preview says what is coming, the report does not.
STAGE_PHRASES: dict[str, dict[str, tuple[str, ...]]] = {
    "match": {
        "preview": (
            "ahead of", "to meet", "will meet", "will face", "set to face", "face off",
            "vor dem", "trifft am", "bangen um",
            "перед матчем", "перед игрой", "сыграет с", "встретится с", "примет",
            "avant le", "avant la", "affrontera", "recevra",
            "listo para", "antes del", "se enfrentara", "se mediran",
            "alla vigilia", "in vista", "affrontera", "sfidera",
            "antes do", "vai enfrentar", "defronta",
            "neemt het op tegen",
        ),
    },
    "trial": {
        "opens": (
            "trial opens", "first day of trial", "erster prozesstag", "первый день процесса",
            "s'ouvre", "premier jour du proces", "al via il processo", "primer dia del juicio",
            "prima udienza",
            "primeira sessao", "van start",
        ),
    },
    "strike": {
        # Russian "прекратили" alone is no end: "прекратили работу" (they stopped work) is
        # how a strike starts (rounds 3, 4, 10 and 12 wrote it so; session 11)
        "on": ("прекратили работу", "прекратил работу", "прекратили принимать заказы"),
        "called": (
            "to strike next", "to strike for", "to strike on", "to strike from", "will strike",
            "vote to strike", "voted to strike", "strike date", "gaan staken",
            "zullen staken", "wollen streiken", "zum streik auf", "zu einem streik",
            "strike called", "calls strike", "calls a strike", "called a strike",
            "appellent a la greve", "appelle a la greve",
            "convocan huelga", "convoca huelga", "convocan una huelga", "convoca una huelga",
            "sciopero proclamato", "greve marcada",
        ),
        "over": (
            "called off", "back to work", "zuruck an die arbeit", "reprise du travail",
            "прекратили забастовку", "прекратил забастовку", "прекратили стачку",
        ),
    },
}  # fmt: skip

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

# Number words that a magnitude may follow ("twelve thousand" = 12,000, "три тысячи" = 3 000),
# folded; alone, only those of SPELLED_FIGURES are a figure (too common: "one of", "two days").
SPELLED_NUMBERS: dict[int, tuple[str, ...]] = {
    1: ("one", "a", "ein", "eine", "одна", "один", "un", "une", "uno", "una", "um", "uma", "een"),
    2: ("two", "zwei", "две", "два", "deux", "dos", "due", "dois", "duas", "twee"),
    3: ("three", "drei", "три", "trois", "tres", "tre", "drie"),
    4: ("four", "vier", "четыре", "quatre", "cuatro", "quattro", "quatro"),
    5: ("five", "funf", "пять", "cinq", "cinco", "cinque", "vijf"),
    6: ("six", "sechs", "шесть", "seis", "sei", "zes"),
    7: ("seven", "sieben", "семь", "sept", "siete", "sette", "sete", "zeven"),
    8: ("eight", "acht", "восемь", "huit", "ocho", "otto", "oito"),
    9: ("nine", "neun", "девять", "neuf", "nueve", "nove", "negen"),
    10: ("ten", "zehn", "десять", "dix", "diez", "dieci", "dez", "tien"),
    12: ("twelve", "zwolf", "двенадцать", "douze", "doce", "dodici", "doze", "twaalf"),
    20: ("twenty", "zwanzig", "двадцать", "vingt", "veinte", "venti", "vinte", "twintig"),
    30: ("thirty", "dreissig", "тридцать", "trente", "treinta", "trenta", "trinta", "dertig"),
    40: ("forty", "vierzig", "сорок", "quarante", "cuarenta", "quaranta", "quarenta", "veertig"),
    50: ("fifty", "funfzig", "пятьдесят", "cinquante", "cincuenta", "cinquanta", "cinquenta",
         "vijftig"),
    60: ("sixty", "sechzig", "шестьдесят", "soixante", "sesenta", "sessanta", "sessenta", "zestig"),
    70: ("seventy", "siebzig", "семьдесят", "setenta", "settanta", "zeventig"),
    80: ("eighty", "achtzig", "восемьдесят", "ochenta", "ottanta", "oitenta", "tachtig"),
    90: ("ninety", "neunzig", "девяносто", "noventa", "novanta", "negentig"),
    100: ("hundred", "hundert", "сто", "cent", "cien", "cento", "cem", "honderd"),
}  # fmt: skip

# Number words that are a figure on their own, not only before a magnitude: the tens from 40
# and the hundreds ("cerca de quarenta animais", "seiscientas hectáreas", "пятьсот домов");
# smaller ones are too common ("two days") and no specific figure anyway.
SPELLED_FIGURES: dict[int, tuple[str, ...]] = {
    **{value: SPELLED_NUMBERS[value] for value in (40, 50, 60, 70, 80, 90)},
    200: ("doscientos", "doscientas", "duzentos", "duzentas", "duecento", "двести"),
    300: ("trescientos", "trescientas", "trezentos", "trezentas", "trecento", "триста"),
    400: ("cuatrocientos", "cuatrocientas", "quatrocentos", "quatrocentas", "quattrocento",
          "четыреста"),
    500: ("quinientos", "quinientas", "quinhentos", "quinhentas", "cinquecento", "пятьсот"),
    600: ("seiscientos", "seiscientas", "seiscentos", "seiscentas", "seicento", "шестьсот"),
    700: ("setecientos", "setecientas", "setecentos", "setecentas", "settecento", "семьсот"),
    800: ("ochocientos", "ochocientas", "oitocentos", "oitocentas", "ottocento", "восемьсот"),
    900: ("novecientos", "novecientas", "novecentos", "novecentas", "novecento", "девятьсот"),
}  # fmt: skip
# Magnitudes written as one word with the number before them ("ventimila", "dertigduizend").
GLUED_MAGNITUDES: dict[float, tuple[str, ...]] = {1e3: ("mila", "duizend", "tausend")}
# After a currency sign, "m" scales the number ("£310m"); elsewhere it is a metre.
CURRENCY_SIGNS = "$£€¥₽"
CURRENCY_MAGNITUDES: dict[str, float] = {"m": 1e6}
# Before a currency sign, these scale the number: "400 M€", "1,2 Md€", "3 Mrd. €" (French and
# German business pages); folded.
MAGNITUDES_BEFORE_CURRENCY: dict[str, float] = {"m": 1e6, "md": 1e9, "mds": 1e9, "mrd": 1e9}

# The kind of event a dimension's stages belong to, as folded word starts (INNER_KINDS: anywhere
# in a word, for compounds: "Leitzins", "Warnstreik", "Landgericht"). A stage word counts only
# when its item names the kind too: "cut" is a rate cut in a central bank's news, not in "a
# planned cut to fuel subsidies"; "opens" is a trial's start only near a court, not for
# "clinics open" or "doors opened"; "deal", "ends", "called off" end a strike only when a strike
# is named, not a cancelled concert. Round 7 (read in session 10): 9 stages of the 20 its missed
# pairs named were of another kind. The match dimension has no such word (a report names teams).
STAGE_KINDS: dict[str, tuple[str, ...]] = {
    "rate": (
        "rate", "interest", "monetary", "bank", "fed", "ecb", "inflation",
        "zins", "notenbank", "ezb", "geldpolitik",
        "ставк", "ставок", "банк", "цб", "инфляц", "денежно",
        "taux", "banque", "bce", "monetaire",
        "tasa", "tipo", "interes", "banco", "monetari", "inflacion",
        "tasso", "tassi", "banca", "inflazion",
        "taxa", "juro", "selic",
        "rente", "centrale", "dnb",
    ),
    "trial": (
        "trial", "court", "judge", "jury", "prosecut", "accused", "defendant", "verdict",
        "convict", "sentenc", "acquit", "guilty", "charged",
        "prozess", "gericht", "richter", "angeklagt", "anklage", "urteil", "verurteil",
        "freigesproch",
        "суд", "процесс", "обвин", "прокур", "приговор", "осужд", "оправда", "подсудим",
        "proces", "tribunal", "juge", "accuse", "condamn",
        "juicio", "juez", "acusad", "fiscal", "condenad", "absuel",
        "processo", "giudic", "imputat", "assolt", "condannat", "sentenz", "corte",
        "julgamento", "juiz", "absolvid",
        "rechtbank", "rechter", "verdacht", "veroordeel", "vrijgesproken", "vonnis",
    ),
    "strike": (
        "strike", "walkout", "picket", "union",
        "streik", "ausstand", "gewerkschaft",
        "забастов", "бастую", "стачк", "профсоюз",
        "greve", "grev", "syndicat",
        "huelga", "paro", "sindicat",
        "sciopero", "scioper", "sindacat",
        "staking", "staak", "vakbond",
    ),
}  # fmt: skip
INNER_KINDS: tuple[str, ...] = ("zins", "streik", "gericht", "prozess", "staking", "staak")

# A report that names two stages of one dimension is about the later one: "strike ends with a
# deal", "won after a preview that doubted them".
# A stage that may be any of several ("strike" alone: the call or the strike day): never apart
# from them (bot.digest.story_compare._stages_differ), while they are apart from each other.
STAGE_EITHER: dict[str, tuple[str, ...]] = {"strike:named": ("strike:on", "strike:called")}
# Stages one for the weighed evidence (bot.digest.story_compare.stages_alike): before session 11
# all three were "strike:on", and the call and the strike day are told apart by STAGE_EITHER.
STAGE_ALIKE: dict[str, str] = {"strike:named": "strike:on", "strike:called": "strike:on"}

# A plea is no verdict: "guilty" right after these (or after them and "not") names the trial's
# opening ("pleads not guilty"), which "pleads" marks itself; "found guilty" stays a verdict.
PLEA_WORDS: tuple[str, ...] = ("plead", "pleads", "pleaded", "pleading", "pled")
# A strike's announcement names the strike too ("union calls strike"): it is about the call
# unless it names the end (the stages in order of precedence).
LATER_STAGE: dict[str, tuple[str, ...]] = {
    "strike": ("over", "called", "on"),
    "match": ("result",),
    "trial": ("verdict",),
}

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
