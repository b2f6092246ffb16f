"""The scale benchmark's feed farm and database: the farm in its own process (`FarmProcess`),
the database seeded in bulk with chats following feeds (`follows`, `seed`), every chat made due
at one moment (`make_due`), and the counts and sizes the run waits on or reports (`polled`,
`digests_left`, `database_mb`).

The command line and the run's steps are bench/scale.py (which re-exports `FarmProcess`, `seed`
and `make_due` for bench/scale_digest.py); the table is bench/scale_report.py; the farm's own
code bench/scale_farm.py, the simulated week bench/scale_week.py.
"""

from __future__ import annotations

import json
import subprocess
import sys
import urllib.request
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
POPULAR_SHARE = 0.01  # this share of the feeds (at least 10) is followed by most chats


class FarmProcess:
    """bench/scale_farm.py in its own process; `url(i)` is feed i."""

    def __init__(self, feeds: int) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "bench.scale_farm", str(feeds)],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert self.proc.stdout is not None
        self.port = int(self.proc.stdout.readline())

    def url(self, i: int) -> str:
        return f"http://127.0.0.1:{self.port}/f/{i}"

    def stats(self) -> dict[str, int]:
        with urllib.request.urlopen(f"http://127.0.0.1:{self.port}/stats", timeout=10) as r:
            return json.loads(r.read())

    def close(self) -> None:
        self.proc.terminate()
        self.proc.wait(10)


def follows(feeds: int, chats: int) -> list[tuple[int, int]]:
    """(chat index, feed index): each chat one popular feed (Zipf-like, so a few feeds have
    hundreds of followers), and the long tail dealt round so every feed has a follower."""
    popular = max(10, int(feeds * POPULAR_SHARE))
    pairs = {(c, int(popular * ((c * 0.618034) % 1.0) ** 2)) for c in range(chats)}
    pairs |= {(f % chats, f) for f in range(popular, feeds)}
    return sorted(pairs)


def chat_id(index: int) -> int:
    return -1_000_000_000_000 - index  # supergroups: the 20-a-minute limit applies


async def seed(url: str, farm: FarmProcess, feeds: int, chats: int) -> int:
    """Migrate and fill the database in bulk (the bot's own tables); returns subscriptions."""
    from sqlalchemy import insert

    from bot.digest.tables import FeedRow, ScheduleRow, SubscriptionRow
    from bot.storage.db import open_database
    from bot.storage.migrations import migrate

    await migrate(url)
    db = await open_database(url)
    now = datetime.now(UTC)
    pairs = follows(feeds, chats)
    try:
        async with db.sessions.begin() as session:
            await session.execute(
                insert(FeedRow),
                [
                    {"id": i + 1, "url": farm.url(i), "failures": 0, "alerted": False,
                     "next_poll_at": now, "created_at": now}
                    for i in range(feeds)
                ],
            )  # fmt: skip
            await session.execute(
                insert(SubscriptionRow),
                [
                    {"chat_id": chat_id(c), "thread_id": 0, "feed_id": f + 1, "paused": False,
                     "created_at": now}
                    for c, f in pairs
                ],
            )  # fmt: skip
            far = now + timedelta(days=300)
            await session.execute(
                insert(ScheduleRow),
                [
                    {"chat_id": chat_id(c), "text": "daily 08:00", "next_due": far,
                     "paused": False}
                    for c in range(chats)
                ],
            )  # fmt: skip
    finally:
        await db.close()
    return len(pairs)


async def polled(url: str) -> int:
    """Feeds polled at least once (a success or a counted failure)."""
    return int(await _scalar(url, "SELECT count(*) FROM digest_feeds "
                                  "WHERE last_success_at IS NOT NULL OR failures > 0"))  # fmt: skip


async def make_due(url: str, due: datetime, only: int | None = None) -> int:
    """Every chat due at `due` (its schedule text says that minute, daily), or only the
    first `only` chats (bench.scale_digest's sample); returns how many of them have at least
    one stored item, so a digest to send."""
    from sqlalchemy import func, select, update

    from bot.digest.tables import ItemRow, ScheduleRow, SubscriptionRow
    from bot.storage.db import open_database

    db = await open_database(url)
    try:
        async with db.sessions.begin() as session:
            which = update(ScheduleRow)
            chats = select(func.count(SubscriptionRow.chat_id.distinct())).join(
                ItemRow, ItemRow.feed_id == SubscriptionRow.feed_id
            )
            if only is not None:
                sample = [chat_id(c) for c in range(only)]
                which = which.where(ScheduleRow.chat_id.in_(sample))
                chats = chats.where(SubscriptionRow.chat_id.in_(sample))
            await session.execute(which.values(next_due=due, text=f"daily {due:%H:%M}"))
            return int(await session.scalar(chats) or 0)
    finally:
        await db.close()


async def digests_left(url: str, due: datetime) -> int:
    """Chats still due at `due` plus digest runs not finished: 0 once the phase is over."""
    from sqlalchemy import func, select

    from bot.digest.tables import RunRow, ScheduleRow
    from bot.storage.db import open_database

    db = await open_database(url)
    try:
        async with db.sessions() as session:
            due_rows = select(func.count()).select_from(ScheduleRow)
            due_rows = due_rows.where(ScheduleRow.next_due <= due)
            still_due = await session.scalar(due_rows)
            runs = select(func.count()).select_from(RunRow).where(RunRow.finished_at.is_(None))
            return int(still_due or 0) + int(await session.scalar(runs) or 0)
    finally:
        await db.close()


async def _scalar(url: str, sql: str) -> Any:
    from sqlalchemy import text
    from sqlalchemy.ext.asyncio import create_async_engine
    from sqlalchemy.pool import NullPool

    engine = create_async_engine(url, poolclass=NullPool)
    try:
        async with engine.connect() as conn:
            return (await conn.execute(text(sql))).scalar()
    finally:
        await engine.dispose()


async def database_mb(url: str) -> float:
    from bot.storage.db import sqlite_file

    path = sqlite_file(url)
    if path is not None:
        await _scalar(url, "PRAGMA wal_checkpoint(TRUNCATE)")  # the log's pages into the file
        wal = path.with_name(path.name + "-wal")
        size = path.stat().st_size + (wal.stat().st_size if wal.exists() else 0)
        return size / 1e6
    return float(await _scalar(url, "SELECT pg_database_size(current_database())")) / 1e6
