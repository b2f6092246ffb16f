"""Publication-time proximity as evidence (session 10, fourth pass): copies of one event come
minutes to a few hours apart, another event of its kind in the same town hours or days later
(bot.digest.story_score `close`, CLOSE_HALF_LIFE, CLOSE_NAME_DF). An item whose time is only
when it was first seen (a feed without dates) gets no credit (`Fingerprint.dated`): the bench's
sets without real times are scored the same way, so their 17-minute spacing is no evidence."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from bot.digest import story_score
from bot.digest.build import Candidate, fingerprint_of
from bot.digest.stories import Fingerprint, fingerprint, group
from bot.digest.story_score import BatchEvidence
from tests.story_filler import OTHER_NEWS
from tests.test_digest_stories import FINAL_PREVIEW, FINAL_REPORT

NOW = datetime(2026, 12, 6, 9, 0, tzinfo=UTC)

WAREHOUSE = (
    "Warehouse fire lights up the night in Marston",
    "Crews from three stations fought the flames at the depot until dawn.",
)
WAREHOUSE_SMOKE = (  # the same fire, other words: "warehouse" and the town in common
    "Marston warehouse blaze: residents told to keep windows shut",
    "Smoke drifted over the town while firefighters worked at the depot.",
)
KITCHEN = (  # another fire in the same town that day: a hard negative
    "Flats evacuated after kitchen fire in Marston",
    "Twelve families spent the evening in a school hall while firefighters checked the building.",
)
TOWN = [  # the town in five items: no token of its own for the copies but the town's name
    ("Marston council backs bus lane plan", "Councillors voted for a bus lane on the high street."),
    ("Marston market moves to Saturdays", "Traders asked for the change after a quiet summer."),
]


def fp(story: tuple[str, str], source: str, hours_ago: float, dated: bool = True) -> Fingerprint:
    when = NOW - timedelta(hours=hours_ago)
    return fingerprint(story[0], story[1], when, "en", source, dated=dated)


def batch(
    first: tuple[str, str], second: tuple[str, str], hours_apart: float, dated: bool = True
) -> list[Fingerprint]:
    """Two copies from two feeds, the kitchen fire eight hours before, the town's other news."""
    return [
        fp(first, "Feed 0", 1.0, dated),
        fp(second, "Feed 1", 1.0 + hours_apart, dated),
        fp(KITCHEN, "Feed 2", 9.0, dated),
        *(fp(story, "Town Post", 30.0, dated) for story in TOWN + OTHER_NEWS),
    ]


def together(groups: list[list[int]]) -> list[list[int]]:
    return [g for g in groups if len(g) > 1]


def test_copies_published_together_join_by_their_time() -> None:
    """Half an hour apart the copies are one story; a day apart, or without the credit, their
    few words in common are not enough; the kitchen fire eight hours off stays apart."""
    assert together(group(batch(WAREHOUSE, WAREHOUSE_SMOKE, 0.5))) == [[0, 1]]
    assert together(group(batch(WAREHOUSE, WAREHOUSE_SMOKE, 20.0))) == []


def test_without_the_credit_the_copies_stay_apart(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(story_score.WEIGHTS, "close", 0.0)
    assert together(group(batch(WAREHOUSE, WAREHOUSE_SMOKE, 0.5))) == []


def test_the_credit_halves_every_few_hours() -> None:
    near = BatchEvidence(batch(WAREHOUSE, WAREHOUSE_SMOKE, 0.0)).features(0, 1)["close"]
    later = BatchEvidence(batch(WAREHOUSE, WAREHOUSE_SMOKE, 3.0)).features(0, 1)["close"]
    far = BatchEvidence(batch(WAREHOUSE, WAREHOUSE_SMOKE, 20.0)).features(0, 1)["close"]
    assert near == pytest.approx(1.0)
    assert later == pytest.approx(2.0 ** (-3.0 / story_score.CLOSE_HALF_LIFE))
    assert far < 0.02


def test_items_without_a_publication_time_get_no_credit() -> None:
    """Undated items' times (when they were first seen, or the bench's 17-minute spacing) are
    no evidence: same features as with the credit off, and the copies stay apart."""
    evidence = BatchEvidence(batch(WAREHOUSE, WAREHOUSE_SMOKE, 0.5, dated=False))
    assert evidence.features(0, 1)["close"] == 0.0
    assert together(group(batch(WAREHOUSE, WAREHOUSE_SMOKE, 0.5, dated=False))) == []
    mixed = batch(WAREHOUSE, WAREHOUSE_SMOKE, 0.5)
    mixed[1] = fp(WAREHOUSE_SMOKE, "Feed 1", 1.5, dated=False)
    assert BatchEvidence(mixed).features(0, 1)["close"] == 0.0


def test_a_name_few_items_carry_opens_a_pair_to_the_credit(monkeypatch: pytest.MonkeyPatch) -> None:
    """Copies sharing only their town (five items carry it, more than a story's own words) are
    scored when published together; the same pair undated is not even a candidate (concepts
    off: "fire" and "blaze" name one, a rare token of their own)."""
    monkeypatch.setattr(story_score, "CONCEPTS", False)
    bare = ("Big fire at a depot in Marston", "Firefighters worked through the night.")
    plain = ("Marston blaze: smoke over the town", "Residents were asked to keep windows shut.")
    prints = batch(bare, plain, 0.5)
    evidence = BatchEvidence(prints)
    assert (0, 1) in evidence.candidates()
    assert evidence.features(0, 1)["close"] > 0.8
    undated = BatchEvidence(batch(bare, plain, 0.5, dated=False))
    assert (0, 1) not in undated.candidates()
    assert undated.features(0, 1)["close"] == 0.0


def test_a_feed_without_dates_gives_undated_prints() -> None:
    """The digest knows an item's publication time only from its feed; first seen is not it."""
    seen = NOW - timedelta(minutes=5)
    dated = Candidate(1, "k1", *WAREHOUSE[:1], None, "Feed 0", WAREHOUSE[1], NOW, seen)
    undated = Candidate(2, "k2", *WAREHOUSE[:1], None, "Feed 0", WAREHOUSE[1], None, seen)
    assert fingerprint_of(dated).dated
    assert not fingerprint_of(undated).dated
    assert fingerprint_of(undated).when == seen


def test_a_capitalised_first_word_or_a_common_word_is_no_key() -> None:
    """Two places hit by one night's gale, published together: they share "Crews" (a first
    word, no name inside a sentence) and "overnight" (rare in a small batch), not a name or a
    key figure, so their time gives no credit; the fire's copies share a town named inside."""
    trees = ("Gale fells trees across Wrenford", "Crews cleared fallen trees from roads overnight.")
    coast = ("Coast road at Tallow Point shut", "Crews worked overnight after the gale hit.")
    evidence = BatchEvidence(batch(trees, coast, 0.0))
    assert evidence.features(0, 1)["close"] == 0.0
    assert BatchEvidence(batch(WAREHOUSE, WAREHOUSE_SMOKE, 0.0)).features(0, 1)["close"] == 1.0


def test_a_preview_and_its_report_hours_apart_stay_two_stories() -> None:
    """A final's preview (morning) and its report (evening) share the teams and a figure; with
    their real times the credit for closeness does not join them."""
    for hours in (3.0, 6.0, 20.0):
        preview = fingerprint(*FINAL_PREVIEW, NOW - timedelta(hours=hours + 1))
        report = fingerprint(*FINAL_REPORT, NOW - timedelta(hours=1))
        assert preview.dated and report.dated
        assert group([preview, report], figure_name=True) == [[0], [1]], hours
