"""The text of sent digests is dropped a day after its run finished (database size, issue 21),
and nothing a chat has had becomes new again because of it."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import func, select

from bot.digest.build import DigestOptions, plan_digest
from bot.digest.tables import MessageRow
from bot.storage.db import Database
from tests.digest_helpers import T0, item, open_store, outcome

FEED = "https://news.example/feed.xml"


async def _messages(db: Database) -> int:
    async with db.sessions() as session:
        return int(await session.scalar(select(func.count()).select_from(MessageRow)) or 0)


async def test_sent_digest_text_goes_and_dedup_stays(db_url: str) -> None:
    db, store = await open_store(db_url)
    await store.subscribe(-100, FEED, now=T0)
    feed = await store.find_feed(FEED)
    assert feed is not None
    await store.record_poll(outcome(feed.id, FEED, T0, [item(1), item(2)]))
    sent = await store.create_run(-100, [(0, plan_digest(await store.candidates(-100), T0,
                                                         DigestOptions()))], T0)  # fmt: skip
    assert sent is not None
    for message in await store.pending_messages(sent):
        await store.mark_sent(sent, message.seq, 10 + message.seq, T0, finish=True)

    later = T0 + timedelta(hours=30)
    await store.record_poll(outcome(feed.id, FEED, later, [item(3, now=later)]))
    still_open = await store.create_run(
        -100, [(0, plan_digest(await store.candidates(-100), later, DigestOptions()))], later
    )
    assert still_open is not None
    before = await _messages(db)

    assert await store.forget_sent_messages(later - timedelta(days=1)) == 1  # the sent one
    assert await _messages(db) == before - 1
    assert len(await store.pending_messages(still_open)) == 1  # unfinished: kept to resume
    # what the chat had is still known: the feed listing its stories again brings nothing new
    again = later + timedelta(minutes=30)
    await store.record_poll(outcome(feed.id, FEED, again, [item(1), item(2), item(3)]))
    assert [c.dedup_key for c in await store.candidates(-100)] == []
    await db.close()


async def test_a_digest_finished_within_the_day_keeps_its_text(db_url: str) -> None:
    db, store = await open_store(db_url)
    await store.subscribe(-100, FEED, now=T0)
    feed = await store.find_feed(FEED)
    assert feed is not None
    await store.record_poll(outcome(feed.id, FEED, T0, [item(1)]))
    run = await store.create_run(
        -100, [(0, plan_digest(await store.candidates(-100), T0, DigestOptions()))], T0
    )
    assert run is not None
    for message in await store.pending_messages(run):
        await store.mark_sent(run, message.seq, 7, T0, finish=True)
    assert await store.forget_sent_messages(T0 - timedelta(hours=1)) == 0
    assert await _messages(db) == 1
    await db.close()
