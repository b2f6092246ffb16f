"""One story, however many feeds carry it: near-duplicate detection over title + lead.

Each item becomes a `Fingerprint`: the folded, stemmed content words of its title and the first
LEAD_WORDS words of its text (stop words of its language dropped), and the numbers it mentions.
Two items are one story when they were published within WINDOW of each other and

- the weighted overlap of their words (title words count TITLE_WEIGHT times) reaches
  SAME_STORY (SAME_STORY_SHARED_FIGURE when both quote one specific figure: 6.1, 2,300), and
- two items of one feed also share most of their headline words (SAME_FEED_TITLE), and
- they do not contradict each other on numbers: when both mention numbers, they share one (two
  earthquakes of 6.1 and 5.4 stay apart), a figure in one headline (a 3-0 result) appears in
  the other item too (not in a match preview), and two headlines with figures share one.

A false merge hides a story from the chat, so the thresholds favour precision; bench/stories.py
measures both precision and recall on labelled pairs (docs/digest.md). Grouping is
single-link over the pairs that pass (union-find), in input order, so it is deterministic.
Pure: no I/O.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import cache

from bot.digest.filters import fold, stemmer
from summarizer.text.language import detect_language, stop_words

WINDOW = timedelta(hours=48)
LEAD_WORDS = 40
TITLE_WEIGHT = 2.0
SAME_STORY = 0.34  # weighted Jaccard of title + lead words (tuned in-sample, bench/stories.py)
SAME_STORY_SHARED_FIGURE = 0.25  # the same, when both quote one specific figure (6.1, 2,300)
# Two items of one feed are one story only with nearly the same headline (a re-publication under
# a new URL): a feed's boilerplate teaser ("Read the full story on our site") is no evidence.
SAME_FEED_TITLE = 0.6  # Jaccard of the headline words
MIN_WORDS = 3  # fewer content words than this: never merged (a title like "Live updates")
_TOKEN = re.compile(r"\w+")
_NUMBER = re.compile(r"\d+(?:[.,]\d+)?")


@dataclass(frozen=True, slots=True)
class Fingerprint:
    """What story matching compares: weighted content stems, numbers, and the time."""

    weights: dict[str, float]
    numbers: frozenset[str]
    when: datetime
    title_numbers: frozenset[str] = frozenset()
    source: str = ""  # the feed, where known

    @property
    def title_words(self) -> frozenset[str]:
        return frozenset(k for k, v in self.weights.items() if v >= TITLE_WEIGHT)

    def text(self) -> str:
        """A compact, storable form (stems with weights, numbers): the story key of an item."""
        words = " ".join(f"{w}:{v:g}" for w, v in sorted(self.weights.items()))
        numbers = f"{' '.join(sorted(self.numbers))}|{' '.join(sorted(self.title_numbers))}"
        return f"{words}|{numbers}|{' '.join(self.source.replace('|', ' ').split())}"

    @classmethod
    def parse(cls, text: str, when: datetime) -> Fingerprint:
        words, _, rest = text.partition("|")
        numbers, _, rest = rest.partition("|")
        title_numbers, _, source = rest.partition("|")
        weights = {}
        for pair in words.split():
            word, _, value = pair.rpartition(":")
            try:
                weights[word] = float(value)
            except ValueError:
                continue
        return cls(
            weights, frozenset(numbers.split()), when, frozenset(title_numbers.split()), source
        )


@cache
def _stops(language: str) -> frozenset[str]:
    try:
        return frozenset(fold(w) for w in stop_words(language))
    except LookupError:
        return frozenset()


def fingerprint(
    title: str, lead: str, when: datetime, language: str | None = None, source: str = ""
) -> Fingerprint:
    """`language` None: detected from the title and lead; `source`: the feed's name."""
    lang = language or detect_language(f"{title}. {lead}")
    stem, stops = stemmer(lang), _stops(lang)
    weights: dict[str, float] = defaultdict(float)
    numbers: set[str] = set()
    title_numbers = frozenset(_figure(n) for n in _NUMBER.findall(title))
    for weight, text in ((TITLE_WEIGHT, title), (1.0, " ".join(lead.split()[:LEAD_WORDS]))):
        numbers.update(_figure(n) for n in _NUMBER.findall(text))
        for word in _TOKEN.findall(fold(text)):
            if word in stops or word.isdigit() or len(word) < 2:
                continue
            key = stem(word)
            weights[key] = max(weights[key], weight)
    source = " ".join(source.replace("|", " ").split())
    return Fingerprint(dict(weights), frozenset(numbers), when, title_numbers, source)


def _figure(number: str) -> str:
    """4,5 and 4.5 alike; 2,300 stays 2.300 (never equal to 2.3: the digits differ)."""
    return number.replace(",", ".")


def _specific(number: str) -> bool:
    """A figure unlikely to be shared by chance: not a day of the month or a small count."""
    return not number.isdigit() or int(number) > 31


def similarity(a: Fingerprint, b: Fingerprint) -> float:
    """Weighted Jaccard of the two word sets (0 for too few words)."""
    if len(a.weights) < MIN_WORDS or len(b.weights) < MIN_WORDS:
        return 0.0
    shared = sum(min(w, b.weights[k]) for k, w in a.weights.items() if k in b.weights)
    if not shared:
        return 0.0
    total = sum(a.weights.values()) + sum(b.weights.values()) - shared
    return shared / total


def same_story(a: Fingerprint, b: Fingerprint) -> bool:
    if abs(a.when - b.when) > WINDOW:
        return False
    if a.numbers and b.numbers and not a.numbers & b.numbers:
        return False
    if (a.title_numbers and not b.numbers) or (b.title_numbers and not a.numbers):
        return False  # a figure in the headline (a score, a toll) the other never mentions
    if a.title_numbers and b.title_numbers and not a.title_numbers & b.title_numbers:
        return False  # headlines that disagree on their figures: "Part 1" and "Part 2"
    if a.source and a.source == b.source:
        ta, tb = a.title_words, b.title_words
        if not ta or len(ta & tb) / len(ta | tb) < SAME_FEED_TITLE:
            return False
    shared_figure = any(_specific(n) for n in a.numbers & b.numbers)
    return similarity(a, b) >= (SAME_STORY_SHARED_FIGURE if shared_figure else SAME_STORY)


def group(prints: Sequence[Fingerprint]) -> list[list[int]]:
    """Indices of `prints` grouped into stories (single link), each group in input order,
    groups ordered by their first member. Only pairs sharing a word are compared."""
    parent = list(range(len(prints)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    by_word: dict[str, list[int]] = defaultdict(list)
    for i, fp in enumerate(prints):
        for word in fp.weights:
            by_word[word].append(i)
    for i, fp in enumerate(prints):
        near: set[int] = set()
        for word in fp.weights:
            near.update(by_word[word])
        for j in sorted(j for j in near if j > i):
            if root(i) != root(j) and same_story(fp, prints[j]):
                parent[max(root(i), root(j))] = min(root(i), root(j))
    groups: dict[int, list[int]] = defaultdict(list)
    for i in range(len(prints)):
        groups[root(i)].append(i)
    return sorted(groups.values(), key=lambda g: g[0])


class KnownStories:
    """Stories a destination already had, indexed by word: a candidate is compared only with
    those sharing a word with it."""

    def __init__(self, known: Sequence[Fingerprint]) -> None:
        self._known = list(known)
        self._by_word: dict[str, list[int]] = defaultdict(list)
        for i, fp in enumerate(self._known):
            for word in fp.weights:
                self._by_word[word].append(i)

    def __bool__(self) -> bool:
        return bool(self._known)

    def has(self, fp: Fingerprint) -> bool:
        near = {i for word in fp.weights for i in self._by_word.get(word, ())}
        return any(same_story(fp, self._known[i]) for i in sorted(near))
