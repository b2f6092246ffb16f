"""Words in a figure's clause that point back to a noun in the clauses before it.

"taking its total to …" needs whose total, "with … of those expected in Wales" what "those"
are, and a second predicate ("…, | and buying … in Tokyo") the subject it shares with the
first. Apart from `context` (which assembles every phrase) because these run after the host a
clause borrowed (`context_hosts`), on whatever words it then opens with.
"""

from __future__ import annotations

from summarizer.figures.context_sets import (
    ABSOLUTE,
    ASIDES_BACK,
    LIST_ITEMS,
    OWNER_LEADS,
    OWNER_WORDS,
    PARTITIVE_SET,
)
from summarizer.figures.context_shapes import shares_subject
from summarizer.figures.context_subjects import opening_subject, predicates_subject, shared_subject
from summarizer.figures.context_tails import until_cut
from summarizer.figures.context_tokens import clause_words
from summarizer.figures.phrase_kinds import finite
from summarizer.figures.phrase_sets import PREPOSITIONS, SOFT_MAX


def referent_left(
    text: str,
    clauses: list[tuple[int, int]],
    idx: int,
    left: list[str],
    right: list[str],
    figure: str,
) -> list[str]:
    """The words before the figure (`figure` is its text) with the owner, the partitive's whole
    or the shared subject they point back to put in front (each within SOFT_MAX words)."""
    a = clauses[idx][0]
    if idx > 0 and _owned(left) and text[a - 2 : a - 1] in ",-–—":
        # "National Treasure made … in ticket sales, …, | taking its total to …": whose total
        # is the subject of the nearest clause before that opens with one.
        subjects = (opening_subject(clause_words(text[c:d])) for c, d in clauses[idx - 1 :: -1])
        subject = next((s for s in subjects if s), [])
        if subject and len(subject) + len(left) + until_cut(right) <= SOFT_MAX:
            left = [*subject[:-1], subject[-1] + ",", *left]
    if idx > 0 and left and left[0].lower() in ABSOLUTE and _partitive(figure):
        # "… announced that 104,000 jobs would be cut, | with … of those expected in Wales":
        # what "those" are is the host clause's (after its last "that").
        host = clause_words(text[clauses[idx - 1][0] : clauses[idx - 1][1]])
        cut = max((i + 1 for i, w in enumerate(host) if w.lower() == "that"), default=0)
        host = host[cut:]
        whole = bool(host) and host[-1].lower() not in PREPOSITIONS  # not "statement in"
        if (
            whole
            and any(map(finite, host))
            and len(host) + len(left) + until_cut(right) <= SOFT_MAX
        ):
            left = [*host[:-1], host[-1] + ",", *left]
    if idx > 0 and shares_subject(left, right) and text[a - 2 : a - 1] == ",":
        # "the dollar was up …, | and buying … in Tokyo": the verb's subject is the one before.
        subject = opening_subject(clause_words(text[clauses[idx - 1][0] : clauses[idx - 1][1]]))
        left = [*subject[:-1], subject[-1] + ",", *left[1:]] if subject else left
        back = max(0, idx - ASIDES_BACK - LIST_ITEMS - 1)
        earlier = [clause_words(text[c:d]) for c, d in clauses[back:idx]]
        subject = [] if subject else predicates_subject(earlier, back)
        if subject and len(subject) + len(left) - 1 + until_cut(right) <= SOFT_MAX:
            # "The outbreak, | which began …, | led to …, | devastated …, | and is estimated
            # to have cost …": the subject of the predicates the figure's clause ends.
            left = [*subject, *left[1:]]
    elif idx > 1 and shares_subject(left, right) and finite(left[1]) and text[a - 2] in "-–—,":
        # "The Code is set in Paris - | including the Louvre - | and has sold …": the subject
        # of the first predicate, past the asides after it ("The bank, | which …, | made …,").
        back = max(0, idx - ASIDES_BACK - 2)
        subject = shared_subject([clause_words(text[c:d]) for c, d in clauses[back:idx]], back)
        if subject and len(subject) + len(left) - 1 + until_cut(right) <= SOFT_MAX:
            left = [*subject, *left[1:]]
    return left


def _owned(words: list[str]) -> bool:
    """Whether `words` open with a participle of OWNER_LEADS and a possessive pronoun ("taking
    its total to"), whose owner is not in them."""
    return len(words) > 1 and words[0].lower() in OWNER_LEADS and words[1].lower() in OWNER_WORDS


def _partitive(figure: str) -> bool:
    """Whether a figure's words end with "of" and a pronoun of PARTITIVE_SET ("6,000 of those")."""
    words = figure.lower().split()
    return len(words) > 2 and words[-2] == "of" and words[-1] in PARTITIVE_SET
