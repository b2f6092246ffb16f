"""Context phrases (helper figctx24f, issue #18): a figure by a pair of spaced dashes is told
across the pair (`context_dash_pair`: a subject before the pair gets the predicate after it,
a list item inside it the subject and predicate around it, an appositive inside it the clause
before it, whichever dash is used); a subject is found behind an adverb, a participle's aside
("owned by ...") and after "that" (`context_asides`, `phrase_subject_far`); a poll share's
group is never an "of X" past the share's own "of" (`context_population`). Texts written for
these tests."""

from __future__ import annotations

import pytest

from summarizer.figures.judge import find_figures


def _context(text: str, figure: str) -> str:
    return next(f.context for f in find_figures(text, "en") if f.text == figure)


_RACE = (
    "Nine candidates — including the city's deputy mayor, three councillors and two bakers "
    "hoping to sell themselves as newcomers — are running to replace Mayor Lind next spring."
)


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        (  # the subject before the pair: the predicate after it, the list skipped
            _RACE,
            "Nine candidates",
            "… are running to replace Mayor Lind next spring",
        ),
        (  # a list item inside the pair: the subject before and the predicate after
            _RACE,
            "three councillors",
            "Nine candidates — including … — are running to replace Mayor Lind next spring",
        ),
        (  # the last item, whose own tail is too long to keep
            _RACE,
            "two bakers",
            "Nine candidates — including … — are running to replace Mayor Lind next spring",
        ),
        (  # an appositive between em dashes after a clause: told as with the bar
            "Editor's note: The mayor is a habitual fibber and schemer who has repeatedly "
            "vowed to expel all cyclists — 40,000 riders of an entire city — from the old town.",
            "40,000 riders",
            "The mayor has repeatedly vowed to expel all cyclists — … of an entire city",
        ),
        (  # an adverb before the verb, behind a case name and its number
            "A third stalemate, in Harbor Board v. Lind, No. 12-345, effectively ended the "
            "council's plan to house as many as 9,000 families near the river.",
            "as many as 9,000 families",
            "A third stalemate effectively ended the council's plan to house … near the river",
        ),
        (  # a subject after "that", a name's label and a participle's agent between
            "Land records show that a firm called Tarvo Ltd, owned by Mira Kask, sold the "
            "warehouse for $410,000 the week before the vote.",
            "$410,000",
            "a firm called Tarvo Ltd sold the warehouse for … the week before the vote",
        ),
        (  # a participle with its agent after an adverb keeps the subject's comma
            "The fair, usually visited by about 3,000 farmers each autumn, opened on Friday.",
            "about 3,000 farmers",
            "The fair, usually visited by … each autumn",
        ),
        (  # no group from an "of" past the share's own: "of real people" is not its group
            "A survey found that 40 per cent of the club's mailing list consists of real "
            "people who read it. And at least 12 per cent – more than 900 names – are long dead.",
            "at least 12 per cent",
            "And … are long dead",
        ),
    ],
)
def test_context_across_dashes_and_asides(text: str, figure: str, expected: str) -> None:
    assert _context(text, figure) == expected


def test_guard_clause_inside_dashes_is_left_alone() -> None:
    """guard (passes on the snapshot too): an aside with its own verb is told as before."""
    text = (
        "The two rivals — one of whom won 40 percent of the vote last year — will meet again "
        "in the final round in May."
    )
    assert "—" not in _context(text, "40 percent")
