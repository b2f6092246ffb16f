"""Telegram's flood control (429 retry_after) read through python-telegram-bot's new API.

PTB 22.2+ warns (PTBDeprecationWarning) whenever RetryAfter.retry_after is read as int seconds,
and PTB itself reads it while building the exception, so every 429 warned before our code saw
it. The bot opts in to the timedelta when it builds its Application (bot.app:
use_timedelta_periods, PTB_TIMEDELTA); the warning is an error here, on the digest
sender and on a chat reply that PTB's rate limiter retries.
"""

from __future__ import annotations

import os
from collections.abc import AsyncIterator, Iterator
from datetime import timedelta
from pathlib import Path
from types import SimpleNamespace
from typing import cast

import pytest
from telegram import Bot
from telegram.error import RetryAfter
from telegram.request import HTTPXRequest

from bot.app import use_timedelta_periods
from bot.digest.outcomes import RetryLater
from bot.digest.telegram import retry_after_seconds, telegram_sender
from tests import fake_telegram as ft
from tests.bot_harness import RunningBot, bot_settings
from tests.fake_telegram import TOKEN, FakeTelegram

pytestmark = pytest.mark.filterwarnings("error::telegram.warnings.PTBDeprecationWarning")


@pytest.fixture(autouse=True)
def timedelta_periods(monkeypatch: pytest.MonkeyPatch) -> None:
    """As the running bot is: build_application opts in before anything reads a period."""
    monkeypatch.setenv("PTB_TIMEDELTA", "")  # restored after the test, whatever it was
    monkeypatch.delenv("PTB_TIMEDELTA")
    use_timedelta_periods()


@pytest.fixture
def fake() -> Iterator[FakeTelegram]:
    with FakeTelegram() as tg:
        yield tg


@pytest.fixture
async def bot(fake: FakeTelegram) -> AsyncIterator[Bot]:
    bot = Bot(TOKEN, base_url=fake.base_url, request=HTTPXRequest(connection_pool_size=2))
    async with bot:
        yield bot


def test_retry_after_is_a_timedelta_and_reads_without_a_warning() -> None:
    exc = RetryAfter(3)  # PTB reads it in __init__: the warning came from here
    assert exc.retry_after == timedelta(seconds=3)
    assert retry_after_seconds(exc) == 3.0


def test_int_seconds_of_ptb_22_0_are_still_read() -> None:
    """PTB 22.0 and 22.1 (allowed by pyproject) know no opt-in and give int seconds."""
    older = cast(RetryAfter, SimpleNamespace(retry_after=5))
    assert retry_after_seconds(older) == 5.0


async def test_flood_control_on_a_digest_send_is_retry_later_without_a_warning(
    fake: FakeTelegram, bot: Bot
) -> None:
    fake.fail_next("sendMessage", 429, "Too Many Requests: retry after 17", 17)
    with pytest.raises(RetryLater) as info:
        await telegram_sender(bot)(-1001, 0, "<b>hi</b>")
    assert info.value.seconds == 17.0


def test_a_chat_reply_refused_with_429_is_retried_without_a_warning(tmp_path: Path) -> None:
    with FakeTelegram() as tg, RunningBot(bot_settings(tg, tmp_path / "bot.sqlite3")):
        uid = 7301
        tg.fail_next("sendMessage", 429, "Too Many Requests: retry after 1", retry_after=1)
        tg.push(ft.message("/start", chat_id=uid, user_id=uid))
        calls = tg.wait_for("sendMessage", 1, timeout=30, chat_id=uid)
        refused = [c for c in tg.calls_to("sendMessage", ok_only=False, chat_id=uid)
                   if c.status == 429]  # fmt: skip
        assert len(refused) == 1 and calls[0].at - refused[0].at >= 0.9


def test_an_operators_own_setting_is_left_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PTB_TIMEDELTA", "false")
    use_timedelta_periods()
    assert os.environ["PTB_TIMEDELTA"] == "false"
