"""A later-coverage line must agree on the kind of event (bot.digest.story_later, LATER_KINDS):
the digest's grouping may put a post office's robbery with its closure the chat had hours
before (same street, same town, "post office"), but a line under "More on earlier stories"
would tell the reader the robbery is more on the closure. Texts are test_story_repeat_kind's,
written for these tests."""

from __future__ import annotations

import pytest

from bot.digest import story_later
from bot.digest.stories import KnownStories
from bot.digest.story_later import later_coverage
from tests.test_story_repeat_kind import POST_OFFICE, _at


@pytest.mark.parametrize("language", sorted(POST_OFFICE))
def test_a_robbery_is_no_later_coverage_of_the_closure(language: str) -> None:
    """Another kind of event is a new story, never a line under the known one; a copy of the
    closure itself still is one."""
    closure, copy, robbery = POST_OFFICE[language]
    known = KnownStories([_at(closure, 0, language, "gazette")])
    assert later_coverage([_at(robbery, 6, language, "radio")], known) == [None]
    assert later_coverage([_at(copy, 6, language, "wire")], known) == [0]


def test_the_rule_is_the_kind_check(monkeypatch: pytest.MonkeyPatch) -> None:
    """Without LATER_KINDS the grouping lists the robbery under the closure, as before."""
    closure, _, robbery = POST_OFFICE["en"]
    known = KnownStories([_at(closure, 0, "en", "gazette")])
    monkeypatch.setattr(story_later, "LATER_KINDS", False)
    assert later_coverage([_at(robbery, 6, "en", "radio")], known) == [0]
