"""A title that is only a site's or a section's name gives way to the page's headline.

trafilatura takes the page's first `<h1>` for its title; old pages print a menu's heading
("Navigation"), a box's ("Links We Like"), a section ("Curling") or the site's name there, while
`<title>`, og:title or an element classed as the headline holds the story's headline.
"""

from __future__ import annotations

import pytest

from summarizer.web.extract import extract_article
from tests.test_extract import html_page

STORY = "".join(
    f"<p>{text}</p>"
    for text in (
        "The ferry between the two islands will run every hour from the first of May, the"
        " harbour board said on Thursday, after a winter of complaints about the timetable.",
        "Fares stay at their winter price until the end of June, and the board will look at"
        " them again once it has counted how many people use the new crossings.",
        "Shop owners on the smaller island said the extra boats would bring back the day"
        " visitors they lost when the service was cut to four crossings a day last year.",
    )
)
HEADLINE = "Ferry to run every hour from May"


def _title(head: str, body: str, url: str = "https://www.islandpost.example/news/ferry") -> str:
    html = f"<html><head>{head}</head><body>{body}</body></html>"
    return extract_article(html_page(html, url=url)).title


@pytest.mark.parametrize("menu", ["Navigation", "Links We Like", "Sponsored Links", "Menu"])
def test_a_menu_or_box_heading_in_the_first_h1_gives_way_to_the_headline(menu: str) -> None:
    head = f"<title>{HEADLINE} | Island Post</title>"
    body = f"<div><h1>{menu}</h1><ul><li>Home</li></ul></div><h1>{HEADLINE}</h1>{STORY}"
    assert _title(head, body) == HEADLINE


def test_a_section_printed_as_a_heading_gives_way_to_the_title_s_headline() -> None:
    """ "Curling" is a folder of the URL, printed twice, and a word of `<title>`'s names."""
    head = "<title>Island Curling Results Roundup - Curling News Story - Channel 5</title>"
    body = f"<h1>Curling</h1><h1>Curling</h1><h1>Island Curling Results Roundup</h1>{STORY}"
    url = "https://www.channel5.example/curling/1234/detail.html"
    assert _title(head, body, url) == "Island Curling Results Roundup"


def test_a_site_name_written_like_the_host_gives_way_to_the_title_s_headline() -> None:
    head = f"<title>Island Post | {HEADLINE}</title>"
    body = f"<h1>Island Post</h1>{STORY}"
    assert _title(head, body) == HEADLINE


def test_an_element_classed_as_the_headline_is_taken_when_title_is_the_site() -> None:
    head = "<title>Island Post</title>"
    body = (
        "<table><tr><td class='ArticleTitle'>Island Post</td></tr></table>"
        "<div class='headlines'>Other story on the front page today</div>"
        f"<span class='ViewArticleTitle'>{HEADLINE}</span><br><span>2008/01</span>"
        f"<div>{STORY}</div>"
    )
    assert _title(head, body) == HEADLINE


def test_a_slogan_beside_the_domain_with_nothing_better_leaves_no_title() -> None:
    """A wrong title is worse than none (the summary then shows no site slogan)."""
    head = "<title>Islander.example- Serving Islanders Around The Globe!</title>"
    assert _title(head, STORY, "https://islander.example/news.php?id=7") is None


def test_the_site_s_name_before_a_colon_goes() -> None:
    head = "<title>Island Post: Hourly Ferries Return</title>"
    assert _title(head, STORY) == "Hourly Ferries Return"


@pytest.mark.parametrize(
    "title",
    [
        "Island Mayor Opens New Ferry Pier",  # names the host's island, but is a headline
        "Ferry to run every hour from May",
    ],
)
def test_a_headline_that_shares_a_word_with_the_host_is_kept(title: str) -> None:
    assert _title(f"<title>{title}</title>", STORY) == title


def test_a_list_of_search_keywords_is_no_headline() -> None:
    """trafilatura's title is a section ("Sports Section Front"); `<title>`'s other part is a
    list of keywords: neither is the story's headline."""
    head = "<title>Sports Section Front | Ferry News, Live Island Scores, Harbour Results</title>"
    assert _title(head, f"<h1>Sports Section Front</h1>{STORY}") is None


def test_the_site_s_name_and_blurb_give_way_to_the_headline_beside_them() -> None:
    """trafilatura's title is "Name - blurb"; `<title>` adds the headline after them."""
    head = f"<title>Island Post - Local Sport and Weather for Ellis County - {HEADLINE}</title>"
    assert _title(head, STORY) == HEADLINE


@pytest.mark.parametrize("section", ["Market Place", "Classifieds"])
def test_a_market_section_heading_is_no_headline(section: str) -> None:
    head = f"<title>{HEADLINE} - Island Post</title>"
    assert _title(head, f"<h1>{section}</h1><h1>{HEADLINE}</h1>{STORY}") == HEADLINE
