"""A page's header lines glued before the headline in the story's first paragraph.

Old pages print the section's name, a menu, a date and a breadcrumb in the same block as the
headline and the story ("Tuesday, January 8, 2008 Home | Film | ... Home > NEWS > LOCAL Story
Night Buses Return ... The night buses ..."): the summary must start at the story, and the
headline is the title, not a sentence (`title_glue.after_glued_header`).
"""

from __future__ import annotations

import pytest

from summarizer.pipeline import make_gist
from summarizer.web.extract import extract_article
from summarizer.web.title_glue import after_glued_header
from tests.pages import page
from tests.test_extract import html_page

URL = "https://www.valleyfilmnews.example/news.asp?id=7"
HEADLINE = "Night Buses Return To The Valley Towns"
STORY = (
    "The night buses that stopped running between the valley towns last spring will be back on"
    " the road from Monday, the transport board said on Tuesday."
)


def test_the_header_glued_before_the_headline_leaves_the_summary() -> None:
    gist = make_gist(extract_article(html_page(page("menu_header_glued"), url=URL)))
    first = gist.summary.sentences[0].text
    assert first.startswith("The night buses that stopped running")
    assert all("|" not in s.text and "Home" not in s.text for s in gist.summary.sentences)


def test_the_title_is_the_headline_the_header_prints_not_the_site_s_name() -> None:
    """`<title>` is "Site's Name - Headline"; trafilatura keeps the name, the paragraph prints
    the headline after its header: that part of `<title>` is the headline."""
    article = extract_article(html_page(page("menu_header_glued"), url=URL))
    assert article.title == HEADLINE
    assert not article.text.startswith(("Tuesday", HEADLINE))


def test_after_glued_header_cuts_the_header_and_the_headline() -> None:
    paragraph = f"Local News Submit News Item 08 January 2008 {HEADLINE} {STORY}"
    assert after_glued_header(paragraph, HEADLINE) == STORY


@pytest.mark.parametrize(
    "paragraph",
    [
        f"{HEADLINE} {STORY}",  # nothing before the headline: the cleanup's own case
        f"Riders said on Friday. {HEADLINE} {STORY}",  # a sentence, not a header
        f"Ann Lee's play {HEADLINE} is a hit with the riders who saw it in Ellis last week.",
        f"Ann Lee's Play {HEADLINE} is a hit with the riders who saw it in Ellis last week.",
    ],
)
def test_a_headline_inside_a_sentence_is_left_alone(paragraph: str) -> None:
    assert after_glued_header(paragraph, HEADLINE) is None
