"""Text right after a closing </p> (a page that opens no <p> for it) starts a new line: it is
not glued to the paragraph before ("offer.It is"), which a sentence splitter cannot split."""

from __future__ import annotations

from summarizer.models import Page
from summarizer.web.extract import extract_article

URL = "https://gazette.example/news/film-casting"
PARAGRAPHS = [
    "The director of the new harbour drama has offered the lead role to several well known "
    "actors over the last four months.",
    "None of them has said yes so far, and the studio has started to look at actors from the "
    "theatre instead of the screen.",
    "Every one of them turned down the offer.",
    "It is the second time this year that a film from the same studio has struggled to find "
    "its lead, after a comedy about a lighthouse keeper was shelved in the spring.",
    "The director said he would rather wait another year than cast the wrong actor in a part "
    "that carries the whole story.",
]


def test_text_after_a_closing_paragraph_tag_is_a_sentence_of_its_own() -> None:
    first, second, third, fourth, fifth = PARAGRAPHS
    # The page opens one <p> and closes it after every paragraph.
    body = f"<p>{first}</p>{second}</p>{third}</p>{fourth}</p>{fifth}"
    html = (
        "<html><head><title>Harbour drama still has no lead</title></head><body><article>"
        f"<h1>Harbour drama still has no lead</h1>{body}</article></body></html>"
    )
    data = html.encode("utf-8")
    article = extract_article(Page(URL, URL, 200, "text/html", data, "utf-8", {}))
    assert "offer.It" not in article.text
    assert "screen.Every" not in article.text
    assert "turned down the offer." in article.text
    assert "It is the second time this year" in article.text
