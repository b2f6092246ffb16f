"""What a figure means beyond its number: normalised unit, the counted noun, a change verb.

Kept apart from `summarizer.figures.judge` (which decides *whether* a span is a figure): these
readings run only on the figures found, so they may be plain Python without speed tricks.
"""

from __future__ import annotations

import re

from summarizer.figures.lexicon import (
    CHANGE_PREPOSITIONS,
    CHANGE_VERBS,
    CURRENCY_UNITS,
    DURATION_UNITS,
    RU_UNIT_STEMS,
    UNIT_SYMBOLS,
)
from summarizer.figures.plural_words import (
    COMPOUND_ENDINGS,
    DE_ENDINGS,
    ES_AFTER_S,
    FR_AUX,
    FR_INVARIANT,
    IBERIAN_INVARIANT,
    IS_SINGULARS,
    LOOK_PLURAL,
    NOT_MEN,
    NOT_THE_NOUN,
    SINGULARS,
    VES_SINGULARS,
)

CHANGE_LOOKBACK = 32  # characters read before a figure for "rose by"
_VERBS = frozenset(CHANGE_VERBS.split())
_PREPOSITIONS = frozenset(CHANGE_PREPOSITIONS.split())
_SPACES = re.compile(r"\s+")


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
    key = _SPACES.sub(" ", written.strip(" ([{<>}])").lower())
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
    """The counted noun in the singular, lower-case: "sea turtles" -> "sea turtle", "14 such
    operations" -> "operation" (a word that says which or how many is no part of it).

    English, French, Spanish, Portuguese and German (its safe endings only); Italian, Dutch and
    Russian keep the noun as written (lower-cased): a wrong stem would say less than the word.
    """
    words = noun.lower().split()
    while len(words) > 1 and words[0] in NOT_THE_NOUN:
        words = words[1:]
    if not words:
        return ""
    last = words[-1].strip("'’")
    last = _SINGULAR_BY.get(language, _as_written)(last)
    return " ".join([*words[:-1], last])


def _as_written(word: str) -> str:
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
    for plural_end, singular_end in DE_ENDINGS:
        if word.endswith(plural_end):
            return word[: -len(plural_end)] + singular_end
    return word


_SINGULAR_BY = {"en": _english, "fr": _french, "es": _iberian, "pt": _iberian, "de": _german}


def change_before(text: str, start: int) -> str | None:
    """ "rose by", "fell to", "up": the change the words right before a figure describe."""
    before = text[max(0, start - CHANGE_LOOKBACK) : start]
    if not before[-1:].isspace():
        return None  # the figure is glued to what comes before
    words = before.lower().split()[-2:]
    if len(words) == 2 and words[1] in _PREPOSITIONS and words[0] in _VERBS:
        return " ".join(words)
    return words[-1] if words and words[-1] in _VERBS else None
