"""/settings: buttons change the chat's settings, only admins may in groups, and they survive a
restart of the bot on the same SQLite file."""

from __future__ import annotations

from typing import Any

import pytest

from tests import fake_telegram as ft
from tests.bot_articles import FERRY_PAGE, FERRY_TITLE
from tests.bot_harness import RunningBot, bot_settings
from tests.fake_telegram import Call, FakeTelegram
from tests.servers.http import LoopbackHTTPServer


def buttons(call: Call) -> dict[str, dict[str, Any]]:
    """Keyboard buttons by the label before the colon ("Quotes", "Length" ...)."""
    rows = call.params["reply_markup"]["inline_keyboard"]
    return {b["text"].split(":")[0]: b for row in rows for b in row}


def press(tg: FakeTelegram, menu: Call, label: str, user_id: int) -> None:
    data = buttons(menu)[label]["callback_data"]
    tg.push(ft.callback(data, bot_message=menu.result, user_id=user_id))


def test_private_settings_persist_across_a_restart(tmp_path):
    uid = 7001
    db = tmp_path / "bot.sqlite3"
    with FakeTelegram() as tg, LoopbackHTTPServer() as site:
        url = site.route("/ferry", FERRY_PAGE)
        settings = bot_settings(tg, db)
        with RunningBot(settings):
            tg.push(ft.message("/settings", user_id=uid, chat_id=uid))
            (menu,) = tg.wait_for("sendMessage", chat_id=uid)
            assert buttons(menu)["Quotes"]["text"] == "Quotes: on"
            press(tg, menu, "Quotes", uid)
            (edit,) = tg.wait_for("editMessageText", chat_id=uid)
            assert buttons(edit)["Quotes"]["text"] == "Quotes: off"
            press(tg, edit, "Language", uid)  # auto -> en
            (edit2,) = tg.wait_for("editMessageText", 2, chat_id=uid)[1:]
            press(tg, edit2, "Language", uid)  # en -> ru
            edit3 = tg.wait_for("editMessageText", 3, chat_id=uid)[2]
            assert buttons(edit3)["Язык"]["text"] == "Язык: Русский"
            assert buttons(edit3)["Алгоритм"]["text"] == "Алгоритм: default"
            press(tg, edit3, "Алгоритм", uid)
            edit4 = tg.wait_for("editMessageText", 4, chat_id=uid)[3]
            assert buttons(edit4)["Алгоритм"]["text"] == "Алгоритм: lexrank"

        with RunningBot(settings):  # same database file, new process state
            tg.push(ft.message(url, user_id=uid, chat_id=uid))
            replies = tg.wait_for("sendMessage", 2, chat_id=uid)
            reply = replies[1]
            assert FERRY_TITLE in reply.visible_text
            assert "Key quotes" not in reply.visible_text and "Ключевые цитаты" not in (
                reply.visible_text
            )
            assert "Ключевые цифры" in reply.visible_text  # interface language is now Russian
            assert reply.params["reply_markup"]["inline_keyboard"][0][0]["text"] == "➖ Короче"
            tg.push(ft.message("/settings", user_id=uid, chat_id=uid))
            menu = tg.wait_for("sendMessage", 3, chat_id=uid)[2]
            assert buttons(menu)["Цитаты"]["text"] == "Цитаты: выкл"
            assert buttons(menu)["Алгоритм"]["text"] == "Алгоритм: lexrank"


@pytest.mark.parametrize("status", ["member", "administrator"])
def test_only_group_admins_can_switch_auto_summaries(tmp_path, status):
    chat, uid = -1009001, 9001
    with FakeTelegram() as tg, LoopbackHTTPServer() as site:
        url = site.route("/ferry", FERRY_PAGE)
        tg.chat_members[(chat, uid)] = status
        with RunningBot(bot_settings(tg, tmp_path / "bot.sqlite3")):
            tg.push(ft.message("/settings", user_id=uid, chat_id=chat, chat_type="supergroup"))
            (menu,) = tg.wait_for("sendMessage", chat_id=chat)
            label = "Summarize every link"
            assert buttons(menu)[label]["text"] == f"{label}: off"
            press(tg, menu, label, uid)
            (answer,) = tg.wait_for("answerCallbackQuery")
            assert tg.calls_to("getChatMember", chat_id=chat, user_id=uid)
            link = ft.message(url, user_id=9002, chat_id=chat, chat_type="supergroup")
            if status == "member":
                assert answer.params["text"] == "Only chat admins can change these settings."
                assert answer.params["show_alert"] is True
                assert not tg.calls_to("editMessageText")
                tg.push(link)
                tg.push(ft.message("/tldr", user_id=9002, chat_id=chat, chat_type="supergroup"))
                (usage,) = tg.wait_for("sendMessage", 2, chat_id=chat)[1:]
                assert "/tldr" in usage.visible_text
                assert len(tg.calls_to("sendMessage", chat_id=chat)) == 2
            else:
                (edit,) = tg.wait_for("editMessageText", chat_id=chat)
                assert buttons(edit)[label]["text"] == f"{label}: on"
                tg.push(link)
                (_, reply) = tg.wait_for("sendMessage", 2, chat_id=chat)
                assert FERRY_TITLE in reply.visible_text
