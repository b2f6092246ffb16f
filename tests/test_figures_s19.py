"""Session 19: "about" that means "concerning" is no qualifier (an editor's reading of 30 real
pages' replies: "a story about two US warships" shown as about two, approximately)."""

from __future__ import annotations

import pytest

from summarizer.figures.judge import find_figures, key_figures
from summarizer.models import Article


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        ("The comedy is a caper about three women who rob the town's bank.", "three women"),
        ("Officials made up a story about two fishing boats lost in the fog.", "two fishing boats"),
        ("The mayor will be asked about two meetings she held with the builder.", "two meetings"),
        ("We are talking about three days of leave for every carer.", "three days"),
    ],
)
def test_about_after_a_word_of_telling_is_no_qualifier(sentence: str, figure: str) -> None:
    (found,) = find_figures(sentence, "en")
    assert found.text == figure
    assert found.qualifier is None


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        ("Pollsters asked about 1,000 voters in the town.", "about 1,000 voters"),
        ("The storm lasted about two hours.", "about two hours"),
        ("The fire destroyed about 40 homes on the hill.", "about 40 homes"),
    ],
)
def test_about_before_an_amount_still_means_roughly(sentence: str, figure: str) -> None:
    (found,) = find_figures(sentence, "en")
    assert found.text == figure
    assert found.qualifier == "about"


@pytest.mark.parametrize(
    ("sentence", "figure", "value"),
    [
        ("She won the $1.1-million tournament on Sunday.", "$1.1-million", 1.1e6),
        ("The province signed a $2.5-billion deal for new trains.", "$2.5-billion", 2.5e9),
    ],
)
def test_a_scale_joined_by_a_hyphen_to_an_amount_scales_it(
    sentence: str, figure: str, value: float
) -> None:
    (found,) = find_figures(sentence, "en")
    assert found.text == figure
    assert found.value == pytest.approx(value)


def test_a_long_plain_digit_run_is_no_key_figure() -> None:
    text = (
        "The council approved a budget of 4 million pounds for the new bridge over the river.\n\n"
        "Work starts in May and should take two years, the council's engineer said.\n\n"
        "90319008 Contact us by phone for more details. Ver=ABC00000001"
    )
    shown = [f.text for f in key_figures(Article(text, title="Bridge budget approved"), "en")]
    assert "4 million pounds" in shown
    assert not any("90319008" in figure for figure in shown)


def test_a_large_count_with_grouped_digits_stays_a_key_figure() -> None:
    text = "The harbour festival counted 1,250,000 visitors last year, a record for the town."
    shown = [f.text for f in key_figures(Article(text, title="Festival record"), "en")]
    assert shown == ["1,250,000 visitors"]


def test_a_count_of_sources_is_no_key_figure() -> None:
    text = (
        "The city will sell its airport to a private operator, two sources familiar with the "
        "talks said on Monday.\n\nThe sale could be signed by the end of the month, they said."
    )
    assert key_figures(Article(text, title="City to sell airport"), "en") == []
