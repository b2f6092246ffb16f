"""A sentence too long to be one, cut by length.

A run of over MAX_SENTENCE_CHARS with no sentence mark (a transcript, a lower-cased paste, a list
run together) is cut into pieces of about CHUNK_CHARS, so that a summary can still be shorter
than the text (`summarizer.text.tokenize` calls `by_length` on such a run).
"""

from __future__ import annotations

# A "sentence" longer than this has no marks to split it (a transcript, a lower-cased paste, a
# list run together): it is cut by length, so that a summary can still be shorter than the text.
MAX_SENTENCE_CHARS = 1000
CHUNK_CHARS = 300
_CHUNK_BREAKS = (", ", "; ", "，", "、", " ")  # where to cut a long run, best first


def by_length(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A run with no sentence mark longer than any punctuated sentence (a transcript, a
    lower-cased paste) cut into pieces of about CHUNK_CHARS: after a comma where the second
    half of a piece has one, else at a space; a run with neither is left whole."""
    pieces = []
    while end - start > CHUNK_CHARS:
        cut = _cut(text, start + CHUNK_CHARS // 2, start + CHUNK_CHARS, end)
        if cut is None:
            break
        pieces.append((start, cut))
        start = cut
        while start < end and text[start].isspace():
            start += 1
    if start < end:
        pieces.append((start, end))
    return pieces


def _cut(text: str, low: int, high: int, end: int) -> int | None:
    """Where to cut a long run: at the best break in [low, high), else at the first one after."""
    for mark in _CHUNK_BREAKS:
        if (at := text.rfind(mark, low, high)) >= 0:
            return at + len(mark.rstrip())
    later = [
        at + len(mark.rstrip()) for mark in _CHUNK_BREAKS if (at := text.find(mark, high, end)) >= 0
    ]
    return min(later) if later else None
