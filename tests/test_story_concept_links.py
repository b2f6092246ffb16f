"""Concepts as evidence of one story (bot.digest.story_score.CONCEPTS): copies told in other
words ("Prison officer stabbed" / "Jail guard knifed") share what their words name; a
silent repeat still asks without them (bot.digest.story_known.REPEAT_CONCEPTS). Our own items,
invented places and people."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from bot.digest import story_known, story_reactions, story_score
from bot.digest.stories import Fingerprint, KnownStories, fingerprint, group
from bot.digest.story_score import CONCEPT_MARK, BatchEvidence
from tests.story_filler import DAY_NEWS

START = datetime(2026, 9, 8, 6, tzinfo=UTC)
REPORT = (
    "Prison officer stabbed at HMP Garrowby",
    "The officer was taken to hospital after an inmate attacked him with a blade on Tuesday "
    "morning.",
)
OTHER_WORDS = ("Jail guard knifed by inmate", "The warder was treated in hospital on Tuesday.")


def _day(*items: tuple[str, str, float]) -> list[Fingerprint]:
    """The items, then a day's other news (a day's batch: stories.BIG_BATCH)."""
    return [fingerprint(t, lead, START + timedelta(hours=h)) for t, lead, h in (*items, *DAY_NEWS)]


def _together(prints: list[Fingerprint]) -> bool:
    return any({0, 1} <= set(g) for g in group(prints))


def test_copies_told_in_other_words_join_by_what_they_name() -> None:
    prints = _day((*REPORT, 0.5), (*OTHER_WORDS, 2.0))
    tokens = BatchEvidence(prints).tokens
    assert {CONCEPT_MARK + "prison"} <= tokens(0) & tokens(1)
    assert _together(prints)


def test_without_concepts_the_two_copies_stay_apart(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(story_score, "CONCEPTS", False)
    prints = _day((*REPORT, 0.5), (*OTHER_WORDS, 2.0))
    assert not any(t[0] == CONCEPT_MARK for t in BatchEvidence(prints).tokens(0))
    assert not _together(prints)


def test_a_headline_word_the_other_names_by_its_concept_is_no_news() -> None:
    """The copy that says "knifed" and "jail" does not miss "stabbed" and "prison"."""
    prints = _day((*REPORT, 0.5), (*OTHER_WORDS, 2.0))
    with_concepts = BatchEvidence(prints).features(0, 1)["title_news"]
    without = BatchEvidence(prints, concepts=False).features(0, 1)["title_news"]
    assert with_concepts < without


def test_a_silent_repeat_asks_without_concepts(monkeypatch: pytest.MonkeyPatch) -> None:
    """A known story's copy that shares little but meaning is shown (as later coverage), never
    hidden: with concepts its weighed evidence would reach a repeat."""
    known = [fingerprint(*REPORT, START)]
    item = fingerprint(
        "Knife attack on Garrowby jail guard",
        "A convict wounded a warder in a cell block on Tuesday.",
        START + timedelta(hours=3),
    )
    fillers = _day()
    assert not KnownStories(known).repeats([item, *fillers])[0]
    monkeypatch.setattr(story_known, "REPEAT_CONCEPTS", True)
    assert KnownStories(known).repeats([item, *fillers])[0]


def test_a_concept_both_name_by_one_word_counts_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """Two quakes in one town both say "quake": the word is the evidence, its concept adds
    nothing (story_score.CONCEPT_ONCE); counted twice, a town's second quake joined its first."""
    prints = _day(
        ("Quake shakes Varrow at dawn", "Walls cracked in the old town.", 0.5),
        ("Evening quake in Varrow", "Residents felt a second tremor after nine.", 8.0),
    )
    assert CONCEPT_MARK + "earthquake" in BatchEvidence(prints).tokens(1)
    plain = BatchEvidence(prints, concepts=False).features(0, 1)["exclusive"]
    assert BatchEvidence(prints).features(0, 1)["exclusive"] == plain
    monkeypatch.setattr(story_score, "CONCEPT_ONCE", False)
    assert BatchEvidence(prints).features(0, 1)["exclusive"] > plain


def test_two_languages_share_no_concept(monkeypatch: pytest.MonkeyPatch) -> None:
    """A camp's refugees in English and in French: what the words name is no evidence across
    languages (story_score.CONCEPT_LANGUAGES); two stories of one region's war share it."""
    english = fingerprint(
        "Refugees pour into Nour-Tamba camp", "Thousands fled the fighting.", START, "en"
    )
    french = fingerprint(
        "Des réfugiés affluent au camp",
        "Des milliers de personnes ont fui les combats.",
        START + timedelta(hours=1),
        "fr",
    )
    prints = [english, french, *_day()]
    plain = BatchEvidence(prints, concepts=False).features(0, 1)["exclusive"]
    assert BatchEvidence(prints).features(0, 1)["exclusive"] == plain
    monkeypatch.setattr(story_score, "CONCEPT_LANGUAGES", False)
    assert BatchEvidence(prints).features(0, 1)["exclusive"] > plain


def test_a_concept_is_no_storys_own_word_for_a_reaction(monkeypatch: pytest.MonkeyPatch) -> None:
    """A minister's visit hours after the refugees' arrival shares the town's name and what
    "asylum" and "refugees" name: two tokens of the story's own and a concept, short of the
    three a reaction needs (story_reactions.REACTION_CONCEPTS; round 47 every 12 h, read)."""
    prints = _day(
        ("Refugees stream into Kessala as fighting spreads",
         "Aid workers counted 9,000 arrivals in a week.", 0.5),
        ("Kessala overwhelmed by families fleeing the war", "The border town has no more tents.",
         1.0),
        ("Minister tours the Kessala asylum centre", "She promised more beds for the newcomers.",
         6.0),
    )  # fmt: skip
    assert CONCEPT_MARK + "migrants" in BatchEvidence(prints).tokens(2)
    assert [2] in group(prints)
    monkeypatch.setattr(story_reactions, "REACTION_CONCEPTS", True)
    assert [0, 1, 2] in group(prints)
