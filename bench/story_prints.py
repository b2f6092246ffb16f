"""The story benchmark's items as the merging sees them: their times, their fingerprints, and the
pairs of items a grouping puts together.

An item is (story, title, lead), published 17 minutes after the item before it (rounds 1 to 8),
or (story, title, lead, hours), published `hours` after the set's start (round 9 on), so events
days apart fall outside the merging's time window as in production; such a set is scored in
time order (`chronological`), as feeds deliver it. Items without hours get no time credit
(`prints`: not `dated`).

Shared by the command line and its set tables (bench/stories.py, which re-exports these
names), the blind rounds' registry (bench/story_rounds.py) and the digest-cadence scoring
(bench/story_cadence.py).
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta

from bot.digest.stories import Fingerprint, fingerprint
from tests.helpers import story_items

T0 = datetime(2026, 11, 5, 8, 0, tzinfo=UTC)

Item = tuple[str, str, str] | tuple[str, str, str, float]
SPACING = timedelta(minutes=17)


def published(i: int, item: Item) -> datetime:
    """Item `i`'s time: its hours after T0 when it has them, else 17 minutes per item before it."""
    return T0 + (timedelta(hours=item[3]) if len(item) > 3 else SPACING * i)


def chronological(items: Sequence[Item]) -> Sequence[Item]:
    """A set whose items all carry hours, in time order (stable); any other set as listed."""
    if items and all(len(item) > 3 for item in items):
        return sorted(items, key=lambda item: item[3])
    return items


def prints(items: Sequence[Item] = story_items.ITEMS) -> list[Fingerprint]:
    """The items' fingerprints; an item without hours is not `dated` (its 17-minute spacing is
    no publication time, so time proximity gives it no credit)."""
    return [
        fingerprint(item[1], item[2], published(i, item), dated=len(item) > 3)
        for i, item in enumerate(items)
    ]


def pairs_of(groups: Sequence[Sequence[int]]) -> set[tuple[int, int]]:
    return {(a, b) for g in groups for a, b in itertools.combinations(sorted(g), 2)}
