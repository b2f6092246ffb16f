"""Readers' comments and a gallery of other items under a story: where they begin; and a
featured readers' comment boxed above it.

A comment's text reads like prose, so it passes every line rule; what gives a thread away is
the furniture around each comment: a row of actions ("Reply | Report") and an age ("3 hours
ago"). Two comments at least, the last of them near the end of the text, and the thread is
cut from the first comment's user name (or the thread's heading) on. A gallery's slides
(captions of other homes, other people) read like prose too; their counters ("Photo 3 of 12")
give them away, after a story of its own: a gallery that is the whole text is the article.
"""

from __future__ import annotations

import re
from itertools import pairwise

from summarizer.text.below_story_lexicon import (
    ACTION_ROW,
    COMMENT_AGE,
    COMMENTS_HEADING,
    FEATURED_HEADING,
    FEATURED_QUOTE,
    SLIDE_COUNTER,
)

MIN_COMMENTS = 2  # one "Reply" may be a word of the story's
MAX_UNITS_AFTER_LAST = 3  # the thread reaches (nearly) the end of the text
MAX_NAME_WORDS = 5  # a user name or an age line over a comment
CLOSE = (".", "!", "?", '"', "”", "’", "'", ")", "…")
AGE_SPAN = 60  # an age opens the comment's first line: "EllisMum 5 hours ago What ..."
MAX_FEATURED_AT = 2  # a featured comment's box opens the text, maybe after a line or two
MIN_SLIDES = 3  # counters in a row: one "1 of 2" may be a story's own
MIN_STORY_WORDS = 120  # words of story before a gallery of other items
COUNTER_SPAN = 40  # a slide's counter opens its caption, or its head


def comments_start(units: list[str]) -> int:
    """Index of the first unit of a readers' comment thread at the end, or len(units)."""
    rows = [at for at, unit in enumerate(units) if ACTION_ROW.search(unit)]
    if len(rows) < MIN_COMMENTS or rows[-1] < len(units) - 1 - MAX_UNITS_AFTER_LAST:
        return len(units)
    first = rows[0]
    start = first if _is_bare(units[first]) and first > 0 else first + 1
    start -= 1  # the comment's text, or the unit that ends in the actions
    while start > 0 and _is_comment_header(units[start - 1]):
        start -= 1
    if start == 0:
        return len(units)  # a thread with no story above it: not ours to cut
    return start


def without_featured_comment(units: list[str]) -> list[str]:
    """The units without a featured readers' comment boxed above the story: its heading ("Your
    Say") and the quoted comment with its user's handle, whether or not the story's first
    sentence is glued after it. Only the quote goes: a unit after the heading that is no quote
    stays."""
    for at in range(min(MAX_FEATURED_AT + 1, len(units))):
        label, colon, after = units[at].partition(":")  # "Your Say: "About time ..." - ann"
        if colon and FEATURED_HEADING.match(label) and FEATURED_QUOTE.match(after.strip()):
            units = [*units[:at], label, after.strip(), *units[at + 1 :]]
        if at + 1 == len(units) or not FEATURED_HEADING.match(units[at]):
            continue
        featured = FEATURED_QUOTE.match(units[at + 1])
        if featured is None:
            return units
        rest = units[at + 1][featured.end() :].strip()
        return [*units[:at], *([rest] if rest else []), *units[at + 2 :]]
    return units


def _is_bare(unit: str) -> bool:
    """A unit that is only the actions, with no comment text before them."""
    match = ACTION_ROW.search(unit)
    return match is not None and not unit[: match.start()].strip()


def _is_comment_header(unit: str) -> bool:
    """A user name, an age or the thread's heading: short, no sentence mark."""
    if COMMENTS_HEADING.match(unit) or COMMENT_AGE.search(unit, 0, AGE_SPAN):
        return len(unit.split()) <= MAX_NAME_WORDS * 2
    return len(unit.split()) <= MAX_NAME_WORDS and not unit.rstrip().endswith(CLOSE)


def gallery_start(units: list[str]) -> int:
    """Index of the first unit of a photo gallery after the story, or len(units): three slide
    counters or more, counting up, the last near the end of the text, after a story."""
    slides = [(at, m) for at, unit in enumerate(units) if (m := _counter(unit)) is not None]
    if len(slides) < MIN_SLIDES or slides[-1][0] < len(units) - 1 - MAX_UNITS_AFTER_LAST:
        return len(units)
    numbers = [int(m["at"]) for _, m in slides]
    if any(b <= a for a, b in pairwise(numbers)):
        return len(units)  # counters that do not count up: figures, not slides
    start = slides[0][0]
    if (
        start > 0
        and len(units[start - 1].split()) <= MAX_NAME_WORDS * 2
        and not units[start - 1].rstrip().endswith(CLOSE)
    ):
        start -= 1  # the gallery's heading or the first slide's head
    story = sum(len(unit.split()) for unit in units[:start] if unit.rstrip().endswith(CLOSE))
    return start if story >= MIN_STORY_WORDS else len(units)


def _counter(unit: str) -> re.Match[str] | None:
    """A slide's counter near the unit's start, or None."""
    match = SLIDE_COUNTER.search(unit, 0, COUNTER_SPAN)
    return match if match is not None and int(match["at"]) <= int(match["of"]) else None
