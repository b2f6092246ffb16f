"""A silent repeat hides an item, so only a story the chat had at most REPEAT_HOURS before the
item can make it one (bot.digest.story_known); a later item goes to the digest's grouping,
which shows it as a visible line under "More on earlier stories" or as a new story."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from bot.digest import story_known
from bot.digest.stories import Fingerprint, KnownStories, fingerprint
from bot.digest.story_later import later_coverage

T = datetime(2026, 3, 2, 9, tzinfo=UTC)
CLOSURE = [
    (
        "Halden's Mill Street post office to close in May",
        "The branch on Mill Street in Halden will shut on 30 May, the postal operator said, "
        "moving its counters to a shop.",
    ),
    ("Mill Street post office closing", "Halden loses its main post office counter in May."),
]
ROBBERY = (
    "Mill Street post office in Halden raided",
    "Two men threatened staff at the Mill Street post office in Halden and fled with cash on "
    "Wednesday morning.",
)
CLOSURE_AGAIN = (
    "Post office on Halden's Mill Street will close in May",
    "Its counters move to a shop when the Mill Street branch in Halden shuts on 30 May.",
)


def _known() -> KnownStories:
    return KnownStories(
        [fingerprint(t, lead, T + timedelta(minutes=30 * i)) for i, (t, lead) in enumerate(CLOSURE)]
    )


def _at(story: tuple[str, str], hours: float) -> Fingerprint:
    return fingerprint(*story, T + timedelta(hours=hours))


def test_another_event_at_the_place_days_later_is_never_hidden() -> None:
    """The robbery 36 hours after the closure shares the place and "post office": it used to be
    consumed as a repeat of the closure, hidden from the chat."""
    assert _known().repeats([_at(ROBBERY, 36)]) == [False]


def test_the_rule_is_the_hours_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(story_known, "REPEAT_HOURS", None)
    monkeypatch.setattr(story_known, "REPEAT_SAME_KIND", False)  # a robbery: another kind too
    assert _known().repeats([_at(ROBBERY, 36)]) == [True]


def test_a_copy_hours_later_is_still_a_silent_repeat() -> None:
    assert _known().repeats([_at(CLOSURE_AGAIN, 3)]) == [True]


def test_a_copy_a_day_and_more_later_is_a_visible_line() -> None:
    late = _at(CLOSURE_AGAIN, 30)
    known = _known()
    assert known.repeats([late]) == [False]
    assert later_coverage([late], known) != [None]
