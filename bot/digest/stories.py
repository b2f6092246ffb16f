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
bot.digest.story_apart); story_compare's `contradict` also vetoes: a preview and its
report, a trial's opening and its verdict, two quarters. An item left alone then joins the story
whose copies all weigh nearly enough against it (`_adopt_strays`), or the story it follows up
by a name only that story carries (bot.digest.story_followup) (`group`); in a day's batch a
last pass lets an item still alone join the story its best pair nearly links, every copy
weighing not far below (BIG_STRAY_BEST: a reaction hours later); deterministic. Only pairs
that can pass are compared (bot.digest.story_blocks).
`KnownStories` (bot.digest.story_known) recognises a story a chat already had. The public names
of story_compare and story_fingerprint, and `KnownStories`, are re-exported here: callers take
story matching from one module. Pure: no I/O.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from functools import partial

from bot.digest import story_followup
from bot.digest.story_apart import Apart, stories_told_apart
from bot.digest.story_blocks import Blocks
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
    ruled_out,
    same_story,
    shared_names,
    similarity,
    story_evidence,
    story_similarity,
    weighed_allowed,
)
from bot.digest.story_fingerprint import Fingerprint, fingerprint
from bot.digest.story_known import KnownStories
from bot.digest.story_score import EXCLUSIVE_DF, FIGURE_MARK, NAME_MARK, SCORED_LINK, BatchEvidence

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
# In a batch of at least BIG_BATCH items (a day's digest: 40-60), `_mostly_linked` asks less: a
# third (BIG_SHARE) of the pairs across linked, the rest weighing at least BIG_FLOOR, and two
# groups told apart by other weekdays or figures (story_apart.stories_told_apart: a story's
# follow-up) still join when a pair across is linked by weighed evidence of at least BIG_TOLD_LINK
# (links need SCORED_LINK): a day's copies of one story give the morning's and the evening's
# figures and days, a reaction piece none of the report's. Chosen on rounds 9, 10, 12-23, 27
# (read, in-sample): every 24 h pooled 0.997 / 0.806 -> 0.997 / 0.817, no false merge added;
# docs/digest.md, "Session 14: joining in big batches". None: off.
BIG_BATCH: int | None = 20
BIG_SHARE = 0.3
BIG_FLOOR = -8.0
BIG_TOLD_LINK = 0.0
# An item left alone joins a story of two or more copies when its weighed evidence reaches
# STRAY_BEST with one of them and STRAY_FLOOR with all (links need SCORED_LINK), nothing setting
# it apart (`_adopt_strays`); None: off. Chosen on all sets (session 10, in-sample): true pairs
# +2 / +8 / +2 / +6 / +10 on rounds 3-7, none false on any set; an every-copy floor of -5 merged
# two false pairs in dev.
STRAY_BEST: float | None = -2.0
STRAY_FLOOR = -3.0
# After the follow-ups, an item still alone may join another lone item by the strays' rule
# (`_adopt_strays` with `least=1`: at least STRAY_BEST, nothing ruling the pair out or
# telling them apart), in batches of MOSTLY_MIN_BATCH or more. A daily digest's batch is big,
# so a town's or a club's name is no longer rare in it, and a teaser minutes after its fuller
# copy or a reaction piece hours later falls short of SCORED_LINK; the strays' rule asked two
# copies of the story. Chosen on rounds 9-23 and 27 (read): every 24 h pooled 0.997 / 0.798
# -> see docs/digest.md, "Session 14", with its check on rounds nobody read. False: off.
LONE_STRAYS = True
# ... and a lone item is one copy, less evidence than the two or more a story's strays weigh:
# the pair must reach LONE_BEST (a firm's two announcements weigh -1.7, a teaser ten hours after
# its story -2.0: tests/test_story_score.py, tests/test_digest_stories_s12c.py).
LONE_BEST = -1.5
# In a batch of BIG_BATCH items or more (a day's digest), an item still alone at the end joins
# a story of two or more copies when its best pair weighs at least BIG_STRAY_BEST, every copy
# of another feed at least BIG_STRAY_FLOOR, and no item outside that story comes within
# BIG_STRAY_MARGIN of that best pair (`_adopt_strays` with these): a reaction piece hours after
# a story ("Residents ask for a crossing light" after a pensioner is hit on it) shares the place
# and a word or two of the event with one copy and little with its teaser, so it falls short of
# the strays' every-copy floor; a town's other event the same day shares the place as well, and
# the margin keeps an item that is as close to another story alone. A story told apart by other
# weekdays or figures (`stories_told_apart`: the reaction brings its own count) needs a best pair
# of BIG_STRAY_TOLD. Chosen on rounds 9-10, 12-23, 27 and 33-34 (read, in-sample), every
# 24 h: +34 / +11 true pairs, none false; edges: best -2.5 adds a false pair, floor -9 ten,
# no margin four (at best -2.5), told -2.0 two (docs/digest.md, "Session 15: daily recall").
# None: off.
BIG_STRAY_BEST: float | None = -2.0
BIG_STRAY_FLOOR = -7.0
BIG_STRAY_MARGIN = 0.5
BIG_STRAY_TOLD = -1.5
# ... and only items with their own publication time (Fingerprint.dated) within this many hours
# of the story's nearest copy, as for follow-ups: without times the pass merged a mayor's two
# announcements and a festival's cancellation with its programme in the untimed dev set
# (`python -m bench.stories`: 2 -> 6 false merges).
BIG_STRAY_HOURS = 24.0
# ... and (BIG_LONE) an item alone may join another item alone that way too when the two share
# a word (no name, no figure) at most story_score.EXCLUSIVE_DF items carry: a teaser minutes
# after its one fuller copy ("Island ferry halted" / "Engine fault stops the Skerry ferry");
# without the word, two countries' items sharing one percentage met (round 34). False: off.
BIG_LONE = True
# A stray never joins a story of two or more copies that all came FOLLOW_BEFORE_HOURS or more
# after it (story_followup.before_story): a reaction follows its story, and an item hours
# before every copy is its own earlier event (a street's resurfacing 10 h before a gas leak
# on it joined by the big pass; round 27 every 24 h, in-sample, docs/digest.md, "Session 15:
# daily precision"). Rounds 9, 10, 12-23, 27, 35, 37 (read): every 24 h 2 false pairs fewer,
# no true pair lost; later lines every 6 h 8 false fewer, 2 true. False: off.
STRAY_BEFORE = True
# ... and the two lone items were published at most LONE_HOURS apart. Within a digest they are
# (a day's at most); later coverage (bot.digest.story_later) groups a digest's items with the
# stories the chat had up to two days before, and there a council leader's parking rise joined
# the roadworks she had spoken of 33 hours earlier, a mayor's school canteen a street's
# complaint 32 hours later. Rounds 9, 10, 12-23, 27, 35, 37 (read, in-sample) every 6 and
# 24 h: every lone pair so joined 24 hours apart or more was two stories; later lines every
# 24 h 5 false fewer, 1 true (docs/digest.md, "Session 15: daily precision"). None: any time.
LONE_HOURS: float | None = 24.0
# Link pairs of a batch by their weighed evidence too (bot.digest.story_score), when their words
# alone do not reach SAME_STORY: copies told in other words.
SCORED_LINKS = True


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
    "Session 12"); in a batch of BIG_BATCH or more, an item still alone joins the story (or
    the lone item) its best pair nearly links (`_adopt_strays` with `big`: BIG_STRAY_BEST;
    docs/digest.md, "Session 15: daily recall"). Only pairs that can pass are compared
    (`Blocks`).
    `tfidf`: link by the batch's tf-idf too, `figure_name`: by a shared figure and rare name (both
    off by default: see TFIDF_LINKS and FIGURE_AND_NAME); `scored`: by the weighed evidence of
    bot.digest.story_score (SCORED_LINKS). `context`: the stories the destination had lately
    (its story marks), counted in the batch's statistics only: a follow-up of yesterday's story
    shares that story's words with today's other items, and without yesterday's copies they
    look rare (round 12's 12-hour digests: two false merges; docs/digest.md, "Session 11")."""
    blocks, common = Blocks(prints, names=tfidf), common_names(prints)
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
    apart = Apart(prints)
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
    if (
        batch is not None
        and LONE_STRAYS
        and STRAY_BEST is not None
        and len(prints) >= MOSTLY_MIN_BATCH
    ):
        _adopt_strays(prints, members, home, near, batch, apart, least=1)
    if (
        batch is not None
        and BIG_STRAY_BEST is not None
        and BIG_BATCH is not None
        and len(prints) >= BIG_BATCH
    ):
        _adopt_strays(prints, members, home, near, batch, apart, big=True)
    return sorted((sorted(g) for g in members.values()), key=lambda g: g[0])


def _adopt_strays(
    prints: Sequence[Fingerprint],
    members: dict[int, set[int]],
    home: list[int],
    near: dict[int, set[int]],
    batch: BatchEvidence,
    apart: Apart,
    least: int = 2,
    big: bool = False,
) -> None:
    """Items left alone join the story of `least` or more copies whose weighed evidence against
    them comes closest: at least STRAY_BEST with one copy and STRAY_FLOOR with every copy of
    another feed, none of them ruled out, told apart or contradicting. Several copies falling
    just short of a link are more evidence than one pair. Only groups holding an item that
    shares a token rare in the batch with the stray are weighed; in input order. `big`: a day's
    batch's last pass (BIG_STRAY_BEST, BIG_STRAY_FLOOR, BIG_STRAY_TOLD for a story told apart,
    every pair one a weighed link may join), and no item outside the story within
    BIG_STRAY_MARGIN of the best pair."""
    for x in range(len(prints)):
        if len(members[home[x]]) != 1:
            continue
        best: tuple[float, int] | None = None
        for g in sorted({home[y] for y in near[x]} - {home[x]}):
            story = members[g]
            others = [
                y for y in story if not prints[x].source or prints[y].source != prints[x].source
            ]
            if len(story) < ((1 if BIG_LONE else 2) if big else least) or not others:
                continue
            if big and not _within(prints, x, story, BIG_STRAY_HOURS):
                continue
            if STRAY_BEFORE and story_followup.before_story(prints[x], story, prints):
                continue
            told = stories_told_apart(prints, {x}, story)
            if (told and not big) or any(ruled_out(prints[x], prints[y]) for y in others):
                continue
            if (len(story) == 1 or big) and not all(  # what a weighed link may join
                weighed_allowed(*_ordered(prints, x, y)) for y in story
            ):
                continue
            if len(story) == 1 and _lone_apart(prints[x], prints[next(iter(story))]):
                continue
            scores = [batch.score(min(x, y), max(x, y)) for y in others]
            least_best = STRAY_BEST if len(story) > 1 else LONE_BEST
            floor = STRAY_FLOOR
            if big:
                least_best = BIG_STRAY_TOLD if told else (BIG_STRAY_BEST or 0.0)
                if len(story) == 1 and not _shared_stem(batch, x, next(iter(story))):
                    continue
                floor = BIG_STRAY_FLOOR
            if min(scores) < floor or max(scores) < least_best or apart.any({x}, story):
                continue
            if big and _rival(batch, x, near[x] - story) > max(scores) - BIG_STRAY_MARGIN:
                continue
            if best is None or max(scores) > best[0]:
                best = max(scores), g
        if best is not None:
            del members[home[x]]
            members[best[1]].add(x)
            home[x] = best[1]


def _ordered(prints: Sequence[Fingerprint], x: int, y: int) -> tuple[Fingerprint, Fingerprint]:
    """The prints of items x and y, the earlier index first (as pairs are weighed)."""
    return (prints[x], prints[y]) if x < y else (prints[y], prints[x])


def _within(prints: Sequence[Fingerprint], x: int, story: set[int], hours: float) -> bool:
    """Whether item x and the story's copies all carry their own publication times and x came
    within `hours` of the nearest copy."""
    if not prints[x].dated or not all(prints[y].dated for y in story):
        return False
    return min(abs(prints[x].stamp - prints[y].stamp) for y in story) <= hours * 3600


def _shared_stem(batch: BatchEvidence, x: int, y: int) -> bool:
    """Whether items x and y share a word (no name, no figure) at most EXCLUSIVE_DF items of
    the batch carry."""
    shared = batch.tokens(x) & batch.tokens(y)
    return any(
        t[0] not in (NAME_MARK, FIGURE_MARK) and batch.carriers(t) <= EXCLUSIVE_DF for t in shared
    )


def _rival(batch: BatchEvidence, x: int, outside: set[int]) -> float:
    """The best weighed evidence of item x with any of `outside` (items of other stories that
    share a rare token with it): a town's other event as close as the story it would join."""
    return max((batch.score(min(x, y), max(x, y)) for y in outside), default=float("-inf"))


def _lone_apart(a: Fingerprint, b: Fingerprint) -> bool:
    """Whether two lone items were published more than LONE_HOURS apart (`_adopt_strays`)."""
    return LONE_HOURS is not None and abs(a.stamp - b.stamp) > LONE_HOURS * 3600


def _mostly_linked(
    prints: Sequence[Fingerprint],
    peers: dict[int, set[int]],
    left: set[int],
    right: set[int],
    batch: BatchEvidence | None,
) -> bool:
    """Whether at least MOSTLY_SHARE of the pairs across two groups (pairs of one feed aside)
    are linked, none is told apart (story_apart.told_apart) and none left unlinked weighs below
    UNLINKED_FLOOR: every pair linked (LINK_SHARE) keeps one look-alike from chaining two
    stories, but splits a story whose third copy is told in other words. In a batch of
    BIG_BATCH or more, BIG_SHARE and BIG_FLOOR instead, and groups told apart still join when a
    linked pair across weighs BIG_TOLD_LINK. The weighed score is computed only for the few
    joins that ask."""
    if UNLINKED_FLOOR is None or batch is None or len(prints) < MOSTLY_MIN_BATCH:
        return False
    pairs = [
        (x, y)
        for x in left
        for y in right
        if prints[y].source != prints[x].source or not prints[x].source
    ]
    big = BIG_BATCH is not None and len(prints) >= BIG_BATCH
    share, floor = (BIG_SHARE, BIG_FLOOR) if big else (MOSTLY_SHARE, UNLINKED_FLOOR)
    linked = sum(y in peers[x] for x, y in pairs)
    if not pairs or linked < share * len(pairs):
        return False
    if stories_told_apart(prints, left, right) and (
        not big
        or max(batch.score(min(x, y), max(x, y)) for x, y in pairs if y in peers[x]) < BIG_TOLD_LINK
    ):
        return False
    return all(
        y in peers[x]
        or (not ruled_out(prints[x], prints[y]) and batch.score(min(x, y), max(x, y)) >= floor)
        for x, y in pairs
    )


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
