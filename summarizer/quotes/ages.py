"""An age in place of a name: "said the 28-year-old", "the 34-year-old mother added", after
the text gave exactly one person that age ("Rory McIlroy, 28,", "28-year-old Rory McIlroy").

Why: kept as written, such a description stands for a person the text named, and the reader
is told nobody (issue #17: "a description for a named person"). Two people of that age, or
none, leave it as it is: the age alone says no more.
"""

from __future__ import annotations

import re

from summarizer.quotes.narration import PERSON_WORDS
from summarizer.quotes.phrase_lexicon import BODY_NAME_ENDS, NON_PERSON_HEADS
from summarizer.quotes.speakers import parse_speaker

# "the 28-year-old", "The 34-year-old mother": an age description and its age.
AGE_DESCRIPTION = re.compile(r"[Tt]he\s+(?P<age>\d{1,3})-year-old\b")
_NAME = r"[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,3}"
# Where a text gives a named person's age: "Rory McIlroy, 28,", "Ann Bell, aged 60,",
# "28-year-old Rory McIlroy", "the 34-year-old mother Claire Lee". Not "Jo Lee (28)": in a
# match report that is the minute of a goal.
_AGE_AFTER = re.compile(r"(?P<name>" + _NAME + r"),\s+(?:aged\s+)?(?P<age>\d{1,3}),")
# "28-year-old Rory McIlroy", "the 34-year-old mother Claire Lee", "the 28-year-old Northern
# Irish golfer Rory McIlroy": at most one word in lower case between, a person's (`head`).
_AGE_BEFORE = re.compile(
    r"\b(?P<age>\d{1,3})-year-old\s+(?:(?:[A-Z][\w’'-]+\s+){0,2}(?P<head>[a-z][\w-]*)\s+)?"
    r"(?P<name>" + _NAME + r")"
)


def aged_person(text: str, description: str, before: int) -> str | None:
    """The one person `text` gives the age of the age `description` ("the 28-year-old"),
    named before `before` (where the quote opens); None when the description holds no age,
    or the text gives that age to no one, to two people or more, or only after the quote."""
    m = AGE_DESCRIPTION.match(description)
    if m is None:
        return None
    age = m["age"]
    found: list[tuple[int, str]] = []
    for pattern in (_AGE_AFTER, _AGE_BEFORE):
        for hit in pattern.finditer(text):
            if hit["age"] != age:
                continue
            head = hit.groupdict().get("head")
            if head is not None and head not in PERSON_WORDS:
                continue  # "the 28-year-old joined Chelsea": a verb, and a club
            sp = parse_speaker(hit["name"])
            if sp is not None and sp.kind == "name" and _person(sp.text):
                found.append((hit.start(), sp.text))
    people = {name.split()[-1] for _, name in found}
    if len(people) != 1 or min(at for at, _ in found) >= before:
        return None
    return max((name for _, name in found), key=len)


def _person(name: str) -> bool:
    """A person's name, not a body's ("Acme Bank, 28,")."""
    words = name.split()
    return words[-1].lower() not in NON_PERSON_HEADS and words[-1] not in BODY_NAME_ENDS
