"""One story, however many feeds carry it: grouping a digest's items into stories.

Each item becomes a `Fingerprint` (bot.digest.story_fingerprint: weighted content stems of title
+ lead, numbers by value, names, places, weekdays, stages of an event); two items are one story
when bot.digest.story_compare says so (the time window, nothing sets them apart, enough shared
words) or, within a batch, when bot.digest.story_score's weighed evidence (rare names, figures
and words in common; other days, places, headline news against) reaches SCORED_LINK. Grouping
joins the pairs that pass, surest first, when every pair across the two groups passes too
(LINK_SHARE; story_compare's `contradict` also vetoes: a preview and its report, a trial's
opening and its verdict, two quarters) (`group`); deterministic. `KnownStories`
recognises a story a chat already had. The public names of both modules are re-exported
here. Pure: no I/O.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from functools import partial

from bot.digest.story_compare import (
    FIGURE_AND_NAME,
    FIGURE_NAME,
    NONE,
    SAME_STORY,
    SAME_STORY_SHARED_FIGURE,
    SAME_STORY_TFIDF,
    SAME_STORY_TFIDF_ONE_NAME,
    SCORED,
    TFIDF,
    TFIDF_LINKS,
    WINDOW,
    WORDS,
    BatchGrams,
    _no_cosine,
    common_names,
    contradict,
    ruled_out,
    same_story,
    shared_names,
    similarity,
    story_evidence,
    story_similarity,
)
from bot.digest.story_fingerprint import Fingerprint, fingerprint, specific
from bot.digest.story_score import SCORED_LINK, BatchEvidence

__all__ = [
    "FIGURE_AND_NAME",
    "FIGURE_NAME",
    "NONE",
    "SAME_STORY",
    "SAME_STORY_SHARED_FIGURE",
    "SAME_STORY_TFIDF",
    "SAME_STORY_TFIDF_ONE_NAME",
    "SCORED",
    "SCORED_LINK",
    "SCORED_LINKS",
    "TFIDF",
    "TFIDF_LINKS",
    "WINDOW",
    "WORDS",
    "BatchGrams",
    "Fingerprint",
    "KnownStories",
    "common_names",
    "fingerprint",
    "group",
    "same_story",
    "shared_names",
    "similarity",
    "story_evidence",
    "story_similarity",
]

# Two groups join when at least 1/LINK_SHARE of the pairs across them are linked: 1, every pair.
# Half (2) let one copy that looks like two stories chain them (a round-up, a follow-up repeating
# the first story's figures): on the round-5 set as the code stood before its errors were read,
# every pair took grouping precision 0.935 -> 0.964, recall 0.644 -> 0.498; docs/digest.md,
# "Session 9, third pass".
LINK_SHARE = 1
# Link pairs of a batch by their weighed evidence too (bot.digest.story_score), when their words
# alone do not reach SAME_STORY: copies told in other words.
SCORED_LINKS = True


def group(
    prints: Sequence[Fingerprint],
    tfidf: bool = TFIDF_LINKS,
    figure_name: bool = FIGURE_AND_NAME,
    scored: bool = SCORED_LINKS,
) -> list[list[int]]:
    """Indices of `prints` grouped into stories, each group in input order, groups ordered by
    their first member.

    Pairs that are one story (`story_evidence`, `BatchEvidence`) join their groups, the surest
    evidence first (shared words, then the weighed evidence, then a figure and a rare name, then
    tf-idf), the most similar first within it, but only when the pairs across the two groups are
    one story too (all of them, LINK_SHARE) and none of them contradicts (`contradict`): a single
    bridging copy does not chain two events together. Only pairs that can pass are compared
    (`_Blocks`).
    `tfidf`: link by the batch's tf-idf too, `figure_name`: by a shared figure and rare name (both
    off by default: see TFIDF_LINKS and FIGURE_AND_NAME); `scored`: by the weighed evidence of
    bot.digest.story_score (SCORED_LINKS)."""
    blocks, common = _Blocks(prints, names=tfidf), common_names(prints)
    cosine = BatchGrams(prints).cosine if tfidf else _no_cosine
    evidence: dict[tuple[int, int], tuple[int, float]] = {}
    for i, fp in enumerate(prints):
        for j in blocks.near(i):
            tier, sim = story_evidence(fp, prints[j], partial(cosine, i, j), common, figure_name)
            if tier:
                evidence[i, j] = tier, sim
    if scored:
        batch = BatchEvidence(prints)
        for i, j in batch.candidates():
            if evidence.get((i, j), (NONE, 0.0))[0] >= SCORED or ruled_out(prints[i], prints[j]):
                continue
            weighed = batch.score(i, j)
            if weighed >= SCORED_LINK:
                evidence[i, j] = SCORED, weighed
    linked = [(-tier, -sim, i, j) for (i, j), (tier, sim) in evidence.items()]
    peers: dict[int, set[int]] = defaultdict(set)  # who each item is one story with
    for i, j in evidence:
        peers[i].add(j)
        peers[j].add(i)
    linked.sort()
    members = {i: {i} for i in range(len(prints))}
    feeds = {i: Counter((fp.source,)) for i, fp in enumerate(prints) if fp.source}
    home = list(range(len(prints)))
    apart = _Apart(prints)
    for _, _, i, j in linked:
        a, b = sorted((home[i], home[j]), key=lambda g: len(members[g]))
        if a == b:
            continue
        if not _linked_enough(prints, peers, members[a], members[b], feeds.get(a), feeds.get(b)):
            continue
        if apart.any(members[a], members[b]):
            continue
        moved = members.pop(a)
        members[b] |= moved
        if a in feeds:
            feeds[b] = feeds.get(b, Counter()) + feeds.pop(a)
        for x in moved:
            home[x] = b
    return sorted((sorted(g) for g in members.values()), key=lambda g: g[0])


def _linked_enough(
    prints: Sequence[Fingerprint],
    peers: dict[int, set[int]],
    left: set[int],
    right: set[int],
    left_feeds: Counter[str] | None,
    right_feeds: Counter[str] | None,
) -> bool:
    """Whether at least 1/LINK_SHARE of the pairs across two groups are linked, leaving out
    pairs of one feed: two items of one feed are never linked unless their headlines match
    (`ruled_out`), which says nothing of whether they tell one story (a feed's update)."""
    same_feed = 0
    if left_feeds and right_feeds:
        same_feed = sum(n * right_feeds[f] for f, n in left_feeds.items() if f in right_feeds)
    if same_feed:
        across = sum(prints[x].source != prints[y].source for x in left for y in peers[x] & right)
    else:
        across = sum(len(peers[x] & right) for x in left)
    return across * LINK_SHARE >= len(left) * len(right) - same_feed


class _Apart:
    """Whether two groups hold a pair that `story_compare.contradict` says are two events (a
    match's preview and its report, a trial's opening and its verdict): then no chain of links
    joins them. Only items naming a stage, an ordinal or a score can contradict another, so only
    pairs with one are checked; each pair once."""

    def __init__(self, prints: Sequence[Fingerprint]) -> None:
        self._prints = prints
        self._marked = [bool(fp.stages or fp.scores or fp.ordinals) for fp in prints]
        self._known: dict[tuple[int, int], bool] = {}

    def any(self, left: set[int], right: set[int]) -> bool:
        marked = self._marked
        pairs = [(x, y) for x in left if marked[x] for y in right]
        pairs += [(x, y) for y in right if marked[y] for x in left if not marked[x]]
        if not pairs:
            return False
        for x, y in pairs:
            key = (x, y) if x < y else (y, x)
            found = self._known.get(key)
            if found is None:
                found = self._known[key] = contradict(self._prints[x], self._prints[y])
            if found:
                return True
        return False


class _Blocks:
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
        for i, fp in enumerate(prints):
            for key in _keys(fp, names):
                self._by_key[key].add(i)
            for number in fp.numbers:
                self._by_number[number].add(i)
            for number in fp.title_numbers:
                self._by_title_number[number].add(i)
            if not fp.title_numbers:
                self._untitled.add(i)
        self._keys = [frozenset(_keys(fp, names)) for fp in prints]

    def near(self, i: int) -> list[int]:
        fp, keys = self._prints[i], self._keys[i]
        if fp.title_numbers:  # few items can agree with a headline figure: check those
            agree = set().union(
                self._untitled,
                *(self._by_number[n] for n in fp.title_numbers),
                *(self._by_title_number[n] for n in fp.numbers),
            )
            return sorted(j for j in agree if j > i and not keys.isdisjoint(self._keys[j]))
        pool = set().union(*(self._by_key[k] for k in keys))
        return sorted(j for j in pool if j > i)


def _keys(fp: Fingerprint, names: bool) -> Iterable[str]:
    yield from fp.weights
    if names:
        yield from (f"@{a}" for a in fp.capitals)
        yield from (f"#{n}" for n in fp.numbers if specific(n))


class KnownStories:
    """Stories a destination already had, indexed by word: a candidate is compared only with
    those sharing a word with it (`same_story` passes no other)."""

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
