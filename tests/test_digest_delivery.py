"""Delivering digests: exactly-once per story across crashes, flood control, schedules.

`Telegram.send` stands in for the Bot API (the only thing mocked); the store is a real SQLite
file that is closed and reopened to simulate a restart. Restarts and ticks run the production
jobs (bot.digest.claims, through tests.digest_helpers) as one replica.
"""

from __future__ import annotations

import asyncio
import re
from collections import Counter
from datetime import timedelta

import pytest

from bot.digest.chat_limit import ChatRateLimiter
from bot.digest.delivery import DigestDeliverer
from bot.digest.schedule import parse_schedule
from bot.digest.store import DigestStore
from bot.storage.db import Database
from tests.digest_helpers import (
    Clock,
    Kill,
    Telegram,
    digest_tick,
    item,
    open_store,
    outcome,
    restart_resume,
)

FEED = "https://news.example/feed.xml"
CHAT = -100


@pytest.fixture
def db_url(migrated_db_url: str) -> str:
    """At the newest schema already (tests/conftest.py): these tests need the tables."""
    return migrated_db_url


async def seed(
    store: DigestStore, clock: Clock, n: int, *, start: int = 1, chat: int = CHAT, words: int = 0
) -> None:
    await store.subscribe(chat, FEED, now=clock())
    feed = await store.find_feed(FEED)
    assert feed is not None
    items = [item(i, now=clock.now, words=words) for i in range(start, start + n)]
    await store.record_poll(outcome(feed.id, FEED, clock(), items))


def stories_posted(tg: Telegram) -> Counter[str]:
    return Counter(re.findall(r"news\.example/story-(\d+)", "".join(tg.texts())))


def deliverer(store: DigestStore, tg: Telegram, clock: Clock, **kw: object) -> DigestDeliverer:
    return DigestDeliverer(store, tg.send, clock=clock, limiter=FastLimiter(), **kw)  # type: ignore[arg-type]


class FastLimiter(ChatRateLimiter):
    def __init__(self) -> None:
        super().__init__(per_minute=1000)


async def test_digest_sent_once_and_marked(db_url: str) -> None:
    clock, tg = Clock(), Telegram()
    db, store = await open_store(db_url)
    await seed(store, clock, 3)
    report = await deliverer(store, tg, clock).deliver(CHAT)
    assert report.status == "sent" and report.messages_sent == 1
    assert stories_posted(tg) == Counter({"1": 1, "2": 1, "3": 1})
    assert await store.delivery_counts(CHAT) == {"sent": 3}
    again = await deliverer(store, tg, clock).deliver(CHAT)
    assert again.status == "nothing" and len(tg.posted) == 1
    await db.close()


async def test_nothing_new_note_only_when_asked(db_url: str) -> None:
    clock, tg = Clock(), Telegram()
    db, store = await open_store(db_url)
    await seed(store, clock, 0)
    assert (await deliverer(store, tg, clock).deliver(CHAT)).status == "nothing"
    await store.update_setting(CHAT, "notify_empty", True)
    assert (await deliverer(store, tg, clock).deliver(CHAT)).status == "sent"
    assert "Nothing new" in tg.posted[0][2]
    await db.close()


async def test_overflow_counted_and_consumed(db_url: str) -> None:
    clock, tg = Clock(), Telegram()
    db, store = await open_store(db_url)
    await store.update_setting(CHAT, "max_items", 2)
    await seed(store, clock, 5)
    await deliverer(store, tg, clock).deliver(CHAT)
    assert "+3 more" in tg.posted[-1][2]
    assert sum(stories_posted(tg).values()) == 2
    assert await store.delivery_counts(CHAT) == {"sent": 2, "skipped": 3}
    await db.close()


async def _long_digest(db_url: str, clock: Clock) -> tuple[Database, DigestStore]:
    db, store = await open_store(db_url)
    await store.update_setting(CHAT, "max_items", 30)
    await seed(store, clock, 30, words=12)
    feed = await store.find_feed(FEED)
    assert feed is not None
    return db, store


@pytest.mark.parametrize("kill", ["kill_before", "kill_after"])
async def test_crash_mid_digest_resumes_without_loss(db_url: str, kill: str) -> None:
    clock = Clock()
    db, store = await _long_digest(db_url, clock)
    plans = await deliverer(store, Telegram(), clock).plan(CHAT)
    expected = len(plans[0][1].messages)
    assert expected >= 3
    tg = Telegram(script={2: kill})
    with pytest.raises(Kill):
        await deliverer(store, tg, clock).deliver(CHAT)
    await db.close()  # the process is gone

    db, store = await open_store(db_url)  # restart
    clock.advance(minutes=5)
    reports = await restart_resume(db, store, deliverer(store, tg, clock), clock)
    assert [r.status for r in reports] == ["sent"]
    counts = stories_posted(tg)
    assert set(counts) == {str(i) for i in range(1, 31)}  # nothing lost
    if kill == "kill_before":
        assert all(c == 1 for c in counts.values())  # Telegram never got it: no duplicate
        assert len(tg.posted) == expected
    else:
        # Telegram got message 2, we died before recording it: it is sent again, once.
        assert len(tg.posted) == expected + 1
        assert reports[0].uncertain_resent == 1
    assert await store.delivery_counts(CHAT) == {"sent": 30}
    assert (await deliverer(store, tg, clock).deliver(CHAT)).status == "nothing"
    await db.close()


async def test_uncertain_message_can_be_assumed_sent(db_url: str) -> None:
    clock = Clock()
    db, store = await _long_digest(db_url, clock)
    tg = Telegram(script={2: "kill_after"})
    with pytest.raises(Kill):
        await deliverer(store, tg, clock).deliver(CHAT)
    sent_before = len(tg.posted)
    await db.close()
    db, store = await open_store(db_url)
    await restart_resume(db, store, deliverer(store, tg, clock, resend_uncertain=False), clock)
    assert all(c == 1 for c in stories_posted(tg).values())
    assert len(tg.posted) > sent_before
    await db.close()


async def test_crash_after_planning_before_any_send(db_url: str) -> None:
    clock = Clock()
    db, store = await _long_digest(db_url, clock)
    tg = Telegram(script={1: "kill_before"})
    with pytest.raises(Kill):
        await deliverer(store, tg, clock).deliver(CHAT)
    await db.close()
    db, store = await open_store(db_url)
    # new items arrive while we were down: they wait for the next digest
    feed = await store.find_feed(FEED)
    assert feed is not None
    await store.record_poll(outcome(feed.id, FEED, clock(), [item(99, now=clock.now)]))
    await restart_resume(db, store, deliverer(store, tg, clock), clock)
    assert "99" not in stories_posted(tg)
    assert all(c == 1 for c in stories_posted(tg).values()) and len(stories_posted(tg)) == 30
    await deliverer(store, tg, clock).deliver(CHAT)
    assert stories_posted(tg)["99"] == 1
    await db.close()


async def test_flood_control_stops_then_resumes(db_url: str) -> None:
    clock = Clock()
    db, store = await _long_digest(db_url, clock)
    tg = Telegram(script={2: "retry"})
    d = deliverer(store, tg, clock)
    first = await d.deliver(CHAT)
    assert first.status == "retry" and first.retry_after == 30
    clock.advance(seconds=10)
    assert (await d.deliver(CHAT)).status == "retry"  # still cooling down: nothing sent
    posted = len(tg.posted)
    assert tg.calls == 2
    clock.advance(seconds=25)
    await digest_tick(db, store, d, clock)  # the per-minute job picks up the open run
    assert all(c == 1 for c in stories_posted(tg).values()) and len(stories_posted(tg)) == 30
    assert len(tg.posted) > posted
    await db.close()


async def test_chat_gone_pauses_until_readded(db_url: str) -> None:
    clock = Clock()
    db, store = await open_store(db_url)
    await seed(store, clock, 2)
    tg = Telegram(script={1: "gone"})
    d = deliverer(store, tg, clock)
    assert (await d.deliver(CHAT)).status == "gone"
    assert all(s.paused for s in await store.subscriptions(CHAT))
    assert await store.open_runs() == []  # not retried while the bot is out
    await store.set_chat_paused(CHAT, False)  # my_chat_member: re-added
    assert (await d.deliver(CHAT)).status == "sent"
    assert stories_posted(tg) == Counter({"1": 1, "2": 1})
    await db.close()


async def test_rejected_message_is_skipped_not_retried_forever(db_url: str) -> None:
    clock = Clock()
    db, store = await _long_digest(db_url, clock)
    tg = Telegram(script={1: "reject"})
    report = await deliverer(store, tg, clock).deliver(CHAT)
    assert report.status == "sent" and report.rejected == 1
    assert (await store.delivery_counts(CHAT)).get("failed", 0) > 0
    assert (await deliverer(store, tg, clock).deliver(CHAT)).status == "nothing"
    await db.close()


async def test_network_error_leaves_message_for_next_tick(db_url: str) -> None:
    clock = Clock()
    db, store = await open_store(db_url)
    await seed(store, clock, 2)
    tg = Telegram(script={1: "timeout"})
    d = deliverer(store, tg, clock)
    assert (await d.deliver(CHAT)).status == "error"
    # the send may still be in flight somewhere: not re-sent straight away...
    assert (await d.deliver(CHAT)).status == "busy" and tg.calls == 1
    clock.advance(minutes=3)  # ...but once it cannot be
    report = await d.deliver(CHAT)
    assert report.status == "sent" and report.uncertain_resent == 1
    assert stories_posted(tg) == Counter({"1": 1, "2": 1})
    await db.close()


async def test_concurrent_digests_for_one_chat_post_once(db_url: str) -> None:
    clock = Clock()
    db, store = await open_store(db_url)
    await seed(store, clock, 3)
    tg = Telegram()
    d = deliverer(store, tg, clock)
    reports = await asyncio.gather(d.deliver(CHAT), d.deliver(CHAT), d.deliver(CHAT))
    assert sorted(r.status for r in reports) == ["busy", "busy", "sent"]
    # two deliverers (two processes by mistake) still cannot claim a story twice
    other = deliverer(store, tg, clock)
    await seed(store, clock, 2, start=10)
    await asyncio.gather(d.deliver(CHAT), other.deliver(CHAT))
    assert all(c == 1 for c in stories_posted(tg).values())
    await db.close()


async def test_missed_slots_give_one_digest(db_url: str) -> None:
    clock = Clock()
    db, store = await open_store(db_url)
    await seed(store, clock, 2)
    await store.set_schedule(CHAT, parse_schedule("every 1h UTC"), clock.now)
    clock.advance(hours=6, minutes=10)  # down for six slots
    tg = Telegram()
    reports = await digest_tick(db, store, deliverer(store, tg, clock), clock)
    assert [r.status for r in reports] == ["sent"] and len(tg.posted) == 1
    entry = await store.schedule(CHAT)
    assert entry is not None and entry.next_due == clock.now.replace(minute=0) + timedelta(hours=1)
    assert await digest_tick(db, store, deliverer(store, tg, clock), clock) == []
    await db.close()


async def test_many_chats_due_at_once_all_get_their_digest(db_url: str) -> None:
    clock = Clock()
    db, store = await open_store(db_url)
    chats = [-1000 - i for i in range(12)]
    for chat in chats:
        await seed(store, clock, 1, chat=chat)
        await store.set_schedule(chat, parse_schedule("daily 08:00 UTC"), clock.now)
    tg = Telegram()
    reports = await digest_tick(db, store, deliverer(store, tg, clock), clock, concurrency=3)
    assert sorted(r.chat_id for r in reports if r.status == "sent") == sorted(chats)
    assert sorted(c for c, _, _ in tg.posted) == sorted(chats)
    await db.close()


async def test_one_run_of_the_job_serves_batch_after_batch_of_due_chats(tmp_path) -> None:
    clock = Clock()
    db, store = await open_store(tmp_path / "many.sqlite3")
    chats = [-2000 - i for i in range(120)]  # more than two claim batches of 50
    for chat in chats:
        await seed(store, clock, 1, chat=chat)
        await store.set_schedule(chat, parse_schedule("daily 08:00 UTC"), clock.now)
    tg = Telegram()
    first = await digest_tick(db, store, deliverer(store, tg, clock), clock, concurrency=8)
    assert len(first) == 50  # without a budget: one batch per run
    rest = await digest_tick(
        db, store, deliverer(store, tg, clock), clock, concurrency=8, budget=60.0
    )
    assert len(rest) == 70
    assert sorted(c for c, _, _ in tg.posted) == sorted(chats)  # each chat once
    await db.close()


async def test_a_stopping_bot_claims_no_more_batches_and_leaves_the_rest_due(tmp_path) -> None:
    """A shutdown waits for the running job: once the bot stops running, the job finishes the
    batch it has and claims no more; the chats left are still due for the next process."""
    clock = Clock()
    db, store = await open_store(tmp_path / "stop.sqlite3")
    chats = [-3000 - i for i in range(120)]
    for chat in chats:
        await seed(store, clock, 1, chat=chat)
        await store.set_schedule(chat, parse_schedule("daily 08:00 UTC"), clock.now)
    tg = Telegram()
    looks: list[int] = []

    def running() -> bool:
        looks.append(len(tg.posted))
        return len(looks) == 1  # running at the first claim, stopping at the second

    served = await digest_tick(
        db, store, deliverer(store, tg, clock), clock, concurrency=8, budget=60.0,
        keep_going=running,
    )  # fmt: skip
    assert len(served) == 50 and len(tg.posted) == 50  # the first batch only, all of it
    rest = await digest_tick(db, store, deliverer(store, tg, clock), clock, budget=60.0)
    assert len(rest) == 70
    assert sorted(c for c, _, _ in tg.posted) == sorted(chats)  # each chat once
    await db.close()


async def test_rate_limiter_paces_one_chat_without_dropping() -> None:
    now = [0.0]
    slept: list[float] = []

    async def fake_sleep(seconds: float) -> None:
        slept.append(seconds)
        now[0] += seconds

    limiter = ChatRateLimiter(20, clock=lambda: now[0], sleep=fake_sleep)
    stamps = []
    for _ in range(45):
        await limiter.acquire(CHAT)
        stamps.append(now[0])
        now[0] += 0.1
    await limiter.acquire(CHAT + 1)  # another chat is not held back
    assert len(stamps) == 45
    for i, t in enumerate(stamps):
        assert sum(1 for s in stamps if t <= s < t + 60) <= 20, i
    assert stamps[-1] < 130  # paced, not stalled
    assert slept and slept[-1] < 60


async def test_message_failing_every_time_is_given_up_after_max_attempts(db_url: str) -> None:
    clock = Clock()
    db, store = await open_store(db_url)
    await seed(store, clock, 2)
    tg = Telegram(script={n: "timeout" for n in range(1, 4)})
    d = deliverer(store, tg, clock, max_attempts=3)
    statuses = []
    for _ in range(3):
        statuses.append((await d.deliver(CHAT)).status)
        clock.advance(minutes=3)
    assert statuses == ["error"] * 3
    final = await d.deliver(CHAT)
    assert final.status == "sent" and final.rejected == 1 and tg.calls == 3
    assert await store.delivery_counts(CHAT) == {"failed": 2}
    assert await store.open_runs() == []
    await db.close()


async def test_second_sender_keeps_off_a_message_in_flight(db_url: str) -> None:
    """A second deliverer on the same database (a second process started by mistake) finds
    the run mid-send: it must neither re-send the message in flight nor race for the rest."""
    clock = Clock()
    db, store = await _long_digest(db_url, clock)
    gate, in_flight = asyncio.Event(), asyncio.Event()
    tg = Telegram()
    plain_send = tg.send

    async def slow_second_message(chat_id: int, thread_id: int, html: str) -> int:
        if tg.calls == 1:  # this is call 2: hold it "in flight"
            tg.calls += 1
            in_flight.set()
            await gate.wait()
            tg.posted.append((chat_id, thread_id, html))
            return 555
        return await plain_send(chat_id, thread_id, html)

    first = DigestDeliverer(store, slow_second_message, clock=clock, limiter=FastLimiter())
    second = deliverer(store, tg, clock)
    task = asyncio.create_task(first.deliver(CHAT))
    await in_flight.wait()
    assert (await second.resume(CHAT)).status == "busy"
    assert (await second.deliver(CHAT)).status == "busy"
    gate.set()
    assert (await task).status == "sent"
    assert set(stories_posted(tg)) == {str(i) for i in range(1, 31)}
    assert all(c == 1 for c in stories_posted(tg).values())
    await db.close()


async def test_claiming_a_message_is_compare_and_set(db_url: str) -> None:
    clock = Clock()
    db, store = await _long_digest(db_url, clock)
    plans = await deliverer(store, Telegram(), clock).plan(CHAT)
    run = await store.create_run(CHAT, plans, clock())
    assert run is not None
    first = (await store.pending_messages(run))[0]
    assert await store.mark_sending(run, first.seq, attempts=first.attempts, now=clock())
    assert not await store.mark_sending(run, first.seq, attempts=first.attempts, now=clock())
    await db.close()
