"""Figure faults from issue #18's by-eye reading (session 16, third pass): "a 300-strong choir"
read as a measure in a unit "strong", "five times more" read as a count of times, and a vague
amount ("thousands of") whose span ended on its "of". Sentences invented for these tests."""

from __future__ import annotations

import pytest

from summarizer.figures.judge import find_figures
from summarizer.models import Figure
from tests.figure_helpers import containing as _one


def _figures(text: str) -> list[Figure]:
    return find_figures(text, "en")


# -- "N-strong": a count of the group after it ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "core", "value", "unit", "span"),
    [
        ("A 3,400-strong crowd sang along at the harbour.", "3,400", 3400, "crowd",
         "3,400-strong crowd"),
        ("Coach Lund picked the 26-strong squad for the trip.", "26", 26, "squad",
         "26-strong squad"),
        ("The mill's 850-strong workforce heard the news on Friday.", "850", 850, "workforce",
         "850-strong workforce"),
        ("They were judged by a 12-strong Nordic jury in Oslo.", "12", 12, "jury",
         "12-strong Nordic jury"),
        ("A 60-strong dance and drama troupe opened the show.", "60", 60, "troupe",
         "60-strong dance and drama troupe"),
    ],
)  # fmt: skip
def test_strength_counts_the_group(
    text: str, core: str, value: float, unit: str, span: str
) -> None:
    figure = _one(text, core)
    assert (figure.kind, figure.value, figure.unit, figure.text) == ("count", value, unit, span)


def test_strength_without_a_group_noun_has_no_unit() -> None:
    figure = _one("Ferrol sit bottom of the 22-strong Segunda Liga table.", "22")
    assert figure.kind == "count"
    assert figure.unit is None


# -- "N times more": a multiplier --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "core", "value"),
    [
        ("Rents in the port are five times more than in the hills.", "five times", 5),
        ("The lab now sees three times as many samples a week.", "three times", 3),
        ("Water there costs 12 times less than bottled juice.", "12 times", 12),
        ("The new cable is 40 times faster than the old copper line.", "40 times", 40),
        ("Its reservoir holds about six times the volume of the old one.", "six times", 6),
        ("The next probe will be two million times faster.", "two million times", 2e6),
        ("Nurses there earn three times what they did in 1995.", "three times", 3),
    ],
)
def test_times_before_a_comparison_is_a_ratio(text: str, core: str, value: float) -> None:
    figure = _one(text, core)
    assert (figure.kind, figure.value, figure.unit) == ("ratio", value, None)


@pytest.mark.parametrize(
    ("text", "core"),
    [
        ("The striker has scored 14 times this season.", "14 times"),
        ("She has won the regatta four times as a skipper.", "four times"),
        ("The bridge flooded seven times the winter before.", "seven times"),
        ("The wall was breached five times as Hollis Town pressed.", "five times"),
        ("He has been there nine times, more than any other player.", "nine times"),
    ],
)
def test_times_saying_how_often_stays_a_count(text: str, core: str) -> None:
    figure = _one(text, core)
    assert (figure.kind, figure.unit) == ("count", "time")


def test_twice_as_large_is_no_count_of_times() -> None:
    """Guard (true before too): "twice" alone is no figure, so never a count of "time"."""
    figures = _figures("The new depot is twice as large as the old one.")
    assert not [f for f in figures if f.unit == "time"]


# -- a span never ends on "of" -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "span", "unit"),
    [
        ("Thousands of Norwegians queued for the ferry.", "Thousands of Norwegians", "norwegian"),
        ("The charity sent hundreds of its volunteers north.", "hundreds of its volunteers",
         "volunteer"),
        ("Tens of thousands of EU farm workers marched.", "Tens of thousands of EU farm workers",
         "worker"),
        ("The app is used by millions of us each morning.", "millions of us", None),
        ("Malware spread to thousands of office PCs overnight.", "thousands of office PCs", "pc"),
        ("It reached millions of flood-hit Nigerians.", "millions of flood-hit Nigerians",
         "nigerian"),
    ],
)  # fmt: skip
def test_vague_amount_takes_its_noun(text: str, span: str, unit: str | None) -> None:
    figure = _one(text, span.split()[0])
    assert (figure.text, figure.unit) == (span, unit)


def test_vague_amount_without_a_noun_ends_before_of() -> None:
    figure = _one("Dozens of Royal Navy reserve divers joined the search.", "ozens")
    assert figure.text == "Dozens"
    assert figure.qualifier == "dozens of"


def test_no_figure_span_ends_on_a_function_word() -> None:
    text = (
        "Millions of Kenyans voted. A 90-strong band played while dozens of Lagos drummers "
        "joined in, and 12 of the 20 members of the board stayed home."
    )
    for figure in _figures(text):
        assert figure.text.split()[-1].lower() not in {"of", "the", "a", "and", "in"}, figure
    assert _one(text, "12 of").unit == "member"
