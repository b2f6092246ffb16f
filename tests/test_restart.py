"""A process that dies mid-digest, then a new one on the same database (SQLite file, PostgreSQL).

A killed process still holds the chat's lease, for LEASE_TTL_SECONDS (120 s); its heartbeat
(bot.storage.heartbeats) is what tells the new process sooner that it is gone. A cleanly stopped
one hands its lease back and marks its heartbeat row stopped. Either way the new process's
start-up catch-up finishes the half-sent digest (no repeating jobs run: had it not taken the
chat over within its look window, HEARTBEAT_TIMEOUT + HEARTBEAT seconds, nothing would), within
seconds of the old holder being gone, and no story is lost or posted twice.

What is timed is the new process's own reaction, from the later of "it runs" and "the old
holder is gone" (its heartbeat row's `alive_until`) to the digest's last message at the fake
Bot API: not the interpreter's and the bot's start-up before it, nor the wait for a killed
holder's heartbeat to go stale, which a starved 2-core CI machine stretches (a busy run once
took over 10 s from start-up to a cleanly stopped holder's digest).

The old process is a real child process (tests/restart_child.py) running the real Application
against the fake Bot API, which holds the digest's second message until the test has ended the
child; the new process is the real Application in this process. The lease rules themselves
(stopped, silent and beating holders) are tested in tests/test_heartbeats.py.
"""

from __future__ import annotations

import asyncio
import os
import re
import signal
import sys
import time
from collections import Counter
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from bot.digest import jobs
from bot.digest.schedule import parse_schedule
from bot.digest.store import DigestStore
from bot.storage import heartbeats, leases
from bot.storage.db import open_database
from bot.storage.migrations import migrate
from tests.bot_harness import RunningBot, bot_settings
from tests.digest_bot_helpers import DigestTelegram
from tests.digest_helpers import item, outcome
from tests.fake_telegram import FakeTelegram

FEED = "https://news.example/feed.xml"
CHAT = -1_000_900_001
STORIES = 8
# seconds from the later of "the new process runs" and "the old holder is gone" to the digest's
# last message: ~0.3 s on an idle machine (one look every TAKEOVER_CHECK_SECONDS, one send), and
# far below the 120 s lease ttl a takeover without the heartbeat would wait for
TAKEOVER_BUDGET = 10.0
# The cleanly stopped child says it is alive for this long after each beat: had its stop not
# marked it stopped and handed its lease back, no start-up catch-up could take its chat over.
STOPPED_CHILD_STALENESS = 600.0
# Waits end as soon as what they wait for is seen (a call at the fake Bot API, a process gone);
# these only say when to give up, generous for a busy 2-core machine (there a child took ~20 s
# from its launch to the digest's second message). The budget above is the one timing asserted.
WAIT = 60.0
CHILD_WAIT = 120.0  # a whole interpreter and bot start-up, before the digest's second message
ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def db_url(migrated_db_url: str) -> str:
    """At the newest schema already (tests/conftest.py): these tests need the tables."""
    return migrated_db_url


async def _seed(db_url: str, now: datetime, due: datetime) -> None:
    """One chat, subscribed to one feed with eight long stories (several messages), due at
    `due`."""
    await migrate(db_url)
    db = await open_database(db_url)
    try:
        store = DigestStore(db)
        await store.subscribe(CHAT, FEED, now=now - timedelta(hours=2))
        await store.set_schedule(CHAT, parse_schedule("every 1h UTC"), due)
        feed = await store.find_feed(FEED)
        assert feed is not None
        items = [item(n, now=now, words=120, title_words=15) for n in range(1, STORIES + 1)]
        await store.record_poll(outcome(feed.id, FEED, now, items))
    finally:
        await db.close()


def _stories(tg: FakeTelegram) -> Counter[str]:
    """How often each story was posted (in messages Telegram accepted)."""
    text = "".join(call.params["text"] for call in tg.calls_to("sendMessage", chat_id=CHAT))
    return Counter(re.findall(r"news\.example/story-(\d+)", text))


def _wait_for_every_story(tg: FakeTelegram, timeout: float = WAIT) -> float:
    """Seconds until each story was posted at least once (AssertionError after `timeout`):
    returns as soon as they were, however long the deadline."""
    start = time.monotonic()
    while len(_stories(tg)) < STORIES:
        if time.monotonic() - start > timeout:
            raise AssertionError(f"stories posted after {timeout}s: {sorted(_stories(tg))}")
        time.sleep(0.02)
    return time.monotonic() - start


def _no_timers(app) -> None:  # type: ignore[no-untyped-def]
    app.bot_data.digest_jobs = False  # the start-up catch-up only, on the real clock


async def _half_sent_by_a_child(
    tg: DigestTelegram, db_url: str, how: signal.Signals, staleness: float | None = None
) -> None:
    """Run a bot process (its heartbeat good for `staleness` s, if given) until the digest's
    second message is in flight, then end it with `how` (SIGKILL: dies holding the chat's lease;
    SIGTERM: stops cleanly)."""
    now = datetime.now(UTC)
    await _seed(db_url, now, due=now - timedelta(minutes=1))  # due as the child starts
    # the digest's second message hangs until released (at the latest `timeout` after it came)
    held = tg.hold("sendMessage", 2, timeout=CHILD_WAIT + WAIT)
    launched = time.monotonic()
    extra = [] if staleness is None else [str(staleness)]
    child = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "tests.restart_child", db_url, tg.base_url, *extra, cwd=ROOT,
        stdout=asyncio.subprocess.DEVNULL, stderr=asyncio.subprocess.DEVNULL,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )  # fmt: skip
    try:
        arrived = await asyncio.to_thread(held.arrived.wait, CHILD_WAIT)
        assert arrived, f"the child did not reach the digest's second message in {CHILD_WAIT} s"
        print(f"the child reached the digest's second message {held.arrived_at - launched:.1f} s "
              "after its launch")  # fmt: skip
        signalled = time.monotonic()
        child.send_signal(how)
        # a stopped child has marked itself stopped within a second (checked below), but its
        # interpreter's teardown scales with starvation: 0.8 s idle, 29 s once at nice 10
        await asyncio.wait_for(child.wait(), CHILD_WAIT)
        print(f"the child ended {time.monotonic() - signalled:.1f} s after {how.name}")
    finally:
        if child.returncode is None:
            child.kill()
            await child.wait()
    held.release.set()  # its answer goes nowhere: Telegram never posted message 2
    assert len(_stories(tg)) < STORIES  # half-sent


async def _child_row(db_url: str) -> heartbeats.ProcessRow:
    """The ended child's heartbeat row (the only process that ran yet)."""
    db = await open_database(db_url)
    try:
        async with db.sessions() as session:
            (row,) = list(await session.scalars(select(heartbeats.ProcessRow)))
        return row
    finally:
        await db.close()


def _gone_at(row: heartbeats.ProcessRow) -> float:
    """When (time.monotonic()) the process of `row` stopped counting as alive: its leases free.
    A clean stop sets `alive_until` to its stop; a killed process's runs out after its last beat."""
    return time.monotonic() + (row.alive_until - heartbeats.wall_clock()).total_seconds()


def _restart(tg: DigestTelegram, db_url: str, tmp_path: Path, gone_at: float, label: str) -> None:
    """A new bot process on the same database: its start-up catch-up finishes the digest within
    TAKEOVER_BUDGET of the later of its running and the old holder being gone (`gone_at`,
    time.monotonic()), every story exactly once."""
    settings = bot_settings(tg, tmp_path / "unused.sqlite3", database_url=db_url)
    started = time.monotonic()
    with RunningBot(settings, _no_timers):
        running = time.monotonic()
        _wait_for_every_story(tg)  # past the budget too: then the assert says by how much
    # when the fake Bot API took the digest's last message (the test's polling adds nothing)
    finished = max(call.at for call in tg.calls_to("sendMessage", chat_id=CHAT))
    reaction = finished - max(running, gone_at)
    print(f"restart after {label}: digest finished {reaction:.1f} s after the new process ran "
          f"and the old one was gone ({finished - started:.1f} s after start-up began, "
          f"{finished - gone_at:.1f} s after the old one was gone)")  # fmt: skip
    assert reaction < TAKEOVER_BUDGET
    assert _stories(tg) == {str(n): 1 for n in range(1, STORIES + 1)}  # none lost, none twice
    texts = [call.params["text"] for call in tg.calls_to("sendMessage", chat_id=CHAT)]
    assert len(texts) == len(set(texts)) == 2


async def test_restart_after_sigkill_mid_digest_finishes_it_within_seconds(
    db_url: str, tmp_path: Path
) -> None:
    """Killed: the lease stays held (for its 120 s ttl), the heartbeat stops; 6 s after the last
    beat the new process takes the chat over."""
    with DigestTelegram() as tg:
        await _half_sent_by_a_child(tg, db_url, signal.SIGKILL)
        row = await _child_row(db_url)
        assert row.stopped_at is None  # killed: nothing said it stopped, only its beats end
        _restart(tg, db_url, tmp_path, _gone_at(row), "SIGKILL")


async def test_restart_after_sigterm_mid_digest_finishes_it_at_once(
    db_url: str, tmp_path: Path
) -> None:
    """Stopped cleanly: the send in flight is cut off (decided by the next start), the lease is
    handed back and the process's heartbeat row says it stopped. Its beats promise it alive for
    STOPPED_CHILD_STALENESS (10 minutes): the new process can take the chat over only because
    the stop said so, never because the beats went stale."""
    with DigestTelegram() as tg:
        await _half_sent_by_a_child(tg, db_url, signal.SIGTERM, STOPPED_CHILD_STALENESS)
        row = await _child_row(db_url)
        assert row.stopped_at is not None
        db = await open_database(db_url)
        try:
            assert await leases.holder(db, jobs.KIND, CHAT) is None  # free at once
        finally:
            await db.close()
        _restart(tg, db_url, tmp_path, _gone_at(row), "SIGTERM")


async def test_a_holder_gone_just_after_a_takeover_attempt_is_still_taken_over(
    db_url: str, tmp_path: Path, monkeypatch
) -> None:
    """The catch-up tries, then looks whether the open run is still held elsewhere: a holder that
    goes away between the try and the look must get one more try, not be taken for done."""
    from bot.digest.build import DigestOptions, plan_digest

    now = datetime.now(UTC)
    await _seed(db_url, now, due=now + timedelta(hours=1))  # nothing due: only the open run
    db = await open_database(db_url)
    try:
        store = DigestStore(db)
        plan = plan_digest(await store.candidates(CHAT), now, DigestOptions())
        assert await store.create_run(CHAT, [(0, plan)], now) is not None
        await heartbeats.beat(db, "old-process", timedelta(seconds=60), first=True)
        assert await leases.claim(db, jobs.KIND, CHAT, "old-process", timedelta(seconds=120), now)
    finally:
        await db.close()

    real_deliver_due = jobs.deliver_due

    async def old_one_stops_after_the_first_try(resources):  # type: ignore[no-untyped-def]
        reports = await real_deliver_due(resources)
        await heartbeats.mark_stopped(resources.db, "old-process")
        return reports

    monkeypatch.setattr(jobs, "deliver_due", old_one_stops_after_the_first_try)
    with DigestTelegram() as tg:
        settings = bot_settings(tg, tmp_path / "unused.sqlite3", database_url=db_url)
        with RunningBot(settings, _no_timers):
            _wait_for_every_story(tg)  # not timed: taken over at all is the point
        assert _stories(tg) == {str(n): 1 for n in range(1, STORIES + 1)}
