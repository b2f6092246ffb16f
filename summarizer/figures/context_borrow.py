"""A phrase that says too little alone borrows whole clauses of its sentence.

An opening adjunct ("Over the course of the next …, | the word was mentioned in 80 broadcasts")
takes the clause it sets the time of; a phrase still short of MIN_WORDS telling words borrows
the clause before, the sentence's opening clause, then the rest, nearest first. Apart from
`context` (which assembles every phrase) because these take other clauses whole rather than a
noun or a subject from them (`context_hosts`, `context_referents`).
"""

from __future__ import annotations

from summarizer.figures.context_sets import ATTRIBUTION
from summarizer.figures.context_tokens import clause_words
from summarizer.figures.phrase_kinds import finite, verb_like
from summarizer.figures.phrase_sets import MAX_WORDS, MIN_WORDS, PREPOSITIONS
from summarizer.figures.phrase_trim import telling, trim


def adjunct_phrase(
    text: str, clauses: list[tuple[int, int]], left: list[str], right: list[str]
) -> str | None:
    """The phrase of a figure in an opening adjunct (the sentence's first clause) told with
    the clause after it, or None when that clause cannot be borrowed."""
    # "Over the course of the next …, | the word was mentioned in 80 broadcasts": when,
    # with what happened then (the next clause as far as the cut lets it run, the phrase
    # itself uncut; a short phrase borrows the clause below, as any too short one does).
    after = clause_words(text[clauses[1][0] : clauses[1][1]])
    verbal = any(finite(w) or verb_like(w) for w in after)
    if verbal and telling(left, right) >= MIN_WORDS and not ATTRIBUTION.search(" ".join(after)):
        joined = [*right[:-1], right[-1] + ",", *after] if right else after
        phrase = trim(left, joined)
        if phrase.startswith(" ".join(left)) and len(phrase.split()) > len(left) + len(right) + 1:
            return phrase
    return None


def borrowed_phrase(
    text: str, clauses: list[tuple[int, int]], idx: int, left: list[str], right: list[str]
) -> str:
    """The phrase of a figure whose own words say too little, with neighbouring clauses."""
    a, b = clauses[idx]
    # Too short: borrow the clause just before (what the figure's clause goes on from: "sued
    # her in 2005, | settling for $3.4m"), then the sentence's opening clause (usually the
    # subject), then the rest, nearest first.
    order = [*range(idx - 1, -1, -1), *range(idx + 1, len(clauses))]
    # A figure alone between commas ("app owners, 42%, check the weather daily") is an aside: the
    # clause before names what it counts, the clause after what they do; both are borrowed.
    aside = not left and not right and 0 < idx < len(clauses) - 1
    aside = aside and text[a - 2 : a - 1] == "," and text[b : b + 1] == ","
    if aside:
        order = [idx - 1, idx + 1, *(j for j in order if j not in (idx - 1, idx + 1))]
    borrowed: dict[int, list[str]] = {}
    for j in order:
        enough = telling(left, right) + sum(map(len, borrowed.values())) >= MIN_WORDS
        # "over the next six years, | … ;": a clause of no verb says what a verb does
        words = [*left, *right, *(w for ws in borrowed.values() for w in ws)]
        verbal = any(verb_like(w) for w in words) or len(words) >= MAX_WORDS
        verbal |= any(ws[0].lower() not in PREPOSITIONS for ws in borrowed.values())
        enough = enough and verbal
        if enough and not (aside and j == idx + 1 and idx - 1 in borrowed):
            break
        words = clause_words(text[clauses[j][0] : clauses[j][1]])
        if words == left[: len(words)]:
            continue  # "IBM, | according to …, | has …": the subject is in already
        if words and not ATTRIBUTION.search(" ".join(words)):
            borrowed[j] = words
    for j in sorted(borrowed, reverse=True):
        if j < idx:
            left = [*borrowed[j][:-1], borrowed[j][-1] + ",", *left]
    for j in sorted(borrowed):
        if j > idx:
            right = [*right[:-1], right[-1] + ",", *borrowed[j]] if right else borrowed[j]
    return trim(left, right)
