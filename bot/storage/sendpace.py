"""One send pace for every replica of the bot: Telegram's ~30 messages a second are per bot, not
per process, so two replicas that each pace themselves at 29/s would send 58/s and meet 429s.

The pace is one row per bot in the database holding `next_free`, the earliest moment (epoch
seconds) not yet given to any sender. Taking slots is one atomic statement,
`next_free = max(next_free, now) + n * interval RETURNING next_free` (the generic cell rate
algorithm): the row lock (PostgreSQL) or the single write lock (SQLite) orders all replicas, so
slots never overlap however many processes ask at once, and each sender then simply sleeps until
its slot. Under load a process asks for as many slots at once as it has senders waiting (up to
`MAX_BLOCK`), so the database sees a few statements a second, not one per message.

A slot that has gone stale before it was used (the process stalled), or that its sender woke up
too late for, is not used late: a late send would crowd the slots that other replicas are using
on time. A replica that dies holding slots wastes at most `MAX_BLOCK` of them. Replica clocks
must agree to well within one slot (NTP), as for the leases.

A process alone on its database (one per SQLite file, docs/deploy.md) needs no row: the bot
gives its pacer no database then (`Settings.shares_send_pace`), and the pace stays in memory.
"""

from __future__ import annotations

import asyncio
import collections
import logging
import time
from collections.abc import Awaitable, Callable

from sqlalchemy import Float, String, case, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Mapped, mapped_column

from bot.storage.db import SQLITE_LOCK_WAIT_MS, Base, Database, to_the_end

log = logging.getLogger(__name__)

MAX_BLOCK = 8  # slots taken in one statement at most: at 29/s about a quarter second
STALE_SLOTS = 1.0  # a slot more than this many intervals in the past is dropped, not used
LATE_SLOT = 0.5  # a sender waking this many intervals after its slot takes another one
DEFAULT_NAME = "bot"
# How long a slot reservation waits for a SQLite writer before the pacer paces this process
# alone: a send made while the same process holds a write transaction (or a long write of
# another replica) would otherwise wait out SQLite's 30 s busy timeout.
PACE_LOCK_WAIT_MS = 500
WARN_EVERY_SECONDS = 60.0  # "pacing this process alone" is said at most this often


class SendPaceRow(Base):
    __tablename__ = "send_pace"
    name: Mapped[str] = mapped_column(String(50), primary_key=True)
    next_free: Mapped[float] = mapped_column(Float)  # epoch seconds


async def take_slots(
    db: Database, count: int, interval: float, now: float, *, name: str = DEFAULT_NAME
) -> list[float]:
    """Reserve `count` consecutive slots `interval` apart, the first at `now` or later; returns
    their times (epoch seconds). One statement: concurrent callers get disjoint slots."""
    if count < 1 or interval <= 0:
        raise ValueError("slots need count >= 1 and interval > 0")
    # The pacer's caller is often the "typing…" task, cancelled when the reply is ready.
    end = await to_the_end(_push_pace(db, count * interval, now, name))
    first = end - count * interval
    return [first + k * interval for k in range(count)]


async def _push_pace(db: Database, span: float, now: float, name: str) -> float:
    """Push the pace row's `next_free` on by `span`; returns the new `next_free`."""
    table = SendPaceRow.__table__
    dialect = postgresql if db.engine.dialect.name == "postgresql" else sqlite
    stmt = dialect.insert(table).values(name=name, next_free=now + span)
    later = case((table.c.next_free > now, table.c.next_free), else_=now) + span
    stmt = stmt.on_conflict_do_update(
        index_elements=[table.c.name], set_={"next_free": later}
    ).returning(table.c.next_free)
    async with db.engine.connect() as connection:
        short = dialect is sqlite  # a send never waits out SQLite's 30 s (PACE_LOCK_WAIT_MS)
        if short:
            await connection.exec_driver_sql(f"PRAGMA busy_timeout = {PACE_LOCK_WAIT_MS}")
            await connection.commit()  # ends the autobegun transaction, so that begin() opens one
        try:
            async with connection.begin():
                end = float((await connection.execute(stmt)).scalar_one())
        finally:  # after the commit or the rollback: the connection goes back to the pool as it was
            if short:
                await connection.exec_driver_sql(f"PRAGMA busy_timeout = {SQLITE_LOCK_WAIT_MS}")
    return end


async def next_free(db: Database, *, name: str = DEFAULT_NAME) -> float | None:
    """The earliest unreserved moment (for tests and diagnostics)."""
    async with db.sessions() as session:
        return await session.scalar(select(SendPaceRow.next_free).where(SendPaceRow.name == name))


class SharedPacer:
    """`await pacer.wait()` before each send: returns at this sender's slot of the bot-wide pace.

    `database()` returns the open database, or None while there is none (start-up, shutdown):
    then the pace is kept in this process alone, at the same rate."""

    def __init__(
        self,
        database: Callable[[], Database | None],
        per_second: float,
        *,
        name: str = DEFAULT_NAME,
        clock: Callable[[], float] = time.time,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    ) -> None:
        if per_second <= 0:
            raise ValueError("a pace needs per_second > 0")
        self.interval = 1.0 / per_second
        self.database, self._name = database, name
        self._clock, self._sleep = clock, sleep
        self._slots: collections.deque[float] = collections.deque()
        self._lock = asyncio.Lock()
        self._waiting = 0
        self._local_next = 0.0
        self._quiet_until = float("-inf")

    async def wait(self) -> None:
        """Return at a slot of the bot-wide pace. A sender woken too late for its slot (a busy
        event loop) takes one more slot, once, rather than go out late, next to the on-time
        sends of the slots after its own."""
        for attempt in range(2):
            slot = await self._take()
            delay = slot - self._clock()
            if delay > 0:
                await self._sleep(delay)
            if attempt or self._clock() - slot <= LATE_SLOT * self.interval:
                return

    async def _take(self) -> float:
        self._waiting += 1
        try:
            async with self._lock:
                return await self._next_slot()
        finally:
            self._waiting -= 1

    async def _next_slot(self) -> float:
        now = self._clock()
        while self._slots and self._slots[0] < now - STALE_SLOTS * self.interval:
            self._slots.popleft()
        if not self._slots:
            self._slots.extend(await self._reserve(min(self._waiting, MAX_BLOCK), now))
        return self._slots.popleft()

    async def _reserve(self, count: int, now: float) -> list[float]:
        db = self.database()
        if db is not None:
            try:
                return await take_slots(db, count, self.interval, now, name=self._name)
            except Exception as exc:  # a database hiccup must not stop the bot from talking
                self._warn_alone(exc, now)
        first = max(self._local_next, now)
        self._local_next = first + count * self.interval
        return [first + k * self.interval for k in range(count)]

    def _warn_alone(self, exc: Exception, now: float) -> None:
        """Say that this process paces itself once a minute, not once a reservation: behind a
        busy writer every reservation can fall back (bench.scale --big logged several a second,
        each with the whole SQL statement)."""
        if now < self._quiet_until:
            return
        self._quiet_until = now + WARN_EVERY_SECONDS
        reason = getattr(exc, "orig", None) or exc  # the driver's words, not the statement
        log.warning(
            "shared send pace unavailable (%s); pacing this process alone (said once a minute)",
            reason,
        )
