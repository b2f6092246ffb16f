"""A phrase that still opens or ends as a fragment falls back to a whole clause, or to none.

The steps before each mend a shape they know; where none did, the bullet would still read
"refunded …" or "with … and rising". A plain clause says more, and the figure alone misleads
less, so this last step (`phrase_fragment` tells the fragment) takes the run of the figure's
sentence from the nearest clause start that opens well to the phrase's own end (or its
clause's), commas put back, within SOFT_MAX words; when no such run is whole, it gives ""
and the bullet shows the figure alone.
"""

from __future__ import annotations

from collections.abc import Iterator

from summarizer.figures.clauses import figure_clauses
from summarizer.figures.context_head import attribution, headed
from summarizer.figures.context_tokens import clause_words
from summarizer.figures.phrase_fragment import end_fragment, fragment, open_fragment, whole_clause
from summarizer.figures.phrase_sets import MIN_WORDS, SOFT_MAX

MARK = "…"
_DASHES = ("–", "—")
_QUOTES = ('"', "“", "”")


def whole_or_none(
    phrase: str, text: str, s_start: int, s_end: int, f_start: int, f_end: int
) -> str:
    """`phrase` when it is no fragment; else the shortest whole run of its sentence around
    the figure (`_runs`), within SOFT_MAX words; else ""."""
    if not phrase or not fragment(phrase):
        return phrase
    for skip in (False, True):  # "Sales have doubled, | according to X, | with … and rising"
        for run, start in _runs(phrase, text, s_start, s_end, f_start, f_end, skip):
            if MIN_WORDS <= len(run) <= SOFT_MAX and whole_clause(" ".join(run), start):
                return " ".join(run)
    head = headed(phrase, text, s_start, s_end, f_start, f_end)  # "Trump | has pledged …"
    if head:
        return head
    return "" if _hopeless(phrase) else phrase


def _hopeless(phrase: str) -> bool:
    """Whether a fragment with no whole clause to fall back on is better not shown: it ends
    waiting for what was cut, or opens at a conjunction or a relative word with no noun.
    A phrase opening at a bare verb or a preposition still says what the figure counts
    ("with … of the vote"), which the figure alone would not."""
    return bool(end_fragment(phrase)) or open_fragment(phrase) in _NO_CONTEXT


_NO_CONTEXT = frozenset(("conjunction", "relative"))


def _runs(
    phrase: str, text: str, s_start: int, s_end: int, f_start: int, f_end: int, skip: bool
) -> Iterator[tuple[list[str], bool]]:
    """Runs of the sentence's words around "…", nearest clause start first (none inside a
    pair of dashes, whose clauses are an aside's); each start with the phrase's own tail,
    then with the ends of the clauses that follow, each keeping that tail ("scoffed X, … who
    helped found the group" keeps its "who"; a run without it would lose what it said).
    With `skip`, a middle clause that only says who said it ("according to the theatre", "he
    said") is left out, and a run that had skipped nothing is not given again."""
    text, clauses, idx, f_start, f_end = figure_clauses(text, s_start, s_end, f_start, f_end)
    if idx is None:
        return
    first = clauses[0][0]
    tail = phrase.split(MARK, 1)[1].split() if phrase.count(MARK) == 1 else None
    ends = []
    for j in range(idx, len(clauses)):
        a, b = clauses[j]
        piece = clause_words(text[max(a, f_end) : b], text[first : max(a, f_end)])
        ends.append(piece)
    for k in range(idx, -1, -1):
        if sum(text.count(d, first, clauses[k][0]) for d in _DASHES) % 2:
            continue  # "each of them – say, Rubio, Cruz and | Trump – has": inside an aside
        left: list[str] = []
        skipped = False
        for j in range(k, idx + 1):
            a, b = clauses[j]
            piece = clause_words(text[a : min(b, f_start)], text[first:a])
            if skip and k < j < idx and attribution(piece):
                skipped = True
                continue
            if j < idx and piece and "," in text[b : clauses[j + 1][0]]:
                piece[-1] += ","
            left += piece
        if skip and (not skipped or any(q in text[first:f_start] for q in _QUOTES)):
            continue  # '"It's a movement," Trump said, | surrounded by …': not the quote's
        own = [w.strip(",;:") for w in tail] if tail is not None else None
        if own and ends[0][: len(own)] == own:
            yield [*left, MARK, *own], k == 0
        right: list[str] = []
        for n, piece in enumerate(ends):
            if n and right and "," in text[clauses[idx + n - 1][1] : clauses[idx + n][0]]:
                right[-1] += ","
            right = right + piece
            if own is None or [w.strip(",;:") for w in right[: len(own)]] == own:
                yield [*left, MARK, *right], k == 0  # the phrase's own tail kept
