"""Feeds as data: RSS, Atom and JSON Feed bytes in, `Feed` dataclasses out; feed discovery in HTML.

Pure and synchronous (no I/O): the bot fetches with `summarizer.web.fetch.Fetcher` and runs
`parse_feed` and `discover_feeds` in its process pool, under a time budget, because they are CPU
work on bytes anyone can serve. Item text is reduced to plain text here, so nothing downstream
ever handles feed HTML; it is escaped again when it goes into a Telegram message.

Size budgets, checked before any parsing: MAX_FEED_BYTES of feed, MAX_FEED_ITEMS items kept (the
newest), MAX_DISCOVERY_BYTES of a page searched for at most MAX_DISCOVERED_FEEDS feed links.

XML entities: a feed whose text declares any (`<!ENTITY`) is refused, not parsed. feedparser
keeps the declarations it calls safe (any value without "&"), and when expat rejects the
document it falls back to its own loose parser, which expands those values with no limit at
all: one 1 MB entity used a thousand times is a gigabyte ("quadratic blowup"), which expat's
billion-laughs guard never sees. Filtering declarations would mean out-guessing two parsers;
refusing them costs next to nothing: feeds hardly ever declare one. The check reads the bytes after
feedparser's own conversion to UTF-8, the bytes both of its parsers see, so a declaration
spelled in UTF-16 or UTF-7 is caught too. External entities and DTDs are never loaded
(feedparser turns off expat's external entities, and a declaration is refused anyway). The body
goes to feedparser as a file object, never as bytes: given bytes, feedparser first tries to open
them as a local file name, so a feed whose body is "/etc/passwd" would be read from disk (and
"/dev/zero" read forever).
"""

from __future__ import annotations

import hashlib
import io
import json
import re
from calendar import timegm
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, TypeVar
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

from lxml import etree

from summarizer.errors import NotAFeedError, TooLargeError

FEED_TYPES = {
    "application/rss+xml": "rss",
    "application/atom+xml": "atom",
    "application/feed+json": "json",
    "application/json": "json",
    "application/rdf+xml": "rss",
    "application/xml": "rss",
    "text/xml": "rss",
}

# Query parameters that track the reader rather than name the story.
_TRACKING = re.compile(
    r"^(utm_\w+|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|igshid|ref|ref_src|cmpid|_ga|yclid)$",
    re.IGNORECASE,
)
_WS = re.compile(r"\s+")
T = TypeVar("T")
_ENTITY_DECLARATION = re.compile(rb"<!ENTITY", re.IGNORECASE)

MAX_FEED_BYTES = 5_000_000  # the default fetch cap; a higher FETCH_MAX_BYTES does not lift it
MAX_FEED_ITEMS = 200  # newest kept: a digest shows at most 30, a poll stores only new ones
MAX_DISCOVERY_BYTES = 2_000_000  # of a page searched for <link rel="alternate">
MAX_DISCOVERED_FEEDS = 20


@dataclass(frozen=True, slots=True)
class FeedItem:
    """One entry; `summary` and `content` are plain text ("" when the feed has none)."""

    guid: str | None
    link: str | None
    title: str
    summary: str
    content: str
    published: datetime | None
    author: str | None = None

    @property
    def key(self) -> str:
        """Stable identity within its feed: GUID, else link, else a hash of title and text."""
        if self.guid:
            return self.guid
        if self.link:
            return self.link
        digest = hashlib.sha256(f"{self.title}\n{self.summary}".encode()).hexdigest()
        return f"sha256:{digest[:32]}"

    @property
    def text(self) -> str:
        """The longest text the feed gave for this item."""
        return self.content if len(self.content) > len(self.summary) else self.summary


@dataclass(frozen=True, slots=True)
class Feed:
    title: str | None
    link: str | None
    kind: str  # "rss", "atom" or "json"
    items: tuple[FeedItem, ...]


# --- text helpers ---------------------------------------------------------------------------


_BLOCK = frozenset({"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr"})
_SKIP = frozenset({"script", "style", "noscript", "template"})


def _html_root(markup: str) -> etree._Element | None:
    """lxml's HTML parser (libxml2, linear time, never fetches anything), not html.parser: the
    standard library's is quadratic on runs of unclosed `<a ` or `<!--` and raises
    AssertionError on `<![` in the Python releases we run on."""
    parser = etree.HTMLParser(encoding="utf-8", no_network=True, recover=True)
    return etree.fromstring(markup.encode("utf-8", "replace"), parser)


def html_to_text(markup: str) -> str:
    """Plain text of an HTML fragment: tags dropped, entities decoded, whitespace collapsed."""
    if "<" not in markup and "&" not in markup:
        return _WS.sub(" ", markup).strip()
    root = _html_root(markup)
    if root is None:
        return ""
    parts: list[str] = []
    skipping = 0
    for event, element in etree.iterwalk(root, events=("start", "end")):
        tag = element.tag if isinstance(element.tag, str) else None  # None: comment, PI
        if event == "start":
            if tag in _SKIP:
                skipping += 1
            elif tag in _BLOCK:
                parts.append("\n")
            if tag is not None and not skipping and element.text:
                parts.append(element.text)
            continue
        if tag in _SKIP:
            skipping -= 1
        elif tag in _BLOCK:
            parts.append("\n")
        if not skipping and element.tail:
            parts.append(element.tail)
    lines = (_WS.sub(" ", line).strip() for line in "".join(parts).split("\n"))
    return " ".join(line for line in lines if line)


def normalize_url(url: str) -> str:
    """A dedup key for a story URL (not for fetching): one story linked two ways maps to one key.

    Drops scheme, "www.", default ports, fragment, tracking parameters, trailing slash and
    parameter order; lower-cases the host.
    """
    parts = urlsplit(url.strip())
    host = (parts.hostname or "").lower().rstrip(".")
    host = host.removeprefix("www.")
    port = parts.port if parts.port not in (None, 80, 443) else None
    netloc = f"{host}:{port}" if port else host
    path = re.sub(r"/{2,}", "/", parts.path or "/")
    if len(path) > 1:
        path = path.rstrip("/")
    query = sorted(
        (k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not _TRACKING.match(k)
    )
    return urlunsplit(("", netloc, path, urlencode(query), "")).removeprefix("//")


# --- parsing --------------------------------------------------------------------------------


def looks_like_json_feed(body: bytes) -> bool:
    head = body[:512].lstrip(b"\xef\xbb\xbf \t\r\n")
    return head.startswith(b"{") and b"jsonfeed.org" in body[:4096]


def looks_like_feed(body: bytes, content_type: str | None = None) -> bool:
    """Cheap sniff used before deciding to parse a body as a feed or search it for feed links."""
    ctype = (content_type or "").split(";")[0].strip().lower()
    if ctype in ("application/rss+xml", "application/atom+xml", "application/feed+json"):
        return True
    if looks_like_json_feed(body):
        return True
    head = body[:2048].lower()
    return any(tag in head for tag in (b"<rss", b"<feed", b"<rdf:rdf"))


def parse_feed(body: bytes, *, url: str | None = None, content_type: str | None = None) -> Feed:
    """Parse RSS 0.9x/1.0/2.0, Atom or JSON Feed; raises NotAFeedError when it is none of them.

    Lenient like feed readers: a feed with a small syntax error still yields its items.
    Raises TooLargeError over MAX_FEED_BYTES, and NotAFeedError for entity declarations.
    """
    if len(body) > MAX_FEED_BYTES:
        raise TooLargeError("The feed is too large.", detail=f"{len(body)} bytes")
    ctype = (content_type or "").split(";")[0].strip().lower()
    if looks_like_json_feed(body) or ctype == "application/feed+json":
        return _parse_json_feed(body, url)
    return _parse_xml_feed(body, url)


def _parse_xml_feed(body: bytes, url: str | None) -> Feed:
    import feedparser  # lazy: slow import, and only the poller needs it
    from feedparser.encodings import convert_to_utf8

    headers = {"content-location": url} if url else {}
    data = convert_to_utf8(dict(headers), body, {})  # what feedparser's parsers will read
    if _ENTITY_DECLARATION.search(data):
        raise NotAFeedError(
            "The feed declares XML entities, which are not accepted.", detail="<!ENTITY"
        )
    parsed = feedparser.parse(
        io.BytesIO(data), response_headers=headers, resolve_relative_uris=True
    )
    version = parsed.get("version") or ""
    entries = parsed.get("entries") or []
    if not version and not entries:
        detail = str(parsed.get("bozo_exception", "no feed elements"))
        raise NotAFeedError(detail=detail)
    kind = "atom" if version.startswith("atom") else "rss"
    entries = _newest(entries, _entry_stamp)
    items = tuple(item for item in (_xml_item(e, url) for e in entries) if item is not None)
    meta = parsed.get("feed", {})
    return Feed(
        title=html_to_text(meta.get("title", "")) or None,
        link=_absolute(meta.get("link"), url),
        kind=kind,
        items=items,
    )


def _newest(entries: list[T], stamp: Callable[[T], float | None]) -> list[T]:
    """At most MAX_FEED_ITEMS entries, in feed order: the newest ones, undated ones last (a
    feed may list its items oldest first)."""
    if len(entries) <= MAX_FEED_ITEMS:
        return entries
    stamps = [stamp(entry) for entry in entries]
    ranked = sorted(
        range(len(entries)), key=lambda i: (stamps[i] is not None, stamps[i] or 0.0), reverse=True
    )
    return [entries[i] for i in sorted(ranked[:MAX_FEED_ITEMS])]


def _entry_stamp(entry: Any) -> float | None:
    stamp = entry.get("published_parsed") or entry.get("updated_parsed")
    return float(timegm(stamp)) if stamp else None


def _json_stamp(raw: dict[str, Any]) -> float | None:
    date = _iso_date(raw.get("date_published") or raw.get("date_modified"))
    return date.timestamp() if date else None


def _xml_item(entry: Any, base: str | None) -> FeedItem | None:
    title = html_to_text(entry.get("title", ""))
    link = _absolute(entry.get("link"), base)
    summary = html_to_text(entry.get("summary", ""))
    content = " ".join(html_to_text(c.get("value", "")) for c in entry.get("content", []) or [])
    if not (title or link or summary or content):
        return None
    stamp = entry.get("published_parsed") or entry.get("updated_parsed")
    published = datetime.fromtimestamp(timegm(stamp), UTC) if stamp else None
    guid = (entry.get("id") or "").strip() or None
    return FeedItem(
        guid=guid,
        link=link,
        title=title or summary[:80] or (link or ""),
        summary=summary,
        content=content.strip(),
        published=published,
        author=html_to_text(entry.get("author", "")) or None,
    )


def _parse_json_feed(body: bytes, url: str | None) -> Feed:
    try:
        data = json.loads(body.decode("utf-8-sig"))
    except (ValueError, RecursionError) as exc:  # bad UTF-8 or JSON, huge number, deep nesting
        raise NotAFeedError(detail=f"JSON Feed: {exc}") from None
    if not isinstance(data, dict) or not isinstance(data.get("items", []), list):
        raise NotAFeedError(detail="JSON Feed: no items list")
    if "jsonfeed.org" not in str(data.get("version", "")):
        raise NotAFeedError(detail="JSON Feed: missing version")
    base = _str(data.get("feed_url")) or url
    items: list[FeedItem] = []
    for raw in _newest([r for r in data.get("items", []) if isinstance(r, dict)], _json_stamp):
        link = _absolute(_str(raw.get("url")) or _str(raw.get("external_url")), base)
        title = html_to_text(_str(raw.get("title")) or "")
        summary = html_to_text(_str(raw.get("summary")) or "")
        content = (
            html_to_text(_str(raw.get("content_html")) or "")
            or _WS.sub(" ", _str(raw.get("content_text")) or "").strip()
        )
        if not (title or link or summary or content):
            continue
        guid = raw.get("id")
        authors = raw.get("authors")
        first = authors[0] if isinstance(authors, list) and authors else None
        author = raw.get("author") or first
        items.append(
            FeedItem(
                guid=str(guid).strip() if guid not in (None, "") else None,
                link=link,
                title=title or (summary or content)[:80] or (link or ""),
                summary=summary,
                content=content,
                published=_iso_date(raw.get("date_published") or raw.get("date_modified")),
                author=_str(author.get("name")) if isinstance(author, dict) else None,
            )
        )
    return Feed(
        title=html_to_text(_str(data.get("title")) or "") or None,
        link=_absolute(_str(data.get("home_page_url")), base),
        kind="json",
        items=tuple(items),
    )


def _str(value: object) -> str | None:
    return value if isinstance(value, str) else None


def _absolute(link: str | None, base: str | None) -> str | None:
    if not link or not link.strip():
        return None
    try:  # "http://[x/" is no URL: urllib raises ValueError on it
        full = urljoin(base, link.strip()) if base else link.strip()
        return full if urlsplit(full).scheme in ("http", "https") else None
    except ValueError:
        return None


def _iso_date(value: object) -> datetime | None:
    if not isinstance(value, str):
        return None
    try:
        stamp = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    return stamp.replace(tzinfo=UTC) if stamp.tzinfo is None else stamp.astimezone(UTC)


# --- discovery ------------------------------------------------------------------------------


def _announced_feeds(root: etree._Element) -> tuple[str | None, list[tuple[str, str]]]:
    """The page's first <base href> and its feed links as (href, mime type), in page order."""
    base: str | None = None
    links: list[tuple[str, str]] = []
    for element in root.iter("base", "link"):
        href = (element.get("href") or "").strip()
        if element.tag == "base":
            base = base or href or None
            continue
        rels = (element.get("rel") or "").lower().split()
        mime = (element.get("type") or "").split(";")[0].strip().lower()
        if "alternate" in rels and mime in FEED_TYPES and href:
            links.append((href, mime))
            if len(links) >= MAX_DISCOVERED_FEEDS:
                break
    return base, links


_GENERIC = frozenset({"application/xml", "text/xml", "application/json"})


def discover_feeds(markup: str | bytes, base_url: str) -> list[str]:
    """Absolute feed URLs announced by <link rel="alternate" type=...> in a page, best first.

    Page order, except that dedicated feed types (RSS, Atom, JSON Feed) come before generic
    XML/JSON ones and comment feeds come last.
    """
    if isinstance(markup, bytes):  # cut before decoding: a cut character is just replaced
        markup = markup[:MAX_DISCOVERY_BYTES].decode("utf-8", errors="replace")
    root = _html_root(markup[:MAX_DISCOVERY_BYTES])
    if root is None:
        return []
    page_base, links = _announced_feeds(root)
    base = _absolute(page_base, base_url) or base_url
    ranked: dict[str, tuple[int, int, int]] = {}
    for position, (href, mime) in enumerate(links):
        url = _absolute(href, base)
        if url and url not in ranked:
            ranked[url] = (int("comment" in url.lower()), int(mime in _GENERIC), position)
    return sorted(ranked, key=ranked.__getitem__)
