"""A phrase that says too little alone borrows whole clauses of its sentence.

An opening adjunct ("Over the course of the next …, | the word was mentioned in 80 broadcasts")
takes the clause it sets the time of; a phrase still short of MIN_WORDS telling words borrows
the clause before, the sentence's opening clause, then the rest, nearest first. Apart from
`context` (which assembles every phrase) because these take other clauses whole rather than a
noun or a subject from them (`context_hosts`, `context_referents`).
"""

from __future__ import annotations

from summarizer.figures.context_sets import ATTRIBUTION, PARTITIVE_HEADS
from summarizer.figures.context_tokens import clause_words
from summarizer.figures.phrase_kinds import finite, verb_like
from summarizer.figures.phrase_sets import MAX_WORDS, MIN_WORDS, PREPOSITIONS
from summarizer.figures.phrase_trim import telling, trim

SUBJECT_PARTS = 4  # clauses at most a subject cut at its commas runs over ("Dunn, Klain and …")
SUBJECT_ITEM = 4  # words at most of one of its items before the last


def adjunct_phrase(
    text: str, clauses: list[tuple[int, int]], left: list[str], right: list[str]
) -> str | None:
    """The phrase of a figure in an opening adjunct (the sentence's first clause) told with
    the clause after it, or None when that clause cannot be borrowed."""
    # "Over the course of the next …, | the word was mentioned in 80 broadcasts": when,
    # with what happened then (the next clause as far as the cut lets it run, the phrase
    # itself uncut; a short phrase borrows the clause below, as any too short one does).
    after = _main_clause(text, clauses)
    joined_up = after != clause_words(text[clauses[1][0] : clauses[1][1]])
    verbal = any(finite(w) or verb_like(w) for w in after)
    if verbal and telling(left, right) >= MIN_WORDS and not ATTRIBUTION.search(" ".join(after)):
        joined = [*right[:-1], right[-1] + ",", *after] if right else after
        phrase = trim(left, joined)
        grown = len(phrase.split()) > len(left) + len(right) + 1
        told = not joined_up or any(finite(w) or verb_like(w) for w in phrase.split()[len(left) :])
        if phrase.startswith(" ".join(left)) and grown and told:
            return phrase  # not "In the past … the senator, his aides": the verb was cut
    return None


def _main_clause(text: str, clauses: list[tuple[int, int]]) -> list[str]:
    """The words of the clause an opening adjunct sets: the second clause, past further
    verbless adjuncts ("Over the past …, | in long sessions, | the aides have been briefing
    her"), with the items of a subject cut at its commas ("the mayor, | her aides and her
    emails have all used")."""
    words = [clause_words(text[a:b]) for a, b in clauses[1 : 1 + SUBJECT_PARTS + 2]]
    j = 0
    while j + 1 < len(words) and words[j] and _adjunct(words[j]):
        j += 1
    parts: list[list[str]] = []
    for k in range(j, min(len(words), j + SUBJECT_PARTS)):
        parts.append(words[k])
        if not words[k] or any(finite(w) or verb_like(w) for w in words[k]):
            break
        if words[k][0].lower() in PREPOSITIONS or len(words[k]) > SUBJECT_ITEM:
            break  # no subject item: the clause as it is
    return [w for part in parts[:-1] for w in [*part[:-1], part[-1] + ","]] + parts[-1]


def _adjunct(words: list[str]) -> bool:
    """A verbless clause that opens with a preposition ("in long sessions"): a second adjunct,
    not the clause the first one sets the time of."""
    # an "-ing" noun ("evening", "morning") is no verb here
    verbless = not any(finite(w) or (verb_like(w) and not w.endswith("ing")) for w in words)
    short = len(words) <= MAX_WORDS // 2
    return bool(words) and words[0].lower() in PREPOSITIONS and verbless and short


def _partitive(text: str, clause: tuple[int, int]) -> bool:
    """Whether `clause` is a partitive aside: "two of them ...", "most of whom ..."."""
    words = [w.lower() for w in clause_words(text[clause[0] : clause[1]])[:3]]
    return len(words) >= 3 and words[1] == "of" and words[2] in PARTITIVE_HEADS


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
    if idx + 2 < len(clauses) and not right and _partitive(text, clauses[idx + 1]):
        # "Four people, | two of them wheelchair users, | moved a cursor": the aside tells
        # who some of them are; the clause after it what the figure's subject did
        order = [idx + 2, *(j for j in order if j != idx + 2)]
    if idx == 0 and left and left[0][:1].isupper() and left[0].lower() in PREPOSITIONS:
        # "Over the past …, | in long sessions, | the aides have been briefing her": the
        # adjuncts after an opening one are passed over for the clause they set
        k = 1
        while k + 1 < len(clauses) and _adjunct(clause_words(text[slice(*clauses[k])])):
            k += 1
        order = [j for j in order if j >= k]
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
