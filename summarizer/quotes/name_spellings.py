"""Spellings of one person's name: a surname typed with a letter doubled or single, or two
letters swapped, a particle capitalised where it opens a sentence, and the one order in which
names that end alike are tried.

Apart from `names` because telling a second spelling from a second person is a job of its
own (split out of `names` in session 24, behaviour unchanged).
"""

from __future__ import annotations

import re

from summarizer.quotes.name_lexicon import NAME_PARTICLES

VARIANT_MIN_LETTERS = 5  # a surname shorter than this is not read as another's typo
_DOUBLED = re.compile(r"(\w)\1")


def ends_as(full: str, tokens: list[str]) -> bool:
    """`full` ends with the name `tokens` spell; a particle opening them may be capitalised
    where it opens a sentence ("De Blasio said" of "Bill de Blasio", reading23)."""
    said = " ".join(tokens)
    if full.endswith(said):
        return True
    lead = tokens[0]
    return lead.lower() in NAME_PARTICLES and full.endswith(" ".join([lead.lower(), *tokens[1:]]))


def particle_led(full: str) -> bool:
    """A name that opens with a particle ("De Vries"): another spelling of a name that has
    it inside ("Pieter de Vries"), not another person."""
    return full.split()[0].lower() in NAME_PARTICLES


def longest_first(name: str) -> tuple[int, str]:
    """Sort key: longer names first, equal lengths by spelling (the same order every run)."""
    return -len(name), name


def _undoubled(word: str) -> str:
    """`word` with every doubled letter written once ("Hassell" -> "Hasel")."""
    return _DOUBLED.sub(r"\1", word.lower())


def _swapped(a: str, b: str) -> bool:
    """`a` is `b` with two letters next to each other swapped ("Montieth", "Monteith")."""
    a, b = a.lower(), b.lower()
    if len(a) != len(b) or a == b:
        return False
    diff = [i for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]
    return len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]]


def spelt_otherwise(full: dict[str, str], key: str) -> str | None:
    """The one full name (of `full`, by surname) whose surname is `key` with a letter doubled
    or single ("Hassel" for "Brian Hassell"), or two letters next to each other swapped
    ("Montieth" for "David Monteith", bbc_train4 dev, read in session 22: in-sample): a typo
    the reader reads past, not a second person (Session 17). None for a short word, or when
    no name or two names are spelt so."""
    if len(key) < VARIANT_MIN_LETTERS or key in full:
        return None
    short = _undoubled(key)
    found = {
        f for k, f in full.items() if k != key and (_undoubled(k) == short or _swapped(k, key))
    }
    return found.pop() if len(found) == 1 else None
