"""Context phrases and figure shapes from issue #18's thirteenth by-eye reading (session 17):
a day and month before a capitalised plural is a date, not a count ("the 4 June riots"); a
verb whose object stands between it and "up to" ("drove costs up to …") takes "up" as its
particle, not the qualifier; a participle adjunct with a possessive ("…, taking its total to
…") borrows the owner; a subject before a subordinate aside ("X, even when …, do not …")
stays with its predicate; an absolute "with" clause whose figure is "N of those" borrows what
"those" are from the clause before. Sentences invented for these tests."""

from __future__ import annotations

import pytest

from summarizer.figures.judge import find_figures
from tests.figure_helpers import containing as _one


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Security was tightened after the 4 June riots in the capital, officials said.", "4 June"),
        ("Since the morning of 19 March requests to open the portal have timed out.", "19 March"),
    ],
)
def test_a_day_and_month_before_a_plural_is_no_count(text: str, date: str) -> None:
    assert not [f for f in find_figures(text, "en") if date in f.text]


def test_a_date_before_a_plural_goes_but_a_big_count_before_a_month_name_stays() -> None:
    text = "After the 2 May protests, about 3 million May shoppers went online."
    assert [f.value for f in find_figures(text, "en")] == [3_000_000]


@pytest.mark.parametrize(
    ("text", "core", "change"),
    [
        ("The vote which drove costs up to 4.75% alarmed the board.", "4.75%", "up to"),
        ("Heavy buying pushed the rand up to 12.5 to the dollar by noon.", "12.5", "up to"),
    ],
)
def test_a_split_particle_is_no_qualifier(text: str, core: str, change: str) -> None:
    figure = _one(text, core)
    assert figure.qualifier is None
    assert figure.change == change
    assert "up to …" in figure.context


def test_up_to_after_a_change_verb_stays_a_qualifier_but_not_after_an_object() -> None:
    text = "Fares could climb by up to 7% next spring after the strike sent prices up to 9%."
    assert [(f.value, f.qualifier) for f in find_figures(text, "en")] == [(7, "up to"), (9, None)]


def test_a_possessive_participle_borrows_its_owner() -> None:
    text = (
        "Iron Orchard made $9.4m in ticket sales over the weekend, according to early"
        " figures, taking its total to $61.8m."
    )
    assert _one(text, "$61.8m").context == "Iron Orchard, taking its total to …"


def test_a_possessive_participle_after_a_dash_borrows_its_owner() -> None:
    text = "Mr Hale bought more shares in the club on Monday - taking his stake to 42.3%."
    assert _one(text, "42.3%").context.startswith("Mr Hale, taking his stake to")


def test_a_subject_before_a_subordinate_aside_keeps_its_predicate() -> None:
    text = "The council's new promises, even when they are very modest, do not survive three weeks."
    assert _one(text, "three weeks").context == "The council's new promises do not survive …"


def test_a_partitive_pronoun_in_a_with_clause_borrows_what_it_stands_for() -> None:
    text = (
        "The move follows the minister's statement last week that 52,000 posts would go,"
        " with around 3,000 of those expected in Cornwall."
    )
    context = _one(text, "3,000").context
    assert context == "52,000 posts would go, with … expected in Cornwall"
