"""A straight double mark inside a straight-double quote: '"So if he says, "I want more," you
might worry."' With one kind of mark for both, the inner opening mark read as the outer one's
close: the quote ended at "says," and the bullet ended mid-sentence (reading23, PolNeAR
train). A '"' that stands where a quote opens (after a space, before a letter), right after a
comma or colon that introduces speech, with at least two more '"' in the paragraph (the inner
close and the outer close), opens a quote nested in the open one. So does one that quotes a
short phrase the sentence goes on after in lower case ('wearing "Vote Lee Out" signs at ...':
reading23d, a tweet cut at "wearing"); a curly “ inside a “ quote does the same
(`opens_nested_curly`).
"""

from __future__ import annotations

import re

INTRODUCERS = ",:"  # what ends the words just before a nested quote ('says, "')
MARKS_AFTER = 2  # the nested quote's close and the outer one's
# A short quoted phrase, then the sentence going on in lower case: '"Vote Lee Out" signs'.
_PHRASE_THEN_LOWER = re.compile(r'[^"\n]{1,60}"[ \t]+[a-z]')
_CURLY_PHRASE_THEN_LOWER = re.compile(r"[^“”\n]{1,60}”[ \t]+[a-z]")


def opens_nested(p: str, i: int, prev: str, nxt: str) -> bool:
    """Whether the '"' at `i` of paragraph `p`, while a '"' quote is open, opens a nested one."""
    if not prev.isspace() or not nxt.isalpha():
        return False
    introduced = p[:i].rstrip()[-1:] in INTRODUCERS
    if not introduced and _PHRASE_THEN_LOWER.match(p, i + 1) is None:
        return False
    return p.count('"', i + 1) >= MARKS_AFTER


def opens_nested_curly(p: str, i: int, prev: str, nxt: str) -> bool:
    """Whether the “ at `i` of paragraph `p`, while a “ quote is open, opens a short phrase
    nested in it ('“Fans holding “Vote Lee Out” signs at ...”'), with the phrase's ” and the
    outer ” still to come."""
    if not prev.isspace() or not nxt.isalpha():
        return False
    return (
        _CURLY_PHRASE_THEN_LOWER.match(p, i + 1) is not None and p.count("”", i + 1) >= MARKS_AFTER
    )
