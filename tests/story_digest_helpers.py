"""Small builders the story-merging tests share: fingerprints published some hours after a
test's start, and a digest's groups padded with unrelated news (as a real batch is)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime, timedelta

from bot.digest.stories import Fingerprint, fingerprint, group
from tests.story_filler import OTHER_NEWS

Maker = Callable[..., Fingerprint]


def fingerprints_at(now: datetime) -> Maker:
    """`fp((title, lead), source, hours, language="en")`: an item `hours` after `now`."""

    def fp(story: tuple[str, str], source: str, hours: float, language: str = "en") -> Fingerprint:
        return fingerprint(story[0], story[1], now + timedelta(hours=hours), language, source)

    return fp


def digest_groups(items: Sequence[Fingerprint], fp: Maker) -> list[list[int]]:
    """The groups of `items` (by first index) in a digest padded with other news."""
    batch = [*items, *(fp(s, "Town", 0.5) for s in OTHER_NEWS)]
    return [g for g in group(batch) if g[0] < len(items)]


def together(groups: list[list[int]], a: int, b: int) -> bool:
    """Whether items `a` and `b` share a group."""
    return any({a, b} <= set(g) for g in groups)
