"""A context phrase starts at its subject, not inside it (issue #18, session 14): not at the
finite verb when the subject holds a "to" phrase, not on the second of two names, not inside
a relative clause that defines the subject, not after a renaming name; a list's last items
keep the verb whose objects they are; a tail does not end inside a subject it cut from its
verb."""

from __future__ import annotations

import pytest

from summarizer.figures.judge import find_figures


def _context(text: str, figure: str) -> str:
    return next(f.context for f in find_figures(text, "en") if f.text == figure)


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        (
            # the subject holds the preposition "to" before a name: no infinitive
            "The curb on timber exports to Westmark is set to be eased in the next eight "
            "months despite fierce complaints, an aide said.",
            "eight months",
            "The curb on timber exports to Westmark is set to be eased in the next …",
        ),
        (
            # two names joined by "and" are one subject
            "Tomas Brevik and Lena Marsh will appeal against the provisional three-year bans "
            "handed to them by the federation at a hearing next week.",
            "three-year",
            "Tomas Brevik and Lena Marsh will appeal against the provisional … bans handed to them",
        ),
        (
            # the relative clause defines the subject of "has to be"
            "Relax, it is only one opinion, and any ranking that puts the Zorbex in the top "
            "50 phones has to be wrong.",
            "50 phones",
            "any ranking that puts the Zorbex in the top … has to be wrong",
        ),
        (
            # a noun phrase, then the name it goes by, between commas
            "The unit, Halvard, was put up for sale to settle a $2.6bn (£1.9bn) fine.",
            "$2.6bn",
            "The unit, Halvard, was put up for sale to settle a … fine",
        ),
        (
            # the list's last items with the verb whose objects they are; the participle takes
            # the head of its sentence's subject (figctx24e, `context_head`)
            "Marta Ilves showed strong form on Sunday at the Tarvik indoor meeting, winning "
            "the high jump, the shot put and the 800m.",
            "800m",
            "Marta Ilves, winning the high jump, the shot put and the …",
        ),
        (
            # a tail that ends inside a subject ("… and the cabinet") keeps the subject's verb
            "The minister said: \"Over the past nine years Anna's work for the ministry and "
            'the cabinet has been superb - and it was a joy to work with her."',
            "nine years",
            "Over the past … Anna's work for the ministry and the cabinet has been superb",
        ),
    ],
)
def test_phrase_starts_at_whole_subject(text: str, figure: str, expected: str) -> None:
    assert _context(text, figure) == expected


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        (
            # "to" before a verb is an infinitive: the subject is no noun phrase to put back
            "Corvell, the region's largest paint maker, has agreed to buy Tinto for $80m.",
            "$80m",
            "Corvell has agreed to buy Tinto for …",
        ),
        (
            # "that" opens a clause with its own subject ("a strike is"): no relative clause
            "The guild wrote before the ballot that a strike is vital because of 3,100 jobs "
            "cut from the sector over the past year.",
            "3,100 jobs",
            "because of … cut from the sector over the past year",
        ),
        (
            # "and the company has …" after a clause with its own verb is a second clause
            "Brenmark's stock slid more than 12% after the warning and the firm has lowered "
            "its outlook for the year.",
            "more than 12%",
            "Brenmark's stock slid …",
        ),
        (
            # a list too long for the cap keeps its last items only, not a cut verb
            "Marta Ilves won the high jump, the shot put and the 800m at the Tarvik meeting.",
            "800m",
            "the shot put and the … at the Tarvik meeting",
        ),
    ],
)
def test_phrase_start_unchanged(text: str, figure: str, expected: str) -> None:
    assert _context(text, figure) == expected
