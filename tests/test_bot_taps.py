"""Taps and typing through the fake Bot API: button taps are not summary requests, inline mode
waits for a finished link, a summary is always shorter than its article, auto-summaries warn an
admin when the bot cannot see the group, and the article's language reaches quotes and figures.
"""

from __future__ import annotations

import itertools
import re
import time
from typing import Any

import pytest

from tests import fake_telegram as ft
from tests.bot_articles import FERRY_PAGE, article_html
from tests.bot_fixtures import bot_fixture, site_fixture, telegram_fixture
from tests.bot_harness import keyboard, quoted, reply_to, sections, send
from tests.fake_telegram import Call, FakeTelegram
from tests.servers.http import LoopbackHTTPServer
from tests.short_articles import (
    LIBRARY_PARAGRAPHS,
    LIBRARY_TITLE,
    NOTICE_PARAGRAPHS,
    NOTICE_TITLE,
    RU_PARAGRAPHS,
    RU_TITLE,
)

SUMMARY_LIMIT = 3  # a minute; low, so that taps counted against it would show at once
TAP_LIMIT = 12
_ids = itertools.count(61001)


def new_id() -> int:
    return next(_ids)


def _routes(server: LoopbackHTTPServer) -> None:
    for path in ("/taps", "/taps-limit", "/taps-after", "/typed", "/typed-again"):
        server.route(path, FERRY_PAGE)
    server.route("/library", article_html(LIBRARY_TITLE, LIBRARY_PARAGRAPHS))
    server.route("/library-longer", article_html(LIBRARY_TITLE, LIBRARY_PARAGRAPHS))
    server.route("/notice", article_html(NOTICE_TITLE, NOTICE_PARAGRAPHS))
    server.route("/notice-inline", article_html(NOTICE_TITLE, NOTICE_PARAGRAPHS))
    server.route("/notice-group", article_html(NOTICE_TITLE, NOTICE_PARAGRAPHS))
    server.route("/ferry-group", FERRY_PAGE)
    server.route("/ru", article_html(RU_TITLE, RU_PARAGRAPHS, lang="ru"))
    untagged = article_html(RU_TITLE, RU_PARAGRAPHS).replace(' lang="en"', "")
    server.route("/ru-untagged", untagged)


tg = telegram_fixture()
site = site_fixture(_routes)
bot = bot_fixture("taps", rate_limit_per_minute=SUMMARY_LIMIT, tap_rate_limit_per_minute=TAP_LIMIT)


def shown_sentences(call: Call) -> int:
    return int(keyboard(call)[0]["callback_data"].split(":")[2])


def tap(tg: FakeTelegram, data: str, bot_message: dict[str, Any], user_id: int) -> Call:
    """Press a button; return Telegram's answer to the press (the toast or alert)."""
    update = ft.callback(data, bot_message=bot_message, user_id=user_id)
    tg.push(update)
    (answer,) = tg.wait_for("answerCallbackQuery", callback_query_id=update["callback_query"]["id"])
    return answer


def percent_shorter(text: str) -> int:
    found = re.search(r"(\d+)% shorter", text)
    assert found, text
    return int(found.group(1))


# -- taps are not summary requests -------------------------------------------------------------


def _tap_alternately(
    tg: FakeTelegram, reply: Call, uid: int, taps: int
) -> tuple[list[Call], list[Call]]:
    """Longer, Shorter, Longer ... on the reply, each on the buttons of the last edit; returns
    the answers to the taps and the edits they made."""
    answers: list[Call] = []
    edits: list[Call] = []
    message, current = reply.result, reply
    for i in range(taps):
        data = keyboard(current)[1 if i % 2 == 0 else 0]["callback_data"]
        answer = tap(tg, data, message, uid)
        answers.append(answer)
        if answer.params.get("text") is None:  # a silent answer: the edit follows it
            edits = tg.wait_for(
                "editMessageText", len(edits) + 1, chat_id=uid, message_id=message["message_id"]
            )
            current = edits[-1]
    return answers, edits


def test_nine_taps_after_one_summary_are_all_answered(bot, tg, site):
    uid = new_id()
    reply = reply_to(tg, send(tg, site.url("/taps"), user_id=uid))
    send(tg, "/settings", user_id=uid)
    menu = tg.wait_for("sendMessage", 2, chat_id=uid)[1]
    answers, edits = _tap_alternately(tg, reply, uid, 7)
    quotes = next(b for b in keyboard(menu) if b["text"].startswith("Quotes"))
    answers.append(tap(tg, quotes["callback_data"], menu.result, uid))
    redrawn = tg.wait_for("editMessageText", len(edits) + 1, chat_id=uid)[-1]
    quotes = next(b for b in keyboard(redrawn) if b["text"].startswith("Quotes"))
    answers.append(tap(tg, quotes["callback_data"], menu.result, uid))
    assert len(answers) == 9
    assert not [a for a in answers if "too fast" in (a.params.get("text") or "")]
    assert len(edits) == 7  # every length tap edited the summary in place
    assert len(tg.wait_for("editMessageText", 9, chat_id=uid)) == 9
    # the taps left the summary requests alone: two more links are still within the limit
    for path in ("/taps-after", "/library"):
        assert "too fast" not in reply_to(tg, send(tg, site.url(path), user_id=uid)).visible_text


def test_a_tapping_script_still_meets_the_tap_limit(bot, tg, site):
    uid = new_id()
    reply = reply_to(tg, send(tg, site.url("/taps-limit"), user_id=uid))
    answers, edits = _tap_alternately(tg, reply, uid, TAP_LIMIT + 1)
    refused = [a for a in answers if "too fast" in (a.params.get("text") or "")]
    assert len(refused) == 1 and answers[-1] is refused[0]
    assert refused[0].params["show_alert"] is True
    assert len(edits) == TAP_LIMIT


# -- a summary is shorter than its article -------------------------------------------------------


def test_long_on_a_ten_sentence_article_is_shorter_than_the_article(bot, tg, site):
    uid = new_id()
    send(tg, "/settings", user_id=uid)
    (menu,) = tg.wait_for("sendMessage", chat_id=uid)
    current = menu
    for step in range(1, 4):  # auto -> short -> medium -> long
        length = next(b for b in keyboard(current) if b["text"].startswith("Length"))
        tap(tg, length["callback_data"], menu.result, uid)
        current = tg.wait_for("editMessageText", step, chat_id=uid)[-1]
    assert any(b["text"] == "Length: Long" for b in keyboard(current))
    reply = reply_to(tg, send(tg, site.url("/library"), user_id=uid))
    assert shown_sentences(reply) == 6  # two thirds of ten, not all ten
    assert percent_shorter(reply.visible_text) >= 25
    longer = keyboard(reply)[1]["callback_data"]
    answer = tap(tg, longer, reply.result, uid)
    assert answer.params["text"] == "This is already the longest version."


def test_longer_stops_below_the_whole_article(bot, tg, site):
    uid = new_id()
    reply = reply_to(tg, send(tg, site.url("/library-longer"), user_id=uid))
    message, current, texts, edits = reply.result, reply, [], 0
    for _ in range(4):
        answer = tap(tg, keyboard(current)[1]["callback_data"], message, uid)
        texts.append(answer.params.get("text"))
        if answer.params.get("text") is None:
            edits += 1
            current = tg.wait_for("editMessageText", edits, chat_id=uid)[-1]
    longest = "This is already the longest version."
    assert texts == [None, None, longest, longest]
    assert shown_sentences(current) == 6  # 3, 4, 6: two thirds of the article's ten
    assert percent_shorter(current.visible_text) >= 25


def test_an_already_short_article_is_said_to_be_short(bot, tg, site):
    uid = new_id()
    reply = reply_to(tg, send(tg, site.url("/notice"), user_id=uid))
    assert reply.visible_text == "This article is already short: 3 sentences. Nothing to cut."
    assert "reply_markup" not in reply.params
    tg.push(ft.inline(site.url("/notice-inline"), user_id=uid))
    (answer,) = tg.wait_for("answerInlineQuery", where=lambda c: "button" in c.params and (
        "already short" in c.params["button"]["text"]))  # fmt: skip
    assert answer.params["results"] == []


# -- inline typing -------------------------------------------------------------------------------


def _inline_answers(tg: FakeTelegram, query_ids: set[str]) -> list[Call]:
    return [c for c in tg.calls_to("answerInlineQuery") if c.params["inline_query_id"] in query_ids]


def test_typing_a_link_inline_fetches_it_once_when_finished(bot, tg, site):
    uid = new_id()
    url = site.url("/typed")
    ids = []
    for end in range(1, len(url) + 1):  # every keystroke: "h", "ht", ... the whole link
        update = ft.inline(f"{url[:end]}", user_id=uid)
        ids.append(update["inline_query"]["id"])
        tg.push(update)
    (answer,) = tg.wait_for("answerInlineQuery", inline_query_id=ids[-1])
    assert answer.params["results"][0]["title"].startswith("Night ferry")
    time.sleep(1.0)  # any stray answer or fetch would have happened by now
    assert [c.params["inline_query_id"] for c in _inline_answers(tg, set(ids))] == [ids[-1]]
    assert [r.path for r in site.requests if r.path.startswith("/typ")] == ["/typed"]


def test_inline_repeats_come_from_the_cache_without_the_rate_limit(bot, tg, site):
    uid = new_id()
    url = site.url("/typed-again")
    for _ in range(SUMMARY_LIMIT + 2):  # more than the summary limit allows fetches
        update = ft.inline(url, user_id=uid)
        tg.push(update)
        (answer,) = tg.wait_for("answerInlineQuery", inline_query_id=update["inline_query"]["id"])
        assert answer.params["results"], answer.params.get("button")
    assert sum(r.path == "/typed-again" for r in site.requests) == 1


@pytest.mark.parametrize(
    "typed",
    [
        "https://news",
        "https://news.e",
        "https://news.example.",
        "http://127.0.0",
        "https://example.com/a?id=",
    ],
)
def test_an_unfinished_link_is_not_fetched(bot, tg, site, typed):
    uid = new_id()
    before = len(site.requests)
    update = ft.inline(typed, user_id=uid)
    tg.push(update)
    (answer,) = tg.wait_for("answerInlineQuery", inline_query_id=update["inline_query"]["id"])
    assert answer.params["results"] == []
    assert answer.params["button"]["text"].startswith("Finish the link")
    assert len(site.requests) == before


# -- group auto-summaries need to see the group --------------------------------------------------


@pytest.mark.parametrize("bot_status", ["member", "administrator", "privacy off"])
def test_turning_on_auto_summaries_warns_when_the_bot_cannot_see_the_group(
    bot, tg, monkeypatch, bot_status
):
    chat, uid = -100 - new_id(), new_id()
    tg.chat_members[(chat, uid)] = "administrator"
    if bot_status == "privacy off":  # getMe says the bot reads every group message
        me = {**FakeTelegram.me(), "can_read_all_group_messages": True}
        monkeypatch.setattr(tg, "me", lambda: me)
    else:
        tg.chat_members[(chat, ft.BOT_ID)] = bot_status
    send(tg, "/settings", user_id=uid, chat_id=chat, chat_type="supergroup")
    (menu,) = tg.wait_for("sendMessage", chat_id=chat)
    auto = next(b for b in keyboard(menu) if b["text"].startswith("Summarize every link"))
    answer = tap(tg, auto["callback_data"], menu.result, uid)
    (edit,) = tg.wait_for("editMessageText", chat_id=chat)
    assert any(b["text"] == "Summarize every link: on" for b in keyboard(edit))
    if bot_status == "member":  # privacy mode on (getMe) and no admin: it sees no links
        assert answer.params["show_alert"] is True
        assert "@BotFather" in answer.params["text"] and "admin" in answer.params["text"]
        assert len(answer.params["text"]) <= 200  # Telegram's limit for an alert
    else:
        assert answer.params["text"] == "Saved."


def test_group_auto_summaries_say_nothing_about_an_already_short_article(bot, tg, site):
    chat, uid = -100 - new_id(), new_id()
    tg.chat_members[(chat, uid)] = "administrator"
    tg.chat_members[(chat, ft.BOT_ID)] = "administrator"  # it sees every group message
    send(tg, "/settings", user_id=uid, chat_id=chat, chat_type="supergroup")
    (menu,) = tg.wait_for("sendMessage", chat_id=chat)
    auto = next(b for b in keyboard(menu) if b["text"].startswith("Summarize every link"))
    tap(tg, auto["callback_data"], menu.result, uid)
    tg.wait_for("editMessageText", chat_id=chat)
    short = send(tg, site.url("/notice-group"), user_id=new_id(), chat_id=chat,
                 chat_type="supergroup")  # fmt: skip
    long = send(tg, site.url("/ferry-group"), user_id=new_id(), chat_id=chat,
                chat_type="supergroup")  # fmt: skip
    assert reply_to(tg, long).visible_text.startswith("Night ferry")
    time.sleep(1.0)  # the short article's answer, if any, would have come by now
    assert any(r.path == "/notice-group" for r in site.requests)  # it was read...
    replies = [
        c for c in tg.calls_to("sendMessage", chat_id=chat) if quoted(c) == short["message_id"]
    ]
    assert replies == []  # ...and, quiet, left alone


# -- the article's language reaches quotes and figures -------------------------------------------


@pytest.mark.parametrize("path", ["/ru", "/ru-untagged"])
def test_a_russian_article_gets_russian_quotes_and_figures(bot, tg, site, path):
    uid = new_id()  # an English-speaking user: the interface is English, the article Russian
    reply = reply_to(tg, send(tg, site.url(path), user_id=uid))
    parts = sections(reply.visible_text)
    assert "«" not in parts["Key quotes"]
    assert "Город не может жить без своих трамваев” — Ольга Лебедева" in parts["Key quotes"]
    assert "• около 200 рабочих — " in parts["Key figures"]
    assert "Russian" in reply.visible_text.splitlines()[-1]
    answer = tap(tg, keyboard(reply)[1]["callback_data"], reply.result, uid)  # Longer
    assert answer.params.get("text") is None
    (longer,) = tg.wait_for("editMessageText", chat_id=uid)  # the stored article, re-read
    assert "• около 200 рабочих — " in sections(longer.visible_text)["Key figures"]
    assert "Russian" in longer.visible_text.splitlines()[-1]
