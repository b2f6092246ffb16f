"""A tail that runs on past a clause a missing comma should have closed is cut where it ends.

News copy often drops the comma after an opening subordinate clause: "After Smith had fired a
free-kick 20 yards out Jones showed him how". The clause finder sees one clause, so the phrase
of "20 yards" runs "… out Jones showed him how", into the main clause. When the sentence opens
with a subordinator and no comma comes before the figure, a capitalised word (a name) followed
by a verb in the tail starts that main clause: the tail stops before it.
"""

from __future__ import annotations

from summarizer.figures.context_sets import RUN_ON_OPENERS
from summarizer.figures.phrase_kinds import finite, verb_like
from summarizer.figures.phrase_sets import FUNCTION_WORD_SET, MIN_WORDS, PREPOSITIONS

MARK = "…"


def run_on_cut(phrase: str, text: str, s_start: int, f_start: int) -> str:
    """`phrase` with its tail cut before a main clause that a lost comma ran on into, else
    `phrase`."""
    head = text[s_start:f_start]
    first = head.split()[:1]
    if not first or first[0].strip("\"“'‘").lower() not in RUN_ON_OPENERS or "," in head:
        return phrase
    words = phrase.split()
    if MARK not in words:
        return phrase
    m = words.index(MARK)
    for k in range(m + 2, len(words) - 1):
        prev, word, nxt = words[k - 1], words[k], words[k + 1]
        if not (prev.isalpha() and prev.islower()) or prev in FUNCTION_WORD_SET:
            continue  # "a free-kick … in London": no clause starts after a preposition
        if prev in PREPOSITIONS or not (word[:1].isupper() and word.isalpha()):
            continue
        if nxt.islower() and (finite(nxt) or (verb_like(nxt) and nxt.endswith("ed"))):
            kept = words[:k]
            return " ".join(kept) if len(kept) - 1 >= MIN_WORDS else phrase
    return phrase
