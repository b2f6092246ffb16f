"""A number that is a way of speaking or a page's furniture, not a quantity: "100% sure", "the
$64,000 question", "a fifty-fifty chance", "cuts two ways", "the one-day series", "a two-man
race", "a 50-year low", "the 1 percent" (the rich), "the 7 minute mark" of a video, a video
player's "0%", a comment's time stamp ("41 days ago" among others, "By ... 6 hours ago"), "3
comments" ending a line, "2 1/2 out of 5 stars".

Apart from `summarizer.figures.names` (a number that names something) and
`summarizer.figures.bare` (a bare number that is a date, a score, a year or too small): these
are set phrases and the page around the article, told by the words fixed around the number
whatever it counts.
"""

from __future__ import annotations

from summarizer.figures.bare import LOOK_BEFORE
from summarizer.figures.dress import next_word
from summarizer.figures.fixed_patterns import (
    BYLINE_BEFORE,
    CAPITAL_BEFORE,
    CLASS_SHARE_AFTER,
    CLASS_SHARE_BEFORE,
    CLASS_SHARE_REACH,
    CLASS_SHARES,
    CONTEST_AFTER,
    EVEN_CHANCE_RE,
    EVEN_REACH,
    MARK_AFTER,
    MARK_PASSED_BEFORE,
    MARK_RECORDING_RE,
    ONE_DAY_GAME,
    PITCH_LEAD,
    PITCH_SPOT,
    PLAYER_LEAD,
    QUESTION_AFTER,
    RECORD_SINCE_AFTER,
    SAID_TIMES_BEFORE,
    SAID_TIMES_REACH,
    SAME_PAIR_RE,
    SET_PHRASE,
    STAMP_AFTER,
    STAMP_BETWEEN,
    STARS_AFTER,
    STARS_OF,
    TIMES_MANNER,
    WHOLE_ANSWER_BEFORE,
    WHOLE_ANSWER_REACH,
)
from summarizer.figures.hits import word_set
from summarizer.figures.lexicon import DURATION_ABBREVIATIONS
from summarizer.figures.meaning import singular
from summarizer.figures.parts import Reading
from summarizer.figures.reject_words import (
    CONTEST_SIDES,
    FURNITURE_NOUNS,
    INTENSIFIED,
    MARK_UNITS,
    QUESTION_AMOUNTS,
    RECORD_SPANS,
    TWO_WAYS_LEADS,
)

AGO = " ago"
ABBREVIATED_SET = frozenset(DURATION_ABBREVIATIONS.split())  # "hr", "mins": a stamp's units
BYLINE_REACH = 40  # characters before "N hours ago" read for "By" and a name
STAMP_WINDOW = 60  # characters on each side of "N days ago" searched for another stamp
WHOLE = 100.0  # per cent
HYPERBOLE_TIMES = 100  # "said it 100 times" and more: a way of speaking, not a count
INTENSIFIED_SET = word_set(INTENSIFIED)
TWO_WAYS_SET = word_set(TWO_WAYS_LEADS)
WAYS = " ways"
FURNITURE_SET = word_set(FURNITURE_NOUNS)
CONTEST_SIDE_SET = word_set(CONTEST_SIDES)
RECORD_SPAN_SET = word_set(RECORD_SPANS)
MARK_UNIT_SET = word_set(MARK_UNITS)
MARK_REACH = 24  # characters before a time mark read for a length passed ("surpasses the ")
MARK_WINDOW = 80  # characters on each side of a time mark searched for a recording ("video")
SENTENCE_STOPS = (". ", "? ", "! ", "\n")  # where a time mark's sentence ends on either side


def _whole_answer(text: str, r: Reading, start: int, end: int) -> bool:
    """ "Yeah, 100 percent." or "! One-hundred percent.": a whole per cent on its own."""
    return (
        r.suffix == "pct"
        and r.value == WHOLE
        and text[end : end + 1] in (".", "!")
        and WHOLE_ANSWER_BEFORE.search(text, max(0, start - WHOLE_ANSWER_REACH), start) is not None
    )


def _class_share(text: str, r: Reading, start: int, end: int) -> bool:
    """ "the 1 percent", "the top 1%": the rich named by their share, with no "of" after."""
    return (
        r.suffix == "pct"
        and r.value * r.scale in CLASS_SHARES
        and CLASS_SHARE_BEFORE.search(text, max(0, start - CLASS_SHARE_REACH), start) is not None
        and CLASS_SHARE_AFTER.match(text, end) is not None
    )


def _said_times(text: str, r: Reading, start: int, end: int) -> bool:
    """ "told him a thousand times": a count of sayings, a way of speaking."""
    return (
        next_word(text, end) == "times"
        and r.value * r.scale >= HYPERBOLE_TIMES
        and SAID_TIMES_BEFORE.search(text, max(0, start - SAID_TIMES_REACH), start) is not None
    )


def idiom(text: str, r: Reading, start: int, end: int) -> bool:
    """A number that is a way of speaking or a page's furniture, not a quantity."""
    if r.suffix == "pct" and r.value == WHOLE and next_word(text, end) in INTENSIFIED_SET:
        return True  # "100% no", "100% sure"
    if _class_share(text, r, start, end):
        return True  # "not just the 1 percent!": a class of people, no share measured
    if _whole_answer(text, r, start, end):
        return True  # "Yeah, 100 percent.": certainty said as an answer, no share
    if TIMES_MANNER.match(text, end):
        return True  # "only 10 times harder": how hard, as a way of speaking
    if _said_times(text, r, start, end):
        return True  # "repeat, 10,000 times,": a way of speaking
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
    if r.suffix == "hyph" and _hyphen_kind(text, start, end):
        return True  # "a two-man race", "a 50-year low": a contest's kind, a record
    if _time_mark(text, start, end):
        return True  # "starts about the 7 minute mark": a point in a video, no span
    if PITCH_SPOT.match(text, start) and PITCH_LEAD.search(text, max(0, start - 10), start):
        return True  # "pinned inside the 5-yard line": a place on the pitch
    if SET_PHRASE.match(text, start):
        return True  # "let a thousand flowers bloom": a saying
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


def _hyphen_kind(text: str, start: int, end: int) -> bool:
    """Whether a hyphened figure names a kind, not an amount: how many run in a contest ("a
    two-man race", "a three-way contest") or how long since a record ("a 50-year low", "52-week
    highs")."""
    word = text[start:end].rsplit("-", 1)[-1].strip().lower()
    if word in CONTEST_SIDE_SET:
        return CONTEST_AFTER.match(text, end) is not None
    return word in RECORD_SPAN_SET and RECORD_SINCE_AFTER.match(text, end) is not None


def _time_mark(text: str, start: int, end: int) -> bool:
    """Whether a clock time gone names a point in a recording, not a span: "the segment starts
    about the 7 minute mark", "at the 45-second mark of the video" (a span of years or an
    amount before "mark" is a threshold the story reports: "passed the 10-year mark", "the $1
    billion mark"; so is a length passed, "stretches past the 30-minute mark", and a game's
    "scored at the 30-minute mark" is when, with no recording named)."""
    word = text[start:end].replace("-", " ").rsplit(None, 1)[-1].lower()
    if word not in MARK_UNIT_SET or MARK_AFTER.match(text, end) is None:
        return False
    if MARK_PASSED_BEFORE.search(text, max(0, start - MARK_REACH), start) is not None:
        return False
    # In the mark's own sentence: "... the first interview. The striker scored at the ..." is none.
    lead, stop = max(0, start - MARK_WINDOW), min(len(text), end + MARK_WINDOW)
    lead = max(lead, *(text.rfind(stop_mark, lead, start) + 1 for stop_mark in SENTENCE_STOPS))
    stop = min([stop] + [i for i in (text.find(m, end, stop) for m in SENTENCE_STOPS) if i >= 0])
    return MARK_RECORDING_RE.search(text, lead, stop) is not None


def _even_chance(text: str, start: int) -> bool:
    """Whether the number at `start` is part of an even chance or split ("fifty-fifty")."""
    lead, stop = max(0, start - EVEN_REACH), start + EVEN_REACH
    if SAME_PAIR_RE.match(text, start):
        return True  # "a sixty-sixty split": one number word said twice
    return any(m.start() <= start < m.end() for m in EVEN_CHANCE_RE.finditer(text, lead, stop))


def _saying(text: str, start: int) -> bool:
    """Whether the verb right before "two ways" makes it a saying: "cuts two ways"."""
    before = text[max(0, start - LOOK_BEFORE) : start].split()
    return bool(before) and before[-1].lower() in TWO_WAYS_SET


def _stamped(text: str, end: int) -> bool:
    """ "41 days ago" with another "... ago" close by: a list of comments' time stamps."""
    if not text.startswith(AGO, end):
        return False
    after = end + len(AGO)
    before = text[max(0, end - STAMP_WINDOW) : end]
    return AGO in before or AGO in text[after : after + STAMP_WINDOW]


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
