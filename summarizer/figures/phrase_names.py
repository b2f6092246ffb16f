"""Names at a phrase's edges: a phrase neither opens nor ends inside a run of capitalised words
("director Zhang | Yimou's …", "the return of Doctor | Who"), since a name cut in two names no
one. `trim` moves a cut edge out to the whole name when the phrase still fits SOFT_MAX words;
`context` keeps a whole name where it lends a relative clause only its antecedent's head.
"""

from __future__ import annotations

from summarizer.figures.context_words import NAME_BREAKS, NAME_DETERMINERS, NAME_REACH
from summarizer.figures.hits import word_set
from summarizer.figures.phrase_sets import (
    FUNCTION_WORD_SET,
    MAX_WORDS,
    PHRASE_START_SET,
    SOFT_MAX,
    START_WORDS,
    SUBORDINATOR_SET,
)

NAME_BREAK_SET = word_set(NAME_BREAKS)
NAME_DETERMINER_SET = word_set(NAME_DETERMINERS)
# A sentence's first word that opens a clause or phrase ("After", "When", "But"): no name's.
NOT_NAME_OPENERS = FUNCTION_WORD_SET | PHRASE_START_SET | START_WORDS | SUBORDINATOR_SET


def name_start(full: list[str], kept: list[str], right: list[str]) -> list[str]:
    """`kept`, the last words of `full`, pulled back to the first word of the name it opens
    inside ("Yimou's epic Hero" → "Zhang Yimou's epic Hero"), with its determiner."""
    k = len(full) - len(kept)
    if not kept or k <= 0 or full[k:] != kept or not _capital(kept[0]):
        return kept
    j = k
    while j > 0 and k - j < NAME_REACH and _joins(full[j - 1]) and _named(full, j - 1):
        j -= 1
    if j == k:
        return kept
    if j > 0 and full[j - 1].lower() in NAME_DETERMINER_SET:
        j -= 1  # "the Athens Olympics"
    if len(full) - j + len(right) > SOFT_MAX:
        return kept
    return full[j:]


def name_end(full: list[str], kept: list[str], left: list[str]) -> list[str]:
    """`kept`, the first words of `full`, carried on to the last word of the name it ends
    inside ("the return of Doctor" → "the return of Doctor Who")."""
    n = len(kept)
    if not kept or n >= len(full) or full[:n] != kept or not _capital(kept[-1]):
        return kept
    m = n
    while m < len(full) and m - n < NAME_REACH and _joins(full[m - 1]) and _capital(full[m]):
        m += 1
    if m == n or len(left) + m > SOFT_MAX:
        return kept
    return full[:m]


def name_tail(words: list[str]) -> list[str]:
    """The last word of `words` with the rest of the name it ends ("rap star Kanye West" →
    "Kanye West", "the Athens Olympics" → "the Athens Olympics"); a common noun alone."""
    j = len(words) - 1
    if j < 0 or not _capital(words[j]):
        return words[-1:]
    while j > 0 and len(words) - j < NAME_REACH and _joins(words[j - 1]) and _named(words, j - 1):
        j -= 1
    if j > 0 and words[j - 1].lower() in NAME_DETERMINER_SET:
        j -= 1
    return words[j:]


def whole_name(name: list[str], rest: int) -> bool:
    """Whether `name` is a name of more than one word ("Kanye West", "the Athens Olympics")
    that with `rest` words of its relative clause is too long for MAX_WORDS but fits SOFT_MAX:
    the phrase is kept whole, so no cut splits the name or takes it off its clause."""
    if len(name) < 2 or name_tail(name) != name:
        return False
    return MAX_WORDS < len(name) + rest <= SOFT_MAX


def _capital(word: str) -> bool:
    """A word that starts with a capital letter and is not the pronoun "I"."""
    return word[:1].isupper() and word.lower() not in NAME_BREAK_SET


def _named(words: list[str], i: int) -> bool:
    """Whether `words[i]` belongs to the name after it: capitalised, and where it opens the
    words not a capitalised function word ("But", "After": a sentence's first word)."""
    if not _capital(words[i]):
        return False
    return i > 0 or words[i].lower() not in NOT_NAME_OPENERS


def _joins(word: str) -> bool:
    """Whether nothing parts `word` from the next one (no comma, bracket or quote after it)."""
    return word[-1:].isalnum()
