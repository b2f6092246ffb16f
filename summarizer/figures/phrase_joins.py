"""Where an "and" joins two noun phrases of one subject, not two clauses.

"The company and | its co-founder agreed to a … settlement", "cutbacks in the steel and | coal
sectors could lead to …", "since his campaign and | the RNC struck a deal": cut at such an
"and", a phrase keeps half a subject and loses the verb that makes it one. Without a parser:
the words from the clause's start (or the last comma or clause opener) to the "and" hold no
verb (after a verb they are its object: "visited Paris and | the mayor said"), and a finite
verb follows within a few words after it, before any comma or soft cut. Not after a name in a
list ("Morrissey, David Bowie and | Nick Cave"), another "and", or a preposition that is also
a soft cut ("after seven attempts and | Scotland have lost": two clauses); not before a
pronoun ("a Spanish manager and | we have got") or a second predicate ("and | reportedly has").
"""

from __future__ import annotations

from summarizer.figures.context_words import (
    CLAUSE_OPENERS,
    CLAUSE_PRONOUNS,
    JOINED_VERB_GAP,
    LIST_JOINS,
    SUBJECT_PRONOUNS,
)
from summarizer.figures.phrase_kinds import finite, numeric, verb_like
from summarizer.figures.phrase_sets import OPENERS, PREPOSITION_CUT_SET, PREPOSITIONS, SOFT

CLAUSE_OPENER_SET = frozenset(CLAUSE_OPENERS.split())
_PRONOUNS = frozenset(f"{SUBJECT_PRONOUNS} {CLAUSE_PRONOUNS}".split())
_LISTS = frozenset(LIST_JOINS.split())


def subject_and(words: list[str], i: int) -> int | None:
    """If `words[i]` is an "and" inside a subject (see the module docstring), the index of the
    word the subject starts after (a clause opener, soft cut or comma; -1 for the words'
    start); else None."""
    if words[i].lower() != "and" or i + 1 >= len(words) or _predicate(words, i + 1):
        return None  # "and has …", "and reportedly has …": a second predicate
    if words[i + 1].lower() in _PRONOUNS:
        return None  # "… and | we have got": a clause of its own
    k = i - 1
    while k >= 0 and not _edge(words[k]):
        if _verb_at(words, k):
            return None  # "visited Paris and | the mayor said": an object, then a clause
        k -= 1
    if k == i - 1 or (k >= 0 and not _subject_edge(words[k])):
        return None  # nothing between the edge and the "and", or no subject starts there
    for w in words[i + 1 : i + 2 + JOINED_VERB_GAP]:
        if finite(w) or (verb_like(w) and w.islower() and not w.endswith("ing")):
            return k  # "its co-founder in 2009 agreed"; not "a sniper targeting"
        if w.endswith((",", ";", ":")) or w.lower() in SOFT or w.lower() in CLAUSE_OPENER_SET:
            return None
    return None


def _verb_at(words: list[str], k: int) -> bool:
    """Whether `words[k]` is a verb: not a participle after a determiner, preposition or
    number, which modifies a noun ("of retired teachers", "the elected four")."""
    if finite(words[k]):
        return True
    before = words[k - 1].lower() if k > 0 else ""
    modifies = before in OPENERS or before in PREPOSITIONS or numeric(before)
    return verb_like(words[k]) and not modifies


def _predicate(words: list[str], j: int) -> bool:
    """Whether `words[j]` opens a predicate: a verb, or an adverb in -ly and a verb."""
    if verb_like(words[j]):
        return True
    return words[j].endswith("ly") and j + 1 < len(words) and verb_like(words[j + 1])


def _edge(word: str) -> bool:
    """A word the stretch before an "and" starts after: a comma, a clause opener or soft cut."""
    low = word.lower()
    return word.endswith((",", ";", ":")) or low in CLAUSE_OPENER_SET or low in SOFT


def _subject_edge(word: str) -> bool:
    """Whether a subject can start after this edge: not after another "and" or "or" (a list),
    a soft cut that is as often a preposition ("after"), or a capitalised list item
    ("Morrissey,")."""
    low = word.lower()
    if low in _LISTS or (low in PREPOSITION_CUT_SET and low not in CLAUSE_OPENER_SET):
        return False  # "since" opens a clause as often as not
    return not (word.endswith(",") and word[:1].isupper() and low not in CLAUSE_OPENER_SET)


def whole_subject(left0: list[str], left: list[str], room: int) -> list[str]:
    """`left`, a cut end of `left0`, back to the start of the subject it opens inside ("The
    company and | its co-founder agreed", "that | cutbacks in the steel and | coal sectors
    could"), when the whole takes at most `room` words; else `left` as it is."""
    start = len(left0) - len(left)
    if (
        not left
        or start <= 0
        or [w.rstrip(",") for w in left0[start:]] != [w.rstrip(",") for w in left]
    ):
        return left  # uncut, or a rebuilt phrase
    k = subject_and(left0, start - 1)
    if k is None or len(left0) - k - 1 > room:
        return left
    return [*left0[k + 1 : start], *left]
