"""Session 16, second precision pass (docs/digest.md, "Session 16, second precision pass: round
44"): an award's nominations are a preview of its winners (story_lexicon.STAGE_WHOLE_WORDS, read
whole, unstemmed and not after a hyphen by story_stages.whole_word_stages), so the morning's
nominations and the evening's winners of one award, which share the show's name, the award's
and the day, are neither merged in a day's digest nor the later one hidden as a repeat. Our own
items, invented shows and awards."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from bot.digest import story_stages
from bot.digest.stories import Fingerprint, KnownStories, fingerprint, group
from tests.story_filler import DAY_NEWS

START = datetime(2026, 3, 2, 6, tzinfo=UTC)
Item = tuple[str, str, float, str]
PREVIEW = "match:preview"

# The day's other news (story_filler.DAY_NEWS): enough items for a day's batch.
FILLER: list[Item] = [(title, lead, hours, "en") for title, lead, hours in DAY_NEWS]

# An award's nominations in the morning, its winners at night: one show, one award, one day.
NOMINATIONS: list[Item] = [
    ("Copper Reel nominations led by Gannet Point",
     "The coastal thriller earned eight nominations for the screen awards, ahead of the "
     "hospital drama Ward Nine with five.", 0.0, "en"),
    ("Gannet Point tops Copper Reel field",
     "Eight nominations for the coastal thriller.", 0.5, "en"),
]  # fmt: skip
WINNERS: list[Item] = [
    ("Gannet Point wins best thriller at Copper Reels",
     "The coastal thriller took three awards including best thriller and best actor at the "
     "ceremony in Glasgow on Saturday night.", 14.0, "en"),
    ("Three Copper Reels for Gannet Point",
     "Best thriller and best actor among its wins.", 14.5, "en"),
]  # fmt: skip


def _prints(items: list[Item]) -> list[Fingerprint]:
    return [fingerprint(t, lead, START + timedelta(hours=h), lang) for t, lead, h, lang in items]


@pytest.mark.parametrize(
    ("title", "lead", "language"),
    [
        ("Gannet Point tops Copper Reel field", "Eight nominations for the thriller.", "en"),
        ("Copper Reel nominations led by Gannet Point", "Eight for the coastal thriller.", "en"),
        ("Booker shortlist names two debut novels", "Six books remain in the running.", "en"),
        ("Gannet Point achtmal für den Kupfernen Film nominiert", "Der Thriller führt.", "de"),
        ("Gannet Point, nominado a ocho premios Cobre", "El thriller encabeza la lista.", "es"),
    ],
)
def test_an_awards_nominations_are_a_preview(title: str, lead: str, language: str) -> None:
    """A nomination or a shortlist, in the headline or (a headline naming no stage) the lead."""
    assert PREVIEW in fingerprint(title, lead, START, language).stages


@pytest.mark.parametrize(
    ("title", "lead"),
    [
        ("Director Maud Finch dies aged 90",
         "The film-maker behind the Oscar-nominated Salt Roads died at home, her family said."),
        ("Nominal wages rise faster than prices", "Pay rose by 4% in the year to March."),
    ],
)  # fmt: skip
def test_a_nomination_as_a_credential_or_a_like_stem_is_no_stage(title: str, lead: str) -> None:
    """ "Oscar-nominated" (joined by a hyphen) is a credential, "nominal" stems as
    "nominations" does: neither is an award's preview."""
    assert PREVIEW not in fingerprint(title, lead, START, "en").stages


def test_an_awards_nominations_and_its_winners_stay_apart_in_a_days_digest() -> None:
    """The morning's nominations and the night's winners share the show, the award and the
    day; each pair still joins."""
    found = group(_prints([*NOMINATIONS, *WINNERS, *FILLER]))
    ours = [g for g in found if g[0] < 4]
    assert ours == [[0, 1], [2, 3]]


def test_the_winners_are_no_silent_repeat_of_the_nominations() -> None:
    """A chat that had the nominations in the morning digest still sees the winners."""
    known = KnownStories(_prints([*NOMINATIONS, *FILLER]))
    assert known.repeats(_prints(WINNERS)) == [False, False]


def test_the_switch_turns_the_words_off(monkeypatch: pytest.MonkeyPatch) -> None:
    """WHOLE_WORD_STAGES False: the words name no stage (as before session 16's second pass)."""
    monkeypatch.setattr(story_stages, "WHOLE_WORD_STAGES", False)
    title, lead, hours, language = NOMINATIONS[1]
    assert PREVIEW not in fingerprint(title, lead, START + timedelta(hours=hours), language).stages
