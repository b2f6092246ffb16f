"""Write transactions that queue in the process instead of in SQLite's busy handler.

SQLite has one writer at a time. A second connection that finds the write lock taken does not
wait for it to be freed: its busy handler sleeps and retries (1, 2, 5, 10 ... 100 ms apart), so a
lock held for 2 ms can cost a waiter 50 or 100 ms. With sixteen digests in flight, each doing a
few short write transactions, the bot spent more time in those sleeps than in its work
(`python -m bench.scale_digest --due 1000` at 20,000 feeds: 905 s inside statements in a 72 s
run, 1,923 statements over 50 ms). `writing(db)` lets this process's writers take turns on an
asyncio lock instead, handed over the moment the previous transaction ends; SQLite's own lock
is then contended only by other processes and by writers that do not go through here.
PostgreSQL locks rows, not the database: there `writing` is a plain transaction.

Never open `writing` inside another `writing` block of the same database (the lock is not
re-entrant): pass the session down instead (e.g. `create_run(also=...)`).
"""

from __future__ import annotations

import asyncio
import contextlib
import weakref
from collections.abc import AsyncIterator

from sqlalchemy.engine import Engine
from sqlalchemy.ext.asyncio import AsyncSession

from bot.storage.db import Database

_TURNS: weakref.WeakKeyDictionary[Engine, asyncio.Lock] = weakref.WeakKeyDictionary()


def _turn(db: Database) -> asyncio.Lock | None:
    """The process's write lock for an SQLite database (one per engine), else None."""
    engine = db.engine.sync_engine
    if engine.dialect.name != "sqlite":
        return None
    turn = _TURNS.get(engine)
    if turn is None:
        turn = _TURNS[engine] = asyncio.Lock()
    return turn


@contextlib.asynccontextmanager
async def writing(db: Database) -> AsyncIterator[AsyncSession]:
    """`db.sessions.begin()`, one writer of this process at a time on SQLite."""
    turn = _turn(db)
    if turn is None:
        async with db.sessions.begin() as session:
            yield session
        return
    async with turn, db.sessions.begin() as session:
        yield session
