"""What one unit of pasted or extracted text is: a headline-like line, a breadcrumb, a byline,
or a junk line (a share button, a credit, a date stamp, a teaser) that `cleanup` drops.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from summarizer.text.cleanup_lexicon import (
    BYLINE_JOINS,
    BYLINE_LEAD,
    BYLINE_TAIL,
    BYLINE_WORD,
    CAPTION,
    CRUMB_MARKS,
    CRUMB_SEPARATOR,
    DATELINE,
    HOME,
    JUNK_LINE,
    LETTER_WORD,
    TEASER,
    YEAR_OR_TIME,
)

_MAX_HEADLINE_WORDS = 25
_MAX_HEADLINE_CHARS = 220
# Headlines end in a word, "?", "!" or an ellipsis; CJK prose ends in "。" (full-width marks).
_SENTENCE_END = ".:;,。．，；："
_CLOSERS = "\"'”»)」』）"  # a quote or bracket closing a sentence: its mark is before it
_BYLINE_NAME_WORDS = 5
_SPACE_RUN = re.compile(r"\s*")


def words_upto(text: str, most: int) -> int:
    """Number of words, or `most` + 1 if there are more: split stops early on long paragraphs."""
    return len(text.split(None, most))


def is_headline_like(unit: str) -> bool:
    """Short and not ending like a sentence: a headline, a crumb, a teaser link or a subhead."""
    end = unit.rstrip(_CLOSERS)
    return (
        len(unit) <= _MAX_HEADLINE_CHARS
        and words_upto(unit, _MAX_HEADLINE_WORDS) <= _MAX_HEADLINE_WORDS
        and (end.endswith(("...", "…")) or not end.endswith(tuple(_SENTENCE_END)))
    )


def is_prose(unit: str) -> bool:
    return not is_headline_like(unit)


def crumb_tail(unit: str) -> str | None:
    """If the unit is a breadcrumb trail, return its last segment (often the headline)."""
    if not any(map(unit.__contains__, CRUMB_MARKS)):  # memchr, where the split is a regex scan
        return None  # no separator: one part
    parts = [p.strip() for p in CRUMB_SEPARATOR.split(unit)]
    if len(parts) < 2 or any(not p for p in parts):
        return None
    head = parts[:-1]
    if parts[0].casefold() in HOME or (
        len(parts) >= 3 and all(words_upto(p, 4) <= 4 for p in head)
    ):
        return parts[-1]
    return None


def is_junk(unit: str) -> bool:
    # Cheap length tests first: CAPTION.search scans a whole paragraph (case-insensitive).
    words = words_upto(unit, 30)  # only compared with 6, 12 and 30
    if JUNK_LINE.match(unit) or TEASER.match(unit) or DATELINE.match(unit):
        return True
    if words <= 6 and YEAR_OR_TIME.search(unit) and len(LETTER_WORD.findall(unit)) <= 2:
        return True
    if (words <= 12 or is_headline_like(unit)) and CAPTION.search(unit):
        return True
    if words <= 30 and CAPTION.match(unit):  # "Photo: ..." opening a longer caption
        return True
    return words <= 12 and is_headline_like(unit) and is_byline(unit)


def is_byline(unit: str) -> bool:
    """Whether the whole unit is a byline (see `BYLINE_LEAD`): every place a name can start,
    then every place it can end, each visited once, so the cost is polynomial in the length."""
    lead = BYLINE_LEAD.match(unit)
    if lead is None:
        return False
    todo = [lead.end()]  # where a name starts
    starts, ends = set(todo), set()
    while todo:
        for end in _name_ends(unit, todo.pop()):
            if end in ends:
                continue
            ends.add(end)
            if BYLINE_TAIL.match(unit, end):
                return True
            gap = _SPACE_RUN.match(unit, end).end()  # a join is no space: all of them go first
            for join in BYLINE_JOINS:
                if m := join.match(unit, gap):
                    start = _SPACE_RUN.match(unit, m.end()).end()  # a name starts with a letter
                    if start not in starts:
                        starts.add(start)
                        todo.append(start)
    return False


def _name_ends(unit: str, start: int) -> Iterator[int]:
    """Where a name of one to five words (whitespace between them) starting at `start` can end:
    anywhere inside its last word after the first letter, since a join ("e", "-") may follow."""
    pos = start
    for _ in range(_BYLINE_NAME_WORDS):
        word = BYLINE_WORD.match(unit, pos)
        if word is None:
            return
        yield from range(word.start() + 1, word.end() + 1)
        pos = _SPACE_RUN.match(unit, word.end()).end()
        if pos == word.end():  # the next word needs whitespace before it
            return
