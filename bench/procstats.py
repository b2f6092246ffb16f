"""RSS, PSS, peak RSS and CPU time of a process tree, read from /proc (Linux; no psutil needed)."""

from __future__ import annotations

import os
import threading

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
    """Samples RSS of the bot and of its whole process tree every `every` seconds."""

    def __init__(self, pid: int, every: float = 0.2) -> None:
        super().__init__(daemon=True)
        self.pid, self.every = pid, every
        self.peak_main = self.peak_total = self.peak_pss = 0.0
        self.stop = threading.Event()

    def run(self) -> None:
        while not self.stop.wait(self.every):
            tree = process_tree(self.pid)
            main = rss_mb(self.pid)
            self.peak_main = max(self.peak_main, main)
            self.peak_total = max(self.peak_total, main + sum(rss_mb(p) for p in tree[1:]))
            self.peak_pss = max(self.peak_pss, sum(pss_mb(p) for p in tree))


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
