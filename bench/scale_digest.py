"""The digest phase of bench.scale alone, in one process, without Telegram's limit.

    python -m bench.scale_digest --feeds 2000 --chats 3000 [--snapshot FILE] [--profile FILE]
    python -m bench.scale_digest --feeds 20000 --chats 10000 --snapshot FILE --due 2000

How many digests a second the bot's own code can plan, record and "send" when sending costs
nothing: the ceiling the 28-a-second pace needs to stay under. The database is built as
bench.scale builds it (the same seed, one real poll of every feed of the loopback farm) and kept
in `--snapshot`, so a before/after pair runs on the same data; each run works on a copy. Every
chat is then made due at this minute and the bot's digest job (bot.digest.jobs.deliver_due,
its concurrency and budget) runs until every due chat is served; `send` only counts. `--due N`
makes only the first N chats due: a sample of the big size in a few minutes. `--planned` times
the send path alone: every chat is made due five minutes ahead, planned and recorded as the bot
plans ahead (not timed), then the clock moves past that minute and only the sending of the
planned runs (bot.digest.ahead.send_planned_claimed: leases, message claims, `sent` marks) is
timed: what one message costs our side when the plans are already made.
Reported: digests and messages, wall seconds, digests per second, CPU per digest in this
process and in its worker process (where the bot plans digests), and the seconds spent in
planning threads. `--profile FILE` writes a cProfile (in each thread's CPU time) of the event
loop's thread to FILE and of the planning threads (asyncio.to_thread) to FILE.threads.
"""

from __future__ import annotations

import argparse
import asyncio
import cProfile
import os
import pstats
import shutil
import tempfile
import threading
import time
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import event

from bench.procstats import tree_cpu
from bench.scale import FarmProcess, make_due, seed
from bench.scale_week import open_resources, poll_every_feed, send_to_counter

SLOW_STATEMENT_S = 0.05


@dataclass
class Run:
    chats_due: int = 0
    digests: int = 0
    messages: int = 0
    wall: float = 0.0
    cpu: float = 0.0  # this process (the bot's event loop and its threads)
    worker_cpu: float = 0.0  # its worker processes (planning runs there in the bot)
    thread_seconds: float = 0.0  # inside asyncio.to_thread calls (planning)
    statements: int = 0
    commits: int = 0
    in_statements: float = 0.0  # seconds inside the driver's execute (SQLite: lock waits too)
    slow_statements: int = 0  # of those over SLOW_STATEMENT_S: waits for the one writer

    def line(self) -> str:
        per_s = self.digests / self.wall if self.wall else 0.0
        cpu_ms = self.cpu / self.digests * 1000 if self.digests else 0.0
        return (
            f"chats with items {self.chats_due}, digests {self.digests}, messages "
            f"{self.messages}, wall {self.wall:.1f} s, {per_s:.1f} digests/s, CPU "
            f"{cpu_ms:.1f} ms/digest in the bot process and "
            f"{self.worker_cpu / max(self.digests, 1) * 1000:.1f} in its worker, "
            f"planning threads {self.thread_seconds:.1f} s, "
            f"per digest {self.statements / max(self.digests, 1):.1f} statements and "
            f"{self.commits / max(self.digests, 1):.1f} commits, "
            f"{self.in_statements:.1f} s inside statements ({self.slow_statements} over "
            f"{SLOW_STATEMENT_S * 1000:.0f} ms)"
        )


async def build_snapshot(path: Path, feeds: int, chats: int) -> None:
    """bench.scale's seed and one full poll of the farm, into the SQLite file `path`."""
    url = f"sqlite+aiosqlite:///{path}"
    farm = FarmProcess(feeds)
    try:
        await seed(url, farm, feeds, chats)
        resources = await open_resources(url)
        try:
            await poll_every_feed(resources, datetime.now(UTC), concurrency=16, budget=3600.0)
        finally:
            await resources.close()
    finally:
        farm.close()


async def measure(
    path: Path, profile: str | None, only: int | None = None, planned: bool = False
) -> Run:
    """Every chat of the database at `path` due now (or the first `only`); the digest job
    until all are served. `planned`: planned ahead first, then only their sending is timed."""
    from bot.digest import jobs

    url = f"sqlite+aiosqlite:///{path}"
    run = Run()
    now = datetime.now(UTC).replace(second=0, microsecond=0)
    lead = timedelta(minutes=5) if planned else timedelta(0)
    run.chats_due = await make_due(url, now + lead, only)
    resources = await open_resources(url)
    shift = [timedelta(0)]
    resources.clock = lambda: datetime.now(UTC) + shift[0]

    def count() -> None:
        run.messages += 1

    send_to_counter(resources, count)
    work = jobs.deliver_due
    if planned:
        await _plan_all(resources, now)
        shift[0] = lead + timedelta(seconds=1)  # the planned minute has come
        work = _send_planned
    to_thread = asyncio.to_thread
    local = threading.local()
    thread_profilers: list[cProfile.Profile] = []

    async def timed(fn, /, *args, **kwargs):  # type: ignore[no-untyped-def]
        def call():  # type: ignore[no-untyped-def]
            started = time.perf_counter()
            threaded = getattr(local, "profiler", None)
            if profile and threaded is None:
                threaded = local.profiler = cProfile.Profile(time.thread_time)
                thread_profilers.append(threaded)
            if threaded is not None:
                threaded.enable()
            try:
                return fn(*args, **kwargs)
            finally:
                if threaded is not None:
                    threaded.disable()
                run.thread_seconds += time.perf_counter() - started

        return await to_thread(call)

    asyncio.to_thread = timed  # type: ignore[assignment]
    engine = resources.db.engine.sync_engine

    def count_statement(conn, *_: object) -> None:  # type: ignore[no-untyped-def]
        run.statements += 1
        conn.info["statement_started"] = time.perf_counter()

    def statement_done(conn, *_: object) -> None:  # type: ignore[no-untyped-def]
        took = time.perf_counter() - conn.info.pop("statement_started", time.perf_counter())
        run.in_statements += took
        run.slow_statements += took > SLOW_STATEMENT_S

    def count_commit(*_: object) -> None:
        run.commits += 1

    event.listen(engine, "before_cursor_execute", count_statement)
    event.listen(engine, "after_cursor_execute", statement_done)
    event.listen(engine, "commit", count_commit)
    # CPU time of the thread, not wall time: on a shared machine a profile in wall time counts
    # the other processes' turns on the core against whatever ran when they came
    profiler = cProfile.Profile(time.thread_time) if profile else None
    try:
        started, cpu0 = time.perf_counter(), time.process_time()
        tree0 = tree_cpu(os.getpid())
        if profiler:
            profiler.enable()
        reports = await work(resources)
        if profiler:
            profiler.disable()
        run.wall, run.cpu = time.perf_counter() - started, time.process_time() - cpu0
        run.worker_cpu = tree_cpu(os.getpid()) - tree0 - run.cpu
        run.digests = sum(1 for report in reports if report.status == "sent")
    finally:
        asyncio.to_thread = to_thread
        await resources.close()
    if profiler and profile:
        profiler.dump_stats(profile)
        if thread_profilers:
            threads = pstats.Stats(thread_profilers[0])
            for more in thread_profilers[1:]:
                threads.add(more)
            threads.dump_stats(f"{profile}.threads")
    return run


async def _plan_all(resources: Any, now: datetime) -> None:
    """Plan and record every due chat's digest ahead, as the bot's ticks before the minute do."""
    from bot.digest.ahead import plan_ahead_claimed
    from bot.digest.digest_tick import DIGEST_CONCURRENCY

    lease = {"owner": resources.owner, "ttl": resources.settings.lease_ttl_seconds}
    await plan_ahead_claimed(
        resources.db, resources.digests, resources.deliverer, now, clock=resources.clock,
        concurrency=DIGEST_CONCURRENCY, budget=3600.0, **lease,
    )  # fmt: skip


async def _send_planned(resources: Any) -> list[Any]:
    """The planned runs whose minute has come, sent as the digest job sends them."""
    from bot.digest.ahead import send_planned_claimed
    from bot.digest.digest_tick import DIGEST_BUDGET_SECONDS, DIGEST_CONCURRENCY

    return await send_planned_claimed(
        resources.db, resources.digests, resources.deliverer, resources.clock(),
        owner=resources.owner, ttl=resources.settings.lease_ttl_seconds, clock=resources.clock,
        concurrency=DIGEST_CONCURRENCY, budget=DIGEST_BUDGET_SECONDS,
    )  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--feeds", type=int, default=2000)
    parser.add_argument("--chats", type=int, default=3000)
    parser.add_argument("--snapshot", type=Path, help="the polled database, built if missing")
    parser.add_argument("--profile", metavar="FILE", help="cProfile of the event loop's thread")
    parser.add_argument(
        "--due", type=int, metavar="N", help="only the first N chats due (a sample of a big set)"
    )
    parser.add_argument(
        "--planned", action="store_true", help="plan every digest ahead; time only the sending"
    )
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        snapshot = args.snapshot or Path(tmp) / "snapshot.sqlite3"
        if not snapshot.exists():
            asyncio.run(build_snapshot(snapshot, args.feeds, args.chats))
        work = Path(tmp) / "run.sqlite3"
        shutil.copyfile(snapshot, work)
        wal = snapshot.with_name(snapshot.name + "-wal")
        if wal.exists():
            shutil.copyfile(wal, work.with_name(work.name + "-wal"))
        run = asyncio.run(measure(work, args.profile, args.due, args.planned))
    what = "sending planned runs only" if args.planned else "plan and send"
    print(f"{args.feeds} feeds, {args.chats} chats, SQLite, one process, {what}: {run.line()}")


if __name__ == "__main__":
    main()
