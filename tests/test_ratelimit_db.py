"""The database rate limit: the sliding-window rule, shared by every replica on the database."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import async_sessionmaker, create_async_engine

from bot.storage.db import Database
from bot.storage.migrations import migrate
from bot.storage.ratelimit import DbRateLimiter, RateLimitRow, allow, check, prune

T0 = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)


async def _open(url: str) -> Database:
    await migrate(url)
    engine = create_async_engine(url)
    return Database(engine=engine, sessions=async_sessionmaker(engine, expire_on_commit=False))


def at(seconds: float) -> datetime:
    return T0 + timedelta(seconds=seconds)


async def test_sliding_window_per_user(db_url: str) -> None:
    db = await _open(db_url)
    try:
        assert [await allow(db, 1, 3, 60, at(s)) for s in (0, 10, 20)] == [True, True, True]
        assert not await allow(db, 1, 3, 60, at(30))  # 4th in the window
        assert await allow(db, 2, 3, 60, at(30))  # other users are counted apart
        assert await check(db, 1, 3, 60, at(40)) == pytest.approx(20.0)  # first hit ages out at 60
        assert not await allow(db, 1, 3, 60, at(59.9))  # refused requests are not counted...
        assert await allow(db, 1, 3, 60, at(60.5))  # ...so the slot frees when the first hit ages
        assert not await allow(db, 1, 3, 60, at(61))
        assert await allow(db, 1, 3, 60, at(70.5))  # sliding, not fixed: t=10 aged out at 70
        assert await check(db, 1, 2, 60, at(71), scope="digest") == 0.0  # scopes are apart
    finally:
        await db.close()


async def test_replicas_share_the_limit(db_url: str) -> None:
    replicas = [await _open(db_url) for _ in range(3)]
    try:
        limiters = [DbRateLimiter(db, per_minute=5) for db in replicas]
        results = await asyncio.gather(
            *(limiter.check(7, at(1)) for limiter in limiters for _ in range(4))
        )
        assert sum(wait == 0.0 for wait in results) == 5  # 12 attempts, exactly 5 slots
        assert all(wait == pytest.approx(60.0) for wait in results if wait)
    finally:
        for db in replicas:
            await db.close()


async def test_prune_forgets_idle_users_only(db_url: str) -> None:
    db = await _open(db_url)
    try:
        assert await allow(db, 1, 3, 60, at(0))
        assert await allow(db, 2, 3, 60, at(50))
        assert await prune(db, 60, at(70)) == 1
        async with db.sessions() as session:
            users = (await session.execute(select(RateLimitRow.user_id))).scalars().all()
            assert users == [2]
            assert (await session.execute(select(func.count(RateLimitRow.user_id)))).scalar() == 1
        with pytest.raises(ValueError):
            await allow(db, 1, 0, 60, at(80))
    finally:
        await db.close()
