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
            "The ban on steel imports to Norland is likely to be lifted in the next eight "
            "months despite loud protests, the minister said.",
            "eight months",
            "The ban on steel imports to Norland is likely to be lifted in the next …",
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
            "The subsidiary, Norvex, was sold to pay off a $4.2bn (£3bn) tax bill.",
            "$4.2bn",
            "The subsidiary, Norvex, was sold to pay off a … tax bill",
        ),
        (
            # the list's last items with the verb whose objects they are
            "Marta Ilves showed strong form on Sunday at the Tarvik indoor meeting, winning "
            "the high jump, the shot put and the 800m.",
            "800m",
            "winning the high jump, the shot put and the …",
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
            # "that" opens a clause with its own subject ("action is"): no relative clause
            "The union said in its letter before the vote that action is needed because of "
            "4,200 posts lost from the trade over the last year.",
            "4,200 posts",
            "because of … lost from the trade over the last year",
        ),
        (
            # "and the company has …" after a clause with its own verb is a second clause
            "Tarvo's shares tumbled more than 10% on the news and the company has cut its "
            "forecast for the year.",
            "more than 10%",
            "Tarvo's shares tumbled … on the news",
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
