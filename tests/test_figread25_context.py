"""Key-figure contexts read as a user would (helper figread25, session 25): a relative clause
after a dash aside is about the noun before the aside, a counted subject skips a partitive
aside ("two of them ...") for its predicate, and a tail stops where a main clause starts after
a lost comma. Texts are our own."""

from __future__ import annotations

import pytest

from summarizer.figures.judge import find_figures


def _context(text: str, span: str) -> str:
    found = {f.text: f.context for f in find_figures(text, "en")}
    assert span in found, found
    return found[span]


@pytest.mark.parametrize(
    "text",
    [
        "The drama led with $40.2m, ahead of the cartoon Moonfish - now in its third week on"
        " release - which took $19.8m.",
        "The drama led with $40.2m, ahead of the cartoon Moonfish — now in its third week on"
        " release — which took $19.8m.",
    ],
)
def test_relative_after_dash_aside_names_the_noun_before_it(text: str) -> None:
    assert _context(text, "$19.8m") == "the cartoon Moonfish, which took …"


def test_partitive_aside_is_passed_over_for_the_predicate() -> None:
    text = "Nine walkers, three of them retired teachers, crossed the glacier in a single day."
    assert _context(text, "Nine walkers") == "… crossed the glacier in a single day"


def test_a_partitive_of_whom_aside_too() -> None:
    text = "Eleven sailors, most of whom were cadets, reached the harbour after the storm."
    assert _context(text, "Eleven sailors") == "… reached the harbour after the storm"


@pytest.mark.parametrize(
    ("text", "span", "context"),
    [
        (
            "After Mills had dragged a shot 15 yards out Harper showed him how to finish.",
            "15 yards",
            "Mills had dragged a shot … out",
        ),
        (
            "When the council spent £3m on the old depot Baker demanded an inquiry.",
            "£3m",
            "When the council spent … on the old depot",
        ),
    ],
)
def test_tail_stops_where_a_run_on_main_clause_starts(text: str, span: str, context: str) -> None:
    assert _context(text, span) == context


def test_a_comma_before_the_figure_leaves_the_tail_alone() -> None:
    text = "After the vote, the board paid £2m to Fairview Trust within a week."
    assert "Fairview Trust" in _context(text, "£2m")


def test_a_tail_does_not_end_on_an_adverb_of_what_was_cut() -> None:
    text = (
        "Some 4,200 city libraries plan to open just after midnight on Tuesday 9 November"
        " for the book's launch."
    )
    assert _context(text, "Some 4,200 city libraries") == "… plan to open"
