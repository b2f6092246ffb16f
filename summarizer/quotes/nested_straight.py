"""A straight double mark inside a straight-double quote: '"So if he says, "I want more," you
might worry."' With one kind of mark for both, the inner opening mark read as the outer one's
close: the quote ended at "says," and the bullet ended mid-sentence (reading23, PolNeAR
train). A '"' that stands where a quote opens (after a space, before a letter), right after a
comma or colon that introduces speech, with at least two more '"' in the paragraph (the inner
close and the outer close), opens a quote nested in the open one.
"""

from __future__ import annotations

INTRODUCERS = ",:"  # what ends the words just before a nested quote ('says, "')
MARKS_AFTER = 2  # the nested quote's close and the outer one's


def opens_nested(p: str, i: int, prev: str, nxt: str) -> bool:
    """Whether the '"' at `i` of paragraph `p`, while a '"' quote is open, opens a nested one."""
    if not prev.isspace() or not nxt.isalpha():
        return False
    if p[:i].rstrip()[-1:] not in INTRODUCERS:
        return False
    return p.count('"', i + 1) >= MARKS_AFTER
