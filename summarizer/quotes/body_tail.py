"""An organisation's name that "and" cuts in two: 'James Lee, who studies ... at the Center for
Strategic and International Studies, said,' splits at "and", and the capitalised clause after
it ("International Studies") is the end of the body's name, no subject of the verb (check set
of reading23d, read once: an analyst's words given to "International Studies")."""

from __future__ import annotations

import re

from summarizer.text.lexicon import UPPER

_CAP = rf"[{UPPER}][\w.&’'\-]*"
# A body's name ending the clause before: after "the" ("at the Institute for Peace"), or with
# "of", "for" or "on" inside it ("Museum of Modern"); the words inside may be joined by them.
_BODY_END = re.compile(
    rf"(?:\bthe[ \t]+{_CAP}(?:[ \t]+(?:of|for|on|the|{_CAP}))*"
    rf"|{_CAP}(?:[ \t]+{_CAP})*[ \t]+(?:of|for|on)[ \t]+(?:the[ \t]+)?{_CAP}(?:[ \t]+{_CAP})*)"
    r"[ \t]*$"
)


def continues_body(before: str) -> bool:
    """Whether the clause `before` an "and"-led capitalised clause ends in a body's name that
    the clause goes on with."""
    return _BODY_END.search(before.rstrip()) is not None
