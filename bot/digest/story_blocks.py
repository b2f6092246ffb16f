"""Which pairs of a batch could be one story at all: the pairs grouping compares.

Split from bot.digest.stories (session 13): `Blocks` indexes a batch's fingerprints by word
(and, for tf-idf links, by name and specific figure) and by headline figures, so that
`stories.group` compares only pairs that story_compare's `story_evidence` can pass, not every
pair of a batch. Pure: no I/O.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence

from bot.digest.story_figures import YEAR, specific
from bot.digest.story_fingerprint import Fingerprint


class Blocks:
    """Which later items an item could be one story with: those sharing a word (with `names`, for
    tf-idf links: or a name or a specific figure), and, when both have figures in their
    headlines, one of them mentions a headline figure of the other ("Part 1" and "Part 2" never
    are). `story_evidence` passes no other pair (a figure-and-name link needs a shared word too);
    skipping them spares comparing every pair of a batch with one lead."""

    def __init__(self, prints: Sequence[Fingerprint], names: bool = False) -> None:
        self._prints = prints
        self._names = names
        self._by_key: dict[str, set[int]] = defaultdict(set)
        self._by_number: dict[str, set[int]] = defaultdict(set)
        self._by_title_number: dict[str, set[int]] = defaultdict(set)
        self._untitled: set[int] = set()
        # headlines whose figures are all years / none: story_headline_figures.YEARS_APART;
        # figures of ROUGH_MIN or more anywhere / in the headline: story_figures.roughly
        self._kind: dict[bool, set[int]] = {True: set(), False: set()}
        self._rough: set[int] = set()
        self._rough_titled: set[int] = set()
        for i, fp in enumerate(prints):
            for key in _keys(fp, names):
                self._by_key[key].add(i)
            for number in fp.numbers:
                self._by_number[number].add(i)
            for number in fp.title_numbers:
                self._by_title_number[number].add(i)
            if not fp.title_numbers:
                self._untitled.add(i)
            elif _all_years(fp.title_numbers) is not None:
                self._kind[_all_years(fp.title_numbers)].add(i)
            if fp.rough:
                self._rough.add(i)
            if fp.title_rough:
                self._rough_titled.add(i)
        self._keys = [frozenset(_keys(fp, names)) for fp in prints]

    def near(self, i: int) -> list[int]:
        fp, keys = self._prints[i], self._keys[i]
        if fp.title_numbers:  # few items can agree with a headline figure: check those
            kind = _all_years(fp.title_numbers)
            agree = set().union(
                self._untitled,
                *(self._by_number[n] for n in fp.title_numbers),
                *(self._by_title_number[n] for n in fp.numbers),
                self._kind[not kind] if kind is not None else (),
                self._rough if fp.title_rough else (),
                self._rough_titled if fp.rough else (),
            )
            return sorted(j for j in agree if j > i and not keys.isdisjoint(self._keys[j]))
        pool = set().union(*(self._by_key[k] for k in keys))
        return sorted(j for j in pool if j > i)


def _all_years(title_numbers: frozenset[str]) -> bool | None:
    """True when a headline's figures are all years, False when none is, None when mixed."""
    years = sum(n[0] == YEAR for n in title_numbers)
    return True if years == len(title_numbers) else False if not years else None


def _keys(fp: Fingerprint, names: bool) -> Iterable[str]:
    yield from fp.weights
    if names:
        yield from (f"@{a}" for a in fp.capitals)
        yield from (f"#{n}" for n in fp.numbers if specific(n))
