"""A chat the digest job finds "busy" keeps its due slot (bot.digest.claims), on a real SQLite
file and on PostgreSQL.

"busy" means another sender is on the chat: a message of its open run was claimed for sending
moments ago and may still be waiting for Telegram. The job then sends nothing, and until this
was fixed it still moved the schedule on: the slot's own digest was never planned, its stories
waited for the next day's. Now the slot stays due, the run is finished once its sender is past
`in_flight`, and the slot's digest follows in the same delivery; nothing is posted twice.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta

import pytest

from bot.digest.claims import deliver_held
from bot.digest.delivery import DigestDeliverer
from bot.digest.schedule import parse_schedule
from bot.digest.store import DigestStore
from bot.storage.db import Database
from tests.digest_helpers import LEASE_TTL, Clock, Telegram, digest_tick, item, open_store, outcome

FEED = "https://busy.example/feed.xml"
CHAT = -1_000_900_101
MINUTE = datetime(2026, 12, 7, 8, 0, tzinfo=UTC)  # "daily 08:00 UTC"


@pytest.fixture
def db_url(migrated_db_url: str) -> str:
    return migrated_db_url


@pytest.fixture
async def stored(db_url: str) -> AsyncIterator[tuple[Database, DigestStore]]:
    """One chat following one feed with stories 1-3, due daily at MINUTE."""
    db, store = await open_store(db_url)
    try:
        await store.subscribe(CHAT, FEED, now=MINUTE - timedelta(hours=2))
        await store.set_schedule(CHAT, parse_schedule("daily 08:00 UTC"), MINUTE)
        await _stories_arrive(store, (1, 2, 3), MINUTE - timedelta(hours=1))
        yield db, store
    finally:
        await db.close()


async def _stories_arrive(store: DigestStore, numbers: tuple[int, ...], at: datetime) -> None:
    feed = await store.find_feed(FEED)
    assert feed is not None
    items = [item(n, host="busy.example", now=at, hours_ago=0.1) for n in numbers]
    await store.record_poll(outcome(feed.id, FEED, at, items))


async def _next_due(store: DigestStore) -> datetime | None:
    entry = await store.schedule(CHAT)
    assert entry is not None
    due = entry.next_due
    return None if due is None else due.replace(tzinfo=due.tzinfo or UTC)


def _stories(tg: Telegram) -> list[str]:
    found = [n for text in tg.texts(CHAT) for n in "12345" if f'story-{n}"' in text]
    return sorted(found)


async def test_a_busy_chat_keeps_its_slot_and_gets_its_digest_once_the_sender_is_done(
    stored: tuple[Database, DigestStore],
) -> None:
    db, store = stored
    clock = Clock(MINUTE - timedelta(seconds=30))
    tg = Telegram(script={1: "timeout"})  # /digest's message: no answer, outcome unknown
    # another replica's /digest, half a minute before the slot: its send times out, so its
    # message stays claimed ("sending") and may still be on its way for `in_flight` (2 min)
    other = DigestDeliverer(store, tg.send, clock=clock)
    report = await deliver_held(db, other, CHAT, owner="replica-b", ttl=LEASE_TTL, clock=clock)
    assert report.status == "error"
    await _stories_arrive(store, (4, 5), MINUTE - timedelta(seconds=10))  # the slot's news

    clock.now = MINUTE
    deliverer = DigestDeliverer(store, tg.send, clock=clock)
    reports = await digest_tick(db, store, deliverer, clock)
    assert [r.status for r in reports] == ["busy"]
    assert tg.posted == []
    assert await _next_due(store) == MINUTE  # the slot is kept, not skipped

    clock.now = MINUTE + timedelta(minutes=1)  # still in flight: still busy, still kept
    assert [r.status for r in await digest_tick(db, store, deliverer, clock)] == ["busy"]
    assert await _next_due(store) == MINUTE

    clock.now = MINUTE + timedelta(minutes=3)  # past `in_flight`: the chat is the job's again
    reports = await digest_tick(db, store, deliverer, clock)
    assert [r.status for r in reports] == ["sent"]
    assert _stories(tg) == ["1", "2", "3", "4", "5"]  # the open run, then the slot's digest
    assert await _next_due(store) == MINUTE + timedelta(days=1)

    clock.now = MINUTE + timedelta(minutes=4)
    assert await digest_tick(db, store, deliverer, clock) == []  # nothing due, nothing twice
    assert _stories(tg) == ["1", "2", "3", "4", "5"]
