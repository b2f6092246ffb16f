"""Two replicas on one database (SQLite and PostgreSQL): every due digest is posted exactly once,
and a replica that dies mid-digest is finished by the other with nothing lost or repeated."""

from __future__ import annotations

import asyncio
import re
from collections import Counter
from datetime import timedelta

import pytest

from bot.digest.chat_limit import ChatRateLimiter
from bot.digest.claims import (
    KIND,
    deliver_held,
    poll_due_feeds_claimed,
    resume_open_runs_claimed,
    run_due_digests_claimed,
)
from bot.digest.delivery import DigestDeliverer
from bot.digest.due import due_feeds
from bot.digest.schedule import parse_schedule
from bot.digest.store import DigestStore
from bot.storage import leases
from bot.storage.db import Database, open_database
from bot.storage.migrations import migrate
from summarizer.web.fetch import Fetcher, FetchPolicy
from tests.digest_helpers import Clock, Kill, Telegram, item, outcome
from tests.servers.http import LoopbackHTTPServer

FEED = "https://news.example/feed.xml"
TTL = timedelta(minutes=5)


class Replica:
    """One gistbot process: its own engine, store and deliverer; Telegram is shared."""

    def __init__(
        self,
        db: Database,
        telegram: Telegram,
        clock: Clock,
        owner: str,
        limiter: ChatRateLimiter | None = None,
    ) -> None:
        self.db, self.clock, self.owner = db, clock, owner
        self.store = DigestStore(db)
        self.deliverer = DigestDeliverer(
            self.store,
            telegram.send,
            clock=clock,
            limiter=limiter or ChatRateLimiter(per_minute=1000),
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


async def _seed(
    db_url: str, clock: Clock, chats: list[int], stories: int, words: int, title_words: int = 0
) -> None:
    await migrate(db_url)
    db = await open_database(db_url)
    try:
        store = DigestStore(db)
        for chat in chats:
            await store.subscribe(chat, FEED, now=clock())
            await store.set_schedule(chat, parse_schedule("every 1h UTC"), clock.now)
        feed = await store.find_feed(FEED)
        assert feed is not None
        items = [
            item(i, now=clock.now, words=words, title_words=title_words)
            for i in range(1, stories + 1)
        ]
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
    await _seed(db_url, clock, [chat], stories=8, words=120, title_words=15)  # several messages
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


class StallBefore(ChatRateLimiter):
    """Pacing that hangs before the `nth` message until `go` is set: a replica stalled between
    two messages (a long pause, a starved event loop) while its lease runs out."""

    def __init__(self, nth: int) -> None:
        super().__init__(per_minute=1000)
        self.nth, self.calls = nth, 0
        self.stalled, self.go = asyncio.Event(), asyncio.Event()

    async def acquire(self, chat_id: int) -> None:
        self.calls += 1
        if self.calls == self.nth:
            self.stalled.set()
            await self.go.wait()
        await super().acquire(chat_id)


async def test_replica_stalled_past_its_lease_sends_nothing_more(db_url: str) -> None:
    clock, telegram = Clock(), Telegram()
    chat = -2500
    await _seed(db_url, clock, [chat], stories=8, words=120, title_words=15)  # several messages
    clock.advance(hours=1, minutes=1)
    stall = StallBefore(2)
    a = Replica(await open_database(db_url), telegram, clock, "replica-a", limiter=stall)
    b = Replica(await open_database(db_url), telegram, clock, "replica-b")
    try:
        a_tick = asyncio.create_task(a.tick())
        await asyncio.wait_for(stall.stalled.wait(), 10)  # a posted one message, then hangs
        assert len(telegram.posted) == 1
        # a's lease lapsed during the stall; b takes it over
        later = clock() + TTL + timedelta(seconds=1)
        token = await leases.claim(b.db, KIND, chat, b.owner, TTL, later)
        assert token is not None
        stall.go.set()
        assert await asyncio.wait_for(a_tick, 10) == []  # a stops quietly: no report, no crash
        assert len(telegram.posted) == 1  # ... and posted nothing more
        assert await leases.holder(b.db, KIND, chat, clock()) == (b.owner, token)  # a let it be
        # a lease is its holder's, not its process's: b's tick takes one of its own
        assert await leases.release(b.db, KIND, chat, b.owner, token=token)
        assert await b.tick() == ["sent"]  # b finishes the open run under its lease
        posted = [html for _, _, html in telegram.posted]
        assert len(posted) >= 2 and len(set(posted)) == len(posted)  # no message twice
        assert _stories(telegram, chat) == {str(n): 1 for n in range(1, 9)}  # none lost
        # a never advanced the schedule: the still due slot finds nothing left to post
        clock.advance(seconds=1)
        await b.tick()
        assert await asyncio.gather(a.tick(), b.tick()) == [[], []]
        assert [html for _, _, html in telegram.posted] == posted
    finally:
        await a.db.close()
        await b.db.close()


async def test_digest_command_and_open_runs_keep_off_a_chat_another_replica_holds(
    db_url: str,
) -> None:
    clock, telegram = Clock(), Telegram(script={2: "retry"})
    chat = -3000
    await _seed(db_url, clock, [chat], stories=8, words=120, title_words=15)  # several messages
    clock.advance(hours=1, minutes=1)
    a = Replica(await open_database(db_url), telegram, clock, "replica-a")
    b = Replica(await open_database(db_url), telegram, clock, "replica-b")
    try:
        assert await a.tick() == ["retry"]  # flood control after the first message: run open
        assert len(telegram.posted) == 1

        async def b_resumes() -> list[str]:
            reports = await resume_open_runs_claimed(
                b.db, b.store, b.deliverer, owner=b.owner, ttl=TTL, clock=clock
            )
            return [report.status for report in reports]

        async def b_digest_now() -> str:
            report = await deliver_held(
                b.db, b.deliverer, chat, owner=b.owner, ttl=TTL, clock=clock
            )
            return report.status

        async with leases.hold(a.db, KIND, chat, a.owner, TTL, clock=clock) as lease:
            assert lease is not None  # replica a is (again) on this chat
            assert await b_resumes() == []
            assert await b_digest_now() == "busy"  # /digest on b answers "busy"
            assert len(telegram.posted) == 1
        assert await b_resumes() == ["sent"]  # released: b finishes the run
        posted = [html for _, _, html in telegram.posted]
        assert len(set(posted)) == len(posted)
        assert _stories(telegram, chat) == {str(n): 1 for n in range(1, 9)}
        assert await b_resumes() == []  # nothing open any more
    finally:
        await a.db.close()
        await b.db.close()


def _rss(n: int) -> str:
    return (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Feed</title>'
        f"<link>http://example.test/</link><description>d</description><item>"
        f"<title>Only story of feed {n}</title><link>http://example.test/{n}/1</link>"
        f"<guid>feed-{n}-1</guid><description>Something happened.</description>"
        "<pubDate>Thu, 05 Nov 2026 07:00:00 GMT</pubDate></item></channel></rss>"
    )


async def test_due_feeds_are_each_polled_by_one_replica(
    db_url: str, http_server: LoopbackHTTPServer
) -> None:
    clock = Clock()
    urls = [
        http_server.route(f"/feed-{n}.xml", _rss(n), content_type="application/rss+xml", delay=0.05)
        for n in range(20)
    ]
    await migrate(db_url)
    dbs = [await open_database(db_url), await open_database(db_url)]
    stores = [DigestStore(db) for db in dbs]
    try:
        for n, url in enumerate(urls):
            await stores[0].subscribe(-4000 - n, url, now=clock())
        async with Fetcher(FetchPolicy(allow_private_networks=True, timeout=5.0)) as fetcher:

            async def poll(i: int) -> list[object]:
                return await poll_due_feeds_claimed(
                    dbs[i], stores[i], fetcher, now=clock(), interval=timedelta(minutes=30),
                    alert_after=3, owner=f"replica-{i}", ttl=TTL, clock=clock, limit=7,
                )  # fmt: skip

            for _ in range(4):  # both replicas' feed job, several ticks at the same moment
                await asyncio.gather(poll(0), poll(1))
            polled = Counter(request.path for request in http_server.requests)
            assert polled == {f"/feed-{n}.xml": 1 for n in range(20)}
            async with dbs[1].sessions() as session:  # none is still due
                assert list(await session.scalars(due_feeds(clock()))) == []
            for n in range(20):  # each feed's one story was stored once
                items = await stores[1].candidates(-4000 - n, 0)
                assert [c.title for c in items] == [f"Only story of feed {n}"]
    finally:
        for db in dbs:
            await db.close()
