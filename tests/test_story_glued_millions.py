"""Session 17 (docs/digest.md, "Session 17: reactions join their story"): a number glued to "m"
without a currency sign may be millions ("watched by 14m"), so it gives both values and a copy
spelling "14 million" meets it (story_figures.GLUED_MILLIONS). Our own headlines."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.digest import story_figures
from bot.digest.stories import fingerprint
from bot.digest.story_compare import ruled_out
from bot.digest.story_figures import figures

WHEN = datetime(2026, 3, 2, 9, tzinfo=UTC)


def test_a_number_glued_to_m_is_read_as_millions_too() -> None:
    assert {"3", "3e+06"} <= figures("Moonrail sells 3m copies on its first day")
    assert {"2.5", "2.5e+06"} <= figures("Finale watched by 2.5m")


def test_money_and_races_keep_one_reading() -> None:
    assert figures("Firm raises £40m") == {"4e+07"}
    assert figures("Kessel wins the 400m hurdles") == {"400"}


def test_two_spellings_of_one_headline_figure_no_longer_rule_the_copies_apart(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    glued = fingerprint(
        "Moonrail sells 3m copies on first day", "The game broke the studio's record.", WHEN
    )
    spelled = fingerprint(
        "Puzzle game Moonrail sells three million copies in a day",
        "Its studio in Swansea said the servers held up.",
        WHEN,
    )
    assert not ruled_out(glued, spelled)
    monkeypatch.setattr(story_figures, "GLUED_MILLIONS", False)
    glued = fingerprint(
        "Moonrail sells 3m copies on first day", "The game broke the studio's record.", WHEN
    )
    assert ruled_out(glued, spelled)
