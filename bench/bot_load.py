"""Load benchmark of the running bot: many users sending article links at a human pace.

    python -m bench.bot_load [--users 200] [--seconds 60] [--workers 1 2] [--think 10 30]

Setup (everything on loopback, the bot in its own process):
- this process runs the fake Telegram Bot API (tests/fake_telegram.py) and an article server
  (tests/servers/http.py) serving synthetic pages in our own words (bench/load_text.py);
- the bot runs as `python -m bench.load_bot` = the real `build_application` + `run_polling`, with
  a lag monitor task inside its event loop; so its RSS, its CPU and its loop lag are its own and
  not mixed with the load generator's threads.
Each user: waits a random start offset, then repeats: send a link, wait for the reply, think
`--think` seconds (uniform). Links: `--repeat` of them go to a small set of popular URLs (the
first request of each is computed, the rest come from the summary cache); the others are distinct
URLs, sized short (~400 words), long (~4,000) or very long (~15,000) by `--mix`.
The per-user rate limit is raised to 100,000/min for the bench so it is not what we measure;
any "too fast" reply would still be counted in its own column.

Measured per worker count (fresh database each): summaries/s over the window, reply latency
(update queued at the fake API -> sendMessage received by it) p50/p95/p99, event-loop lag p50/p99/
max inside the bot, peak RSS of the bot process and of bot + workers, CPU seconds, errors.
The records of each request and run, and the tables, are bench/bot_load_report.py's.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import signal
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from bench.bot_load_report import POPULAR, Outcome, Run, report
from bench.load_text import SIZES, article_page, title_marker
from bench.procstats import (
    RssSampler,
    cpu_seconds,
    peak_rss_mb,
    process_tree,
    role,
    rss_mb,
    tree_cpu,
)
from tests.helpers import Call, FakeTelegram, LoopbackHTTPServer, Response
from tests.helpers import fake_telegram as ft

ROOT = Path(__file__).resolve().parents[1]
REPLY_TIMEOUT = 150.0  # longer than the bot's own 60 s CPU timeout


# -- the fake Telegram side ---------------------------------------------------------------------


class LoadTelegram(FakeTelegram):
    """The fake Bot API, which also hands each chat's next reply to the user waiting for it."""

    def __init__(self) -> None:
        super().__init__()
        self._waiters: dict[int, tuple[str, asyncio.AbstractEventLoop, asyncio.Future[Call]]] = {}
        self._lock = threading.Lock()
        self._server.handle_error = _quiet_disconnects(self._server.handle_error)

    def expect(self, chat_id: int, marker: str) -> asyncio.Future[Call]:
        loop = asyncio.get_running_loop()
        future: asyncio.Future[Call] = loop.create_future()
        with self._lock:
            self._waiters[chat_id] = (marker, loop, future)
        return future

    def _record(self, call: Call) -> None:
        if call.method == "sendMessage" and call.status == 200:
            chat_id = int(call.params["chat_id"])
            with self._lock:
                waiter = self._waiters.get(chat_id)
                text = call.visible_text or ""
                # a late reply to an earlier, timed-out request is not this request's answer
                stale = "(report " in text and waiter is not None and waiter[0] not in text
                if waiter is not None and not stale:
                    del self._waiters[chat_id]
            if waiter is not None and not stale:
                _, loop, future = waiter
                loop.call_soon_threadsafe(_settle, future, call)
        if call.method in ("sendMessage", "sendChatAction", "editMessageText"):
            return  # not kept: 10,000s of calls would only cost memory in this process
        super()._record(call)


def _quiet_disconnects(report):  # type: ignore[no-untyped-def]
    """The bot closing its long poll at shutdown is not an error worth a traceback."""

    def handle_error(request: object, address: object) -> None:
        if not isinstance(sys.exc_info()[1], ConnectionError):
            report(request, address)

    return handle_error


def _settle(future: asyncio.Future[Call], call: Call) -> None:
    if not future.done():
        future.set_result(call)


# -- the articles -------------------------------------------------------------------------------


class Articles:
    """Serves the pages and chooses each request's link (seeded, same sequence every run)."""

    def __init__(self, site: LoopbackHTTPServer, mix: dict[str, float], repeat: float) -> None:
        self.site, self.mix, self.repeat = site, mix, repeat
        self.rng = random.Random(7)
        self.fresh = 0
        self.seen: set[str] = set()
        self.popular = [self._route(self._size(), 1_000_000 + i) for i in range(POPULAR)]

    def _size(self) -> str:
        return self.rng.choices(list(self.mix), weights=list(self.mix.values()))[0]

    def _route(self, size: str, index: int) -> tuple[str, str, str]:
        def handler(_request: object) -> Response:
            return Response(body=article_page(size, index))

        url = self.site.route(f"/news/{size}/{index}", handler=handler)
        return url, size, title_marker(size, index)

    def next(self) -> tuple[str, str, str, bool]:
        """(url, size, marker, repeated) for the next request."""
        if self.rng.random() < self.repeat:
            url, size, marker = self.rng.choice(self.popular)
        else:
            self.fresh += 1
            url, size, marker = self._route(self._size(), self.fresh)
        repeated = url in self.seen
        self.seen.add(url)
        return url, size, marker, repeated


# -- the users ----------------------------------------------------------------------------------


def classify(text: str, marker: str) -> str:
    if marker in text:
        return "summary"
    if "too fast" in text:
        return "rate_limited"
    return "error"


async def user(
    uid: int, tg: LoadTelegram, articles: Articles, run: Run, think: tuple[float, float]
) -> None:
    rng = random.Random(uid)
    await asyncio.sleep(rng.uniform(0, think[1]))  # users arrive spread out, not as a burst
    while time.monotonic() < run.end:
        url, size, marker, repeated = articles.next()
        reply = tg.expect(uid, marker)
        sent = time.monotonic()
        tg.push(ft.message(f"have a look {url}", user_id=uid, chat_id=uid))
        try:
            call = await asyncio.wait_for(reply, REPLY_TIMEOUT)
        except TimeoutError:
            run.outcomes.append(Outcome(sent, size, repeated, "timeout"))
            continue
        text = call.visible_text or ""
        kind = classify(text, marker)
        note = "" if kind == "summary" else text
        run.outcomes.append(Outcome(sent, size, repeated, kind, call.at - sent, call.at, note))
        await asyncio.sleep(rng.uniform(*think))


async def warm_up(tg: LoadTelegram, site: LoopbackHTTPServer, uid: int) -> None:
    """One request of each size first: the bot's pool is up and its caches are filled."""
    for n, size in enumerate(SIZES):
        index = 2_000_000 + n
        url = site.route(f"/warm/{size}", body=article_page(size, index))
        reply = tg.expect(uid, title_marker(size, index))
        tg.push(ft.message(url, user_id=uid, chat_id=uid))
        call = await asyncio.wait_for(reply, 120)
        if title_marker(size, index) not in (call.visible_text or ""):
            raise RuntimeError(f"warm-up got no summary: {call.visible_text!r}")


def bot_env(tg: FakeTelegram, db: Path, workers: int) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        TELEGRAM_BOT_TOKEN=ft.TOKEN,
        TELEGRAM_API_BASE_URL=tg.base_url,
        DATABASE_URL=f"sqlite+aiosqlite:///{db}",
        FETCH_ALLOW_PRIVATE_NETWORKS="true",
        WORKER_PROCESSES=str(workers),
        RATE_LIMIT_PER_MINUTE="100000",
        LOG_LEVEL="WARNING",
    )
    return env


async def run_once(args: argparse.Namespace, workers: int, base_uid: int) -> Run:
    mix = dict(zip(SIZES, args.mix, strict=True))
    run = Run(workers)
    with (
        LoadTelegram() as tg,
        LoopbackHTTPServer() as site,
        tempfile.TemporaryDirectory() as tmp,
    ):
        articles = Articles(site, mix, args.repeat)
        lag_file, log_file = Path(tmp) / "lag.json", Path(tmp) / "bot.log"
        with log_file.open("w") as log:
            bot = await asyncio.create_subprocess_exec(
                *(sys.executable, "-m", "bench.load_bot", str(lag_file)),
                cwd=ROOT,
                env=bot_env(tg, Path(tmp) / "bot.sqlite3", workers),
                stdout=log,
                stderr=subprocess.STDOUT,
            )
        sampler = RssSampler(bot.pid)
        try:
            await warm_up(tg, site, base_uid)
            sampler.start()
            gen_cpu0, bot_cpu0 = sum(os.times()[:2]), tree_cpu(bot.pid)
            main_cpu0 = cpu_seconds(bot.pid)
            run.start = time.monotonic()
            run.end = run.start + args.seconds
            users = [
                user(base_uid + 1 + u, tg, articles, run, tuple(args.think))
                for u in range(args.users)
            ]
            await asyncio.gather(*users)
            run.bot_cpu = tree_cpu(bot.pid) - bot_cpu0
            run.main_cpu = cpu_seconds(bot.pid) - main_cpu0
            run.gen_cpu = sum(os.times()[:2]) - gen_cpu0
            tree = process_tree(bot.pid)
            run.processes = len(tree)
            run.hwm_main = peak_rss_mb(bot.pid)
            run.hwm_sum = sum(peak_rss_mb(p) for p in tree)
            run.tree = [(role(p), rss_mb(p), peak_rss_mb(p)) for p in tree]
        finally:
            sampler.stop.set()
            bot.send_signal(signal.SIGTERM)
            try:
                await asyncio.wait_for(bot.wait(), 60)
            except TimeoutError:
                bot.kill()
                await bot.wait()
        run.peak_main, run.peak_total = sampler.peak_main, sampler.peak_total
        run.peak_pss = sampler.peak_pss
        if bot.returncode != 0 or not lag_file.exists():
            print(log_file.read_text()[-3000:], file=sys.stderr)
            raise RuntimeError(f"bot exited with {bot.returncode}")
        if any(o.kind in ("error", "timeout") for o in run.outcomes):  # the bot log says why
            tail = log_file.read_text()[-4000:]
            print(f"workers={workers}: bot log tail\n{tail}", file=sys.stderr)
        samples = json.loads(lag_file.read_text())["samples"]
        run.lag = [lag for at, lag in samples if run.start <= at <= run.end]
    return run


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--users", type=int, default=200)
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument(
        "--think", type=float, nargs=2, default=[10.0, 30.0], metavar=("MIN", "MAX")
    )
    parser.add_argument(
        "--mix", type=float, nargs=3, default=[0.6, 0.3, 0.1], metavar=("SHORT", "LONG", "VLONG")
    )
    parser.add_argument("--repeat", type=float, default=0.25, help="share of popular links")
    args = parser.parse_args()
    load_before = os.getloadavg()
    runs = [
        asyncio.run(run_once(args, workers, base_uid=1_000_000 * (n + 1)))
        for n, workers in enumerate(args.workers)
    ]
    load_after = os.getloadavg()
    print(report(args, runs))
    print(
        f"\nload average before {load_before[0]:.2f} / after {load_after[0]:.2f} "
        f"(1 min), {os.cpu_count()} CPUs; {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}"
    )


if __name__ == "__main__":
    main()
