"""Key figures, session 17 (helper pickpass): how `key_figures` ranks what it found.

Four rules an editor would state: the headline names a figure only by the whole number with
the same meaning ("20" is not in "2004"; "kills 12" is no "12 million people"); a span of
time in words ("jailed for eight weeks") is no small count to push down; "two sources" is a
pair the story names, seldom its figure; the games or seasons a record is counted over ("in
40 games") are its frame, not the news. Every text here is written for the test.
"""

from __future__ import annotations

from summarizer.figures.judge import key_figures
from summarizer.models import Article
from tests.figure_helpers import picks

# -- the headline names a figure by its whole number, with the same meaning -----------------------


def test_a_number_inside_a_headline_year_is_not_the_headline_figure() -> None:
    text = (
        "The harbour board approved its dredging plan on Monday after a long debate. "
        "The plan will use 400,000 tonnes of rock fill, the engineers said. "
        "The board expects the harbour to handle more ships by the spring. "
        "Engineers will dig the channel no more than 20 feet deeper than today. "
        "Fishing crews welcomed the decision at the quay."
    )
    shown = picks(text, title="Harbour board backs 2004 dredging plan")
    # "20" is part of "2004": the depth gets no headline bonus and ranks by what it is.
    assert shown.index("400,000 tonnes") < shown.index("no more than 20 feet")


def test_a_headline_count_is_not_a_bigger_figure_with_the_same_digits() -> None:
    text = (
        "A gas blast killed 12 workers at a depot on the edge of the capital on Tuesday. "
        "Rescue teams searched the site through the night. "
        "The capital, a city of 12 million people, has had three such blasts this year."
    )
    # "kills 12" names the 12 workers (the headline writes no noun), not the 12 million.
    assert picks(text, title="Gas blast kills 12 at capital depot")[0] == "12 workers"
    stitches = "He joked with 30 reporters. Earlier the coach needed five stitches after a fall."
    assert picks(stitches, title="Coach needs five stitches")[0] == "five stitches"


def test_a_headline_number_word_for_another_noun_is_not_the_headline_figure() -> None:
    text = (
        "The league named its players of the week on Monday. "
        "The goalkeeper made 41 saves over the week. "
        "His team also kept three clean sheets in a row."
    )
    scores = {
        f.text: f.score
        for f in key_figures(Article(text=text, title="League names its Three Stars"), "en")
    }
    # "Three Stars" are players, not clean sheets: no headline bonus for "three clean sheets".
    assert scores["41 saves"] > scores["three clean sheets"]


# -- a span of time in words is no small count ----------------------------------------------------


def test_a_jail_term_in_words_late_in_the_story_is_a_key_figure() -> None:
    text = (
        "A dog owner appeared in court on Monday after his dog bit a postman. "
        "The court heard the postman needed 14 stitches. "
        "Neighbours told reporters the dog had bitten before. "
        "The owner said he was sorry. "
        "The council will review its rules on dangerous dogs. "
        "The owner was jailed for eight weeks."
    )
    assert "eight weeks" in picks(text)


# -- a pair the story names -----------------------------------------------------------------------


def test_a_pair_told_again_ranks_below_a_count_the_story_reports() -> None:
    text = (
        "Two sources said the takeover was close on Monday. "
        "The firm makes parts for trains. "
        "The sources said talks would go on. "
        "Its shares rose on the news. "
        "It employs 14 engineers at its plant in the north."
    )
    shown = picks(text)
    # Told again ("the sources"), the pair is still a pair: the engineers rank first (since
    # session 19 a count of sources is no key figure at all: how a story is told) ...
    assert shown[0] == "14 engineers"
    assert "Two sources" not in shown
    # ... but two people killed are no pair the story names in passing.
    killed = text.replace("Two sources said the takeover was close", "Two people were killed")
    killed = killed.replace("The sources said talks would go on", "The people were named")
    shown = picks(killed)
    assert shown.index("Two people") < shown.index("14 engineers")


# -- the frame of a record ------------------------------------------------------------------------


def test_the_games_a_record_is_counted_over_rank_below_the_record() -> None:
    text = (
        "The forward has played 40 games for the club since his move. "
        "He has been the best player on the side. "
        "The forward made 18 interceptions this month."
    )
    shown = picks(text)
    assert shown.index("18 interceptions") < shown.index("40 games")
