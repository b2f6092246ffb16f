"""A capitalised run that fills a pair of quote marks on its own: '“Wilayat Twitter,” or “the
province of Twitter”' quotes a name as words (a label, a nickname, a title), and is no
person's full name; read as one, "Twitter said" was credited to "Wilayat Twitter" (check set
of reading23d, read once)."""

from __future__ import annotations

import re

_OPENERS = "\"“‘'«„"
# after the run: maybe the sentence's comma or stop typed inside the marks, then the closing mark
_CLOSE_AFTER = re.compile(r"[,.!?]?[\"”’'»]")


def quoted_alone(text: str, start: int, end: int) -> bool:
    """Whether the run at `start`..`end` is all there is between a pair of quote marks."""
    if start == 0 or text[start - 1] not in _OPENERS:
        return False
    return _CLOSE_AFTER.match(text, end) is not None
