"""`writing`: a process's SQLite writers take turns in the process instead of in SQLite's busy
handler; on PostgreSQL transactions still run side by side."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from contextlib import AbstractAsyncContextManager
from datetime import datetime

import pytest
from sqlalchemy import event, insert
from sqlalchemy.exc import OperationalError
from sqlalchemy.ext.asyncio import AsyncSession

from bot.storage.db import Database, open_database
from bot.storage.leases import LeaseRow
from bot.storage.writes import writing

HOLD_S = 0.08  # each transaction keeps the write lock this long (an await inside it)
LOCK_WAIT_MS = 40  # SQLite's busy timeout here: shorter than one holder's turn


@pytest.fixture
def db_url(migrated_db_url: str) -> str:
    return migrated_db_url


async def _open(url: str) -> Database:
    db = await open_database(url)
    if db.engine.dialect.name == "sqlite":

        def short_wait(dbapi_connection, *_: object) -> None:  # type: ignore[no-untyped-def]
            cursor = dbapi_connection.cursor()
            cursor.execute(f"PRAGMA busy_timeout = {LOCK_WAIT_MS}")
            cursor.close()

        event.listen(db.engine.sync_engine, "checkout", short_wait)
    return db


async def _burst(
    db: Database,
    begin: Callable[[], AbstractAsyncContextManager[AsyncSession]],
    count: int,
    kind: str,
) -> tuple[list[BaseException | None], int]:
    """`count` write transactions at once, each holding its lock across an await; returns
    each one's error (None: committed) and the most that were open at one moment."""
    open_now, most = 0, 0

    async def one(n: int) -> None:
        nonlocal open_now, most
        async with begin() as session:
            open_now += 1
            most = max(most, open_now)
            try:
                until = datetime(2030, 1, 1)
                row = {"kind": kind, "key": str(n), "owner": "me", "expires_at": until, "token": 1}
                await session.execute(insert(LeaseRow), [row])
                await asyncio.sleep(HOLD_S)
            finally:
                open_now -= 1

    results = await asyncio.gather(*(one(n) for n in range(count)), return_exceptions=True)
    return [r if isinstance(r, BaseException) else None for r in results], most


@pytest.mark.parametrize("migrated_db_url", ["sqlite"], indirect=True)  # SQLite's one writer
async def test_sqlite_writers_take_turns_instead_of_failing(db_url: str) -> None:
    db = await _open(db_url)
    try:
        # the same burst as plain transactions: waiters give up after LOCK_WAIT_MS
        plain, _ = await _burst(db, db.sessions.begin, 6, "plain")
        assert any(isinstance(e, OperationalError) and "locked" in str(e) for e in plain)
        errors, most = await _burst(db, lambda: writing(db), 6, "turns")
        assert errors == [None] * 6 and most == 1
    finally:
        await db.close()


@pytest.mark.parametrize("migrated_db_url", ["postgresql"], indirect=True)  # it locks rows
async def test_postgres_transactions_still_overlap(db_url: str) -> None:
    db = await _open(db_url)
    try:
        errors, most = await _burst(db, lambda: writing(db), 4, "turns")
        assert errors == [None] * 4 and most == 4
    finally:
        await db.close()
