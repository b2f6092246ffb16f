"""A phrase that opens on a bare head noun: "a long-term | contract that takes him …" cut after
the determiner and its modifiers names no particular contract. `trim` moves such a start back
to the noun phrase's determiner (or possessive) when the phrase still fits SOFT_MAX words.
"""

from __future__ import annotations

from summarizer.figures.context_words import HEAD_REACH, NOT_HEADS, REPORTING_VERBS
from summarizer.figures.hits import word_set
from summarizer.figures.phrase_kinds import finite, verb_like
from summarizer.figures.phrase_sets import (
    FUNCTION_WORD_SET,
    OPENERS,
    PHRASE_START_SET,
    SOFT_MAX,
    START_WORDS,
    SUBORDINATOR_SET,
)

# Words that open a clause or phrase, or report one ("when", "after", "said"): never part of a
# noun phrase's modifiers, so a start is not pulled back past one.
NOT_CONTENT = FUNCTION_WORD_SET | PHRASE_START_SET | START_WORDS | SUBORDINATOR_SET
NOT_CONTENT |= word_set(REPORTING_VERBS) | word_set(NOT_HEADS)


def head_start(full: list[str], kept: list[str], right: list[str]) -> list[str]:
    """`kept`, the last words of `full`, pulled back from a head noun (or a modifier) to the
    determiner its noun phrase opens with ("contract that …" → "a long-term contract that …")."""
    k = len(full) - len(kept)
    if not kept or k <= 0 or full[k:] != kept or not _content(kept[0]):
        return kept
    j = k
    while j > 0 and k - j < HEAD_REACH and _content(full[j - 1]):
        j -= 1
    if j == 0 or not _determiner(full[j - 1]) or len(full) - j + 1 + len(right) > SOFT_MAX:
        return kept
    return full[j - 1 :]


def _content(word: str) -> bool:
    """A lower-case noun or adjective with nothing attached ("contract", "long-term"), not a
    verb or a function word."""
    bare = word.replace("-", "")
    if not (bare.isalpha() and word.islower()) or word.lower() in NOT_CONTENT:
        return False
    return not (verb_like(word) or finite(word))


def _determiner(word: str) -> bool:
    """A word a noun phrase opens with: an article or possessive ("a", "his", "Arsenal's")."""
    return word.lower() in OPENERS or word.endswith(("'s", "’s"))
