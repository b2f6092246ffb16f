"""The database: one SQLAlchemy async engine, shared by every feature module.

Feature modules declare their tables on `Base`, bot.storage.tables lists them, and the migrations
(bot.storage.migrations, run at start by bot.storage.schema) are the only thing that creates or
changes them. SQLite (aiosqlite) is the embedded default; the same code runs on PostgreSQL
(asyncpg).

SQLite gets write-ahead logging and a generous lock wait: the bot, its digest jobs and the cache
write from many concurrent updates, and a reader must never make a writer fail with "database is
locked" under a burst.
"""

from __future__ import annotations

import asyncio
from collections.abc import Coroutine
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import Table, event
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import (
    AsyncEngine,
    AsyncSession,
    async_sessionmaker,
    create_async_engine,
)
from sqlalchemy.orm import DeclarativeBase


class Base(DeclarativeBase):
    """Declarative base for every gistbot table."""


@dataclass(frozen=True, slots=True)
class Database:
    engine: AsyncEngine
    sessions: async_sessionmaker[AsyncSession]

    async def close(self) -> None:
        await self.engine.dispose()


def sqlite_file(url: str) -> Path | None:
    """The file behind an SQLite URL (its folder must exist before SQLite can create it)."""
    prefix = "sqlite+aiosqlite:///"
    if url.startswith(prefix) and url[len(prefix) :] not in ("", ":memory:"):
        return Path(url[len(prefix) :])
    return None


async def open_database(url: str) -> Database:
    """Open the engine on a database the migrations have brought up to date.

    It connects once, so a database that cannot be reached fails here, at start, rather than
    in the first update that needs it.
    """
    path = sqlite_file(url)
    if path is not None:
        path.parent.mkdir(parents=True, exist_ok=True)
    engine = create_async_engine(url)
    if engine.dialect.name == "sqlite":
        event.listen(engine.sync_engine, "connect", _tune_sqlite)
    async with engine.connect():
        pass
    return Database(engine=engine, sessions=async_sessionmaker(engine, expire_on_commit=False))


def upsert_into(session: AsyncSession, table: Table) -> Any:
    """An INSERT that has `on_conflict_do_update`, in the session's dialect: the one statement
    that lets replicas (or concurrent requests) write the same row without a race."""
    dialect = postgresql if session.bind.dialect.name == "postgresql" else sqlite
    return dialect.insert(table)


SQLITE_LOCK_WAIT_MS = 30_000

T = TypeVar("T")


async def to_the_end(work: Coroutine[Any, Any, T]) -> T:
    """Await `work` to its end even if the caller is cancelled meanwhile, then pass the
    cancellation on.

    For writes made by tasks that are cancelled as a matter of course (the send pacer under the
    "typing…" task). A task cancelled while aiosqlite reads a statement's RETURNING row leaves
    that statement unfinished; closing the connection then only makes it a zombie that keeps
    SQLite's write lock until the garbage collector finds it, and every other writer waits out
    the 30 s lock wait and fails with "database is locked" (tests/test_storage_cancel.py).
    """
    task = asyncio.ensure_future(work)
    cancelled = False
    while True:
        try:
            result = await asyncio.shield(task)
        except asyncio.CancelledError:
            if task.done():
                raise
            cancelled = True
        else:
            break
    if cancelled:
        raise asyncio.CancelledError
    return result


def _tune_sqlite(dbapi_connection, _record) -> None:  # type: ignore[no-untyped-def]
    """WAL lets readers and the one writer proceed together; busy_timeout queues writers."""
    cursor = dbapi_connection.cursor()
    cursor.execute(f"PRAGMA busy_timeout = {SQLITE_LOCK_WAIT_MS}")
    cursor.execute("PRAGMA journal_mode = WAL")
    cursor.execute("PRAGMA synchronous = NORMAL")
    cursor.close()
