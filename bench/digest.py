"""Digest hot paths on synthetic data we generate here: feed parsing per poll, and planning.

    python -m bench.digest [--items 50] [--candidates 300] [--repeats 5]

`parse_for_store` is what every poll runs off the event loop (feedparser + a two-sentence lead
per item); `plan_digest` is what every digest runs on the loop (group, rank, render, split).
The baseline for parsing is feedparser alone on the same bytes, so the ratio is our overhead.
Medians of `--repeats` runs, milliseconds.
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

from bot.digest.build import Candidate, DigestOptions, plan_digest
from bot.digest.poll import parse_for_store

PARA = (
    "The council met on Tuesday to discuss the new harbour plan. Dr. Vos said the plan would "
    "cost 4.5 million euros over three years. Critics argued it was too expensive, and several "
    "residents spoke against it. "
)


def make_feed(items: int) -> bytes:
    body = "".join(
        f"<item><title>Story {i}</title><link>https://n.example/{i}</link><guid>g{i}</guid>"
        f"<pubDate>Tue, 03 Nov 2026 08:{i % 60:02d}:00 GMT</pubDate>"
        f"<description>{PARA * 8}</description></item>"
        for i in range(items)
    )
    head = '<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>'
    return f"{head}{body}</channel></rss>".encode()


def make_candidates(n: int, now: datetime) -> list[Candidate]:
    return [
        Candidate(
            item_id=i,
            dedup_key=f"n.example/{i // 2 if i % 7 == 0 else i}",
            title=f"Story {i} about the harbour plan",
            link=f"https://n.example/{i}",
            feed_title=f"Feed {i % 5}",
            summary=PARA[:300],
            published=now - timedelta(minutes=7 * i),
            first_seen=now - timedelta(minutes=7 * i - 3),
        )
        for i in range(n)
    ]


def median_ms(fn: Callable[[], object], repeats: int) -> float:
    fn()
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--items", type=int, default=50)
    parser.add_argument("--candidates", type=int, default=300)
    parser.add_argument("--repeats", type=int, default=5)
    args = parser.parse_args()
    import feedparser

    feed = make_feed(args.items)
    now = datetime(2026, 11, 3, 12, tzinfo=UTC)
    cands = make_candidates(args.candidates, now)
    base = median_ms(lambda: feedparser.parse(feed), args.repeats)
    ours = median_ms(lambda: parse_for_store(feed, "https://n.example/rss", None), args.repeats)
    plan10 = median_ms(lambda: plan_digest(cands, now, DigestOptions()), args.repeats)
    plan30 = median_ms(lambda: plan_digest(cands, now, DigestOptions(max_items=30)), args.repeats)
    print("| step | input | median ms |\n|---|---|---|")
    print(
        f"| feedparser.parse (baseline) | {args.items} items, {len(feed) // 1024} KiB "
        f"| {base:.1f} |"
    )
    print(f"| parse_for_store | same | {ours:.1f} ({ours / base:.2f}x baseline) |")
    print(f"| plan_digest, max 10 | {args.candidates} candidates | {plan10:.1f} |")
    print(f"| plan_digest, max 30 | {args.candidates} candidates | {plan30:.1f} |")


if __name__ == "__main__":
    main()
