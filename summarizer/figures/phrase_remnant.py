"""A cut start that keeps only the last word of a noun phrase before its verb ("the council |
tax would be funded by …"): the phrase takes the whole noun phrase back when it is a
subject (a determiner opens it, no verb or preposition before it), else starts at the verb.

Apart from `phrase_start` (which picks the start) because it reads the noun phrase the start
cut, not the start itself.
"""

from __future__ import annotations

from summarizer.figures.phrase_kinds import finite, numeric, plain, verb_like
from summarizer.figures.phrase_sets import (
    FUNCTION_WORD_SET,
    MIN_WORDS,
    OPENERS,
    PREPOSITIONS,
    RELATIVE,
    SOFT,
    SOFT_MAX,
    SUBJECTS,
)

NOUN_BACK = 3  # words back at most to the determiner of the noun phrase a start cut


def noun_remnant(words: list[str], start: int) -> list[str] | None:
    """`words` from the noun phrase's determiner, or from the verb when the noun phrase is a
    verb's or preposition's object ("replacing the council | tax would be"), when
    `words[start]` is the last word of a noun phrase that opens with a determiner and a finite
    verb follows; None when the start is no such remnant."""
    if not 0 < start < len(words) - 1 or not finite(words[start + 1]):
        return None
    if not _noun_word(words[start]):
        return None
    k = start - 1
    while k > 0 and start - k < NOUN_BACK and _noun_word(words[k]):
        k -= 1
    if words[k].lower() not in OPENERS:
        return None  # "older | workers were", "I think | players are": no determiner to read by
    prev = words[k - 1] if k > 0 else ""
    if not (verb_like(prev) or prev.lower() in PREPOSITIONS) and len(words) - k <= SOFT_MAX:
        return words[k:]  # "the annual | budget rose …": the whole subject
    return words[start + 1 :] if len(words) - start - 1 >= MIN_WORDS else None


def _noun_word(word: str) -> bool:
    """A plain lower-case word a noun phrase may hold ("council", "tax"), no verb form."""
    low = word.lower()
    if not plain(word) or not word.islower() or numeric(word) or verb_like(word):
        return False
    return low not in FUNCTION_WORD_SET | SUBJECTS | RELATIVE | SOFT | PREPOSITIONS | OPENERS
