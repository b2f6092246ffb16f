"""Long pastes across replicas and restarts, on SQLite and PostgreSQL.

Two real bot instances share one database, each behind its own fake Bot API (as behind a load
balancer): the parts of one paste alternate between them, a moment apart as a client sends
them, and exactly one instance answers, once. A bot killed (SIGKILL) while parts wait loses
nothing: the next start answers them.
"""

from __future__ import annotations

import asyncio
import itertools
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path

import pytest

from bot.storage import pastes
from bot.storage.db import open_database
from tests import fake_telegram as ft
from tests.bot_articles import PASTED_TEXT
from tests.bot_harness import RunningBot, bot_settings
from tests.fake_telegram import TOKEN, Call, FakeTelegram
from tests.paste_articles import client_cut, valley_article

WAIT = 2.0
GAP = 0.3  # between two parts, as a client sends them one after the other
_ids = itertools.count(62_001)
ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def db_url(migrated_db_url: str) -> str:
    """At the newest schema already (tests/conftest.py): these tests need the tables."""
    return migrated_db_url


@contextmanager
def replicas(db_url: str, tmp_path: Path, count: int = 2) -> Iterator[list[FakeTelegram]]:
    """`count` running bots on one database, each reached only through its own fake Bot API."""
    with ExitStack() as stack:
        fakes = []
        for _ in range(count):
            tg = stack.enter_context(FakeTelegram())
            settings = bot_settings(
                tg, tmp_path / "unused.sqlite3", database_url=db_url, paste_wait_seconds=WAIT
            )
            stack.enter_context(RunningBot(settings))
            fakes.append(tg)
        yield fakes


def _send(tg: FakeTelegram, text: str, uid: int) -> dict[str, object]:
    update = ft.message(text, user_id=uid, chat_id=uid)
    tg.push(update)
    return update["message"]


def _answers(fakes: list[FakeTelegram], uid: int) -> list[Call]:
    return [call for tg in fakes for call in tg.calls_to("sendMessage", chat_id=uid)]


def _wait_for_answers(fakes: list[FakeTelegram], uid: int, count: int, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while len(_answers(fakes, uid)) < count:
        assert time.monotonic() < deadline, f"fewer than {count} answers within {timeout} s"
        time.sleep(0.05)


def _quoted(call: Call) -> object:
    return (call.params.get("reply_parameters") or {}).get("message_id")


@pytest.mark.parametrize("count", [2, 5, 15])
async def test_parts_alternating_between_replicas_get_one_answer(
    db_url: str, tmp_path: Path, count: int
) -> None:
    parts = client_cut(valley_article(count))
    with replicas(db_url, tmp_path) as fakes:
        uid, whole = next(_ids), next(_ids)
        # the whole text in one message (the fake allows it) is the same article: same answer.
        # Sent first: a text this long waits WAIT for more, meanwhile the parts go out.
        _send(fakes[0], "\n\n".join(parts), whole)
        sent = []
        for i, part in enumerate(parts):
            sent.append(_send(fakes[i % 2], part, uid))
            await asyncio.sleep(GAP)
        last_sent = time.monotonic()
        _wait_for_answers(fakes, uid, 1, timeout=60)
        # by WAIT + 1.5 s after the last part, a part left to its own wait would have answered
        await asyncio.sleep(max(0.0, last_sent + WAIT + 1.5 - time.monotonic()))
        (answer,) = _answers(fakes, uid)
        assert _quoted(answer) == sent[0]["message_id"]
        assert "min of reading saved" in (answer.visible_text or "")
        _wait_for_answers(fakes, whole, 1, timeout=60)
        assert _answers(fakes, whole)[0].visible_text == answer.visible_text


def _start_child_bot(tg: FakeTelegram, db_url: str, tmp_path: Path) -> subprocess.Popen[bytes]:
    """`python -m bot`, in a process group of its own, holding a paste half a minute."""
    env = {
        **os.environ,
        "TELEGRAM_BOT_TOKEN": TOKEN,
        "TELEGRAM_API_BASE_URL": tg.base_url,
        "DATABASE_URL": db_url,
        "PASTE_WAIT_SECONDS": "30",
        "FETCH_ALLOW_PRIVATE_NETWORKS": "true",
        "PYTHONPATH": str(ROOT),
    }
    return subprocess.Popen(
        [sys.executable, "-m", "bot"],
        cwd=tmp_path,  # no .env of the checkout
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )


async def _parts_stored(db_url: str, uid: int, count: int, within: float = 60.0) -> None:
    db = await open_database(db_url)
    try:
        deadline = time.monotonic() + within
        while True:
            pending = await pastes.peek(db, uid, uid)
            if pending is not None and pending.version == count:
                return
            assert time.monotonic() < deadline, "the parts were not stored"
            await asyncio.sleep(0.1)
    finally:
        await db.close()


async def test_parts_waiting_when_the_bot_is_killed_are_answered_after_the_restart(
    db_url: str, tmp_path: Path
) -> None:
    uid = next(_ids)
    parts = client_cut(valley_article(3))[:2]  # both cut near the limit: the paste waits
    with FakeTelegram() as tg:
        child = _start_child_bot(tg, db_url, tmp_path)
        try:
            tg.wait_for("setMyCommands", timeout=60)
            sent = [_send(tg, part, uid) for part in parts]
            await _parts_stored(db_url, uid, len(parts))
        finally:
            os.killpg(child.pid, signal.SIGKILL)  # the child and its worker: a crash
            child.wait(30)
        assert not tg.calls_to("sendMessage", chat_id=uid)
        settings = bot_settings(tg, tmp_path / "unused.sqlite3", database_url=db_url)
        restarted = time.monotonic()
        with RunningBot(settings):
            (answer,) = tg.wait_for("sendMessage", chat_id=uid, timeout=30)
            assert answer.at - restarted < 10
            assert _quoted(answer) == sent[0]["message_id"]
            assert "min of reading saved" in (answer.visible_text or "")
            later = _send(tg, PASTED_TEXT, uid)  # the next text is a text of its own
            (own,) = tg.wait_for("sendMessage", 2, chat_id=uid)[1:]
            assert _quoted(own) == later["message_id"]
            await asyncio.sleep(WAIT + 1.5)
            assert len(tg.calls_to("sendMessage", chat_id=uid)) == 2
