"""Titles that were a site's name or missing on real pages (session 20's reading of replies).

A `<title>` of one capitalised word is the site's name ("IslandPost"), so an element classed as
the headline wins over it; a page whose `<title>` is a slogan and that prints its headline as
an `<h4>` above the story gets that line, not an empty title.
"""

from __future__ import annotations

from summarizer.web.extract import extract_article
from tests.test_extract import html_page
from tests.test_title_names import HEADLINE, STORY


def _title(
    head: str, body: str, url: str = "https://www.islandnews.example/story.aspx?id=9"
) -> str:
    html = f"<html><head>{head}</head><body>{body}</body></html>"
    return extract_article(html_page(html, url=url)).title


def test_a_one_word_site_name_gives_way_to_the_element_classed_as_the_headline() -> None:
    """ "IslandPost" shares no word with the host name "islandnews": only its shape says name."""
    head = "<title>\n\tIslandPost\n</title>"
    body = (
        "<table><tr><td class='article_header'>"
        f"<span id='main_headline' class='article_headline'>{HEADLINE}</span><br>"
        "<span class='article_auth'>14 March 2008 (10:12)</span></td></tr>"
        f"<tr><td class='article_content'>{STORY}</td></tr></table>"
    )
    assert _title(head, body) == HEADLINE


def test_a_one_word_title_that_is_a_headline_word_in_lower_case_is_kept() -> None:
    """Only a capitalised word reads as a name: a lower-case one is left to the old rules."""
    head = "<title>ferries</title>"
    body = f"<span class='article_headline'>{HEADLINE}</span>{STORY}"
    assert _title(head, body) == "ferries"


def test_a_headline_printed_as_an_h4_over_the_story_replaces_a_slogan_title() -> None:
    head = "<title>Islander.example- Serving Islanders Around The Globe!</title>"
    body = (
        "<table><tr><td><h4>Island ferry will run every hour from May</h4><hr></td></tr>"
        f"<tr><td>{STORY}</td></tr></table>"
    )
    title = _title(head, body, "https://islander.example/news.php?id=7")
    assert title == "Island ferry will run every hour from May"


def test_an_h4_that_shares_no_words_with_the_story_is_no_title() -> None:
    """A box's low heading ("Weather this week") above the story is not its headline."""
    head = "<title>Islander.example- Serving Islanders Around The Globe!</title>"
    body = f"<h4>Weather this week</h4>{STORY}"
    assert _title(head, body, "https://islander.example/news.php?id=7") is None
