"""Characters a bad conversion turned into "?" are put back where the text proves the loss
(text.lost_chars), before the summary, the quote finder or the title read them."""

from __future__ import annotations

import pytest

from summarizer.models import Article
from summarizer.quotes.find import find_quotes
from summarizer.text.cleanup import clean_article, clean_text
from summarizer.text.lost_chars import repair_lost_chars

# Three marks a character: each byte of "’", "“", "”", "—" became one "?".
DAMAGED = (
    "The harbour board can???t say when the new pier???ll open. ???We are waiting for the "
    "steel,??? the chairman said on Friday.\n\n"
    "Ferries ran late all week ??? some by an hour ??? and the town???s shops lost trade."
)


def test_apostrophes_quote_marks_and_dashes_come_back() -> None:
    assert repair_lost_chars(DAMAGED) == (
        "The harbour board can’t say when the new pier’ll open. “We are waiting for the "
        "steel,” the chairman said on Friday.\n\n"
        "Ferries ran late all week — some by an hour — and the town’s shops lost trade."
    )


@pytest.mark.parametrize(
    "text",
    [
        "Really??? Nobody told the crew???",  # no run between two letters: nothing proves it
        "What? Why? Who decided that?",
        "Search the archive at example.org/find?s=ferries and see what?",  # "?s=" is an address
    ],
)
def test_genuine_question_marks_are_left_alone(text: str) -> None:
    assert repair_lost_chars(text) == text


def test_one_word_apart_names_and_numbers() -> None:
    text = "Judge O???Brien called the 21???14 result and the ???90s ferry fleet fair. I can???t."
    assert repair_lost_chars(text) == (
        "Judge O’Brien called the 21–14 result and the ’90s ferry fleet fair. I can’t."
    )


def test_a_closing_run_with_no_quote_open_is_an_apostrophe_or_an_ellipsis() -> None:
    text = "The captains??? union met today, and the crew can???t wait.\nMore on this soon???"
    assert repair_lost_chars(text) == (
        "The captains’ union met today, and the crew can’t wait.\nMore on this soon…"
    )


def test_a_quote_inside_a_quote_takes_single_marks() -> None:
    text = "???They told us ???wait a week,??????, she said. It wasn???t long."
    assert repair_lost_chars(text) == "“They told us ‘wait a week,’”, she said. It wasn’t long."


def test_a_question_inside_an_open_quote_keeps_its_mark() -> None:
    text = "???Will the boats run on time???? asked a driver who can???t wait."
    assert repair_lost_chars(text) == "“Will the boats run on time?” asked a driver who can’t wait."


def test_one_mark_a_character_is_repaired_only_around_proof() -> None:
    text = (
        "The skipper doesn?t know. He called the crossing ?the roughest in years,? then "
        "smiled. Was it fair? The ?80s boats were worse, his mate?s log says."
    )
    assert repair_lost_chars(text) == (
        "The skipper doesn’t know. He called the crossing “the roughest in years,” then "
        "smiled. Was it fair? The ’80s boats were worse, his mate’s log says."
    )


def test_a_title_is_repaired_on_the_body_s_proof() -> None:
    title = "Ferries run late ??? again"
    assert repair_lost_chars(title) == title  # alone it proves nothing
    assert repair_lost_chars(title, evidence=DAMAGED) == "Ferries run late — again"
    article = clean_article(Article(text=DAMAGED, title=title))
    assert article.title == "Ferries run late — again"
    assert "???" not in article.text


def test_a_phrase_between_two_runs_proves_the_loss() -> None:
    title = "The ???Night Owl??? ferry returns (???for now???)"
    assert repair_lost_chars(title) == "The “Night Owl” ferry returns (“for now”)"
    assert repair_lost_chars("Ferries ??? and why??? ") == "Ferries ??? and why??? "


def test_a_run_that_opens_a_line_is_a_bullet() -> None:
    text = "The new timetable can???t come soon enough:\n??? more boats\n??? later sailings"
    assert repair_lost_chars(text) == (
        "The new timetable can’t come soon enough:\n• more boats\n• later sailings"
    )


def test_the_quote_finder_sees_the_repaired_marks() -> None:
    body = (
        "The council voted on the new road on Tuesday night after a long debate.\n\n"
        "???We can???t wait any longer for a safe road to the school,??? said Mayor Ann Holt.\n\n"
        "Work on the road starts in May and should be done by the end of the year."
    )
    for article in (clean_article(Article(text=body, title="Road vote")), clean_text(body)):
        quotes = find_quotes(article.text)
        assert [q.speaker for q in quotes] == ["Ann Holt"]
        assert quotes[0].text.startswith("We can’t wait any longer")
