"""The digest repository on a real SQLite file."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest

from bot.digest.build import DigestOptions, plan_digest
from bot.digest.schedule import parse_schedule
from tests.digest_helpers import T0, item, open_store, outcome

FEED = "https://news.example/feed.xml"


async def test_subscribe_is_idempotent_and_shares_one_feed(db_url: str) -> None:
    db, store = await open_store(db_url)
    assert await store.subscribe(-100, FEED, now=T0, added_by=7, title="News")
    assert not await store.subscribe(-100, FEED, now=T0)
    assert await store.subscribe(-200, FEED, now=T0)
    assert await store.subscribe(-100, FEED, now=T0, thread_id=5)  # another forum topic
    subs = await store.subscriptions(-100)
    assert [(s.url, s.thread_id, s.title) for s in subs] == [(FEED, 0, "News"), (FEED, 5, "News")]
    assert len({s.feed_id for s in subs + await store.subscriptions(-200)}) == 1
    assert [s.chat_id for s in await store.subscribers(subs[0].feed_id)] == [-100, -200, -100]
    await db.close()


async def test_unsubscribe_by_alias_and_topic(db_url: str) -> None:
    db, store = await open_store(db_url)
    await store.subscribe(-100, FEED, now=T0, aliases=["https://news.example/"])
    await store.subscribe(-100, FEED, now=T0, thread_id=9)
    assert await store.unsubscribe(-100, "https://news.example/", thread_id=9)
    assert [s.thread_id for s in await store.subscriptions(-100)] == [0]
    assert not await store.unsubscribe(-100, "https://elsewhere.example/rss")
    assert await store.unsubscribe(-100, FEED)
    assert await store.subscriptions(-100) == []
    await db.close()


async def test_record_poll_adds_only_new_items_and_survives_reopen(db_url: str) -> None:
    path = db_url
    db, store = await open_store(path)
    await store.subscribe(-100, FEED, now=T0)
    feed = await store.find_feed(FEED)
    assert feed is not None
    assert await store.record_poll(outcome(feed.id, FEED, T0, [item(1), item(2)], etag='"a"')) == 2
    await db.close()
    db, store = await open_store(path)
    again = outcome(feed.id, FEED, T0 + timedelta(minutes=30), [item(1), item(2), item(3)])
    assert await store.record_poll(again) == 1
    state = await store.find_feed(FEED)
    assert state is not None and state.etag is None  # the new response had none
    assert state.next_poll_at == T0 + timedelta(minutes=60)
    assert len(await store.candidates(-100)) == 3
    await db.close()


async def test_permanent_move_keeps_old_url_as_alias(db_url: str) -> None:
    db, store = await open_store(db_url)
    await store.subscribe(-100, FEED, now=T0)
    feed = await store.find_feed(FEED)
    assert feed is not None
    new = "https://news.example/new-feed.xml"
    await store.record_poll(outcome(feed.id, FEED, T0, [item(1)], moved_to=new))
    assert [s.url for s in await store.subscriptions(-100)] == [new]
    moved = await store.find_feed(FEED)
    assert moved is not None and moved.url == new and moved.id == feed.id
    assert await store.unsubscribe(-100, FEED)  # the old URL still works
    await db.close()


async def test_permanent_move_onto_known_feed_merges(db_url: str) -> None:
    db, store = await open_store(db_url)
    target = "https://news.example/canonical.xml"
    await store.subscribe(-100, FEED, now=T0)
    await store.subscribe(-100, target, now=T0)
    await store.subscribe(-200, FEED, now=T0)
    old = await store.find_feed(FEED)
    assert old is not None
    await store.record_poll(outcome(old.id, FEED, T0, [item(1)]))
    await store.record_poll(outcome(old.id, FEED, T0, [item(1), item(2)], moved_to=target))
    assert [s.url for s in await store.subscriptions(-100)] == [target]
    assert [s.url for s in await store.subscriptions(-200)] == [target]
    # the old feed's rows are gone; the items now come from the target feed, once each
    cands = await store.candidates(-200)
    assert sorted(c.dedup_key for c in cands) == ["news.example/story-1", "news.example/story-2"]
    assert await store.unsubscribe(-200, FEED)
    await db.close()


async def test_candidates_skip_delivered_stories_and_old_backlog(db_url: str) -> None:
    db, store = await open_store(db_url)
    other = "https://mirror.example/rss"
    await store.subscribe(-100, FEED, now=T0)
    await store.subscribe(-100, other, now=T0)
    a, b = await store.find_feed(FEED), await store.find_feed(other)
    assert a and b
    old = item(9, hours_ago=24 * 30)
    await store.record_poll(outcome(a.id, FEED, T0, [item(1), item(2), old]))
    # the mirror carries story 1 under its own GUID
    await store.record_poll(outcome(b.id, other, T0, [replace(item(1), guid_key="mirror-1")]))
    cands = await store.candidates(-100)
    assert sorted(c.dedup_key for c in cands) == [
        "news.example/story-1", "news.example/story-1", "news.example/story-2",
    ]  # fmt: skip
    plan = plan_digest(cands, T0, DigestOptions())
    run = await store.create_run(-100, [(0, plan)], T0)
    assert run is not None
    assert await store.candidates(-100) == []
    # a second run claiming the same stories is refused by the unique constraint
    assert await store.create_run(-100, [(0, plan)], T0) is None
    await db.close()


async def test_paused_chat_and_threads(db_url: str) -> None:
    db, store = await open_store(db_url)
    await store.subscribe(-100, FEED, now=T0, thread_id=3)
    feed = await store.find_feed(FEED)
    assert feed is not None
    await store.record_poll(outcome(feed.id, FEED, T0, [item(1)]))
    assert await store.threads(-100) == [3]
    assert len(await store.candidates(-100, 3)) == 1
    assert await store.candidates(-100, 0) == []
    await store.set_chat_paused(-100, True)
    assert await store.threads(-100) == []
    assert await store.candidates(-100, 3) == []
    await db.close()


async def test_schedules_and_settings(db_url: str) -> None:
    db, store = await open_store(db_url, default_max_items=7)
    sched = parse_schedule("daily 08:00 Europe/Berlin")
    await store.set_schedule(-100, sched, T0 + timedelta(hours=1))
    await store.set_schedule(-200, parse_schedule("every 6h"), T0 - timedelta(hours=1))
    assert [s.chat_id for s in await store.schedules()] == [-200, -100]
    entry = await store.schedule(-100)
    assert entry is not None and entry.schedule == sched
    await store.set_chat_paused(-200, True)
    assert [s.chat_id for s in await store.schedules()] == [-100]
    await store.advance_schedule(-100, T0 + timedelta(days=1), sent_at=T0)
    entry = await store.schedule(-100)
    assert entry is not None and entry.next_due == T0 + timedelta(days=1)
    assert await store.clear_schedule(-100) and await store.schedule(-100) is None

    settings = await store.settings(-100)
    assert settings.max_items == 7 and not settings.notify_empty
    await store.update_setting(-100, "max_items", 3)
    await store.update_setting(-100, "notify_empty", True)
    settings = await store.settings(-100)
    assert settings.max_items == 3 and settings.notify_empty
    assert settings.options().max_items == 3
    with pytest.raises(ValueError):
        await store.update_setting(-100, "chat_id", 1)
    await db.close()


async def test_enrichment_queue(db_url: str) -> None:
    db, store = await open_store(db_url)
    await store.subscribe(-100, FEED, now=T0)
    feed = await store.find_feed(FEED)
    assert feed is not None
    await store.record_poll(outcome(feed.id, FEED, T0, [item(1, teaser=True), item(2)]))
    jobs = await store.items_to_enrich()
    assert [j.link for j in jobs] == ["https://news.example/story-1"]
    await store.save_enrichment(jobs[0].item_id, "The article's own gist.", "“Quote” — Someone")
    assert await store.items_to_enrich() == []
    cand = {c.link: c for c in await store.candidates(-100)}
    assert cand["https://news.example/story-1"].summary == "The article's own gist."
    assert cand["https://news.example/story-1"].highlight == "“Quote” — Someone"
    assert cand["https://news.example/story-2"].summary == "Summary of story 2."
    await db.close()


async def test_prune_keeps_open_runs_and_delivery_memory(db_url: str) -> None:
    db, store = await open_store(db_url)
    await store.subscribe(-100, FEED, now=T0)
    feed = await store.find_feed(FEED)
    assert feed is not None
    await store.record_poll(outcome(feed.id, FEED, T0, [item(1)]))
    plan = plan_digest(await store.candidates(-100), T0, DigestOptions())
    run = await store.create_run(-100, [(0, plan)], T0)
    assert run is not None
    later = T0 + timedelta(days=40)
    await store.prune(older_than=later)
    assert len(await store.pending_messages(run)) == 1  # unfinished: kept for resuming
    # the item is gone, and coming back in the feed does not make it new for this chat
    await store.record_poll(outcome(feed.id, FEED, later, [item(1, now=later)]))
    assert await store.candidates(-100) == []
    await db.close()
