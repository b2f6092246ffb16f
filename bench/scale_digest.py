"""The digest phase of bench.scale alone, in one process, without Telegram's limit.

    python -m bench.scale_digest --feeds 2000 --chats 3000 [--snapshot FILE] [--profile FILE]

How many digests a second the bot's own code can plan, record and "send" when sending costs
nothing: the ceiling the 28-a-second pace needs to stay under. The database is built as
bench.scale builds it (the same seed, one real poll of every feed of the loopback farm) and kept
in `--snapshot`, so a before/after pair runs on the same data; each run works on a copy. Every
chat is then made due at this minute and the bot's digest job (bot.digest.jobs.deliver_due,
its concurrency and budget) runs until every due chat is served; `send` only counts.
Reported: digests and messages, wall seconds, digests per second, process CPU seconds per
digest, and the seconds spent in planning threads. `--profile FILE` writes a cProfile of the event
loop's thread to FILE and of the planning threads (asyncio.to_thread) to FILE.threads.
"""

from __future__ import annotations

import argparse
import asyncio
import cProfile
import pstats
import shutil
import tempfile
import threading
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import event

from bench.scale import FarmProcess, make_due, seed
from bench.scale_week import open_resources, poll_every_feed, send_to_counter


@dataclass
class Run:
    chats_due: int = 0
    digests: int = 0
    messages: int = 0
    wall: float = 0.0
    cpu: float = 0.0
    thread_seconds: float = 0.0  # inside asyncio.to_thread calls (planning)
    statements: int = 0
    commits: int = 0

    def line(self) -> str:
        per_s = self.digests / self.wall if self.wall else 0.0
        cpu_ms = self.cpu / self.digests * 1000 if self.digests else 0.0
        return (
            f"chats with items {self.chats_due}, digests {self.digests}, messages "
            f"{self.messages}, wall {self.wall:.1f} s, {per_s:.1f} digests/s, CPU "
            f"{cpu_ms:.1f} ms/digest, planning threads {self.thread_seconds:.1f} s, "
            f"per digest {self.statements / max(self.digests, 1):.1f} statements and "
            f"{self.commits / max(self.digests, 1):.1f} commits"
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


async def measure(path: Path, profile: str | None) -> Run:
    """Every chat of the database at `path` due now; the digest job until all are served."""
    from bot.digest import jobs

    url = f"sqlite+aiosqlite:///{path}"
    run = Run()
    now = datetime.now(UTC).replace(second=0, microsecond=0)
    run.chats_due = await make_due(url, now)
    resources = await open_resources(url)

    def count() -> None:
        run.messages += 1

    send_to_counter(resources, count)
    to_thread = asyncio.to_thread
    local = threading.local()
    thread_profilers: list[cProfile.Profile] = []

    async def timed(fn, /, *args, **kwargs):  # type: ignore[no-untyped-def]
        def call():  # type: ignore[no-untyped-def]
            started = time.perf_counter()
            threaded = getattr(local, "profiler", None)
            if profile and threaded is None:
                threaded = local.profiler = cProfile.Profile()
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

    def count_statement(*_: object) -> None:
        run.statements += 1

    def count_commit(*_: object) -> None:
        run.commits += 1

    event.listen(engine, "before_cursor_execute", count_statement)
    event.listen(engine, "commit", count_commit)
    profiler = cProfile.Profile() if profile else None
    try:
        started, cpu0 = time.perf_counter(), time.process_time()
        if profiler:
            profiler.enable()
        reports = await jobs.deliver_due(resources)
        if profiler:
            profiler.disable()
        run.wall, run.cpu = time.perf_counter() - started, time.process_time() - cpu0
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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--feeds", type=int, default=2000)
    parser.add_argument("--chats", type=int, default=3000)
    parser.add_argument("--snapshot", type=Path, help="the polled database, built if missing")
    parser.add_argument("--profile", metavar="FILE", help="cProfile of the event loop's thread")
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
        run = asyncio.run(measure(work, args.profile))
    print(f"{args.feeds} feeds, {args.chats} chats, SQLite, one process: {run.line()}")


if __name__ == "__main__":
    main()
