"""How a function's cost grows, measured without wall-clock thresholds.

A test compares the CPU time of one call on an input with that on an input `factor` times
larger, in the same process, moments apart: linear code gives about `factor`, quadratic code
`factor` squared. Machine speed cancels out, and CPU time (not wall time) ignores other
processes on a busy machine. Each side is the best of a few rounds, interleaved, with the garbage
collector off, and calls are repeated until the small side takes long enough to measure.
"""

from __future__ import annotations

import gc
import time
from collections.abc import Callable

MIN_SECONDS = 0.0015  # the small input's share of one round: above timer and scheduler noise
ROUNDS = 3


def _cpu_seconds(run: Callable[[], object], repeat: int) -> float:
    start = time.process_time()
    for _ in range(repeat):
        run()
    return time.process_time() - start


def cost_ratio(slow: Callable[[], object], fast: Callable[[], object]) -> float:
    """CPU time of `slow()` over that of `fast()`: each the best of ROUNDS rounds of as many
    calls as make `fast` take MIN_SECONDS (the same number for both)."""
    fast()  # warms caches (regex compilation, lazy imports) before anything is timed
    repeat = 1
    while _cpu_seconds(fast, repeat) < MIN_SECONDS and repeat < 1 << 16:
        repeat *= 2
    enabled = gc.isenabled()
    gc.disable()
    try:
        best_slow = best_fast = float("inf")
        for _ in range(ROUNDS):
            best_fast = min(best_fast, _cpu_seconds(fast, repeat))
            best_slow = min(best_slow, _cpu_seconds(slow, repeat))
    finally:
        if enabled:
            gc.enable()
    return best_slow / max(best_fast, 1e-9)


def growth(
    run: Callable[[str], object], make: Callable[[int], str], n: int, factor: int = 8
) -> float:
    """CPU time of `run(make(factor * n))` over that of `run(make(n))`."""
    small, large = make(n), make(factor * n)
    return cost_ratio(lambda: run(large), lambda: run(small))


def repeat_to(unit: str, n: int) -> str:
    """`unit` repeated to exactly `n` characters."""
    return (unit * (n // len(unit) + 1))[:n]
