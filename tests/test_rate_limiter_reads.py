"""The bot's rate limiter holds only what Telegram's limits count: messages put into a chat.
Reads in a group (getChatMember for an admin check, getChat) are not held back by the group's
20 messages a minute, so an admin's commands never wait for a digest's sends."""

from __future__ import annotations

import asyncio

from bot.app import PacedRateLimiter
from bot.storage.sendpace import SharedPacer

GROUP = -100_555_001


async def test_reads_in_a_group_pass_while_its_sends_are_held_at_twenty_a_minute() -> None:
    limiter = PacedRateLimiter(SharedPacer(lambda: None, 28))
    await limiter.initialize()
    done: list[str] = []

    async def callback(*args: object, **kwargs: object) -> bool:
        done.append(str(kwargs.get("what")))
        return True

    def request(endpoint: str) -> asyncio.Future[object]:
        data = {"chat_id": GROUP, "user_id": 7}
        kwargs = {"what": endpoint}
        return asyncio.ensure_future(
            limiter.process_request(callback, (), kwargs, endpoint, data, None)
        )

    try:
        # 40 reads: under the group's limit the 40th would wait a minute
        await asyncio.wait_for(asyncio.gather(*(request("getChatMember") for _ in range(40))), 10)
        assert done.count("getChatMember") == 40
        sends = [request("sendMessage") for _ in range(21)]
        finished, held = await asyncio.wait(sends, timeout=2.5)
        assert len(finished) == 20 and len(held) == 1  # the 21st waits its 3 s: still limited
        for task in held:
            task.cancel()
    finally:
        await limiter.shutdown()
