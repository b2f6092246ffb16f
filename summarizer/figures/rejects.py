"""What only looks like a quantity: a year, a date or time, a code or name ("Boeing 737", "the
100m final"), a score, a rank ("two places higher"), an emergency number, a list marker, a
number too small to be news, a figure of speech ("100% sure") or a comment's time stamp."""

from __future__ import annotations

import re

from summarizer.figures.clues import AGES, NAME_OK_SET, capital_count, model_count, name_after
from summarizer.figures.fixed_patterns import (
    AGE_BAND,
    AGE_GROUP,
    BYLINE_BEFORE,
    CAPITAL_BEFORE,
    CAPITAL_NEXT,
    EMERGENCY,
    EVEN_CHANCE_RE,
    EVEN_REACH,
    NAME_BEFORE,
    NEXT_WORDS,
    ONE_DAY_GAME,
    PITCH_LEAD,
    PITCH_SPOT,
    PLAYER_LEAD,
    QUESTION_AFTER,
    RECORD_AFTER,
    SAME_PAIR_RE,
    SCORE_SIDE,
    STAMP_AFTER,
    STAMP_BETWEEN,
    STARS_AFTER,
    STARS_OF,
    TIME_AFTER,
    UNDER_PAR,
)
from summarizer.figures.hits import (
    QUAL_SET,
    word_set,
)
from summarizer.figures.lexicon import DURATION_ABBREVIATIONS, YEAR_LEADS
from summarizer.figures.meaning import singular
from summarizer.figures.numbers import (
    parse_digits,
)
from summarizer.figures.parts import (
    FIRST_YEAR,
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
    EVENT_AFTER,
    EVENT_BEFORE,
    FURNITURE_NOUNS,
    INTENSIFIED,
    NAMED_MONEY,
    QUESTION_AMOUNTS,
    RANK_AFTER,
    RANK_UNITS,
    RECORD_LEADS,
    REFERENCES,
    ROUND_LEADS,
    ROUND_TAILS,
    SCORE_FOLLOW,
    TWO_WAYS_LEADS,
)
from summarizer.figures.years import counted_after, dated_after

REFERENCE_SET = word_set(REFERENCES)
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
AGO = " ago"
ABBREVIATED_SET = frozenset(DURATION_ABBREVIATIONS.split())  # "hr", "mins": a stamp's units
BYLINE_REACH = 40  # characters before "N hours ago" read for "By" and a name
STAMP_WINDOW = 60  # characters on each side of "N days ago" searched for another stamp
WHOLE = 100.0  # per cent
LOOK_BEFORE = 30  # characters read before a number for the words of a golfer's round
INTENSIFIED_SET = word_set(INTENSIFIED)
TWO_WAYS_SET = word_set(TWO_WAYS_LEADS)
RANK_UNIT_SET = word_set(RANK_UNITS)
RANK_AFTER_SET = word_set(RANK_AFTER)
WAYS = " ways"
KIN_OF = "-of-"  # "a mother-of-six": who someone is
EVENT_AFTER_SET = word_set(EVENT_AFTER)
EVENT_BEFORE_SET = word_set(EVENT_BEFORE)
RACE_UNITS = frozenset({"m", "km", "mile", "yd"})  # what races are named by ("1500m", "5km")
ROUND_LEAD_SET = word_set(ROUND_LEADS)
FURNITURE_SET = word_set(FURNITURE_NOUNS)
NAMED_MONEY_SET = word_set(NAMED_MONEY)
ARTICLES = frozenset({"a", "an"})
PENCE_CAPITAL = "P"
SCORE_FOLLOW_SET = word_set(SCORE_FOLLOW)
AGE_GROUP_TOP = 23  # the oldest age group a team is named by ("Under 23")
POSSESSIVE_MARKS = ("'s", "’s")
MODEL_DIGITS = 3  # digits at least of a model's number written as a possessive ("the 737's")


def idiom(text: str, r: Reading, start: int, end: int) -> bool:
    """A number that is a way of speaking or a page's furniture, not a quantity."""
    if r.suffix == "pct" and r.value == WHOLE and _word_after(text, end) in INTENSIFIED_SET:
        return True  # "100% no", "100% sure"
    if r.suffix == "pct" and text[end : end + 1].isalpha():
        return True  # "'100%Lyon'": a title glued to its sign
    if r.suffix == "pct" and r.value == 0 and PLAYER_LEAD.search(text, max(0, start - 20), start):
        return True  # "Loaded : 0% Progress : 0%": a video player's furniture
    if r.is_words and r.value == 2 and text.startswith(WAYS, end) and _saying(text, start):
        return True  # "the tariff goes two ways"
    if STARS_AFTER.match(text, end):
        return True  # "2 1/2 out of 5 stars": a rating, as a score is
    if r.money and r.value * r.scale in QUESTION_AMOUNTS and QUESTION_AFTER.match(text, end):
        return True  # "the $64,000 question"
    if r.suffix == "hyph" and ONE_DAY_GAME.match(text, start):
        return True  # "the one-day series": a kind of cricket match, not a day
    if PITCH_SPOT.match(text, start) and PITCH_LEAD.search(text, max(0, start - 10), start):
        return True  # "pinned inside the 5-yard line": a place on the pitch
    if _even_chance(text, start):
        return True  # "a fifty-fifty chance", "шансы 50 на 50": a way of speaking
    if r.suffix != "dur":
        return False
    # "bensky 41 days ago" among comments; "By MARTA OLSEN 4 days ago" ending its line
    if _stamped(text, end) or (not r.is_words and STAMP_AFTER.match(text, end) is not None):
        return True
    if text.startswith(AGO, end) and text[start:end].split()[-1].lower() in ABBREVIATED_SET:
        return True  # "9 hr 41 min ago": a page's stamp (prose writes "9 hours ago")
    # "By Anna Moss 6 hours ago" anywhere in its line: a byline's stamp
    if not r.is_words and STAMP_BETWEEN.match(text, end) and CAPITAL_BEFORE.search(text, 0, start):
        return True  # "Anna Berg Oslo 6 days ago The police ...": a stamp between name and text
    byline = BYLINE_BEFORE.search(text, max(0, start - BYLINE_REACH), start)
    return byline is not None and text.startswith(AGO, end)


def _even_chance(text: str, start: int) -> bool:
    """Whether the number at `start` is part of an even chance or split ("fifty-fifty")."""
    lead, stop = max(0, start - EVEN_REACH), start + EVEN_REACH
    if SAME_PAIR_RE.match(text, start):
        return True  # "a sixty-sixty split": one number word said twice
    return any(m.start() <= start < m.end() for m in EVEN_CHANCE_RE.finditer(text, lead, stop))


def in_a_name(text: str, m: re.Match[str], r: Reading) -> bool:
    """A number word or a unit that is part of a name or a label, not a quantity: "a
    mother-of-six" (who she is), "the Big Four banks" (a capitalised number word after a
    capitalised word mid-sentence), "the Capital One Cup" (a capitalised unit after a
    capitalised number word and name), "Runs: 5120 Centuries: 9" (a table's label)."""
    num = m.start("num")
    if r.is_words and text.endswith(KIN_OF, max(0, num - len(KIN_OF)), num):
        return num > len(KIN_OF) and text[num - len(KIN_OF) - 1].isalpha()
    lead = max(0, num - LOOK_BEFORE)
    if r.is_words and text[num].isupper() and NAME_BEFORE.search(text, lead, num):
        return True  # "the Big Four banks", "on Channel Four": the number word ends a name
    if r.suffix not in {"unit", "dur"}:
        return False
    said = text[m.start(r.suffix) : m.end(r.suffix)].strip()
    if not said[:1].isupper():
        return False
    if text[m.end() : m.end() + 1] == ":":
        return True  # "5120 Centuries: 9"
    if not (r.is_words and r.suffix == "unit" and text[num].isupper()):
        return False
    return CAPITAL_BEFORE.search(text, lead, num) is not None


def race_name(text: str, start: int, end: int, unit: str | None) -> bool:
    """A distance that names a race: "the 100m final", "took 400m gold", "the women's 800m"."""
    if unit not in RACE_UNITS:
        return False
    if _word_after(text, end) in EVENT_AFTER_SET:
        return True
    before = text[max(0, start - LOOK_BEFORE) : start].lower().split()
    return bool(before) and before[-1] in EVENT_BEFORE_SET


def _band_lead(word: str) -> bool:
    """A word that makes the "under N" after it a name: a determiner or a possessive."""
    return word.lower() in AGE_BAND_LEAD_SET or word.endswith(POSSESSIVE_MARKS)


def model_name(text: str, r: Reading, value: float, end: int) -> bool:
    """Digits the article also writes as a possessive ("disables some of the 4380's features")
    name a thing, a phone or a plane, so "4380 owners" are its owners, not 4380 people. Never
    a year's digits ("2015's budget", "the 1990's")."""
    num = r.num
    if r.is_words or r.qual or r.scaled or r.num2 or not num.isdigit() or len(num) < MODEL_DIGITS:
        return False
    if FIRST_YEAR <= value <= RECENT_YEARS[1]:
        return False
    if text.startswith(POSSESSIVE_MARKS, end):
        return True  # "the 7610's functions" itself
    for mark in POSSESSIVE_MARKS:
        i = text.find(num + mark)
        while i >= 0:
            if i == 0 or not (text[i - 1].isalnum() or text[i - 1] in ".,"):
                return True
            i = text.find(num + mark, i + 1)
    return False


def _saying(text: str, start: int) -> bool:
    """Whether the verb right before "two ways" makes it a saying: "cuts two ways"."""
    before = text[max(0, start - LOOK_BEFORE) : start].split()
    return bool(before) and before[-1].lower() in TWO_WAYS_SET


def _mid(text: str, start: int) -> bool:
    """Whether a word starting at `start` stands inside its sentence (a letter or comma before
    it), so that its capital makes it a name: "the Under 23 squad", not "Under 20 people came"."""
    before = text[max(0, start - LOOK_BEFORE) : start].rstrip()
    return before[-1:].isalpha() or before[-1:] == ","


def _word_after(text: str, end: int) -> str:
    m = NEXT_WORDS.match(text, end)
    return m.group().split()[0].lower() if m else ""


def _stamped(text: str, end: int) -> bool:
    """ "41 days ago" with another "... ago" close by: a list of comments' time stamps."""
    if not text.startswith(AGO, end):
        return False
    after = end + len(AGO)
    before = text[max(0, end - STAMP_WINDOW) : end]
    return AGO in before or AGO in text[after : after + STAMP_WINDOW]


def not_a_quantity(
    text: str, r: Reading, start: int, end: int, value: float, word: str, after: str, language: str
) -> bool:
    """A bare number (no unit, currency or suffix) that is part of something else: an ordinal
    or a code, an address or a name, a date or a time, odds, a score, an emergency number, a
    day of a month, a list marker. The cheap tests come first."""
    if end < len(text) and (text[end].isalnum() or (text[end] == "-" and after[1:2].isalpha())):
        return True  # "5th", "1990s", "3-D"
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
    if r.num2 and not r.between and (parse_digits(r.num2, language) or 0) <= value:
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


def golf_round(text: str, start: int, end: int) -> bool:
    """A bare number after the words of a golfer's round: "shot a 67", "carded a 68", "a
    9-under 64", "a third-round 67", "a round of 69" (a score, like "won 3-1"); after "a" with
    nothing counted ("needs a 66 to reach the weekend", "closed with a 69 and"); "2 under for
    the day"."""
    if UNDER_PAR.match(text, end):
        return True
    words = text[max(0, start - LOOK_BEFORE) : start].lower().split()[-3:]
    if words and words[-1] in ARTICLES:
        words.pop()
        after = NEXT_WORDS.match(text, end)
        if after is None or after.group().split()[0].lower() in SCORE_FOLLOW_SET:
            return True  # "a 67" is a score; "a 14,200 crowd", "a 3.1 average" count
    if not words:
        return False
    last = words[-1]
    rounds = words[-2:] in (["round", "of"], ["rounds", "of"])  # "rounds of 67 and 70"
    return last in ROUND_LEAD_SET or last.endswith(ROUND_TAILS) or rounds


def furniture(text: str, start: int, end: int, noun: str) -> bool:
    """A page's furniture counted: "(Guest writer) 3 comments" ending its line, "the
    full article contains 412 words", or the stars of a rating ("2 1/2 out of 5 stars")."""
    head = singular(noun, "en").lower() if noun else ""
    if head == "star":
        before = text[max(0, start - LOOK_BEFORE) : start].lower().rstrip()
        return (
            before.endswith("out of") or STARS_OF.match(text, end) is not None
        )  # "three stars out of five"
    if head in FURNITURE_SET:
        return text[end:].lstrip(" \t")[:1] in {"\n", ""}
    return head == "word" and text[max(0, start - LOOK_BEFORE) : start].rstrip().endswith(
        "contains"
    )


def rank_gap(text: str, end: int, noun: str) -> bool:
    """A gap in a table or ranking: "two places higher than Hull", "three spots behind"
    (ranks are no figures, and nor is a difference of two)."""
    if not noun or singular(noun.split()[-1], "en").lower() not in RANK_UNIT_SET:
        return False
    return _word_after(text, end) in RANK_AFTER_SET


def named_money(text: str, m: re.Match[str], value: float) -> bool:
    """ "50 Cent": a currency word, capitalised and singular after a number other than one, is
    part of a name."""
    if not m["money"] or value == 1:
        return False
    word = text[m.start("money") : m.end("money")].strip()
    if word == PENCE_CAPITAL and text[m.start("money")].isspace():
        return True  # "Group 12 P": pence written apart are a lower-case "p" ("118.5P" is one)
    return word[:1].isupper() and word[1:].islower() and word.lower() in NAMED_MONEY_SET


def names_it(word: str, r: Reading) -> bool:
    """The word before the number makes it a reference or part of a name: "page 12",
    "Windows 10", "Boeing 737", "S&P 500", "§ 630" (but not "In 2016", "Only 5", "I'm 18")."""
    if word.lower() in REFERENCE_SET:
        return True
    if "'" in word or "’" in word:
        return False  # "She's", "Apple's": a contraction or a possessive, no name
    # islower(): no character isupper (the usual case, told without a loop).
    capital = not word.islower() and (word[0].isupper() or any(c.isupper() for c in word[1:]))
    return capital and word.lower() not in NAME_OK_SET and not _qualifier(word)


def _qualifier(word: str) -> bool:
    return " ".join(word.lower().split()) in QUAL_SET


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
