"""Fewer malloc arenas for the bot process: its memory, not its speed, is what runs out first.

glibc gives each new thread its own malloc arena (up to 8 per core), and an arena keeps the
pages it ever used. The bot runs a thread per SQLite connection (aiosqlite) and plans digests
in asyncio's worker threads, so at 2,000 feeds the arenas alone held ~30 MB of its RSS
(bench.scale, docs/performance.md). Two arenas is what MALLOC_ARENA_MAX=2 would give; setting
it here means no operator has to know the variable. An operator's own MALLOC_ARENA_MAX wins.
"""

from __future__ import annotations

import ctypes
import logging
import os
import sys

log = logging.getLogger(__name__)

ARENAS = 2
_M_ARENA_MAX = -8  # glibc's <malloc.h>


def limit_malloc_arenas(arenas: int = ARENAS) -> bool:
    """Cap glibc's malloc arenas for threads started from now on; False where there is no glibc
    (musl, macOS) or the operator set MALLOC_ARENA_MAX. Call it before starting threads."""
    if not sys.platform.startswith("linux") or "MALLOC_ARENA_MAX" in os.environ:
        return False
    try:  # the running process's own symbols: libc is loaded (find_library would spawn ldconfig)
        mallopt = ctypes.CDLL(None).mallopt
    except (OSError, AttributeError):  # a libc without mallopt
        return False
    mallopt.argtypes, mallopt.restype = (ctypes.c_int, ctypes.c_int), ctypes.c_int
    done = bool(mallopt(_M_ARENA_MAX, arenas))
    if not done:
        log.debug("mallopt(M_ARENA_MAX) refused")
    return done
