"""A toy replica for the lease tests: works through jobs of numbered items, one item at a time.

Each item's side effect is a line appended to a file (outside the database, like a Telegram
message); progress is committed after it. `python -m tests.lease_replica URL OWNER OUT FLAG N`
hangs, still renewing its leases, once it has done N items and touched FLAG, so a test can kill it
there: "a replica killed mid-job".
"""

from __future__ import annotations

import asyncio
import contextlib
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Column, Integer, MetaData, Table, func, select
from sqlalchemy.ext.asyncio import async_sessionmaker, create_async_engine

from bot.storage.db import Database
from bot.storage.dueclaims import claim_due
from bot.storage.leases import LeaseLost, keep

KIND = "toy-job"
TTL = 2.5  # seconds; the kill test waits out at most this after the kill
toy = MetaData()
jobs = Table(
    "toy_jobs",
    toy,
    Column("id", Integer, primary_key=True),
    Column("total", Integer, nullable=False),
    Column("done", Integer, nullable=False, default=0),
)


def connect(url: str, **engine_options: Any) -> Database:
    engine = create_async_engine(url, **engine_options)
    return Database(engine=engine, sessions=async_sessionmaker(engine, expire_on_commit=False))


def _append(path: Path, line: str) -> None:
    with path.open("a") as sink:  # one small write; survives a SIGKILL right after
        sink.write(line)


@dataclass
class Stats:
    claimed: list[str]  # keys worked on (claimed and still ours)
    idle_rounds: int = 0
    items: int = 0


async def work(
    db: Database,
    owner: str,
    out: Path,
    *,
    hang_after: int | None = None,
    flag: Path | None = None,
    pause: float = 0.0,
    batch: int = 5,
    ttl: float = TTL,
    stats: Stats | None = None,
) -> Stats:
    """Claim due jobs until none is left anywhere; do each remaining item exactly once.
    `stats`: filled in as it goes, so a test can watch a replica that is still working."""
    stats = Stats(claimed=[]) if stats is None else stats
    due = select(jobs.c.id).where(jobs.c.done < jobs.c.total).order_by(jobs.c.id)
    remaining = select(func.count()).where(jobs.c.done < jobs.c.total)
    while True:
        keys = await claim_due(db, KIND, due, owner, ttl, limit=batch)
        if not keys:
            async with db.sessions() as session:
                left = (await session.execute(remaining)).scalar()
            if not left:
                return stats
            stats.idle_rounds += 1  # someone else holds the rest: wait for them or their expiry
            await asyncio.sleep(0.1)
            continue
        for key, token in keys.items():
            with contextlib.suppress(LeaseLost):  # lapsed while earlier keys were worked on
                await _finish(db, (key, token), owner, out, stats, hang_after, flag, pause, ttl)


async def _finish(
    db: Database,
    claimed: tuple[str, int],
    owner: str,
    out: Path,
    stats: Stats,
    hang_after: int | None,
    flag: Path | None,
    pause: float,
    ttl: float,
) -> None:
    key, token = claimed  # the key and its lease's token (from claim_due)
    async with keep(db, KIND, key, owner, ttl, token=token) as lease:
        stats.claimed.append(key)
        while True:
            async with db.sessions() as session:
                row = (await session.execute(select(jobs).where(jobs.c.id == int(key)))).one()
            if row.done >= row.total:
                return
            await lease.ensure()  # never act on a job that may be someone else's now
            _append(out, f"{key} {row.done} {owner}\n")
            async with db.sessions() as session, session.begin():
                await session.execute(
                    jobs.update()
                    .where(jobs.c.id == int(key), jobs.c.done == row.done)
                    .values(done=row.done + 1)
                )
            stats.items += 1
            if hang_after is not None and stats.items >= hang_after:
                assert flag is not None
                _append(flag, "hung\n")
                await asyncio.sleep(3600)  # alive, renewing, until killed
            await asyncio.sleep(pause)
    return stats


async def _main(url: str, owner: str, out: str, flag: str, hang_after: str) -> None:
    db = connect(url)
    try:
        await work(db, owner, Path(out), hang_after=int(hang_after), flag=Path(flag), pause=0.02)
    finally:
        await db.close()


if __name__ == "__main__":
    asyncio.run(_main(*sys.argv[1:6]))
