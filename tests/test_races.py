"""Writes that race: two replicas (two engines on one database, SQLite file and PostgreSQL) or two
requests creating the same row at the same moment must both succeed and leave one row.

The store-level tests start both writes together with asyncio.gather on separate engines, so
each reads "no such row" before the other commits (the case a read-then-insert turned into
IntegrityError); the bot-level test sends the two /subscribe commands to two real Applications
behind two fake Bot APIs at once.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Iterator
from contextlib import ExitStack, asynccontextmanager, contextmanager
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from bot.digest.schedule import parse_schedule
from bot.digest.store import DigestStore
from bot.digest.tables import FeedAliasRow, FeedRow, SubscriptionRow
from bot.storage import chats
from bot.storage.db import Database, open_database
from bot.storage.migrations import migrate
from tests.bot_harness import RunningBot, bot_settings
from tests.digest_bot_helpers import DigestTelegram, in_chat, rss
from tests.digest_helpers import T0, item, outcome
from tests.fake_telegram import BOT_ID
from tests.servers.http import LoopbackHTTPServer

ROUNDS = 12


@pytest.fixture
def db_url(migrated_db_url: str) -> str:
    """At the newest schema already (tests/conftest.py): these tests need the tables."""
    return migrated_db_url


@asynccontextmanager
async def two_replicas(
    db_url: str,
) -> AsyncIterator[tuple[DigestStore, DigestStore, Database, Database]]:
    """Two stores on two engines (two replicas' connection pools) on one database."""
    await migrate(db_url)
    first, second = await open_database(db_url), await open_database(db_url)
    try:
        yield DigestStore(first), DigestStore(second), first, second
    finally:
        await first.close()
        await second.close()


async def _count(db: Database, query) -> int:  # type: ignore[no-untyped-def]
    async with db.sessions() as session:
        return int(await session.scalar(query) or 0)


async def test_two_admins_subscribing_to_one_new_feed_at_once_both_succeed(db_url: str) -> None:
    async with two_replicas(db_url) as (a, b, db, _):
        for n in range(ROUNDS):
            url = f"https://news.example/feed-{n}.xml"
            alias = f"https://news.example/site-{n}/"
            added = await asyncio.gather(
                a.subscribe(-100, url, now=T0, title="News", aliases=[alias]),
                b.subscribe(-200, url, now=T0, aliases=[alias]),
            )
            assert added == [True, True]
            same_chat = await asyncio.gather(
                a.subscribe(-300, url, now=T0), b.subscribe(-300, url, now=T0)
            )
            assert sorted(same_chat) == [False, True]  # one subscription, one "already"
        assert await _count(db, select(func.count()).select_from(FeedRow)) == ROUNDS
        assert await _count(db, select(func.count()).select_from(FeedAliasRow)) == ROUNDS
        subs = select(func.count()).select_from(SubscriptionRow)
        assert await _count(db, subs) == 3 * ROUNDS
        feed = await a.find_feed(f"https://news.example/site-{ROUNDS - 1}/")  # by its alias
        assert feed is not None and feed.title == "News"


async def test_first_writes_of_per_chat_rows_race_without_errors(db_url: str) -> None:
    """Settings, schedules, picked targets, chat settings and polled items: each a first
    write by two replicas at once; both succeed and one row stays."""
    hourly, daily = parse_schedule("every 1h UTC"), parse_schedule("daily 09:00 UTC")
    async with two_replicas(db_url) as (a, b, db, other):
        await a.subscribe(-100, "https://news.example/feed.xml", now=T0)
        feed = await a.find_feed("https://news.example/feed.xml")
        assert feed is not None
        items = [item(n) for n in range(1, 6)]
        for n in range(ROUNDS):
            chat = -1000 - n
            await asyncio.gather(
                a.update_setting(chat, "max_items", 5), b.update_setting(chat, "summaries", False)
            )
            settings = await a.settings(chat)
            assert (settings.max_items, settings.summaries) == (5, False)  # both writes kept
            await asyncio.gather(
                a.set_schedule(chat, hourly, T0), b.set_schedule(chat, daily, T0 + timedelta(1))
            )
            entry = await a.schedule(chat)
            assert entry is not None and entry.schedule.describe() in (
                hourly.describe(), daily.describe()
            )  # fmt: skip
            await asyncio.gather(a.pick_target(n, chat, T0), b.pick_target(n, chat - 1, T0))
            assert await a.picked_target(n) in (chat, chat - 1)
            await asyncio.gather(
                chats.save_prefs(db, chat, chats.ChatPrefs(length="short")),
                chats.save_prefs(other, chat, chats.ChatPrefs(length="long")),
            )
            assert (await chats.load_prefs(db, chat)).length in ("short", "long")
            poll = outcome(feed.id, feed.url, T0 + timedelta(minutes=n), items)
            new = await asyncio.gather(a.record_poll(poll), b.record_poll(poll))
            assert sum(new) == (len(items) if n == 0 else 0)  # each item stored once


def _feed(server: LoopbackHTTPServer, path: str) -> str:
    """A feed answered after a short pause, so two fetches sent together come back together
    and both replicas subscribe at about the same moment (the store tests above make the
    collision certain; here it is the whole path, command to reply)."""
    body = rss("Harbour News", [{"title": "Ferry timetable", "link": "http://127.0.0.1:1/a",
                                 "text": "The ferry runs later.", "date": "Thu, 05 Nov 2026 "
                                 "07:00:00 GMT"}])  # fmt: skip
    return server.route(path, body=body, content_type="application/rss+xml", delay=0.3)


@contextmanager
def two_bots(db_url: str, tmp_path: Path) -> Iterator[list[tuple[DigestTelegram, RunningBot]]]:
    with ExitStack() as stack:
        pair = []
        for _ in range(2):
            tg = stack.enter_context(DigestTelegram())
            settings = bot_settings(tg, tmp_path / "unused.sqlite3", database_url=db_url)
            pair.append((tg, stack.enter_context(RunningBot(settings))))
        yield pair


async def test_two_admins_on_two_replicas_subscribe_to_one_new_feed_at_once(
    db_url: str, tmp_path: Path, http_server: LoopbackHTTPServer
) -> None:
    await migrate(db_url)
    with two_bots(db_url, tmp_path) as [(tg_a, _), (tg_b, _)]:
        groups = []
        for tg, (chat_id, title, admin) in zip(
            (tg_a, tg_b),
            ((-1009001, "Harbour Club", 601), (-1009002, "Ferry Fans", 602)),
            strict=True,
        ):
            group = tg.add_chat(chat_id, "supergroup", title)
            tg.set_member(chat_id, BOT_ID, "member")
            tg.set_member(chat_id, admin, "creator")
            groups.append((tg, group, admin))
        for n in range(3):
            feed = _feed(http_server, f"/race-{n}.xml")
            for tg, group, admin in groups:
                tg.push(in_chat(group, admin, f"/subscribe {feed}"))
            for tg, group, _ in groups:
                (answer,) = tg.wait_for("sendMessage", n + 1, timeout=30, chat_id=group["id"])[n:]
                assert f"Subscribed {group['title']} to Harbour News" in (answer.visible_text or "")
    db = await open_database(db_url)
    try:
        assert await _count(db, select(func.count()).select_from(FeedRow)) == 3
        assert await _count(db, select(func.count()).select_from(SubscriptionRow)) == 6
    finally:
        await db.close()
