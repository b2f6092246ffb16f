"""RSS, PSS, peak RSS and CPU time of a process tree, read from /proc (Linux; no psutil needed)."""

from __future__ import annotations

import os
import threading
import time

CLOCK_TICKS = os.sysconf("SC_CLK_TCK")


def process_tree(pid: int) -> list[int]:
    """`pid` and all its descendants (via /proc/<pid>/task/<tid>/children)."""
    found, todo = [], [pid]
    while todo:
        current = todo.pop()
        found.append(current)
        try:
            tasks = os.listdir(f"/proc/{current}/task")
        except OSError:
            continue
        for tid in tasks:
            try:
                with open(f"/proc/{current}/task/{tid}/children") as f:
                    todo.extend(int(c) for c in f.read().split())
            except OSError:
                pass
    return found


def _status_kb(pid: int, key: str) -> int:
    try:
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                if line.startswith(key + ":"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def rss_mb(pid: int) -> float:
    return _status_kb(pid, "VmRSS") / 1024


def anon_mb(pid: int) -> float:
    """Private heap and stacks (RssAnon): what the process itself allocated, no mapped files."""
    return _status_kb(pid, "RssAnon") / 1024


def pss_mb(pid: int) -> float:
    """Proportional set size: shared pages (libraries, copy-on-write) split between sharers."""
    try:
        with open(f"/proc/{pid}/smaps_rollup") as f:
            for line in f:
                if line.startswith("Pss:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def peak_rss_mb(pid: int) -> float:
    """The kernel's own high-water mark of the process's RSS (VmHWM)."""
    return _status_kb(pid, "VmHWM") / 1024


def cpu_seconds(pid: int) -> float:
    try:
        with open(f"/proc/{pid}/stat") as f:
            fields = f.read().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / CLOCK_TICKS  # utime + stime


class RssSampler(threading.Thread):
    """Samples the memory of the bot and of its whole process tree every `every` seconds.

    `peak_total` is the highest sum of RSS over the tree at one sample: shared pages (the
    Python binary, numpy's and lxml's libraries) count once per process there, so it overstates
    what the tree costs the machine; `peak_pss` splits shared pages between their sharers and is
    the honest sum. `peaks` keeps each process's own high-water mark by role (bot, worker, ...).
    """

    def __init__(self, pid: int, every: float = 0.2) -> None:
        super().__init__(daemon=True)
        self.pid, self.every = pid, every
        self.peak_main = self.peak_total = self.peak_pss = 0.0
        self.peaks: dict[int, tuple[str, float, float]] = {}  # pid: (role, RSS MB, anon MB)
        self.samples: list[tuple[float, float, float]] = []  # (time, bot RSS, tree RSS) MB
        self.stop = threading.Event()

    def run(self) -> None:
        while not self.stop.wait(self.every):
            self.sample()

    def sample(self) -> None:
        tree = process_tree(self.pid)
        sizes = {p: rss_mb(p) for p in tree}
        main, total = sizes.get(self.pid, 0.0), sum(sizes.values())
        self.peak_main = max(self.peak_main, main)
        self.peak_total = max(self.peak_total, total)
        self.peak_pss = max(self.peak_pss, sum(pss_mb(p) for p in tree))
        self.samples.append((time.monotonic(), main, total))
        for p, size in sizes.items():
            name, top, anon = self.peaks.get(p) or (role(p), 0.0, 0.0)
            if p != self.pid and name == "bot":  # seen forked, before its exec: look again
                name = role(p)
            self.peaks[p] = (name, max(top, size), max(anon, anon_mb(p)))

    def by_role(self) -> str:
        """Each process's peak, e.g. 'bot 190 (anon 120), worker 160 (anon 95)'."""
        return ", ".join(
            f"{name} {top:.0f} (anon {anon:.0f})" for name, top, anon in self.peaks.values()
        )


def role(pid: int) -> str:
    try:
        with open(f"/proc/{pid}/cmdline", "rb") as f:
            argv = f.read().decode(errors="replace").split("\0")
    except OSError:
        return "?"
    line = " ".join(argv)
    if "bench.load_bot" in line:
        return "bot"
    if "resource_tracker" in line:
        return "resource tracker"
    if "spawn_main" in line:
        return "worker"
    return argv[0].rsplit("/", 1)[-1]


def tree_cpu(pid: int) -> float:
    return sum(cpu_seconds(p) for p in process_tree(pid))
