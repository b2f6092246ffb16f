"""The load benchmark's records and tables: what each request and each run left, and the
report `python -m bench.bot_load` prints (bench.bot_load drives the bot and the users)."""

from __future__ import annotations

import argparse
import math
from dataclasses import dataclass, field

import numpy as np

from bench.load_text import SIZES

POPULAR = 20  # popular URLs shared by all users


def percentile(values: list[float], q: float) -> float:
    """The q-th percentile (0..100), linear between closest ranks; NaN when there are none."""
    return float(np.percentile(values, q)) if values else math.nan


@dataclass
class Outcome:
    sent: float
    size: str
    repeated: bool
    kind: str  # summary | rate_limited | error | timeout
    latency: float = math.nan
    received: float = math.nan
    text: str = ""


@dataclass
class Run:
    workers: int
    outcomes: list[Outcome] = field(default_factory=list)
    start: float = 0.0
    end: float = 0.0
    lag: list[float] = field(default_factory=list)
    peak_main: float = 0.0
    peak_total: float = 0.0
    peak_pss: float = 0.0
    hwm_main: float = 0.0
    hwm_sum: float = 0.0
    processes: int = 0
    bot_cpu: float = 0.0  # bot process and its workers
    main_cpu: float = 0.0  # the bot process alone
    gen_cpu: float = 0.0
    tree: list[tuple[str, float, float]] = field(default_factory=list)  # (role, RSS, VmHWM)


def _ms(seconds: float) -> str:
    return "-" if math.isnan(seconds) else f"{seconds * 1000:.0f}"


def _s(seconds: float) -> str:
    return "-" if math.isnan(seconds) else f"{seconds:.2f}"


def summary_row(run: Run, seconds: float) -> dict[str, float]:
    window = [o for o in run.outcomes if o.sent <= run.end]
    done = [o for o in window if o.kind == "summary"]
    in_window = [o for o in done if o.received <= run.end]
    latencies = [o.latency for o in done]
    return {
        "requests": len(window),
        "summaries": len(done),
        "per_s": len(in_window) / seconds,
        "repeats": sum(o.repeated for o in done),
        "rate_limited": sum(o.kind == "rate_limited" for o in window),
        "errors": sum(o.kind in ("error", "timeout") for o in window),
        "p50": percentile(latencies, 50),
        "p95": percentile(latencies, 95),
        "p99": percentile(latencies, 99),
        "lag50": percentile(run.lag, 50),
        "lag99": percentile(run.lag, 99),
        "lagmax": max(run.lag, default=math.nan),
    }


def report(args: argparse.Namespace, runs: list[Run]) -> str:
    lines = [
        f"{args.users} users, {args.seconds:g} s window,"
        f" think {args.think[0]:g}-{args.think[1]:g} s,"
        f" mix short/long/very long {'/'.join(f'{m:g}' for m in args.mix)},"
        f" {args.repeat:.0%} of links to {POPULAR} popular URLs;"
        f" offered load at most ~{args.users / (sum(args.think) / 2):.0f} links/s;"
        " per-user rate limit raised to 100000/min (any 'too fast' reply: rate-limited column)",
        "",
        "| workers | requests | summaries | summaries/s | of them repeats | rate-limited | errors "
        "| reply p50 s | p95 s | p99 s | loop lag p50 ms | p99 ms | max ms "
        "| peak RSS bot MB | peak RSS bot+workers MB | peak PSS bot+workers MB "
        "| CPU s bot / workers | CPU s load gen |",
        "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: "
        "| ---: | ---: | ---: | ---: | ---: |",
    ]
    rows = []
    for run in runs:
        r = summary_row(run, args.seconds)
        rows.append(r)
        lines.append(
            f"| {run.workers} | {r['requests']} | {r['summaries']} | {r['per_s']:.2f} "
            f"| {r['repeats']} | {r['rate_limited']} | {r['errors']} "
            f"| {_s(r['p50'])} | {_s(r['p95'])} | {_s(r['p99'])} "
            f"| {_ms(r['lag50'])} | {_ms(r['lag99'])} | {_ms(r['lagmax'])} "
            f"| {run.peak_main:.0f} | {run.peak_total:.0f} ({run.processes} proc) "
            f"| {run.peak_pss:.0f} "
            f"| {run.main_cpu:.1f} / {run.bot_cpu - run.main_cpu:.1f} | {run.gen_cpu:.1f} |"
        )
    lines += [
        "",
        "Reply latency by request kind (s):",
        "",
        "| workers | kind | n | p50 | p95 | p99 |",
        "| ---: | --- | ---: | ---: | ---: | ---: |",
    ]
    for run in runs:
        done = [o for o in run.outcomes if o.kind == "summary" and o.sent <= run.end]
        kinds = [(f"fresh {size.replace('_', ' ')}", size, False) for size in SIZES]
        kinds.append(("repeat (cache)", None, True))
        for label, size, repeated in kinds:
            values = [
                o.latency
                for o in done
                if o.repeated == repeated and (size is None or o.size == size)
            ]
            lines.append(
                f"| {run.workers} | {label} | {len(values)} | {_s(percentile(values, 50))} "
                f"| {_s(percentile(values, 95))} | {_s(percentile(values, 99))} |"
            )
    lines += ["", "Processes at the end of the window: RSS / kernel peak (VmHWM), MB:"]
    for run in runs:
        parts = ", ".join(f"{role} {rss:.0f}/{hwm:.0f}" for role, rss, hwm in run.tree)
        lines.append(f"- workers={run.workers}: {parts}; VmHWM sum {run.hwm_sum:.0f}")
    if len(rows) > 1 and rows[0]["per_s"] > 0:
        first, last = runs[0].workers, runs[-1].workers
        lines.append(
            f"summaries/s {last} vs {first} workers: {rows[-1]['per_s'] / rows[0]['per_s']:.2f}x;"
            f" reply p95 {last} vs {first}: {rows[-1]['p95'] / rows[0]['p95']:.2f}x"
        )
    errors = [o for run in runs for o in run.outcomes if o.kind in ("error", "timeout")]
    if errors:
        lines.append(f"first error replies: {[o.text or o.kind for o in errors[:3]]}")
    return "\n".join(lines)
