"""Polling feeds over real HTTP on loopback, through the real Fetcher, into a real SQLite store.

The repeating job is the production one (bot.digest.claims.poll_due_feeds_claimed) as one
replica runs it: the `tick` fixture.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from types import SimpleNamespace

import pytest

from bot.digest.build import DigestOptions, plan_digest
from bot.digest.claims import poll_due_feeds_claimed
from bot.digest.models import FeedEvent
from bot.digest.poll import enrich_pending, is_teaser, moved_permanently, poll_feed, resolve_feed
from bot.digest.store import DigestStore
from bot.storage.db import Database
from summarizer.errors import NotAFeedError
from summarizer.web.feeds import parse_feed
from summarizer.web.fetch import Fetcher, FetchPolicy
from tests.digest_helpers import Clock, feed_tick, open_store
from tests.servers.http import LoopbackHTTPServer, Request, Response

FEEDS = Path(__file__).parent / "feeds"
INTERVAL = timedelta(minutes=30)
START = datetime(2026, 11, 3, 16, 0, tzinfo=UTC)  # the fixture feeds' items are fresh then
RSS = (FEEDS / "rss2.xml").read_bytes()
ATOM = (FEEDS / "atom.xml").read_bytes()


@pytest.fixture
async def fetcher() -> AsyncIterator[Fetcher]:
    async with Fetcher(FetchPolicy(allow_private_networks=True, timeout=1.0)) as f:
        yield f


@pytest.fixture
async def opened(tmp_path: Path) -> AsyncIterator[tuple[Database, DigestStore]]:
    db, store = await open_store(tmp_path / "db.sqlite3")
    yield db, store
    await db.close()


@pytest.fixture
def store(opened: tuple[Database, DigestStore]) -> DigestStore:
    return opened[1]


Tick = Callable[..., Awaitable[list[FeedEvent]]]


@pytest.fixture
def tick(opened: tuple[Database, DigestStore], fetcher: Fetcher) -> Tick:
    """`await tick(now, alert_after=3)`: one run of the feed job at `now`; its alerts."""
    db, store = opened

    async def run(now: datetime, *, alert_after: int = 3) -> list[FeedEvent]:
        return await feed_tick(
            db, store, fetcher, now=now, interval=INTERVAL, alert_after=alert_after
        )

    return run


def conditional(body: bytes, etag: str) -> object:
    def handler(request: Request) -> Response:
        if request.headers.get("if-none-match") == etag:
            return Response(304, content_type=None, headers={"ETag": etag})
        return Response(200, body=body, content_type="application/rss+xml", headers={"ETag": etag})

    return handler


async def test_conditional_get_and_new_items_only(
    http_server: LoopbackHTTPServer, tick: Tick, store: DigestStore
) -> None:
    clock = Clock(START)
    url = http_server.route("/rss.xml", handler=conditional(RSS, '"v1"'))  # type: ignore[arg-type]
    await store.subscribe(-100, url, now=clock())
    await store.subscribe(-200, url, now=clock())  # same feed, second chat: still one request

    events = await tick(clock())
    assert events == [] and len(http_server.requests) == 1
    assert len(await store.candidates(-100)) == 3 and len(await store.candidates(-200)) == 3
    state = await store.find_feed(url)
    assert state is not None and state.etag == '"v1"'

    # not due yet: no request
    await tick(clock.advance(minutes=10))
    assert len(http_server.requests) == 1

    clock.advance(minutes=25)
    await tick(clock())
    assert http_server.requests[-1].headers["if-none-match"] == '"v1"'
    assert len(await store.candidates(-100)) == 3
    state = await store.find_feed(url)
    assert state is not None and state.etag == '"v1"' and state.failures == 0
    assert state.next_poll_at == clock.now + INTERVAL

    # the feed grows by one item
    bigger = RSS.replace(
        b"<item>",
        b"<item><title>Night market</title><link>https://gazette.example/market</link>"
        b"<description>Stalls open late.</description></item><item>",
        1,
    )
    http_server.route("/rss.xml", handler=conditional(bigger, '"v2"'))  # type: ignore[arg-type]
    await tick(clock.advance(minutes=31))
    titles = sorted(c.title for c in await store.candidates(-100))
    assert len(titles) == 4 and "Night market" in titles


async def test_failures_back_off_alert_once_and_recover(
    http_server: LoopbackHTTPServer, tick: Tick, store: DigestStore
) -> None:
    clock = Clock(START)
    url = http_server.route("/feed", body=b"gone", status=404)
    await store.subscribe(-100, url, now=clock(), added_by=42)
    events_seen = []
    gaps = []
    for _ in range(5):
        state = await store.find_feed(url)
        assert state is not None
        clock.now = state.next_poll_at
        events = await tick(clock())
        events_seen.extend(events)
        after = await store.find_feed(url)
        assert after is not None
        gaps.append(after.next_poll_at - clock.now)
    assert [e.kind for e in events_seen] == ["failing"]  # once, at the third failure
    assert events_seen[0].failures == 3 and "404" in (events_seen[0].error or "")
    assert gaps == sorted(gaps) and gaps[0] > INTERVAL and gaps[-1] <= timedelta(hours=24)
    assert [s.added_by for s in await store.subscribers(events_seen[0].feed_id)] == [42]

    http_server.route("/feed", body=ATOM, content_type="application/atom+xml")
    state = await store.find_feed(url)
    assert state is not None
    clock.now = state.next_poll_at
    events = await tick(clock())
    assert [e.kind for e in events] == ["recovered"]
    state = await store.find_feed(url)
    assert state is not None and state.failures == 0 and not state.alerted
    assert len(await store.candidates(-100)) == 2


@pytest.mark.parametrize(
    ("route", "expect"),
    [
        ({"body": b"<<<this is <not> xml", "content_type": "application/rss+xml"}, "not an RSS"),
        ({"body": b"late", "delay": 2.0}, "too long"),
        ({"body": b"boom", "status": 500}, "HTTP 500"),
    ],
)
async def test_errors_never_raise(
    http_server: LoopbackHTTPServer, fetcher: Fetcher, store: DigestStore, route: dict, expect: str
) -> None:
    clock = Clock(START)
    url = http_server.route("/bad", **route)
    await store.subscribe(-100, url, now=clock())
    feed = await store.find_feed(url)
    assert feed is not None
    result = await poll_feed(fetcher, feed, now=clock(), interval=INTERVAL, alert_after=5)
    assert result.status == "error" and result.failures == 1 and result.items == ()
    assert expect in (result.error or "")
    assert result.next_poll_at > clock.now + INTERVAL


async def test_malformed_but_readable_feed_counts_as_success(
    http_server: LoopbackHTTPServer, tick: Tick, store: DigestStore
) -> None:
    clock = Clock(START)
    url = http_server.route(
        "/bakery", body=(FEEDS / "malformed.xml").read_bytes(), content_type="text/xml"
    )
    await store.subscribe(-100, url, now=clock())
    await tick(clock(), alert_after=5)
    assert [c.title for c in await store.candidates(-100)] == ["Sourdough class moved to Friday"]


async def test_same_story_in_two_feeds_digest_once(
    http_server: LoopbackHTTPServer, tick: Tick, store: DigestStore
) -> None:
    clock = Clock(START)
    story = b"https://gazette.example/news/ferry-timetable"
    mirror = (
        b'<?xml version="1.0"?><rss version="2.0"><channel><title>Mirror</title><item>'
        b"<title>Ferries: more evening crossings</title><guid>m-1</guid>"
        b"<link>http://www.gazette.example/news/ferry-timetable/?utm_medium=social</link>"
        b"<description>Two crossings are added.</description></item></channel></rss>"
    )
    a = http_server.route("/a.xml", body=RSS, content_type="application/rss+xml")
    b = http_server.route("/b.xml", body=mirror, content_type="application/rss+xml")
    await store.subscribe(-100, a, now=clock())
    await store.subscribe(-100, b, now=clock())
    await tick(clock(), alert_after=5)
    candidates = await store.candidates(-100)
    assert len(candidates) == 4
    plan = plan_digest(candidates, clock(), DigestOptions())
    html = "".join(m.html for m in plan.messages)
    assert len(plan.shown) == 3
    assert html.count("ferry-timetable") == 1 and story.decode() in html
    assert "Harbour Town Gazette · Mirror" in html


async def test_resolve_feed_from_site_and_direct(
    http_server: LoopbackHTTPServer, fetcher: Fetcher
) -> None:
    feed_url = http_server.route("/site/atom.xml", body=ATOM, content_type="application/atom+xml")
    page = (
        '<html><head><link rel="alternate" type="application/atom+xml" href="/site/atom.xml">'
        "</head><body>Hi</body></html>"
    )
    site = http_server.route("/site/", body=page)
    resolved = await resolve_feed(fetcher, site)
    assert resolved.url == feed_url and resolved.title == "Valley Cycling Club"
    assert site in resolved.aliases and resolved.items == 2
    direct = await resolve_feed(fetcher, feed_url)
    assert direct.url == feed_url and direct.aliases == ()

    http_server.route("/plain", body="<html><body>No feeds here</body></html>")
    with pytest.raises(NotAFeedError):
        await resolve_feed(fetcher, http_server.url("/plain"))
    http_server.route("/broken", body='<link rel="alternate" type="application/rss+xml" href="/x">')
    with pytest.raises(NotAFeedError):
        await resolve_feed(fetcher, http_server.url("/broken"))


def test_moved_permanently_reads_redirect_hops() -> None:
    base = {"url": "https://a.example/rss", "final_url": "https://b.example/rss"}
    assert moved_permanently(SimpleNamespace(**base, redirects=((301, "x"), (308, "y"))))
    assert moved_permanently(SimpleNamespace(**base, redirects=((301, "x"), (302, "y")))) is None
    assert moved_permanently(SimpleNamespace(**base, permanent_redirect=True))
    assert moved_permanently(SimpleNamespace(**base)) is None  # unknown: do not move
    same = {"url": "https://a.example/rss", "final_url": "https://a.example/rss"}
    assert moved_permanently(SimpleNamespace(**same, permanent_redirect=True)) is None


def test_teaser_detection() -> None:
    rss, _, _ = parse_feed(RSS).items
    assert not is_teaser(rss) or len(rss.text.split()) < 60
    feed = parse_feed(
        b'<rss version="2.0"><channel><item><title>t</title><link>https://x.example/1</link>'
        b"<description>" + b"word " * 80 + b"Continue reading</description></item>"
        b"<item><title>u</title><link>https://x.example/2</link><description>"
        + b"word " * 80
        + b"end.</description></item></channel></rss>"
    )
    cut, full = feed.items
    assert is_teaser(cut) and not is_teaser(full)


async def test_enrichment_fills_gist_and_tolerates_failures(
    http_server: LoopbackHTTPServer, tick: Tick, store: DigestStore
) -> None:
    clock = Clock(START)
    url = http_server.route("/rss.xml", body=RSS, content_type="application/rss+xml")
    await store.subscribe(-100, url, now=clock())
    await tick(clock(), alert_after=5)

    async def summarize_link(link: str) -> tuple[str | None, str | None]:
        if "lighthouse" in link:
            raise NotAFeedError("simulated extraction failure")
        return f"Gist of {link}.", "148 steps"

    assert await enrich_pending(store, summarize_link) == 2  # both linked items are teasers
    by_link = {c.link: c for c in await store.candidates(-100)}
    ferry = by_link["https://gazette.example/news/ferry-timetable?utm_source=rss"]
    assert ferry.summary.startswith("Gist of") and ferry.highlight == "148 steps"
    light = by_link[http_server.url("/news/lighthouse")]  # relative to the feed's URL
    assert light.summary == "Visitors can climb the 148 steps again." and light.highlight is None
    assert await enrich_pending(store, summarize_link) == 0


async def test_one_tick_polls_batch_after_batch_until_nothing_is_due(
    http_server: LoopbackHTTPServer, opened: tuple[Database, DigestStore], fetcher: Fetcher
) -> None:
    db, store = opened
    clock = Clock(START)
    feeds = 130  # more than two claim batches of 50
    for n in range(feeds):
        url = http_server.route(f"/many/{n}.xml", body=RSS, content_type="application/rss+xml")
        await store.subscribe(-1000 - n, url, now=clock())
    await poll_due_feeds_claimed(
        db, store, fetcher, now=clock(), interval=INTERVAL, alert_after=3,
        owner="one", ttl=60.0, clock=clock, concurrency=8, budget=60.0,
    )  # fmt: skip
    assert sorted(r.path for r in http_server.requests) == sorted(
        f"/many/{n}.xml" for n in range(feeds)
    )
    # without a budget, one batch per call
    clock.advance(minutes=31)
    await poll_due_feeds_claimed(
        db, store, fetcher, now=clock(), interval=INTERVAL, alert_after=3,
        owner="one", ttl=60.0, clock=clock,
    )  # fmt: skip
    assert len(http_server.requests) == feeds + 50


async def test_a_slow_feed_does_not_hold_up_the_next_batch(
    http_server: LoopbackHTTPServer, opened: tuple[Database, DigestStore], fetcher: Fetcher
) -> None:
    """The feeds of all claim batches are one stream: while the first batch's slow feed is
    still loading, the second batch is already being polled."""
    db, store = opened
    clock = Clock(START)
    arrived: dict[str, float] = {}
    slow_s = 0.9  # within the fetcher's 1 s timeout

    def timed(name: str, delay: float = 0.0) -> Callable[[Request], Response]:
        def handler(request: Request) -> Response:
            arrived[name] = time.monotonic()
            return Response(body=RSS, content_type="application/rss+xml", delay=delay)

        return handler

    for n in range(20):  # two batches of 10, claimed in order of subscription (next_poll_at)
        handler = timed("slow", slow_s) if n == 0 else timed("next") if n == 15 else None
        url = http_server.route(
            f"/stream/{n}.xml", body=RSS, content_type="application/rss+xml", handler=handler
        )
        await store.subscribe(-2000 - n, url, now=clock.advance(seconds=1))
    await poll_due_feeds_claimed(
        db, store, fetcher, now=clock.advance(minutes=1), interval=INTERVAL, alert_after=3,
        owner="one", ttl=60.0, clock=clock, limit=10, concurrency=4, budget=60.0,
    )  # fmt: skip
    # a batch barrier would have kept feed 15 waiting until the slow answer came
    assert arrived["next"] - arrived["slow"] < slow_s
    slow_feed = await store.find_feed(http_server.url("/stream/0.xml"))
    assert slow_feed is not None and slow_feed.failures == 0  # it got its feed, not a timeout


async def test_enrichment_with_a_budget_goes_past_one_batch(
    http_server: LoopbackHTTPServer, tick: Tick, store: DigestStore
) -> None:
    clock = Clock(START)
    for n in range(3):  # the fixture feed has two teaser items; six in all
        url = http_server.route(f"/teasers/{n}.xml", body=RSS, content_type="application/rss+xml")
        await store.subscribe(-300 - n, url, now=clock())
    await tick(clock(), alert_after=5)
    in_flight, most = 0, 0

    async def summarize_link(link: str) -> tuple[str | None, str | None]:
        nonlocal in_flight, most
        in_flight += 1
        most = max(most, in_flight)
        await asyncio.sleep(0.05)
        in_flight -= 1
        return f"Gist of {link}.", None

    assert await enrich_pending(store, summarize_link, limit=2) == 2  # no budget: one batch
    assert most == 1  # one at a time by default
    assert await enrich_pending(store, summarize_link, limit=2, concurrency=2, budget=60) == 4
    assert most == 2
    assert await store.items_to_enrich() == []
    assert await enrich_pending(store, summarize_link, limit=2, concurrency=2, budget=60) == 0
