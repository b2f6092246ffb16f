"""The scale benchmark's report: what one run measured (`Result`) and the table of the runs with
the lines under it (`report`): the week, memory, wall time by step and the farm's requests.

The command line and the run's steps, which fill a `Result`, are bench/scale.py; the feed farm
and the database bench/scale_setup.py; the simulated week (`Week`) bench/scale_week.py.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import numpy as np

from bench.scale_week import Week
from tests.helpers import LimitedTelegram

PER_SECOND = LimitedTelegram.PER_SECOND  # Telegram's limits, as the fake Bot API enforces them
PER_GROUP_MINUTE = LimitedTelegram.PER_GROUP_MINUTE


@dataclass
class Result:
    """What one run measured (bench/scale.py's `run_once` fills it), one row of the table."""

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


def _p(values: list[float], q: float) -> str:
    return f"{np.percentile(values, q):.0f}" if values else "-"


def report(results: list[Result], poll_minutes: int) -> str:
    """The runs' table and the lines under it; `poll_minutes`: the bots' polling interval."""
    lines = [
        f"Polling interval {poll_minutes} min; limits enforced by the fake Bot API: {PER_SECOND} "
        f"sends/s per bot, {PER_GROUP_MINUTE}/min per group.",
        "",
        "| feeds | chats | subscriptions | database | replicas | poll cycle s (interval "
        f"{poll_minutes * 60}) | feeds polled/min | articles/s | chats with items | got digest "
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
