"""The subject a figure's clause borrows from the clauses before it when it opens at a verb or
says nothing of who: the subject that opens a clause, a host clause's subject, the name or noun
phrase before an appositive or a relative clause, the subject a second predicate shares.

Apart from `context_hosts` and `context_referents` (which decide when a clause borrows) because
finding a subject past the asides between it and its verb ("Mr Dale, | 28, | a baker, | was
arrested …") is a job of its own, on the clauses' words alone.
"""

from __future__ import annotations

from summarizer.figures.context_sets import (
    ADVERB_OPENS,
    APPOSED_WORDS,
    ASIDE_RELATIVES,
    ASIDE_SUBORDINATE,
    ASIDES_BACK,
    CLAUSE_OPENS,
    CLAUSE_WORDS,
    DO_SET,
    HOST_SUBJECT_WORDS,
    LIST_ITEMS,
    NAME_JOINS,
    NO_NOUN_WORDS,
    PAST_ONLY_SET,
    SUBJECT_WORDS,
)
from summarizer.figures.context_shapes import pronoun
from summarizer.figures.phrase_kinds import alnum, finite, verb_like
from summarizer.figures.phrase_sets import IRREGULAR, LEADING_JUNK_SET, OPENERS, REPORTING_SET


def opening_subject(words: list[str]) -> list[str]:
    """The subject that opens a clause, up to its first finite verb ("the dollar | was up") or
    reporting verb ("Bernie Sanders' campaign | says"), or nothing when it is not a short noun
    phrase."""
    k = next((i for i, w in enumerate(words[: SUBJECT_WORDS + 1]) if _subject_end(w)), 0)
    if k == 0 or not (words[0].lower() in OPENERS or words[0][:1].isupper()):
        return []
    if any(w.lower() in NO_NOUN_WORDS for w in words[:k]):
        return []  # "He | was", "So far they | have": a pronoun, no noun phrase
    return words[:k] if all(alnum(w) for w in words[:k]) else []


def _subject_end(word: str) -> bool:
    """A word a clause's opening subject ends before: a finite verb or a reporting verb."""
    return finite(word) or word.lower() in REPORTING_SET


def host_subject(words: list[str]) -> list[str]:
    """The subject of a host clause, up to its first finite verb ("Seat bookings at the city's
    theatres | are expected"), when it opens the clause and is no pronoun."""
    k = next((i for i, w in enumerate(words[: HOST_SUBJECT_WORDS + 1]) if finite(w)), 0)
    opener = words[0].lower()
    if k == 0 or opener in NO_NOUN_WORDS or opener in CLAUSE_OPENS:
        return []  # "If only a third of council staff | chose": no subject
    if any(verb_like(w) or pronoun(w) or w.lower() in CLAUSE_WORDS for w in words[:k]):
        return []  # "Joking that he | could": a clause, no subject
    return words[:k] if words[0][:1].isupper() or words[0].lower() in OPENERS else []


def appositive_subject(earlier: list[list[str]], first: int) -> list[str]:
    """A short name or noun phrase before the asides that part it from the figure's clause,
    which starts at its verb: an appositive ("Corvell, | the region's largest paint maker, |
    has …"), a relative clause ("The programme, | which starred …, | was shown in …"), a
    participle phrase ("The work, | written for a wedding, | was missing for …") or an age
    ("Mr Dale, | 28, | a baker, | was arrested …"), up to ASIDES_BACK of them; else nothing.
    `first`: the index in the sentence of `earlier[0]` (a subject after another clause is no
    list's last items: "Shares in Alder, | Birch and Cope, | who …")."""
    if len(earlier) < 2:
        return []
    if len(earlier) == 2 and _named_appositive(*earlier):
        # "The subsidiary, | Norvex, | was sold": a noun phrase, then the name it goes by
        subject, aside = earlier
        return [*subject[:-1], subject[-1] + ",", *aside[:-1], aside[-1] + ","]
    k = len(earlier) - 1
    while k > 0 and len(earlier) - k <= ASIDES_BACK and aside_clause(earlier[k]):
        k -= 1
    if k == len(earlier) - 1 or not aside_clause(earlier[k + 1]):
        return []
    subject = earlier[k]
    while subject and subject[0].lower() in LEADING_JUNK_SET:
        subject = subject[1:]  # "But Gomis": the subject is "Gomis"
    if not subject or len(subject) > APPOSED_WORDS or any(map(verb_like, subject)):
        return []
    opener = subject[0].lower()
    if opener in NO_NOUN_WORDS or opener in CLAUSE_OPENS or opener in ADVERB_OPENS:
        return []  # "However", "In 2003 the firm": no noun phrase alone
    if any(map(pronoun, subject)) or (first + k > 0 and NAME_JOINS & {*subject}):
        return []
    return subject if subject[0][:1].isupper() and all(map(alnum, subject)) else []


def aside_clause(words: list[str]) -> bool:
    """A clause between a subject and its verb that names nothing the verb needs: a relative
    clause ("which starred …"), a noun phrase with no verb but its relative clause's ("the
    region's largest paint maker", "the unit which made …"), a participle phrase ("written
    for a wedding", "known as …") or a number (an age)."""
    if not words:
        return False
    first = words[0]
    if first.lower() in ASIDE_RELATIVES:
        return True
    if first.lower() in ASIDE_SUBORDINATE and any(map(finite, words[1:])):
        return True  # "even when they are vague", "although it was late": a clause aside
    if len(words) == 1 and first.isdigit():
        return True  # "Mr Dale, | 28, |": an age
    if first.lower() in OPENERS:
        # "the unit which produced …", "the first episode of which was shown …": a noun
        # phrase whose verbs are its relative clause's
        rel = next((i for i, w in enumerate(words) if w.lower() in ASIDE_RELATIVES), len(words))
        return rel > 1 and not any(map(verb_like, words[:rel]))
    participle = not finite(first) or (first in IRREGULAR and first not in PAST_ONLY_SET)
    return first.islower() and verb_like(first) and participle


def shared_subject(earlier: list[list[str]], first: int) -> list[str]:
    """The subject of the predicate a clause opened by "and" + a finite verb shares: that of the
    clause before it, past asides ("including the Louvre"), or, when that clause opens at its
    verb, the one before its own asides; else nothing. `first` as in `appositive_subject`."""
    j = len(earlier) - 1
    while j > 0 and aside_clause(earlier[j]):
        j -= 1
    if j == len(earlier) - 1:
        return []  # no aside between: the comma rule in `context` reads that case
    subject = opening_subject(earlier[j])
    if subject or not earlier[j] or not (finite(earlier[j][0]) and earlier[j][0].islower()):
        return subject
    return appositive_subject(earlier[:j], first)


def _named_appositive(subject: list[str], aside: list[str]) -> bool:
    """A short noun phrase opened by a determiner ("The subsidiary") and, between commas after
    it, a short name ("Norvex"): the name renames the noun phrase, both are the subject."""
    if not subject or not aside or len(subject) > SUBJECT_WORDS or len(aside) > SUBJECT_WORDS:
        return False
    if subject[0].lower() not in OPENERS or any(map(verb_like, subject)):
        return False
    return all(w[:1].isupper() and alnum(w) for w in aside) and all(map(alnum, subject))


def predicates_subject(earlier: list[list[str]], first: int) -> list[str]:
    """The subject of a run of predicates whose last one holds the figure ("The outbreak, |
    which began in 2001, | led to …, | devastated …, | and is estimated to have cost …"): back
    past up to LIST_ITEMS earlier predicates (clauses opening at a lowercase finite verb) to
    the subject before its asides, or the clause that opens on it; else nothing. `first` as in
    `appositive_subject`."""
    j = len(earlier)
    while j > 0 and len(earlier) - j < LIST_ITEMS and _predicate(earlier[j - 1]):
        j -= 1
    if j in (0, len(earlier)):
        return []
    return appositive_subject(earlier[:j], first) or opening_subject(earlier[j - 1])


def past_predicate(word: str) -> bool:
    """Whether a clause opening at `word` opens at its verb: a finite one ("has", "won") or a
    past form in "-ed" ("pulled")."""
    if word in DO_SET:
        return True  # "do not last"
    return word.islower() and (finite(word) or (word.endswith("ed") and verb_like(word)))


def _predicate(words: list[str]) -> bool:
    """A clause opening at a lowercase finite verb; a past form in "-ed" counts ("devastated")."""
    if not words or not words[0].islower():
        return False
    return finite(words[0]) or (words[0].endswith("ed") and verb_like(words[0]))
