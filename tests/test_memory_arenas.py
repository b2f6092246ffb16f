"""bot.memory: the bot caps glibc's malloc arenas, so its threads do not each keep their own."""

from __future__ import annotations

import ctypes.util
import os
import subprocess
import sys
from pathlib import Path

import pytest

from bot.memory import ARENAS, limit_malloc_arenas

ROOT = Path(__file__).resolve().parents[1]
THREADS = 8

# Eight threads allocate at the same time (a barrier keeps them all alive), then glibc's
# malloc_stats() lists its arenas on stderr ("Arena 0:", "Arena 1:", ...).
_PROBE = f"""
import ctypes, ctypes.util, sys, threading
from bot.memory import limit_malloc_arenas
if sys.argv[1] == "limit":
    limit_malloc_arenas()
barrier = threading.Barrier({THREADS})
def churn():
    barrier.wait()
    keep = [bytearray(4096) for _ in range(200)]
    barrier.wait()
threads = [threading.Thread(target=churn) for _ in range({THREADS})]
for t in threads: t.start()
for t in threads: t.join()
ctypes.CDLL(ctypes.util.find_library("c")).malloc_stats()
"""

glibc = pytest.mark.skipif(
    not sys.platform.startswith("linux") or os.confstr("CS_GNU_LIBC_VERSION") is None,
    reason="malloc arenas are glibc's",
)


def _arenas(mode: str, **env: str) -> int:
    environment = {k: v for k, v in os.environ.items() if k != "MALLOC_ARENA_MAX"} | env
    done = subprocess.run(
        [sys.executable, "-c", _PROBE, mode],
        cwd=ROOT, env=environment, capture_output=True, text=True, timeout=60, check=True,
    )  # fmt: skip
    return sum(line.startswith("Arena ") for line in done.stderr.splitlines())


@glibc
def test_threads_share_the_capped_arenas() -> None:
    assert ctypes.util.find_library("c") is not None
    assert _arenas("limit") == ARENAS
    assert _arenas("plain") > ARENAS  # what the cap is for: a thread each, without it


@glibc
def test_the_operators_own_setting_is_left_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MALLOC_ARENA_MAX", "4")
    assert limit_malloc_arenas() is False
    assert _arenas("limit", MALLOC_ARENA_MAX="4") == 4
