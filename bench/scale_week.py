"""The simulated week of bench.scale (`--week`): how big the database gets with pruning on.

After the timed phases, the bench process runs the bot's own jobs on the same database with a
clock moved a day at a time: the farm advances a day of 15-minute cycles at once (each feed
gets its ~10% share of new items 96 times), every feed is polled once (the real fetcher and
worker pool, over loopback), every chat gets its daily digest (recorded in full, sent to a
counter instead of Telegram: the limits are measured in phase 2, this is about rows), and the
daily prune runs (bot.digest.jobs.prune, which keeps 30 days). A week of 15-minute polls thus
costs 7 poll cycles, and what the database holds is what a week of that traffic leaves.
"""

from __future__ import annotations

import itertools
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

DAYS = 7
CYCLES_PER_DAY = 24 * 4  # 15-minute polling
POLL_BUDGET_S = 3600.0  # a day's poll is one pass over every feed, however long it takes
POLL_CONCURRENCY = 8  # as FEED_POLL_CONCURRENCY's default


@dataclass
class Week:
    days: int = 0
    items_stored: int = 0  # new items recorded by the polls
    digests: int = 0  # digests sent (status "sent")
    messages: int = 0
    mb_per_day: list[float] = field(default_factory=list)
    rows: dict[str, int] = field(default_factory=dict)  # the biggest tables at the end
    mb: dict[str, float] = field(default_factory=dict)  # SQLite: MB per table or index at the end


def advance_farm(port: int, cycles: int, shift: timedelta) -> int:
    address = f"http://127.0.0.1:{port}/advance?n={cycles}&shift={shift.total_seconds()}"
    request = urllib.request.Request(address, method="POST")
    with urllib.request.urlopen(request, timeout=120) as answer:
        return int(answer.read())


async def open_resources(url: str) -> Any:
    """The bot's resources (database, fetcher, one worker) on the database at `url`, opened as
    the bot opens them; the caller closes them."""
    from bot.resources import BotResources
    from config.settings import load_settings
    from tests.helpers import fake_telegram

    settings = load_settings(
        telegram_bot_token=fake_telegram.TOKEN, database_url=url, fetch_allow_private_networks=True,
        worker_processes=1,
    )  # fmt: skip
    resources = BotResources()
    resources.configure(settings)
    await resources.open()
    return resources


async def poll_every_feed(resources: Any, now: datetime, concurrency: int, budget: float) -> None:
    """One pass of the bot's own feed job over every due feed."""
    from bot.digest.claims import poll_due_feeds_claimed

    settings = resources.settings
    await poll_due_feeds_claimed(
        resources.db, resources.digests, resources.fetcher, now=now,
        interval=timedelta(minutes=settings.feed_poll_minutes),
        alert_after=settings.feed_failure_alert_after, owner=resources.owner,
        ttl=settings.lease_ttl_seconds, clock=resources.clock,
        run_cpu=resources.run_cpu, concurrency=concurrency, budget=budget,
    )  # fmt: skip


def send_to_counter(resources: Any, sent: Callable[[], None]) -> None:
    """Digests go to `sent()` instead of Telegram, with no per-chat limit: the bench measures
    our side (rows, CPU), not Telegram's pace."""
    from bot.digest.chat_limit import ChatRateLimiter
    from bot.digest.delivery import DigestDeliverer
    from bot.digest.jobs import digest_curator

    message_ids = itertools.count(1)

    async def send(chat_id: int, thread_id: int, html: str) -> int:
        sent()
        return next(message_ids)

    resources.deliverer = DigestDeliverer(
        resources.digests, send, clock=resources.clock, limiter=ChatRateLimiter(per_minute=10**9),
        curator=digest_curator(resources),
    )  # fmt: skip


async def simulate_week(url: str, port: int, size_mb: Any, make_due: Any) -> Week:
    """Seven days on the database at `url` (seeded and polled by the timed phases); `size_mb`
    and `make_due` are bench.scale's (passed in: no import cycle)."""
    from bot.digest import jobs

    resources = await open_resources(url)
    day = [datetime.now(UTC)]
    resources.clock = lambda: day[0]
    week = Week()

    def count() -> None:
        week.messages += 1

    send_to_counter(resources, count)
    try:
        for _ in range(DAYS):
            advance_farm(port, CYCLES_PER_DAY, timedelta(days=1))
            day[0] += timedelta(days=1)
            before = await _count(url, "digest_items")
            await poll_every_feed(resources, day[0], POLL_CONCURRENCY, POLL_BUDGET_S)
            week.items_stored += await _count(url, "digest_items") - before
            await make_due(url, day[0])
            reports = await jobs.deliver_due(resources)
            week.digests += sum(1 for report in reports if report.status == "sent")
            await jobs.prune(resources)
            week.days += 1
            week.mb_per_day.append(await size_mb(url))
        for table in ("digest_items", "digest_messages", "digest_deliveries", "digest_story_marks",
                      "digest_runs", "leases"):  # fmt: skip
            week.rows[table] = await _count(url, table)
        week.mb = await _sizes(url)
    finally:
        await resources.close()
    return week


async def _count(url: str, table: str) -> int:
    from sqlalchemy import text
    from sqlalchemy.ext.asyncio import create_async_engine
    from sqlalchemy.pool import NullPool

    engine = create_async_engine(url, poolclass=NullPool)
    try:
        async with engine.connect() as conn:
            return int((await conn.execute(text(f"SELECT count(*) FROM {table}"))).scalar() or 0)
    finally:
        await engine.dispose()


async def _sizes(url: str) -> dict[str, float]:
    """MB of each table and index, biggest first (SQLite's dbstat; nothing on PostgreSQL)."""
    from sqlalchemy import text
    from sqlalchemy.ext.asyncio import create_async_engine
    from sqlalchemy.pool import NullPool

    if not url.startswith("sqlite"):
        return {}
    engine = create_async_engine(url, poolclass=NullPool)
    try:
        async with engine.connect() as conn:
            sql = "SELECT name, sum(pgsize) AS size FROM dbstat GROUP BY name ORDER BY size DESC"
            rows = await conn.execute(text(sql))
            return {name: size / 1e6 for name, size in rows if size >= 100_000}
    finally:
        await engine.dispose()
