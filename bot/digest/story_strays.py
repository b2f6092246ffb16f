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
from dataclasses import dataclass

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
    strays = _StrayPass(prints, batch, apart, near, least, big)
    for x in range(len(prints)):
        if len(members[home[x]]) != 1:
            continue
        best: tuple[float, int] | None = None
        for g in sorted({home[y] for y in near[x]} - {home[x]}):
            score = strays.weigh(x, members[g])
            if score is not None and (best is None or score > best[0]):
                best = score, g
        if best is not None:
            del members[home[x]]
            members[best[1]].add(x)
            home[x] = best[1]


@dataclass(frozen=True)
class _StrayPass:
    """One pass of `adopt_strays`: the batch and the pass's settings a stray is weighed with."""

    prints: Sequence[Fingerprint]
    batch: BatchEvidence
    apart: Apart
    near: dict[int, set[int]]
    least: int
    big: bool

    def weigh(self, x: int, story: set[int]) -> float | None:
        """The best weighed evidence of stray x with the story's copies of other feeds, or None
        when the story cannot take it (one step per reason)."""
        others = self._other_feeds(x, story)
        if self._too_small(story, others) or self._out_of_time(x, story):
            return None
        told = stories_told_apart(self.prints, {x}, story)
        if (told and not self.big) or self._ruled_out(x, story, others):
            return None
        if self._lone_apart(x, story) or self._kinds_apart(x, story):
            return None
        scores = [self._score(x, y) for y in others]
        if self.big and len(story) == 1 and not _shared_stem(self.batch, x, next(iter(story))):
            return None
        if self._short_of_bars(scores, told, len(story)) or self.apart.any({x}, story):
            return None
        if self.big and self._big_declines(x, story, max(scores)):
            return None
        return max(scores)

    def _other_feeds(self, x: int, story: set[int]) -> list[int]:
        """The story's copies from feeds other than x's (all of them when x has no feed)."""
        source = self.prints[x].source
        return [y for y in story if not source or self.prints[y].source != source]

    def _too_small(self, story: set[int], others: list[int]) -> bool:
        """Fewer copies than the pass asks (`least`; the big pass: one with BIG_LONE, else two),
        or none of another feed."""
        least = (1 if BIG_LONE else 2) if self.big else self.least
        return len(story) < least or not others

    def _out_of_time(self, x: int, story: set[int]) -> bool:
        """The big pass: x or a copy undated, or x more than BIG_STRAY_HOURS from the nearest
        copy; any pass (STRAY_BEFORE): every copy came hours after x."""
        if self.big and not _within(self.prints, x, story, BIG_STRAY_HOURS):
            return True
        return STRAY_BEFORE and story_followup.before_story(self.prints[x], story, self.prints)

    def _ruled_out(self, x: int, story: set[int], others: list[int]) -> bool:
        """A copy of another feed rules x out, or (a lone story, or the big pass) some copy is
        a pair no weighed link may join."""
        if any(ruled_out(self.prints[x], self.prints[y]) for y in others):
            return True
        return (len(story) == 1 or self.big) and not all(
            weighed_allowed(*_ordered(self.prints, x, y)) for y in story
        )

    def _lone_apart(self, x: int, story: set[int]) -> bool:
        """A lone story published more than LONE_HOURS from x."""
        return len(story) == 1 and _lone_apart(self.prints[x], self.prints[next(iter(story))])

    def _kinds_apart(self, x: int, story: set[int]) -> bool:
        """A copy names a kind of event apart from x's (STRAY_KINDS; the big pass: BIG_KINDS)."""
        on = BIG_KINDS if self.big else STRAY_KINDS
        return on and any(kinds_apart(self.prints[x], self.prints[y]) for y in story)

    def _score(self, x: int, y: int) -> float:
        """The weighed evidence of items x and y, the earlier index first."""
        return self.batch.score(min(x, y), max(x, y))

    def _short_of_bars(self, scores: list[float], told: bool, size: int) -> bool:
        """A copy weighs below the floor or the best below the pass's bar: STRAY_BEST
        (LONE_BEST for a lone story); the big pass BIG_STRAY_BEST (BIG_STRAY_TOLD when told
        apart) over BIG_STRAY_FLOOR."""
        if self.big:
            best = BIG_STRAY_TOLD if told else (BIG_STRAY_BEST or 0.0)
            floor = BIG_STRAY_FLOOR
        else:
            best = STRAY_BEST if size > 1 else LONE_BEST
            floor = STRAY_FLOOR
        return min(scores) < floor or max(scores) < best

    def _big_declines(self, x: int, story: set[int], top: float) -> bool:
        """The big pass's own reasons: an item outside the story within BIG_STRAY_MARGIN of the
        best pair, or (BIG_STRAY_KINDS) x names another kind of event than the story."""
        if _rival(self.batch, x, self.near[x] - story) > top - BIG_STRAY_MARGIN:
            return True
        return BIG_STRAY_KINDS and other_kind(self.prints, x, story)


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
