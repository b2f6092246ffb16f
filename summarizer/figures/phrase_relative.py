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
    before it (`noun_phrase` decides, `verb` tells a verb inside it)."""
    if r <= start or words[r].lower() not in SUBJECT_RELATIVES:
        return None
    comma = words[r - 1].endswith(",")
    if comma and words[r].lower() not in COMMA_RELATIVES:
        return None
    phrase = [*words[start : r - 1], words[r - 1].removesuffix(",")]
    last = max((i for i in range(len(phrase)) if verb(phrase, i)), default=None)
    if last is not None:
        phrase = phrase[last + 1 :]  # "The firm hired | a lobbyist who has …"
    return phrase if noun_phrase(phrase) else None


def with_relative(
    noun: list[str], pronoun: str, comma: bool, rest: list[str], room: int, candidates: Candidates
) -> list[str] | None:
    """The first of the noun phrase's forms (`candidates`: whole, head, name) that fits with the
    pronoun before `rest` in `room` words ("a lobbyist who has donated"); None when none fits."""
    for candidate in candidates(noun):
        if len(candidate) + 1 + len(rest) <= room:
            last = candidate[-1] + ("," if comma else "")  # "Jo Hale, who …" stays apart
            return [*candidate[:-1], last, pronoun, *rest]
    return None
