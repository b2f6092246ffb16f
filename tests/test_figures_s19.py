"""Session 19: "about" that means "concerning" is no qualifier (an editor's reading of 30 real
pages' replies: "a story about two US warships" shown as about two, approximately)."""

from __future__ import annotations

import pytest

from summarizer.figures.judge import find_figures


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
