"""Closing audit of issue #18: the listed patterns that had no test of their own, each with
guards for what it must not read. Texts are written for these tests."""

from __future__ import annotations

import pytest

from summarizer.figures.judge import find_figures
from tests.figure_helpers import one, picks, texts


def test_a_fraction_slash_leaves_no_piece_behind() -> None:
    # U+2044 is read like "/": "1⁄32 inch" gave a bare "32", "40⁄1" a bare "40".
    assert "32" not in texts("The gap was 1⁄32 inch at the seam.")
    assert texts("Bookmakers offered 40⁄1 on the outsider.") == []
    assert one("The gap was 1⁄32 of an inch.", "1⁄32").value == pytest.approx(1 / 32)
    assert one("The hose is 10 1⁄2 metres long.", "10 1⁄2 metres").value == pytest.approx(10.5)


@pytest.mark.parametrize(
    "text",
    [
        "Group 2 of the qualifiers starts on Friday.",
        "The draw put the hosts in Group 2 with Chile and Peru.",
        "Pool 3 winners meet in the final.",
    ],
)
def test_a_group_number_is_a_name(text: str) -> None:
    assert texts(text) == []


def test_a_bare_range_of_two_numbers_keeps_both_ends() -> None:
    figure = one("Between 18 to 34 volunteers turned up each week.",
                 "Between 18 to 34 volunteers")  # fmt: skip
    assert (figure.low, figure.high, figure.unit) == (18, 34, "volunteer")


def test_an_age_bracket_after_aged_is_a_range() -> None:
    # The span is the numbers, as "aged 15" gives "15"; "aged" makes it an age.
    figure = one("The study followed renters aged 18 to 34 for a year.", "18 to 34")
    assert (figure.low, figure.high, figure.kind, figure.unit) == (18, 34, "age", "year")
    assert one("Patients aged 40-65 took part.", "40-65").kind == "age"


def test_an_age_bracket_that_names_a_group_is_still_no_figure() -> None:
    # Guards: "adults 18-49" names a TV audience, "women over 40" a group.
    assert texts("The show gained viewers among adults 18-49 this week.") == []
    assert texts("The clinic sees women over 40 on Mondays.") == []


def test_year_olds_after_a_range_make_it_an_age() -> None:
    found = find_figures("The survey asked 18 to 34 year olds about rent.", "en")
    assert [(f.kind, f.low, f.high, f.unit) for f in found] == [("age", 18, 34, "year")]
    figure = one("The survey asked 18- to 34-year-olds about rent.", "18- to 34-year-olds")
    assert (figure.kind, figure.low, figure.high) == ("age", 18, 34)
    assert one("The vote is open to 16 year olds.", "16 year olds").kind == "age"


def test_pence_written_apart_from_the_number() -> None:
    figure = one("The shares closed at 1112 p in London.", "1112 p")
    assert (figure.kind, figure.value, figure.unit) == ("money", 1112, "GBX")
    assert one("A stamp now costs 85 p.", "85 p").unit == "GBX"


@pytest.mark.parametrize(
    "text",
    [
        "The quote is on page 12 p of the report.",
        "The quote is on p. 12 of the report.",
        "See vol. 3 p. 12 for the table.",
        "The doors open at 5 p.m. on Friday.",
        "The doors open at 5 pm on Friday.",
        "The winners of Group 12 P meet next.",
    ],
)
def test_a_spaced_p_that_is_no_pence(text: str) -> None:
    assert [f.unit for f in find_figures(text, "en")] == []


def test_a_four_digit_count_after_of_or_to_with_its_noun() -> None:
    assert one("The convoy was a fleet of 1200 trawlers.", "1200 trawlers").unit == "trawler"
    assert one("The staff grew to 1500 nurses.", "1500 nurses").value == 1500
    figure = one("Membership rose to 2000 members in May.", "2000 members")
    assert (figure.kind, figure.value, figure.unit) == ("count", 2000, "member")
    assert one("The ship sails with 2500 passengers.", "2500 passengers").kind == "count"


@pytest.mark.parametrize(
    "text",
    [
        "Output fell back to 2008 levels in the spring.",
        "Prices rose from 2010 to 2015 across the region.",
        "The town flooded in the summer of 2019, and again later.",
        "The dam held until the spring of 2019 when floods came.",
        "In 2015 officials said the bridge was safe.",
        "The figures go back to 2010 shows the register.",
        "Emissions must fall to 1990 levels by 2030.",
        "The lake is warmer than its 1850 levels suggest.",
    ],
)
def test_a_year_before_levels_stays_a_year(text: str) -> None:
    # The guard for the count above: "to 2008 levels" is a year, not 2008 levels.
    assert [f for f in find_figures(text, "en") if f.kind == "count"] == []
    assert all(
        f.value not in {1850, 1990, 2008, 2010, 2015, 2019} for f in find_figures(text, "en")
    )


def test_a_year_past_2099_before_a_noun_is_no_figure() -> None:
    assert texts("The island set itself the 2150 target for clean power.") == []
    assert texts("The council signed its 2150 climate goal.") == []
    text = "The island set itself the 2150 target for clean power. It has 40 turbines."
    assert picks(text) == ["40 turbines"]


def test_a_number_past_2099_that_counts_stays_a_count() -> None:
    figure = one("The plant hired 2150 workers last year.", "2150 workers")
    assert (figure.kind, figure.value, figure.unit) == ("count", 2150, "worker")
    assert one("They sold 2150 season tickets.", "2150 season tickets").kind == "count"
    assert texts("The index passed the 2500 mark.") == ["2500"]


def test_small_number_words_count_children_the_story_is_about() -> None:
    text = "A widower raises his two kids on the farm. The kids feed the goats each morning."
    figure = one(text, "two kids")
    assert (figure.kind, figure.value, figure.unit) == ("count", 2, "kid")


def test_hundreds_of_is_an_approximate_hundred() -> None:
    figure = one("Volunteers planted hundreds of oaks along the canal.", "hundreds of oaks")
    assert (figure.value, figure.unit, figure.qualifier) == (100, "oak", "hundreds of")


def test_m_before_tonnes_and_of_its_is_million() -> None:
    text = "The mill ground 12.3m tonnes of wheat and recalled 35m of its sacks."
    wheat = one(text, "12.3m tonnes")
    assert (wheat.value, wheat.scale) == (pytest.approx(12.3e6), 1e6)
    assert one(text, "35m").value == pytest.approx(35e6)


def test_a_context_phrase_stops_at_its_full_stop() -> None:
    text = "The ferry line carried 40,000 cars in May. Its owners then sold the boats."
    figure = one(text, "40,000 cars")
    assert "owners" not in figure.context and "carried" in figure.context
    assert picks(text) == ["40,000 cars"]
