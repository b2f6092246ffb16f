"""What a figure means beyond its number: normalised unit, the counted noun, a change verb.

Kept apart from `summarizer.figures.judge` (which decides *whether* a span is a figure): these
readings run only on the figures found, so they may be plain Python without speed tricks.
"""

from __future__ import annotations

import re

from summarizer.figures.lexicon import RU_UNIT_STEMS
from summarizer.figures.meaning_words import (
    CHANGE_PREPOSITIONS,
    CHANGE_VERBS,
    CURRENCY_UNITS,
    DURATION_UNITS,
    UNIT_SYMBOLS,
)
from summarizer.figures.plural_words import (
    ADJECTIVE_COMPOUNDS,
    ADJECTIVE_ENDINGS,
    ADJECTIVES_BEFORE,
    ADJECTIVES_EN,
    COMPOUND_ENDINGS,
    DE_E_PLURALS,
    DE_ENDINGS,
    DE_IRREGULAR,
    DE_IRREGULAR_TAILS,
    DE_MORE_ENDINGS,
    DE_NOT_E_PLURALS,
    DE_NOT_TAILS,
    DE_SAME_E,
    ES_AFTER_S,
    FR_AUX,
    FR_INVARIANT,
    IBERIAN_INVARIANT,
    IS_SINGULARS,
    IT_ENDINGS,
    IT_INVARIANT,
    LOOK_PLURAL,
    MIN_ADJECTIVE,
    NOT_ADJECTIVES,
    NOT_MEN,
    NOT_THE_NOUN,
    RU_ENDINGS,
    RU_IRREGULAR,
    RU_SOFT_SIGNLESS,
    SINGULARS,
    SUPERLATIVES,
    VES_SINGULARS,
)

CHANGE_LOOKBACK = 32  # characters read before a figure for "rose by"
_VERBS = frozenset(CHANGE_VERBS.split())
_PREPOSITIONS = frozenset(CHANGE_PREPOSITIONS.split())
_SPACES = re.compile(r"\s+")
_OF = re.compile(r"^(?:de |di |d['’])")  # "1,3 millones de toneladas", "million d'habitants"


def currency(written: str) -> str | None:
    """ISO code of a currency as written: "$", "US$", "euros", "Danish crowns", "рублей"."""
    key = _SPACES.sub(" ", written.strip().lower()).replace(" $", "$")  # "c $": "c$"
    if key in CURRENCY_UNITS:
        return CURRENCY_UNITS[key]
    for cut in (1, 2, 3, 4, 5):  # plural and case endings: "dollars", "рублей", "kroner"
        if len(key) > cut + 1 and key[:-cut] in CURRENCY_UNITS:
            return CURRENCY_UNITS[key[:-cut]]
    tail = key.split(" ", 1)[-1]  # "de dollars", "sterling"
    return CURRENCY_UNITS.get(tail) or CURRENCY_UNITS.get(tail.rstrip("s"))


def measure(written: str) -> str | None:
    """Symbol of a unit as written: "kilometres" -> "km", "°C", "MW", "(kg)" -> "kg"; None when
    unknown."""
    key = _OF.sub("", _SPACES.sub(" ", written.strip(" ([{<>}])").lower()))  # "de toneladas"
    if key in UNIT_SYMBOLS:
        return UNIT_SYMBOLS[key]
    for stem, symbol in RU_UNIT_STEMS:
        if key.startswith(stem):
            return symbol
    return UNIT_SYMBOLS.get(key.rstrip("s"))


def duration(written: str) -> str | None:
    """ "years", "Jahren", "лет", "mois" -> "year", "month", ...."""
    key = written.strip().lower()
    for stem, unit in DURATION_UNITS:
        if key.startswith(stem) and (stem != "an" or key in {"an", "ans"}):
            return unit
    return None


def singular(noun: str, language: str) -> str:
    """The counted noun's head in the singular, lower-case: "sea turtles" -> "sea turtle", "14
    such operations" -> "operation", "30 young engineers" -> "engineer" (a word that says which,
    how many or what like is no part of it: the unit names what is counted).

    Every language read has its plural endings here; where an ending cannot tell the singular
    (German "-er", Russian without an ending) the word stays as written (lower-cased).
    """
    raw = noun.split()
    words = [w.lower() for w in raw]
    while len(words) > 1 and (words[0] in NOT_THE_NOUN or words[0] in ADJECTIVES_BEFORE):
        words, raw = words[1:], raw[1:]
    if len(words) > 1 and language in HEAD_LAST:
        words = words[-1:]  # "40 neue Wohnungen", "новых домов": compounds are one word
    while len(words) > 1 and language == "en" and _modifier(raw[0], words[1]):
        cut = 2 if words[0] in DEGREE_WORDS and len(words) > 2 else 1  # "most important"
        words, raw = words[cut:], raw[cut:]
    if len(words) > 1 and language == "en" and not all(w[:1].isupper() for w in raw):
        keep = 2 if words[-2] in MEASURE_POWERS else 1  # "cubic feet" is a measure
        words = words[-keep:]  # "22 weather satellites": the head noun (a name stays whole)
    if not words:
        return ""
    if language in _ELIDED:
        words[0] = _OF.sub("", words[0])  # "1,2 million d'habitants": "habitant"
    last = words[-1].strip("'’")
    last = _SINGULAR_BY.get(language, _as_written)(last)
    return " ".join([*words[:-1], last])


HEAD_LAST = frozenset({"de", "nl", "ru"})
_ELIDED = frozenset({"fr", "it"})  # "d'habitants", "d'anni"
RU_SHORT = 4  # letters at most of a Russian word whose ending is left alone ("дома" is a home)
RU_NOT_CONSONANTS = "аеёиоуыэюяйь"
MEASURE_POWERS = frozenset({"cubic", "square"})
DEGREE_WORDS = frozenset({"most", "least"})  # the adjective after them goes with them


def _modifier(word: str, after: str) -> bool:
    """Whether an English word before the counted noun only says what state or quality
    ("young", "suspected", "affordable"); a name ("four Golden Globes") and an adjective that
    makes one thing with the word after it ("high school games") stay."""
    low = word.lower()
    if not word[:1].islower() or f"{low}_{_english(after)}" in ADJECTIVE_COMPOUNDS:
        return False
    if low in ADJECTIVES_EN or low in SUPERLATIVES or low in NOT_THE_NOUN:
        return True
    if low in NOT_ADJECTIVES or len(low) < MIN_ADJECTIVE or low.endswith("eed"):
        return False
    return low.endswith(ADJECTIVE_ENDINGS)


def _as_written(word: str) -> str:
    return word


def _italian(word: str) -> str:
    if word in IT_INVARIANT or len(word) < 4:
        return word
    for plural_end, singular_end in IT_ENDINGS:
        if word.endswith(plural_end):
            return word[: -len(plural_end)] + singular_end
    return word


def _dutch(word: str) -> str:
    if word.endswith(("'s", "’s")):
        return word[:-2]  # "euro's"
    if word.endswith("en") and len(word) > 4:
        stem = word[:-2]  # "woningen" -> "woning", "huizen" -> "huis", "bedrijven" -> "bedrijf"
        if stem.endswith("z"):
            return stem[:-1] + "s"
        if stem.endswith("v"):
            return stem[:-1] + "f"
        if len(stem) > 2 and stem[-1] == stem[-2] and stem[-1] not in "aeiou":
            return stem[:-1]  # "mannen" -> "man"
        return stem
    if word.endswith("s") and len(word) > 3 and word[-2] in "elrn":
        return word[:-1]  # "werknemers" -> "werknemer", "ingenieurs" -> "ingenieur"
    return word


def _russian(word: str) -> str:
    if word in RU_IRREGULAR:
        return RU_IRREGULAR[word]
    if word.endswith(RU_SOFT_SIGNLESS):
        return word[:-2]  # "врачей" -> "врач"
    for plural_end, singular_end in RU_ENDINGS:
        if word.endswith(plural_end) and len(word) > len(plural_end) + 2:
            return word[: -len(plural_end)] + singular_end
    if len(word) > RU_SHORT and word[-2] not in RU_NOT_CONSONANTS:
        if word.endswith("ы"):
            return word[:-1] + "а"  # after 2-4: "три машины" -> "машина"
        if word.endswith("а"):
            return word[:-1]  # "три инженера" -> "инженер"
        if word.endswith("я"):
            return word[:-1] + "ь"  # "два учителя" -> "учитель"
    return word


def _english(word: str) -> str:
    if word in SINGULARS:
        return SINGULARS[word]
    if word in LOOK_PLURAL:
        return word  # "news", "gas", "status": singulars that end in "s"
    for end in COMPOUND_ENDINGS:  # "grandchildren", "businessmen", "housewives"
        if word.endswith(end) and len(word) > len(end) and word not in NOT_MEN:
            return word[: -len(end)] + SINGULARS.get(end, VES_SINGULARS.get(end, end))
    if word in VES_SINGULARS:
        return VES_SINGULARS[word]
    if word in IS_SINGULARS:
        return IS_SINGULARS[word]
    if word.endswith("yses"):
        return word[:-2] + "is"  # "analyses" -> "analysis"
    if word.endswith("es") and word[:-2] in ES_AFTER_S:
        return word[:-2]  # "buses" -> "bus", "gases" -> "gas"
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("sses", "xes", "ches", "shes", "zzes")):
        return word[:-2]
    if word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def _french(word: str) -> str:
    if word in FR_INVARIANT or len(word) < 4:
        return word
    if word in FR_AUX:
        return FR_AUX[word]
    if word.endswith(("eaux", "eux", "oux")):
        return word[:-1]  # "bureaux", "jeux", "bijoux"
    if word.endswith("aux"):
        return word[:-3] + "al"  # "chevaux" -> "cheval"
    if word.endswith("s") and not word.endswith("ss"):
        return word[:-1]  # "visiteurs" -> "visiteur", "individus" -> "individu"
    return word


def _iberian(word: str) -> str:
    if word in IBERIAN_INVARIANT or len(word) < 4 or not word.endswith("s"):
        return word
    if word.endswith(("ões", "ães")):
        return word[:-3] + "ão"  # "milhões" -> "milhão"
    if word.endswith("ns"):
        return word[:-2] + "m"  # "homens" -> "homem"
    if word.endswith("ais") and len(word) > 5:
        return word[:-2] + "l"  # pt "animais" -> "animal"
    if word.endswith("éis"):
        return word[:-3] + "el"  # pt "papéis" -> "papel"
    if word.endswith("ones"):
        return word[:-4] + "ón"  # es "millones" -> "millón" (pt "-ões" above)
    if word.endswith("ces"):
        return word[:-3] + "z"  # "veces" -> "vez"
    if word.endswith("es") and word[-3] in "rlndjz" and word[-4:-2] != "ll":
        return word[:-2]  # "ciudades" -> "ciudad", "mujeres" -> "mujer"
    if word[-2] in "aeiouáéó":
        return word[:-1]  # "personas" -> "persona"
    return word


def _german(word: str) -> str:
    if word in DE_IRREGULAR:
        return DE_IRREGULAR[word]
    if not word.startswith(DE_NOT_TAILS):
        for form in (word, word[:-1] if word.endswith("n") else ""):  # "Unfällen": dative
            for tail, singular_tail in _DE_TAILS:
                if form.endswith(tail):
                    return form[: -len(tail)] + singular_tail
    for plural_end, singular_end in (*DE_ENDINGS, *DE_MORE_ENDINGS):
        if word.endswith(plural_end):
            return word[: -len(plural_end)] + singular_end
    if word.endswith(DE_E_PLURALS) and not word.endswith(DE_NOT_E_PLURALS) and len(word) > 5:
        return word[:-1]  # "Wärmepumpen" -> "Wärmepumpe"
    plain_e = word.endswith("e") and len(word) > 4 and not word.endswith(DE_SAME_E)
    umlaut = any(c in word for c in "äöü") and not word.startswith("ge")  # "Geräte": "Gerät"
    if plain_e and not umlaut and word[-2] not in "aeiouh":
        return word[:-1]  # "Bauwerke" -> "Bauwerk", "Projekte" -> "Projekt"
    return word


# Umlaut plurals, longest first: as a whole word or as the last part of a compound (of the
# irregular plurals only the longer ones: "Etage" ends in "tage").
_DE_TAILS = sorted(
    (*DE_IRREGULAR_TAILS.items(), *((k, v) for k, v in DE_IRREGULAR.items() if len(k) > 5)),
    key=lambda kv: -len(kv[0]),
)

_SINGULAR_BY = {
    "en": _english, "fr": _french, "es": _iberian, "pt": _iberian, "de": _german,
    "it": _italian, "nl": _dutch, "ru": _russian,
}  # fmt: skip


def change_before(text: str, start: int) -> str | None:
    """ "rose by", "fell to", "up": the change the words right before a figure describe."""
    before = text[max(0, start - CHANGE_LOOKBACK) : start]
    if not before[-1:].isspace():
        return None  # the figure is glued to what comes before
    words = before.lower().split()[-2:]
    if len(words) == 2 and words[1] in _PREPOSITIONS and words[0] in _VERBS:
        return " ".join(words)
    return words[-1] if words and words[-1] in _VERBS else None
