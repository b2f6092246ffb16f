"""Word tokens of an article and its quotes: `WORDS_ONLY` runs, found mostly in C.

Its own module because three jobs share the one notion of a word: `rank` scores by these
tokens, `find` hands their counts on to `names`, and `credit` credits no one with no word.
"""

from __future__ import annotations

import re
from collections import Counter
from itertools import filterfalse

from summarizer.text.chars import ascii_alnum_runs

WORDS_ONLY = re.compile(r"[^\W_]+")
_EDGE_PUNCT = ".,;:!?\"'“”‘’«»()[]—–-…"


def _chunks(text: str) -> list[str]:
    """`text` split at whitespace and at its common marks: in ASCII text at every character
    that is no letter or digit, so each chunk is a token; otherwise a few chunks ("50%",
    "#tag") may still hold a mark."""
    if text.isascii():
        return ascii_alnum_runs(text)
    for mark in _EDGE_PUNCT:  # replace() returns the text itself when the mark is absent
        text = text.replace(mark, " ")
    return text.split()


def token_counts(text: str) -> dict[str, int]:
    """`Counter(WORDS_ONLY.findall(text))`, counted in C for the most part.

    A token is a maximal run of word characters other than "_": a space for a non-word mark
    leaves the runs as they were, as does splitting at whitespace (no word character). So the
    chunks are the tokens, but for the few that are not alphanumeric, which the regex splits.
    """
    counts = Counter(_chunks(text))
    if not text.isascii():
        for chunk in list(filterfalse(str.isalnum, counts)):
            n = counts.pop(chunk)
            for token in WORDS_ONLY.findall(chunk):
                counts[token] += n
    return counts


def tokens_of(text: str) -> list[str]:
    """`WORDS_ONLY.findall(text)`: the chunks, in order, when every one is a token."""
    chunks = _chunks(text)
    if text.isascii() or all(map(str.isalnum, chunks)):
        return chunks
    return WORDS_ONLY.findall(text)
