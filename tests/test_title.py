"""The summary's title is the page's headline, without the site's or sections' names."""

from __future__ import annotations

import pytest

from summarizer.web.extract import extract_article
from summarizer.web.title import headline, headline_from_body, key
from tests.test_extract import html_page

HOST = "www.valleygazette.example"


HEADLINE = "Night buses return to the valley towns"


@pytest.mark.parametrize(
    "title",
    [
        f"{HEADLINE} - The Valley Gazette",
        f"{HEADLINE} | News | Local",
        f"{HEADLINE}|Channel 9 News",
        f"VALLEY GAZETTE - {HEADLINE}",
        f"{HEADLINE} : Columnists",
        f"{HEADLINE} | valleygazette",
        f"News & Sport :: {HEADLINE}",
    ],
)
def test_the_site_and_section_names_leave_the_title(title: str) -> None:
    assert headline(title, frozenset(), HOST) == HEADLINE


@pytest.mark.parametrize(
    "title",
    [
        "The Buses Are Back — They Are Late",  # an em dash is the headline's own
        "Buses: what changes on Monday",  # so is a colon with no space before it
        "Night buses return - drivers say the pay is too low",  # two phrases, no name
        "Valley Gazette - Local News",  # no part long enough for a headline
        "Night buses return to the valley - again",  # a lower-case tail is a phrase
        "Ann Lee on buses - Her Second Term - Voice of the Valley",  # two long parts
    ],
)
def test_a_title_with_no_clear_site_name_is_kept_whole(title: str) -> None:
    assert headline(title, frozenset(), HOST) == title


def test_the_part_the_page_prints_as_a_heading_is_the_headline() -> None:
    """Two long parts, but one of them is also the page's <h1>: that one."""
    title = "Valley Gazette Local News and Sport for the Three Towns - Night buses return tonight"
    headings = frozenset({key("Night buses return tonight")})
    assert headline(title, headings, HOST) == "Night buses return tonight"


def test_an_extracted_page_is_titled_by_its_headline() -> None:
    paragraphs = "".join(
        f"<p>{text}</p>"
        for text in (
            "The night buses that stopped running between the valley towns last spring will be"
            " back on the road from Monday, the transport board said on Tuesday.",
            "The board cut the service when two of its drivers retired, leaving shift workers at"
            " the hospital and the bakery with no way home after ten o'clock at night.",
            "Four new drivers finished their training last week, and fares will stay at the"
            " daytime price for the first six months.",
        )
    )
    html = (
        "<html><head><title>Night buses return to the valley towns | Channel 9 News</title></head>"
        f"<body><article><p class='headline'>Night buses return to the valley towns</p>"
        f"{paragraphs}</article></body></html>"
    )
    article = extract_article(html_page(html, url="https://www.channel9.example/news/buses"))
    assert article.title == "Night buses return to the valley towns"
    assert not any(p == "Night buses return to the valley towns" for p in article.paragraphs)
    assert article.paragraphs[0].startswith("The night buses that stopped running")


@pytest.mark.parametrize(
    "title",
    [f"valleygazette.example -- {HEADLINE}", f"valleygazette.example: {HEADLINE}"],
)
def test_a_domain_before_the_headline_goes(title: str) -> None:
    assert headline(title, frozenset(), HOST) == HEADLINE


BODY = [
    "Night buses return to the valley towns",
    "The night buses that stopped last spring will be back on Monday, the board said.",
]


@pytest.mark.parametrize(
    "title", ["Valley Gazette Online", "The Valley Gazette | 03/12/2024", "valleygazette"]
)
def test_a_title_that_is_only_the_sites_name_gives_way_to_the_bodys_headline(title: str) -> None:
    assert headline_from_body(title, BODY, HOST) == (BODY[0], BODY[1:])


@pytest.mark.parametrize(
    ("title", "first"),
    [
        ("Mayor Opens New Bridge", BODY[0]),  # title case, but no word of the host: a headline
        ("Valley Gazette Online", "Tue 12 Mar 2024 09:40"),  # a date line
        ("Valley Gazette Online", "Click photo to enlarge"),  # a call to action
        ("Valley Gazette Online", "So, who is driving the night bus?"),  # a blog's question
        ("Valley Gazette Online", BODY[1]),  # a sentence
    ],
)
def test_no_headline_is_taken_from_the_body_without_both_signs(title: str, first: str) -> None:
    assert headline_from_body(title, [first, BODY[1]], HOST) == (title, [first, BODY[1]])
