"""Tails cut inside a span of two ends or a pair of modifiers: "ranging from the Westerns |
and war films to musicals" needs its "to" end, and "the Indian oil | and gas industry" its
shared head noun.

Apart from `phrase_ends` (which holds the other whole-phrase tail rules and calls these) to
keep each module small. Both rules return where the phrase ends, or None; `phrase_ends` grows
the tail there when it fits SOFT_MAX words, and otherwise shrinks it (`range_start`). The
range words are English only ("from … to"); the modifier pair reads any language's bare nouns.
"""

from __future__ import annotations

from collections.abc import Callable

RANGE_OPEN = "from"  # the word that opens a span whose other end the tail may have cut off
RANGE_CLOSE = "to"
RANGE_BACK = 6  # words back at most from the cut to the span's "from"
RANGE_ON = 6  # words on at most from the cut to the span's "to"
SPAN_DETERMINERS = frozenset({"the", "a", "an"})
SPAN_SIGNS = "$£€¥"
HEAD_WORDS = 2  # words at most of the head a pair of modifiers shares ("gas industry")


def _low(word: str) -> str:
    return word.lower().rstrip(",.;:")


def span_end(words: list[str], n: int, group_end: Callable[[list[str], int], int]) -> int | None:
    """ "ranging from the Westerns | and war films to musicals": a span the tail opened with
    "from" and cut before its "to" ends with the noun group after the "to"."""
    k = _span_open(words, n)
    if k is None:
        return None
    for t in range(n, min(len(words) - 1, n + RANGE_ON)):
        low = _low(words[t])
        if not words[t][-1:].isalnum():
            return None  # a comma or bracket closes the span first
        if low == RANGE_OPEN:
            return None
        if low == RANGE_CLOSE:
            if not _span_far_end(words[t + 1]):
                return None  # "from the fund | to help pay": an infinitive, no span
            end = group_end(words, t + 1)
            return end if end > t + 1 else None
    return None


def range_start(words: list[str], n: int, verbal: Callable[[str], bool]) -> list[str]:
    """The tail without a half-said span: cut before its "from" and the participle that opens
    it ("ranging"), when the span does not fit; a bare "from" phrase stays."""
    k = _span_open(words, n)
    if k is None or k == 0 or not (words[k - 1].endswith("ing") and verbal(words[k - 1])):
        return words[:n]  # "increased by … | from last year": a start point says something
    return words[: k - 1]


def _span_far_end(word: str) -> bool:
    """Whether a "to" opens a span's far end: a number, a name or a determined noun."""
    return (
        word[:1].isdigit()
        or word[:1].isupper()
        or word[:1] in SPAN_SIGNS
        or (_low(word) in SPAN_DETERMINERS)
    )


def _span_open(words: list[str], n: int) -> int | None:
    """Where the "from" is that the tail opened and left without its "to"."""
    for k in range(n - 1, max(-1, n - RANGE_BACK - 1), -1):
        low = _low(words[k])
        if low == RANGE_CLOSE or not words[k][-1:].isalnum():
            return None
        if low == RANGE_OPEN:
            return k if k + 1 < n else None
    return None


def shared_head(
    words: list[str], end: int, bare: Callable[[str], bool], stops: frozenset[str]
) -> int | None:
    """ "the Indian oil | and gas industry": two bare nouns joined before one or two more at the
    clause's end (or before a preposition) modify that head; the pair ends with it."""
    i = end
    while i < len(words) and i - end < HEAD_WORDS and bare(words[i]) and words[i].islower():
        i += 1
        if not words[i - 1][-1:].isalnum():
            break
    if i == end:
        return None
    if i == len(words) or _low(words[i]) in stops:
        return i
    return None
