"""Digests end to end, continued: the start-up catch-up runs in the background and is cancelled
cleanly at shutdown, a channel picked by forwarding survives a restart, a group upgraded to a
supergroup keeps its digests, schedule/setting errors in the chat's language, and a daily
schedule across the end of summer time."""

from __future__ import annotations

import gc
import logging
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from bot.digest import jobs
from bot.digest.schedule import ScheduleError, parse_schedule
from bot.digest.setting_args import SettingError, parse_setting
from bot.i18n import CATALOGS, t
from tests.bot_articles import FERRY_PAGE, FERRY_TITLE
from tests.bot_harness import RunningBot, bot_settings
from tests.digest_bot_helpers import (
    BRIDGE_TITLE,
    LIBRARY_TITLE,
    DigestTelegram,
    caught_up,
    controlled,
    forwarded_from,
    in_chat,
    patient,
    private,
    run_in_bot,
    upgraded,
)
from tests.digest_helpers import Clock
from tests.fake_telegram import BOT_ID
from tests.servers.http import LoopbackHTTPServer
from tests.test_digest_bot import FeedSite, deliver, item, poll, say, stories, wait_until

T0 = datetime(2026, 11, 5, 8, 0, tzinfo=UTC)
ADMIN = 601
TEXT = (
    "The ferry between Larsvik and Holm will run every half hour from Monday, the operator said. "
    "A second boat has been leased for the winter, and the timetable will be printed again. "
    "Tickets keep their price, and season passes bought before the change stay valid until "
    "they expire. The harbour office will stay open an hour longer on weekdays to sell them, "
    "and the car deck can now be booked a week ahead."
)  # long enough to be summarized from the feed itself (no article fetch)


def digests_in(tg: DigestTelegram, chat_id: int) -> list[str]:
    return [c.visible_text or "" for c in tg.sent_to(chat_id)
            if (c.visible_text or "").startswith(("Digest ·", "Дайджест ·"))]  # fmt: skip


def test_start_up_catch_up_runs_in_the_background_and_shutdown_cancels_it(
    http_server: LoopbackHTTPServer, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    site = FeedSite(http_server)
    feed = site.feed("town", [
        item(f"http://127.0.0.1:1/s{n}", f"Story {n}", f"Story {n}. " + TEXT, T0, f"g{n}")
        for n in range(1, 4)
    ])  # fmt: skip
    clock = Clock(T0)
    with DigestTelegram() as tg:
        settings = bot_settings(tg, tmp_path / "bot.sqlite3")
        with RunningBot(settings, controlled(clock)) as bot:
            assert "Subscribed this chat" in say(tg, private(ADMIN, f"/subscribe {feed}"), ADMIN)
            say(tg, private(ADMIN, "/schedule every 1h"), ADMIN)
            poll(bot)
        clock.advance(hours=3)  # down for three slots: one digest is owed

        # Telegram does not answer the catch-up's digest (for 50 s, within the bot's patience
        # of 60 s): start-up, other chats and shutdown must not wait for it. Each is checked
        # against the held send still hanging, not against a clock a busy machine stretches:
        # waiting for it would take the 50 s (past RunningBot's own 30 s limits, too).
        hold = tg.hold("sendMessage", 1, timeout=50)
        caplog.set_level(logging.ERROR, logger="asyncio")
        caplog.set_level(logging.INFO, logger="bot.digest.jobs")
        with RunningBot(settings, patient(controlled(clock))) as bot:
            assert not hold.answered.is_set()  # start-up was not held up by the hold
            assert hold.arrived.wait(30)  # the catch-up is sending, in the background
            assert "Send me a link" in say(tg, private(ADMIN + 1, "/start"), ADMIN + 1)
            assert not hold.answered.is_set()  # answered while that send hangs
            app = bot.app
            task = jobs.catch_up_task(app)
            assert task is not None and not task.done()
        assert not hold.answered.is_set()  # the hanging send was cancelled, not awaited
        assert task.done() and "catch-up cancelled by shutdown" in caplog.text
        hold.release.set()
        del bot, app, task
        gc.collect()
        assert not [r for r in caplog.records if "destroyed but it is pending" in r.getMessage()]
        assert digests_in(tg, ADMIN) == []

        # the next start finishes the digest that shutdown cut off: sent once, nothing lost
        with RunningBot(settings, controlled(clock)) as bot:
            tg.wait_for("sendMessage", 1, timeout=30, chat_id=ADMIN,
                        where=lambda c: (c.visible_text or "").startswith("Digest ·"))  # fmt: skip
            assert caught_up(bot)
            assert deliver(bot) == []
        (digest,) = digests_in(tg, ADMIN)
        assert sorted(stories(digest)) == ["Story 1", "Story 2", "Story 3"]


def test_channel_picked_by_forwarding_is_remembered_across_a_restart(
    http_server: LoopbackHTTPServer, tmp_path: Path
) -> None:
    site = FeedSite(http_server)
    feed = site.feed("one", [item("http://127.0.0.1:1/a", "A story", TEXT, T0)])
    clock = Clock(T0)
    with DigestTelegram() as tg:
        channel = tg.add_chat(-1007001, "channel", "Holm News", "holmnews")
        tg.set_member(channel["id"], BOT_ID, "administrator", can_post_messages=True)
        tg.set_member(channel["id"], ADMIN, "administrator")
        settings = bot_settings(tg, tmp_path / "bot.sqlite3")
        with RunningBot(settings, controlled(clock)):
            text = say(tg, forwarded_from(channel, ADMIN, "A post"), ADMIN)
            assert "Now managing the digests of Holm News" in text
        with RunningBot(settings, controlled(clock)) as bot:
            text = say(tg, private(ADMIN, f"/subscribe {feed}"), ADMIN)
            assert "Subscribed Holm News to One News" in text
            subs = run_in_bot(bot, lambda app: app.bot_data.digests.subscriptions(channel["id"]))
            assert [s.url for s in subs] == [feed]
            assert run_in_bot(bot, lambda app: app.bot_data.digests.subscriptions(ADMIN)) == []


def test_group_upgraded_to_supergroup_keeps_subscriptions_schedule_settings_and_history(
    http_server: LoopbackHTTPServer, tmp_path: Path
) -> None:
    site = FeedSite(http_server)
    ferry = http_server.route("/news/ferry", FERRY_PAGE)
    feed = site.feed("town", [item(ferry, FERRY_TITLE, TEXT, T0 - timedelta(hours=1))])
    clock = Clock(T0)
    with DigestTelegram() as tg:
        old = tg.add_chat(-400100, "group", "Old Readers")
        new = tg.add_chat(-1004001, "supergroup", "Old Readers")
        for chat in (old, new):
            tg.set_member(chat["id"], BOT_ID, "member")
            tg.set_member(chat["id"], ADMIN, "administrator")
        settings = bot_settings(tg, tmp_path / "bot.sqlite3")
        with RunningBot(settings, controlled(clock)) as bot:
            oid, nid = old["id"], new["id"]
            assert "Subscribed Old Readers" in say(tg, in_chat(old, ADMIN, f"/subscribe {feed}"),
                                                   oid)  # fmt: skip
            say(tg, in_chat(old, ADMIN, "/schedule daily 09:00 Europe/Berlin"), oid)
            say(tg, in_chat(old, ADMIN, "/digestsettings language ru"), oid)
            say(tg, in_chat(old, ADMIN, "/digestsettings max 3"), oid)
            say(tg, in_chat(old, ADMIN, "/filter exclude carnival"), oid)
            poll(bot)
            report = run_in_bot(bot, lambda app: app.bot_data.deliverer.deliver(oid))
            assert report.status == "sent" and len(digests_in(tg, oid)) == 1

            for update in upgraded(old, new, ADMIN):
                tg.push(update)
            assert wait_until(bot, lambda subs: [s.url for s in subs] == [feed], nid)
            assert run_in_bot(bot, lambda app: app.bot_data.digests.subscriptions(oid)) == []
            digests = run_in_bot(bot, lambda app: app.bot_data.digests.settings(nid))
            assert digests.max_items == 3
            due = run_in_bot(bot, lambda app: app.bot_data.digests.schedule(nid))
            assert due is not None and due.schedule.describe() == "daily 09:00 Europe/Berlin"
            # the chat settings (language) moved too: the supergroup is answered in Russian
            text = say(tg, in_chat(new, ADMIN, "/subscriptions"), nid)
            assert "Подписки Old Readers" in text and "Расписание: daily 09:00" in text
            assert "carnival" in say(tg, in_chat(new, ADMIN, "/filter"), nid)  # the rules too

            # the story already posted in the group is not posted again; a new one is
            site.items["town"].append(item("http://127.0.0.1:1/b", BRIDGE_TITLE, TEXT, T0, "b"))
            clock.advance(hours=1)
            poll(bot)
            report = run_in_bot(bot, lambda app: app.bot_data.deliverer.deliver(nid))
            assert report.status == "sent"
            (digest,) = digests_in(tg, nid)
            assert digest.startswith("Дайджест") and stories(digest) == [BRIDGE_TITLE]


def test_upgrade_learned_from_a_failed_send_moves_the_digest_instead_of_pausing(
    http_server: LoopbackHTTPServer, tmp_path: Path
) -> None:
    site = FeedSite(http_server)
    feed = site.feed("town", [item("http://127.0.0.1:1/l", LIBRARY_TITLE, TEXT, T0)])
    clock = Clock(T0)
    with DigestTelegram() as tg:
        old = tg.add_chat(-400200, "group", "Quiet Group")
        new = tg.add_chat(-1004002, "supergroup", "Quiet Group")
        for chat in (old, new):
            tg.set_member(chat["id"], BOT_ID, "member")
            tg.set_member(chat["id"], ADMIN, "administrator")
        settings = bot_settings(tg, tmp_path / "bot.sqlite3")
        with RunningBot(settings, controlled(clock)) as bot:
            oid, nid = old["id"], new["id"]
            say(tg, in_chat(old, ADMIN, f"/subscribe {feed}"), oid)
            say(tg, in_chat(old, ADMIN, "/schedule every 1h"), oid)
            poll(bot)
            tg.upgraded[oid] = nid  # no service message reached us; the send tells
            clock.advance(hours=1)
            # the job learns the move from the failed send, and within the same run (batch after
            # batch of due chats) serves the chat again at its new id
            assert [r.status for r in deliver(bot)] == ["moved", "sent"]
            subs = run_in_bot(bot, lambda app: app.bot_data.digests.subscriptions(nid))
            assert [s.paused for s in subs] == [False]
            (digest,) = digests_in(tg, nid)
            assert stories(digest) == [LIBRARY_TITLE]
            clock.advance(hours=1)
            assert [r.status for r in deliver(bot)] == ["nothing"]
            assert len(digests_in(tg, nid)) == 1 and digests_in(tg, oid) == []


BAD_SCHEDULES = ["", "daily at 08:00", "every soon", "every 5m", "daily 25:00",
                 "funday 08:00", "daily 08:00 Mars/Base"]  # fmt: skip
BAD_SETTINGS = [["max", "0"], ["highlights", "maybe"], ["colour", "red"], ["tz", "Mars/Base"]]


def test_every_schedule_and_setting_error_has_a_catalog_text_in_each_language() -> None:
    errors: list[ScheduleError | SettingError] = []
    for text in BAD_SCHEDULES:
        with pytest.raises(ScheduleError) as info:
            parse_schedule(text)
        errors.append(info.value)
    for args in BAD_SETTINGS:
        with pytest.raises(SettingError) as setting:
            parse_setting(args)
        errors.append(setting.value)
    assert len({e.code for e in errors}) == len(errors) - 1  # Mars/Base twice
    for error in errors:
        for lang, catalog in CATALOGS.items():
            assert f"digest.error.{error.code}" in catalog, (lang, error.code)
            text = t(lang, f"digest.error.{error.code}", **error.params)
            assert "{" not in text
    zone = next(e for e in errors if e.code == "unknown_zone")
    assert zone.params == {"zone": "Mars/Base"}
    assert "<b>" not in t("en", "digest.error.unknown_day", day="<b>")  # values are escaped


def test_schedule_and_setting_errors_speak_the_chats_language(tmp_path: Path) -> None:
    clock = Clock(T0)
    with DigestTelegram() as tg:
        settings = bot_settings(tg, tmp_path / "bot.sqlite3")
        with RunningBot(settings, controlled(clock)):
            text = say(tg, private(ADMIN, "/schedule daily 25:00"), ADMIN)
            assert "Unknown time “25:00”" in text
            say(tg, private(ADMIN, "/digestsettings language ru"), ADMIN)
            text = say(tg, private(ADMIN, "/schedule daily 25:00"), ADMIN)
            assert "неизвестное время «25:00»" in text and "Unknown" not in text
            text = say(tg, private(ADMIN, "/schedule daily 08:00 Mars/Base"), ADMIN)
            assert "неизвестный часовой пояс «Mars/Base»" in text
            text = say(tg, private(ADMIN, "/digestsettings max 0"), ADMIN)
            assert "max — это число от 1 до 30" in text
            text = say(tg, private(ADMIN, "/digestsettings highlights maybe"), ADMIN)
            assert "highlights может быть только on или off" in text
            text = say(tg, private(ADMIN, "/digestsettings language xx"), ADMIN)
            assert "неизвестный язык «xx»" in text


def test_daily_berlin_digest_follows_the_end_of_summer_time(
    http_server: LoopbackHTTPServer, tmp_path: Path
) -> None:
    # 2026-10-25 is the last Sunday of October: 08:00 Berlin is 06:00 UTC (CEST, UTC+2) on
    # Saturday the 24th and 07:00 UTC (CET, UTC+1) from Sunday the 25th
    start = datetime(2026, 10, 24, 5, 0, tzinfo=UTC)
    site = FeedSite(http_server)
    feed = site.feed("town", [item("http://127.0.0.1:1/a", "Saturday story", TEXT, start, "a")])
    clock = Clock(start)
    with DigestTelegram() as tg:
        settings = bot_settings(tg, tmp_path / "bot.sqlite3")
        with RunningBot(settings, controlled(clock)) as bot:
            say(tg, private(ADMIN, f"/subscribe {feed}"), ADMIN)
            text = say(tg, private(ADMIN, "/schedule daily 08:00 Europe/Berlin"), ADMIN)
            assert "Next one at 2026-10-24 06:00 UTC" in text
            poll(bot)
            clock.now = datetime(2026, 10, 24, 5, 59, tzinfo=UTC)
            assert deliver(bot) == []
            clock.now = datetime(2026, 10, 24, 6, 0, tzinfo=UTC)
            assert [r.status for r in deliver(bot)] == ["sent"]
            assert [stories(d) for d in digests_in(tg, ADMIN)] == [["Saturday story"]]

            sunday = datetime(2026, 10, 25, 3, 0, tzinfo=UTC)  # after the 01:00 UTC change
            site.items["town"].append(item("http://127.0.0.1:1/b", "Sunday story", TEXT,
                                           sunday, "b"))  # fmt: skip
            clock.now = sunday
            poll(bot)
            for hour, minute in ((6, 0), (6, 59)):  # 07:00 and 07:59 in Berlin now: not yet
                clock.now = datetime(2026, 10, 25, hour, minute, tzinfo=UTC)
                assert deliver(bot) == []
            clock.now = datetime(2026, 10, 25, 7, 0, tzinfo=UTC)
            assert [r.status for r in deliver(bot)] == ["sent"]
            assert [stories(d) for d in digests_in(tg, ADMIN)][1:] == [["Sunday story"]]
            text = say(tg, private(ADMIN, "/subscriptions"), ADMIN)
            assert "next digest 2026-10-26 07:00 UTC" in text


async def test_migrate_chat_moves_rows_and_lets_the_new_chats_own_rows_win(tmp_path: Path) -> None:
    from bot.digest.build import Candidate, DigestOptions, plan_digest
    from bot.digest.schedule import next_run
    from bot.storage import chats
    from tests.digest_helpers import open_store

    db, digests = await open_store(tmp_path / "m.sqlite3")
    old, new, now = -400300, -1004003, T0
    try:
        for url in ("http://f.test/a.xml", "http://f.test/b.xml"):
            await digests.subscribe(old, url, now=now, added_by=ADMIN)
        await digests.subscribe(new, "http://f.test/a.xml", now=now)  # the new chat's own
        await digests.set_chat_paused(old, True)
        daily = parse_schedule("daily 08:00 Europe/Berlin")
        await digests.set_schedule(old, daily, next_run(daily, now))
        await digests.update_setting(old, "max_items", 4)
        await digests.update_setting(new, "max_items", 7)
        await digests.pick_target(ADMIN, old, now)
        await chats.save_prefs(db, old, chats.ChatPrefs(language="ru"))

        def plan(*keys: str):
            stories = [Candidate(i, k, f"Title {k}", f"http://n.test/{k}", "F", "Text.", now, now)
                       for i, k in enumerate(keys)]  # fmt: skip
            return [(0, plan_digest(stories, now, DigestOptions()))]

        assert await digests.create_run(old, plan("k1", "k2"), now) is not None
        assert await digests.create_run(new, plan("k1"), now) is not None

        assert await digests.migrate_chat(old, new)
        assert await chats.move_chat_settings(db, old, new)
        subs = await digests.subscriptions(new)
        assert sorted(s.url for s in subs) == ["http://f.test/a.xml", "http://f.test/b.xml"]
        assert not any(s.paused for s in subs)
        assert await digests.subscriptions(old) == []
        due = await digests.schedule(new)
        assert due is not None and due.schedule == daily
        assert await digests.schedule(old) is None
        assert [s.chat_id for s in await digests.schedules()] == [new]  # resumed too
        assert (await digests.settings(new)).max_items == 7  # the new chat's own setting wins
        assert await digests.delivery_counts(new) == {"pending": 2}  # k1 once, k2 moved
        assert await digests.delivery_counts(old) == {}
        assert {chat for chat, _ in await digests.open_runs()} == {new}
        assert await digests.picked_target(ADMIN) == new
        assert (await chats.load_prefs(db, new)).language == "ru"
        # Telegram announces it in both chats: the second announcement finds nothing to move
        assert not await digests.migrate_chat(old, new)
        assert not await chats.move_chat_settings(db, old, new)
    finally:
        await db.close()
