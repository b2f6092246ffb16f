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
    SINGULARS,
    UNIT_SYMBOLS,
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
    """The counted noun in the singular, lower-case: "sea turtles" -> "sea turtle".

    English only; other languages keep the noun as written (lower-cased): a wrong stem would
    say less than the word itself.
    """
    words = noun.lower().split()
    if not words:
        return ""
    if language != "en":
        return " ".join(words)
    last = words[-1].strip("'’")
    if last in SINGULARS:
        last = SINGULARS[last]
    elif last.endswith("ies") and len(last) > 4:
        last = last[:-3] + "y"
    elif last.endswith(("sses", "xes", "ches", "shes", "zzes")):
        last = last[:-2]
    elif last.endswith("s") and not last.endswith(("ss", "us", "is")):
        last = last[:-1]
    return " ".join([*words[:-1], last])


def change_before(text: str, start: int) -> str | None:
    """ "rose by", "fell to", "up": the change the words right before a figure describe."""
    before = text[max(0, start - CHANGE_LOOKBACK) : start]
    if not before[-1:].isspace():
        return None  # the figure is glued to what comes before
    words = before.lower().split()[-2:]
    if len(words) == 2 and words[1] in _PREPOSITIONS and words[0] in _VERBS:
        return " ".join(words)
    return words[-1] if words and words[-1] in _VERBS else None
