"""Daily-digest recall (docs/digest.md, "Session 14: daily-digest recall"): two forms of one
word family count as shared evidence (story_score.FAMILY_PREFIX): a reaction hours later tells
its event in other forms of the words. Our own items, invented places."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from bot.digest import story_score
from bot.digest.stories import Fingerprint, fingerprint, group
from bot.digest.story_score import BatchEvidence

START = datetime(2026, 3, 2, 9, tzinfo=UTC)

RATED = (
    "Inspectors rate Quillby Primary outstanding",
    "The inspectors praised reading lessons at the village school in Quillby.",
    0.0,
)
THANKS = (
    "Quillby head thanks staff after inspection",
    "The head teacher said the inspection showed the work of her whole team.",
    1.0,
)
OTHERS = [
    ("Ferry timetable changes at Orrin Sound", "Sailings will leave an hour earlier.", 1.0),
    ("Bakery opens on Tolley Street", "A family bakery opened its doors this morning.", 2.0),
]
OTHER_SCHOOL = (
    "Inspectors tell Brantley Academy to improve",
    "An inspection of Brantley Academy found weak maths teaching.",
    0.5,
)


def _prints(items: list[tuple[str, str, float]]) -> list[Fingerprint]:
    return [fingerprint(t, lead, START + timedelta(hours=h)) for t, lead, h in items]


def test_a_reaction_in_another_form_of_the_word_joins_its_report() -> None:
    """ "inspectors" / "inspection" stem to "inspector" / "inspect": one family."""
    groups = group(_prints([RATED, THANKS, *OTHERS]))
    assert [0, 1] in groups


def test_without_the_family_the_reaction_stays_apart(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(story_score, "FAMILY_PREFIX", 0)
    groups = group(_prints([RATED, THANKS, *OTHERS]))
    assert [0, 1] not in groups


def test_another_schools_inspection_stays_apart() -> None:
    """One word family and one morning: another school in another town is another story."""
    groups = group(_prints([RATED, THANKS, *OTHERS, OTHER_SCHOOL]))
    assert [0, 1] in groups
    assert not any(4 in g and len(g) > 1 for g in groups)


def test_stems_sharing_only_five_letters_are_no_family(monkeypatch: pytest.MonkeyPatch) -> None:
    """ "station" and "statistics" begin alike but are two words: the evidence is the same
    with and without word families."""
    items = [
        ("Wenby station reopens", "The station reopens on Friday after repairs.", 0.0),
        ("Wenby statistics office moves", "Statistics staff move to a new building.", 0.5),
    ]
    prints = _prints(items)
    with_family = BatchEvidence(prints).features(0, 1)
    monkeypatch.setattr(story_score, "FAMILY_PREFIX", 0)
    assert BatchEvidence(prints).features(0, 1) == with_family
