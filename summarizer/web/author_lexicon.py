"""Words that tell an author field's parts apart from names (data only; `author` reads them).

Page metadata puts more than names in the author field: the date it was next to ("Ann Lee
November"), the publisher ("Conde Nast; Ann Lee"), a job title on its own ("Deputy Editor").
"""

from __future__ import annotations

import re


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Months and weekdays that are no one's name, dropped wherever they stand in a part (not the
# short weekdays: "Sun", "Sat" and "Wed" are also names and newspapers).
DATE_WORDS = _words(
    "january february march july september october november december feb mar apr jun jul aug "
    "sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday "
    "published updated posted gmt bst edt utc"
)
# Months that are also names ("Theresa May", "April Ryan", "Jan Berg"): dropped only before a
# number or in a part with no name left around them.
NAME_MONTHS = _words("jan april may june august")
# A part with one of these is an organisation, not a person.
PUBLISHER = re.compile(
    r"\b(?:nast|ltd|inc|llc|plc|gmbh|media|publishing|publications|newspapers?|corporation|corp"
    r"|magazines?|wires?|agency|network|networks|broadcasting|news|press|times|online|staff"
    r"|services|channel|associated|reuters|afp|ap|dpa|bbc|cnn|group)\b|^the\s",
    re.IGNORECASE,
)
# Job titles: a part made only of these is a role, not a name.
ROLE_WORDS = _words(
    "editor editors editorial writer writers reporter reporters correspondent correspondents "
    "contributor contributing columnist deputy senior chief managing assistant associate "
    "business entertainment sports political foreign special staff file our by and of the "
    "tv us uk showbiz digital"
)
