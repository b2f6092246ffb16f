"""Later coverage: a digest's items that tell a story the destination already had.

`KnownStories.repeats` (bot.digest.story_known) consumes an item silently, so it asks more
than a merge and finds a quarter to a third of the copies that reach a chat after their story
(rounds 12-25 of bench.stories, `across`). The rest would come back as new stories. Here the
digest's own grouping (`stories.group`, the items and the known stories as one batch) decides
what is left: an item grouped with a known story is later coverage of it, shown as one line
under "More on earlier stories" (bot.digest.build) instead of a new entry. A wrong line tells
the reader an item is more on an earlier story when it reports another event (a town's second
flood, a reaction to another event at the same place), so a line asks more than the merge:
the same kind of event (LATER_KINDS), a known copy at most LATER_HOURS old, and the item's own
evidence against the known story when other new items share its group (LATER_DIRECT). A
missed line costs little: the item is shown as an entry of its own. Pure: no I/O.
"""

from __future__ import annotations

from collections.abc import Sequence

from bot.digest.stories import Fingerprint, KnownStories, group
from bot.digest.story_event import kinds_disagree
from bot.digest.story_score import BatchEvidence

# A line under an earlier story tells the reader the item is more on it, so, as a silent repeat
# (story_known.REPEAT_SAME_KIND), it must not name another kind of event (bot.digest.story_event:
# a post office's robbery grouped with its closure hours before is a new story). Read rounds 9-10,
# 12-23, 27, 33-35, 37 (in-sample): wrong items shown as known every 3/6/24 h 17/13/10 -> 14/11/8,
# mean coverage 0.758/0.734/0.624 -> 0.754/0.730/0.621 (docs/digest.md, "Session 15").
LATER_KINDS = True
# No line when the newest known copy in the item's group is LATER_HOURS or more older than the
# item: a story's true later copies come within a day or so of its last copy, while another
# event at the same place or of the same people comes days later (a match report 44 h before a
# player's injury, a gang's arrest 28 h before a new burglary in the town, a strike's
# announcement 44 h before the strike day). Read rounds (9-10, 12-23, 27, 33-35, 37, 42, 44,
# 47-51; in-sample, /work/tools/later.py), later lines alone every 6 / 24 h: wrong 48 / 28 ->
# 38 / 17, right 889 / 370 -> 882 / 364. With LATER_DIRECT, 28-32 h leave the same 29 / 13 wrong
# lines (right 877-886 / 352-364; 26 h: 28 / 12 wrong, 870 / 343 right), 33 / 36 h 30 / 15 and
# 32 / 18: 30 is the plateau's middle. Unread decide rounds (rows only) every 6 / 24 h:
# precision 0.955 / 0.946 -> 0.967 / 0.978.
# A day and more after a story a copy can no longer be a silent repeat (story_known
# .REPEAT_HOURS), so a copy 24-30 h on still gets its line. None: the merging window alone.
LATER_HOURS: float | None = 30.0
# When other new items share the group, a line needs the item's own weighed evidence
# (story_score, the group's batch) against one of the group's known copies to reach
# LATER_DIRECT: an item linked to the known story only through another new item is the other
# item's neighbour, not the story's (a stadium flooded the day after the club signed a player
# joined the signing through the match it postponed). An item alone with the known story keeps
# its line whatever its score: the follow-up and reaction joins link such an item by evidence
# the score does not weigh (on the read rounds 33 of its 35 lines scoring below -4 are right).
# Read rounds (in-sample), every 6 / 24 h: wrong 48 / 28 -> 38 / 21, right 889 / 370 ->
# 889 / 366; a floor of -5 the same, -3 one right line fewer, -1 4 / 13 fewer for 4 / 1 wrong.
# With LATER_HOURS: wrong 29 / 13, right 882 / 360 (precision 0.968 / 0.965; rounds 49-51
# alone 0.807 / 0.622 -> 0.879 / 0.733); unread decide rounds 0.955 / 0.946 -> 0.974 / 0.978,
# recall of the known items `repeats` lets through 0.694 / 0.588 -> 0.687 / 0.558. None: off.
LATER_DIRECT: float | None = -4.0


def later_coverage(prints: Sequence[Fingerprint], known: KnownStories) -> list[int | None]:
    """For each of `prints`, the index (into `known.prints`) of the known story its digest
    group holds, else None: the story's first known member when the group holds several. No
    line for an item of another kind of event (LATER_KINDS), one whose group's known copies
    are all LATER_HOURS or more older, or one linked to them only through other new items
    (LATER_DIRECT)."""
    if not known:
        return [None] * len(prints)
    n = len(prints)
    batch = [*prints, *known.prints]
    out: list[int | None] = [None] * n
    evidence: BatchEvidence | None = None  # the group's scores, built when a line asks
    for members in group(batch):
        knowns = [m for m in members if m >= n]
        if not knowns:
            continue
        news = [m for m in members if m < n]
        for m in news:
            if LATER_KINDS and all(kinds_disagree(prints[m], batch[k]) for k in knowns):
                continue
            if LATER_HOURS is not None and all(
                prints[m].stamp - batch[k].stamp >= LATER_HOURS * 3600 for k in knowns
            ):
                continue
            if LATER_DIRECT is not None and len(news) > 1:
                if evidence is None:
                    evidence = BatchEvidence(batch)
                if max(evidence.score(m, k) for k in knowns) < LATER_DIRECT:
                    continue
            out[m] = knowns[0] - n
    return out
