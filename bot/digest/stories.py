"""One story, however many feeds carry it: grouping a digest's items into stories.

Each item becomes a `Fingerprint` (bot.digest.story_fingerprint: weighted content stems of title
+ lead, numbers by value, names, places, weekdays, stages of an event); two items are one story
when bot.digest.story_compare says so (the time window, nothing sets them apart, enough shared
words) or, within a batch, when bot.digest.story_score's weighed evidence (rare names, figures
and words in common; other days, places, headline news against) reaches SCORED_LINK (never a
match preview against an item naming no stage: story_compare.weighed_allowed). Grouping
joins the pairs that pass, surest first, when every pair across the two groups passes too
(LINK_SHARE), or half of them and none of the rest weighs little, the two groups not told apart
by other days or figures, all their copies counted together (`_mostly_linked`,
`_stories_told_apart`); story_compare's `contradict` also vetoes: a preview and its
report, a trial's opening and its verdict, two quarters. An item left alone then joins the story
whose copies all weigh nearly enough against it (`_adopt_strays`), or the story it follows up
by a name only that story carries (bot.digest.story_followup) (`group`); deterministic.
`KnownStories` recognises a story a chat already had. The public names of both modules are
re-exported here. Pure: no I/O.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from functools import partial
from typing import NamedTuple

from bot.digest import story_followup
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
    weighed_allowed,
)
from bot.digest.story_fingerprint import (
    YEAR,
    Fingerprint,
    fingerprint,
    rough_values,
    roughly,
    specific,
)
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
# Two groups join too when at least MOSTLY_SHARE of the pairs across are linked and none of the
# others is told apart (other weekdays, other figures) or weighs below UNLINKED_FLOOR
# (bot.digest.story_score; `_mostly_linked`): a copy told in other words links to one or two of
# a story's copies, not to all, and a story many feeds carry has some such copy. None: off.
# Chosen on all sets (round 7 read, session 10): grouping recall up on every set (round 7
# 0.507 -> 0.591), no set of rounds 1-6 loses precision; docs/digest.md, "Session 10".
UNLINKED_FLOOR: float | None = -5.0
MOSTLY_SHARE = 0.5
# ... in a batch of at least this many items: in a smaller one every shared word is "rare" and
# the weighed evidence of an unlinked pair says little.
MOSTLY_MIN_BATCH = 10
# An item left alone joins a story of two or more copies when its weighed evidence reaches
# STRAY_BEST with one of them and STRAY_FLOOR with all (links need SCORED_LINK), nothing setting
# it apart (`_adopt_strays`); None: off. Chosen on all sets (session 10, in-sample): true pairs
# +2 / +8 / +2 / +6 / +10 on rounds 3-7, none false on any set; an every-copy floor of -5 merged
# two false pairs in dev.
STRAY_BEST: float | None = -2.0
STRAY_FLOOR = -3.0
# Two groups are told apart (other weekdays, other figures) by all their copies together: True;
# False: by any pair across (session 10's first pass).
APART_BY_STORY = True
# An item is a repeat of a story the destination had when their weighed evidence (story_score,
# the digest's items and the known stories as one batch) reaches REPEAT_LINK (`KnownStories
# .repeats`); None: words only (`same_story`). A repeat is never shown: stricter than a link
# (SCORED_LINK, -0.5); at 1.0 round 11's digests every 3 and 6 h said one item each known
# wrongly, at 2.0 no set did (docs/digest.md, "Session 11").
REPEAT_LINK: float | None = 2.0
# Words never call an item whose headline announces another event of a kind a repeat of a
# known story whose headline does not (REPEAT_ANOTHER_ALIKE: "Another Elmfield Avenue break-in"
# is no repeat of the first burglary there); a later copy of a second event naming no
# "second" still is ("Ferrano, autobotti nel quartiere San Rocco" after "Nuovo guasto ..."),
# by words or by the weighed evidence (`_repeat_allowed`, which refused any "another" before).
# A repeat is never shown, so it asks more than a merge, which the chat still sees. Rounds 13,
# 16, 17 (in-sample since, docs/digest.md, "Session 12, fourth pass"): 5 of the 8 items they
# suppressed wrongly were such a "second" one.
REPEAT_ANOTHER_ALIKE = True
# Words below SAME_STORY, on the bar a shared figure lowers (SAME_STORY_SHARED_FIGURE), make a
# repeat only when the pair's weighed evidence (story_score, the digest's items and the known
# stories as one batch) reaches this too: a lorry on the RN 87 hours after a car crash on it
# shares the road's number, the village and little else (-2.6 to -5.5 on round 17) where a
# story's true repeats on that bar weigh -1.3 or more but for one (rounds 9-17, in-sample; a
# link needs SCORED_LINK, -0.5, which lost round 9's day-after quake story). None: the lowered
# bar alone. Only the weighed evidence is asked; two different events on a road that both
# name the other in the lead (round 15's tractor) still pass.
REPEAT_FIGURE_LINK: float | None = -2.0
# Link pairs of a batch by their weighed evidence too (bot.digest.story_score), when their words
# alone do not reach SAME_STORY: copies told in other words.
SCORED_LINKS = True
# An item whose headline or lead opening counts its event as the second of a kind
# (Fingerprint.second: "Zweiter Brand in einer Nacht", lead "Segundo accidente del día") is
# never one story with an item not saying so published at least this many hours before it: the
# first event, reported first (`_Apart`). Copies of the second event published with it (within
# the hours) still join. None: off. Round 19 (in-sample since; docs/digest.md, "Session 12,
# sixth pass"): the barn fire hours after a furniture store's, the motorcyclist killed on the
# road of the morning's bus crash.
SECOND_APART_HOURS: float | None = 1.0


def group(
    prints: Sequence[Fingerprint],
    tfidf: bool = TFIDF_LINKS,
    figure_name: bool = FIGURE_AND_NAME,
    scored: bool = SCORED_LINKS,
    context: Sequence[Fingerprint] = (),
) -> list[list[int]]:
    """Indices of `prints` grouped into stories, each group in input order, groups ordered by
    their first member.

    Pairs that are one story (`story_evidence`, `BatchEvidence`) join their groups, the surest
    evidence first (shared words, then the weighed evidence, then a figure and a rare name, then
    tf-idf), the most similar first within it, but only when the pairs across the two groups are
    one story too (all of them, LINK_SHARE, or half of them with the rest close enough:
    `_mostly_linked`) and none of them contradicts (`contradict`): a single bridging copy does
    not chain two events together. Items left alone last join the story they fall just short
    of (`_adopt_strays`), then the story they follow up hours later in other words, by a name
    no other item carries and a word of its event (bot.digest.story_followup; docs/digest.md,
    "Session 12"). Only pairs that can pass are compared
    (`_Blocks`).
    `tfidf`: link by the batch's tf-idf too, `figure_name`: by a shared figure and rare name (both
    off by default: see TFIDF_LINKS and FIGURE_AND_NAME); `scored`: by the weighed evidence of
    bot.digest.story_score (SCORED_LINKS). `context`: the stories the destination had lately
    (its story marks), counted in the batch's statistics only: a follow-up of yesterday's story
    shares that story's words with today's other items, and without yesterday's copies they
    look rare (round 12's 12-hour digests: two false merges; docs/digest.md, "Session 11")."""
    blocks, common = _Blocks(prints, names=tfidf), common_names(prints)
    cosine = BatchGrams(prints).cosine if tfidf else _no_cosine
    evidence: dict[tuple[int, int], tuple[int, float]] = {}
    for i, fp in enumerate(prints):
        for j in blocks.near(i):
            tier, sim = story_evidence(fp, prints[j], partial(cosine, i, j), common, figure_name)
            if tier:
                evidence[i, j] = tier, sim
    batch = BatchEvidence(prints, context) if scored else None
    near: dict[int, set[int]] = defaultdict(set)  # pairs sharing a token rare in the batch
    if batch is not None:
        for i, j in batch.candidates():
            near[i].add(j)
            near[j].add(i)
            if evidence.get((i, j), (NONE, 0.0))[0] >= SCORED or ruled_out(prints[i], prints[j]):
                continue
            weighed = batch.score(i, j)
            if weighed >= SCORED_LINK and weighed_allowed(prints[i], prints[j]):
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
    refused: set[tuple[int, int, int, int]] = set()  # groups only grow: a refusal holds
    for _, _, i, j in linked:
        a, b = sorted((home[i], home[j]), key=lambda g: len(members[g]))
        if a == b:
            continue
        key = (a, len(members[a]), b, len(members[b]))
        if key in refused:
            continue
        if (
            not _linked_enough(prints, peers, members[a], members[b], feeds.get(a), feeds.get(b))
            and not _mostly_linked(prints, peers, members[a], members[b], batch)
        ) or apart.any(members[a], members[b]):
            refused.add(key)
            continue
        moved = members.pop(a)
        members[b] |= moved
        if a in feeds:
            feeds[b] = feeds.get(b, Counter()) + feeds.pop(a)
        for x in moved:
            home[x] = b
    if batch is not None and STRAY_BEST is not None and len(prints) >= MOSTLY_MIN_BATCH:
        _adopt_strays(prints, members, home, near, batch, apart)
    if batch is not None:
        story_followup.join_followups(prints, members, home, batch, apart.any)
    return sorted((sorted(g) for g in members.values()), key=lambda g: g[0])


def _adopt_strays(
    prints: Sequence[Fingerprint],
    members: dict[int, set[int]],
    home: list[int],
    near: dict[int, set[int]],
    batch: BatchEvidence,
    apart: _Apart,
) -> None:
    """Items left alone join the story of two or more copies whose weighed evidence against
    them comes closest: at least STRAY_BEST with one copy and STRAY_FLOOR with every copy of
    another feed, none of them ruled out, told apart or contradicting. Several copies falling
    just short of a link are more evidence than one pair. Only groups holding an item that
    shares a token rare in the batch with the stray are weighed; in input order."""
    for x in range(len(prints)):
        if len(members[home[x]]) != 1:
            continue
        best: tuple[float, int] | None = None
        for g in sorted({home[y] for y in near[x]} - {home[x]}):
            story = members[g]
            others = [
                y for y in story if not prints[x].source or prints[y].source != prints[x].source
            ]
            if len(story) < 2 or not others:
                continue
            if _stories_told_apart(prints, {x}, story) or any(
                ruled_out(prints[x], prints[y]) for y in others
            ):
                continue
            scores = [batch.score(min(x, y), max(x, y)) for y in others]
            if min(scores) < STRAY_FLOOR or max(scores) < STRAY_BEST or apart.any({x}, story):
                continue
            if best is None or max(scores) > best[0]:
                best = max(scores), g
        if best is not None:
            del members[home[x]]
            members[best[1]].add(x)
            home[x] = best[1]


def _mostly_linked(
    prints: Sequence[Fingerprint],
    peers: dict[int, set[int]],
    left: set[int],
    right: set[int],
    batch: BatchEvidence | None,
) -> bool:
    """Whether at least MOSTLY_SHARE of the pairs across two groups (pairs of one feed aside)
    are linked, none is told apart (`_told_apart`) and none left unlinked weighs below
    UNLINKED_FLOOR: every pair linked (LINK_SHARE) keeps one look-alike from chaining two
    stories, but splits a story whose third copy is told in other words. The weighed score is
    computed only for the few joins that ask."""
    if UNLINKED_FLOOR is None or batch is None or len(prints) < MOSTLY_MIN_BATCH:
        return False
    pairs = [
        (x, y)
        for x in left
        for y in right
        if prints[y].source != prints[x].source or not prints[x].source
    ]
    linked = sum(y in peers[x] for x, y in pairs)
    if not pairs or linked < MOSTLY_SHARE * len(pairs):
        return False
    if _stories_told_apart(prints, left, right):
        return False
    return all(
        y in peers[x]
        or (
            not ruled_out(prints[x], prints[y])
            and batch.score(min(x, y), max(x, y)) >= UNLINKED_FLOOR
        )
        for x, y in pairs
    )


def _stories_told_apart(prints: Sequence[Fingerprint], left: set[int], right: set[int]) -> bool:
    """Whether two groups name other weekdays, or specific figures on both sides and none in
    common: what a follow-up repeating its story's background differs by (a runoff's result
    and the first round's). With APART_BY_STORY each group counts as the weekdays and figures
    of all its copies: one copy gives the fine, another the speed, and a third both."""
    if not APART_BY_STORY:
        return any(_told_apart(prints[x], prints[y]) for x in left for y in right)
    return _told_apart(_facts(prints, left), _facts(prints, right))


def _facts(prints: Sequence[Fingerprint], group: set[int]) -> _Facts:
    if len(group) == 1:
        fp = prints[next(iter(group))]
        return _Facts(fp.days, frozenset(n for n in fp.numbers if specific(n)), fp.rough)
    days, figures, rough = set(), set(), []
    for i in group:
        days |= prints[i].days
        figures.update(n for n in prints[i].numbers if specific(n))
        rough.extend(prints[i].rough)
    return _Facts(frozenset(days), frozenset(figures), tuple(rough))


class _Facts(NamedTuple):
    """What tells a story from a follow-up: its weekdays, specific figures, rough figures."""

    days: frozenset[str]
    figures: frozenset[str]
    rough: tuple[tuple[float, int], ...]


def _told_apart(a: Fingerprint | _Facts, b: Fingerprint | _Facts) -> bool:
    """Other weekdays, or specific figures on both sides and none in common, not even roughly."""
    if a.days and b.days and not a.days & b.days:
        return True
    mine = a.figures if isinstance(a, _Facts) else {n for n in a.numbers if specific(n)}
    theirs = b.figures if isinstance(b, _Facts) else {n for n in b.numbers if specific(n)}
    return bool(mine and theirs and not mine & theirs) and not roughly(a.rough, b.rough)


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


def second_apart(a: Fingerprint, b: Fingerprint) -> bool:
    """Whether one of the two counts its event as the second of a kind (Fingerprint.second)
    and the other, not saying so, was published SECOND_APART_HOURS or more before it: the
    first event. Both must be dated."""
    if SECOND_APART_HOURS is None or a.second == b.second or not (a.dated and b.dated):
        return False
    first, second = (b, a) if a.second else (a, b)
    return second.stamp - first.stamp >= SECOND_APART_HOURS * 3600


def denies(a: Fingerprint, b: Fingerprint) -> bool:
    """Whether one item's headline names what the other denies a link with
    (`story_reference.denied_stems`): the arrest "not connected to the morning's jewellery
    raid" and "Armed raid on Dunlow jewellers" are two events, whatever else they share."""
    return bool(a.denied & b.title_words) or bool(b.denied & a.title_words)


class _Apart:
    """Whether two groups hold a pair that `story_compare.contradict` says are two events (a
    match's preview and its report, a trial's opening and its verdict) or `second_apart` or
    `denies` does (an arrest "not connected to the jewellery raid"): then no
    chain of links joins them. Only items naming a stage, an ordinal, a score, a second event
    or a denied link can be told apart so, so only pairs with one are checked; each pair once."""

    def __init__(self, prints: Sequence[Fingerprint]) -> None:
        self._prints = prints
        self._marked = [
            bool(fp.stages or fp.scores or fp.ordinals or fp.second or fp.denied) for fp in prints
        ]
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
                a, b = self._prints[x], self._prints[y]
                found = self._known[key] = contradict(a, b) or second_apart(a, b) or denies(a, b)
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
        # headlines whose figures are all years / none: story_compare.YEARS_APART; figures of
        # ROUGH_MIN or more anywhere / in the headline: story_fingerprint.roughly
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
            if rough_values(fp.title_numbers):
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
                self._rough if rough_values(fp.title_numbers) else (),
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


def _repeat_allowed(a: Fingerprint, b: Fingerprint) -> bool:
    """Whether weighed evidence may call `a` a repeat of the known story `b`: what lets it
    link two items of a batch (`weighed_allowed`), and `a`'s headline announces no other
    event of a kind ("ruft auch ... zurück": the firm's second recall, round 5) unless the
    known story's does too (REPEAT_ANOTHER_ALIKE; False: neither may announce one). A repeat
    is never shown, so it asks more than a link within a digest, which the chat still sees."""
    if not weighed_allowed(a, b) or second_apart(a, b) or denies(a, b):
        return False
    if REPEAT_ANOTHER_ALIKE:
        return not a.another or b.another
    return not (a.another or b.another)


def _words_repeat(fp: Fingerprint, known: Fingerprint) -> float:
    """How alike words say `fp` and the known story are as a repeat (`story_similarity`), 0
    when `fp`'s headline announces another event of a kind and the known story's does not
    (REPEAT_ANOTHER_ALIKE)."""
    if REPEAT_ANOTHER_ALIKE and fp.another and not known.another:
        return 0.0
    if second_apart(fp, known) or denies(fp, known):
        return 0.0  # a second event's item, the first event known (SECOND_APART_HOURS)
    return story_similarity(fp, known)


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

    @property
    def prints(self) -> Sequence[Fingerprint]:
        """The known stories' fingerprints (a digest's batch statistics count them: `group`)."""
        return self._known

    def has(self, fp: Fingerprint) -> bool:
        return self._by_words(fp)[0]

    def _by_words(self, fp: Fingerprint) -> tuple[bool, list[int]]:
        """(whether words alone make `fp` a repeat, the known stories it meets only on the
        bar a shared figure lowers when REPEAT_FIGURE_LINK must confirm those)."""
        near = {i for word in fp.weights for i in self._by_word.get(word, ())}
        figure = []
        for i in sorted(near):
            sim = _words_repeat(fp, self._known[i])
            if sim >= SAME_STORY or (sim > 0 and REPEAT_FIGURE_LINK is None):
                return True, []
            if sim > 0:
                figure.append(i)
        return False, figure

    def repeats(self, prints: Sequence[Fingerprint]) -> list[bool]:
        """Which of a digest's items tell a story the destination had: `has` (shared words),
        or bot.digest.story_score's weighed evidence reaching REPEAT_LINK against a known
        story, the digest's items and the known stories counted as one batch, for a pair the
        time credit applies to (`BatchEvidence.timed`: both dated, a key figure or a rare
        name in common; a known story's mark keeps its item's publication time), nothing
        ruling it out (`ruled_out`, `_repeat_allowed`). Words (`_by_words`) ask more than a
        merge: no lone "another" headline, and on the bar a shared figure lowers the weighed
        evidence too (REPEAT_ANOTHER_ALIKE, REPEAT_FIGURE_LINK). Words alone found 0.11-0.57 of
        the repeats of rounds 9-12 across digests every 3-24 h (docs/digest.md, "Session 11")."""
        if not self._known:
            return [False] * len(prints)
        words = [self._by_words(fp) for fp in prints]
        out = [hit for hit, _ in words]
        n = len(prints)
        if all(out) or (REPEAT_LINK is None and not any(f for _, f in words)):
            return out
        evidence = BatchEvidence([*prints, *self._known])
        for i, (_, figure) in enumerate(words):
            if REPEAT_FIGURE_LINK is not None and any(
                evidence.score(i, n + j) >= REPEAT_FIGURE_LINK for j in figure
            ):
                out[i] = True
        if REPEAT_LINK is None:
            return out
        for i, j in evidence.candidates(split=n):
            if out[i]:
                continue
            known = self._known[j - n]
            if ruled_out(prints[i], known) or not _repeat_allowed(prints[i], known):
                continue
            if evidence.timed(i, j) and evidence.score(i, j) >= REPEAT_LINK:
                out[i] = True
        return out
