"""Scale benchmark of the digest side: many feeds, many chats, Telegram's own speed limits.

    python -m bench.scale                      # 2,000 feeds, 1,000 chats, SQLite, one process
    python -m bench.scale --big                # 20,000 feeds, 10,000 chats
    python -m bench.scale --postgres URL --replicas 2
    python -m bench.scale --week               # then a simulated week (bench/scale_week.py)
    python -m bench.scale --postgres URL --matrix --week   # SQLite x1, PostgreSQL x1 and x2
    python -m bench.scale --write-docs         # the table into docs/performance.md

Everything runs on loopback, each part in its own process:
- the feed farm (bench/scale_farm.py): N virtual RSS/Atom feeds of 20 items with ETag and
  Last-Modified, a share changing per cycle, some slow, failing or moved, a fifth teaser-only
  (the bot fetches and summarizes their articles);
- the fake Bot API (tests/limited_telegram.py) in this process, enforcing Telegram's limits as
  sliding windows: 30 sends in any second per bot, 20 in any minute per group, 429 with
  `retry_after` beyond them;
- the bot: `python -m bench.load_bot` (the real Application, long polling, a loop-lag monitor),
  once per replica, on a database seeded here: M group chats, each following one of the popular
  feeds (Zipf-like) and a share of the long tail, so every feed has a follower.
Phase 1, polling: the database starts with every feed due; the phase ends when every feed was
polled once (or at `--poll-cap`), which is the length of one full poll cycle. Phase 2, digests:
every chat is then made due at the same moment (`--due-ahead`, 75 s; --big 600 s: the bot plans
digests before their minute, bot.digest.ahead); the phase ends when every chat with
items got its digest and the database has no digest left to finish (or at the rate-limit time
x 2 + 2 minutes).
Reported: poll cycle time against the polling interval, feeds polled per minute, articles
fetched and summarized per second, digest lateness after the due moment (p50/p99/max, the last
send of each chat), the time the 30/s limit allows (for the chats at one message each, and for
the messages actually sent: a digest of ten stories can take two), sends per second against
the 30/s limit, 429 answers, messages sent twice, peak RSS and CPU share of the bot processes,
event-loop lag p99, database size at the end, and where the run's wall time went.
Peak RSS is the highest sum over the bot's process tree (bot, pool worker, resource tracker),
shared pages counted in each; the line under the table gives the PSS sum (shared pages split)
and each process's own peak.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import math
import os
import signal
import subprocess
import sys
import tempfile
import time
import urllib.request
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import numpy as np

from bench.docs import write_section
from bench.procstats import RssSampler, tree_cpu
from bench.scale_week import Week, simulate_week
from tests.helpers import FakeTelegram, LimitedTelegram, scratch_postgres
from tests.helpers import fake_telegram as ft

PER_SECOND = LimitedTelegram.PER_SECOND  # Telegram's limits, as the fake Bot API enforces them
PER_GROUP_MINUTE = LimitedTelegram.PER_GROUP_MINUTE

ROOT = Path(__file__).resolve().parents[1]
POLL_MINUTES = 15
POPULAR_SHARE = 0.01  # this share of the feeds (at least 10) is followed by most chats
SMALL = (2_000, 1_000)
# phase 2: every chat due this many seconds after the bench sets it (`--due-ahead`): time for
# the bot to plan the digests before their minute, as it has before a real 08:00 (bot.digest
# .ahead plans up to 10 minutes ahead; its job ticks once a minute, so 75 s leave 15 to 75 s of
# planning and keep the default run near 3 minutes on a quiet machine). Before session 10: 5 s.
DUE_AHEAD_S = 75
DUE_AHEAD_BIG_S = 600
BIG = (20_000, 10_000)


# -- the feed farm and the database ---------------------------------------------------------------


class FarmProcess:
    """bench/scale_farm.py in its own process; `url(i)` is feed i."""

    def __init__(self, feeds: int) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "bench.scale_farm", str(feeds)],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert self.proc.stdout is not None
        self.port = int(self.proc.stdout.readline())

    def url(self, i: int) -> str:
        return f"http://127.0.0.1:{self.port}/f/{i}"

    def stats(self) -> dict[str, int]:
        with urllib.request.urlopen(f"http://127.0.0.1:{self.port}/stats", timeout=10) as r:
            return json.loads(r.read())

    def close(self) -> None:
        self.proc.terminate()
        self.proc.wait(10)


def follows(feeds: int, chats: int) -> list[tuple[int, int]]:
    """(chat index, feed index): each chat one popular feed (Zipf-like, so a few feeds have
    hundreds of followers), and the long tail dealt round so every feed has a follower."""
    popular = max(10, int(feeds * POPULAR_SHARE))
    pairs = {(c, int(popular * ((c * 0.618034) % 1.0) ** 2)) for c in range(chats)}
    pairs |= {(f % chats, f) for f in range(popular, feeds)}
    return sorted(pairs)


def chat_id(index: int) -> int:
    return -1_000_000_000_000 - index  # supergroups: the 20-a-minute limit applies


async def seed(url: str, farm: FarmProcess, feeds: int, chats: int) -> int:
    """Migrate and fill the database in bulk (the bot's own tables); returns subscriptions."""
    from sqlalchemy import insert

    from bot.digest.tables import FeedRow, ScheduleRow, SubscriptionRow
    from bot.storage.db import open_database
    from bot.storage.migrations import migrate

    await migrate(url)
    db = await open_database(url)
    now = datetime.now(UTC)
    pairs = follows(feeds, chats)
    try:
        async with db.sessions.begin() as session:
            await session.execute(
                insert(FeedRow),
                [
                    {"id": i + 1, "url": farm.url(i), "failures": 0, "alerted": False,
                     "next_poll_at": now, "created_at": now}
                    for i in range(feeds)
                ],
            )  # fmt: skip
            await session.execute(
                insert(SubscriptionRow),
                [
                    {"chat_id": chat_id(c), "thread_id": 0, "feed_id": f + 1, "paused": False,
                     "created_at": now}
                    for c, f in pairs
                ],
            )  # fmt: skip
            far = now + timedelta(days=300)
            await session.execute(
                insert(ScheduleRow),
                [
                    {"chat_id": chat_id(c), "text": "daily 08:00", "next_due": far,
                     "paused": False}
                    for c in range(chats)
                ],
            )  # fmt: skip
    finally:
        await db.close()
    return len(pairs)


async def polled(url: str) -> int:
    """Feeds polled at least once (a success or a counted failure)."""
    return int(await _scalar(url, "SELECT count(*) FROM digest_feeds "
                                  "WHERE last_success_at IS NOT NULL OR failures > 0"))  # fmt: skip


async def make_due(url: str, due: datetime, only: int | None = None) -> int:
    """Every chat due at `due` (its schedule text says that minute, daily), or only the
    first `only` chats (bench.scale_digest's sample); returns how many of them have at least
    one stored item, so a digest to send."""
    from sqlalchemy import func, select, update

    from bot.digest.tables import ItemRow, ScheduleRow, SubscriptionRow
    from bot.storage.db import open_database

    db = await open_database(url)
    try:
        async with db.sessions.begin() as session:
            which = update(ScheduleRow)
            chats = select(func.count(SubscriptionRow.chat_id.distinct())).join(
                ItemRow, ItemRow.feed_id == SubscriptionRow.feed_id
            )
            if only is not None:
                sample = [chat_id(c) for c in range(only)]
                which = which.where(ScheduleRow.chat_id.in_(sample))
                chats = chats.where(SubscriptionRow.chat_id.in_(sample))
            await session.execute(which.values(next_due=due, text=f"daily {due:%H:%M}"))
            return int(await session.scalar(chats) or 0)
    finally:
        await db.close()


async def digests_left(url: str, due: datetime) -> int:
    """Chats still due at `due` plus digest runs not finished: 0 once the phase is over."""
    from sqlalchemy import func, select

    from bot.digest.tables import RunRow, ScheduleRow
    from bot.storage.db import open_database

    db = await open_database(url)
    try:
        async with db.sessions() as session:
            due_rows = select(func.count()).select_from(ScheduleRow)
            due_rows = due_rows.where(ScheduleRow.next_due <= due)
            still_due = await session.scalar(due_rows)
            runs = select(func.count()).select_from(RunRow).where(RunRow.finished_at.is_(None))
            return int(still_due or 0) + int(await session.scalar(runs) or 0)
    finally:
        await db.close()


async def _scalar(url: str, sql: str) -> Any:
    from sqlalchemy import text
    from sqlalchemy.ext.asyncio import create_async_engine
    from sqlalchemy.pool import NullPool

    engine = create_async_engine(url, poolclass=NullPool)
    try:
        async with engine.connect() as conn:
            return (await conn.execute(text(sql))).scalar()
    finally:
        await engine.dispose()


async def database_mb(url: str) -> float:
    from bot.storage.db import sqlite_file

    path = sqlite_file(url)
    if path is not None:
        await _scalar(url, "PRAGMA wal_checkpoint(TRUNCATE)")  # the log's pages into the file
        wal = path.with_name(path.name + "-wal")
        size = path.stat().st_size + (wal.stat().st_size if wal.exists() else 0)
        return size / 1e6
    return float(await _scalar(url, "SELECT pg_database_size(current_database())")) / 1e6


# -- one run -----------------------------------------------------------------------------------


@dataclass
class Result:
    feeds: int
    chats: int
    replicas: int
    database: str
    subscriptions: int = 0
    poll_seconds: float = math.nan  # NaN: the cycle did not finish within --poll-cap
    poll_elapsed: float = math.nan
    polled: int = 0
    farm: dict[str, int] = field(default_factory=dict)
    articles_per_s: float = math.nan  # fetched (and summarized) during the poll phase
    with_items: int = 0
    delivered: int = 0
    lateness: list[float] = field(default_factory=list)
    send_seconds: float = math.nan
    sends: int = 0
    too_many: int = 0
    twice: int = 0
    peak_rss: list[float] = field(default_factory=list)  # RSS summed over each bot's tree
    memory: list[str] = field(default_factory=list)  # per replica: PSS and each process's peak
    cpu_share: float = math.nan
    lag99: float = math.nan
    db_mb: float = math.nan
    week: Week | None = None  # --week: the simulated week after the timed phases
    phases: dict[str, float] = field(default_factory=dict)  # wall seconds of each step


def bot_env(tg: FakeTelegram, url: str) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        TELEGRAM_BOT_TOKEN=ft.TOKEN,
        TELEGRAM_API_BASE_URL=tg.base_url,
        DATABASE_URL=url,
        FETCH_ALLOW_PRIVATE_NETWORKS="true",
        FEED_POLL_MINUTES=str(POLL_MINUTES),
        WORKER_PROCESSES="1",
        LOG_LEVEL="WARNING",
    )
    return env


async def run_once(args: argparse.Namespace, url: str, label: str, tmp: Path) -> Result:
    result = Result(args.feeds, args.chats, args.replicas, label)
    step = Steps(result.phases)
    farm = FarmProcess(args.feeds)
    bots: list[tuple[asyncio.subprocess.Process, RssSampler, Path]] = []
    try:
        result.subscriptions = await seed(url, farm, args.feeds, args.chats)
        step("seed")
        with LimitedTelegram() as tg:
            for n in range(args.replicas):
                lag_file, log_file = tmp / f"lag{n}.json", tmp / f"bot{n}.log"
                profile = ("-m", "cProfile", "-o", f"{args.profile}.{n}") if args.profile else ()
                with log_file.open("w") as log:
                    proc = await asyncio.create_subprocess_exec(
                        *(sys.executable, *profile, "-m", "bench.load_bot", str(lag_file)),
                        cwd=ROOT, env=bot_env(tg, url), stdout=log, stderr=subprocess.STDOUT,
                    )  # fmt: skip
                sampler = RssSampler(proc.pid, every=1.0)
                sampler.start()
                bots.append((proc, sampler, lag_file))
            started, cpu0 = time.monotonic(), sum(tree_cpu(p.pid) for p, _, _ in bots)
            await poll_phase(args, url, result)
            step("poll")
            articles_polled = farm.stats()["article"]
            await digest_phase(args, url, result, tg)
            step("digests")
            if result.delivered < result.with_items or not result.with_items:
                for n in range(args.replicas):
                    tail = (tmp / f"bot{n}.log").read_text()[-3000:]
                    print(f"replica {n}: log tail\n{tail}", file=sys.stderr)
            wall = time.monotonic() - started
            result.cpu_share = (sum(tree_cpu(p.pid) for p, _, _ in bots) - cpu0) / wall
            result.farm = farm.stats()
            result.articles_per_s = articles_polled / result.poll_elapsed
            result.db_mb = await database_mb(url)
            await stop(bots, tmp)
            step("stop")
            if args.week:
                result.week = await simulate_week(url, farm.port, database_mb, make_due)
                step("week")
    finally:
        farm.close()
        for proc, sampler, _ in bots:
            sampler.stop.set()
            if proc.returncode is None:
                proc.kill()
    lags = [
        lag for _, _, f in bots if f.exists() for _, lag in json.loads(f.read_text())["samples"]
    ]
    result.lag99 = float(np.percentile(lags, 99)) if lags else math.nan
    result.peak_rss = [sampler.peak_total for _, sampler, _ in bots]
    result.memory = [f"PSS {s.peak_pss:.0f}; {s.by_role()}" for _, s, _ in bots]
    return result


class Steps:
    """`step(name)` records the wall seconds since the previous step (where a run's time goes)."""

    def __init__(self, into: dict[str, float]) -> None:
        self.into, self.last = into, time.monotonic()

    def __call__(self, name: str) -> None:
        now = time.monotonic()
        self.into[name] = now - self.last
        self.last = now


async def poll_phase(args: argparse.Namespace, url: str, result: Result) -> None:
    start = time.monotonic()
    while time.monotonic() - start < args.poll_cap:
        await asyncio.sleep(2.0)
        result.polled = await polled(url)
        result.poll_elapsed = time.monotonic() - start
        if result.polled >= args.feeds:
            result.poll_seconds = result.poll_elapsed
            return


async def digest_phase(
    args: argparse.Namespace, url: str, result: Result, tg: LimitedTelegram
) -> None:
    # Every chat due at one moment, `--due-ahead` seconds ahead: the bot plans digests due
    # within 10 minutes before their minute and sends at it (bot.digest.ahead). Lateness counts
    # from that moment; a chat the bot did not plan in time still waits for the job's tick.
    due = datetime.now(UTC).replace(microsecond=0) + timedelta(seconds=args.due_ahead)
    result.with_items = await make_due(url, due)
    before = {chat: len(times) for chat, times in tg.send_times().items()}  # alerts, not digests
    allowed = result.with_items / PER_SECOND
    deadline = due.timestamp() + allowed * 2 + 120
    while time.time() < deadline:
        await asyncio.sleep(2.0)
        sends = tg.send_times()
        got = [c for c, times in sends.items() if len(times) > before.get(c, 0)]
        if not got and not result.with_items:  # nothing polled: nothing to wait for
            break
        # every chat got a first message and the database says every digest is finished (no
        # schedule still due, no run open): the last messages of multi-message digests are in
        if len(got) >= result.with_items and not await digests_left(url, due):
            break
    firsts, lasts = [], []
    sends = tg.send_times()
    for chat, times in sends.items():
        digest = [t for t in times[before.get(chat, 0) :] if t >= due.timestamp() - 1]
        if digest:
            firsts.append(digest[0])
            lasts.append(digest[-1])
    result.delivered = len(lasts)
    result.lateness = [t - due.timestamp() for t in lasts]
    result.sends = sum(len(t) for t in sends.values()) - sum(before.values())
    if lasts:
        result.send_seconds = max(lasts) - min(firsts)
    result.too_many = tg.too_many
    result.twice = tg.sent_twice()


async def stop(bots: list[tuple[asyncio.subprocess.Process, RssSampler, Path]], tmp: Path) -> None:
    for proc, _, _ in bots:
        proc.send_signal(signal.SIGTERM)
    for n, (proc, _, _) in enumerate(bots):
        try:
            await asyncio.wait_for(proc.wait(), 60)
        except TimeoutError:
            proc.kill()
            await proc.wait()
        if proc.returncode != 0:
            print((tmp / f"bot{n}.log").read_text()[-3000:], file=sys.stderr)


# -- report -----------------------------------------------------------------------------------


def _p(values: list[float], q: float) -> str:
    return f"{np.percentile(values, q):.0f}" if values else "-"


def report(results: list[Result]) -> str:
    lines = [
        f"Polling interval {POLL_MINUTES} min; limits enforced by the fake Bot API: {PER_SECOND} "
        f"sends/s per bot, {PER_GROUP_MINUTE}/min per group.",
        "",
        "| feeds | chats | subscriptions | database | replicas | poll cycle s (interval "
        f"{POLL_MINUTES * 60}) | feeds polled/min | articles/s | chats with items | got digest "
        "| lateness p50 / p99 / max s | rate-limit time s (chats / messages) | sends/s | 429s "
        "| sent twice "
        "| peak RSS MB per process | CPU share | loop lag p99 ms | database MB "
        "| database MB after a week |",
        "| ---: | ---: | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: "
        "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for r in results:
        rate = r.polled / r.poll_elapsed * 60
        cycle = (
            f"{r.poll_seconds:.0f}"
            if not math.isnan(r.poll_seconds)
            else f"not done: {r.polled} of {r.feeds} in {r.poll_elapsed:.0f}"
        )
        per_s = r.sends / r.send_seconds if r.send_seconds > 0 else 0.0
        lateness = f"{_p(r.lateness, 50)} / {_p(r.lateness, 99)} / {_p(r.lateness, 100)}"
        lines.append(
            f"| {r.feeds} | {r.chats} | {r.subscriptions} | {r.database} | {r.replicas} "
            f"| {cycle} | {rate:.0f} | {r.articles_per_s:.1f} | {r.with_items} | {r.delivered} "
            f"| {lateness} | {r.with_items / PER_SECOND:.0f} / {r.sends / PER_SECOND:.0f} "
            f"| {per_s:.1f} | {r.too_many} "
            f"| {r.twice} | {' / '.join(f'{m:.0f}' for m in r.peak_rss)} | {r.cpu_share:.0%} "
            f"| {r.lag99 * 1000:.0f} | {r.db_mb:.1f} "
            f"| {f'{r.week.mb_per_day[-1]:.1f}' if r.week and r.week.mb_per_day else '-'} |"
        )
    for r in results:
        if r.week is not None:
            w = r.week
            lines.append(
                f"\nsimulated week ({r.feeds} feeds, {r.database}, pruning daily, 30 days kept): "
                f"{w.days} days, {w.items_stored} items stored, {w.digests} digests of "
                f"{w.messages} messages; database MB by day "
                + " / ".join(f"{mb:.1f}" for mb in w.mb_per_day)
                + "; rows at the end: "
                + ", ".join(f"{k} {v}" for k, v in w.rows.items())
                + ("; MB by table and index: " if w.mb else "")
                + ", ".join(f"{k} {v:.1f}" for k, v in w.mb.items())
            )
        lines.append(
            f"\npeak memory MB ({r.feeds} feeds, {r.database}; the table's RSS is summed over "
            "the bot and its workers, shared pages counted in each): " + " | ".join(r.memory)
        )
        lines.append(
            f"\nwall seconds by step ({r.feeds} feeds, {r.database}, {r.replicas} replica(s)): "
            + ", ".join(f"{k} {v:.0f}" for k, v in r.phases.items())
        )
        lines.append(
            f"\nfarm requests ({r.feeds} feeds, {r.database}): "
            + ", ".join(f"{k} {v}" for k, v in r.farm.items())
        )
    return "\n".join(lines)


async def run(args: argparse.Namespace) -> list[Result]:
    """One run; with --matrix, SQLite with one replica, then PostgreSQL with one and with
    --replicas, in one table (the same machine, minutes apart: compare the rows)."""
    if not args.matrix:
        return [await run_in_database(args, args.postgres)]
    if not args.postgres:
        raise SystemExit("--matrix needs --postgres URL")
    replicas = max(args.replicas, 2)
    runs = [(None, 1), (args.postgres, 1), (args.postgres, replicas)]
    week = args.week
    results = []
    for database, count in runs:
        args.replicas, args.week = count, week and database is None  # the week: SQLite's
        results.append(await run_in_database(args, database))
    return results


async def run_in_database(args: argparse.Namespace, postgres: str | None) -> Result:
    with tempfile.TemporaryDirectory() as tmp:
        if postgres:
            async with scratch_postgres(postgres) as url:
                return await run_once(args, url, "PostgreSQL", Path(tmp))
        url = f"sqlite+aiosqlite:///{tmp}/scale.sqlite3"
        return await run_once(args, url, "SQLite", Path(tmp))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--feeds", type=int, default=SMALL[0])
    parser.add_argument("--chats", type=int, default=SMALL[1])
    parser.add_argument("--big", action="store_true", help=f"{BIG[0]} feeds, {BIG[1]} chats")
    parser.add_argument("--replicas", type=int, default=1)
    parser.add_argument("--postgres", metavar="URL", help="a PostgreSQL server to use")
    parser.add_argument("--poll-cap", type=float, default=90.0, help="seconds for phase 1")
    parser.add_argument("--write-docs", action="store_true")
    parser.add_argument(
        "--week", action="store_true", help="then a simulated week: database size with pruning"
    )
    parser.add_argument(
        "--matrix", action="store_true",
        help="with --postgres: SQLite x1, PostgreSQL x1, PostgreSQL x --replicas in one table",
    )  # fmt: skip
    parser.add_argument(
        "--profile", metavar="FILE", help="cProfile each bot process into FILE.<replica>"
    )
    parser.add_argument(
        "--due-ahead", type=float, metavar="S",
        help=f"seconds from setting the chats due to their minute ({DUE_AHEAD_S}, "
        f"--big {DUE_AHEAD_BIG_S})",
    )  # fmt: skip
    args = parser.parse_args()
    if args.big:
        args.feeds, args.chats = BIG
        args.poll_cap = max(args.poll_cap, POLL_MINUTES * 60)
    if args.due_ahead is None:
        args.due_ahead = DUE_AHEAD_BIG_S if args.big else DUE_AHEAD_S
    results = asyncio.run(run(args))
    table = report(results)
    command = " ".join(["python -m bench.scale", *sys.argv[1:]]).replace(" --write-docs", "")
    print(table)
    if args.write_docs:
        body = f"Measured with `{command}` on {time.strftime('%Y-%m-%d')}:\n\n{table}"
        write_section("performance.md", "scale-big" if args.big else "scale", body)


if __name__ == "__main__":
    main()
