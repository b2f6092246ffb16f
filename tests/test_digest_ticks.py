"""Through the real Application and the fake Bot API: a feed is polled at every tick its interval
asks for, however the tick's clock reading jitters, and a refused /unsubscribe button names the
chat by its title."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from bot.digest import jobs
from tests import fake_telegram as ft
from tests.bot_harness import RunningBot, bot_settings
from tests.digest_bot_helpers import DigestTelegram, controlled, in_chat, rss, run_in_bot
from tests.digest_helpers import Clock
from tests.fake_telegram import BOT_ID
from tests.servers.http import LoopbackHTTPServer

ADMIN, MEMBER = 701, 702
# a per-minute job's clock readings: a few milliseconds late, sometimes less late than before
JITTER = [0.0, 0.004, -0.003, 0.012, -0.02, 0.001, -0.008, 0.0, -0.015, 0.002]


def _polls(server: LoopbackHTTPServer, path: str) -> int:
    return sum(1 for request in server.requests if request.path == path)


def test_one_minute_feed_is_polled_at_every_tick_despite_jitter(
    http_server: LoopbackHTTPServer, tmp_path: Path
) -> None:
    feed = http_server.route(
        "/minute.xml", body=rss("Minute News", []), content_type="application/rss+xml"
    )
    clock = Clock()
    with DigestTelegram() as tg:
        settings = bot_settings(tg, tmp_path / "bot.sqlite3", feed_poll_minutes=1)
        with RunningBot(settings, controlled(clock)) as bot:
            run_in_bot(bot, lambda app: app.bot_data.digests.subscribe(-100, feed, now=clock()))
            nominal = clock.now
            for tick, jitter in enumerate(JITTER):
                clock.now = nominal + timedelta(minutes=tick, seconds=jitter)
                run_in_bot(bot, lambda app: jobs.poll_feeds(app.bot_data, app.bot))
                assert _polls(http_server, "/minute.xml") == tick + 1, f"tick {tick}"
            # between two ticks nothing is due: the next poll waits for the next tick
            clock.now += timedelta(seconds=30)
            run_in_bot(bot, lambda app: jobs.poll_feeds(app.bot_data, app.bot))
            assert _polls(http_server, "/minute.xml") == len(JITTER)


def test_non_admin_tapping_an_unsubscribe_button_is_told_the_chats_title(
    http_server: LoopbackHTTPServer, tmp_path: Path
) -> None:
    feed = http_server.route(
        "/club.xml", body=rss("Club News", []), content_type="application/rss+xml"
    )
    with DigestTelegram() as tg:
        group = tg.add_chat(-1001777, "supergroup", "Tom & Jerry <Fans>")
        tg.set_member(group["id"], BOT_ID, "member")
        tg.set_member(group["id"], ADMIN, "creator")
        tg.set_member(group["id"], MEMBER, "member")
        settings = bot_settings(tg, tmp_path / "bot.sqlite3")
        with RunningBot(settings):
            tg.push(in_chat(group, ADMIN, f"/subscribe {feed}"))
            (subscribed,) = tg.wait_for("sendMessage", 1, chat_id=group["id"])
            assert "Subscribed Tom & Jerry <Fans> to" in (subscribed.visible_text or "")
            tg.push(in_chat(group, ADMIN, "/unsubscribe"))
            menu = tg.wait_for("sendMessage", 2, chat_id=group["id"])[-1]
            (button,) = [b for row in menu.params["reply_markup"]["inline_keyboard"] for b in row]

            tg.push(ft.callback(button["callback_data"], bot_message=menu.result, user_id=MEMBER))
            (refused,) = tg.wait_for("answerCallbackQuery", 1)
            # an alert is plain text: the title as it is, no HTML escapes, no numeric id
            assert (
                refused.params["text"]
                == "Only admins of Tom & Jerry <Fans> can manage its digests."
            )
            assert refused.params["show_alert"] is True
            assert tg.calls_to("editMessageText") == []  # still subscribed
