"""A write cancelled while SQLite runs it leaves no lock behind.

The send-pace reservation is often made by a task that is cancelled as a matter of course (the
"typing…" task, cancelled when the reply is ready). Cancelled while its upsert's RETURNING row was
being read, the connection became a zombie that kept SQLite's write lock until the garbage
collector found it, and every other writer waited out the 30 s lock wait: "database is locked",
a flaky bot test in CI. A stopping bot cancels its start-up catch-up, and with it the lease
claims, polls and deliveries it runs: every `writing` transaction is covered
(bot.storage.writes.FinishingSession). The tests cancel a write hundreds of times at random
moments, and after each ask another connection to write at once.
"""

from __future__ import annotations

import asyncio
import contextlib
import random
import time
from collections.abc import Awaitable, Callable
from datetime import timedelta
from pathlib import Path

import pytest

from bot.digest.due import due_feeds
from bot.digest.store import DigestStore
from bot.storage import dueclaims, leases
from bot.storage.db import Database, sqlite_file, to_the_end
from bot.storage.sendpace import take_slots
from tests import sqlite_locks
from tests.databases import migrated_database
from tests.digest_helpers import T0, item, outcome
from tests.sqlite_locks import no_collector  # noqa: F401 - the fixture

TIMES = 200


@pytest.fixture
def db_url(tmp_path: Path) -> str:
    """SQLite only: the zombie write lock is SQLite's (one writer for the whole file)."""
    return f"sqlite+aiosqlite:///{tmp_path / 'gistbot.sqlite3'}"


pytestmark = pytest.mark.usefixtures("no_collector")


def another_writer_gets_in(path: Path) -> bool:
    """Whether a second connection (another replica) can write within a quarter second."""
    return sqlite_locks.another_writer_gets_in(path, "send_pace", "next_free")


async def test_a_pace_reservation_cancelled_mid_write_leaves_no_lock(db_url: str) -> None:
    """Without the fix about one cancellation in twenty-five fell inside the driver's statement
    and left the lock behind (the moments are random, seeded)."""
    db = await migrated_database(db_url)
    path = sqlite_file(db_url)
    assert path is not None
    moments = random.Random(7)
    locked = 0
    try:
        await take_slots(db, 1, 0.05, time.time())  # the pace row exists
        for _ in range(TIMES):
            task = asyncio.ensure_future(take_slots(db, 1, 0.05, time.time()))
            await asyncio.sleep(moments.random() * 0.004)
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task
            locked += not await asyncio.to_thread(another_writer_gets_in, path)
    finally:
        await db.close()
    assert locked == 0


async def first_lock_left(
    db: Database, path: Path, write: Callable[[int], Awaitable[object]]
) -> int | None:
    """Cancel `write(n)` TIMES at random moments (seeded); the first `n` after which another
    connection could not write at once, None when it always could."""
    moments = random.Random(7)
    for n in range(TIMES):
        task = asyncio.ensure_future(write(n))
        await asyncio.sleep(moments.random() * 0.004)
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task
        if not await asyncio.to_thread(another_writer_gets_in, path):
            return n
    return None


async def test_lease_claims_cancelled_mid_write_leave_no_lock(db_url: str) -> None:
    """Without the fix the first cancelled claim already left the lock behind."""
    db = await migrated_database(db_url)
    path = sqlite_file(db_url)
    assert path is not None
    try:
        await take_slots(db, 1, 0.05, time.time())  # the row the other connection writes
        assert await first_lock_left(db, path, lambda n: leases.claim(db, "k", n, "me", 60)) is None
    finally:
        await db.close()


async def test_polls_and_batch_claims_cancelled_mid_write_leave_no_lock(db_url: str) -> None:
    """A poll's record (feed row updated, new items inserted with RETURNING) and a batch claim
    of due feeds (BEGIN IMMEDIATE, then the lease upserts): the feed job's writes."""
    db = await migrated_database(db_url)
    path = sqlite_file(db_url)
    assert path is not None
    store = DigestStore(db)
    try:
        await take_slots(db, 1, 0.05, time.time())
        await store.subscribe(-1, "https://feeds.example/harbour.xml", now=T0)
        feed = await store.find_feed("https://feeds.example/harbour.xml")
        assert feed is not None

        async def record(n: int) -> int:
            items = [item(10 * n + k) for k in range(3)]  # new items every time
            return await store.record_poll(outcome(feed.id, feed.url, T0, items))

        assert await first_lock_left(db, path, record) is None

        async def claim_due(n: int) -> dict[str, int]:
            now = T0 + timedelta(hours=1, minutes=2 * n)  # due, and the last claim expired
            return await dueclaims.claim_due(db, "feed", due_feeds(now), f"replica-{n}", 60, now)

        assert await first_lock_left(db, path, claim_due) is None
    finally:
        await db.close()


async def test_to_the_end_finishes_the_work_and_then_passes_the_cancellation_on() -> None:
    finished = asyncio.Event()

    async def work() -> str:
        await asyncio.sleep(0.05)
        finished.set()
        return "done"

    task = asyncio.ensure_future(to_the_end(work()))
    await asyncio.sleep(0)
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    assert finished.is_set()  # the caller returned only after the work was over
    assert await to_the_end(work()) == "done"  # uncancelled, it is just an await
