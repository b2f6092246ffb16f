"""Key figures, session 9 third pass: what the bot shows should be a figure a reader can use,
not a page's stamp, a saying, a place on a pitch, a team's name or the half of a pair.

Every text here is written for the test; none is taken from a page.
"""

from __future__ import annotations

import pytest

from tests.figure_helpers import one, picks, texts

# -- a part and the count it is out of: one figure ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "part", "whole", "value", "unit"),
    [
        ("The rookie completed 19 of 31 passes for 204 yards.", "19 of 31 passes", "31 passes",
         19, "pass"),  # session 11: the part, as the labels' README has it
        ("The club has lost 12 of its last 15 matches at home.", "12 of its last 15 matches",
         "15 matches", 12, "match"),
        ("She sank one of three penalty kicks in the shootout.", "one of three penalty kicks",
         "three penalty kicks", 1, "kick"),  # session 11: the head noun
        ("Only 8 of the 40 stations reopened on Monday.", "Only 8 of the 40 stations",
         "40 stations", 8, "station"),
    ],
)  # fmt: skip
def test_a_part_and_its_whole_are_one_figure(
    text: str, part: str, whole: str, value: float, unit: str
) -> None:
    figure = one(text, part)
    assert (figure.value, figure.unit, figure.high) == (value, unit, None)
    assert whole not in texts(text)


def test_a_part_keeps_its_qualifier() -> None:
    assert one("Only 8 of the 40 stations reopened.", "Only 8 of the 40 stations").qualifier == (
        "only"
    )


@pytest.mark.parametrize(
    ("text", "part", "low", "high"),
    [
        ("He needed three or four putts on every green.", "three or four putts", 3, 4),
        ("We hired 20 or 25 temporary workers for the harvest.", "20 or 25 temporary workers", 20,
         25),
        ("There is a group of six and seven riders at the front.", "six and seven riders", 6, 7),
    ],
)  # fmt: skip
def test_a_choice_of_two_numbers_is_a_range(text: str, part: str, low: float, high: float) -> None:
    figure = one(text, part)
    assert (figure.low, figure.high) == (low, high)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("The port is one of 200 ports the board has certified.", "200 ports"),  # a member
        ("She was one of 12 jurors who heard the case.", "12 jurors"),
        ("The twins are two of the 14 final-year pupils.", "14 final-year pupils"),
        ("The loan came from one of its 317 branches.", "317 branches"),  # a member of many
        ("Read Chapter 2 of 12 chapters before class.", "12 chapters"),  # a digit name no part
        ("They won in 2016 and 30 people came to the parade.", "30 people"),  # a year
        ("Of the 40 stations, 8 of them reopened.", "40 stations"),
        ("On day three of the four-day festival it rained.", "four-day"),  # "day three" names
    ],
)
def test_no_part_where_none_is_told(text: str, figure: str) -> None:
    assert figure in texts(text)


def test_the_pair_is_picked_whole() -> None:
    text = (
        "The quarterback completed 19 of 31 passes as the Hawks lost to the Owls. "
        "The Hawks have now lost four games in a row."
    )
    assert "19 of 31 passes" in picks(text)
    assert "31 passes" not in picks(text)


# -- no figures: sayings, stamps, places, names, records -----------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Whether the band will tour again is the $64,000 question for its fans.",
        "The selectors named an unchanged squad for the one-day series against Kenya.",
        "He made his debut in a One-Day International at Lord's.",
        "Reply from Jonas Lind Bergen 3 days ago The council has closed the bridge.",
        "The defence held them inside the 2-yard line.",
        "Their drive started from their own 30-yard line.",
        "He curled a shot from the edge of the six-yard box.",
        "The midfielder was called up by the Under 21 squad.",
        "The coach is 140-102-6 over his career.",
        "Live coverage starts at about 12 midnight on Friday.",
        "The gates open at 12 noon.",
    ],
)
def test_no_figure(text: str) -> None:
    assert texts(text) == []


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("The prize was a $64,000 cheque for the winner.", "$64,000"),  # no saying
        ("Nurses staged a one-day strike over pay.", "one-day"),  # a day it is
        ("He died 3 days ago.", "3 days"),  # prose, not a stamp
        ("The hosts were given a 5-yard penalty.", "5-yard"),
        ("Police formed a 30-metre line across the road.", "30-metre"),  # no pitch
        ("Under 20 people came to the meeting.", "Under 20 people"),  # opens the sentence
        ("Temperatures were 25-35 in the valley all week.", "25-35"),  # a range, no record
        ("By midnight 40 people had left the square.", "40 people"),
    ],
)
def test_still_a_figure(text: str, part: str) -> None:
    assert part in texts(text)
