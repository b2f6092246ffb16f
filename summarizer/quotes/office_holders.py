"""The one person an office named with its place means: "The Archbishop of Canterbury said:"
is the person the text gave that whole office by name before the quote ("The Archbishop of
Canterbury, Dr Rowan Williams, will preside", "Mayor of Leeds Jo Lee", "Jo Lee, the Mayor of
Leeds"). Such an office ("<Office> of <Place>") has one holder at a time, so the text's own
pairing names them however far back it stands; a "former" or "deputy" holder is not them,
and two people given the office, or none, leave the description as it is.

Apart from `role_holders`, which reads a bare role ("the spokeswoman") and only when the
narration just spoke of its holder: a bare role may be anyone's, an office of a place is not.
"""

from __future__ import annotations

import re

from summarizer.quotes.name_lexicon import OFFICE_HONORIFICS, OFFICE_QUALIFIERS
from summarizer.quotes.names import NameIndex
from summarizer.text.lexicon import UPPER

OFFICE_WORDS = 7  # "the Chancellor of the Duchy of Lancaster": no longer
_CAP = rf"[{UPPER}][\w'’-]+"
_NAME = rf"(?P<name>{_CAP}(?:[ \t]+{_CAP}){{1,2}})"
_HONORIFIC = rf"(?:(?:{'|'.join(OFFICE_HONORIFICS)})\.?[ \t]+)?"
_OFFICE = re.compile(rf"(?i:the)[ \t]+(?P<office>{_CAP}[ \t]+of[ \t]+(?:(?i:the)[ \t]+)?{_CAP}.*)")


def office_holder(text: str, index: NameIndex, before: int, description: str) -> str | None:
    """The one person `text[:before]` gave the office `description` names ("The Archbishop
    of Canterbury"), or None."""
    words = description.split()
    found = _OFFICE.fullmatch(description.strip())
    if found is None or len(words) > OFFICE_WORDS:
        return None
    office = r"[ \t]+".join(map(re.escape, found.group("office").split()))
    patterns = (
        rf"(?<![\w-]){office},[ \t]+{_HONORIFIC}{_NAME}(?=[ \t]*[,.;])",  # "Office, Dr Jo Lee,"
        rf"(?<![\w-]){office}[ \t]+{_HONORIFIC}{_NAME}\b",  # "Mayor of Leeds Jo Lee"
        rf"{_NAME},[ \t]+(?:(?i:the)[ \t]+)?{office}\b",  # "Jo Lee, the Mayor of Leeds"
    )
    holders: set[str] = set()
    for pattern in patterns:
        for m in re.finditer(pattern, text[:before]):
            lead = text[max(0, m.start() - 20) : m.start()].lower()
            if set(re.findall(r"[a-z]+", lead)[-2:]) & OFFICE_QUALIFIERS:
                continue  # "former Archbishop of Canterbury Lord Carey"
            who = index.resolve_name(m.group("name"))
            if " " in who or who in index.people:  # a full name: the office makes it a person
                holders.add(who)
    return holders.pop() if len(holders) == 1 else None
