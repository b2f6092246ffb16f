"""Titles of session 10's second pass: the headline printed as an `<h2>` over the story while
`<title>` and `<h1>` name the section ("kvnx.example - AP National News"), and a broadcaster's
short name and a colon before the headline ("KVNX: Headline" on kvnx.example). Texts are our
own.
"""

from __future__ import annotations

import pytest

from summarizer.web.extract import extract_article
from summarizer.web.title_names import heading_over_name
from tests.pages import page
from tests.test_extract import html_page

HEADLINE = "Harbour board closes old ferry pier for a year of repairs"
STORY = (
    "<p>The harbour board voted on Tuesday to close the old ferry pier at Port Ellis for a year"
    " of repairs, after divers found the wooden piles rotten below the waterline.</p>"
    "<p>Ferries will use the new terminal on the north shore while the work goes on, the board"
    " said, and the timetables will not change for the island's commuters.</p>"
    "<p>The pier opened in 1910 and has carried ferries to the island ever since; the repairs"
    " will cost about four million dollars, shared by the town and the province.</p>"
)
OPENING = [
    "The harbour board voted on Tuesday to close the old ferry pier at Port Ellis for a year of"
    " repairs, after divers found the wooden piles rotten below the waterline."
]


def _page(head: str, body: str) -> str:
    return (
        f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>{head}</head><body>"
        f"<nav><a href='/'>Home</a> <a href='/news'>News</a></nav><div class='story'>{body}"
        "</div></body></html>"
    )


def test_the_h2_over_the_story_is_the_title_when_the_h1_is_the_section() -> None:
    article = extract_article(
        html_page(page("section_title_h2"), url="https://www.kvnx.example/story/123")
    )
    assert article.title == HEADLINE
    assert not article.text.startswith(HEADLINE)


@pytest.mark.parametrize(
    ("host", "tag"),
    [
        ("www.kvnx.example", "KVNX"),
        ("www.kvnxtv.example", "KVNX"),  # the host adds "tv" after the call sign
        ("kvnx.example", "KVNX"),
    ],
)
def test_a_call_sign_and_a_colon_before_the_headline_go(host: str, tag: str) -> None:
    head = f"<title>{tag}: Harbour board closes old ferry pier for repairs</title>"
    article = extract_article(html_page(_page(head, STORY), url=f"https://{host}/story/124"))
    assert article.title == "Harbour board closes old ferry pier for repairs"


@pytest.mark.parametrize(
    ("host", "title"),
    [
        ("www.kvnx.example", "NASA: Harbour board closes old ferry pier for repairs"),  # not ours
        ("www.lee.example", "Lee: Harbour board closes old ferry pier for repairs"),  # a person
    ],
)
def test_a_name_that_is_not_the_host_s_keeps_its_colon(host: str, title: str) -> None:
    article = extract_article(
        html_page(_page(f"<title>{title}</title>", STORY), url=f"https://{host}/story/125")
    )
    assert article.title.startswith(title.split(":")[0])


@pytest.mark.parametrize(
    "title",
    [
        "Harbour Pier Shut",  # written like a name, but it shares words with the story
        "Ferry woes deepen as board acts",  # a phrase: a headline, not a name
    ],
)
def test_a_headline_title_is_not_replaced_by_a_sub_heading(title: str) -> None:
    assert heading_over_name(title, (HEADLINE,), OPENING, "kvnx.example") is None


def test_a_name_title_takes_only_a_sub_heading_that_shares_the_story_s_words() -> None:
    subheads = ("Most Read Stories Today", "Weather For The Weekend Ahead")
    assert heading_over_name("AP National News", subheads, OPENING, "kvnx.example") is None
    assert heading_over_name("AP National News", (HEADLINE,), OPENING, "kvnx.example") == HEADLINE
