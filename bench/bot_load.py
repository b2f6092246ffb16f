"""Load on the chat bot: a burst of users each sending a different link, end to end.

The real Application talks to the fake Bot API (tests/fake_telegram.py) and fetches articles from
a loopback server, so the numbers cover polling, fetching, the worker pool, the database and
sending. While the burst runs, a second user keeps sending a short message: its reply latency
shows whether the event loop stays free while the pool does the CPU work.

    python -m bench.bot_load [--users 24] [--workers 1 2]
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import threading
import time
from pathlib import Path

from tests import fake_telegram as ft
from tests.bot_articles import FERRY_PARAGRAPHS, article_html, long_paragraphs
from tests.bot_harness import RunningBot, bot_settings
from tests.fake_telegram import FakeTelegram
from tests.servers.http import LoopbackHTTPServer


def _pages(site: LoopbackHTTPServer, users: int) -> list[str]:
    urls = []
    body = long_paragraphs(24)
    for i in range(users):
        paragraphs = [f"Report {i}: " + FERRY_PARAGRAPHS[0], *body[i % 6 :], *FERRY_PARAGRAPHS[1:]]
        urls.append(site.route(f"/a{i}", article_html(f"Harbour report {i}", paragraphs)))
    return urls


def _percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def run_once(tg: FakeTelegram, urls: list[str], workers: int, base_uid: int) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as tmp:
        settings = bot_settings(
            tg, Path(tmp) / "bot.sqlite3", worker_processes=workers, rate_limit_per_minute=1000
        )
        with RunningBot(settings):
            # warm-up: the pool's workers import the summarizer once
            warm = ft.message(urls[0] + "?warm=1", user_id=base_uid, chat_id=base_uid)
            tg.push(warm)
            tg.wait_for("sendMessage", chat_id=base_uid, timeout=120)

            pings: list[float] = []
            stop = threading.Event()
            pinger_uid = base_uid + 1
            count = [0]

            def ping() -> float:
                count[0] += 1
                sent = time.monotonic()
                tg.push(ft.message("hi", user_id=pinger_uid, chat_id=pinger_uid))
                tg.wait_for("sendMessage", count[0], chat_id=pinger_uid, timeout=120)
                return time.monotonic() - sent

            idle = []
            for _ in range(8):
                idle.append(ping())
                time.sleep(0.1)

            def pinger() -> None:
                while not stop.is_set():
                    pings.append(ping())
                    time.sleep(0.2)

            sent_at: dict[int, float] = {}
            start = time.monotonic()
            thread = threading.Thread(target=pinger, daemon=True)
            thread.start()
            for i, url in enumerate(urls):
                uid = base_uid + 10 + i
                sent_at[uid] = time.monotonic()
                tg.push(ft.message(url, user_id=uid, chat_id=uid))
            latencies = []
            for uid, sent in sent_at.items():
                (reply,) = tg.wait_for("sendMessage", chat_id=uid, timeout=300)
                assert "Harbour report" in (reply.visible_text or ""), reply.visible_text
                latencies.append(reply.at - sent)
            total = time.monotonic() - start
            stop.set()
            thread.join(30)
    return {
        "workers": workers,
        "total_s": total,
        "per_s": len(urls) / total,
        "p50_s": statistics.median(latencies),
        "p95_s": _percentile(latencies, 0.95),
        "idle_p50_s": statistics.median(idle),
        "ping_p50_s": statistics.median(pings) if pings else float("nan"),
        "ping_max_s": max(pings) if pings else float("nan"),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--users", type=int, default=24)
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    args = parser.parse_args()
    rows = []
    with FakeTelegram() as tg, LoopbackHTTPServer() as site:
        urls = _pages(site, args.users)
        for n, workers in enumerate(args.workers):
            rows.append(run_once(tg, urls, workers, base_uid=100_000 * (n + 1)))
    print(f"{args.users} users, one distinct article link each, burst at once\n")
    print(
        "| workers | total s | links/s | reply p50 s | reply p95 s "
        "| hint idle p50 s | hint under load p50 s | hint under load max s |"
    )
    print("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    for r in rows:
        print(
            f"| {r['workers']} | {r['total_s']:.2f} | {r['per_s']:.2f} | {r['p50_s']:.2f} "
            f"| {r['p95_s']:.2f} | {r['idle_p50_s']:.3f} | {r['ping_p50_s']:.3f} "
            f"| {r['ping_max_s']:.3f} |"
        )
    if len(rows) > 1:
        print(f"\nthroughput ratio {rows[-1]['workers']} vs {rows[0]['workers']} workers: "
              f"{rows[-1]['per_s'] / rows[0]['per_s']:.2f}x")  # fmt: skip


if __name__ == "__main__":
    main()
