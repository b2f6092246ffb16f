"""Run the real gistbot Application against the fake Bot API, in a thread with its own loop.

The bot goes through `bot.app.build_application` and PTB's own `run_polling` (post_init,
set_my_commands, post_shutdown and all); tests talk to it only through the fake server. Its
database is brought to the newest schema in this process first (see RunningBot._run).
"""

from __future__ import annotations

import asyncio
import contextlib
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from telegram import Update
from telegram.ext import Application

from bot.app import build_application, install_redaction
from bot.storage.migrations import migrate
from config.settings import Settings, load_settings
from tests import fake_telegram as ft
from tests.fake_telegram import TOKEN, Call, FakeTelegram

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
            # Migrated here, in this process: the bot's own start would spawn a Python child for
            # it (bot.storage.schema.ensure_schema, tested in test_migrations), ~2 s a start on
            # a busy 2-core box. At head already, the start then has nothing left to do.
            loop.run_until_complete(migrate(self.settings.database_url))
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
        self.start()
        deadline = time.monotonic() + 30
        while not (self.app is not None and self.app.running):
            if self.error is not None or not self._thread.is_alive():
                raise RuntimeError(f"bot did not start: {self.error!r}")
            if time.monotonic() > deadline:
                raise RuntimeError("bot did not start within 30 s")
            time.sleep(0.02)
        return self

    def __exit__(self, *exc: object) -> None:
        self.request_stop()
        self.join()

    def start(self) -> None:
        """Start the bot's thread (`with` also waits until the application runs)."""
        install_redaction(self.settings.token)
        self._thread.start()

    def join(self, timeout: float = 30.0) -> None:
        """Wait for the bot's thread to end; an error if it runs on."""
        self._thread.join(timeout)
        if self._thread.is_alive():
            raise RuntimeError(f"bot did not stop within {timeout:g} s")

    def request_stop(self) -> None:
        """Stop `run_polling`'s `run_forever`, whenever this is called once the bot started.

        The loop is stopped one pass after the request reaches it. A plain `loop.stop()` was lost
        when it reached the loop in the pass that ends `run_until_complete(application.start())`
        (that pass stops the loop itself; the stop flag is cleared and the `run_forever` after it
        ran on), and a SIGTERM-like SystemExit there leaves that pass's own stop behind to end the
        first step of the shutdown ("Event loop stopped before Future completed")."""
        if self._loop is not None:
            with contextlib.suppress(RuntimeError):  # closed: the bot has stopped already
                self._loop.call_soon_threadsafe(self._loop.call_soon, self._loop.stop)


def send(tg: FakeTelegram, text: str, *, user_id: int, **kwargs: Any) -> dict[str, Any]:
    """A user's message (in their private chat unless `chat_id` says otherwise) pushed to the
    bot; returns the message."""
    kwargs.setdefault("chat_id", user_id)
    update = ft.message(text, user_id=user_id, **kwargs)
    tg.push(update)
    return update["message"]


def quoted(call: Call) -> int | None:
    """The id of the message a bot's message quotes (replies to), if any."""
    return (call.params.get("reply_parameters") or {}).get("message_id")


def replies_to(tg: FakeTelegram, msg: dict[str, Any], count: int = 1, **kw: Any) -> list[Call]:
    """Wait for `count` of the bot's messages quoting `msg` (`kw`: more for `tg.wait_for`)."""

    def quoting(call: Call) -> bool:
        return quoted(call) == msg["message_id"]

    return tg.wait_for("sendMessage", count, where=quoting, chat_id=msg["chat"]["id"], **kw)


def reply_to(tg: FakeTelegram, msg: dict[str, Any]) -> Call:
    """The bot's one message that quotes `msg` (waits for it)."""
    (reply,) = replies_to(tg, msg)
    return reply


def keyboard(call: Call) -> list[dict[str, Any]]:
    """The inline buttons under a bot's message, row after row."""
    return [b for row in call.params["reply_markup"]["inline_keyboard"] for b in row]


def sections(text: str) -> dict[str, str]:
    """Split a visible reply into its blocks by their headings."""
    out: dict[str, str] = {}
    for block in text.split("\n\n"):
        head, _, rest = block.partition("\n")
        out[head] = rest
    return out
