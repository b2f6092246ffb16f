"""Context phrases of poll shares (issue #18, session 24): a bare share ("while 23 percent
favored Ms. Vance") gets the group the poll counts when the text names it close by (earlier in
the sentence, or the sentence before when that one tells of a poll), and never a group the
share is not of. And the titles that keep their full stop in a phrase are the sentence
splitter's own list. Sentences invented for these tests."""

from __future__ import annotations

import pytest

from summarizer.figures.context_sets import ABBREVIATED
from summarizer.figures.context_tokens import clause_words
from summarizer.text.lexicon import ABBREVIATIONS, ANY, TITLE
from summarizer.text.tokenize import sentence_spans
from tests.figure_helpers import one

ONE_SENTENCE = (
    "A Marlow College poll released Friday found that 31 percent of likely Democratic"
    " caucusgoers backed Ms. Vance, while 24 percent favored Mr. Okoro and 9 percent"
    " supported Mayor Lind."
)
SENTENCE_BEFORE = (
    "A Harbor Institute survey of 900 registered voters in Maine was taken last week."
    " Some 41 percent said they would vote to repeal the ferry tax."
)


@pytest.mark.parametrize(
    ("text", "part", "opening"),
    [
        (ONE_SENTENCE, "24 percent", "… of likely Democratic caucusgoers favored Mr. Okoro"),
        (SENTENCE_BEFORE, "Some 41 percent", "… of registered voters in Maine said they would"),
        (
            "Among Catholic voters in Ohio, Dale leads the race, and 38 percent say they are"
            " undecided.",
            "38 percent",
            "… of Catholic voters in Ohio say they are undecided",
        ),
        (
            "In the Quill poll, 52 percent of nurses' union members back the strike, with 30"
            " percent saying it came too soon.",
            "30 percent",
            "with … of nurses' union members saying it came too soon",
        ),
    ],
)
def test_a_bare_poll_share_gets_the_group_named_before_it(
    text: str, part: str, opening: str
) -> None:
    assert one(text, part).context.startswith(opening)


def test_a_share_backing_someone_or_a_standing_gets_the_group() -> None:
    text = (
        "The Wren survey gave Ms. Vance the support of 44 percent of registered Democrats,"
        " while Mr. Okoro has backing from 35 percent. Mayor Lind was third with 12 percent."
    )
    assert one(text, "35 percent").context.endswith("backing from … of registered Democrats")
    assert one(text, "12 percent").context.endswith("third with … of registered Democrats")


# Guards (they pass on the code before this change too): where no group may be lent.
@pytest.mark.parametrize(
    ("text", "part"),
    [
        # "those" are the 40 percent, not all the farmers
        (
            "A Rook poll found 40 percent of farmers in Kent oppose the levy; 62 percent of"
            " those rent their land, while 30 percent own it.",
            "30 percent",
        ),
        # the phrase names its own group
        (
            "A Rook poll of 600 adults was out on Monday. Slightly more than a third of"
            " teachers, 35 percent, agree.",
            "35 percent",
        ),
        # no poll in the sentence before: a rate is no group's share
        (
            "Most members of the club are retired. Some 20 percent said the fees were too high.",
            "Some 20 percent",
        ),
        # someone's share, not a group's
        ("In a Rook poll of Labour voters, Mr. Hale's 28 percent is his best.", "28 percent"),
        # another paragraph
        (
            "A Rook poll of 600 adults in Leeds was out on Monday.\n\nSome 20 percent of"
            " the budget went to roads, and 15 percent went to schools.",
            "15 percent",
        ),
    ],
)
def test_no_group_is_lent_where_the_share_is_not_its(text: str, part: str) -> None:
    context = one(text, part).context
    assert " of adults" not in context and " of farmers" not in context
    assert " of Labour voters" not in context and " of 600" not in context


def test_the_group_is_no_longer_than_the_phrase_can_hold() -> None:  # a guard, as above
    text = (
        "A Marlow poll of likely Republican primary voters in New Hampshire found 40 percent"
        " back Ms. Vance, while 18 percent said they would vote for the former governor of the"
        " state in the general election next year."
    )
    assert len(one(text, "18 percent").context.split()) <= 17


def test_the_titles_that_keep_their_stop_are_the_splitters_own() -> None:
    titles = {*ABBREVIATIONS[ANY][TITLE].split(), *ABBREVIATIONS["en"][TITLE].split()}
    assert titles == ABBREVIATED
    context = one("Sens. Hale and Ross met 12 trustees in St. Albans.", "12 trustees").context
    assert context.startswith("Sens. Hale and Ross met") and "St. Albans" in context
    assert one("Atty. Gen. Rhee fined 30 firms.", "30 firms").context.startswith("Atty. Gen.")


def test_ranks_and_a_plural_title_end_no_sentence() -> None:
    text = "Maj. Gen. Ode said that Messrs. Lund and Berg had sold 40 tanks to the navy."
    assert len(sentence_spans(text, "en")) == 1
    assert len(sentence_spans("Cmdr. Ann Ode led 30 sailors home.", "en")) == 1
    assert one(text, "40 tanks").context.startswith("Lund and Berg had sold")
    assert clause_words("Messrs. Lund and Maj. Ode")[::3] == ["Messrs.", "Maj."]
