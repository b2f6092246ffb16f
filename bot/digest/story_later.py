"""Later coverage: a digest's items that tell a story the destination already had.

`KnownStories.repeats` (bot.digest.story_known) consumes an item silently, so it asks more
than a merge and finds a quarter to a third of the copies that reach a chat after their story
(rounds 12-25 of bench.stories, `across`). The rest would come back as new stories. Here the
digest's own grouping (`stories.group`, the items and the known stories as one batch) decides
what is left: an item grouped with a known story is later coverage of it, shown as one line
under "More on earlier stories" (bot.digest.build) instead of a new entry. A wrong call costs
a line in the digest, never a hidden story, so the merge's own precision is enough (0.994 of
such items right on rounds 12-23, 1.000 on rounds 24-25; docs/digest.md, "Session 14").
Pure: no I/O.
"""

from __future__ import annotations

from collections.abc import Sequence

from bot.digest.stories import Fingerprint, KnownStories, group
from bot.digest.story_event import kinds_disagree

# A line under an earlier story tells the reader the item is more on it, so, as a silent repeat
# (story_known.REPEAT_SAME_KIND), it must not name another kind of event (bot.digest.story_event:
# a post office's robbery grouped with its closure hours before is a new story). Read rounds 9-10,
# 12-23, 27, 33-35, 37 (in-sample): wrong items shown as known every 3/6/24 h 17/13/10 -> 14/11/8,
# mean coverage 0.758/0.734/0.624 -> 0.754/0.730/0.621 (docs/digest.md, "Session 15").
LATER_KINDS = True


def later_coverage(prints: Sequence[Fingerprint], known: KnownStories) -> list[int | None]:
    """For each of `prints`, the index (into `known.prints`) of the known story its digest
    group holds, else None: the story's first known member when the group holds several."""
    if not known:
        return [None] * len(prints)
    n = len(prints)
    out: list[int | None] = [None] * n
    for members in group([*prints, *known.prints]):
        first_known = next((m - n for m in members if m >= n), None)
        if first_known is not None:
            knowns = [known.prints[m - n] for m in members if m >= n]
            for m in members:
                if m < n and not (
                    LATER_KINDS and all(kinds_disagree(prints[m], k) for k in knowns)
                ):
                    out[m] = first_known
    return out
