"""A cut phrase that starts at the verb of a relative clause gets the clause's noun back.

Readings 17 and 18 of issue #18 found the phrase most often starting at a predicate whose
subject was a relative pronoun the cut left behind: "a lobbyist in North Carolina who | has
donated … for Republicans" shown as "has donated … for Republicans", or the second of two
predicates of one relative clause ("a donor, who headed the firm and | has given …"). The
pronoun's subject is the noun phrase right before it, so that noun phrase and the pronoun go
back in front of the predicate: the whole noun phrase when the phrase then fits SOFT_MAX words,
else its head ("a lobbyist who has donated …"). Apart from `phrase_subject`, which puts back a
subject that stands right before its verb or its first verb; this one reads through the
pronoun, and `phrase_subject` calls it where it finds one.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from summarizer.figures.mend_sets import PERSON_LINKS
from summarizer.figures.phrase_sets import OBJECT_PREPOSITIONS

# Pronouns that are the subject of the verb right after them ("who has", "which cost"); "that"
# only without a comma before it ("the bill that would", not "…, that would").
SUBJECT_RELATIVES = frozenset({"who", "which", "that"})
# After a comma the clause may be about the whole clause before ("sales fell, which hurt …"):
# only "who" names a noun phrase for sure there.
COMMA_RELATIVES = frozenset({"who"})

Candidates = Callable[[list[str]], list[list[str]]]


def relative_subject(
    words: Sequence[str],
    r: int,
    start: int,
    verb: Callable[[Sequence[str], int], bool],
    noun_phrase: Callable[[list[str]], bool],
) -> list[str] | None:
    """The noun phrase a subject relative pronoun `words[r]` stands for: the words from the
    clause edge `start` up to it, past the last verb in them ("hired | a lobbyist who"), the
    comma after it dropped; None when the pronoun is no subject relative or no noun phrase is
    before it (`noun_phrase` decides, `verb` tells a verb inside it). Words that are no noun
    phrase but end in one after a preposition ("untenable for | the independent voters who")
    give that noun phrase: the pronoun's noun is the preposition's object."""
    if r <= start or words[r].lower() not in SUBJECT_RELATIVES:
        return None
    comma = words[r - 1].endswith(",")
    if comma and words[r].lower() not in COMMA_RELATIVES:
        return None
    phrase = [*words[start : r - 1], words[r - 1].removesuffix(",")]
    last = max((i for i in range(len(phrase)) if verb(phrase, i)), default=None)
    if last is not None:
        phrase = phrase[last + 1 :]  # "The firm hired | a lobbyist who has …"
    if noun_phrase(phrase):
        return phrase
    p = max((i for i, w in enumerate(phrase) if w.lower() in OBJECT_PREPOSITIONS), default=None)
    return phrase[p + 1 :] if p is not None and noun_phrase(phrase[p + 1 :]) else None


def with_relative(
    noun: list[str], pronoun: str, comma: bool, rest: list[str], room: int, candidates: Candidates
) -> list[str] | None:
    """The first of the noun phrase's forms (`candidates`: whole, head, name) that fits with the
    pronoun before `rest` in `room` words ("a lobbyist who has donated"); None when none fits.
    Without a comma the pronoun is about the words right before it ("a slipping of support for
    X among evangelicals who prefer"), so only forms that end there, or a head a place follows
    ("an economics professor at Yale who had": the person)."""
    forms = candidates(noun)
    if not comma:
        forms = [c for c in forms if c == noun[len(noun) - len(c) :] or _placed(noun, c)]
    for candidate in forms:
        if len(candidate) + 1 + len(rest) <= room:
            last = candidate[-1] + ("," if comma else "")  # "Jo Hale, who …" stays apart
            return [*candidate[:-1], last, pronoun, *rest]
    return None


def _placed(noun: list[str], form: list[str]) -> bool:
    """Whether `form` opens `noun` and a place's preposition follows it ("a donor | in Ohio")."""
    n = len(form)
    return noun[:n] == form and n < len(noun) and noun[n].lower() in PERSON_LINKS
