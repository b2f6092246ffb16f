"""Two real bot instances on ONE database (SQLite file, then PostgreSQL), as two replicas run.

Each instance is the real Application (bot.app.build_application, long polling) with its own
fake Bot API server: an update reaches only the instance it was given to, as behind a load
balancer. They share nothing but the database, so the per-user rate limit, the summary cache
and the digest schedule must hold across them; each keeps its own metrics.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import re
import time
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from telegram.ext import Application

from bot.digest import jobs
from bot.digest.schedule import parse_schedule
from bot.digest.store import DigestStore
from bot.storage.db import open_database
from bot.storage.migrations import migrate
from tests import fake_telegram as ft
from tests.bot_articles import PASTED_TEXT
from tests.bot_harness import RunningBot, bot_settings
from tests.digest_bot_helpers import DigestTelegram, controlled
from tests.digest_helpers import Clock, item, outcome
from tests.fake_telegram import Call, FakeTelegram
from tests.servers.http import LoopbackHTTPServer

FEED = "https://news.example/feed.xml"
CHATS = [-1_000_700_000 - i for i in range(50)]


@pytest.fixture
def db_url(migrated_db_url: str) -> str:
    """At the newest schema already (tests/conftest.py): these tests need the tables."""
    return migrated_db_url


@contextmanager
def two_bots(
    db_url: str,
    tmp_path: Path,
    setup: Callable[[Application], None] | None = None,
    telegram: Callable[[], FakeTelegram] = FakeTelegram,
    **overrides: Any,
) -> Iterator[list[tuple[Any, RunningBot]]]:
    """[(fake Telegram, running bot)] x 2, both on `db_url` (`overrides`: more settings)."""
    with ExitStack() as stack:
        pair = []
        for _ in range(2):
            tg = stack.enter_context(telegram())
            settings = bot_settings(
                tg, tmp_path / "unused.sqlite3", database_url=db_url, **overrides
            )
            pair.append((tg, stack.enter_context(RunningBot(settings, setup=setup))))
        yield pair


def _send(tg: FakeTelegram, text: str, user_id: int) -> dict[str, Any]:
    update = ft.message(text, user_id=user_id, chat_id=user_id)
    tg.push(update)
    return update["message"]


def _reply(tg: FakeTelegram, msg: dict[str, Any]) -> Call:
    def quoting(call: Call) -> bool:
        return (call.params.get("reply_parameters") or {}).get("message_id") == msg["message_id"]

    (reply,) = tg.wait_for("sendMessage", where=quoting, chat_id=msg["chat"]["id"])
    return reply


async def test_rate_limit_and_cache_hold_across_instances_metrics_stay_per_instance(
    db_url: str, tmp_path: Path, http_server: LoopbackHTTPServer
) -> None:
    missing = http_server.url("/gone")  # 404: a quick fetch failure, no summarizing
    # a small allowance: all of it and the refusal must fall in one real minute, however slow
    # a starved machine answers; a generous fetch time, so a starved 404 is not "too long"
    with two_bots(db_url, tmp_path, rate_limit_per_minute=3, fetch_timeout=10.0) as [
        (tg_a, bot_a),
        (tg_b, bot_b),
    ]:
        limit = bot_a.settings.rate_limit_per_minute
        uid = 7_001
        for _ in range(limit):  # the whole minute's allowance, spent on instance A
            assert "HTTP 404" in _reply(tg_a, _send(tg_a, missing, uid)).visible_text
        refused = _reply(tg_b, _send(tg_b, missing, uid))  # the next one, on instance B
        assert refused.visible_text.startswith("You are sending requests too fast")
        assert _reply(tg_b, _send(tg_b, missing, 7_002)).visible_text != refused.visible_text

        first = _reply(tg_b, _send(tg_b, PASTED_TEXT, 7_003))  # summarized on B ...
        again = _reply(tg_a, _send(tg_a, PASTED_TEXT, 7_004))  # ... and served to A's user
        assert "Key quotes" in first.visible_text
        assert again.params["text"] == first.params["text"]  # from the shared cache

        a, b = bot_a.app.bot_data.metrics, bot_b.app.bot_data.metrics
        assert b.value("summaries_made_total") == 1
        assert a.value("summaries_made_total") == 0  # a cache hit is not a summary
        assert b.value("summary_seconds_count") == 1
        assert a.value("fetch_failures_total", code="http_status") == limit
        assert b.value("fetch_failures_total", code="http_status") == 1  # 7_002's; not the refusal
        assert a.value("updates_handled_total") == limit + 1
        assert b.value("updates_handled_total") == 3
        # observed just after the last reply went out: the fake server may see it first
        assert _reached(lambda: a.value("reply_seconds_count"), limit + 1) == limit + 1
        page = b.exposition()[0].decode()
        assert re.search(r"^gistbot_summaries_made_total 1\.0$", page, re.M)


def _reached(read: Callable[[], float], expected: float, timeout: float = 60.0) -> float:
    """`read()` a moment after it reached `expected` (the handler may still be finishing; on a
    starved machine it may not run for a while), or when `timeout` ran out: an extra count
    that comes with the last one still shows, for the caller's == to refuse."""
    deadline = time.monotonic() + timeout
    while read() < expected and time.monotonic() < deadline:
        time.sleep(0.02)
    time.sleep(0.1)
    return read()


async def _seed_digests(
    db_url: str, clock: Clock, chats: list[int] = CHATS, stories: int = 3, words: int = 0
) -> None:
    await migrate(db_url)
    db = await open_database(db_url)
    try:
        store = DigestStore(db)
        for chat in chats:
            await store.subscribe(chat, FEED, now=clock())
            next_due = clock.now + timedelta(hours=1)  # not at start-up: after clock.advance
            await store.set_schedule(chat, parse_schedule("every 1h UTC"), next_due)
        feed = await store.find_feed(FEED)
        assert feed is not None
        items = [
            item(n, now=clock.now, words=words, title_words=15 if words else 0)
            for n in range(1, stories + 1)
        ]  # long stories: long titles too, so the digest needs several messages
        await store.record_poll(outcome(feed.id, FEED, clock(), items))
    finally:
        await db.close()


def caught_up(bot: RunningBot) -> None:
    """Wait until the instance's start-up digest catch-up has run (it reads the clock too)."""
    assert bot.app is not None
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if jobs.catch_up_ended(bot.app):  # not "no job, no task": the task may be yet to come
            return
        time.sleep(0.02)
    raise AssertionError("the start-up catch-up did not finish")


def tick(bot: RunningBot) -> concurrent.futures.Future[Any]:
    """The instance's per-minute digest job, started on its own loop."""
    assert bot._loop is not None and bot.app is not None
    return asyncio.run_coroutine_threadsafe(jobs.deliver_due(bot.app.bot_data), bot._loop)


def _digests(tg: FakeTelegram) -> Counter[int]:
    """Digest messages per chat (the bot sends nothing else to these chats)."""
    return Counter(
        int(call.params["chat_id"])
        for call in tg.calls_to("sendMessage")
        if int(call.params["chat_id"]) in CHATS
    )


async def test_fifty_due_digests_are_each_sent_once_by_two_instances(
    db_url: str, tmp_path: Path
) -> None:
    clock = Clock()
    await _seed_digests(db_url, clock)
    with two_bots(db_url, tmp_path, controlled(clock)) as [(tg_a, a), (tg_b, b)]:
        caught_up(a), caught_up(b)
        clock.advance(hours=1, minutes=1)  # all fifty due at the same moment

        ticks = [tick(a), tick(b)]  # both replicas' per-minute job, at once
        reports = [report for done in ticks for report in done.result(120)]
        by_a, by_b = _digests(tg_a), _digests(tg_b)
        assert sorted(r.status for r in reports) == ["sent"] * len(CHATS)
        assert by_a + by_b == Counter(dict.fromkeys(CHATS, 1))  # every chat once, no more
        assert not set(by_a) & set(by_b)
        # the schedules moved on: another tick on either instance sends nothing
        assert tick(a).result(60) == [] and tick(b).result(60) == []
        assert _digests(tg_a) + _digests(tg_b) == by_a + by_b
        deliveries = [
            bot.app.bot_data.metrics.value("digest_deliveries_total", status="sent")
            for bot in (a, b)
        ]
        assert deliveries == [len(by_a), len(by_b)]


def _stories(*tgs: FakeTelegram) -> tuple[Counter[str], list[str]]:
    texts = [call.params["text"] for tg in tgs for call in tg.calls_to("sendMessage")]
    return Counter(re.findall(r"news\.example/story-(\d+)", "".join(texts))), texts


async def test_instance_killed_mid_digest_is_finished_by_the_other(
    db_url: str, tmp_path: Path
) -> None:
    clock, chat = Clock(), -1_000_800_000
    await _seed_digests(db_url, clock, [chat], stories=8, words=120)  # several messages
    with two_bots(db_url, tmp_path, controlled(clock), DigestTelegram) as [(tg_a, a), (tg_b, b)]:
        caught_up(a), caught_up(b)
        held = tg_a.hold("sendMessage", 2, timeout=60)  # A's second message hangs ...
        clock.advance(hours=1, minutes=1)
        stalled = tick(a)
        assert held.arrived.wait(30)  # ... so A stops right there, as if killed mid-digest
        assert tick(b).result(60) == []  # A's lease has not lapsed yet: B keeps off
        assert tg_b.calls_to("sendMessage") == []
        ttl = b.settings.lease_ttl_seconds
        clock.advance(seconds=ttl + 60)  # A's lease lapsed; its in-flight send is long over
        assert [report.status for report in tick(b).result(60)] == ["sent"]
        held.release.set()  # the hung request fails at last; A must not send anything more
        assert [report.status for report in stalled.result(60)] != ["sent"]
        stories, texts = _stories(tg_a, tg_b)
        assert len(tg_a.calls_to("sendMessage")) == 1 and tg_b.calls_to("sendMessage")
        assert stories == {str(n): 1 for n in range(1, 9)}  # none lost, none repeated
        assert len(set(texts)) == len(texts)
        assert tick(a).result(60) == [] and tick(b).result(60) == []  # and nothing more
