"""A context phrase never ends on the first item of a list of examples (issue #18)."""

from __future__ import annotations

import pytest

from summarizer.figures.judge import find_figures


def _context(text: str, figure: str) -> str:
    return next(f.context for f in find_figures(text, "en") if f.text == figure)


@pytest.mark.parametrize(
    ("text", "figure", "kept"),
    [
        (
            "The council approved 12 projects in several districts such as Northfield, "
            "Ashgrove and Tellmoor at its meeting.",
            "12 projects",
            "in several districts",
        ),
        (
            "The charity delivered 3,000 parcels to remote villages including Brackenmoor, "
            "Lowhythe, Sallowby and Frettle last winter.",
            "3,000 parcels",
            "to remote villages",
        ),
    ],
)
def test_a_list_of_examples_goes_whole_and_its_noun_stays(
    text: str, figure: str, kept: str
) -> None:
    context = _context(text, figure)
    assert context.endswith(kept), context
    assert "such as" not in context and "including" not in context


def test_a_single_example_without_a_list_stays_in_the_phrase() -> None:
    text = "The studio hired 40 animators including two from Lisbon for the new series."
    assert "including two from Lisbon" in _context(text, "40 animators")
