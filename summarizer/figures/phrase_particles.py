"""A phrasal verb's particle at a phrase's end: "the votes are due to be handed in | by May"
is cut before "by", and "in" is the verb's, not a dangling preposition; `trim` keeps it.
"""

from __future__ import annotations

from summarizer.figures.context_words import TAIL_PARTICLES
from summarizer.figures.hits import word_set
from summarizer.figures.phrase_kinds import verb_like
from summarizer.figures.phrase_sets import PREPOSITIONS

TAIL_PARTICLE_SET = word_set(TAIL_PARTICLES)


def particle_end(full: list[str], kept: list[str]) -> bool:
    """Whether `kept`, the first words of `full`, ends on a participle's particle ("handed in")
    that a preposition follows in `full` ("by 4 May"), or that ends the clause after a
    gerund ("plan on tuning in | (21.5%)": nothing follows it for it to take)."""
    n = len(kept)
    if n < 2 or n > len(full) or full[:n] != kept or kept[-1].lower() not in TAIL_PARTICLE_SET:
        return False
    if n == len(full):
        return kept[-2].islower() and kept[-2].endswith("ing") and verb_like(kept[-2])
    if full[n].lower() not in PREPOSITIONS:
        return False
    return kept[-2].islower() and verb_like(kept[-2])
