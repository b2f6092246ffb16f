"""Who a description of an office or a place in a race means ('"...," the Green Party nominee
said'): the person the text gave that role, not merely the last person named.

The narration search (`antecedent`) finds the most recent fitting subject, which suits "he
said". A description that names a role one person holds in the story ("the Republican
presidential candidate", "the mayor") says more: when the text gave the person found another
role ("Mayor Ana Ruiz") and not this one, the words are someone else's. Then the one person
the text gave the role to is meant ("Jo Lee, the Green Party nominee, ..."), else nobody: a
wrong name puts words in someone's mouth (issue #17; PolNeAR train, session 23's check set).
"""

from __future__ import annotations

import re

from summarizer.quotes.name_lexicon import NAME_PARTICLES, ROLES
from summarizer.quotes.names import NameIndex
from summarizer.quotes.role_ties_lexicon import (
    ROLE_ABBREVIATIONS,
    ROLE_GROUPS,
    ROLE_MODIFIERS,
    TIED_HEADS,
)
from summarizer.quotes.word_kinds import is_title

GIVEN_NAMES = 3  # given names and particles skipped before a surname ("Bill de")
TITLE_WORDS_BEFORE = 5  # words read before a name for its titles ("Texas Gov.", "GOP nominee")
APPOSITION_WORDS = 6  # words read in ", the Green Party nominee for governor,"
_APPOSITION = re.compile(r"[ \t]*,[ \t]+(?:the|a|an|his|her|its|their)[ \t]+([^,.;:()\n]{1,80})")
_SECONDS = frozenset({"vice", "deputy", "assistant", "under"})  # "Vice President": no president
_STOPS = frozenset({"for", "of", "at", "in", "on", "from", "to", "with", "who", "and", "since"})


def _role(word: str) -> str:
    low = word.strip(".,’'").lower()
    return ROLE_ABBREVIATIONS.get(low, low)


def _group(head: str) -> frozenset[str]:
    """The role and the roles that name the same standing ("nominee" for "candidate")."""
    return frozenset({head}.union(*(g for g in ROLE_GROUPS if head in g)))


def _titles(before: str) -> tuple[set[str], set[str]]:
    """Role words right before a surname, past its given names and particles ("Mayor Bill de
    Blasio", "Texas Gov.", "presidential nominee", "The Green Party nominee, Dana"), and the
    words around them; a comma may end only the word next to the name."""
    roles: set[str] = set()
    words: set[str] = set()
    run = before.split()
    for _ in range(GIVEN_NAMES):
        if not run or run[-1][-1:] in ",;:" or _role(run[-1]) in ROLES:
            break
        if not (run[-1][:1].isupper() or run[-1] in NAME_PARTICLES):
            break
        run.pop()  # "Bill de" of "Bill de Blasio"
    for k, w in enumerate(reversed(run[-TITLE_WORDS_BEFORE:])):
        if k and w[-1:] in ",;:":
            break
        low = _role(w)
        if low in ROLES and not (k + 1 < len(run) and run[-k - 2].lower() in _SECONDS):
            roles.add(low)
        elif not (is_title(low) or w[:1].isupper() or low in ROLE_MODIFIERS):
            break
        words.add(low)
    return roles, words


def _apposition(after: str) -> tuple[set[str], set[str]]:
    """Role words of an apposition after a name (", the Green Party nominee for governor,"),
    up to a preposition: the office sought is no role held."""
    m = _APPOSITION.match(after)
    if m is None:
        return set(), set()
    roles: set[str] = set()
    words: set[str] = set()
    for w in m.group(1).split()[:APPOSITION_WORDS]:
        low = _role(w)
        if low in _STOPS:
            break
        words.add(low)
        if low in ROLES:
            roles.add(low)
    return roles, words


def _who(masked: str, index: NameIndex, pos: int, name: str) -> str | None:
    """The person a mention means; for a surname two people share, the one whose given names
    come right before it ("Bill Clinton", "Bill de Blasio"), else None ("Clinton": the text
    does not say which)."""
    if " " in name or not index.shared_surname(name):
        return index.resolve_name(name)
    before = " ".join(masked[max(0, pos - 60) : pos].split()) + " "
    first = index.full.get(name)
    for full in sorted({first, *index.others.get(name, ())} - {None}, key=len, reverse=True):
        given = full.removesuffix(name).strip()
        if given and before.endswith(f" {given} "):
            return index.resolve_name(name) if full == first else full
    return None


def given_roles(masked: str, index: NameIndex, end: int) -> dict[str, dict[str, set[str]]]:
    """For each person named before `end`: the roles the text gave them by title or apposition,
    each with the words it came with ("green", "party")."""
    found: dict[str, dict[str, set[str]]] = {}
    for pos, name in index.mentions_between(0, end):
        who = _who(masked, index, pos, name)
        if who is None:
            continue
        mine = found.setdefault(who, {})
        for roles, words in (
            _titles(masked[max(0, pos - 80) : pos]),
            _apposition(masked[pos + len(name) : pos + len(name) + 100]),
        ):
            for role in roles:
                mine.setdefault(role, set()).update(words)
    return found


def tied_speaker(
    masked: str, index: NameIndex, end: int, description: str, who: str | None
) -> tuple[str | None, bool]:
    """The person `description` ("the Green Party nominee") means where the narration search
    found `who`, and whether that changed it. `who` stands when the text gave them the role
    (or one of its group) or no role at all; otherwise the one person given the role, whose
    words agree with the description's capitalised ones ("Green", "Party"), else nobody. A
    description of two roles ("the Vermont senator and Democratic candidate") fits either."""
    words = description.replace("’", "'").split()
    if who is None or len(words) < 2 or words[0].lower() != "the":
        return who, False
    # every role the description names: "the Vermont senator and Democratic candidate"
    heads = {w.strip(".,").lower() for w in words[1:]} & TIED_HEADS
    if words[-1].strip(".,").lower() not in heads:
        return who, False
    group = frozenset().union(*(_group(h) for h in heads))
    roles = given_roles(masked, index, end)
    mine = roles.get(who, {})
    if group & mine.keys():
        return who, False
    marks = {w.lower() for w in words[1:-1] if w[:1].isupper()}
    holders = {
        person
        for person, given in roles.items()
        if person != who
        and any(marks <= given[r] for r in group & given.keys())
        and " " in person  # a full name: "Department" after ", the candidate" is none
        and person.split()[-1] in index.people
    }
    if len(holders) == 1:
        return holders.pop(), True
    if mine or holders:
        return None, True
    return who, False
