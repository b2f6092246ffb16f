"""A digest's item headlines in capitals, each its own paragraph, as headings.

An AP-style digest ("10 Things to Know for Today") gives each item a headline in capitals on a
line of its own, then the item's prose; a data set or a paste may end each headline with a full
stop ("2. PANEL RULES FOR THE PORT."), so it reads as a sentence and the summary listed six
headlines and no news. A short paragraph in capitals alone is no evidence (a quoted sign, a
transcript's line, a shouted call: making every one a heading changed 130 of 1,090 replies,
some for the worse, session 24); several of them in one text, each followed by a paragraph
of prose, are a digest's items. Their headlines then go in as headings, as a page's own
headings do, and a list's summary shows each with its item's first sentence (`page_picks`).
"""

from __future__ import annotations

from collections.abc import Sequence

MIN_HEADS = 3  # fewer headlines in capitals above prose: no digest, maybe a sign or a slogan
MAX_HEAD_WORDS = 16  # "5. ELEVEN POLICE HURT, DOZENS ... IN HARBOUR BLAST": a headline's length
MIN_HEAD_CAPITALS = 12  # fewer letters in capitals: an acronym or two, not a headline
MAX_LOWER_SHARE = 0.1  # of a headline's letters in lower case ("McDONALD")
MIN_PROSE_WORDS = 8  # the item's prose after its headline
MIN_PROSE_LOWER_SHARE = 0.5  # of the prose's letters in lower case: mixed case, no headline


def shouted_heads(split: Sequence[tuple[str, Sequence[str]]]) -> list[bool]:
    """For each (paragraph, its sentences): whether it is a digest item's headline (see the
    module docstring); all False unless MIN_HEADS paragraphs are."""
    heads = [
        _is_head(paragraph, sentences) and k + 1 < len(split) and _is_prose(split[k + 1][0])
        for k, (paragraph, sentences) in enumerate(split)
    ]
    return heads if sum(heads) >= MIN_HEADS else [False] * len(split)


def _is_head(paragraph: str, sentences: Sequence[str]) -> bool:
    if len(sentences) != 1 or len(paragraph.split()) > MAX_HEAD_WORDS:
        return False
    upper, lower = _cases(paragraph)
    return upper >= MIN_HEAD_CAPITALS and lower <= MAX_LOWER_SHARE * (upper + lower)


def _is_prose(paragraph: str) -> bool:
    upper, lower = _cases(paragraph)
    return len(paragraph.split()) >= MIN_PROSE_WORDS and lower > MIN_PROSE_LOWER_SHARE * (
        upper + lower
    )


def _cases(text: str) -> tuple[int, int]:
    """The letters of `text` in upper and in lower case."""
    upper = sum(map(str.isupper, text))
    lower = sum(map(str.islower, text))
    return upper, lower
