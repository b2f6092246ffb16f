"""Titles with the site's or a section's name glued on, cut off, or standing alone.

Each case is a shape read on the real dev pages (session 10): a `<title>` that trafilatura cuts
at its last separator so only the names are left ("The Post : Sport / Rowing : Boats"), names
glued by a dash with no space ("Headline-Rowing-Sport-The Valley Post"), a short headline
between names ("Crews Race At Dawn - News - Ellis, OR"), a category label before a colon
("xbox360:", "River News:"), a site name ending in "online" or "Live", and pages with no
`<title>` at all whose headline is an element classed as one or a line above the story.
"""

from __future__ import annotations

import pytest

from summarizer.web.extract import extract_article
from summarizer.web.title import headline, key
from tests.test_extract import html_page

STORY = "".join(
    f"<p>{text}</p>"
    for text in (
        "Rowing crews from the three valley towns raced at dawn on the river on Saturday, the"
        " first race of the spring season, and the boat from Ellis won it by two lengths.",
        "The crews start before sunrise because the river is calm then, the club's captain said,"
        " and the towpath is empty enough for families to follow the boats on bicycles.",
        "Next month's race will be rowed on the lake above the dam, where the water is wider and"
        " four boats can race side by side instead of the two the river allows.",
    )
)
URL = "https://www.valleypost.example/sport/rowing/story-1234.html"
HEADLINE = "Crews race at dawn on the river"


def _title(head: str, body: str = STORY, url: str = URL) -> str | None:
    html = f"<html><head>{head}</head><body>{body}</body></html>"
    return extract_article(html_page(html, url=url)).title


def test_the_headline_trafilatura_cut_off_the_title_is_taken_back() -> None:
    """trafilatura keeps the part before `<title>`'s last separator: here only names."""
    head = "<title>The Valley Post : Sport / Rowing : Boats : Dawn crews race again</title>"
    assert _title(head) == "Dawn crews race again"


@pytest.mark.parametrize(
    "title",
    [
        f"{HEADLINE}-Rowing-Sport-The Valley Post",
        f"Other Sports- {HEADLINE}",
    ],
)
def test_names_glued_by_a_dash_without_spaces_leave_the_title(title: str) -> None:
    assert _title(f"<title>{title}</title>") == HEADLINE


def test_a_hyphenated_name_in_a_headline_is_no_glued_name() -> None:
    title = "Spider-Man Film Fills The Valley Cinema"
    assert _title(f"<title>{title}</title>") == title


@pytest.mark.parametrize(
    "title",
    [
        "Crews Race At Dawn - News - Ellis, OR",  # a section and a town, both surely names
        "Other Sports - Crews Race At Dawn",
    ],
)
def test_a_short_headline_between_names_that_are_surely_names(title: str) -> None:
    assert _title(f"<title>{title}</title>") == "Crews Race At Dawn"


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Crews Race At Dawn - News - Ellis, OR", "Crews Race At Dawn"),
        ("Other Sports - Podium for Ellis", "Podium for Ellis"),
        ("Ann Lee - VALLEYPOST 50 2008", "Ann Lee"),  # the page's <h1>
    ],
)
def test_headline_keeps_the_short_part_between_names(title: str, expected: str) -> None:
    headings = frozenset({key("Ann Lee")})
    assert headline(title, headings, "www.valleypost.example") == expected


def test_headline_takes_the_heading_after_a_name_glued_by_dots() -> None:
    title = f"ValleyNow... {HEADLINE}"
    assert headline(title, frozenset({key(HEADLINE)}), "www.valleypost.example") == HEADLINE


def test_a_short_headline_is_not_taken_from_a_site_s_name() -> None:
    """ "Valley Post" has the host's words: it is the name, and no headline is left."""
    assert headline("Valley Post - Local News", frozenset(), "www.valleypost.example") == (
        "Valley Post - Local News"
    )


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        (f"xbox360: {HEADLINE}", HEADLINE),  # a lower-case category
        (f"River News: {HEADLINE}", HEADLINE),  # a section's label
        ("Lee, Ann: Remembering Ann Lee", "Remembering Ann Lee"),  # words the headline repeats
        ("Ann Lee: We will race again at dawn", "Ann Lee: We will race again at dawn"),  # quoted
        ("Rowing: Ellis crew wins the dawn race", "Rowing: Ellis crew wins the dawn race"),
    ],
)
def test_a_category_label_before_the_colon_leaves_the_title(title: str, expected: str) -> None:
    assert _title(f"<title>{title}</title>") == expected


def test_a_short_heading_with_the_site_s_list_name_after_it() -> None:
    """og:title "Ann Lee - VALLEYPOST 50 2008", `<h1>` "Ann Lee"; the URL's last folder is the
    page's own slug ("ann-lee/"), not a section."""
    head = (
        "<title>VALLEYPOST 50: Ann Lee</title>"
        '<meta property="og:title" content="Ann Lee - VALLEYPOST 50 2008">'
    )
    url = "https://www.valleypost.example/lists/2008/valleypost50/ann-lee/"
    assert _title(head, f"<h1>Ann Lee</h1>{STORY}", url) == "Ann Lee"


def test_a_site_name_glued_before_the_heading_by_dots() -> None:
    head = f"<title>ValleyNow... {HEADLINE}</title>"
    assert _title(head, f"<h1>{HEADLINE}</h1>{STORY}") == HEADLINE


def test_a_page_without_title_takes_the_element_classed_as_its_headline() -> None:
    body = f"<span id='ctl00_ContentArea_articleTitle'>{HEADLINE}</span>{STORY}"
    assert _title("", body) == HEADLINE


def test_a_page_without_title_takes_the_line_above_the_story() -> None:
    """No `<title>`, no heading: a line of text alone above the story that shares words with
    its opening; a menu line that does not is passed over."""
    body = (
        "<div class='nav'><span>Weather and travel news today</span></div>"
        "<div class='sh'>Dawn race won by Ellis crew</div>"
        f"<div class='story'>{STORY}</div>"
    )
    assert _title("", body) == "Dawn race won by Ellis crew"


def test_a_site_s_name_with_most_words_of_the_host_gives_way_to_the_title_element() -> None:
    """ "Ellis Valley Post" on valleypost.example (two of three words in the host); the one
    element classed "title" holds the headline."""
    body = f"<div class='title'>{HEADLINE}</div>{STORY}"
    assert _title("<title>Ellis Valley Post</title>", body) == HEADLINE


def test_a_title_class_on_many_elements_is_a_list_of_other_stories() -> None:
    body = "".join(
        f"<div class='title'>{other}</div>"
        for other in ("Bridge closed for repairs", "Mayor opens new library", "Snow expected")
    )
    assert _title("<title>Ellis Valley Post</title>", body + STORY) is None


@pytest.mark.parametrize("site", ["The Valley Sun online", "The Valley Sun Live"])
def test_a_site_name_ending_in_online_or_live_gives_way_to_the_h1(site: str) -> None:
    head = (
        "<title>The Valley Sun</title>"
        f'<meta name="title" content="{site} - News, Sports and Entertainment">'
    )
    url = "https://calsun.example/Sports/2008/01/07/story.htm"
    assert _title(head, f"<h1>Red-hot rowers</h1>{STORY}", url) == "Red-hot rowers"
