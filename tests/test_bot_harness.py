"""The test harness stops the bot whenever the stop arrives, as SIGTERM does in production.

A stop that landed in the loop pass ending `run_until_complete(application.start())` used to be
lost (`loop.stop()` there ends that call, and the `run_forever` after it ran on): a test that
left its `with RunningBot(...)` at once then failed now and then with "bot did not stop within
30 s" (tests/test_job_queue_stop.py on a loaded machine).
"""

from __future__ import annotations

from pathlib import Path

from telegram.ext import Application

from tests.bot_harness import RunningBot, bot_settings
from tests.fake_telegram import FakeTelegram


def test_a_stop_that_arrives_as_start_up_ends_stops_the_bot(tmp_path: Path) -> None:
    with FakeTelegram() as tg:
        bot = RunningBot(bot_settings(tg, tmp_path / "g.sqlite3"))

        def stop_as_start_ends(app: Application) -> None:  # type: ignore[type-arg]
            start = app.start

            async def start_then_stop() -> None:
                await start()
                bot.request_stop()  # queued for the pass that ends run_until_complete(start())

            app.start = start_then_stop  # type: ignore[method-assign]

        bot.setup = stop_as_start_ends
        bot.start()
        bot.join(timeout=20)
        assert bot.error is None
        assert bot.app is not None and not bot.app.running
