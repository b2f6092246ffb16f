"""Session 12: three small figure mistakes, each with sentences of our own (fictional): a scale
glued to the digits before a currency word ("70m euros" is money), digits the article also names
a model by ("the 7610's screen", so "7610 owners" are its owners), and a youth team's age band
("the under 14 boys" is a team, no count of boys)."""

from __future__ import annotations

import pytest

from tests.figure_helpers import one, picks, texts


@pytest.mark.parametrize(
    ("text", "part", "value", "unit"),
    [
        ("The club agreed to pay 70m euros for the striker.", "70m euros", 70e6, "EUR"),
        ("Investors put 3m dollars into the bakery chain.", "3m dollars", 3e6, "USD"),
        ("The charity raised 250k pounds at the gala.", "250k pounds", 250e3, "GBP"),
        ("The state will borrow 4b euros next year.", "4b euros", 4e9, "EUR"),
    ],
)  # fmt: skip
def test_a_scale_glued_before_a_currency_word_is_money(
    text: str, part: str, value: float, unit: str
) -> None:
    figure = one(text, part)
    assert (figure.kind, figure.value, figure.unit) == ("money", value, unit)


def test_a_glued_m_without_a_currency_word_keeps_its_old_readings() -> None:
    assert one("The mast is a 70m tower.", "70m").unit == "m"  # metres
    assert one("The vote drew 70m people.", "70m people").kind == "count"
    assert one("They shipped 5m pounds of beef.", "5m pounds").kind != "money"  # a weight


def test_digits_the_article_names_a_model_by_count_nothing() -> None:
    text = (
        "A faulty clock app freezes most of the 4820's screens. "
        "The lab has heard from 4820 owners who were hit by it."
    )
    assert texts(text) == []
    assert picks(text) == []


def test_a_plain_count_in_the_thousands_stays_a_count() -> None:
    figure = one("The council said 7610 owners applied for the permit.", "7610 owners")
    assert (figure.kind, figure.value, figure.unit) == ("count", 7610, "owner")
    assert texts("In 2015 owners said the rules were too strict.") == []  # a year


@pytest.mark.parametrize(
    "text",
    [
        "The under 14 boys won the county cup on Saturday.",
        "Her under 12 girls lost only one match all season.",
        "The club's under 16 side trains on Tuesdays.",
        "Her under-14 boys team lost only one match all season.",
    ],
)
def test_an_age_band_names_a_team_and_counts_nothing(text: str) -> None:
    assert texts(text) == []
    assert picks(text) == []


def test_under_as_fewer_than_still_counts() -> None:
    assert one("The club has under 14 boys left after the split.", "under 14 boys").value == 14


def test_a_phrase_cut_right_after_that_does_not_crash() -> None:
    # The left words end on "that" and the figure's own words are many: no word after "that".
    text = "The mayor dwelt on the fact that 40 parks had opened in the city this very year."
    assert one(text, "40 parks").context
