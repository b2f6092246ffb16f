"""A bare number (no unit, currency or suffix) that only looks like a quantity, and numbers too
small to be news: a date or a time, a code or an address, odds, a score (a golfer's round too),
an age bracket or a team ("adults 18-49", "the Under 23 squad"), an emergency number, a list
marker, a year ("in 1987", "the 2150 target"), a bare "seven" or "7".

Apart from `summarizer.figures.names` and `summarizer.figures.idioms`, which read the words
that make any number a name or a way of speaking: these tests run where nothing after the
number says what it is, so its shape and the words next to it must tell (and `too_small`
and `talked_about`, once the counted noun is known, whether it is worth keeping).
"""

from __future__ import annotations

import re

from summarizer.figures.clues import AGES, capital_count, model_count, name_after
from summarizer.figures.fixed_patterns import (
    AGE_BAND,
    AGE_GROUP,
    CAPITAL_NEXT,
    EMERGENCY,
    NEXT_WORDS,
    RECORD_AFTER,
    SCORE_SIDE,
    TIME_AFTER,
    UNDER_PAR,
)
from summarizer.figures.hits import word_set
from summarizer.figures.lexicon import YEAR_LEADS
from summarizer.figures.meaning import singular
from summarizer.figures.numbers import parse_digits, parse_words
from summarizer.figures.parts import (
    FIRST_YEAR,
    HYPHEN_ROUGH,
    LAST_YEAR,
    MIN_BARE_WORD,
    MIN_WORD_COUNT,
    RECENT_YEARS,
    Reading,
)
from summarizer.figures.patterns import patterns
from summarizer.figures.reject_words import (
    AGE_BAND_LEADS,
    BRACKET_LEADS,
    BRACKET_QUALS,
    DIAL_WORDS,
    EMERGENCY_NUMBERS,
    RECORD_LEADS,
    ROUND_LEADS,
    ROUND_TAILS,
    SCORE_ARTICLES,
    SCORE_FOLLOW,
)
from summarizer.figures.years import counted_after, dated_after

YEAR_LEAD_SET = word_set(YEAR_LEADS)
DIAL_SET = word_set(DIAL_WORDS)
BRACKET_SET = word_set(BRACKET_LEADS)
BRACKET_QUAL_SET = word_set(BRACKET_QUALS)
AGE_BAND_LEAD_SET = word_set(AGE_BAND_LEADS)
LOST_BREAK = "   "  # spaces where a page's line break was (a list marker may follow)
RECORD_SET = word_set(RECORD_LEADS)
MIN_BARE_WORD_NUMBER = 100  # "twelve" on its own is prose; "two hundred" is a figure
MIN_BARE_NUMBER = 10  # a bare "7" with nothing counted or qualified says too little
TALKED_ABOUT = 2  # mentions of a noun that make "two X" a figure
ROUND_LEAD_SET = word_set(ROUND_LEADS)
SCORE_ARTICLE_SET = word_set(SCORE_ARTICLES)
SCORE_FOLLOW_SET = word_set(SCORE_FOLLOW)
AGE_GROUP_TOP = 23  # the oldest age group a team is named by ("Under 23")
LOOK_BEFORE = 30  # characters read before a number for the words that lead it
POSSESSIVE_MARKS = ("'s", "’s")


def not_a_quantity(
    text: str, r: Reading, start: int, end: int, value: float, word: str, after: str, language: str
) -> bool:
    """A bare number (no unit, currency or suffix) that is part of something else: an ordinal
    or a code, an address or a name, a date or a time, odds, a score, an emergency number, a
    day of a month, a list marker. The cheap tests come first."""
    if end < len(text) and (text[end].isalnum() or (text[end] == "-" and after[1:2].isalpha())):
        return not HYPHEN_ROUGH.match(text, end)  # "5th", "1990s", "3-D"; not "40,000-plus fans"
    if text[start - 1 : start] in {"'", "’"}:
        return True  # "since ’83": a year
    if TIME_AFTER.match(text, start + len(r.num)) and r.num2 is None:
        return True  # "9 hr 41 min ago"
    if language == "en" and not r.is_words and CAPITAL_NEXT.match(after):
        # "23 Essex Street", "Apollo 11 Crew" (cheaper than the date test); but "27000 Model S"
        # counts cars of that name, and "2.6 million Finns", "12 Danish anglers" count people.
        if capital_count(text, end, r.scaled) is not None or model_count(text, end) is not None:
            return False
        return r.scaled or name_after(text, end, value) is None
    found = patterns(language)
    if found.date_after.match(after) or TIME_AFTER.match(after):
        return True
    if after[:1] in "/⁄" and after[1:2].isdigit():
        return True  # odds and fractions: "40/1", "24/7", "1⁄32"
    top = parse_words(r.num2) if r.num2 and r.num2[0].isalpha() else None  # "six or seven"
    if r.num2 and not r.between and (top or parse_digits(r.num2, language) or 0) <= value:
        return True  # a score: "29-10 winners", "won 3-1", a tie "89-89"
    if value in EMERGENCY_NUMBERS and (EMERGENCY.match(after) or word.lower() in DIAL_SET):
        return True  # "a 911 call", "called 911"
    if after[:1] == "?" and after[1:2].isdigit():
        return True  # "27?6": a score whose dash the page lost
    if r.num2 and word.lower() in BRACKET_SET and value < AGES[1]:
        return True  # "adults 18-49": an age bracket names a group, it counts nothing
    if r.qual in BRACKET_QUAL_SET and word.lower() in BRACKET_SET and value < AGES[1]:
        return True  # "women over 40": a bracket too
    if r.num2 and not r.between and word.lower() in RECORD_SET:
        return True  # "the side went 21-58": wins and losses, as a score is
    if r.num[:1].isdigit() and SCORE_SIDE.match(text, max(0, text.find(r.num, start))):
        return True  # "came from 15-6 down", "from 0-2 down": a score, "from" or not
    if r.num2 and not r.between and RECORD_AFTER.match(text, end):
        return True  # "116-144-4": wins, losses and ties
    if r.qual and value <= AGE_GROUP_TOP and AGE_GROUP.match(text, start) and _mid(text, start):
        return True  # "the Under 23 squad", "Under-21s": a team, not a number of anything
    if r.qual and value <= AGE_GROUP_TOP and AGE_BAND.match(text, start) and _band_lead(word):
        return True  # "the under 14 boys", "the club's under 12 girls": a team, no count of boys
    if not r.is_words and word and found.month_word.fullmatch(word) and not r.qual:
        return True  # "March 5"
    # A list marker (the cheap test first: the line can be a long paragraph).
    if after[:1] not in {".", ")"}:
        return False
    # It starts its line, or follows a run of spaces where the page lost its line break.
    return not text[text.rfind("\n", 0, start) + 1 : start].strip() or text.endswith(
        LOST_BREAK, 0, start
    )


def _band_lead(word: str) -> bool:
    """A word that makes the "under N" after it a name: a determiner or a possessive."""
    return word.lower() in AGE_BAND_LEAD_SET or word.endswith(POSSESSIVE_MARKS)


def _mid(text: str, start: int) -> bool:
    """Whether a word starting at `start` stands inside its sentence (a letter or comma before
    it), so that its capital makes it a name: "the Under 23 squad", not "Under 20 people came"."""
    before = text[max(0, start - LOOK_BEFORE) : start].rstrip()
    return before[-1:].isalpha() or before[-1:] == ","


def golf_round(text: str, start: int, end: int) -> bool:
    """A bare number after the words of a golfer's round: "shot a 67", "carded a 68", "a
    9-under 64", "a third-round 67", "a round of 69" (a score, like "won 3-1"); after "a" with
    nothing counted ("needs a 66 to reach the weekend", "closed with a 69 and"); "2 under for
    the day"."""
    if UNDER_PAR.match(text, end):
        return True
    words = text[max(0, start - LOOK_BEFORE) : start].lower().split()[-3:]
    if words and words[-1] in SCORE_ARTICLE_SET:
        words.pop()
        after = NEXT_WORDS.match(text, end)
        if after is None or after.group().split()[0].lower() in SCORE_FOLLOW_SET:
            return True  # "a 67" is a score; "a 14,200 crowd", "a 3.1 average" count
    if not words:
        return False
    last = words[-1]
    rounds = words[-2:] in (["round", "of"], ["rounds", "of"])  # "rounds of 67 and 70"
    return last in ROUND_LEAD_SET or last.endswith(ROUND_TAILS) or rounds


def is_year(text: str, m: re.Match[str], r: Reading, value: float, word: str) -> bool:
    """A year on its own ("in 1987", "в 2023 году", "by 2100") or naming something ("back to
    2008 levels", "the 2150 target"), not "1,200 years" nor "a fleet of 1200 trawlers"."""
    four_digits = r.suffix is None and not r.scaled and r.num.isdigit() and len(r.num) == 4
    if four_digits and not (r.qual or r.num2) and FIRST_YEAR <= value <= RECENT_YEARS[1]:
        if counted_after(text, m.end(), word, value):
            return False  # "a fleet of 1200 trawlers", "rose to 2150 workers"
        if dated_after(text, m.end()):
            return True  # "back to 2008 levels", "the 2150 target" (a year past 2099 too)
    if four_digits and LAST_YEAR < value <= RECENT_YEARS[1] and word.lower() in YEAR_LEAD_SET:
        return True
    if not r.yearish or r.scaled:
        return False
    if r.suffix is None and r.qual is None and word.lower() in YEAR_LEAD_SET:
        return True
    if r.suffix is None and (r.qual or value < RECENT_YEARS[0]):
        return False  # "more than 1000 customers": `verdict` keeps it only with a counted noun
    return r.suffix is None or (r.suffix == "dur" and m["dur"].strip().startswith("год"))


def too_small(r: Reading, kind: str, value: float, qualified: bool) -> bool:
    """Numbers too small to be news on their own: "more than one of these", "one day, ...",
    "the two sides", a bare "seven", a bare "7"."""
    plain = kind in {"count", "number"}
    if r.is_words and value < MIN_WORD_COUNT and not r.scaled and plain:
        return True  # "more than one of these", "the only one"
    if r.is_words and value == 1 and not r.qual and kind == "duration":
        return r.suffix != "hyph"  # "one day, ..." is an idiom; "a one-year deal" is not
    if r.is_words and not r.qual and not r.scaled:
        if value < MIN_BARE_WORD and plain:
            return True  # "one of", "the two sides"
        if kind == "number" and value < MIN_BARE_WORD_NUMBER:
            return True
    return kind == "number" and not qualified and (value < MIN_BARE_NUMBER or value != value)


def talked_about(low: str, r: Reading, kind: str, noun: str) -> bool:
    """ "two trials" in a story that mentions trials again: a small number word counting what
    the article is about is a figure (a lone "the two sides" is prose)."""
    if not (kind == "count" and r.is_words and r.value >= MIN_WORD_COUNT and noun):
        return False
    head = singular(noun, "en").split()[-1]
    if low.count(head) < TALKED_ABOUT:
        return False  # the cheap test first: most nouns come once
    mentions = re.findall(rf"\b{re.escape(head)}(?:s|es)?\b", low)  # "trial", "trials"
    return len(mentions) >= TALKED_ABOUT
