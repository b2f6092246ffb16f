"""Shared pieces for the digest tests: a real SQLite store, a clock, a recording send, and the
production jobs (bot.digest.claims) as one replica runs them."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from types import SimpleNamespace

from bot.digest.claims import (
    poll_due_feeds_claimed,
    resume_open_runs_claimed,
    run_due_digests_claimed,
)
from bot.digest.delivery import DigestDeliverer
from bot.digest.models import FeedEvent, ParsedItem, PollOutcome
from bot.digest.outcomes import ChatGone, DeliveryReport, Rejected, RetryLater
from bot.digest.poll import FetcherLike
from bot.digest.store import DigestStore
from bot.storage.db import Database
from tests.databases import migrated_database

T0 = datetime(2026, 11, 5, 8, 0, tzinfo=UTC)
OWNER = "replica-under-test"  # the lease owner of the one replica these helpers play
LEASE_TTL = timedelta(minutes=5)


async def open_store(where: Path | str, **kwargs: object) -> tuple[Database, DigestStore]:
    """A store on a SQLite file (a path) or on any database URL (the `db_url` fixture)."""
    url = where if isinstance(where, str) else f"sqlite+aiosqlite:///{where}"
    db = await migrated_database(url)
    return db, DigestStore(db, **kwargs)  # type: ignore[arg-type]


@dataclass
class Clock:
    now: datetime = T0

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **kwargs: float) -> datetime:
        self.now += timedelta(**kwargs)
        return self.now


class Kill(BaseException):
    """Stands for the process dying: nothing in the deliverer catches it."""


@dataclass
class Telegram:
    """What the chat would show: every accepted message, in order. `script` decides per call."""

    posted: list[tuple[int, int, str]] = field(default_factory=list)
    script: dict[int, str] = field(default_factory=dict)  # call number -> behaviour
    calls: int = 0

    async def send(self, chat_id: int, thread_id: int, html: str) -> int:
        self.calls += 1
        action = self.script.get(self.calls, "ok")
        if action == "kill_before":
            raise Kill
        if action == "retry":
            raise RetryLater(30)
        if action == "gone":
            raise ChatGone
        if action == "reject":
            raise Rejected
        if action == "timeout":
            raise TimeoutError
        self.posted.append((chat_id, thread_id, html))
        if action == "kill_after":
            raise Kill  # Telegram took it; we die before recording that
        return 1000 + len(self.posted)

    def texts(self, chat_id: int | None = None) -> list[str]:
        return [h for c, _, h in self.posted if chat_id is None or c == chat_id]


def item(n: int, *, host: str = "news.example", hours_ago: float = 1, now: datetime = T0,
         teaser: bool = False, words: int = 0, title_words: int = 0) -> ParsedItem:  # fmt: skip
    """Feed item `n`; `words` and `title_words` make its text and its title longer (a digest
    of eight stories with `title_words=15` needs two messages at any summary length)."""
    link = f"https://{host}/story-{n}"
    return ParsedItem(
        guid_key=f"guid-{host}-{n}",
        dedup_key=f"{host}/story-{n}",
        link=link,
        title=f"Story number {n}" + " and its long headline" * title_words,
        summary=f"Summary of story {n}." + " More detail follows here." * words,
        teaser=teaser,
        published=now - timedelta(hours=hours_ago),
    )


def outcome(
    feed_id: int, url: str, now: datetime, items: list[ParsedItem], **kw: object
) -> PollOutcome:
    fields: dict[str, object] = dict(
        feed_id=feed_id, url=url, checked_at=now, status="updated", failures=0, alerted=False,
        next_poll_at=now + timedelta(minutes=30), items=tuple(items),
    )  # fmt: skip
    fields.update(kw)
    return PollOutcome(**fields)  # type: ignore[arg-type]


async def digest_tick(
    db: Database,
    store: DigestStore,
    deliverer: DigestDeliverer,
    clock: Clock,
    *,
    concurrency: int = 4,
    budget: float = 0.0,
    keep_going: Callable[[], bool] = lambda: True,
) -> list[DeliveryReport]:
    """The per-minute digest job (bot.digest.jobs.deliver_due) on one replica."""
    return await run_due_digests_claimed(
        db, store, deliverer, clock(), owner=OWNER, ttl=LEASE_TTL, clock=clock,
        concurrency=concurrency, budget=budget, keep_going=keep_going,
    )  # fmt: skip


async def restart_resume(
    db: Database, store: DigestStore, deliverer: DigestDeliverer, clock: Clock
) -> list[DeliveryReport]:
    """The start-up catch-up's first step (bot.digest.jobs): finish what a crash left open."""
    return await resume_open_runs_claimed(
        db, store, deliverer, owner=OWNER, ttl=LEASE_TTL, clock=clock, after_restart=True
    )


async def feed_tick(
    db: Database,
    store: DigestStore,
    fetcher: FetcherLike,
    *,
    now: datetime,
    interval: timedelta,
    alert_after: int,
) -> list[FeedEvent]:
    """The feed job (bot.digest.jobs.poll_feeds, without the alerts' delivery) on one replica."""
    return await poll_due_feeds_claimed(
        db, store, fetcher, now=now, interval=interval, alert_after=alert_after,
        owner=OWNER, ttl=LEASE_TTL, clock=lambda: now,
    )  # fmt: skip


@dataclass
class NotModified:
    """A fetcher whose every feed answers 304 Not Modified; `fetched` lists the URLs asked."""

    fetched: list[str] = field(default_factory=list)

    async def fetch(self, url: str, *, headers: Mapping[str, str] | None = None) -> object:
        self.fetched.append(url)
        return SimpleNamespace(url=url, final_url=url, status=304, headers={})
