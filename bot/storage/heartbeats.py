"""Which bot processes are alive: one row per running process, refreshed every few seconds.

Leases (bot.storage.leases) name their holder by the process's `owner_id`. A lease outlives a
dead holder by its ttl (minutes, chosen far above the longest pause between two renewals); the
heartbeat is how the others learn sooner that the holder is gone. Each process writes its row at
start (`register`) and then beats: every beat pushes `alive_until` to now + `stale_after`. A
holder whose row says it stopped (a clean shutdown writes `stopped_at`) or whose `alive_until`
has passed (killed, crashed, frozen) holds nothing any more: its leases can be taken at once.
A lease whose owner has no row here (a process that never registered) keeps the ttl rule alone.

Heartbeats run on the real clock (UTC wall time), whatever clock the leases are given: whether a
process still runs is a matter of seconds really elapsed (and tests that move the leases' clock
by hand must not make live processes look dead). Replica clocks must agree to well within
`stale_after` (NTP).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import socket
from datetime import UTC, datetime, timedelta

from sqlalchemy import DateTime, Integer, Select, String, delete, or_, select, update
from sqlalchemy.orm import Mapped, mapped_column

from bot.storage.db import Base, Database, upsert_into
from bot.storage.writes import writing

log = logging.getLogger(__name__)


class ProcessRow(Base):
    __tablename__ = "process_heartbeats"
    id: Mapped[str] = mapped_column(String(200), primary_key=True)  # leases.owner_id()
    host: Mapped[str] = mapped_column(String(200))
    pid: Mapped[int] = mapped_column(Integer)
    started_at: Mapped[datetime] = mapped_column(DateTime)  # naive UTC, as in leases
    last_beat: Mapped[datetime] = mapped_column(DateTime)
    alive_until: Mapped[datetime] = mapped_column(DateTime, index=True)
    stopped_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)


def wall_clock() -> datetime:
    """Now, naive UTC (as stored)."""
    return datetime.now(UTC).replace(tzinfo=None)


def gone_owners() -> Select:
    """Ids of the processes that stopped, or stopped beating, by now: their leases are free.
    Uncorrelated, so it fits any statement (`owner IN (...)`)."""
    return select(ProcessRow.id).where(
        or_(ProcessRow.stopped_at.is_not(None), ProcessRow.alive_until <= wall_clock())
    )


async def beat(db: Database, owner: str, stale_after: timedelta, *, first: bool = False) -> None:
    """Say `owner` is alive for `stale_after` from now (`first`: a new process's row; a beat
    re-creates a row pruned meanwhile). One upsert."""
    at = wall_clock()
    table = ProcessRow.__table__
    async with writing(db) as session:
        stmt = upsert_into(session, table).values(
            id=owner, host=socket.gethostname()[:200], pid=os.getpid(), started_at=at,
            last_beat=at, alive_until=at + stale_after, stopped_at=None,
        )  # fmt: skip
        changes = {"last_beat": at, "alive_until": at + stale_after}
        if first:
            changes |= {"started_at": at, "stopped_at": None}
        await session.execute(stmt.on_conflict_do_update(index_elements=[table.c.id], set_=changes))


async def mark_stopped(db: Database, owner: str) -> None:
    """A clean shutdown: nothing of `owner` runs any more, its leases are free at once."""
    at = wall_clock()
    async with writing(db) as session:
        await session.execute(
            update(ProcessRow).where(ProcessRow.id == owner).values(stopped_at=at, alive_until=at)
        )


async def alive(db: Database, owner: str) -> bool:
    """Whether `owner` beats (False for a process that stopped, went silent or never was)."""
    async with db.sessions() as session:
        row = await session.get(ProcessRow, owner)
    return row is not None and row.stopped_at is None and row.alive_until > wall_clock()


async def prune(db: Database, older_than: timedelta) -> int:
    """Forget processes silent for longer than `older_than` (stopped or dead long ago)."""
    async with writing(db) as session:
        result = await session.execute(
            delete(ProcessRow).where(ProcessRow.alive_until < wall_clock() - older_than)
        )
    return result.rowcount  # type: ignore[attr-defined,no-any-return]


class Heartbeat:
    """This process's row, beaten every `every` from a background task until `stop`."""

    def __init__(self, db: Database, owner: str, *, every: float, stale_after: float) -> None:
        if not 0 < every < stale_after:
            raise ValueError("a heartbeat must beat more often than it goes stale")
        self.db, self.owner = db, owner
        self.every, self.stale_after = every, timedelta(seconds=stale_after)
        self._task: asyncio.Task[None] | None = None

    async def start(self) -> None:
        """Register (before any lease is taken) and start beating."""
        await beat(self.db, self.owner, self.stale_after, first=True)
        self._task = asyncio.get_running_loop().create_task(self._run(), name="heartbeat")

    async def _run(self) -> None:
        while True:
            await asyncio.sleep(self.every)
            try:
                await beat(self.db, self.owner, self.stale_after)
            except Exception:  # a database hiccup: the next beat may still come in time
                log.exception("heartbeat of %s failed", self.owner)

    async def stop(self) -> None:
        """Stop beating and say so: whatever this process held is free for the others."""
        task, self._task = self._task, None
        if task is None:
            return
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task
        try:
            await mark_stopped(self.db, self.owner)
        except Exception:  # the others will see the beats stop instead
            log.exception("marking %s stopped failed", self.owner)
