"""A relative clause between a sentence's subject and its verb: "Ms Orr, who runs a dance
school in Leeds, admitted it would be hard and said ...". Read without the aside, the sentence
opens with its subject and speech verb, and a quote after it with no cue of its own goes on in
that person's voice (bbc_train14 dev, read in session 23: in-sample). Only for a person the
story already follows, named again by a courtesy title and surname: a full name brought in
with a who-clause that is no role ("Mia Sorel, who left the firm in May, said ...") may be
spoken of by the quote's speaker, and names no one (tests/test_quotes_s18.py)."""

from __future__ import annotations

import re

from summarizer.quotes.pronoun_lexicon import COURTESY_TITLES
from summarizer.text.lexicon import UPPER

_NAME = r"[" + UPPER + r"][\w’'\-]*"
_TITLE = r"(?:" + "|".join(COURTESY_TITLES) + r")\.?"
# A courtesy title and a surname opening the sentence, then ", who ...," (no quote mark, no
# other clause break inside), at most ASIDE_CHARS characters.
ASIDE_CHARS = 100
_ASIDE = re.compile(
    r"(?P<who>\s*" + _TITLE + r"[ \t]+" + _NAME + r"),[ \t]+(?:who|whose)\b"
    r"[^,;:\"“”«»()]{1," + str(ASIDE_CHARS) + r"},(?=[ \t]+[a-z])"
)


def without_relative_aside(sentence: str) -> str | None:
    """`sentence` with the who-clause after its opening name cut out ("Ms Orr admitted it
    ..."), or None when it does not open so."""
    m = _ASIDE.match(sentence)
    if m is None:
        return None
    return m["who"] + sentence[m.end() :]


RELATIVE_WORDS = frozenset({"who", "whose", "whom", "which"})


def opens_relative(clause: str) -> bool:
    """Whether a clause (cut at commas) opens with a relative word ("who served under ..."):
    a name in the clause after it names again that aside's object ("Mr. Lee's father, Tom
    Lee,"), not the sentence's subject."""
    words = clause.split()
    return bool(words) and words[0].lower() in RELATIVE_WORDS
