"""Context phrases that opened at a bare verb get their subject back from across asides or a
chain of predicates (helper figctx24b, issue #18). Texts written for these tests."""

from __future__ import annotations

import pytest

from summarizer.figures.judge import find_figures


def _context(text: str, figure: str) -> str:
    return next(f.context for f in find_figures(text, "en") if f.text == figure)


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        (  # a name, a possessive appositive, then the verb
            "Ivo Brandt, Harbour Bakery's head chef, posted 30 photos of the new ovens on his "
            "blog last week.",
            "30 photos",
            "Ivo Brandt posted … of the new ovens on his blog last week",
        ),
        (  # two asides, the second inside the first
            "Lena Hart, the chief buyer of Norland Mills, Ohio's largest weaver, had already "
            "spent $4 million on new looms by the spring.",
            "$4 million",
            "Lena Hart had already spent … on new looms by the spring",
        ),
        (  # an age and a place between the name and the verb
            "Tobias Renn, 47, of Eastwick, was fined £900 for driving without insurance.",
            "£900",
            "Tobias Renn was fined … for driving without insurance",
        ),
        (  # a person pronoun shared by two predicates
            "In fact, over the whole of last season, he missed more matches than any other "
            "defender in the club and was among the bottom 5 percent of players for minutes.",
            "5 percent",
            "he was among the bottom … of players for minutes",
        ),
        (  # a relative pronoun's noun across three predicates
            "The poll is bad news for Senator Alda Voss, who was raised in Dunmore and has "
            "campaigned hard across the valley but is in fourth place with 11 percent.",
            "11 percent",
            "Voss, who is in fourth place with …",
        ),
        (  # a passive chain shares subject and auxiliary
            "Perrin was banned from driving for a year by the county court in March and "
            "fined £320 for the offence.",
            "£320",
            "Perrin was fined … for the offence",
        ),
    ],
)
def test_subject_comes_back(text: str, figure: str, expected: str) -> None:
    assert _context(text, figure) == expected


@pytest.mark.parametrize(
    ("text", "figure", "unwanted"),
    [
        (  # guard: the name ends a pair, the verb is plural ("the mayor and her deputy")
            "It was one of many visits that the mayor and her deputy, Ines Borg, are "
            "making to some of the 14 schools in the district.",
            "14 schools",
            "Ines Borg are",
        ),
        (  # guard: an age is no subject
            "The former councillor, 81, claimed more than £40,000 in expenses last year.",
            "more than £40,000",
            "81 claimed",
        ),
        (  # guard: "is" does not pass to an active past verb after "and"
            "Ralston is settled in Leeds and signed a new £2m deal only last spring.",
            "£2m",
            "is signed",
        ),
    ],
)
def test_no_wrong_subject(text: str, figure: str, unwanted: str) -> None:
    assert unwanted not in _context(text, figure)
