"""Figure bugs named in issue #18's session 15 brief: a second race distance joined to a first
("the 100m and 200m events") is metres with no race word near; a road's number or a
kilometre post ("statale 611", "km 57") is no figure; a number word said twice with a hyphen
("sixty-sixty") is an even split, no sum. Sentences invented for these tests."""

from __future__ import annotations

import pytest

from summarizer.figures.judge import find_figures


def _figures(text: str, language: str = "en") -> list[tuple[str, float | None, str | None]]:
    return [(f.text, f.value, f.unit) for f in find_figures(text, language)]


@pytest.mark.parametrize(
    "text",
    [
        "She took gold in the 100m and 200m events at the county championships.",
        "He now holds the 800m and 1500m records for his club.",
        "The 400m, 800m times from the school meeting were posted online.",
    ],
)
def test_a_distance_joined_to_another_is_metres(text: str) -> None:
    found = _figures(text)
    assert found and all(unit == "m" and value < 10_000 for _, value, unit in found), found
    # money joined to a later "200m events" stays millions, and makes the second no distance
    money = _figures("The fund lost £100m and 200m events later cost it more.")
    assert ("£100m", 100e6, "GBP") in money


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("L'incidente è avvenuto sulla statale 611 al km 57, vicino al bivio.", "it"),
        ("La provinciale 24 resta chiusa dal km 3 al km 9 per una frana.", "it"),
        ("El accidente ocurrió en la carretera 340, a la altura del km 12.", "es"),
        ("Der Unfall geschah auf der Bundesstraße 27 bei km 41.", "de"),
    ],
)
def test_a_road_number_or_kilometre_post_is_no_figure(text: str, language: str) -> None:
    assert _figures(text, language) == []


def test_a_distance_beside_kilometre_posts_is_still_a_figure() -> None:
    found = _figures("La provinciale 24 resta chiusa per 6 km, dal km 3 al km 9.", "it")
    assert [(value, unit) for _, value, unit in found] == [(6.0, "km")]


@pytest.mark.parametrize("word", ["sixty-sixty", "seventy-seventy", "eighty-eighty"])
def test_a_number_word_said_twice_is_no_figure(word: str) -> None:
    found = _figures(f"The partners agreed a {word} split and sold sixty-six season tickets.")
    assert [value for _, value, _ in found] == [66.0]  # "sixty-six" is still read


@pytest.mark.parametrize(
    ("sentence", "first"),
    [
        ("The charity raised 40m and 65m dollars in its two appeals.", 40e6),
        ("Bids of 300m or 350m pounds were tabled for the club.", 300e6),
        ("The two masts stand 40m and 65m high above the bay.", 40.0),
        ("She took the 100m and 200m titles at the county games.", 100.0),
    ],
)
def test_an_m_amount_joined_to_another_is_what_the_second_is(sentence: str, first: float) -> None:
    """ "40m and 65m dollars": the first is millions as the second is; heights and race
    distances joined the same way stay metres."""
    figures = find_figures(sentence, "en")
    assert figures and figures[0].value == first
