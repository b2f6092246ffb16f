"""Context phrases from issue #18's seventeenth by-eye reading (session 23, PolNeAR train
articles): a start or end inside a subject of two noun phrases joined by "and", a clause that
leaves out the verb it shares with the one before ("X was chosen by 37% ..., Y by …"), and a
change's base ("up from …") after a noun phrase that opens with the new amount. Sentences
invented for these tests."""

from __future__ import annotations

import pytest

from summarizer.figures.phrase_joins import subject_and
from tests.figure_helpers import one


@pytest.mark.parametrize(
    ("text", "part", "opening"),
    [
        (
            "The charity and its founder in 2018 agreed to a $3 million settlement with the New"
            " Jersey attorney general over claims that the group falsely described its raffles"
            " as tax-free gifts.",
            "$3 million",
            "The charity and its founder",
        ),
        (
            "A mining official said this month that closures in the copper and zinc mines alone"
            " could lead to cuts of 2.4 million jobs.",
            "2.4 million jobs",
            "closures in the copper and zinc mines",
        ),
    ],
)
def test_a_subject_of_two_noun_phrases_is_kept_whole(text: str, part: str, opening: str) -> None:
    # cut at its "and", the phrase would open on half a subject ("its founder ... agreed")
    assert one(text, part).context.startswith(opening)


def test_a_tail_does_not_end_inside_a_clause_whose_subject_has_an_and() -> None:
    text = (
        "Besides the rent for its office space in Leeds, the party has paid its leader's hotels"
        " and bars more than £140,000 since his office and the board struck a joint fundraising"
        " deal in early May, after he finally won the leadership vote."
    )
    context = one(text, "more than £140,000").context
    assert "since his office" not in context  # the clause goes whole or not at all
    assert context.startswith("the party has paid")


def test_a_gapped_clause_takes_the_verb_it_leaves_out() -> None:
    text = (
        "A Harbour Post poll found that in a head-to-head race with Ahmed as the Labour"
        " candidate and Brook leading the Green list, Ahmed was chosen by 41% of likely"
        " voters, Brook by 33% and Chen by 19%."
    )
    for part in ("33%", "19%"):
        context = one(text, part).context
        assert context.startswith("Ahmed was chosen by 41% of likely voters, Brook by")
    assert not one(text, "33%").context.startswith("Ahmed, Brook")


def test_a_base_of_change_names_what_changed_when_the_amount_opens_it() -> None:
    text = (
        "About 3 million drivers have about £4.2bn in unpaid fines, up from roughly £2.9bn in"
        " 2015, which includes parking and speeding fines from the six biggest councils,"
        " according to figures from the Department for Transport."
    )
    assert one(text, "roughly £2.9bn").context == "about £4.2bn in unpaid fines, up from … in 2015"


@pytest.mark.parametrize(
    ("words", "index", "expected"),
    [
        ("The company and its co-founder in 2009 agreed to a", 2, -1),
        ("said that cutbacks in the steel and coal sectors could", 6, 1),
        ("since his campaign and the RNC struck a deal", 3, 0),
        # two clauses or two predicates, no subject: None
        ("He visited Paris and the mayor said", 3, None),
        ("he won Ohio and has more", 3, None),
        ("the period and reportedly has more", 2, None),
        ("a Spanish manager and we have got", 3, None),
        ("victory after seven attempts and Scotland have lost", 4, None),
        ("follows Morrissey, David Bowie and Nick Cave in directing", 4, None),
        ("shootings in Ohio and Texas and a sniper targeting", 5, None),
    ],
)
def test_subject_and(words: str, index: int, expected: int | None) -> None:
    assert subject_and(words.split(), index) == expected


def test_a_figure_paired_with_another_before_one_verb_keeps_the_verb() -> None:
    text = (
        "According to a new poll by the Harbour Post, 64 percent of retired teachers and 58"
        " percent of nurses have a poor view of the plan."
    )
    context = one(text, "64 percent").context
    assert context.endswith("have a poor view of the plan")
