"""Each chat's own Telegram limit: at most 20 messages a minute into one chat.

Apart from the deliverer because it is a policy of its own (a sliding window per chat, waiting
rather than dropping) that tests and benches swap for a faster one (`per_minute`) or one that
stalls on purpose; the bot-wide pace across replicas is bot.storage.sendpace.
"""

from __future__ import annotations

import asyncio
import time
from collections import defaultdict, deque
from collections.abc import Awaitable, Callable


class ChatRateLimiter:
    """At most `per_minute` messages per chat in any 60 s window: waits, never drops."""

    def __init__(
        self,
        per_minute: int = 20,
        *,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    ) -> None:
        self._per_minute = per_minute
        self._clock = clock
        self._sleep = sleep
        self._sent: defaultdict[int, deque[float]] = defaultdict(deque)

    async def acquire(self, chat_id: int) -> None:
        window = self._sent[chat_id]
        while True:
            now = self._clock()
            while window and now - window[0] >= 60.0:
                window.popleft()
            if len(window) < self._per_minute:
                window.append(now)
                return
            await self._sleep(max(60.0 - (now - window[0]), 0.01))  # 0.01: no float stall
