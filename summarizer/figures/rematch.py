"""Matching a number again where the master pattern took too much, or read two figures as one.

Kept apart from `summarizer.figures.reading` (the loop over triggers) and
`summarizer.figures.verdict` (judging a match) because these are corrections of the match
itself: number words that make more than one number ("three Nine Counties teams"), an
abbreviation in capitals read as a time unit ("12 SEC filings"), and the year/range rescues: a
year read as a range's low end ("rose in 2004 to 789m euros", "from 2018 to 3.9 million") and a
range whose low end tops its high end once scaled ("from 500 to 3m euros") or whose low end
is a bounded change ("lost more than $2 to $43.25"), and a day of a month read as one ("on
July 14 to 46 percent").
"""

from __future__ import annotations

import re

from summarizer.figures.hits import Hit
from summarizer.figures.lexicon import DURATION_ABBREVIATIONS, MONTHS_EN
from summarizer.figures.meaning import change_before
from summarizer.figures.meaning_words import BOUND_QUALIFIERS
from summarizer.figures.numbers import composed_end

# Four digits in this span before "to" and a scaled amount are a year ("in 2004 to 789m euros").
YEAR_DIGITS, RANGE_YEARS = 4, (1800, 2100)
SHORT_YEAR_DIGITS = (2, 4)  # "2018 to 19", "2018 to 2020": the second number is a year too
ABBREVIATED = frozenset(DURATION_ABBREVIATIONS.split())  # "secs", "hrs", "mins"
BOUNDS = frozenset(q.replace("_", " ") for q in BOUND_QUALIFIERS.split())
# A capitalised month name right before a range's low end makes that end a day ("July 14").
MONTH_BEFORE = re.compile(rf"(?<![\w-])(?:{'|'.join(MONTHS_EN.split())})\.? ?$")
DAYS_IN_MONTH = 31
MONTH_WINDOW = len("September. ")  # characters read before the day for its month


def composed(text: str, pattern: re.Pattern[str], m: re.Match[str]) -> re.Match[str] | None:
    """The match again, ending where its number words stop making one number
    (`numbers.composed_end`): the rest is another number or a name's ("Six Nations")."""
    keep = composed_end(text[m.start("num") : m.end("num")])
    if keep == len(m["num"]):
        return m
    return pattern.match(m.string, m.start(), m.start("num") + keep)


def capital_abbreviation(text: str, m: re.Match[str]) -> bool:
    """Whether the match's span of time is an abbreviation written in capitals ("SEC", "MIN"):
    a name's, not a time unit's (German "20 Min." is capitalised only at its first letter)."""
    said = text[m.start("dur") : m.end("dur")].split()
    return bool(said) and said[0].lower() in ABBREVIATED and said[0].isupper()


def year_then_count(m: re.Match[str]) -> bool:
    """A year, then a number that is no year: "from 2018 to 3.9 million" is no range (but
    "2013-14" is a season, and "2018 to 19" its short form)."""
    first, second = m["num"], m["num2"]
    if not second or m["cur"] or m["scale"] or not (first.isdigit() and len(first) == 4):
        return False
    joiner = m.string[m.end("num") : m.start("cur2") if m["cur2"] else m.start("num2")]
    if not any(c.isalpha() for c in joiner):
        return False  # a dash joins years: "2013-14"
    return not (second.isdigit() and len(second) in SHORT_YEAR_DIGITS)


def year_then_scaled(m: re.Match[str]) -> bool:
    """A year, then a scaled amount: "in 2004 to 789m euros" (a year, then the amount), since a
    range's low end written bare takes the high end's scale, and 2004m would top 789m."""
    first = m["num"]
    if not m["num2"] or m["cur"] or m["scale"] or m["between"] or m["qual"]:
        return False
    if not (first.isdigit() and len(first) == YEAR_DIGITS):
        return False
    if not RANGE_YEARS[0] <= int(first) <= RANGE_YEARS[1]:
        return False
    return bool(m["scale2"] or m["scale_after"] or m["mcode"])


def day_then_amount(text: str, m: re.Match[str]) -> bool:
    """A day of a month, then an amount: "going from 40 percent on July 14 to 46 percent" is
    a date, then the level (not a range from 14 to 46 percent). `text` is the page as written:
    the month is capitalised ("may 14 to 20 people" is no date), and "to" joins the two."""
    first = m["num"]
    if not m["num2"] or m["cur"] or m["scale"] or m["between"] or m["qual"]:
        return False
    if not (first.isdigit() and 1 <= int(first) <= DAYS_IN_MONTH):
        return False
    if not any(c.isalpha() for c in m.string[m.end("num") : m.start("num2")]):
        return False  # "March 17-20 via landlines": a span of days
    start = m.start("num")
    return MONTH_BEFORE.search(text, max(0, start - MONTH_WINDOW), start) is not None


def falls(hit: Hit) -> bool:
    """Whether a range's low end tops its high end once scaled: two figures, not a range."""
    return hit.high is not None and hit.value is not None and hit.value > hit.high


def change_then_level(text: str, hit: Hit, m: re.Match[str]) -> bool:
    """Whether a range is a change a qualifier bounds, then the level it reached: "lost more
    than $2 to $43.25" (two figures; "rise $5 to $10" stays one range)."""
    if hit.high is None or m["between"] or (hit.qual or "") not in BOUNDS or not m["num2"]:
        return False
    joiner = m.string[first_end_at(m) : m.start("cur2") if m["cur2"] else m.start("num2")]
    return joiner.strip() == "to" and change_before(text, hit.start) is not None


def first_end_at(m: re.Match[str]) -> int:
    """Where a range's first end stops: after its scale if it has one ("3m"), after its own per
    cent sign ("80%-10%": the first end is "80%", no bare 80), else after its digits."""
    if m["scale"]:
        return m.end("scale")
    sign = "pct1" if m["pct1"] else "pctd" if m["pctd"] else ""
    return m.end(sign) if sign else m.end("num")


def first_end(pattern: re.Pattern[str], m: re.Match[str]) -> re.Match[str] | None:
    """The match again, up to the end of its range's first end (the second read on its own)."""
    return pattern.match(m.string, m.start(), first_end_at(m))
