"""URL normalisation: one spelling per article (the cache key)."""

from __future__ import annotations

import pytest

from summarizer.errors import InvalidURLError
from summarizer.web.urls import coerce_url, normalize_url, same_site


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("HTTPS://News.Example.COM/Story", "https://news.example.com/Story"),
        ("https://news.example.com:443/a", "https://news.example.com/a"),
        ("http://news.example.com:80/a", "http://news.example.com/a"),
        ("http://news.example.com:8080/a", "http://news.example.com:8080/a"),
        ("https://news.example.com", "https://news.example.com/"),
        ("https://news.example.com/a#comments", "https://news.example.com/a"),
        (
            "https://news.example.com/a?utm_source=tg&utm_medium=social&id=7&fbclid=XYZ",
            "https://news.example.com/a?id=7",
        ),
        (
            "https://news.example.com/a?gclid=1&yclid=2&mc_cid=3&mc_eid=4&igshid=5&ref=tw",
            "https://news.example.com/a",
        ),
        (
            "https://news.example.com/a?page=2&UTM_Campaign=x&q=b%20c",
            "https://news.example.com/a?page=2&q=b%20c",
        ),
        ("https://news.example.com/a?print", "https://news.example.com/a?print"),
        ("https://news.example.com/a?", "https://news.example.com/a"),
        ("https://news.example.com./a", "https://news.example.com/a"),
        (
            "https://пример.рф/статья",
            "https://xn--e1afmkfd.xn--p1ai/%D1%81%D1%82%D0%B0%D1%82%D1%8C%D1%8F",
        ),
        ("http://[2001:DB8::1]:80/x", "http://[2001:db8::1]/x"),
        ("  https://news.example.com/a  ", "https://news.example.com/a"),
    ],
)
def test_normalize_url(raw: str, expected: str) -> None:
    assert normalize_url(raw) == expected


def test_normalize_url_is_idempotent() -> None:
    once = normalize_url("HTTPS://Example.com:443/x/y?b=2&utm_term=z&a=1#top")
    assert normalize_url(once) == once == "https://example.com/x/y?b=2&a=1"


def test_tracking_variants_share_one_key() -> None:
    keys = {
        normalize_url(u)
        for u in (
            "https://example.com/story",
            "https://EXAMPLE.com/story?utm_source=telegram",
            "https://example.com:443/story#section-2",
            "https://example.com/story?fbclid=abc&utm_campaign=x",
        )
    }
    assert keys == {"https://example.com/story"}


def test_a_gift_link_is_cached_apart_from_the_plain_link() -> None:
    """A parameter that may unlock the page stays in the key (docs/security.md)."""
    plain = normalize_url("https://news.example.com/a")
    gift = normalize_url("https://news.example.com/a?unlocked_article_code=Zq9&utm_source=x")
    assert gift == "https://news.example.com/a?unlocked_article_code=Zq9" != plain


@pytest.mark.parametrize(
    "bad",
    [
        "ftp://example.com/",
        "mailto:a@example.com",
        "javascript:alert(1)",
        "example.com",
        "",
        "http://",
    ],
)
def test_normalize_url_refuses_non_http(bad: str) -> None:
    with pytest.raises(InvalidURLError):
        normalize_url(bad)


@pytest.mark.parametrize(
    ("typed", "url"),
    [
        ("example.com/story", "https://example.com/story"),
        ("<https://example.com/a>", "https://example.com/a"),
        ("//example.com/a", "https://example.com/a"),
        ("http://example.com", "http://example.com"),
        ("mailto:a@example.com", "mailto:a@example.com"),
    ],
)
def test_coerce_url(typed: str, url: str) -> None:
    assert coerce_url(typed) == url


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("https://www.example.com/a", "https://example.com/b", True),
        ("https://amp.example.com/a", "https://www.example.com/a", True),
        ("https://m.example.com/a", "https://example.com/a", True),
        ("https://example-com.cdn.ampproject.org/c/s/example.com/a", "https://example.com/a", True),
        ("https://example.com/a", "https://evil.example.net/a", False),
        ("https://example.com/a", "https://notexample.com/a", False),
    ],
)
def test_same_site(a: str, b: str, same: bool) -> None:
    assert same_site(a, b) is same
