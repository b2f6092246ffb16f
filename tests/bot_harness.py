"""Run the real gistbot Application against the fake Bot API, in a thread with its own loop.

The bot goes through `bot.app.build_application` and PTB's own `run_polling` (post_init,
set_my_commands, post_shutdown and all); tests talk to it only through the fake server.
"""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from telegram import Update
from telegram.ext import Application

from bot.app import build_application, install_redaction
from config.settings import Settings, load_settings
from tests.fake_telegram import TOKEN, FakeTelegram

SEED = Path(__file__).resolve().parents[2] / "shared" / "seed" / "article-putin-rouhani.txt"


def bot_settings(tg: FakeTelegram, db_path: Path, **overrides: Any) -> Settings:
    values: dict[str, Any] = {
        "telegram_bot_token": TOKEN,
        "telegram_api_base_url": tg.base_url,
        "database_url": f"sqlite+aiosqlite:///{db_path}",
        "fetch_allow_private_networks": True,
        "fetch_timeout": 2.0,
        "fetch_connect_timeout": 1.0,
        "worker_processes": 1,
    }
    values.update(overrides)
    return load_settings(**values)


class RunningBot:
    """`with RunningBot(settings) as bot:` — started and ready (post_init done) inside."""

    def __init__(
        self, settings: Settings, setup: Callable[[Application], None] | None = None
    ) -> None:
        self.settings = settings
        self.setup = setup
        self.app: Application | None = None
        self.error: BaseException | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread = threading.Thread(target=self._run, name="gistbot-under-test", daemon=True)

    def _run(self) -> None:
        loop = asyncio.new_event_loop()
        asyncio.set_event_loop(loop)
        self._loop = loop
        try:
            app = build_application(self.settings)
            if self.setup is not None:
                self.setup(app)
            self.app = app
            app.run_polling(
                timeout=1,
                stop_signals=None,
                close_loop=True,
                allowed_updates=Update.ALL_TYPES,
            )
        except BaseException as exc:
            self.error = exc

    def __enter__(self) -> RunningBot:
        install_redaction(self.settings.token)
        self._thread.start()
        deadline = time.monotonic() + 30
        while not (self.app is not None and self.app.running):
            if self.error is not None or not self._thread.is_alive():
                raise RuntimeError(f"bot did not start: {self.error!r}")
            if time.monotonic() > deadline:
                raise RuntimeError("bot did not start within 30 s")
            time.sleep(0.02)
        return self

    def __exit__(self, *exc: object) -> None:
        if self._loop is not None:
            self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(30)
        if self._thread.is_alive():
            raise RuntimeError("bot did not stop within 30 s")
