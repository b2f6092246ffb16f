"""Sentences a page cut into paragraphs at its inline links are put back together (a reading of
real replies found a summary printing "... paroled while Lois Davidson, ... told"). Texts are
our own."""

from __future__ import annotations

from summarizer.models import Article
from summarizer.text.cleanup import clean_article
from summarizer.text.rejoin import rejoin_cut_sentences

CUT = [
    "The ferry pier was closed on Tuesday after divers found cracks while",
    "Mayor Ada Lind",
    "was on a visit to the island, the harbour board said.",
    "Engineers told",
    "The Coast Weekly",
    "that repairs would take about six weeks.",
]


def test_a_sentence_cut_around_a_link_is_one_paragraph_again() -> None:
    assert rejoin_cut_sentences(CUT[:3]) == [
        "The ferry pier was closed on Tuesday after divers found cracks while Mayor Ada Lind "
        "was on a visit to the island, the harbour board said."
    ]


def test_a_piece_going_on_with_a_comma_joins_without_a_space() -> None:
    units = [
        "As the harbour board's own report on the pier",
        ", the piles were last checked in 2019.",
    ]
    assert rejoin_cut_sentences(units) == [
        "As the harbour board's own report on the pier, the piles were last checked in 2019."
    ]


def test_the_cleanup_shows_the_story_sentences_whole() -> None:
    text = clean_article(Article(text="\n\n".join(CUT[:3]), title="Pier closed")).text
    assert "while Mayor Ada Lind was on a visit" in text


def test_short_leads_menus_lists_and_closed_sentences_stay_apart() -> None:
    kept = [
        ["Engineers told", "The Coast Weekly", "that repairs would take about six weeks."],
        ["Top | Back | E-mail this story to a friend", "Printable version", "page two of three"],
        ["it was the windiest day of the year on the coast", "it closed the pier for a week"],
        ["The pier was closed on Tuesday after divers found cracks.", "then the rain came"],
        ["E-mail this article to a friend", "Printable version", "icHarbour™ is our mark"],
    ]
    for units in kept:
        assert rejoin_cut_sentences(units) == units
