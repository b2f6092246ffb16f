"""Tabloid photo captions ("Much missed: Ann Lee was found ...", no full stop) stay in the text
(the benchmark's article text keeps them) but are never summary sentences.

Two captions side by side read to the cleanup as a list of "Label: ..." items, so they survive
it; the summarizer weighs them as boilerplate (`boilerplate.is_labelled_caption`).
"""

from __future__ import annotations

import pytest

from summarizer.pipeline import make_gist
from summarizer.summary.boilerplate import is_boilerplate, is_labelled_caption
from summarizer.web.extract import extract_article
from tests.pages import page
from tests.test_extract import html_page


def test_a_labelled_caption_is_no_summary_sentence() -> None:
    article = extract_article(html_page(page("tabloid_caption")))
    assert "Much missed:" in article.text  # kept in the text
    gist = make_gist(article)
    assert len(gist.summary.sentences) == 3
    assert all(":" not in s.text for s in gist.summary.sentences)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Much missed: Ann Lee was found at her home in Ellis earlier this month", True),
        ("Big crowd: More than two hundred people lined the north beach", True),
        ("Much missed: Ann Lee was found at her home in Ellis earlier this month.", False),
        ("LEE: I was found at my home in Ellis earlier this month, and I was fine.", False),
        ("Result: Lee 6-2 6-3 Roe", False),  # too short to be a caption
        ("In 2008: Ann Lee was found at her home in Ellis earlier this month", False),  # a digit
        ("The storm reached the coast: the harbour wall broke in two places", False),
    ],
)
def test_labelled_caption_shape(text: str, expected: bool) -> None:
    assert is_labelled_caption(text) is expected
    assert is_boilerplate(text) is expected
