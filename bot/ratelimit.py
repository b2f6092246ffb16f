"""Per-user request limit: a sliding one-minute window kept in memory (lost on restart, fine)."""

from __future__ import annotations

import time
from collections import deque

WINDOW_SECONDS = 60.0


class RateLimiter:
    """Allows `per_minute` requests per key in any 60-second window."""

    def __init__(self, per_minute: int, *, clock=time.monotonic) -> None:
        self.per_minute = per_minute
        self._clock = clock
        self._hits: dict[int, deque[float]] = {}

    def check(self, key: int) -> float:
        """Record a request; 0 when allowed, else the seconds to wait (nothing recorded)."""
        now = self._clock()
        hits = self._hits.setdefault(key, deque())
        while hits and hits[0] <= now - WINDOW_SECONDS:
            hits.popleft()
        if len(hits) >= self.per_minute:
            return max(0.1, hits[0] + WINDOW_SECONDS - now)
        hits.append(now)
        if len(self._hits) > 10_000:  # forget idle users so memory stays bounded
            self._hits = {k: v for k, v in self._hits.items() if v and v[-1] > now - WINDOW_SECONDS}
        return 0.0
