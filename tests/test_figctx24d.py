"""Context phrases (helper figctx24d, issue #18): a phrase that still opens or ends as a
fragment falls back to a whole clause of its sentence, or to none (`context_fallback`, with the
check in `phrase_fragment`); a capital "That" before its noun stays; later items of a poll's
list of standings get the group the first item named; "have added" is no reporting verb.
Texts written for these tests."""

from __future__ import annotations

import pytest

from summarizer.figures.judge import find_figures


def _context(text: str, figure: str) -> str:
    return next(f.context for f in find_figures(text, "en") if f.text == figure)


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        (  # a participle after a verbless opener: the clause after the opener is its host
            "On Friday, Vance went further, endorsing nine school board candidates who share "
            "her plan for the district.",
            "nine school board candidates",
            "Vance went further, endorsing … who share her plan for the district",
        ),
        (  # the same after a one-word opener
            "Eventually, Mr. Holt resigned, selling his stake at an estimated loss of "
            "$210 million.",
            "$210 million",
            "Mr. Holt resigned, selling his stake at an estimated loss of …",
        ),
        (  # an adjunct opening ("including ..., Attendees"): the sentence read in order
            "Attendees, including Mr. Dunn of Harbor Bank and Ms. Reyes, contributed $2,700 each.",
            "$2,700",
            "Attendees, including Mr. Dunn of Harbor Bank and Ms. Reyes, contributed … each",
        ),
        (  # "That" as a determiner stays with its noun
            "Okoro said last month he would need 58 percent of the remaining seats. That figure "
            "actually grew a little on Friday, to close to 61 percent, after a narrow loss in "
            "Dover.",
            "close to 61 percent",
            "That figure actually grew a little on Friday, to …",
        ),
        (  # ... and as a subject
            "Vance won 12 seats in Dover on Tuesday. That means for the night Vance has earned "
            "at least 175 seats so far, having also won Marlow.",
            "at least 175 seats",
            "That means for the night Vance has earned … so far",
        ),
        (  # a later item of a list of standings: the group the first share named
            "The latest Harbor poll showed Vance leading the field with support of 31 percent "
            "of Republican voters, followed by Senator Ada Quill at 17 percent, retired surgeon "
            "Tom Berry at 13 percent and former Governor Lee Hart at seven percent.",
            "13 percent",
            "retired surgeon Tom Berry at … of Republican voters",
        ),
        (  # "have added": a perfect, not a reporting verb, so the time phrase gets its clause
            "In the past five years, we have added 1 million jobs to the state economy, the "
            "governor said.",
            "five years",
            "In the past … we have added 1 million jobs",
        ),
    ],
)
def test_context(text: str, figure: str, expected: str) -> None:
    assert _context(text, figure) == expected


@pytest.mark.parametrize(
    ("phrase", "fragment"),
    [
        ("refunded … to the donors", True),  # a bare verb
        ("with … and rising", True),  # an absolute's participle makes no clause
        ("according to … present who asked not to be named", True),
        ("On Tuesday, endorsing … in the state", True),  # past a verbless opener
        ("she gave … to the", True),  # ends waiting for its noun
        ("Kasich has … and Carson has", True),
        ("The bank refunded … to the donors", False),
        ("… of likely voters said they would stay home", False),
        ("… ago, when she was breaking in", False),  # a particle
        ("If judges believe … is not an extravagant amount then what is?", False),
        ("in 2012 it paid … in income taxes", False),  # a preposition, then a clause
        ("… had decided to join IS", False),  # a name in capitals
    ],
)
def test_fragment_check(phrase: str, fragment: bool) -> None:
    from summarizer.figures.phrase_fragment import fragment as check

    assert check(phrase) is fragment


def test_fallback_drops_a_hopeless_phrase() -> None:
    """A phrase that ends waiting for its noun, with no whole clause of the sentence within
    the length limit, gives the figure alone."""
    from summarizer.figures.context_fallback import whole_or_none

    text = (
        "According to the long report the harbour board published on its website late on "
        "Friday evening, the two candidates for the council seat in the northern ward are "
        "essentially in a tie among older and retired voters in the county."
    )
    start = text.index("two candidates")
    end = start + len("two candidates")
    assert (
        whole_or_none("The … are essentially in a tie among", text, 0, len(text), start, end) == ""
    )


def test_guard_verb_opening_kept_when_no_clause_fits() -> None:
    """guard: a phrase opening at a verb, its sentence too long to show whole, stays as it
    is (it still says what the figure counts; the figure alone would not)."""
    text = (
        "Ticket sales at the Lyric have doubled since the spring, according to the theatre's "
        "own figures, with 12,000 seats sold in May and rising."
    )
    assert _context(text, "12,000 seats") == "with … sold in May and rising"


def test_guard_name_before_relative_is_no_opener() -> None:
    """guard: "Senator Ada Quill, who sits at …" opens at a name, not at a relative word."""
    text = (
        "Vance leads the race with 41 percent. Her nearest rival is Senator Ada Quill, who "
        "sits at 16%."
    )
    assert _context(text, "16%").endswith("Senator Ada Quill, who sits at …")
