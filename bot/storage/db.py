"""The database: one SQLAlchemy async engine, shared by every feature module.

Feature modules declare their tables on `Base`; `open_database` creates what is missing. SQLite
(aiosqlite) is the embedded default; the same code runs on PostgreSQL (asyncpg).

SQLite gets write-ahead logging and a generous lock wait: the bot, its digest jobs and the cache
write from many concurrent updates, and a reader must never make a writer fail with "database is
locked" under a burst.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import event
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
    """Open the engine and create missing tables; call after all table modules are imported."""
    path = sqlite_file(url)
    if path is not None:
        path.parent.mkdir(parents=True, exist_ok=True)
    engine = create_async_engine(url)
    if engine.dialect.name == "sqlite":
        event.listen(engine.sync_engine, "connect", _tune_sqlite)
    async with engine.begin() as conn:
        await conn.run_sync(Base.metadata.create_all)
    return Database(engine=engine, sessions=async_sessionmaker(engine, expire_on_commit=False))


SQLITE_LOCK_WAIT_MS = 30_000


def _tune_sqlite(dbapi_connection, _record) -> None:  # type: ignore[no-untyped-def]
    """WAL lets readers and the one writer proceed together; busy_timeout queues writers."""
    cursor = dbapi_connection.cursor()
    cursor.execute(f"PRAGMA busy_timeout = {SQLITE_LOCK_WAIT_MS}")
    cursor.execute("PRAGMA journal_mode = WAL")
    cursor.execute("PRAGMA synchronous = NORMAL")
    cursor.close()
