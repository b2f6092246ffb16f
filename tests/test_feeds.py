"""Feed parsing, discovery and URL normalisation against feeds written for these tests."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from summarizer.errors import NotAFeedError
from summarizer.web.feeds import (
    discover_feeds,
    html_to_text,
    looks_like_feed,
    normalize_url,
    parse_feed,
)

FEEDS = Path(__file__).parent / "feeds"


def read(name: str) -> bytes:
    return (FEEDS / name).read_bytes()


def test_rss2_items_text_dates_and_links() -> None:
    feed = parse_feed(read("rss2.xml"), url="https://gazette.example/rss.xml")
    assert feed.kind == "rss"
    assert feed.title == "Harbour Town Gazette"
    assert len(feed.items) == 3
    first, second, third = feed.items
    assert first.title == "Ferry timetable changes & new routes"
    assert first.guid == "gazette-1001"
    assert first.summary == "The ferry company adds two evening crossings."
    assert "alert" not in first.summary
    assert "survey of 1,200 commuters" in first.content
    assert first.text == first.content
    assert first.published == datetime(2026, 11, 3, 7, 15, tzinfo=UTC)
    # relative link resolved against the feed URL
    assert second.link == "https://gazette.example/news/lighthouse"
    assert second.guid is None and second.key == second.link
    # an item with only text still gets a title and a stable hash key
    assert third.link is None and third.title.startswith("An item with neither")
    assert third.key.startswith("sha256:")
    assert third.key == parse_feed(read("rss2.xml")).items[2].key


def test_atom_entries() -> None:
    feed = parse_feed(read("atom.xml"), url="https://cycling.example/atom.xml")
    assert feed.kind == "atom"
    assert feed.link == "https://cycling.example/"
    spring, workshop = feed.items
    assert spring.title == "Spring tour registration opens"
    assert spring.guid == "tag:cycling.example,2026:post-77"
    assert spring.published == datetime(2026, 11, 4, 7, 0, tzinfo=UTC)
    assert spring.author == "Mara Velt"
    assert workshop.link == "https://cycling.example/posts/workshop"
    assert workshop.content == "Bring your bike and learn to true a wheel."
    # no <published>: falls back to <updated>
    assert workshop.published == datetime(2026, 11, 3, 18, 0, tzinfo=UTC)


def test_json_feed() -> None:
    feed = parse_feed(read("feed.json"), content_type="application/feed+json")
    assert feed.kind == "json"
    assert feed.title == "Orchard Notes"
    assert [i.guid for i in feed.items] == ["orchard-12", "13"]
    apple, pear = feed.items
    assert apple.content == "Growers picked 4,500 tonnes this autumn."
    assert apple.summary == "A record harvest."
    assert apple.author == "Ivo Brandt"
    assert apple.published == datetime(2026, 11, 1, 7, 30, tzinfo=UTC)
    assert pear.link == "https://orchard.example/notes/pear-blight"
    assert pear.content == "Pear blight spotted in two orchards."
    assert pear.title.startswith("Pear blight")
    assert pear.published == datetime(2026, 11, 2, 11, 0, tzinfo=UTC)


def test_json_feed_sniffed_without_content_type() -> None:
    assert parse_feed(read("feed.json")).kind == "json"


def test_malformed_feed_still_yields_items() -> None:
    feed = parse_feed(read("malformed.xml"))
    assert [i.title for i in feed.items] == ["Sourdough class moved to Friday"]
    assert feed.items[0].link == "https://bakery.example/sourdough"


@pytest.mark.parametrize(
    "body",
    [
        b"<<<this is <not> xml at all &&& ]]>",
        b"<!doctype html><html><body><p>Just a page</p></body></html>",
        b"",
        b'{"version": "https://jsonfeed.org/version/1", "items": "nope"}',
        b'{"version": "https://jsonfeed.org/version/1", "items": [ broken',
    ],
)
def test_not_a_feed_raises(body: bytes) -> None:
    with pytest.raises(NotAFeedError) as info:
        parse_feed(body)
    assert info.value.code == "not_feed"


def test_looks_like_feed() -> None:
    assert looks_like_feed(read("rss2.xml"))
    assert looks_like_feed(read("atom.xml"))
    assert looks_like_feed(read("feed.json"))
    assert looks_like_feed(b"anything", "application/rss+xml; charset=utf-8")
    assert not looks_like_feed(read("page-with-feeds.html"), "text/html")


def test_discover_feeds_order_and_resolution() -> None:
    found = discover_feeds(read("page-with-feeds.html"), "https://gazette.example/index.html")
    assert found == [
        "https://gazette.example/site/atom.xml?a=1&b=2",
        "https://gazette.example/rss.xml",
        "https://gazette.example/feed.json",
        "https://gazette.example/site/legacy.xml",
        "https://gazette.example/comments/feed/",
    ]


def test_discover_feeds_none() -> None:
    assert discover_feeds("<html><head></head></html>", "https://x.example/") == []


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("https://www.News.example/a/b/?utm_source=x&id=3", "http://news.example/a/b?id=3"),
        ("https://news.example:443/a#comments", "https://news.example/a"),
        ("https://news.example/a?b=2&a=1", "https://news.example/a?a=1&b=2&fbclid=zz"),
    ],
)
def test_normalize_url_equates_variants(a: str, b: str) -> None:
    assert normalize_url(a) == normalize_url(b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("https://news.example/a?id=3", "https://news.example/a?id=4"),
        ("https://news.example/a", "https://news.example/b"),
        ("https://news.example:8080/a", "https://news.example/a"),
    ],
)
def test_normalize_url_keeps_distinct_stories_apart(a: str, b: str) -> None:
    assert normalize_url(a) != normalize_url(b)


def test_html_to_text() -> None:
    assert (
        html_to_text("<p>One&nbsp;&amp; two</p><style>x{}</style><p>three</p>") == "One & two three"
    )
    assert html_to_text("  plain   text ") == "plain text"
