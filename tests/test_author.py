"""The author field (issue 16): people's names, never a date or a publisher."""

from __future__ import annotations

import pytest

from summarizer.web.author import clean_author
from summarizer.web.extract import extract_article
from tests.pages import page
from tests.test_extract import html_page


def test_a_page_whose_author_meta_holds_a_publisher_and_a_date() -> None:
    article = extract_article(html_page(page("byline_noise")))
    assert article.author == "Ines Brandt"
    assert article.site_name == "Harbour Monthly"


@pytest.mark.parametrize(
    ("author", "site", "expected"),
    [
        ("Ines Brandt November", None, "Ines Brandt"),
        ("Ines Brandt Published 4 March 2025, 09:15", None, "Ines Brandt"),
        ("Westbrook Publishing; Tom Reyes", None, "Tom Reyes"),
        ("Tom Reyes; Lena Park; Coastal Wire", "Coastal Wire", "Tom Reyes; Lena Park"),
        ("Coastal Wire", "Coastal Wire 2009", None),
        ("Dec", None, None),
        ("Published January", None, None),
        ("Lena Park; Deputy Business Editor", None, "Lena Park"),
        ("Theresa May", None, "Theresa May"),
        ("April Ryan", None, "April Ryan"),
        ("Ann Lee May 3", None, "Ann Lee"),
        ("Conan O'Brien", None, "Conan O'Brien"),
        ("Mary-Kate Smith-Jones", None, "Mary-Kate Smith-Jones"),
        ("Li Sun", None, "Li Sun"),
        ("", None, None),
        (None, "Coastal Wire", None),
    ],
)
def test_clean_author(author: str | None, site: str | None, expected: str | None) -> None:
    assert clean_author(author, site) == expected
