"""Polling feeds: one conditional GET per feed per interval, shared by every chat subscribed.

`poll_feed` is the unit (fetch -> parse off the event loop -> new state + events); the repeating
job that runs it for every due feed is bot.digest.claims.poll_due_feeds_claimed (one replica per
feed); `resolve_feed` is what /subscribe calls to turn a typed URL (a feed, or a site announcing
one) into the feed URL to store. Errors never escape a poll: a malformed feed, a 404 or a
timeout becomes a failure count with exponential back-off, and crossing the alert threshold (or
recovering after it) yields one `FeedEvent` for the wiring to tell the chats.

The fetcher is `summarizer.web.fetch.Fetcher` (SSRF guard and size caps at every hop); only
`fetch(url, headers=...) -> Page` is used. A permanent move is read from `Page.redirects`
((status, url) per hop) or `Page.permanent_redirect` when the Fetcher provides them.
"""

from __future__ import annotations

import asyncio
import logging
import re
import time
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, Protocol

from bot.digest.models import FeedEvent, FeedState, ParsedItem, PollOutcome
from bot.digest.render import short_summary
from bot.digest.store import DigestStore, EnrichJob
from summarizer.errors import FetchError, GistError, NotAFeedError, UnreachableError
from summarizer.web.feeds import (
    FeedItem,
    discover_feeds,
    looks_like_feed,
    normalize_url,
    parse_feed,
)

log = logging.getLogger(__name__)

MAX_BACKOFF = timedelta(hours=24)
TEASER_WORDS = 60
_TEASER_END = re.compile(
    r"(\.\.\.|…|\[…\]|\[\.\.\.\]|read more|continue reading|weiterlesen|lire la suite)\W*$",
    re.IGNORECASE,
)


class PageLike(Protocol):
    url: str
    final_url: str
    status: int
    content_type: str | None
    body: bytes
    headers: Mapping[str, str]


class FetcherLike(Protocol):
    async def fetch(self, url: str, *, headers: Mapping[str, str] | None = None) -> Any: ...


# (function, *args) -> result, off the event loop. The bot passes BotResources.run_cpu: the
# process pool, where a parse over its time budget is stopped; the asyncio.to_thread default
# has no time budget (a thread cannot be stopped), so it is for tests and trusted input.
RunCPU = Callable[..., Awaitable[Any]]


def is_teaser(item: FeedItem) -> bool:
    """The feed gives only a teaser: too short to summarize, or visibly cut off."""
    text = item.text
    return len(text.split()) < TEASER_WORDS or bool(_TEASER_END.search(text))


def parse_for_store(
    body: bytes, url: str, content_type: str | None
) -> tuple[str | None, tuple[ParsedItem, ...]]:
    """Parse and pre-digest every item; CPU-bound, so it runs in a worker (picklable)."""
    feed = parse_feed(body, url=url, content_type=content_type)
    items = []
    for item in feed.items:
        key = item.key
        dedup = normalize_url(item.link) if item.link else f"{url}#{key}"
        items.append(
            ParsedItem(
                guid_key=key,
                dedup_key=dedup,
                link=item.link,
                title=item.title,
                summary=short_summary(item.text),
                teaser=is_teaser(item),
                published=item.published,
            )
        )
    return feed.title, tuple(items)


def moved_permanently(page: Any) -> str | None:
    """The new URL when every redirect hop was permanent (301/308), else None."""
    final = getattr(page, "final_url", None)
    if not final or final == getattr(page, "url", None):
        return None
    hops = getattr(page, "redirects", None)
    if hops:
        return final if all(status in (301, 308) for status, _ in hops) else None
    return final if getattr(page, "permanent_redirect", False) else None


def _backoff(interval: timedelta, failures: int, cap: timedelta) -> timedelta:
    return min(interval * (2 ** min(failures, 12)), max(cap, interval))


async def poll_feed(
    fetcher: FetcherLike,
    feed: FeedState,
    *,
    now: datetime,
    interval: timedelta,
    alert_after: int,
    max_backoff: timedelta = MAX_BACKOFF,
    run_cpu: RunCPU = asyncio.to_thread,
) -> PollOutcome:
    """Poll once. Never raises for feed trouble: the outcome carries the failure instead."""
    headers = {"Accept": "application/rss+xml, application/atom+xml, application/feed+json, "
               "application/xml;q=0.9, */*;q=0.8"}  # fmt: skip
    if feed.etag:
        headers["If-None-Match"] = feed.etag
    if feed.last_modified:
        headers["If-Modified-Since"] = feed.last_modified
    try:
        page = await fetcher.fetch(feed.url, headers=headers)
        if page.status == 304:
            return _success(feed, now, interval, status="not_modified", page=page)
        if page.status >= 400:
            raise UnreachableError(detail=f"HTTP {page.status}")
        title, items = await run_cpu(parse_for_store, page.body, page.final_url, page.content_type)
    except GistError as exc:  # fetch trouble, not a feed, too large, over the time budget
        return _failure(feed, now, interval, alert_after, max_backoff, exc.message)
    except Exception as exc:  # a poll must never take the job down
        log.exception("polling %s failed unexpectedly", feed.url)
        return _failure(feed, now, interval, alert_after, max_backoff, type(exc).__name__)
    return _success(feed, now, interval, status="updated", page=page, title=title, items=items)


def _success(
    feed: FeedState,
    now: datetime,
    interval: timedelta,
    *,
    status: str,
    page: Any,
    title: str | None = None,
    items: tuple[ParsedItem, ...] = (),
) -> PollOutcome:
    events = ()
    if feed.alerted:
        events = (FeedEvent("recovered", feed.id, feed.url, feed.title or title, 0),)
    page_headers = {k.lower(): v for k, v in (getattr(page, "headers", None) or {}).items()}
    etag = page_headers.get("etag", feed.etag if status == "not_modified" else None)
    modified = page_headers.get(
        "last-modified", feed.last_modified if status == "not_modified" else None
    )
    return PollOutcome(
        feed_id=feed.id,
        url=feed.url,
        checked_at=now,
        status=status,
        failures=0,
        alerted=False,
        next_poll_at=now + interval,
        etag=etag,
        last_modified=modified,
        title=title,
        moved_to=moved_permanently(page),
        items=items,
        events=events,
    )


def _failure(
    feed: FeedState,
    now: datetime,
    interval: timedelta,
    alert_after: int,
    max_backoff: timedelta,
    error: str,
) -> PollOutcome:
    failures = feed.failures + 1
    alert = failures >= alert_after and not feed.alerted
    events = (
        (FeedEvent("failing", feed.id, feed.url, feed.title, failures, error),) if alert else ()
    )
    return PollOutcome(
        feed_id=feed.id,
        url=feed.url,
        checked_at=now,
        status="error",
        failures=failures,
        alerted=feed.alerted or alert,
        next_poll_at=now + _backoff(interval, failures, max_backoff),
        etag=feed.etag,
        last_modified=feed.last_modified,
        error=error,
        events=events,
    )


@dataclass(frozen=True, slots=True)
class ResolvedFeed:
    url: str  # what to store and poll
    title: str | None
    aliases: tuple[str, ...]  # other URLs that mean this feed (what the user typed)
    items: int


async def resolve_feed(
    fetcher: FetcherLike,
    url: str,
    *,
    run_cpu: RunCPU = asyncio.to_thread,
    max_candidates: int = 3,
) -> ResolvedFeed:
    """/subscribe: accept a feed URL, or a page whose <link rel="alternate"> names one.
    Raises FetchError subclasses (NotAFeedError when neither works)."""
    page = await fetcher.fetch(url)
    if page.status >= 400:
        raise UnreachableError(detail=f"HTTP {page.status}")
    aliases = [url]
    if looks_like_feed(page.body, page.content_type):
        final = moved_permanently(page) or url
        title, items = await run_cpu(parse_for_store, page.body, page.final_url, page.content_type)
        return ResolvedFeed(final, title, tuple(a for a in aliases if a != final), len(items))
    candidates = (await run_cpu(discover_feeds, page.body, page.final_url))[:max_candidates]
    if page.final_url != url:
        aliases.append(page.final_url)
    last_error: Exception = NotAFeedError(detail=f"no feed announced at {page.final_url}")
    for candidate in candidates:
        try:
            feed_page = await fetcher.fetch(candidate)
            if feed_page.status >= 400:
                raise UnreachableError(detail=f"HTTP {feed_page.status}")
            title, items = await run_cpu(
                parse_for_store, feed_page.body, feed_page.final_url, feed_page.content_type
            )
        except FetchError as exc:
            last_error = exc
            continue
        final = moved_permanently(feed_page) or candidate
        others = (*aliases, candidate)
        return ResolvedFeed(
            final, title, tuple(dict.fromkeys(a for a in others if a != final)), len(items)
        )
    if isinstance(last_error, NotAFeedError):
        raise last_error
    raise NotAFeedError(detail=str(last_error))


async def enrich_pending(
    store: DigestStore,
    summarize_link: Callable[[str], Awaitable[tuple[str | None, str | None]]],
    *,
    limit: int = 10,
    concurrency: int = 1,
    budget: float = 0.0,
) -> int:
    """Fetch-and-summarize teaser-only items, newest first: `summarize_link(url) -> (gist,
    highlight)` is the link pipeline (fetch + extract + make_gist in the process pool). A failure
    keeps the feed text as the summary; either way the item is not tried again.

    `limit` items a batch, `concurrency` of them at once; with a `budget` (seconds) batch after
    batch while items wait and the budget lasts, so enrichment keeps up with what the polls
    bring in (20,000 feeds bring ~30 teasers a minute) instead of a fixed `limit` a tick."""
    gate = asyncio.Semaphore(concurrency)

    async def one(job: EnrichJob) -> None:
        async with gate:
            try:
                gist, highlight = await summarize_link(job.link)
            except Exception as exc:
                log.info("no article gist for %s: %s", job.link, exc)
                gist, highlight = None, None
            await store.save_enrichment(job.item_id, gist, highlight)

    done = 0
    deadline = time.monotonic() + budget
    while batch := await store.items_to_enrich(limit):
        await asyncio.gather(*(one(job) for job in batch))
        done += len(batch)
        if time.monotonic() >= deadline:
            break
    return done
