"""Context phrases of issue #18, session 11: a phrase names what its figure counts from its own
sentence, starts where a noun phrase starts, ends where a phrase ends, and never runs into the
next sentence. Every text is written for these tests."""

from __future__ import annotations

import pytest

from tests.figure_helpers import one


def context(text: str, part: str) -> str:
    return one(text, part).context


def test_a_full_stop_after_a_number_ends_the_phrase() -> None:
    # The sentence splitter may miss "85. That": the phrase stays on the figure's side.
    text = (
        "Police charged the crowd, arresting eight people and injuring 85. That crowd was the "
        "biggest protest the town had seen."
    )
    assert context(text, "85") == "Police charged the crowd, arresting eight people and injuring …"
    assert "That" not in context(text, "eight people")


def test_a_double_dash_sets_a_phrase_apart() -> None:
    text = (
        "How the Hawks have played since early March -- 12 wins in their past 18 games -- "
        "bodes well for the playoffs."
    )
    assert "bodes" not in context(text, "18 games")


def test_a_between_keeps_its_and() -> None:
    text = (
        "They met for three dinners between March and October 2019 but spoke on the phone only "
        "once in all that time."
    )
    assert context(text, "three dinners") == "They met for … between March and October 2019"


def test_a_cut_tail_ends_on_no_participle() -> None:
    text = (
        "The panel was told on Monday that police had the proof to charge the coach with 14 "
        "separate offences against players dating from 1990 to 1995."
    )
    assert context(text, "14 separate offences").endswith("… against players")


def test_a_cut_tail_ends_on_no_clause_it_opened() -> None:
    text = (
        "Charity workers think one in five markets sell the cheese by using a gap in the law "
        "which lets people bring 20kg of cheese into the country if it is for home use."
    )
    assert context(text, "20kg") == "lets people bring … of cheese into the country"


def test_who_reported_it_is_no_part_of_the_phrase() -> None:
    text = (
        "The vet later wrote on the clinic's blog that the wound required a total of nine stitches."
    )
    assert context(text, "a total of nine stitches") == "the wound required …"


@pytest.mark.parametrize(
    ("text", "part", "kept"),
    [
        # "that" after a noun relates to it: the noun stays.
        ("Rebels said they set off two car bombs in the capital that left at least 27 people "
         "dead.", "at least 27 people", "car bombs"),
        # Nothing before the figure would be left: the report stays.
        ("Inspectors found evidence that six small schools in the district had broken the "
         "rules.", "six small schools", "found evidence that"),
    ],
)  # fmt: skip
def test_a_report_stays_when_cutting_it_would_lose_the_noun(
    text: str, part: str, kept: str
) -> None:
    assert kept in context(text, part)


def test_a_phrase_cut_short_starts_at_a_noun_phrase() -> None:
    text = (
        "Late on a cold Sunday morning the guards were found taped to chairs in a cellar with "
        "13 paintings."
    )
    assert (
        context(text, "13 paintings") == "the guards were found taped to chairs in a cellar with …"
    )


def test_a_rate_keeps_its_a() -> None:
    # "a" after an amount is its rate, no start of a noun phrase.
    text = (
        "Officials said the new policy will cost the airline about $6 million a year, and its "
        "rival about $1.2 million a year, from next spring onwards."
    )
    assert not context(text, "about $1.2 million a year").startswith("a year")
