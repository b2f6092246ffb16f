"""A span of years or months as one figure, whatever its form (bot.digest.story_figures).

A prison term or a contract's length is a story's key number, and outlets write it in other
forms: "18 maanden cel" and "Anderhalf jaar voor omkoping", "3,5 Jahre" and "Dreieinhalb Jahre
Haft", "12 ans" and "douze ans". Each becomes its number of months with the mark MONTHS
("18mo"), a figure no day of the month or small count is (`story_figures.specific`), so two
copies giving it share a key figure. Round 22 (in-sample since; docs/digest.md, "Session 13,
third pass"): a former alderman's sentence, "18 maanden" / "Anderhalf jaar", published 20
minutes apart, was missed every 6 and 24 h. Pure: no I/O.
"""

from __future__ import annotations

import re

from bot.digest.filters import fold
from bot.digest.story_duration_lexicon import AND_HALF, GLUED_HALF, ONE_AND_HALF, UNITS
from bot.digest.story_figures_lexicon import SPELLED_NUMBERS

MONTHS = "mo"  # the mark of a span in months ("18mo")
MAX_MONTHS = 12 * 100  # longer spans are no term (a century, an anniversary)
# "A year" or "a month" alone is no span: "£1,200 a year" is a rate, "a year on" a date, and
# two reactions saying "a year" shared a key figure (round 51, read in session 18: a tax
# freeze's hauliers and an acquitted man, "I've lost a year of my life"). "A year and a half"
# still is 18 months. Read rounds every 24 and 12 h 1 false pair fewer, no true one lost;
# unread decide rounds identical. False: "a" counts one.
BARE_A_OFF = True

_COUNT_WORDS = {fold(w): n for n, words in SPELLED_NUMBERS.items() if n <= 99 for w in words}
_COUNT = r"\d+(?:[.,]\d+)?|" + "|".join(
    sorted((re.escape(w) for w in _COUNT_WORDS if len(w) > 1 or w == "a"), key=len, reverse=True)
)
_GLUED = "|".join(re.escape(w) + "(?:" + "|".join(GLUED_HALF) + ")" for w in _COUNT_WORDS)
_HALF = "|".join(re.escape(fold(p)) for p in AND_HALF)
_UNIT = "|".join(sorted((re.escape(u) for u in UNITS), key=len, reverse=True))
_ONE_HALF = "|".join(re.escape(fold(w)) for w in ONE_AND_HALF)
_SPAN = re.compile(
    rf"(?<!\w)(?:(?P<glued>{_GLUED})|(?P<onehalf>{_ONE_HALF})|(?P<count>{_COUNT})"
    rf"(?P<half1>\s+(?:{_HALF}))?)\s+(?:-\s*)?(?P<unit>{_UNIT})(?P<half2>\s+(?:{_HALF}))?(?!\w)"
)
_HINTS = frozenset(UNITS)
_WORD = re.compile(r"\w+")


def durations(folded: str) -> set[str]:
    """The spans of years or months in a folded text, as months with the MONTHS mark."""
    if _HINTS.isdisjoint(_WORD.findall(folded)):
        return set()
    out = set()
    for match in _SPAN.finditer(folded):
        months = _months(match)
        if months and months <= MAX_MONTHS:
            out.add(f"{months:g}{MONTHS}")
    return out


def _months(match: re.Match[str]) -> float | None:
    unit = UNITS[match["unit"]]
    if match["glued"]:
        word = match["glued"]
        count = next(
            _COUNT_WORDS[word[: -len(end)]] + 0.5 for end in GLUED_HALF if word.endswith(end)
        )
    elif match["onehalf"]:
        count = 1.5
    else:
        text = match["count"]
        half = match["half1"] or match["half2"]
        if text == "a" and not half and BARE_A_OFF:
            return None  # "£1,200 a year", "a year on": a rate or a date, no term
        count = float(text.replace(",", ".")) if text[0].isdigit() else _COUNT_WORDS[text]
        if half:
            count += 0.5
    return count * unit if count else None
