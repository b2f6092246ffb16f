"""The bot's own send pace: a burst of messages through the real Application never puts more
than Telegram's 30 sends into any one second (PTB's default bucket would allow about 60). One
process on SQLite keeps that pace in memory: its database sees no write for it."""

from __future__ import annotations

import asyncio
import sqlite3
from pathlib import Path

from tests.bot_harness import RunningBot, bot_settings
from tests.digest_bot_helpers import run_in_bot
from tests.fake_telegram import FakeTelegram

BURST = 75  # private chats, so only the per-bot limit applies


def test_a_burst_of_sends_stays_within_thirty_in_any_second(tmp_path: Path) -> None:
    path = tmp_path / "bot.sqlite3"
    with FakeTelegram() as tg, RunningBot(bot_settings(tg, path)) as bot:

        async def burst(app) -> None:  # type: ignore[no-untyped-def]
            await asyncio.gather(
                *(app.bot.send_message(5000 + n, f"note {n}") for n in range(BURST))
            )

        run_in_bot(bot, burst)
        times = sorted(c.at for c in tg.calls_to("sendMessage"))
    assert len(times) == BURST
    most = max(sum(1 for t in times if start <= t < start + 1.0) for start in times)
    assert most <= 30, most
    with sqlite3.connect(path) as db:  # paced in memory: no pace row was ever written
        assert db.execute("SELECT count(*) FROM send_pace").fetchone() == (0,)
