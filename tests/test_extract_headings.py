"""Section headings and list items inside the article body stay in the extracted text.

A list article or a question-and-answer explainer read without its headings no longer reads as
one: "1. The smokehouse" or "Who is affected?" are what the paragraphs under them answer.
"""

from __future__ import annotations

import lxml.etree

from summarizer.summary.page_kind import PageKind, read_page
from summarizer.web.body import paragraphs as body_paragraphs
from summarizer.web.extract import extract_article
from summarizer.web.fetch import Page
from summarizer.web.markup import listicle_headings, without_empty_inline
from tests.pages import page

URL = "https://courier.example/news/ferry-strike"


def _extract(name: str):
    return extract_article(Page(URL, URL, 200, "text/html", page(name).encode(), "utf-8", {}))


def test_headings_between_paragraphs_are_lines_of_their_own() -> None:
    """A heading between two paragraphs that end like sentences is the story's; one before
    the first (the headline, a standfirst, a byline's dateline) or after the last (a box's)
    is not, nor a photo's caption set in a heading tag."""
    caption = " ".join(["The mayor waves from the first boat of the morning at the quay"] * 2)
    body = lxml.etree.fromstring(
        "<body><head rend='h2'>Fares rise on the island ferries</head>"
        "By Mara Quinn<head rend='h3'>PORT ELLIS</head>"
        "<p>Fares on the island ferries will rise by a fifth in the spring.</p>"
        "<head rend='h2'>Who pays more?</head>"
        "<p>Day tickets cost most, while season tickets keep their price.</p>"
        f"<head rend='h4'>{caption}</head>"
        "<p>The operator says the boats need new engines.</p>"
        "<head rend='h3'>More on this story</head></body>"
    )
    assert body_paragraphs(body) == [
        "By Mara Quinn",
        "Fares on the island ferries will rise by a fifth in the spring.",
        "Who pays more?",
        "Day tickets cost most, while season tickets keep their price.",
        "The operator says the boats need new engines.",
    ]


def test_question_headings_holding_a_jump_target_are_kept() -> None:
    """`<h2><a name="who"></a>Who is affected?</h2>`: the empty anchor made trafilatura read
    the heading as all link, and the explainer lost every question."""
    paragraphs = _extract("explainer_questions").paragraphs
    for question in ("What happened?", "Who is affected?", "What happens next?"):
        assert question in paragraphs
    at = paragraphs.index("Who is affected?")
    assert paragraphs[at + 1].startswith("About three thousand people cross every weekday")


def test_jump_targets_leave_the_markup_and_links_stay() -> None:
    assert without_empty_inline('<h2><a name="who"></a>Who?</h2>') == "<h2>Who?</h2>"
    assert without_empty_inline("word<a id='x'> </a>next") == "word next"
    assert without_empty_inline('<a href="/shop"></a>') == '<a href="/shop"></a>'
    assert without_empty_inline('<a name="top">Top</a>') == '<a name="top">Top</a>'


def test_a_list_articles_item_headings_are_numbered_lines() -> None:
    """The item headings of a list article ("listicle-slide-hed") are `<div>`s of `<span>`s,
    which trafilatura's precision mode does not read: each item lost its name."""
    article = _extract("listicle")
    assert article.paragraphs[1] == "1. The smokehouse"
    assert article.paragraphs[2].startswith("Ann Lee has smoked fish over beech wood")
    assert article.paragraphs[5] == "3. The cheese counter"
    assert read_page(article.paragraphs, article.title).kind is PageKind.LIST


def test_a_nameless_list_heading_is_left_as_it_was() -> None:
    """A video's slide at the end of the list has a number and no name: no "4." line."""
    html = (
        '<div class="listicle-slide-hed"><span class="listicle-slide-hed-number">4</span>'
        '<span class="listicle-slide-hed-text"></span></div>'
    )
    assert listicle_headings(html) == html
    named = html.replace("></span></div>", ">The fish van</span></div>")
    assert listicle_headings(named) == (
        '<p class="listicle-slide-hed"><span class="listicle-slide-hed-number">4. </span>'
        '<span class="listicle-slide-hed-text">The fish van</span></p>'
    )
