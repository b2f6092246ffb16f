"""Figures that were shown false or mis-valued in replies to real political news (helper
falsefig23, session 23): a contest's kind and a record's age read as amounts, "one in N" read
as a count of N, a margin's "+/-" read as a minus sign, a fraction of a per cent read as the
per cent, "six or seven" cut to "seven", and a ZIP code read as a number. Texts are our own."""

from __future__ import annotations

import pytest

from summarizer.figures.judge import find_figures, key_figures
from summarizer.models import Article


def _texts(text: str, language: str = "en") -> list[str]:
    return [f.text for f in find_figures(text, language)]


def _one(text: str, wanted: str, language: str = "en"):
    found = [f for f in find_figures(text, language) if f.text == wanted]
    assert len(found) == 1, [f.text for f in find_figures(text, language)]
    return found[0]


@pytest.mark.parametrize(
    "text",
    [
        "Aides to the governor now call it a two-man race for the party's nomination.",
        "The mayor said the city faced a three-man primary in the spring.",
        "Mortgage rates fell to a 40-year low in March, the lenders' group reported.",
        "Shares of the carmaker hit 52-week highs on Tuesday morning.",
        "Unemployment in the valley is near a 20-year record low, officials said.",
    ],
)
def test_contest_kind_and_record_age_are_no_figures(text: str) -> None:
    assert find_figures(text, "en") == []


def test_two_man_race_goes_but_a_team_and_a_loan_stay() -> None:
    # "Nine-man" names how many a team played with; "a 30-year mortgage" measures a loan.
    text = "Nine-man Rovers fought a two-man race for the title and took out a 30-year loan."
    assert _texts(text) == ["Nine-man", "30-year"]


def test_one_in_n_is_a_ratio_not_a_count() -> None:
    text = "The board found that one in 58 pupils in the county needs extra reading help."
    figure = _one(text, "one in 58")
    assert figure.kind == "ratio"
    assert figure.value == pytest.approx(1 / 58)
    assert "58 pupils" not in _texts(text)


def test_one_in_every_thousand_grouped() -> None:
    figure = _one(
        "Engineers say one in every 2,500 bridges needs urgent repair.", "one in every 2,500"
    )
    assert figure.value == pytest.approx(1 / 2500)


def test_one_in_n_but_not_a_year_or_a_span_after_in() -> None:
    text = "One in 45 voters stayed home. He scored 14 in 2019 and 3 in 45 minutes."
    assert [f.kind for f in find_figures(text, "en")].count("ratio") == 1


def test_russian_one_of_n_stays_a_count() -> None:
    """ "один из пяти кандидатов" is as often "one of the five candidates" as "one in five":
    no share is guessed; "каждый пятый" is one."""
    figures = find_figures("Каждый пятый ученик голосовал за одного из пяти кандидатов.", "ru")
    assert [f.kind for f in figures][:1] == ["fraction"]
    assert [f.kind for f in figures].count("fraction") == 1


def test_plus_minus_margin_is_no_negative() -> None:
    text = "The survey of 900 adults has a margin of error of +/-4 percentage points."
    figure = _one(text, "+/-4 percentage points")
    assert figure.value == 4
    assert figure.unit == "pp"


def test_fraction_of_a_percent_is_one_figure() -> None:
    text = "Savings accounts now pay one-eighth of 1 percent, the bank said."
    figure = _one(text, "one-eighth of 1 percent")
    assert figure.value == pytest.approx(0.125)
    assert figure.unit == "%"
    assert "1 percent" not in _texts(text)


@pytest.mark.parametrize(
    ("text", "language", "span"),
    [
        ("The repairs will take six or seven months, the council said.", "en",
         "six or seven months"),
        ("Les travaux dureront six ou sept mois.", "fr", "six ou sept mois"),
        ("Die Arbeiten dauern sechs oder sieben Monate.", "de", "sechs oder sieben Monate"),
        ("Ремонт займёт шесть или семь месяцев.", "ru", "шесть или семь месяцев"),
    ],
)  # fmt: skip
def test_or_range_keeps_both_ends(text: str, language: str, span: str) -> None:
    figure = _one(text, span, language)
    assert (figure.low, figure.high) == (6, 7)


def test_money_or_range_takes_the_scale_for_both() -> None:
    figure = _one("The bridge will cost $8 or $9 billion to rebuild.", "$8 or $9 billion")
    assert (figure.low, figure.high) == (8e9, 9e9)


def test_zip_code_after_a_state_code_is_no_figure() -> None:
    text = (
        "Donations may be sent to the Friends of the Library, Albany, NY, 12208. Gifts also go "
        "to the choir, Austin, TX, 78701-2040. The fair drew 12208 visitors on Sunday."
    )
    assert _texts(text) == ["12208 visitors"]
    assert key_figures(Article(text=text[: text.index(" Gifts")], title="Notice"), "en") == []


def test_one_half_of_a_percent_keeps_its_whole_span() -> None:
    """ "one-half" is a share as "one-eighth" is: the figure is 0.5 %, with its qualifier."""
    text = "The new tax raised less than one-half of 1 percent of the city's revenue."
    figure = _one(text, "less than one-half of 1 percent")
    assert figure.value == pytest.approx(0.5)
