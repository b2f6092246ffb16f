"""Regexes built at run time for one word: a surname, a pronoun, a cue's verb.

The same few pronouns, verbs and surnames come back in every quote of every article, so each
pattern is compiled once per word and kept for the process, not once per call. Shared by the
readers of the narration before a quote (`resolve`, `far_named`, `narration_between`).
"""

from __future__ import annotations

import re
from functools import cache

from summarizer.quotes.pronoun_lexicon import PRONOUN_LEADS

_PRONOUN_LEADS = "|".join(PRONOUN_LEADS)


@cache
def whole_word(word: str, flags: int = 0) -> re.Pattern[str]:
    """`word` between word boundaries, compiled once per word and kept for the process (the
    same few pronouns, verbs and surnames come back in every quote), not once per call."""
    return re.compile(r"\b" + re.escape(word) + r"\b", flags)


@cache
def led_pronoun(pronoun: str) -> re.Pattern[str]:
    """A sentence whose subject is `pronoun`, after a connective or with a contraction: "Now
    she's focused on ...", "But he wants ...", "She's ..." (Session 17: such a sentence
    between a name and 'She said: "' made the name "too far back", and the quote went
    unattributed)."""
    return re.compile(
        rf"(?:(?:{_PRONOUN_LEADS})\s+)?{re.escape(pronoun)}(?:\s|['’](?:s|d|ll|ve)\s)", re.I
    )
