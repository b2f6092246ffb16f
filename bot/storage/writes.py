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

On SQLite every statement of a `writing` transaction runs to its end when the task awaiting it
is cancelled (`FinishingSession`): the cancellation arrives between two statements, and the
transaction rolls back as after any error.
"""

from __future__ import annotations

import asyncio
import contextlib
import weakref
from collections.abc import AsyncIterator
from typing import Any

from sqlalchemy.engine import Engine
from sqlalchemy.ext.asyncio import AsyncSession

from bot.storage.db import Database, to_the_end

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


class FinishingSession(AsyncSession):
    """A session whose every statement runs to its end (`to_the_end`) when the task awaiting
    it is cancelled.

    Tasks are cancelled in the middle of write transactions as a matter of course: a stopping
    bot cancels its start-up catch-up (bot.digest.jobs), and with it the deliveries and lease
    claims it runs (bot.digest.claims.pipelined). Cut off inside the driver, an INSERT ...
    RETURNING (a lease claim, a poll's new items) or any statement after the transaction's
    first write left SQLite's write lock with a zombie connection until the garbage collector
    found it (see `to_the_end`), and every other writer, other replicas too, waited out the
    30 s lock wait and failed with "database is locked" (tests/test_storage_cancel.py).
    """

    async def execute(self, *args: Any, **kwargs: Any) -> Any:
        return await to_the_end(super().execute(*args, **kwargs))

    async def scalar(self, *args: Any, **kwargs: Any) -> Any:
        return await to_the_end(super().scalar(*args, **kwargs))

    async def scalars(self, *args: Any, **kwargs: Any) -> Any:
        return await to_the_end(super().scalars(*args, **kwargs))

    async def get(self, *args: Any, **kwargs: Any) -> Any:
        return await to_the_end(super().get(*args, **kwargs))

    async def flush(self, *args: Any, **kwargs: Any) -> None:
        await to_the_end(super().flush(*args, **kwargs))

    async def delete(self, *args: Any, **kwargs: Any) -> None:
        await to_the_end(super().delete(*args, **kwargs))


@contextlib.asynccontextmanager
async def writing(db: Database) -> AsyncIterator[AsyncSession]:
    """`db.sessions.begin()`, one writer of this process at a time on SQLite, each statement
    run to its end there (`FinishingSession`). PostgreSQL locks rows, not the database, and
    drops a cut-off connection's transaction with the connection."""
    turn = _turn(db)
    if turn is None:
        async with db.sessions.begin() as session:
            yield session
        return
    async with turn, FinishingSession(**db.sessions.kw) as session, session.begin():
        yield session
