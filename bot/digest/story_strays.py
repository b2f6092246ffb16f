"""Strays: an item a digest's grouping left alone joins the story it nearly links.

Split from bot.digest.stories (session 15), which calls `adopt_strays` after its joining
rules: an item alone joins the story of two or more copies (or, in a day's batch, another lone
item) whose weighed evidence (bot.digest.story_score) against it comes closest without a link,
every copy weighing not far below and nothing setting them apart. A reaction piece hours after
its story, or a teaser minutes after its fuller copy, falls short of a link this way. Pure: no
I/O.
"""

from __future__ import annotations

from collections.abc import Sequence

from bot.digest import story_followup
from bot.digest.story_apart import Apart, stories_told_apart
from bot.digest.story_compare import ruled_out, weighed_allowed
from bot.digest.story_event import kinds_apart, other_kind
from bot.digest.story_fingerprint import Fingerprint
from bot.digest.story_score import EXCLUSIVE_DF, MARKS, BatchEvidence

# An item left alone joins a story of two or more copies when its weighed evidence reaches
# STRAY_BEST with one of them and STRAY_FLOOR with all (links need SCORED_LINK), nothing setting
# it apart (`adopt_strays`); None: off. Chosen on all sets (session 10, in-sample): true pairs
# +2 / +8 / +2 / +6 / +10 on rounds 3-7, none false on any set; an every-copy floor of -5 merged
# two false pairs in dev.
STRAY_BEST: float | None = -2.0
STRAY_FLOOR = -3.0
# After the follow-ups, an item still alone may join another lone item by the strays' rule
# (`adopt_strays` with `least=1`: at least STRAY_BEST, nothing ruling the pair out or
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
# BIG_STRAY_MARGIN of that best pair (`adopt_strays` with these): a reaction piece hours after
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
# In the day's-batch pass, an item whose headline names another kind of event than every copy
# of the story that names one (story_event.other_kind: a shop's burglary after its fine)
# does not join it: the weighed evidence there is mostly the shared place. Read rounds, every
# 24 h (in-sample): 33-35, 37 false pairs 8 -> 6 (a minimarket's theft after its fine, round
# 35), true pairs +1; 9-10, 12-23, 27 true pairs -2 (a jeweller's ram raid told with "smash",
# which reads as a crash), none false either way (docs/digest.md, "Session 16"). False: off.
BIG_STRAY_KINDS = True
# A stray never joins a story one of whose copies names a kind of event apart from its
# headline's (bot.digest.story_event.kinds_apart: a minimarket's fine and the burglary at it
# that night; a winery's robbery and a comics festival's opening): STRAY_KINDS in the strays'
# passes before the day's last, BIG_KINDS in that one (`big`). Read rounds (in-sample;
# docs/digest.md, "Session 16"): each off costs false pairs (STRAY_KINDS: 1 every 6 and
# 24 h, round 42; BIG_KINDS: 2 every 24 h, round 35), neither a true one. False: off.
STRAY_KINDS = True
BIG_KINDS = True


def adopt_strays(
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
            if (BIG_KINDS if big else STRAY_KINDS) and any(
                kinds_apart(prints[x], prints[y]) for y in story
            ):
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
            if big and BIG_STRAY_KINDS and other_kind(prints, x, story):
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
    """Whether items x and y share a word (no name, figure or concept) at most EXCLUSIVE_DF
    items of the batch carry."""
    shared = batch.tokens(x) & batch.tokens(y)
    return any(t[0] not in MARKS and batch.carriers(t) <= EXCLUSIVE_DF for t in shared)


def _rival(batch: BatchEvidence, x: int, outside: set[int]) -> float:
    """The best weighed evidence of item x with any of `outside` (items of other stories that
    share a rare token with it): a town's other event as close as the story it would join."""
    return max((batch.score(min(x, y), max(x, y)) for y in outside), default=float("-inf"))


def _lone_apart(a: Fingerprint, b: Fingerprint) -> bool:
    """Whether two lone items were published more than LONE_HOURS apart (`adopt_strays`)."""
    return LONE_HOURS is not None and abs(a.stamp - b.stamp) > LONE_HOURS * 3600
