"""A copy told in other words joins its story when it is linked to half of it (bot.digest.stories
`_mostly_linked`) or falls just short of a link with its copies
(`story_strays.adopt_strays`), and nothing sets it apart; a stage word counts only when its
item names the kind of event (bot.digest.story_lexicon.STAGE_KINDS). Session 10."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from bot.digest import stories, story_apart, story_score, story_strays
from bot.digest.stories import Fingerprint, fingerprint, group, same_story
from bot.digest.story_score import SCORED_LINK, BatchEvidence
from tests.story_filler import OTHER_NEWS

NOW = datetime(2026, 12, 6, 9, 0, tzinfo=UTC)


def fp(story: tuple[str, str], source: str = "", language: str = "en") -> Fingerprint:
    # times here are placeholders, not publication times: no time credit (`Fingerprint.dated`;
    # time proximity is tested in tests/test_story_time_proximity.py)
    when = NOW - timedelta(hours=1)
    return fingerprint(story[0], story[1], when, language, source=source, dated=False)


# One theft, three outlets; the third tells it with other words and links to the first only.
THEFT = [
    ("Thieves take Kessler painting from Varholt museum",
     "A painting by Anna Kessler was stolen from the Varholt city museum overnight, police said; "
     "the gallery's alarm had been switched off for repairs."),
    ("Kessler painting stolen in Varholt museum raid",
     "Police in Varholt say thieves took a Kessler canvas from the city museum overnight while "
     "the alarm was off for repairs."),
    ("Gang took Anna Kessler's 'Harbour at Dusk'",
     "Three men broke into the Varholt gallery while its alarm was off, detectives say."),
]  # fmt: skip


def batch(theft: list[tuple[str, str]], others: int = len(OTHER_NEWS)) -> list[Fingerprint]:
    items = [fp(story, f"Feed {i}") for i, story in enumerate(theft)]
    return items + [fp(story, "Town Post") for story in OTHER_NEWS[:others]]


def story_of(groups: list[list[int]], item: int) -> set[int]:
    return next(set(g) for g in groups if item in g)


def test_a_copy_linked_to_half_its_story_joins_it(monkeypatch: pytest.MonkeyPatch) -> None:
    prints = batch(THEFT)
    assert same_story(prints[0], prints[1])
    assert not same_story(prints[0], prints[2]) and not same_story(prints[1], prints[2])
    assert story_of(group(prints), 0) == {0, 1, 2}
    monkeypatch.setattr(story_strays, "STRAY_BEST", None)
    assert story_of(group(prints), 0) == {0, 1, 2}  # the half-linked join alone
    monkeypatch.setattr(stories, "UNLINKED_FLOOR", None)  # every pair across, as before
    assert story_of(group(prints), 0) == {0, 1}


# The third copy again, linked to neither: its evidence falls just short with both.
HUNT = (
    "Detectives hunt gang behind Kessler theft",
    "Three men broke into the Varholt gallery at night, detectives say.",
)
# ... and one that weighs little against the second copy (no place, no painter's first name).
FAR = (
    "Gang took Anna Kessler's 'Harbour at Dusk'",
    "Three men broke into the gallery while its alarm was off, detectives say.",
)


def test_an_item_left_alone_joins_the_story_it_falls_just_short_of(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Linked to no copy, but its weighed evidence reaches STRAY_BEST with one and STRAY_FLOOR
    with both: two copies falling just short say more than one pair."""
    monkeypatch.setattr(story_score, "CONCEPTS", False)  # with them the pair links
    prints = batch([THEFT[0], THEFT[1], HUNT])
    weighed = BatchEvidence(prints)
    assert story_strays.STRAY_FLOOR <= weighed.score(1, 2) < weighed.score(0, 2) < SCORED_LINK
    assert story_of(group(prints), 0) == {0, 1, 2}
    monkeypatch.setattr(story_strays, "STRAY_BEST", None)
    assert story_of(group(prints), 0) == {0, 1}


def test_an_item_far_from_one_copy_stays_alone() -> None:
    prints = batch([THEFT[0], THEFT[1], FAR])
    assert BatchEvidence(prints).score(1, 2) < story_strays.STRAY_FLOOR
    assert story_of(group(prints), 2) == {2}


def test_a_copy_quoting_other_figures_than_its_unlinked_peer_stays_apart(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A follow-up repeats its story's names: other figures (or other weekdays) on a pair left
    unlinked keep it out, however well the pair weighs."""
    valued = (THEFT[1][0], f"{THEFT[1][1]} It is worth 2.4 million.")
    reward = (
        "Gang took Anna Kessler's 'Harbour at Dusk'",
        "Three men broke into the Varholt gallery while its alarm was off, detectives say, "
        "offering a 9,000-euro reward.",
    )
    prints = batch([THEFT[0], valued, reward])
    assert story_of(group(prints), 2) == {2}
    monkeypatch.setattr(story_apart, "told_apart", lambda a, b: False)
    assert story_of(group(prints), 2) == {0, 1, 2}  # the pair weighs enough otherwise


def test_a_small_batch_says_too_little_to_join_a_half_linked_copy() -> None:
    """Under MOSTLY_MIN_BATCH items every shared word is rare in the batch: no such join."""
    prints = batch(THEFT, others=stories.MOSTLY_MIN_BATCH - len(THEFT) - 1)
    assert len(prints) < stories.MOSTLY_MIN_BATCH
    assert story_of(group(prints), 0) == {0, 1}


def test_a_round_up_of_two_stories_still_does_not_chain_them() -> None:
    """A round-up links to a crane's fall (Monday) and to a ferry strike (Thursday): the ferry
    is linked to half of {crane, round-up}, but the crane and the ferry weigh far below
    UNLINKED_FLOOR (and name other days), so the half-linked join does not fire."""
    crane = ("Crane topples onto quay at Dunmore harbour",
             "A container crane toppled onto the quay at Dunmore harbour on Monday morning, "
             "crushing two parked lorries; berths four and five are shut.")  # fmt: skip
    roundup = ("Ports round-up: Dunmore crane topples onto quay, Velby ferry crews walk out",
               "A container crane toppled onto the quay at Dunmore harbour, crushing two parked "
               "lorries, and ferry crews at Velby walked out over rosters.")  # fmt: skip
    ferry = ("Velby ferry crews walk out over rosters",
             "Ferry crews at Velby walked out on Thursday over new rosters, stranding island "
             "passengers; the operator called the walkout unlawful.")  # fmt: skip
    prints = batch([crane, roundup, ferry])
    groups = group(prints)
    assert story_of(groups, 0) == {0, 1} and story_of(groups, 2) == {2}


@pytest.mark.parametrize(
    ("story", "stages"),
    [
        (("Hauliers protest planned cut to diesel rebate in Brackley",
          "Lorry drivers drove slowly through Brackley against the cut."), set()),
        (("Norland central bank cuts rates to 3.5%",
          "The central bank of Norland lowered its main rate by a quarter point."), {"rate:down"}),
        (("Walk-in clinics open in Dunmore after 12 flu cases",
          "Two clinics opened on Saturday for anyone over 65."), set()),
        (("Fraud trial of Dunmore councillor opens",
          "The councillor denies the charges before the court."), {"trial:opens"}),
        (("Dockers and port owners reach a deal on new cranes",
          "The agreement ends a year of talks."), set()),
        (("Dock strike ends with pay deal",
          "Dockers return on Monday after the agreement."), {"strike:over"}),
        (("Norland senkt den Leitzins auf 3 Prozent",
          "Die Notenbank senkt erstmals seit zwei Jahren."), {"rate:down"}),
    ],
)  # fmt: skip
def test_stage_words_count_only_with_their_kind_named(
    story: tuple[str, str], stages: set[str]
) -> None:
    language = "de" if story[0].startswith("Norland senkt") else "en"
    assert set(fp(story, language=language).stages) == stages


def test_copies_using_stage_words_of_other_kinds_merge() -> None:
    """A subsidy's "cut" and a protest's "hold" once read as a rate cut and a rate hold: two stages
    of one dimension, so the two copies were never one story."""
    cut = ("Tractors block Brackley as farmers fight diesel rebate cut",
           "Around 400 tractors blocked central Brackley on Saturday as farmers protested "
           "against the diesel rebate cut.")  # fmt: skip
    hold = ("Brackley farmers hold tractor protest against diesel rebate cut",
            "Some 400 tractors blocked central Brackley on Saturday; farmers protested against "
            "the rebate cut.")  # fmt: skip
    assert not fp(cut).stages and not fp(hold).stages
    assert same_story(fp(cut), fp(hold))
