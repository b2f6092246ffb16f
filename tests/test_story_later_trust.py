"""A later line asks more than the digest's grouping (bot.digest.story_later): a known copy at
most LATER_HOURS old, and, when other new items share the group, the item's own evidence
against the known story (LATER_DIRECT). Texts written for these tests."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from bot.digest import story_later
from bot.digest.stories import Fingerprint, KnownStories, fingerprint
from bot.digest.story_later import later_coverage

T = datetime(2026, 4, 6, 7, tzinfo=UTC)
FERRY = [
    (
        "Ferry Lorna Bell runs aground off Skarnish pier",
        "The Lorna Bell ran aground off Skarnish pier on Monday with 80 passengers on board, "
        "the coastguard said.",
    ),
    (
        "Lorna Bell ferry aground at Skarnish",
        "Eighty passengers were on the Lorna Bell when it ran aground off Skarnish pier.",
    ),
]
FERRY_LATER = (
    "Lorna Bell ferry still aground off Skarnish pier",
    "The Lorna Bell, which ran aground off Skarnish pier with 80 passengers, is still stuck, "
    "the coastguard said.",
)
BAKERY = (
    "Bakery in Dunmoor wins national bread award",
    "A family bakery on Quarry Road took the top prize for its rye loaf.",
)


def _at(story: tuple[str, str], hours: float) -> Fingerprint:
    return fingerprint(*story, T + timedelta(hours=hours))


def _known() -> KnownStories:
    return KnownStories([_at(story, 0.5 * i) for i, story in enumerate(FERRY)])


def test_a_copy_hours_after_its_story_is_a_line() -> None:
    assert later_coverage([_at(FERRY_LATER, 20)], _known()) == [0]


def test_no_line_when_the_story_was_last_carried_long_before() -> None:
    """The grouping still puts the copy with the ferry 34 h after its last known copy; at that
    distance another event at the place is likelier than more on the story (LATER_HOURS)."""
    assert later_coverage([_at(FERRY_LATER, 34.5)], _known()) == [None]


def test_the_rule_is_the_hours_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(story_later, "LATER_HOURS", None)
    assert later_coverage([_at(FERRY_LATER, 34.5)], _known()) == [0]


def _grouped(monkeypatch: pytest.MonkeyPatch, groups: list[list[int]]) -> None:
    """The digest's grouping, fixed: what it joins through other passes (strays, follow-ups)
    is bot.digest.stories' concern; these tests ask what a line needs once it has."""
    monkeypatch.setattr(story_later, "group", lambda prints: groups)


def test_an_item_joined_only_through_another_new_item_gets_no_line(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The bakery shares nothing with the ferry; in a group with the ferry's new copy it is
    that copy's neighbour, not more on the ferry (LATER_DIRECT). The copy keeps its line."""
    _grouped(monkeypatch, [[0, 1, 2, 3]])
    prints = [_at(FERRY_LATER, 10), _at(BAKERY, 11)]
    assert later_coverage(prints, _known()) == [0, None]
    monkeypatch.setattr(story_later, "LATER_DIRECT", None)
    assert later_coverage(prints, _known()) == [0, 0]


def test_an_item_alone_with_the_known_story_needs_no_score(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """An item the grouping joins to a known story on its own (a follow-up, a reaction: evidence
    the score does not weigh) keeps its line."""
    _grouped(monkeypatch, [[0, 1, 2]])
    assert later_coverage([_at(BAKERY, 11)], _known()) == [0]
