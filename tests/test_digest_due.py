"""What is due (bot.digest.due), seen through the jobs that use it: which feeds the feed job
fetches and which chats the digest job serves."""

from __future__ import annotations

from datetime import datetime, timedelta

from bot.digest.chat_limit import ChatRateLimiter
from bot.digest.delivery import DigestDeliverer
from bot.digest.due import TICK_SLACK, at_tick, due_chats
from bot.digest.schedule import due_once_after_downtime, parse_schedule
from tests.digest_helpers import (
    T0,
    Clock,
    NotModified,
    Telegram,
    digest_tick,
    feed_tick,
    open_store,
)

FEED = "https://news.example/feed.xml"
OTHER = "https://other.example/rss"
INTERVAL = timedelta(minutes=30)


async def test_feed_is_polled_once_its_time_came_and_an_active_subscription_wants_it(
    db_url: str,
) -> None:
    db, store = await open_store(db_url)
    fetcher = NotModified()

    async def tick(now: datetime) -> list[str]:
        fetcher.fetched.clear()
        await feed_tick(db, store, fetcher, now=now, interval=INTERVAL, alert_after=3)
        return fetcher.fetched

    await store.subscribe(-100, FEED, now=T0)
    await store.subscribe(-200, OTHER, now=T0)
    await store.set_chat_paused(-200, True)
    assert await tick(T0 - TICK_SLACK - timedelta(seconds=1)) == []  # not time yet
    assert await tick(T0) == [FEED]  # OTHER: only a paused chat wants it
    await store.set_chat_paused(-200, False)
    assert await tick(T0) == [OTHER]  # FEED was polled: due again after the interval
    await store.unsubscribe(-100, FEED)
    assert await tick(T0 + INTERVAL) == [OTHER]  # nobody wants FEED any more
    await db.close()


async def test_chat_is_served_once_its_schedule_came_unless_paused(db_url: str) -> None:
    clock = Clock(T0)
    db, store = await open_store(db_url)
    deliverer = DigestDeliverer(
        store, Telegram().send, clock=clock, limiter=ChatRateLimiter(per_minute=1000)
    )
    hourly = parse_schedule("every 1h UTC")
    await store.set_schedule(-100, hourly, T0 + timedelta(hours=1))
    await store.set_schedule(-200, hourly, T0 - timedelta(hours=1))
    await store.set_chat_paused(-200, True)
    assert await digest_tick(db, store, deliverer, clock) == []
    await store.set_chat_paused(-200, False)
    reports = await digest_tick(db, store, deliverer, clock)
    assert [(r.chat_id, r.status) for r in reports] == [(-200, "nothing")]  # no feeds yet
    entry = await store.schedule(-200)
    assert entry is not None and entry.next_due == T0 + timedelta(hours=1)
    assert await digest_tick(db, store, deliverer, clock) == []
    await db.close()


async def test_due_chats_are_exactly_those_the_schedule_step_would_change(db_url: str) -> None:
    """The SQL rule and `due_once_after_downtime` agree: a chat is selected if and only if the
    job would send its digest or set its first `next_due`."""
    db, store = await open_store(db_url)
    hourly = parse_schedule("every 1h UTC")
    stored = {
        -1: None,
        -2: T0 - timedelta(days=3),
        -3: T0 - timedelta(seconds=1),
        -4: T0,
        -5: T0 + TICK_SLACK,  # due at this tick: the next one would be a minute late
        -7: T0 + TICK_SLACK + timedelta(seconds=1),
        -6: T0 + timedelta(days=1),
    }
    for chat, next_due in stored.items():
        await store.set_schedule(chat, hourly, next_due)  # type: ignore[arg-type]
    async with db.sessions() as session:
        selected = set(await session.scalars(due_chats(T0)))
    changed = set()
    for chat, next_due in stored.items():
        step = due_once_after_downtime(hourly, next_due, at_tick(T0))
        if step.send_now or step.next_due != next_due:
            changed.add(chat)
    assert selected == changed == {-1, -2, -3, -4, -5}
    await db.close()
