"""A group upgraded to a supergroup is announced twice, and both announcements may run at once.

Telegram sends `migrate_to_chat_id` in the old group and `migrate_from_chat_id` in the new
supergroup; the bot handles updates concurrently, and replicas share one database. Whichever
move comes first (or both at once) must leave every row of the old chat under the new id
exactly once: subscriptions, schedule, digest settings, runs and deliveries, filter rules,
stories had, and the chat settings. The second mover must find nothing and say so, without
the SQLAlchemy warning an ORM delete of an already deleted row gives (made an error here).
"""

from __future__ import annotations

import asyncio
import logging
import threading
import time
from datetime import UTC, datetime
from pathlib import Path
from types import SimpleNamespace
from typing import Any, cast

import pytest
from sqlalchemy import func, select
from telegram.ext import Application, MessageHandler, filters

from bot.digest.build import Candidate, DigestOptions, plan_digest
from bot.digest.curate import Curator
from bot.digest.filters import EXCLUDE
from bot.digest.membership import move_chat
from bot.digest.schedule import next_run, parse_schedule
from bot.digest.store import DigestStore
from bot.digest.tables import StoryMarkRow
from bot.resources import BotResources
from bot.storage import chats
from bot.storage.chats import ChatSettingsRow
from bot.storage.db import Database, open_database
from tests.bot_harness import RunningBot, bot_settings
from tests.databases import migrated_database
from tests.digest_bot_helpers import DigestTelegram, controlled, run_in_bot, upgraded
from tests.digest_helpers import Clock
from tests.fake_telegram import BOT_ID

pytestmark = pytest.mark.filterwarnings("error::sqlalchemy.exc.SAWarning")

T0 = datetime(2026, 11, 5, 8, 0, tzinfo=UTC)
ADMIN = 602
FEEDS = ("http://f.test/harbour.xml", "http://f.test/ferry.xml")
DAILY = parse_schedule("daily 09:00 Europe/Berlin")
GROUPS = [(-400500 - n, -1004500 - n) for n in range(6)]  # (old group id, supergroup id)


@pytest.fixture
def db_url(migrated_db_url: str) -> str:
    return migrated_db_url


def resources(db: Database, digests: DigestStore) -> BotResources:
    """What `move_chat` reads from the bot's resources: the database and the digest store."""
    return cast(BotResources, SimpleNamespace(db=db, digests=digests))


async def seed(db: Database, digests: DigestStore, old: int) -> None:
    """Everything a group can have: two feeds, a schedule, settings, a run with its deliveries
    and story marks, a filter rule, chat settings, and an admin who picked it."""
    for url in FEEDS:
        await digests.subscribe(old, url, now=T0, added_by=ADMIN)
    await digests.set_schedule(old, DAILY, next_run(DAILY, T0))
    await digests.update_setting(old, "max_items", 4)
    stories = [Candidate(i, k, f"Title {k}", f"http://n.test/{k}", "F", "Text.", T0, T0)
               for i, k in enumerate(("k1", "k2"))]  # fmt: skip
    plans = [(0, plan_digest(stories, T0, DigestOptions()))]
    books = Curator(db)
    assert await digests.create_run(old, plans, T0) is not None
    await books.record(old, plans, T0)
    await books.add_rule(old, EXCLUDE, "carnival", now=T0)
    await chats.save_prefs(db, old, chats.ChatPrefs(language="ru", auto_links=True))
    await digests.pick_target(ADMIN, old, T0)


async def rows(db: Database, table: Any, chat_id: int) -> int:
    async with db.sessions() as session:
        count = await session.scalar(
            select(func.count()).select_from(table).where(table.chat_id == chat_id)
        )
    return int(count or 0)


async def check_moved_once(db: Database, digests: DigestStore, old: int, new: int) -> None:
    subs = await digests.subscriptions(new)
    assert sorted(s.url for s in subs) == sorted(FEEDS)  # each once
    assert not any(s.paused for s in subs)
    due = await digests.schedule(new)
    assert due is not None and due.schedule == DAILY
    assert (await digests.settings(new)).max_items == 4
    assert await digests.delivery_counts(new) == {"pending": 2}
    runs = [chat for chat, _ in await digests.open_runs() if chat in (old, new)]
    assert runs == [new]
    books = Curator(db)
    assert [r.text for r in await books.rules(new)] == ["carnival"]
    assert await rows(db, StoryMarkRow, new) == 2
    prefs = await chats.load_prefs(db, new)
    assert prefs.language == "ru" and prefs.auto_links
    assert await rows(db, ChatSettingsRow, new) == 1
    # nothing left under the old id
    assert await digests.subscriptions(old) == []
    assert await digests.schedule(old) is None
    assert await digests.delivery_counts(old) == {}
    assert await books.rules(old) == []
    assert await rows(db, StoryMarkRow, old) == 0
    assert await rows(db, ChatSettingsRow, old) == 0


async def test_both_announcements_at_once_on_two_replicas_move_everything_once(
    db_url: str,
) -> None:
    """Two replicas (own engines) and two concurrent updates in one of them, for six groups
    at once: each group is moved by exactly one of its three movers, nothing is lost or
    doubled, and nobody fails or warns."""
    one, two = await open_database(db_url), await open_database(db_url)
    try:
        stores = DigestStore(one), DigestStore(two)
        for old, _ in GROUPS:
            await seed(one, stores[0], old)
        replicas = [(one, stores[0]), (two, stores[1]), (one, stores[0])]
        movers = [move_chat(resources(db, store), old, new)
                  for old, new in GROUPS for db, store in replicas]  # fmt: skip
        results = await asyncio.gather(*movers)
        for n, (old, new) in enumerate(GROUPS):
            assert sorted(results[3 * n : 3 * n + 3]) == [False, False, True], (old, results)
            await check_moved_once(two, stores[1], old, new)
        assert await stores[0].picked_target(ADMIN) == GROUPS[-1][1]
        # announced once more, later: nothing left to move
        assert not await move_chat(resources(one, stores[0]), *GROUPS[0])
    finally:
        await one.close()
        await two.close()


async def test_chat_settings_move_alone_is_idempotent_when_racing(tmp_path: Path) -> None:
    """`move_chat_settings` (its own transaction) raced against itself: one copy, no warning;
    the new id's own settings, saved first, win."""
    db = await migrated_database(f"sqlite+aiosqlite:///{tmp_path / 'db.sqlite3'}")
    try:
        for old, _ in GROUPS:
            await chats.save_prefs(db, old, chats.ChatPrefs(language="ru"))
        await chats.save_prefs(db, GROUPS[0][1], chats.ChatPrefs(length="short"))
        results = await asyncio.gather(*(chats.move_chat_settings(db, old, new)
                                         for old, new in GROUPS for _ in range(3)))  # fmt: skip
        assert results.count(True) == len(GROUPS)
        assert await chats.load_prefs(db, GROUPS[0][1]) == chats.ChatPrefs(length="short")
        for old, new in GROUPS:
            assert await rows(db, ChatSettingsRow, old) == 0
            assert await rows(db, ChatSettingsRow, new) == 1
            if (old, new) != GROUPS[0]:
                assert (await chats.load_prefs(db, new)).language == "ru"
        assert not await chats.move_chat_settings(db, *GROUPS[1])
    finally:
        await db.close()


def test_concurrent_upgrade_updates_through_the_bot_move_everything_once(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """The real Application on the fake Bot API: both service messages of six upgraded groups
    arrive in one getUpdates batch and are handled concurrently (as the bot runs)."""
    handled: list[int] = []
    done = threading.Event()

    def setup(app: Application) -> None:
        controlled(Clock(T0))(app)

        async def count(update: Any, context: Any) -> None:  # after the move, same update
            handled.append(update.update_id)
            if len(handled) == 2 * len(GROUPS):
                done.set()

        app.add_handler(MessageHandler(filters.StatusUpdate.MIGRATE, count), group=-1)

    with DigestTelegram() as tg:
        pairs = []
        for n, (old_id, new_id) in enumerate(GROUPS):
            old = tg.add_chat(old_id, "group", f"Readers {n}")
            new = tg.add_chat(new_id, "supergroup", f"Readers {n}")
            for chat in (old, new):
                tg.set_member(chat["id"], BOT_ID, "member")
                tg.set_member(chat["id"], ADMIN, "administrator")
            pairs.append((old, new))
        settings = bot_settings(tg, tmp_path / "bot.sqlite3")
        with RunningBot(settings, setup) as bot, caplog.at_level(logging.INFO):

            async def seed_all(app: Application) -> None:
                for old_id, _ in GROUPS:
                    await seed(app.bot_data.db, app.bot_data.digests, old_id)

            run_in_bot(bot, seed_all)
            updates = [u for old, new in pairs for u in upgraded(old, new, ADMIN)]
            tg.push_all(updates)
            assert done.wait(30), handled
            for old_id, new_id in GROUPS:
                run_in_bot(bot, lambda app, o=old_id, n=new_id: check_moved_once(
                    app.bot_data.db, app.bot_data.digests, o, n))  # fmt: skip
            time.sleep(0.1)  # let any late error reach the log
    errors = [r for r in caplog.records if r.levelno >= logging.ERROR]
    assert errors == [], [r.getMessage() for r in errors]
    moves = [r for r in caplog.records if "digests and settings moved" in r.getMessage()]
    assert len(moves) == len(GROUPS)  # one mover per group did the work
