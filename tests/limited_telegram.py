"""The fake Bot API with Telegram's speed limits, for bench.scale and the replica pace tests.

It answers 429 with `retry_after` beyond 30 sendMessage calls in any second per bot, or 20 in
any minute to one group (a negative chat id), like Telegram, and records what it accepted: per
chat the send times (time.time(), so other processes can compare) and how often each text
came. With `keep_calls=False` (the benchmark) sendMessage calls are counted, not kept: 10,000s
of calls would only cost memory.
"""

from __future__ import annotations

import collections
import math
import threading
import time
from typing import Any

from tests.fake_telegram import Call, FakeTelegram, decode_params

PER_SECOND, PER_GROUP_MINUTE = 30, 20  # Telegram's limits per bot and per group


class LimitedTelegram(FakeTelegram):
    PER_SECOND, PER_GROUP_MINUTE = PER_SECOND, PER_GROUP_MINUTE

    def __init__(self, *, keep_calls: bool = False) -> None:
        super().__init__()
        self.keep_calls = keep_calls
        self._lock = threading.Lock()
        self._second: collections.deque[float] = collections.deque()
        self._group: dict[int, collections.deque[float]] = collections.defaultdict(
            collections.deque
        )
        self.sends: dict[int, list[float]] = collections.defaultdict(list)
        self.texts: dict[int, collections.Counter[str]] = collections.defaultdict(
            collections.Counter
        )
        self.too_many = 0

    def _dispatch(
        self, path: str, content_type: str | None, body: str
    ) -> tuple[int, dict[str, Any]]:
        if path.endswith("/sendMessage"):
            wait = self._admit(decode_params(content_type or "", body))
            if wait:
                return 429, {
                    "ok": False,
                    "error_code": 429,
                    "description": f"Too Many Requests: retry after {wait}",
                    "parameters": {"retry_after": wait},
                }
        return super()._dispatch(path, content_type, body)

    def _admit(self, params: dict[str, Any]) -> int:
        """0 when the send is within the limits (and counted); else the seconds to wait."""
        chat_id = int(params.get("chat_id") or 0)
        now = time.monotonic()
        with self._lock:
            second, group = self._second, self._group[chat_id]
            while second and now - second[0] >= 1.0:
                second.popleft()
            while group and now - group[0] >= 60.0:
                group.popleft()
            if len(second) >= PER_SECOND:
                self.too_many += 1
                return 1
            if chat_id < 0 and len(group) >= PER_GROUP_MINUTE:
                self.too_many += 1
                return max(1, math.ceil(60.0 - (now - group[0])))
            second.append(now)
            group.append(now)
            self.sends[chat_id].append(time.time())
            text = str(params.get("text", ""))
            self.texts[chat_id][text if self.keep_calls else str(hash(text))] += 1
            return 0

    def _record(self, call: Call) -> None:
        if not self.keep_calls and call.method in ("sendMessage", "getUpdates", "sendChatAction"):
            return
        super()._record(call)

    def send_times(self) -> dict[int, list[float]]:
        """A snapshot of every chat's accepted send times: the server's threads keep adding
        chats and times, so a reader on another thread copies under the lock."""
        with self._lock:
            return {chat: list(times) for chat, times in self.sends.items()}

    def sent_twice(self) -> int:
        """Messages accepted more than once with the same text in the same chat."""
        return sum(n - 1 for texts in self.texts.values() for n in texts.values() if n > 1)

    def busiest_second(self) -> int:
        """The most sends accepted in any one-second window."""
        times = sorted(t for sends in self.sends.values() for t in sends)
        most, start = 0, 0
        for end, at in enumerate(times):
            while at - times[start] >= 1.0:
                start += 1
            most = max(most, end - start + 1)
        return most
