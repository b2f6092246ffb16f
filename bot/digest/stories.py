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
report, a trial's opening and its verdict, two quarters. An item left alone then joins the
story whose copies all weigh nearly enough against it (bot.digest.story_strays), or the story
it follows up by a name only that story carries (bot.digest.story_followup) (`group`); in a
day's batch a last pass lets an item still alone join the story its best pair nearly links,
every copy weighing not far below (story_strays.BIG_STRAY_BEST: a reaction hours later),
and last one published after a story's copies joins it when three or more of its words are
that story's own, carried by no other item of the day (bot.digest.story_reactions);
deterministic. Only pairs that can pass are compared (bot.digest.story_blocks).
`KnownStories` (bot.digest.story_known) recognises a story a chat already had. The public names
of story_compare and story_fingerprint, and `KnownStories`, are re-exported here: callers take
story matching from one module. Pure: no I/O.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from functools import partial

from bot.digest import story_followup, story_reactions, story_same_kind, story_strays
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
from bot.digest.story_event import kinds_apart
from bot.digest.story_fingerprint import Fingerprint, fingerprint
from bot.digest.story_known import KnownStories
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
# Link pairs of a batch by their weighed evidence too (bot.digest.story_score), when their words
# alone do not reach SAME_STORY: copies told in other words.
SCORED_LINKS = True
# No weighed link joins two items whose headlines name kinds of event that never make one
# story (bot.digest.story_event.kinds_apart: a bridge's opening and a police questioning, a
# fine and a theft). At a daily digest's density one mayor opens a bridge and is questioned by
# the police hours later, and the two share the mayor's full name, the town and the weekday.
# Read rounds every 24 h (in-sample; docs/digest.md, "Session 16"): 6 false pairs fewer (round
# 42's bridges; `_mostly_linked` had joined their two stories on that link) and 1 true pair
# more, none lost at 3-24 h; the same veto in `_mostly_linked` removed nothing more. False: off.
KIND_LINKS = True


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
    of (`story_strays.adopt_strays`), then the story they follow up hours later in other words,
    by a name no other item carries and a word of its event (bot.digest.story_followup;
    docs/digest.md, "Session 12"); in a batch of BIG_BATCH or more, an item still alone joins
    the story (or the lone item) its best pair nearly links (`adopt_strays` with `big`:
    story_strays.BIG_STRAY_BEST; docs/digest.md, "Session 15: daily recall"), and last one
    published after a story joins it by the story's own words (bot.digest.story_reactions).
    Only pairs that can pass are compared (`Blocks`).
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
            if (
                weighed >= SCORED_LINK
                and weighed_allowed(prints[i], prints[j])
                and not (KIND_LINKS and kinds_apart(prints[i], prints[j]))
            ):
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
    if (
        batch is not None
        and story_strays.STRAY_BEST is not None
        and len(prints) >= MOSTLY_MIN_BATCH
    ):
        story_strays.adopt_strays(prints, members, home, near, batch, apart)
    if batch is not None:
        story_followup.join_followups(prints, members, home, batch, apart.any)
    if (
        batch is not None
        and story_strays.LONE_STRAYS
        and story_strays.STRAY_BEST is not None
        and len(prints) >= MOSTLY_MIN_BATCH
    ):
        story_strays.adopt_strays(prints, members, home, near, batch, apart, least=1)
    if (
        batch is not None
        and story_strays.BIG_STRAY_BEST is not None
        and BIG_BATCH is not None
        and len(prints) >= BIG_BATCH
    ):
        story_strays.adopt_strays(prints, members, home, near, batch, apart, big=True)
    if batch is not None:
        story_same_kind.join_same_kind(prints, members, home, batch, apart, context)
        story_reactions.join_reactions(prints, members, home, batch, apart.any)
    return sorted((sorted(g) for g in members.values()), key=lambda g: g[0])


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
