"""A lease belongs to the holder that took it, not to its process (bot.storage.leases), on a real
SQLite file and on PostgreSQL.

Until this was fixed a lease row named only the process: two tasks of one process (the minute's
digest job and a /digest for the same chat) shared one lease, either could take it while the
other held it, and the first to leave released it under the other, which then went on sending
with the chat free for every other replica.
"""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta

import pytest

from bot.digest.claims import KIND, deliver_held, run_due_digests_claimed
from bot.digest.delivery import DigestDeliverer
from bot.digest.schedule import parse_schedule
from bot.storage import leases
from bot.storage.db import Database
from tests.digest_helpers import LEASE_TTL, Clock, Telegram, item, open_store, outcome

FEED = "https://holders.example/feed.xml"
CHAT = -1_000_900_201
PROCESS = "replica-a"  # one process: every task below runs under its owner id


@pytest.fixture
def db_url(migrated_db_url: str) -> str:
    return migrated_db_url


async def test_a_second_task_of_the_process_cannot_take_a_held_lease(db_url: str) -> None:
    db, _ = await open_store(db_url)
    try:
        async with leases.hold(db, "digest", 5, PROCESS, 60) as first:
            assert first is not None
            async with leases.hold(db, "digest", 5, PROCESS, 60) as second:
                assert second is None  # held, if by a task of its own process
            assert await leases.holder(db, "digest", 5) == (PROCESS, first.token)  # still first's
            assert not await leases.claim(db, "digest", 5, PROCESS, 60)
            await first.ensure()
        assert await leases.holder(db, "digest", 5) is None  # its holder released it
    finally:
        await db.close()


async def test_a_task_whose_lease_lapsed_is_fenced_off_from_its_own_process(db_url: str) -> None:
    """The other task of the process that takes a lapsed lease over holds it alone: the stalled
    task gets LeaseLost before its next step, and leaving its block frees nothing."""
    db, _ = await open_store(db_url)
    try:
        async with leases.hold(db, "digest", 9, PROCESS, 60) as stalled:
            assert stalled is not None
            soon = datetime.now(UTC) + timedelta(seconds=61)  # past the stalled task's ttl
            assert await leases.claim(db, "digest", 9, PROCESS, 60, soon)  # the other task
            with pytest.raises(leases.LeaseLost):
                await stalled.ensure()
        assert await leases.holder(db, "digest", 9, soon) == (PROCESS, stalled.token + 1)
    finally:
        await db.close()


class Stalling:
    """Telegram whose first message hangs until `go` is set (a slow send of the digest job)."""

    def __init__(self, telegram: Telegram) -> None:
        self.telegram = telegram
        self.sending, self.go = asyncio.Event(), asyncio.Event()

    async def send(self, chat_id: int, thread_id: int, html: str) -> int:
        if not self.sending.is_set():
            self.sending.set()
            await self.go.wait()
        return await self.telegram.send(chat_id, thread_id, html)


async def _seed(db_url: str, clock: Clock) -> tuple[Database, object]:
    db, store = await open_store(db_url)
    await store.subscribe(CHAT, FEED, now=clock() - timedelta(hours=2))
    await store.set_schedule(CHAT, parse_schedule("every 1h UTC"), clock())
    feed = await store.find_feed(FEED)
    assert feed is not None
    items = [item(n, host="holders.example", now=clock()) for n in (1, 2, 3)]
    await store.record_poll(outcome(feed.id, FEED, clock() - timedelta(minutes=5), items))
    return db, store


async def test_a_digest_command_during_the_job_leaves_the_jobs_lease_alone(db_url: str) -> None:
    clock = Clock()
    db, store = await _seed(db_url, clock)
    other_db, other_store = await open_store(db_url)  # a second replica on the same database
    telegram = Telegram()
    stalling = Stalling(telegram)
    deliverer = DigestDeliverer(store, stalling.send, clock=clock)
    try:
        job = asyncio.create_task(
            run_due_digests_claimed(
                db, store, deliverer, clock(), owner=PROCESS, ttl=LEASE_TTL, clock=clock
            )
        )
        await asyncio.wait_for(stalling.sending.wait(), 30)  # the job is sending the digest
        held = await leases.holder(db, KIND, CHAT, clock())
        assert held is not None and held[0] == PROCESS

        # /digest in the same process: the chat is held, so "busy", and the job keeps its lease
        report = await deliver_held(db, deliverer, CHAT, owner=PROCESS, ttl=LEASE_TTL, clock=clock)
        assert report.status == "busy"
        assert await leases.holder(db, KIND, CHAT, clock()) == held

        # so another replica's tick finds the chat held, not free to claim
        other = DigestDeliverer(other_store, telegram.send, clock=clock)
        reports = await run_due_digests_claimed(
            other_db, other_store, other, clock(), owner="replica-b", ttl=LEASE_TTL, clock=clock
        )
        assert reports == []

        stalling.go.set()
        assert [report.status for report in await asyncio.wait_for(job, 30)] == ["sent"]
        texts = telegram.texts(CHAT)
        assert len(texts) == len(set(texts))
        assert sorted(n for text in texts for n in "123" if f'story-{n}"' in text) == [
            "1",
            "2",
            "3",
        ]
        assert await leases.holder(db, KIND, CHAT, clock()) is None
    finally:
        stalling.go.set()
        await db.close()
        await other_db.close()
