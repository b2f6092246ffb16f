"""Digests end to end: the real Application against the fake Bot API, loopback feeds and
articles, a real SQLite file, and a clock the test moves by hand (jobs are called directly)."""

from __future__ import annotations

import asyncio
import re
import time
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path
from typing import Any

from bot.admin import ANONYMOUS_ADMIN_ID
from bot.digest import jobs as digest_jobs
from summarizer.web.opml import Outline, export_opml, parse_opml
from tests import fake_telegram as ft
from tests.bot_articles import FERRY_PAGE, FERRY_PARAGRAPHS, FERRY_TITLE
from tests.bot_harness import RunningBot, bot_settings
from tests.digest_bot_helpers import (
    BRIDGE_PAGE,
    BRIDGE_PARAGRAPHS,
    BRIDGE_TITLE,
    LIBRARY_PAGE,
    LIBRARY_PARAGRAPHS,
    LIBRARY_TITLE,
    DigestTelegram,
    caught_up,
    controlled,
    document,
    forwarded_from,
    in_chat,
    membership,
    private,
    rss,
    run_in_bot,
)
from tests.digest_helpers import Clock
from tests.fake_telegram import BOT_ID
from tests.servers.http import LoopbackHTTPServer, Request, Response

T0 = datetime(2026, 11, 5, 8, 0, tzinfo=UTC)
ADMIN, OTHER = 501, 502


def stamp(dt: datetime) -> str:
    return format_datetime(dt)


class FeedSite:
    """RSS feeds on the loopback server with ETags: 304 when the client already has it."""

    def __init__(self, server: LoopbackHTTPServer) -> None:
        self.server = server
        self.items: dict[str, list[dict[str, str]]] = {}
        self.broken: set[str] = set()

    def feed(self, name: str, items: list[dict[str, str]]) -> str:
        self.items[name] = items

        def handle(request: Request) -> Response:
            if name in self.broken:
                return Response(500, body="down")
            tag = f'"{name}-{len(self.items[name])}"'
            if request.headers.get("if-none-match") == tag:
                return Response(304, headers={"ETag": tag}, content_type=None)
            body = rss(f"{name.title()} News", self.items[name])
            return Response(200, body=body, headers={"ETag": tag},
                            content_type="application/rss+xml")  # fmt: skip

        return self.server.route(f"/feeds/{name}.xml", handler=handle)

    def statuses(self, name: str) -> list[str | None]:
        return [r.headers.get("if-none-match") for r in self.server.requests
                if r.path == f"/feeds/{name}.xml"]  # fmt: skip


def item(link: str, title: str, text: str, at: datetime, guid: str | None = None) -> dict:
    return {"link": link, "title": title, "text": text, "date": stamp(at), "guid": guid or link}


def say(tg: DigestTelegram, update: dict[str, Any], chat_id: int, count: int = 1) -> str:
    """Push an update and return the text of the `count`-th new message to `chat_id`."""
    before = len(tg.sent_to(chat_id))
    tg.push(update)
    calls = tg.wait_for("sendMessage", before + count, timeout=30, chat_id=chat_id)
    return calls[before + count - 1].visible_text or ""


def poll(bot: RunningBot) -> list:
    return run_in_bot(bot, lambda app: digest_jobs.poll_feeds(app.bot_data, app.bot))


def deliver(bot: RunningBot) -> list:
    return run_in_bot(bot, lambda app: digest_jobs.deliver_due(app.bot_data))


def stories(text: str) -> list[str]:
    """The numbered story titles of a digest message."""
    return re.findall(r"^\d+\. (.+?)(?: · .*)?$", text, flags=re.MULTILINE)


def test_channel_managed_privately_gets_one_summarized_digest_per_hour(
    http_server: LoopbackHTTPServer, tmp_path: Path
) -> None:
    site = FeedSite(http_server)
    ferry = http_server.route("/news/ferry", FERRY_PAGE)
    library = http_server.route("/news/library", LIBRARY_PAGE)
    bridge = http_server.route("/news/bridge", BRIDGE_PAGE)
    teaser = "Read the full story on our site …"
    at = T0 - timedelta(hours=1)
    one = site.feed("one", [item(ferry, FERRY_TITLE, teaser, at, "one-1"),
                            item(library, LIBRARY_TITLE, teaser, at, "one-2")])  # fmt: skip
    # the same ferry story, with a tracking parameter and its own GUID
    two = site.feed("two", [item(ferry + "?utm_source=two", FERRY_TITLE, teaser, at, "two-1"),
                            item(bridge, BRIDGE_TITLE, teaser, at, "two-2")])  # fmt: skip
    clock = Clock(T0)
    with DigestTelegram() as tg:
        channel = tg.add_chat(-1001500, "channel", "Holm News", "holmnews")
        quiet = tg.add_chat(-1001600, "channel", "Quiet Corner", "quietcorner")
        tg.set_member(channel["id"], BOT_ID, "administrator", can_post_messages=True)
        tg.set_member(channel["id"], ADMIN, "administrator")
        tg.set_member(quiet["id"], BOT_ID, "administrator", can_post_messages=False)
        tg.set_member(quiet["id"], ADMIN, "creator")
        settings = bot_settings(tg, tmp_path / "bot.sqlite3", feed_poll_minutes=30)
        with RunningBot(settings, controlled(clock)) as bot:
            # not an admin of the channel: refused, nothing stored
            text = say(tg, private(OTHER, f"/subscribe @holmnews {one}"), OTHER)
            assert "Only admins of Holm News" in text
            # the bot may not post in this channel: picking it by forwarding says so
            text = say(tg, forwarded_from(quiet, ADMIN, "A post"), ADMIN)
            assert "cannot post in Quiet Corner" in text and "right to post" in text
            text = say(tg, private(ADMIN, f"/subscribe {one}"), ADMIN)
            assert "cannot post in Quiet Corner" in text
            # a forwarded post picks the channel; named explicitly works too
            text = say(tg, forwarded_from(channel, ADMIN, "Hello readers"), ADMIN)
            assert "Now managing the digests of Holm News" in text
            text = say(tg, private(ADMIN, f"/subscribe @holmnews {one}"), ADMIN)
            assert "Subscribed Holm News to One News" in text and "/schedule" in text
            text = say(tg, private(ADMIN, f"/subscribe {two}"), ADMIN)
            assert "Subscribed Holm News to Two News" in text
            text = say(tg, private(ADMIN, "/schedule every 1h"), ADMIN)
            assert "every 1h UTC" in text and "2026-11-05 09:00 UTC" in text
            assert "Holm News" in say(tg, private(ADMIN, "/subscriptions"), ADMIN)
            assert not run_in_bot(bot, lambda app: app.bot_data.digests.subscriptions(quiet["id"]))

            poll(bot)
            assert deliver(bot) == [] and tg.sent_to(channel["id"]) == []
            # /preview: the next digest, to the admin only, and nothing is used up by it
            text = say(tg, private(ADMIN, "/preview"), ADMIN, count=2)
            assert text.startswith("Digest · 3 new") and tg.sent_to(channel["id"]) == []

            clock.advance(hours=1)  # 09:00: feeds unchanged (304), first digest
            poll(bot)
            assert site.statuses("one") == [None, None, '"one-2"']  # subscribe, poll, poll
            first_digest = deliver(bot)
            assert [r.status for r in first_digest] == ["sent"]
            (digest,) = tg.sent_to(channel["id"])
            text = digest.visible_text or ""
            assert digest.params.get("message_thread_id") is None
            assert text.startswith("Digest · 3 new")
            assert sorted(stories(text)) == sorted([FERRY_TITLE, LIBRARY_TITLE, BRIDGE_TITLE])
            assert teaser not in text  # every story summarized from its article
            for paragraphs in (FERRY_PARAGRAPHS, LIBRARY_PARAGRAPHS, BRIDGE_PARAGRAPHS):
                article = " ".join(paragraphs)
                assert any(line[:40] in article for line in text.splitlines() if line[:40])

            # 09:30 a new story whose page cannot be fetched: the feed's own text stands in
            clock.advance(minutes=30)
            late = "The harbour crane broke down on Wednesday morning. Repairs will take a week."
            site.items["one"].append(item("http://127.0.0.1:1/crane", "Harbour crane broken",
                                          late, clock.now, "one-3"))  # fmt: skip
            poll(bot)
            clock.advance(minutes=30)  # 10:00
            deliver(bot)
            assert len(tg.sent_to(channel["id"])) == 2
            second = tg.sent_to(channel["id"])[1].visible_text or ""
            assert second.startswith("Digest · 1 new") and stories(second) == [
                "Harbour crane broken"
            ]
            assert "Repairs will take a week" in second

            clock.advance(hours=1)  # 11:00: nothing new, nothing posted
            poll(bot)
            deliver(bot)
            assert len(tg.sent_to(channel["id"])) == 2
            assert all(c.params["chat_id"] != quiet["id"] for c in tg.calls_to("sendMessage"))

            # /unsubscribe without a URL offers buttons; only an admin's press counts
            before = len(tg.sent_to(ADMIN))
            tg.push(private(ADMIN, "/unsubscribe"))
            menu = tg.wait_for("sendMessage", before + 1, chat_id=ADMIN)[-1]
            assert "Which feed should Holm News stop receiving?" in (menu.visible_text or "")
            buttons = [b for row in menu.params["reply_markup"]["inline_keyboard"] for b in row]
            assert [b["text"] for b in buttons] == ["One News", "Two News"]
            tg.push(ft.callback(buttons[0]["callback_data"], bot_message=menu.result,
                                user_id=OTHER))  # fmt: skip
            (refused,) = tg.wait_for("answerCallbackQuery", 1)
            assert "Only admins" in refused.params["text"] and refused.params["show_alert"]
            tg.push(ft.callback(buttons[0]["callback_data"], bot_message=menu.result,
                                user_id=ADMIN))  # fmt: skip
            (edited,) = tg.wait_for("editMessageText", 1)
            assert f"Unsubscribed Holm News from {one}" in (edited.visible_text or "")
            subs = run_in_bot(bot, lambda app: app.bot_data.digests.subscriptions(channel["id"]))
            assert [s.url for s in subs] == [two]


def opml_for(urls: list[str]) -> bytes:
    return export_opml([Outline(u, f"Feed {i}") for i, u in enumerate(urls)], now=T0)


def test_group_admin_commands_opml_pause_and_feed_alerts(
    http_server: LoopbackHTTPServer, tmp_path: Path
) -> None:
    site = FeedSite(http_server)
    ferry = http_server.route("/news/ferry", FERRY_PAGE)
    news = site.feed("town", [item(ferry, FERRY_TITLE, " ".join(FERRY_PARAGRAPHS[:3]), T0)])
    flaky = site.feed("flaky", [item(ferry + "#f", "Flaky story", "Short text.", T0)])
    clock = Clock(T0)
    with DigestTelegram() as tg:
        group = tg.add_chat(-1002001, "supergroup", "Larsvik Readers")
        tg.set_member(group["id"], BOT_ID, "member")
        tg.set_member(group["id"], ADMIN, "administrator")
        settings = bot_settings(tg, tmp_path / "bot.sqlite3", feed_failure_alert_after=2)
        with RunningBot(settings, controlled(clock)) as bot:
            gid = group["id"]
            text = say(tg, in_chat(group, OTHER, f"/subscribe {news}"), gid)
            assert "Only admins of Larsvik Readers" in text
            # mistakes are answered with a hint (in the admin's own chat: the group is rate
            # limited by PTB's AIORateLimiter, 20 calls a minute, which getChatMember counts)
            text = say(tg, private(ADMIN, "/schedule sometimes soon"), ADMIN)
            assert "Examples:" in text and "/schedule daily 08:00" in text
            assert "Examples:" in say(tg, private(ADMIN, "/schedule daily 25:00"), ADMIN)
            text = say(tg, private(ADMIN, "/digestsettings max 0"), ADMIN)
            assert "max must be a number" in text
            # 08:00 in Tokyo is 23:00 UTC the day before; it is 08:00 UTC on the 5th now
            text = say(tg, in_chat(group, ADMIN, "/schedule daily 08:00 Asia/Tokyo"), gid)
            assert "daily 08:00 Asia/Tokyo" in text and "2026-11-05 23:00 UTC" in text
            # an anonymous admin posts as the group itself
            anonymous = in_chat(group, ANONYMOUS_ADMIN_ID, "/subscriptions",
                                sender_chat=dict(group))  # fmt: skip
            assert "has no subscriptions yet" in say(tg, anonymous, gid)

            # OPML import from a document, then /export round trip
            tg.files["opml1"] = opml_for([news, flaky])
            text = say(tg, document(group, ADMIN, "opml1", "feeds.opml", len(tg.files["opml1"])),
                       gid)  # fmt: skip
            assert "Imported 2 new of 2 feeds into Larsvik Readers" in text
            tg.files["junk"] = b"<html>not opml</html>"
            text = say(tg, document(None, ADMIN, "junk", "junk.opml", 21), ADMIN)
            assert "not a readable OPML" in text
            tg.push(in_chat(group, ADMIN, "/export"))
            tg.wait_for("sendDocument", 1, timeout=30)
            (doc_chat, name, data) = tg.documents[0]
            assert doc_chat == gid and name.endswith(".opml")
            assert {o.url for o in parse_opml(data)} == {news, flaky}

            # a feed that fails twice: the admin who added it is told once, and once again
            # when it recovers
            # a feed that moves for good (301): its new URL is kept, the old one still works
            moving = site.feed("moving", [item(ferry + "#m", "Moving story", "Text.", T0)])
            assert "Subscribed this chat" in say(tg, private(ADMIN, f"/subscribe {moving}"), ADMIN)
            moved = site.feed("moved", site.items["moving"])
            http_server.redirect("/feeds/moving.xml", moved, status=301)

            seen = len(tg.sent_to(ADMIN))
            site.broken.add("flaky")
            for _ in range(4):
                clock.advance(days=1)
                poll(bot)
            alerts = [c.visible_text or "" for c in tg.sent_to(ADMIN)[seen:]]
            assert len(alerts) == 1 and "Feed 1 has failed 2 times in a row" in alerts[0]
            assert "Larsvik Readers" in alerts[0]
            site.broken.clear()
            for _ in range(3):
                clock.advance(days=1)
                poll(bot)
            alerts = [c.visible_text or "" for c in tg.sent_to(ADMIN)[seen:]]
            assert len(alerts) == 2 and "Feed 1 works again" in alerts[1]
            assert moved in say(tg, private(ADMIN, "/subscriptions"), ADMIN)
            text = say(tg, private(ADMIN, f"/unsubscribe {moving}"), ADMIN)
            assert f"Unsubscribed this chat from {moving}" in text

            # removed from the group: paused, nothing posted; added back: one digest
            before = len(tg.sent_to(gid))
            tg.push(membership(group, ADMIN, "member", "kicked"))
            assert wait_until(bot, lambda subs: subs and all(s.paused for s in subs), gid)
            clock.advance(days=1)
            poll(bot)
            assert deliver(bot) == [] and len(tg.sent_to(gid)) == before
            tg.push(membership(group, ADMIN, "left", "member"))
            assert wait_until(bot, lambda subs: subs and not any(s.paused for s in subs), gid)
            reports = deliver(bot)
            assert [r.status for r in reports] == ["sent"]
            assert len(tg.sent_to(gid)) == before + 1
            assert deliver(bot) == []  # one digest for every slot missed meanwhile


def in_topic(call: Any) -> bool:
    """A digest message (it lists stories) posted in forum topic 7."""
    return call.params.get("message_thread_id") == 7 and "Story" in (call.visible_text or "")


def wait_until(bot: RunningBot, check, chat_id: int, timeout: float = 10.0) -> bool:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        subs = run_in_bot(bot, lambda app: app.bot_data.digests.subscriptions(chat_id))
        if check(subs):
            return True
        time.sleep(0.05)
    return False


def test_kill_between_two_messages_then_restart_loses_and_repeats_nothing(
    http_server: LoopbackHTTPServer, tmp_path: Path
) -> None:
    site = FeedSite(http_server)
    words = (
        "The council met again on Monday evening to discuss the harbour budget, the ferry "
        "timetable, the bridge repairs and the cost of longer library hours for students. "
    )
    long_items = [
        item(f"http://127.0.0.1:1/story-{n}", f"Story {n}: " + "a long headline " * 12,
             f"Story {n} begins here. " + words * 8, T0 - timedelta(minutes=n), f"s{n}")
        for n in range(1, 17)
    ]  # fmt: skip
    feed = site.feed("long", long_items)
    clock = Clock(T0)
    db = tmp_path / "bot.sqlite3"
    with DigestTelegram() as tg:
        group = tg.add_chat(-1003001, "supergroup", "Harbour Forum", forum=True)
        tg.set_member(group["id"], BOT_ID, "member")
        tg.set_member(group["id"], ADMIN, "creator")
        gid = group["id"]
        topic = {"message_thread_id": 7, "is_topic_message": True}
        settings = bot_settings(tg, db)
        with RunningBot(settings, controlled(clock)) as bot:
            text = say(tg, in_chat(group, ADMIN, f"/subscribe {feed}", **topic), gid)
            assert "Subscribed Harbour Forum" in text
            say(tg, in_chat(group, ADMIN, "/digestsettings max 20", **topic), gid)
            poll(bot)
            hold = tg.hold("sendMessage", 2)  # the digest's second message never returns
            loop, app = bot._loop, bot.app
            assert loop is not None and app is not None
            asyncio.run_coroutine_threadsafe(app.bot_data.deliverer.deliver(gid), loop)
            assert hold.arrived.wait(30)
        hold.release.set()  # the bot is gone; Telegram never posted message 2
        first = [c for c in tg.sent_to(gid) if c.visible_text.startswith("Digest")]
        assert len(first) == 1 and first[0].params["message_thread_id"] == 7

        with RunningBot(settings, controlled(clock)) as bot:  # same SQLite file
            # start-up finishes the interrupted digest before anything else
            tg.wait_for("sendMessage", 2, timeout=30, where=in_topic, chat_id=gid)
            assert caught_up(bot)  # it runs in the background; /digest now would be "busy"
            text = say(tg, in_chat(group, ADMIN, "/digest", **topic), gid)
            assert "Nothing new for Harbour Forum" in text
        posted = [c for c in tg.sent_to(gid) if in_topic(c)]
        assert len(posted) == 2
        titles = [t for c in posted for t in stories(c.visible_text or "")]
        numbers = sorted(int(re.match(r"Story (\d+)", t).group(1)) for t in titles)
        assert numbers == list(range(1, 17))  # every story once: none lost, none repeated
