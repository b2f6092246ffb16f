"""A possessive right before a speech word ("Trump's comments", "the mayor's remarks"): the
word is a noun there, never a cue, and the owner is no speaker (reading23d: a campaign's and a
town's answers to Trump's comments were credited to Trump). A pronoun's contraction ("He's
claiming", "that's said") is no possessive: the verb after it is one.
"""

from __future__ import annotations

import re

from summarizer.quotes.pronoun_lexicon import CONTRACTED

_OWNER_BEFORE = re.compile(r"(?<![\w'’])(?P<owner>\w+)['’]s\s+$")


def owner_before(text: str, end: int | None = None) -> bool:
    """Whether `text[:end]` ends with a possessive and the spaces after it ("Trump's ")."""
    m = _OWNER_BEFORE.search(text, 0, len(text) if end is None else end)
    return m is not None and m["owner"].lower() not in CONTRACTED
