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

This module is the command line and the run's steps (the bots, the two phases, stopping). The
feed farm's process and the database (seeding, setting the chats due, the counts the run waits
on) are bench/scale_setup.py; what a run measured and the table, bench/scale_report.py; the
farm's own code bench/scale_farm.py, the simulated week bench/scale_week.py, the digest phase
alone bench/scale_digest.py.
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
from datetime import UTC, datetime, timedelta
from pathlib import Path

import numpy as np

from bench.docs import write_section
from bench.procstats import RssSampler, tree_cpu
from bench.scale_report import PER_SECOND, Result, report
from bench.scale_setup import (
    ROOT,
    FarmProcess,
    database_mb,
    digests_left,
    make_due,
    polled,
    seed,
)
from bench.scale_week import simulate_week
from tests.helpers import FakeTelegram, LimitedTelegram, scratch_postgres
from tests.helpers import fake_telegram as ft

POLL_MINUTES = 15
SMALL = (2_000, 1_000)
# phase 2: every chat due this many seconds after the bench sets it (`--due-ahead`): time for
# the bot to plan the digests before their minute, as it has before a real 08:00 (bot.digest
# .ahead plans up to 10 minutes ahead; its job ticks once a minute, so 75 s leave 15 to 75 s of
# planning and keep the default run near 3 minutes on a quiet machine). Before session 10: 5 s.
DUE_AHEAD_S = 75
DUE_AHEAD_BIG_S = 600
BIG = (20_000, 10_000)


# -- one run -----------------------------------------------------------------------------------


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
    table = report(results, POLL_MINUTES)
    command = " ".join(["python -m bench.scale", *sys.argv[1:]]).replace(" --write-docs", "")
    print(table)
    if args.write_docs:
        body = f"Measured with `{command}` on {time.strftime('%Y-%m-%d')}:\n\n{table}"
        write_section("performance.md", "scale-big" if args.big else "scale", body)


if __name__ == "__main__":
    main()
