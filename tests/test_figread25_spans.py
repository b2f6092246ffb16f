"""Key-figure spans read as a user would (helper figread25, session 25): a figure never stops
inside a hyphenated word, a verb after a number is no counted noun, and a short all-capitals
name may lead a counted noun ("1.4 million UK workers"). Texts are our own."""

from __future__ import annotations

import pytest

from summarizer.figures.judge import find_figures


def _pairs(text: str) -> list[tuple[str, str]]:
    return [(f.text, f.context) for f in find_figures(text, "en")]


@pytest.mark.parametrize(
    ("text", "span", "context"),
    [
        (
            "A 30-mile-long tailback built up near the bridge.",
            "30-mile-long",
            "A … tailback built up near the bridge",
        ),
        (
            "The pair ended their nine-year-partnership in spring.",
            "nine-year-partnership",
            "The pair ended their … in spring",
        ),
        (
            "The bank bought 3bn dollars-worth of bonds back on Friday.",
            "3bn dollars-worth",
            "The bank bought … of bonds back on Friday",
        ),
        (
            "Engineers built a 200-metre-high mast beside the school.",
            "200-metre-high",
            "Engineers built a … mast beside the school",
        ),
    ],
)
def test_span_takes_the_whole_hyphenated_word(text: str, span: str, context: str) -> None:
    assert (span, context) in _pairs(text)


@pytest.mark.parametrize(
    "text",
    [
        "The index showed a figure above 50 indicates the sector is still growing.",
        "Any score under 20 suggests the patient needs more care.",
    ],
)
def test_a_verb_after_a_number_is_no_counted_noun(text: str) -> None:
    assert not any(span.endswith(("indicates", "suggests")) for span, _ in _pairs(text))


@pytest.mark.parametrize(
    ("text", "span"),
    [
        (
            "The walkout could involve up to 2.3 million UK nurses next month.",
            "up to 2.3 million UK nurses",
        ),
        ("The ministry sent some 400 US advisers to the region.", "some 400 US advisers"),
    ],
)
def test_an_acronym_may_lead_a_counted_noun(text: str, span: str) -> None:
    assert span in [s for s, _ in _pairs(text)]


def test_a_money_code_glued_to_digits_is_no_name() -> None:
    # "4 EUR20 Tokens" is no count of tokens named "EUR20"
    assert "4 EUR20 Tokens" not in [s for s, _ in _pairs("She won 4 EUR20 Tokens in the draw.")]
