"""How far a figure's tail runs: to its first soft cut, or on into the clause after an
appositive when that clause is the predicate of the name the appositive renames.

Apart from `context_hosts`, `context_relative` and `context_referents`, which weigh the words
after the figure against SOFT_MAX with these before `phrase_trim` cuts them: how many are the
tail's own (`until_cut`), and which clause the tail may take on (`predicate_after`).
"""

from __future__ import annotations

from summarizer.figures.context_tokens import clause_words
from summarizer.figures.phrase_kinds import finite
from summarizer.figures.phrase_sets import SOFT, SOFT_MAX


def predicate_after(
    text: str, clauses: list[tuple[int, int]], idx: int, before: int, right: list[str]
) -> list[str]:
    """The tail with the clause after an appositive when that clause is the predicate of the
    name the appositive renames (it opens at a finite verb): "Primer, a … tale, | won top
    prize at …", up to its first soft cut and within SOFT_MAX words (kept whole by `trim`);
    else the tail as it is."""
    if idx + 1 >= len(clauses) or not right:
        return right
    c, d = clauses[idx + 1]
    nxt = clause_words(text[c:d])
    if not nxt or not (finite(nxt[0]) and nxt[0].islower()):
        return right
    nxt = nxt[: until_cut(nxt)]
    if before + len(right) + len(nxt) > SOFT_MAX:
        return right
    return [*right[:-1], right[-1].rstrip(",") + ",", *nxt]


def until_cut(right: list[str]) -> int:
    """Words of the tail up to its first soft cut ("higher than in 2010 | and 12% more …")."""
    return next((i for i, w in enumerate(right) if w.lower() in SOFT), len(right))
