"""Every parser of strangers' bytes works within a size and a time budget (issue #14).

Hostile XML (entity expansion, external entities and DTDs) against feeds and OPML; the size cap
of each parser; a parse over its time budget ended with its worker, in the real process pool and
end to end through the bot. The loopback HTTP server stands in for every "external" address, so a
test can tell that nothing was fetched.
"""

from __future__ import annotations

import asyncio
import json
import os
import time
from collections.abc import AsyncIterator, Callable
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path

import pytest

from bot import work
from bot.digest.models import FeedState, PollOutcome
from bot.digest.poll import poll_feed
from bot.resources import BotResources
from config.settings import load_settings
from summarizer.errors import NotAFeedError, OverBudgetError, TooLargeError
from summarizer.models import Page
from summarizer.web import pdf as pdf_module
from summarizer.web.extract import MAX_PAGE_BYTES, MAX_PDF_BYTES, extract_article
from summarizer.web.feeds import (
    MAX_DISCOVERED_FEEDS,
    MAX_DISCOVERY_BYTES,
    MAX_FEED_BYTES,
    MAX_FEED_ITEMS,
    discover_feeds,
    parse_feed,
)
from summarizer.web.opml import MAX_OPML_BYTES, MAX_OUTLINES, OpmlError, parse_opml
from summarizer.web.pdf import MAX_PDF_PAGES
from tests.bot_harness import RunningBot, bot_settings
from tests.digest_bot_helpers import DigestTelegram, controlled, document, private
from tests.digest_helpers import Clock
from tests.pages import pdf_file
from tests.servers.http import LoopbackHTTPServer

SECRET = "GISTBOT-SECRET-MARKER-5c1e"  # what a file or a DTD would leak if it were read
FEED_URL = "https://harbour.example/rss.xml"
T0 = datetime(2026, 11, 5, 8, 0, tzinfo=UTC)
ADMIN = 601


# -- documents ----------------------------------------------------------------------------------


def rss(
    doctype: str = "", text: str = "The night ferry runs again.", *, enc: str = "utf-8"
) -> bytes:
    """One-item RSS; `text` goes into the channel title and the item, where entities expand."""
    return (
        f'<?xml version="1.0" encoding="{enc}"?>\n{doctype}\n'
        f'<rss version="2.0"><channel><title>Harbour {text}</title>'
        "<link>https://harbour.example/</link><item><title>Ferry</title>"
        f"<link>https://harbour.example/ferry</link><description>{text}</description>"
        "</item></channel></rss>"
    ).encode(enc)


def opml(doctype: str = "", text: str = "Harbour news", url: str = FEED_URL) -> bytes:
    """One-outline OPML; `text` goes into the outline's title, where entities expand."""
    return (
        f'<?xml version="1.0" encoding="utf-8"?>\n{doctype}\n'
        '<opml version="2.0"><head><title>Feeds</title></head><body>'
        f'<outline type="rss" title="{text}" text="{text}" xmlUrl="{url}"/></body></opml>'
    ).encode()


def laughs(root: str) -> str:
    """Nine levels of ten: the last entity is 2 × 10⁹ characters."""
    levels = "".join(f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10}">\n' for i in range(1, 10))
    return f'<!DOCTYPE {root} [\n<!ENTITY lol0 "ha">\n{levels}]>'


def quadratic(root: str) -> str:
    """One flat 10 kB entity (no "&" in it: feedparser calls that safe)."""
    return f'<!DOCTYPE {root} [\n<!ENTITY big "{"Q" * 10_000}">\n]>'


def big_feed(items: int) -> bytes:
    """A valid RSS feed that feedparser needs seconds to read (about 150 bytes an item)."""
    entries = "".join(
        f"<item><title>Story {i}</title><link>https://harbour.example/{i}</link>"
        f"<description>&lt;p&gt;Words about story {i}.&lt;/p&gt;</description></item>"
        for i in range(items)
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
        f"<title>Big harbour</title>{entries}</channel></rss>"
    ).encode()


@pytest.fixture
def secret_files(tmp_path: Path) -> tuple[Path, Path]:
    """A text file holding SECRET, and a DTD that declares `&leak;` as SECRET."""
    text = tmp_path / "secret.txt"
    text.write_text(SECRET)
    dtd = tmp_path / "leak.dtd"
    dtd.write_text(f'<!ENTITY leak "{SECRET}">')
    return text, dtd


def outcome_text(parse: Callable[[bytes], object], data: bytes) -> str:
    """Whatever a parse gives back, or the refusal with its detail, as one string."""
    try:
        return repr(parse(data))
    except (NotAFeedError, OpmlError) as exc:
        return f"{exc.message} {exc.detail}"


# -- feeds: entities ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        rss(laughs("rss"), "&lol9;"),
        rss(quadratic("rss"), "&big;" * 1000),
        # the same declaration in UTF-16: only readable after feedparser's own decoding
        rss(quadratic("rss"), "&big;" * 1000, enc="utf-16"),
    ],
    ids=["billion-laughs", "quadratic-blowup", "quadratic-blowup-utf16"],
)
def test_feeds_declaring_entities_are_refused(body: bytes) -> None:
    with pytest.raises(NotAFeedError, match="declares XML entities"):
        parse_feed(body, url=FEED_URL)


def test_a_feed_cannot_read_a_local_file(secret_files: tuple[Path, Path]) -> None:
    text, dtd = secret_files
    entity = f'<!DOCTYPE rss [\n<!ENTITY leak SYSTEM "file://{text}">\n]>'
    with pytest.raises(NotAFeedError):
        parse_feed(rss(entity, "&leak;"))
    # an external DTD on disk is not read either: the feed parses, `&leak;` stays unexpanded
    feed = parse_feed(rss(f'<!DOCTYPE rss SYSTEM "file://{dtd}">', "&leak;"))
    assert feed.items and SECRET not in repr(feed)
    # nor is a file whose name is the whole body (feedparser opens bytes that name a file)
    named = text.with_name("feed.xml")
    named.write_bytes(rss(text=SECRET))
    assert SECRET not in outcome_text(parse_feed, str(named).encode())


def test_a_feed_cannot_make_the_parser_fetch(http_server: LoopbackHTTPServer) -> None:
    dtd = http_server.route("/leak.dtd", f'<!ENTITY leak "{SECRET}">', content_type="text/plain")
    external_dtd = rss(f'<!DOCTYPE rss SYSTEM "{dtd}">', "&leak;")
    parameter = rss(f'<!DOCTYPE rss [\n<!ENTITY % ext SYSTEM "{dtd}">\n%ext;\n]>', "&leak;")
    general = rss(f'<!DOCTYPE rss [\n<!ENTITY leak SYSTEM "{dtd}">\n]>', "&leak;")
    for body in (external_dtd, parameter, general):
        assert SECRET not in outcome_text(parse_feed, body)
    assert http_server.requests == []


# -- OPML: entities -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "data",
    [opml(laughs("opml"), "&lol9;"), opml(quadratic("opml"), "&big;" * 1000)],
    ids=["billion-laughs", "quadratic-blowup"],
)
def test_opml_declaring_entities_is_refused(data: bytes) -> None:
    started = time.monotonic()
    with pytest.raises(OpmlError):
        parse_opml(data)
    assert time.monotonic() - started < 1.0  # refused at the declaration, nothing expanded


def test_opml_cannot_read_a_local_file(secret_files: tuple[Path, Path]) -> None:
    text, dtd = secret_files
    entity = opml(f'<!DOCTYPE opml [\n<!ENTITY leak SYSTEM "file://{text}">\n]>', "&leak;")
    external_dtd = opml(f'<!DOCTYPE opml SYSTEM "file://{dtd}">', "&leak;")
    for data in (entity, external_dtd):
        assert SECRET not in outcome_text(parse_opml, data)


def test_opml_cannot_make_the_parser_fetch(http_server: LoopbackHTTPServer) -> None:
    dtd = http_server.route("/leak.dtd", f'<!ENTITY leak "{SECRET}">', content_type="text/plain")
    external_dtd = opml(f'<!DOCTYPE opml SYSTEM "{dtd}">', "&leak;")
    parameter = opml(f'<!DOCTYPE opml [\n<!ENTITY % ext SYSTEM "{dtd}">\n%ext;\n]>', "&leak;")
    general = opml(f'<!DOCTYPE opml [\n<!ENTITY leak SYSTEM "{dtd}">\n]>', "&leak;")
    for data in (external_dtd, parameter, general):
        assert SECRET not in outcome_text(parse_opml, data)
    assert http_server.requests == []


# -- size budgets -------------------------------------------------------------------------------


def test_an_oversized_feed_is_refused_before_parsing() -> None:
    padding = "<!-- " + "x" * MAX_FEED_BYTES + " -->"
    with pytest.raises(TooLargeError, match="feed is too large"):
        parse_feed(rss(text="The ferry.").replace(b"<item>", padding.encode() + b"<item>"))
    feed = {"version": "https://jsonfeed.org/version/1.1", "title": "Harbour", "items": [],
            "padding": "x" * MAX_FEED_BYTES}  # fmt: skip
    with pytest.raises(TooLargeError):
        parse_feed(json.dumps(feed).encode(), content_type="application/feed+json")


@pytest.mark.parametrize("kind", ["rss", "json"])
def test_a_long_feed_keeps_its_newest_items_in_feed_order(kind: str) -> None:
    extra = 25  # listed oldest first, as some podcast feeds are
    dates = [T0 + timedelta(hours=i) for i in range(MAX_FEED_ITEMS + extra)]
    if kind == "rss":
        entries = "".join(
            f"<item><title>Episode {i}</title><link>https://harbour.example/{i}</link>"
            f"<pubDate>{format_datetime(at)}</pubDate></item>"
            for i, at in enumerate(dates)
        )
        body = f'<rss version="2.0"><channel><title>Pod</title>{entries}</channel></rss>'.encode()
    else:
        items = [{"id": str(i), "url": f"https://harbour.example/{i}", "title": f"Episode {i}",
                  "date_published": at.isoformat()} for i, at in enumerate(dates)]  # fmt: skip
        body = json.dumps({"version": "https://jsonfeed.org/version/1.1", "items": items}).encode()
    feed = parse_feed(body)
    assert [item.title for item in feed.items] == [
        f"Episode {i}" for i in range(extra, MAX_FEED_ITEMS + extra)
    ]


def test_a_deeply_nested_json_feed_is_not_a_feed() -> None:
    depth = 100_000
    body = b'{"version": "https://jsonfeed.org/version/1", "items": ' + b"[" * depth
    body += b"]" * depth + b"}"
    with pytest.raises(NotAFeedError):
        parse_feed(body)


def test_feed_discovery_reads_a_bounded_page_and_keeps_a_few_links() -> None:
    links = "".join(
        f'<link rel="alternate" type="application/rss+xml" href="/feed{i}.xml">' for i in range(50)
    )
    found = discover_feeds(f"<html><head>{links}</head></html>", "https://harbour.example/")
    assert found == [f"https://harbour.example/feed{i}.xml" for i in range(MAX_DISCOVERED_FEEDS)]
    late = '<link rel="alternate" type="application/rss+xml" href="/late.xml">'
    page = f"<html><head><!-- {'x' * MAX_DISCOVERY_BYTES} -->{late}</head></html>"
    assert discover_feeds(page.encode(), "https://harbour.example/") == []


def test_an_oversized_opml_file_is_refused_and_outlines_are_capped() -> None:
    with pytest.raises(OpmlError, match="too large"):
        parse_opml(opml().replace(b"<body>", b"<body><!--" + b"x" * MAX_OPML_BYTES + b"-->"))
    outlines = "".join(
        f'<outline text="Feed {i}" xmlUrl="https://harbour.example/{i}.xml"/>'
        for i in range(MAX_OUTLINES + 10)
    )
    data = f'<opml version="2.0"><body>{outlines}</body></opml>'.encode()
    assert len(parse_opml(data)) == MAX_OUTLINES


LINES = [
    "The harbour board met on Monday to decide the future of the old ferry pier.",
    "Fishermen asked for more room to moor their boats during the winter storms.",
    "The board agreed to repair the pier and to add lights along its whole length.",
    "Work starts in March and should be finished before the summer season begins.",
    "The town will pay for the lights, and the fishermen will pay for new ropes.",
    "Everyone at the meeting said the pier had been neglected for far too long now.",
]


def pdf(pages: list[str], *, padding: int = 0) -> bytes:
    """A PDF with one line of Helvetica text per page (no parentheses in the text), and
    `padding` bytes of comment after the header. Objects and xref written by hand."""
    kids = " ".join(f"{4 + 2 * i} 0 R" for i in range(len(pages)))
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        f"<< /Type /Pages /Kids [{kids}] /Count {len(pages)} >>".encode(),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    for i, line in enumerate(pages):
        stream = f"BT /F1 11 Tf 56 780 Td ({line}) Tj ET".encode("latin-1")
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
            b"/Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>" % (5 + 2 * i)
        )
        objects.append(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
    header = b"%PDF-1.4\n" + (b"%" + b"x" * padding + b"\n" if padding else b"")
    return pdf_file(objects, header=header)


def page_of(body: bytes, content_type: str) -> Page:
    url = "https://harbour.example/pier"
    return Page(url, url, 200, content_type, body, None, {})


def test_an_oversized_pdf_is_refused_before_parsing() -> None:
    assert extract_article(page_of(pdf(LINES), "application/pdf")).text  # readable when small
    with pytest.raises(TooLargeError, match="PDF is too large"):
        extract_article(page_of(pdf(LINES, padding=MAX_PDF_BYTES), "application/pdf"))


def test_pdf_text_comes_from_the_first_pages_only(monkeypatch: pytest.MonkeyPatch) -> None:
    pages = [f"Page {i}: {LINES[i % len(LINES)]}" for i in range(MAX_PDF_PAGES + 5)]
    text = extract_article(page_of(pdf(pages), "application/pdf")).text
    assert f"Page {MAX_PDF_PAGES - 1}:" in text and f"Page {MAX_PDF_PAGES}:" not in text
    monkeypatch.setattr(pdf_module, "MAX_PDF_TEXT_CHARS", 1_000)  # a small budget, same rule
    text = extract_article(page_of(pdf(pages), "application/pdf")).text
    assert "Page 0:" in text and "Page 12:" not in text  # pages of ~85 characters
    assert len(text) < 1_100  # the cap, plus the paragraph breaks joined in after it


@pytest.mark.parametrize("content_type", ["text/html", "text/plain"])
def test_an_oversized_page_is_refused_before_lxml(content_type: str) -> None:
    article = "".join(f"<p>{line}</p>" for line in LINES * 3)
    body = f"<html><body><article>{article}</article><!-- {'x' * MAX_PAGE_BYTES} --></body></html>"
    with pytest.raises(TooLargeError):
        extract_article(page_of(body.encode(), content_type))


# -- time budget --------------------------------------------------------------------------------


def gone(pid: int, within: float = 10.0) -> bool:
    """The process ends (or is a zombie) within `within` seconds (Linux /proc)."""
    deadline = time.monotonic() + within
    while time.monotonic() < deadline:
        try:
            stat = Path(f"/proc/{pid}/stat").read_text()
        except FileNotFoundError:
            return True
        if stat.rsplit(")", 1)[1].split()[0] == "Z":
            return True
        time.sleep(0.05)
    return False


@pytest.fixture
async def resources(tmp_path: Path) -> AsyncIterator[BotResources]:
    """The bot's real resources (pool, fetcher, database) with a half-second time budget."""
    settings = load_settings(
        database_url=f"sqlite+aiosqlite:///{tmp_path / 'bot.sqlite3'}",
        cpu_budget_seconds=0.5,
        worker_processes=1,
        fetch_allow_private_networks=True,
    )
    shared = BotResources()
    shared.configure(settings)
    await shared.open()
    try:
        yield shared
    finally:
        await shared.close()


async def test_a_parse_over_its_budget_ends_its_worker_and_the_pool_recovers(
    resources: BotResources, http_server: LoopbackHTTPServer
) -> None:
    slow = http_server.route("/slow.xml", big_feed(25_000), content_type="application/rss+xml")
    calm = http_server.route("/calm.xml", rss(), content_type="application/rss+xml")
    worker = await resources.run_cpu(os.getpid)

    def state(url: str) -> FeedState:
        return FeedState(1, url, None, None, None, 0, False, T0)

    async def poll(url: str) -> PollOutcome:
        return await poll_feed(resources.fetcher, state(url), now=T0,
                               interval=timedelta(minutes=30), alert_after=3,
                               run_cpu=resources.run_cpu)  # fmt: skip

    outcome = await poll(slow)  # feedparser needs seconds for this one
    assert outcome.status == "error" and "took too long" in (outcome.error or "")
    assert await asyncio.to_thread(gone, worker)
    assert await resources.run_cpu(os.getpid) != worker  # a fresh pool took over
    assert (await poll(calm)).status == "updated"
    with pytest.raises(OverBudgetError):  # what callers that await the pool directly get
        await resources.run_cpu(parse_feed, big_feed(25_000))


def test_within_budget_refuses_to_run_in_the_bot_process() -> None:
    with pytest.raises(RuntimeError):  # its timer would end the bot itself
        work.within_budget(60, int)


# -- end to end ---------------------------------------------------------------------------------


def say(tg: DigestTelegram, update: dict, chat_id: int) -> str:
    before = len(tg.sent_to(chat_id))
    tg.push(update)
    return (
        tg.wait_for("sendMessage", before + 1, timeout=60, chat_id=chat_id)[-1].visible_text or ""
    )


def test_hostile_opml_and_a_slow_feed_get_short_answers_and_the_bot_keeps_working(
    http_server: LoopbackHTTPServer, tmp_path: Path
) -> None:
    slow = http_server.route("/slow.xml", big_feed(25_000), content_type="application/rss+xml")
    calm = http_server.route("/calm.xml", rss(), content_type="application/rss+xml")
    other = http_server.route("/other.xml", rss(), content_type="application/rss+xml")
    with DigestTelegram() as tg:
        settings = bot_settings(tg, tmp_path / "bot.sqlite3", cpu_budget_seconds=1.0)
        with RunningBot(settings, controlled(Clock(T0))):
            tg.files["laughs"] = opml(laughs("opml"), "&lol9;")
            upload = document(None, ADMIN, "laughs", "feeds.opml", len(tg.files["laughs"]))
            assert "not a readable OPML" in say(tg, upload, ADMIN)

            text = say(tg, private(ADMIN, f"/subscribe {slow}"), ADMIN)
            assert "took too long" in text and len(text) < 300

            tg.files["good"] = opml(url=calm)
            upload = document(None, ADMIN, "good", "feeds.opml", len(tg.files["good"]))
            assert "Imported 1 new of 1 feeds" in say(tg, upload, ADMIN)
            text = say(tg, private(ADMIN, f"/subscribe {other}"), ADMIN)
            assert text.startswith("Subscribed") and other in text
