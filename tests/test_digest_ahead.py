"""Digests planned before their minute and sent at it (bot.digest.ahead), through the real
Application, the fake Bot API, a real SQLite file (or PostgreSQL) and a clock moved by hand.

The rules under test: a chat due within PLAN_AHEAD has its run planned and recorded before the
minute and sent at it, not before; an item that arrives between planning and the minute goes
into the next digest (never lost, never twice); a run planned before a restart is sent once,
after it, at its minute; while digests are being sent the feed job polls at a lower share.
"""

from __future__ import annotations

import asyncio
import re
import time
from collections import Counter
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from bot.digest import jobs
from bot.digest.schedule import parse_schedule
from bot.digest.store import DigestStore
from bot.storage.db import open_database
from bot.storage.migrations import migrate
from tests.bot_harness import RunningBot, bot_settings
from tests.digest_bot_helpers import DigestTelegram, controlled, rss, run_in_bot
from tests.digest_helpers import Clock, item, outcome
from tests.servers.http import LoopbackHTTPServer, Request, Response

FEED = "https://news.example/feed.xml"
CHAT = -1_000_800_001
MINUTE = datetime(2026, 12, 7, 8, 0, tzinfo=UTC)  # the chat's "daily 08:00 UTC"


@pytest.fixture
def db_url(migrated_db_url: str) -> str:
    """At the newest schema already (tests/conftest.py): these tests need the tables."""
    return migrated_db_url


async def _store_call(db_url: str, work) -> object:  # type: ignore[no-untyped-def]
    db = await open_database(db_url)
    try:
        return await work(DigestStore(db))
    finally:
        await db.close()


async def _seed(db_url: str, clock: Clock, stories: range) -> None:
    """One chat following one feed with `stories`, due daily at MINUTE."""
    await migrate(db_url)

    async def work(store: DigestStore) -> None:
        await store.subscribe(CHAT, FEED, now=clock() - timedelta(hours=2))
        await store.set_schedule(CHAT, parse_schedule("daily 08:00 UTC"), MINUTE)
        await _add(store, clock, stories)

    await _store_call(db_url, work)


async def _add(store: DigestStore, clock: Clock, stories: range) -> None:
    feed = await store.find_feed(FEED)
    assert feed is not None
    items = [item(n, now=clock.now, hours_ago=0.1) for n in stories]
    await store.record_poll(outcome(feed.id, FEED, clock(), items))


def _posted(tg: DigestTelegram) -> Counter[str]:
    """How often each story was posted to the chat."""
    text = "".join(call.params["text"] for call in tg.sent_to(CHAT))
    return Counter(re.findall(r"news\.example/story-(\d+)", text))


def _started(bot: RunningBot) -> None:
    """Wait until the start-up catch-up (bot.digest.jobs) has run and ended: it runs the digest
    job too, and beside a tick of the test it would plan the same chat with the same owner."""
    assert bot.app is not None
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if jobs.catch_up_ended(bot.app):
            return
        time.sleep(0.02)
    raise AssertionError("the start-up catch-up did not finish")


def _tick(bot: RunningBot) -> None:
    run_in_bot(bot, lambda app: jobs.deliver_due(app.bot_data))


def _settings(tg: DigestTelegram, db_url: str, tmp_path: Path):  # type: ignore[no-untyped-def]
    return bot_settings(tg, tmp_path / "unused.sqlite3", database_url=db_url)


async def test_a_digest_due_soon_is_planned_before_its_minute_and_sent_at_it(
    db_url: str, tmp_path: Path
) -> None:
    clock = Clock(MINUTE - timedelta(minutes=5))
    await _seed(db_url, clock, range(1, 4))
    with (
        DigestTelegram() as tg,
        RunningBot(_settings(tg, db_url, tmp_path), controlled(clock)) as bot,
    ):
        _started(bot)
        _tick(bot)  # 07:55: planned and recorded, nothing sent
        assert tg.sent_to(CHAT) == []
        # a story that arrives after planning: not in this digest, in the next one
        clock.advance(minutes=2)
        run_in_bot(bot, lambda app: _add(app.bot_data.digests, clock, range(4, 5)))
        clock.now = MINUTE - timedelta(seconds=30)
        _tick(bot)
        assert tg.sent_to(CHAT) == []  # not before its minute
        clock.now = MINUTE
        _tick(bot)
        assert _posted(tg) == Counter({"1": 1, "2": 1, "3": 1})
        clock.now = MINUTE + timedelta(minutes=1)
        _tick(bot)  # the slot is done: nothing more today
        assert len(tg.sent_to(CHAT)) == 1
        clock.now = MINUTE + timedelta(days=1)
        _tick(bot)
        assert _posted(tg) == Counter({"1": 1, "2": 1, "3": 1, "4": 1})  # none lost, none twice


async def test_a_run_planned_before_a_restart_is_sent_once_after_it_at_its_minute(
    db_url: str, tmp_path: Path
) -> None:
    clock = Clock(MINUTE - timedelta(minutes=5))
    await _seed(db_url, clock, range(1, 4))
    with DigestTelegram() as tg:
        with RunningBot(_settings(tg, db_url, tmp_path), controlled(clock)) as bot:
            _started(bot)
            _tick(bot)  # planned at 07:55; the process ends before the minute
        assert tg.sent_to(CHAT) == []
        clock.advance(minutes=2)
        await _store_call(db_url, lambda store: _add(store, clock, range(4, 5)))
        # started again before the minute: the planned run waits for it
        with RunningBot(_settings(tg, db_url, tmp_path), controlled(clock)) as bot:
            _started(bot)
            assert tg.sent_to(CHAT) == []
        # and again after it: the start-up catch-up sends the planned run, once
        clock.now = MINUTE + timedelta(minutes=3)
        with RunningBot(_settings(tg, db_url, tmp_path), controlled(clock)) as bot:
            _started(bot)  # the catch-up's sends are done when it ends
            _tick(bot)
            assert _posted(tg) == Counter({"1": 1, "2": 1, "3": 1})  # as planned, once
            assert len(tg.sent_to(CHAT)) == 1
            clock.now = MINUTE + timedelta(days=1)
            _tick(bot)
            assert _posted(tg) == Counter({"1": 1, "2": 1, "3": 1, "4": 1})


def test_feeds_are_polled_at_a_lower_share_while_digests_are_sent(
    http_server: LoopbackHTTPServer, tmp_path: Path
) -> None:
    """A due digest's first message is held in flight; meanwhile the feed job runs: at most
    POLL_CONCURRENCY_WHILE_SENDING (2) of the eight due feeds are fetched at once (the setting
    allows 8)."""
    arrivals: list[float] = []

    def slow_feed(_request: Request) -> Response:
        arrivals.append(time.monotonic())
        return Response(200, body=rss("Slow News", []), delay=0.4,
                        content_type="application/rss+xml")  # fmt: skip

    feeds = [http_server.route(f"/slow/{n}.xml", handler=slow_feed) for n in range(8)]
    clock = Clock(MINUTE)
    with DigestTelegram() as tg:
        settings = bot_settings(tg, tmp_path / "bot.sqlite3", feed_poll_concurrency=8)
        with RunningBot(settings, controlled(clock)) as bot:
            _started(bot)

            async def seed(app) -> None:  # type: ignore[no-untyped-def]
                store: DigestStore = app.bot_data.digests
                await store.subscribe(CHAT, FEED, now=clock() - timedelta(hours=2))
                await _add(store, clock, range(1, 4))
                await store.set_schedule(CHAT, parse_schedule("daily 08:00 UTC"), MINUTE)
                for url in feeds:
                    await store.subscribe(CHAT - 1, url, now=clock())

            run_in_bot(bot, seed)
            held = tg.hold("sendMessage", 1, timeout=30)
            assert bot._loop is not None
            sending = asyncio.run_coroutine_threadsafe(
                jobs.deliver_due(bot.app.bot_data),
                bot._loop,  # type: ignore[union-attr]
            )
            assert held.arrived.wait(10)
            try:
                run_in_bot(bot, lambda app: jobs.poll_feeds(app.bot_data, app.bot))
            finally:
                held.release.set()
                sending.result(30)
    assert len(arrivals) == 8
    at_once = max(sum(1 for t in arrivals if start <= t < start + 0.3) for start in arrivals)
    assert at_once <= 2  # jobs.POLL_CONCURRENCY_WHILE_SENDING (all 8 at once before)


async def test_two_replicas_plan_and_send_each_chat_once(db_url: str, tmp_path: Path) -> None:
    """Two bot instances on one database plan ahead and send at the minute at the same time:
    every chat one run and one message (the digest leases, bot.digest.claims)."""
    chats = [CHAT - n for n in range(30)]
    clock = Clock(MINUTE - timedelta(minutes=5))
    await migrate(db_url)

    async def seed(store: DigestStore) -> None:
        for chat in chats:
            await store.subscribe(chat, FEED, now=clock() - timedelta(hours=2))
            await store.set_schedule(chat, parse_schedule("daily 08:00 UTC"), MINUTE)
        await _add(store, clock, range(1, 4))

    await _store_call(db_url, seed)
    with (
        DigestTelegram() as tg_a,
        DigestTelegram() as tg_b,
        RunningBot(_settings(tg_a, db_url, tmp_path), controlled(clock)) as a,
        RunningBot(_settings(tg_b, db_url, tmp_path), controlled(clock)) as b,
    ):
        _started(a)
        _started(b)
        for moment in (MINUTE - timedelta(minutes=5), MINUTE):
            clock.now = moment
            both = [
                asyncio.run_coroutine_threadsafe(
                    jobs.deliver_due(bot.app.bot_data),  # type: ignore[union-attr]
                    bot._loop,  # type: ignore[arg-type]
                )
                for bot in (a, b)
            ]
            for future in both:
                future.result(60)
            if moment < MINUTE:  # planned, one run a chat, nothing sent yet
                assert tg_a.calls_to("sendMessage") == tg_b.calls_to("sendMessage") == []
                planned = await _store_call(db_url, lambda store: store.open_runs())
                assert sorted(chat for chat, _ in planned) == sorted(chats)  # type: ignore[attr-defined]
    sent = Counter(
        int(call.params["chat_id"]) for tg in (tg_a, tg_b) for call in tg.calls_to("sendMessage")
    )
    assert sent == Counter({chat: 1 for chat in chats})
    runs = await _store_call(db_url, lambda store: store.open_runs())
    assert runs == []  # every planned run finished


async def test_a_planned_send_renews_its_lease_only_when_due_and_still_fails_after_a_stall(
    db_url: str,
) -> None:
    """bot.digest.ahead.fenced: right after the lease was taken, no renewal is needed; after a
    stall past the ttl (the loop blocked, its heartbeat too) in which another replica took the
    chat, the next message's check renews and raises LeaseLost instead of posting."""
    from bot.digest.ahead import fenced
    from bot.storage import leases

    db = await open_database(db_url)
    try:
        async with leases.hold(db, "digest", CHAT, "replica-a", 0.9) as lease:
            assert lease is not None
            ensure = fenced(lease)
            await ensure()  # just taken: nothing to write, nothing raised
            time.sleep(1.0)  # noqa: ASYNC251  (a stall: the loop and its heartbeat blocked past the ttl)
            async with leases.hold(db, "digest", CHAT, "replica-b", 60) as taken:
                assert taken is not None  # the other replica has the chat now
                with pytest.raises(leases.LeaseLost):
                    await ensure()
    finally:
        await db.close()
