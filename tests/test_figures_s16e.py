"""Session 16e: a year before "to" and a scaled amount is no range's low end ("rose in 2004 to
789m euros" tells the amount alone), and a range whose low end tops its high end once scaled is
a fall told as two figures ("cut from £30m to £12m"), not one range (sentences of our own)."""

from __future__ import annotations

import pytest

from tests.figure_helpers import one, texts


@pytest.mark.parametrize(
    ("text", "part", "value", "unit"),
    [
        ("Profits climbed in 2004 to 512m euros, the bank said.", "512m euros", 512e6, "EUR"),
        ("Output is set to rise in 2031 to 6.2 million tonnes.", "6.2 million tonnes", 6.2e6, "t"),
        ("Its debt fell in 1998 to 45bn dollars.", "45bn dollars", 45e9, "USD"),
    ],
)  # fmt: skip
def test_a_year_before_a_scaled_amount_is_no_range(
    text: str, part: str, value: float, unit: str
) -> None:
    figure = one(text, part)
    assert (figure.value, figure.high, figure.unit) == (value, None, unit)
    assert not any(t.startswith(("19", "20")) for t in texts(text))  # the year is no figure


def test_a_fall_from_one_amount_to_another_is_two_figures() -> None:
    text = "The council cut its roads budget from £30m to £12m this spring."
    assert one(text, "£30m").value == 30e6
    assert one(text, "£12m").high is None
    # a rising range stays one range
    figure = one("The deal is worth between 50m and 70m euros.", "between 50m and 70m euros")
    assert (figure.value, figure.high) == (50e6, 70e6)
    assert one("Fares will cost $89 to $93 billion.", "$89 to $93 billion").high == 93e9
