"""A send-pace reservation cancelled while SQLite runs it leaves no lock behind.

The reservation is often made by a task that is cancelled as a matter of course (the "typing…"
task, cancelled when the reply is ready). Cancelled while its upsert's RETURNING row was being
read, the connection became a zombie that kept SQLite's write lock until the garbage collector
found it, and every other writer waited out the 30 s lock wait: "database is locked", a flaky
bot test in CI. The test cancels a reservation hundreds of times at random moments, and after
each asks another connection to write at once.
"""

from __future__ import annotations

import asyncio
import contextlib
import gc
import random
import sqlite3
import time
from pathlib import Path

import pytest

from bot.storage.db import sqlite_file, to_the_end
from bot.storage.sendpace import take_slots
from tests.databases import migrated_database

TIMES = 200


@pytest.fixture
def db_url(tmp_path: Path) -> str:
    """SQLite only: the zombie write lock is SQLite's (one writer for the whole file)."""
    return f"sqlite+aiosqlite:///{tmp_path / 'gistbot.sqlite3'}"


@pytest.fixture(autouse=True)
def _no_collector():
    """The garbage collector would free a zombie connection by chance: keep it out of the way."""
    gc.disable()
    yield
    gc.enable()


def another_writer_gets_in(path: Path) -> bool:
    """Whether a second connection can write within a quarter second."""
    other = sqlite3.connect(path, timeout=0.25)
    try:
        other.execute("UPDATE send_pace SET next_free = next_free")
        other.commit()
        return True
    except sqlite3.OperationalError:  # "database is locked"
        return False
    finally:
        other.close()


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
