"""An article that opens with an epigraph: a quotation and the line crediting it.

Feature pages and reviews open with a quotation set apart, credited on the next line
("—Statement of ... to the New York Parole Board, 3 October 2000"). Both are part of the page's
text, but neither is the story: shown first, the epigraph reads as the reporter's words with no
speaker, and the credit line as a fragment glued to the next sentence (session 20, a review's
summary opened with both). A credit line anywhere else (under a picture: "- REUTERS") is no
summary sentence either.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from summarizer.summary.lexicon import CREDIT_LINE

_CREDIT_RE = re.compile(CREDIT_LINE)
# An epigraph opens the article: its credit line ends one of the first this many paragraphs.
EPIGRAPH_PARAGRAPHS = 3


def is_credit_line(sentence: str) -> bool:
    """The sentence is a line crediting a quotation or a picture."""
    return bool(_CREDIT_RE.match(sentence.strip()))


def credited(paragraphs: Sequence[Sequence[str]]) -> list[bool]:
    """For each sentence of `paragraphs` (each a list of sentences), in order: whether it is a
    credit line ending its paragraph, or part of the epigraph that opens the article above one
    (a page may run the two into one paragraph)."""
    flags = [
        [is_credit_line(p[-1]) if k == len(p) - 1 else False for k in range(len(p))]
        for p in paragraphs
    ]
    prose = [k for k, p in enumerate(paragraphs) if p][:EPIGRAPH_PARAGRAPHS]
    for k in prose:
        if flags[k][-1]:
            for j in range(k + 1):
                flags[j] = [True] * len(paragraphs[j])
            break
    return [flag for group in flags for flag in group]
