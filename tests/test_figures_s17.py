"""Context phrases and figure shapes from issue #18's twelfth by-eye reading (session 17): tails
cut inside a verb's complement (a copula, an infinitive, "the three months to <month>"), starts
on a noun phrase's last word, at a predicate whose subject sits before an appositive with a
relative clause, past a preposition the figure is the object of, or inside a phrase whose
predicate is the cut subject's; and three figure shapes (a bounded change then a level, a pair
of clock times, a score "from 12-3 down"). Sentences invented for these tests."""

from __future__ import annotations

import pytest

from summarizer.figures.judge import find_figures
from summarizer.figures.phrase_remnant import noun_remnant
from summarizer.figures.phrase_verb_tail import verb_tail
from tests.figure_helpers import containing as _one


@pytest.mark.parametrize(
    ("text", "core", "tail"),
    [
        (
            '"Roughly 60% of the faults we logged eight years ago are still a problem today,"'
            " she said.",
            "60%",
            "are still a problem today",
        ),
        (
            '"About 75% of the flaws we noted five years ago are still a worry now," the'
            " inspector said.",
            "75%",
            "are still a worry now",
        ),
    ],
)
def test_a_copula_keeps_its_complement(text: str, core: str, tail: str) -> None:
    assert _one(text, core).context.endswith(tail)


def test_a_copula_whose_complement_does_not_fit_goes() -> None:
    text = (
        "How could it be fair that the poorest 10% of households were still paying more as a"
        " share of income than the richest 10%, she asked."
    )
    first = next(f for f in find_figures(text, "en") if f.text == "10%")
    assert first.context.endswith("of households")


def test_a_verb_cut_from_its_infinitive_loses_its_clause() -> None:
    text = (
        "Norland's economy is forecast to expand by 3.1% in 2006 as it continues to recover"
        " from a two-year slump in farm prices."
    )
    assert _one(text, "3.1%").context.endswith("by … in 2006")


def test_verb_tail_takes_a_short_infinitive_along() -> None:
    right0 = ["in", "an", "attempt", "to", "spur", "lending"]
    assert verb_tail(["rates", "at"], right0[:3], right0) == right0


def test_a_period_keeps_its_end_month() -> None:
    text = "These licence fees helped Corvell reach sales of $612.4m for the six months to October."
    assert _one(text, "612.4m").context.endswith("for the six months to October")


def test_a_start_on_a_noun_phrase_s_last_word_moves_to_the_verb() -> None:
    text = (
        "Ms Rowe listed her group's pledges of free school meals for every pupil, cutting bus"
        " fares and scrapping the water rate would be paid for by charging 45% tax to those"
        " earning over £150,000 a year."
    )
    assert _one(text, "150,000").context.startswith("would be paid for by charging")


def test_noun_remnant_takes_a_subject_back_to_its_determiner() -> None:
    words = ["Officials", "said", "that", "the", "annual", "budget", "rose", "to"]
    assert noun_remnant(words, 5) == words[3:]
    object_words = ["by", "replacing", "the", "old", "levy", "would", "be", "paid", "by"]
    assert noun_remnant(object_words, 4) == object_words[5:]  # an object: from its verb


@pytest.mark.parametrize(
    ("text", "core", "head"),
    [
        (
            "Harbourline, the ferry firm which carried 40% of the island's freight, had been"
            " seized and sold in March for less than £8m to a little-known fund called Ostra.",
            "8m",
            "Harbourline had been seized and sold",
        ),
        (
            "Moon Harbour, the second series of which was filmed in Cork, pulled in a modest"
            " audience of 4.2 million, according to the ratings agency.",
            "4.2 million",
            "Moon Harbour pulled in",
        ),
    ],
)
def test_a_subject_before_an_appositive_with_a_relative_clause(
    text: str, core: str, head: str
) -> None:
    assert _one(text, core).context.startswith(head)


def test_a_past_predicate_takes_its_subject_but_compared_with_is_none() -> None:
    text = (
        "The survey, which Kestrel Research ran in May, found 41% of women voted, compared"
        " with 39% of men. The ferry, which the council bought in 2001, carried 52,000"
        " passengers last year."
    )
    assert not _one(text, "39%").context.startswith("The survey compared")
    assert _one(text, "52,000").context.startswith("The ferry carried")


def test_a_figure_after_a_preposition_keeps_its_clause() -> None:
    text = (
        "Tom Pryce levelled for the visitors after 64 minutes with a low shot from the edge of"
        " the penalty area."
    )
    assert _one(text, "64 minutes").context.startswith("Tom Pryce levelled for the visitors")


def test_a_predicate_of_the_cut_subject_goes() -> None:
    text = (
        "The council's reply to the proposal for a new three-level certificate to replace all"
        " existing 40 local diplomas is expected next month."
    )
    context = _one(text, "40 local").context
    assert context.startswith("The council's reply to the proposal")
    assert "expected" not in context


def test_a_bounded_change_then_a_level_is_no_range() -> None:
    figures = find_figures(
        "Brent crude traded in London lost more than $3 to $51.40 a barrel.", "en"
    )
    assert [(f.value, f.high) for f in figures] == [(3.0, None), (51.4, None)]
    (kept,) = find_figures("Output rose by about 50 to 60 tonnes a day.", "en")
    assert (kept.value, kept.high) == (50.0, 60.0)  # an approximate range stays one


def test_a_pair_of_clock_times_is_no_figure() -> None:
    assert (
        find_figures("The court imposed a curfew between 2300 and 0600 on the driver.", "en") == []
    )


@pytest.mark.parametrize(
    "text",
    [
        "Kelso came from 12-3 down to beat Hawick 20-15 on Saturday.",
        "From 0-3 down in the second set, she won six games in a row.",
    ],
)
def test_a_score_down_is_no_figure(text: str) -> None:
    assert [f.text for f in find_figures(text, "en") if f.kind == "number"] == []
