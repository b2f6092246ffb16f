"""Two replicas on one database (SQLite and PostgreSQL): every due digest is posted exactly once,
and a replica that dies mid-digest is finished by the other with nothing lost or repeated."""

from __future__ import annotations

import asyncio
import re
from collections import Counter
from datetime import timedelta

import pytest

from bot.db import Database, open_database
from bot.digest_claims import run_due_digests_claimed
from bot.digest_delivery import ChatRateLimiter, DigestDeliverer
from bot.digest_store import DigestStore
from bot.migrations import migrate
from bot.schedule import parse_schedule
from tests.digest_helpers import Clock, Kill, Telegram, item, outcome

FEED = "https://news.example/feed.xml"
TTL = timedelta(minutes=5)


class Replica:
    """One gistbot process: its own engine, store and deliverer; Telegram is shared."""

    def __init__(self, db: Database, telegram: Telegram, clock: Clock, owner: str) -> None:
        self.db, self.clock, self.owner = db, clock, owner
        self.store = DigestStore(db)
        self.deliverer = DigestDeliverer(
            self.store, telegram.send, clock=clock, limiter=ChatRateLimiter(per_minute=1000)
        )

    async def tick(self, limit: int = 50) -> list[str]:
        reports = await run_due_digests_claimed(
            self.db,
            self.store,
            self.deliverer,
            self.clock(),
            owner=self.owner,
            ttl=TTL,
            clock=self.clock,
            limit=limit,
        )
        return [report.status for report in reports]


async def _seed(db_url: str, clock: Clock, chats: list[int], stories: int, words: int) -> None:
    await migrate(db_url)
    db = await open_database(db_url)
    try:
        store = DigestStore(db)
        for chat in chats:
            await store.subscribe(chat, FEED, now=clock())
            await store.set_schedule(chat, parse_schedule("every 1h UTC"), clock.now)
        feed = await store.find_feed(FEED)
        assert feed is not None
        items = [item(i, now=clock.now, words=words) for i in range(1, stories + 1)]
        await store.record_poll(outcome(feed.id, FEED, clock(), items))
    finally:
        await db.close()


def _stories(telegram: Telegram, chat: int) -> Counter[str]:
    return Counter(re.findall(r"news\.example/story-(\d+)", "".join(telegram.texts(chat))))


async def test_fifty_due_digests_each_posted_once(db_url: str) -> None:
    clock, telegram = Clock(), Telegram()
    chats = [-1000 - i for i in range(50)]
    await _seed(db_url, clock, chats, stories=3, words=0)
    clock.advance(hours=1, minutes=1)  # all fifty due at the same moment
    a = Replica(await open_database(db_url), telegram, clock, "replica-a")
    b = Replica(await open_database(db_url), telegram, clock, "replica-b")
    try:
        statuses: list[str] = []
        for _ in range(10):  # ticks: each replica claims at most 7 chats per tick
            ticks = await asyncio.gather(a.tick(limit=7), b.tick(limit=7))
            statuses += ticks[0] + ticks[1]
            if len(statuses) >= 50:
                break
        assert statuses == ["sent"] * 50
        assert Counter(chat for chat, _, _ in telegram.posted) == {chat: 1 for chat in chats}
        for chat in chats:
            assert _stories(telegram, chat) == {"1": 1, "2": 1, "3": 1}
        # the schedules moved on: the same tick again posts nothing anywhere
        assert await asyncio.gather(a.tick(), b.tick()) == [[], []]
        assert len(telegram.posted) == 50
    finally:
        await a.db.close()
        await b.db.close()


async def test_replica_dying_mid_digest_is_finished_by_the_other(db_url: str) -> None:
    clock, telegram = Clock(), Telegram(script={2: "kill_before"})
    chat = -2000
    await _seed(db_url, clock, [chat], stories=8, words=120)  # long: several messages
    clock.advance(hours=1, minutes=1)
    a = Replica(await open_database(db_url), telegram, clock, "replica-a")
    b = Replica(await open_database(db_url), telegram, clock, "replica-b")
    try:
        with pytest.raises(Kill):
            await a.tick()  # posts the first message, dies before the second
        assert len(telegram.posted) == 1
        assert await b.tick() == []  # a's lease still stands: b keeps off
        assert len(telegram.posted) == 1
        clock.advance(seconds=TTL.total_seconds() + 1)  # nobody renews it: it lapses
        assert await b.tick() == ["sent"]
        posted = [html for _, _, html in telegram.posted]
        assert len(posted) >= 2 and len(set(posted)) == len(posted)  # no message twice
        assert _stories(telegram, chat) == {str(n): 1 for n in range(1, 9)}  # none lost
        assert await asyncio.gather(a.tick(), b.tick()) == [[], []]
    finally:
        await a.db.close()
        await b.db.close()
