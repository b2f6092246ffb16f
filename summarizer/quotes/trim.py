"""Key quotes of a readable length: a long quote is cut at a sentence end, with an ellipsis.

A bullet of one or two sentences reads best; cutting at a fixed number of characters would
stop mid-sentence (or mid-word). The first sentences that fit in KEY_QUOTE_CHARS are kept and
"…" marks the cut; a first sentence longer than that is cut at a word boundary instead.
"""

from __future__ import annotations

import re

KEY_QUOTE_CHARS = 400  # under what the bot shows of a quote, so its own cut never applies
ELLIPSIS = " …"
# A sentence end: end punctuation (maybe closing marks) then a space and a capital or a mark.
_SENTENCE_END = re.compile(r"(?<=[.!?…])[\"”’»)]*\s+(?=[\"“«„‘(]?[^\W\d_])")
# Words whose dot ends no sentence: one or two capitalised letters ("Mr.", "U.S.", "St.").
# The writer's own ellipsis ending the kept sentences ("a real story. . . .", "so...")
# before ours: one mark of the cut, not two (reading24: ". . . . …").
_ELIDED_END = re.compile(r"(?<=[.!?])(?:(?:\s*\.){2,}|\s*…)$")
_ABBREVIATION = re.compile(r"(?:^|\s)(?:[A-Z][a-z]?|[A-Z]\.[A-Z]|Mrs|Sen|Gov|Rep|Gen)\.$")


def trim_quote(text: str, limit: int = KEY_QUOTE_CHARS) -> str:
    """`text` if it fits in `limit` characters, else its first sentences that fit, or its
    first words, and an ellipsis."""
    if len(text) <= limit:
        return text
    budget = limit - len(ELLIPSIS)
    cut = 0
    for m in _SENTENCE_END.finditer(text, 0, budget + 1):
        if not _ABBREVIATION.search(text, 0, m.start()):
            cut = m.start()
    if cut:
        return _ELIDED_END.sub("", text[:cut].rstrip()) + ELLIPSIS
    head = text[:budget]
    space = head.rfind(" ")
    return (head[:space] if space > 0 else head).rstrip(" ,;:—–-") + ELLIPSIS
