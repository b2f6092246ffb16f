"""A relative clause's phrase: "in India, | where … were also killed" names its noun before it.

Apart from `context` (which assembles every phrase) because finding the noun a relative clause
is about is a job of its own: the whole noun phrase ("The 18-year-old, who"), past an aside
("for instance,"), a person before a description, the part rather than the whole ("the poorest
two-fifths of the population, | who"), and a name never cut.
"""

from __future__ import annotations

from summarizer.figures.context_sets import ASIDE_SET, DASHES, PARTIAL_RELATIVES, QUOTES
from summarizer.figures.context_tails import until_cut
from summarizer.figures.context_tokens import clause_words
from summarizer.figures.mend_subject import antecedent, antecedent_of, person_antecedent
from summarizer.figures.phrase_kinds import verb_like
from summarizer.figures.phrase_names import name_tail, whole_name
from summarizer.figures.phrase_sets import MAX_WORDS, SOFT_MAX
from summarizer.figures.phrase_trim import trim


def relative_left(
    text: str, clauses: list[tuple[int, int]], idx: int, left: list[str], right: list[str]
) -> tuple[list[str], str | None]:
    """The words before the figure with the noun its relative clause (`left` opens with one of
    ANTECEDED, `idx` > 0) is about put in front, or the finished phrase when the noun phrase
    and the clause go whole."""
    j = idx - 1
    if j > 0 and "_".join(clause_words(text[clauses[j][0] : clauses[j][1]])).lower() in ASIDE_SET:
        j -= 1
    elif j > 0 and _between_dashes(text, clauses, j, idx):
        j -= 1  # "The Incredibles - in its fourth week - which took …": the film took it
    host = text[clauses[0][0] : clauses[j][1]].split()
    before = [w for w in (w.strip(QUOTES) for w in antecedent(host, verb_like)) if w]
    person, head = person_antecedent(host, verb_like) if left[0] == "who" else ([], [])
    before = [w.strip(QUOTES) for w in person] if person else before
    longer = [w for w in (w.strip(QUOTES) for w in antecedent_of(host, verb_like)) if w]
    cut = until_cut(right)
    partial = len(longer) > len(before) and left[0].lower() in PARTIAL_RELATIVES
    if partial and len(longer) + len(left) + cut <= SOFT_MAX:
        # "the poorest two-fifths of the population, | who spend …": the part, not the
        # whole, is the noun the clause is about; the tail up to its first soft cut.
        return left, trim([*longer[:-1], longer[-1] + ",", *left], right[:cut], True)
    if head and len(before) + len(left) + until_cut(right) > MAX_WORDS:
        before = head  # "a longtime donor in Pennsylvania, | who": "a longtime donor, who"
    elif len(before) + len(left) + until_cut(right) > MAX_WORDS:
        # a noun phrase the cut would split: its head alone, a name whole ("Kanye West")
        before = name_tail(before)
        if len(before) + len(left) + until_cut(right) > MAX_WORDS:
            before = before if whole_name(before, len(left) + len(right)) else before[-1:]
    if before and whole_name(before, len(left) + len(right)):
        # "the Athens Olympics, | where …": a name is not cut, nor its clause's tail
        return left, trim([*before[:-1], before[-1] + ",", *left], right, True)
    return ([*before[:-1], before[-1] + ",", *left] if before else left), None


def _between_dashes(text: str, clauses: list[tuple[int, int]], j: int, idx: int) -> bool:
    """Whether clause `j` is an aside set off by spaced dashes on both sides, right before the
    relative clause `idx`: the pronoun is about the noun before the aside, not inside it."""
    before = text[clauses[j - 1][1] : clauses[j][0]].split()
    after = text[clauses[j][1] : clauses[idx][0]].split()
    return any(w in DASHES for w in before) and any(w in DASHES for w in after)
