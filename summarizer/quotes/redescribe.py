"""Descriptions that re-describe someone the story already named: "the keeper", "The
28-year-old", "the American", "the head of Norway's cabinet" (`protagonist_description`), and
sentences whose subject is such a description (`redescribes`) or that bring in someone by a
description only (`describes_someone`).

Apart from the resolver (`resolve`): these read one phrase or sentence and know nothing of the
article's people; the rank step also asks them before it resolves anything.
"""

from __future__ import annotations

import re

from summarizer.quotes.name_lexicon import DEMONYM_NOUNS, RESIDENT_DEMONYMS
from summarizer.quotes.narration import AGE, refers_back
from summarizer.quotes.phrase_lexicon import LEADER_HEADS, PROTAGONIST_HEADS

DESCRIPTION_WORDS = 6  # a description longer than this re-describes no one ...
LONG_DESCRIPTION_WORDS = 9  # ... unless its head is a protagonist's ("striker"), up to this


def protagonist_description(description: str) -> bool:
    """A definite description that re-describes someone in the story: "the keeper", "The
    36-year-old Wales international", "the American", "the head of Norway's cabinet"."""
    words = description.replace("’", "'").split()
    if not words or words[0].lower() != "the" or len(words) > LONG_DESCRIPTION_WORDS:
        return False
    head = words[-1].strip(".,").lower()
    if head in PROTAGONIST_HEADS:  # "the former Real Madrid and Ajax striker"
        return True
    if len(words) > DESCRIPTION_WORDS:
        return False
    if any(AGE.search(w) for w in words[1:]):
        return True
    if len(words) > 3 and words[2].lower() == "of" and words[1].lower() in LEADER_HEADS:
        return True
    if len(words) != 2 or not words[1][:1].isupper():
        return False
    return head.endswith(("an", "ese", "ish")) or head in DEMONYM_NOUNS


# Not `speakers.is_demonym_word`, by design: after "the" the context already says "a
# description", so any "-an" word passes ("the Trahan", "The Coogan" too; lower case as well),
# while that one judges a bare capital word glued before a name, where a surname ending so must
# stay a name and the "-man" resident words ("Dutchman", "Corkman") count. On the words the
# quote tests give them they disagree on seven ("Coogan", "German", "Dutchman", ...).
def is_demonym(word: str) -> bool:
    """ "Texan", "Italian", "Greek": where someone is from, not a nickname ending so ("Pacman",
    "Superman": a "-man" word is a demonym only as "German")."""
    low = word.lower()
    if low in DEMONYM_NOUNS or low == "german":
        return True
    return low.endswith(("an", "ese", "ish")) and not low.endswith("man")


# "the" and maybe one word ("The 21-year-old Scot", "the Texan") before a one-word "name".
_THE_BEFORE = re.compile(r"\b[Tt]he\s+(?:[\w-]+\s+)?\Z")
# "The 21-year-old Scot shot 76.": "the", maybe an age, a demonym and a verb.
_THE_DEMONYM = re.compile(r"The\s+(?:\d+-year-old\s+)?(?P<word>[A-Z][a-z]+)\s+[a-z]")


def redescribes(sentence: str) -> bool:
    """A sentence whose subject describes again the person the one before spoke of ("The
    28-year-old hurt his knee", "The 21-year-old Scot shot 76"): it names no one new."""
    if refers_back(sentence):
        return True
    m = _THE_DEMONYM.match(sentence)
    return m is not None and is_demonym(m["word"])


# "the" and up to three more words: a description's candidates ("the Dutchman", "the
# 21-year-old", "the former Ajax striker").
_OPENER = re.compile(r"\s*(?:(?:But|And|Yet|So|Still|However|Now),?\s+)?")
_THE_PHRASE = re.compile(r"\b[Tt]he((?:[ \t]+[\w'’-]+){1,3})")


def describes_someone(sentence: str) -> bool:
    """A sentence that speaks of someone by a description only ("The move still grates
    with the Dutchman."): between a name and a "he" after it, it brings in a person who may be
    the pronoun's as well as the name's, so the name is a guess (Session 13: a player's words
    given to the manager who sold him, named one sentence before "the Dutchman")."""
    opener = _OPENER.match(sentence)
    start = opener.end() if opener else 0
    for m in _THE_PHRASE.finditer(sentence, start):
        if m.start() == start:
            continue  # "But the actress smiled.": the subject re-describes the one named
        words = m.group(1).split()
        if words[0][:1].isupper() and not _person_demonym(words[0]):
            continue  # "the Taliban", "the Vatican": no one person
        if any(protagonist_description(" ".join(["the", *words[:k]])) for k in (1, 2, 3)):
            return True
    return False


def _person_demonym(word: str) -> bool:
    """One person from somewhere ("Dutchman", "Spaniard", "Scot"), not a group or a place
    whose name ends like a demonym ("Taliban", "Vatican")."""
    low = word.lower()
    return low in DEMONYM_NOUNS or word in RESIDENT_DEMONYMS


def demonym_mention(masked: str, pos: int, name: str) -> bool:
    """A one-word mention after "the" that is a demonym ("The 21-year-old Scot shot 76"):
    a description of someone named before, no person's name."""
    if " " in name or not is_demonym(name):
        return False
    return _THE_BEFORE.search(masked, max(0, pos - 30), pos) is not None


def opens_with(sentence: str, pronoun: str) -> bool:
    """The sentence's first word is the pronoun ("She skirted the question from ...")."""
    head = sentence.lstrip()
    return head[: len(pronoun)].lower() == pronoun and head[len(pronoun) : len(pronoun) + 1] == " "


DESCRIPTION_LEAD_WORDS = 8  # words after "the" read for a description that opens a sentence
# Words that carry a description on rather than end it ("the coach of Leeds", "the keeper who").
_RUNS_ON = frozenset({"of", "who", "whose", "and", "from", "at", "in", "for", "to", "with"})
# A name that opens a clause of its own ("..., in which Clinton expressed"): a subject too.
_CLAUSE_NAME = re.compile(r"\b(?:which|who|whom|where|when|while)\s+[A-Z]")


def description_leads(sentence: str) -> bool:
    """A sentence whose subject is a description of a person, then a verb ("And the Swedish
    goalkeeper thinks Hruska is right ..."): the names after it are objects, so a "he said"
    next is the described one's (the person the sentence before spoke of), never a name the
    sentence only speaks about (ab24: a defender's words given to the manager he praised)."""
    opener = _OPENER.match(sentence)
    words = sentence[opener.end() if opener else 0 :].split()
    if len(words) < 3 or words[0] not in ("The", "the") or _CLAUSE_NAME.search(sentence):
        return False
    for k in range(1, min(len(words) - 1, DESCRIPTION_LEAD_WORDS + 1)):
        nxt = words[k + 1]
        if words[k][-1:] in ",;:" or not nxt[:1].islower() or nxt in _RUNS_ON:
            continue
        head = words[k].lower()
        if (head in PROTAGONIST_HEADS or AGE.fullmatch(head)) and protagonist_description(
            " ".join(words[: k + 1])
        ):
            return True  # not "The French government": a person's noun heads it
    return False
