"""The words before a figure from a soft cut ("and", "which", "when") on: what of the
clause before the cut they must keep to still say what the figure counts.

Apart from `phrase_trim`, which finds the cut: keeping a shared head ("a fine of … and | of …"),
a verb pair or a relative clause's noun is a job of its own.
"""

from __future__ import annotations

from summarizer.figures.phrase_kinds import (
    finite,
    numeric,
    opens_clause,
    participle,
    plain,
    verb_like,
)
from summarizer.figures.phrase_sets import (
    APPROXIMATE,
    COMPARATIVE_SET,
    CONJUNCT_WORDS,
    EMBEDDED,
    HELD_BY_SOFT_SET,
    MAX_WORDS,
    MIN_WORDS,
    NO_PREDICATE_AFTER,
    OPENERS,
    PAIR_GAP,
    PAIR_OPENER_SET,
    PART_WORD_SET,
    PREPOSITIONS,
    RANGE_WORDS,
    RELATIVE_CUT_SET,
    SHARED_HEAD_JOINS,
)


def soft_start(left: list[str], cut: int, right: list[str]) -> list[str]:
    """The words before the figure from the soft cut `left[cut]` on, kept whole: "because of"
    keeps "because"; a second conjunct shares the first one's head ("a fine of … and | of …");
    a verb coordination keeps both verbs ("to write and | executive produce"); a relative clause
    with its own subject keeps its noun ("schemes which | the mayor says would save"); a
    clause embedded in the subject is skipped ("when Scotland played … | won …")."""
    word = left[cut].lower()
    kept = left[cut + 1 :]
    room = MAX_WORDS - len(right)
    if "_".join(w.lower() for w in left[cut : cut + 2]) in HELD_BY_SOFT_SET:
        return left[cut:]  # "because | of 62,000 posts cut"
    if word in SHARED_HEAD_JOINS:
        shared = _shared_head(left[:cut], kept, right)
        if shared is not None:
            return shared
        to = cut - 2  # "to write and executive produce"
        verb = to >= 0 and plain(left[to + 1]) and left[to + 1].islower()  # not "to Cyprus and"
        verb = verb and left[to].lower() == "to" and 0 < len(kept) <= CONJUNCT_WORDS
        if verb and kept[0].lower() not in PREPOSITIONS and len(left) - to <= room:
            return left[to:]
    if word in RELATIVE_CUT_SET and kept and opens_clause(kept[0]) and plain(left[cut - 1]):
        head = cut - 1 - (cut >= 2 and left[cut - 2].lower() in OPENERS)
        if len(left) - head <= room:
            return left[head:]
    if word in EMBEDDED:
        return _main_predicate(kept, len(right))
    return kept


def _shared_head(first: list[str], kept: list[str], right: list[str]) -> list[str] | None:
    """What the second of two conjuncts shares with the first: the words before the first
    amount ("it planned to repay $40m now and | another …": "it planned to repay …"), or the
    noun the first's preposition hangs on ("a fine of up to £2,500 … and | of …": "a fine of …")."""
    if not kept:
        if any(finite(w) or participle(w) for w in right):
            return None  # "5% and | 8,000 jobs were created": a clause of its own
        tail = range(len(first) - 1, max(0, len(first) - PAIR_GAP - 2), -1)
        n = next((i for i in tail if numeric(first[i])), None)
        if n is None and right[:1] == ["of"]:  # "make up more than half of all nurses … but
            n = _first_part(first)  # | only 7% of the managers": "make up …" is shared
        while n and (numeric(first[n - 1]) or first[n - 1].lower() in APPROXIMATE):
            n -= 1  # "to about 25 million homes and | …": the whole first amount goes
        while n and " ".join(w.lower() for w in first[n - 2 : n]) in COMPARATIVE_SET:
            n -= 2  # "more than half": the comparison goes with the amount
        if n and first[n - 1].lower() in RANGE_WORDS:
            return None  # "between 2015 and 2040 and | 64 per cent": a range's end, no amount
        while n and first[n - 1].lower() in PAIR_OPENER_SET:
            n -= 1  # "picked for both the 400m and …": "picked for …"
        return first[:n] if n else None
    if len(kept) != 1 or kept[0].lower() not in PREPOSITIONS:
        return None
    prep = kept[0].lower()
    j = next(
        (
            i
            for i in range(len(first) - 1, 0, -1)
            if first[i].lower() == prep and any(map(numeric, first[i + 1 : i + PAIR_GAP + 3]))
        ),
        None,
    )  # the preposition of the first amount ("a fine of up to £500"), not "a change of address"
    if j is None or not plain(first[j - 1]):
        return None
    head = j - 1 - (j >= 2 and first[j - 2].lower() in OPENERS)
    return [*first[head : j + 1]]


def _first_part(first: list[str]) -> int | None:
    """The last part of a whole in `first` ("half of all graduates", "40% of sales") that a
    second part after "but"/"and" ("only 7% | of the managers") is parallel to."""
    for i in range(len(first) - 2, 0, -1):
        word = first[i].lower()
        if first[i + 1].lower() == "of" and (numeric(word) or word in PART_WORD_SET):
            return i
    return None


def _main_predicate(kept: list[str], after: int) -> list[str]:
    """`kept` (a clause cut at "when", "where", …) from its last finite verb when two verbs
    show that the clause ended inside it: "Scotland played at the Cup | won …" (the man won,
    not Scotland)."""
    verbs = [i for i, w in enumerate(kept) if verb_like(w)]
    if len(verbs) < 2 or not finite(kept[verbs[-1]]) or verbs[-1] - verbs[0] < 2:
        return kept
    k = verbs[-1]
    prev = kept[k - 1]
    if prev.lower() in NO_PREDICATE_AFTER or verb_like(prev):
        return kept  # "when the firm said it had lost …": a clause inside the clause
    return kept[k:] if len(kept) - k + after >= MIN_WORDS else kept
