"""Context phrases that opened at a predicate whose subject the cut left behind (issue #18,
readings 17 and 18, session 23): the verb of a relative clause ("who | has donated …"), the
second verb of one ("who ran … and | has raised …"), a reported clause whose pronoun stands for
the reporter ("X says | it raised …"), a name before "who" after a day ("On Friday, Morgan,
who has …"), and a modifier's host that names a reporting word as an adjective ("the reported
savings, | totalling …"). Sentences invented for these tests."""

from __future__ import annotations

import pytest

from tests.figure_helpers import one


@pytest.mark.parametrize(
    ("text", "part", "opening"),
    [
        (
            "Dana Ruiz, a florist in Leeds who has donated close to £30,000 to local charities"
            " over the years, spoke at the meeting.",
            "close to £30,000",
            "a florist in Leeds who has donated",
        ),
        (
            "The club hired a physio who has treated more than 300 players in the top two"
            " divisions in the last decade.",
            "more than 300 players",
            "a physio who has treated",
        ),
    ],
)
def test_a_relative_clause_keeps_its_noun(text: str, part: str, opening: str) -> None:
    # cut at "who", the phrase would open at the verb and say nothing of who gave or treated
    assert one(text, part).context.startswith(opening)


def test_a_second_verb_of_a_relative_clause_keeps_the_person_it_is_about() -> None:
    text = (
        "The prize went to Omar Haddad, a retired teacher in Cardiff, who ran the school choir"
        " for decades and has raised more than £8,000 for the hospice since 2015."
    )
    context = one(text, "more than £8,000").context
    # the person, not the city the person is in, and not the bare verb
    assert context.startswith("a retired teacher, who has raised …")


@pytest.mark.parametrize(
    ("text", "part", "opening"),
    [
        (
            "The bakery chain says it sold 2.5 million pies in December.",
            "2.5 million pies",
            "The bakery chain says it sold",
        ),
        (
            "Police said they found 40kg of cannabis hidden in the van.",
            "40kg",
            "Police said they found",
        ),
    ],
)
def test_a_reporter_that_a_pronoun_stands_for_stays(text: str, part: str, opening: str) -> None:
    assert one(text, part).context.startswith(opening)


def test_a_reporter_that_is_a_pronoun_still_goes() -> None:
    # "He said" names no one: the reported clause alone, as before
    text = "He said it sold 2.5 million pies in December."
    assert one(text, "2.5 million pies").context.startswith("it sold")


def test_an_owner_before_a_reporting_verb_is_the_subject_of_its_total() -> None:
    text = "The charity says it raised £2m in May, bringing its total for the year to £9m."
    assert one(text, "£9m").context.startswith("The charity, bringing its total")


def test_a_name_after_a_day_before_who_is_a_phrase() -> None:
    text = "Late on Friday, Morgan, who has nearly 4 million followers, posted a video."
    assert one(text, "nearly 4 million followers").context == "Morgan, who has …"


def test_a_reported_adjective_does_not_stop_a_modifier_borrowing_its_host() -> None:
    text = (
        "Nearly 40 percent of the firm's reported sales, totalling $90 million, have come from"
        " Asia, the filing shows."
    )
    context = one(text, "$90 million").context
    assert context.startswith("Nearly 40 percent of the firm's reported sales, totalling")
