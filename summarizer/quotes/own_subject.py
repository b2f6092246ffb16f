"""A quote whose own sentence goes on with a described person: that one asked or said it.

'"Should there be a database?" a reporter can be heard asking Trump.' The cue after the marks
("can be heard asking") is no speech verb the cue patterns know, so the quote had no cue, and
the paragraph before it, "..., and NBC News has proof:", lent its subject: the reporter's
question went to an organisation (reading23, PolNeAR train). When the quote's sentence goes on
after the closing mark with "a/an/the/one/another" and a lower-case word, the sentence names
its own speaker, unread: no colon paragraph before it may speak for it.
"""

from __future__ import annotations

import re

from summarizer.quotes.raw_quote import RawQuote

_DESCRIBED_SUBJECT = re.compile(r"[,]?\s*(?:a|an|the|one|another)\s+[a-z][a-z-]+\s+[a-z]")


def described_subject_after(text: str, raw: RawQuote, para_end: int) -> bool:
    """Whether the quote's sentence goes on, after its closing mark, with a described subject
    and its verb ('" a reporter can be heard asking')."""
    if not raw.closed:
        return False
    return _DESCRIBED_SUBJECT.match(text, raw.close_pos + 1, para_end) is not None
