"""An item still alone after grouping may join another lone item it weighs close to (at least
story_strays.LONE_BEST: `story_strays.adopt_strays` with `least=1`): in a daily digest's big batch a
town's name is no longer rare, and a teaser minutes after its fuller copy falls just short of
a link.

The batch is a day of round 27 (our own story items, a hyperlocal week), as a daily digest
sees it: published in its second day, the items of the first as the chat's known stories."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from bot.digest import story_score, story_strays
from bot.digest.stories import Fingerprint, fingerprint, group
from tests import story_items_round27

START = datetime(2026, 11, 2, tzinfo=UTC)  # a Monday
ROADWORKS = "Mill Lane in Wexley shut for three weeks of resurfacing"
TEASER = "Wexley roadworks begin"


def _day(first: float, last: float) -> list[tuple[str, Fingerprint]]:
    return [
        (label, fingerprint(title, lead, START + timedelta(hours=hours)))
        for label, title, lead, hours in story_items_round27.ITEMS
        if first <= hours < last
    ]


def _groups() -> tuple[list[str], list[list[int]]]:
    """The second day's labels and groups, the first day's items as the chat's stories."""
    day, before = _day(24, 48), _day(0, 24)
    groups = group([fp for _, fp in day], context=[fp for _, fp in before])
    return [label for label, _ in day], groups


def _titles() -> list[str]:
    return [title for _, title, _, hours in story_items_round27.ITEMS if 24 <= hours < 48]


def _together(groups: list[list[int]], a: int, b: int) -> bool:
    return any({a, b} <= set(g) for g in groups)


def test_a_teaser_minutes_after_its_copy_joins_it_in_a_daily_digest() -> None:
    titles = _titles()
    _, groups = _groups()
    assert _together(groups, titles.index(ROADWORKS), titles.index(TEASER))


def test_without_the_lone_stage_the_teaser_stays_apart(monkeypatch: pytest.MonkeyPatch) -> None:
    """The join above is this stage's: with it off, the pair falls short of a link."""
    monkeypatch.setattr(story_strays, "LONE_STRAYS", False)
    monkeypatch.setattr(story_score, "CONCEPTS", False)  # with them the pair links: roadworks
    titles = _titles()
    _, groups = _groups()
    assert not _together(groups, titles.index(ROADWORKS), titles.index(TEASER))


def test_lone_items_never_join_another_event_on_the_same_street() -> None:
    """The gas leak on Mill Lane the same day is its own story, however alone its copies are."""
    labels, groups = _groups()
    for g in groups:
        kinds = {labels[i] for i in g}
        assert not {"en-wexley-roadworks", "en-wexley-roadworks/gasleak"} <= kinds
