"""The chat bot end to end: the real Application, a fake Bot API, a loopback article server.

One bot runs for the whole module (tests/bot_fixtures.py); every test uses its own user and chat
ids so they cannot see each other's replies or rate limits.
"""

from __future__ import annotations

import itertools
import logging
import re

import pytest
from telegram import Update
from telegram.ext import Application, CommandHandler

from tests import fake_telegram as ft
from tests.bot_articles import (
    FERRY_PAGE,
    FERRY_TITLE,
    HOSTILE_PAGE,
    HOSTILE_TITLE,
    LONG_PAGE,
    PASTED_TEXT,
)
from tests.bot_fixtures import bot_fixture, site_fixture, telegram_fixture
from tests.bot_harness import SEED, keyboard, quoted, replies_to, sections, send
from tests.fake_telegram import Call
from tests.servers.http import LoopbackHTTPServer, Request, Response

_ids = itertools.count(5001)
RATE_LIMIT = 6
MAX_TEXT = 3000


def new_user() -> int:
    return next(_ids)


def _routes(server: LoopbackHTTPServer) -> None:
    server.route("/ferry", FERRY_PAGE)
    server.route("/hostile", HOSTILE_PAGE)
    server.route("/long", LONG_PAGE)
    server.route("/slow", FERRY_PAGE, delay=4)
    server.route("/photo.png", b"\x89PNG\r\n\x1a\n" + b"\0" * 64, content_type="image/png")


async def _boom(update: Update, context: object) -> None:
    raise RuntimeError("deliberate failure for the error handler test")


def _add_boom(app: Application) -> None:
    app.add_handler(CommandHandler("boom", _boom))


tg = telegram_fixture()
site = site_fixture(_routes)
bot = bot_fixture("bot", setup=_add_boom, rate_limit_per_minute=RATE_LIMIT, max_text_chars=MAX_TEXT)


# -- private chats -------------------------------------------------------------------------------


def test_a_link_gets_a_summary_with_title_quotes_figures_and_buttons(bot, tg, site):
    uid = new_user()
    url = site.url("/ferry")
    msg = send(tg, f"have a look {url}", user_id=uid)
    (reply,) = replies_to(tg, msg)
    params = reply.params
    assert params["parse_mode"] == "HTML"
    assert params["text"].startswith(f'<b><a href="{url}">{FERRY_TITLE}</a></b>')
    text = reply.visible_text
    assert "ferry" in text.lower()
    assert "Key quotes" in text and "Ingrid Solberg" in text
    assert "Key figures" in text
    assert re.search(r"min of reading saved · \d+% shorter", text)
    buttons = keyboard(reply)
    assert [b["text"] for b in buttons] == ["➖ Shorter", "➕ Longer"]
    assert all(len(b["callback_data"].encode()) <= 64 for b in buttons)
    assert tg.calls_to("sendChatAction", chat_id=uid, action="typing")
    assert tg.calls_to("setMyCommands")


def test_start_and_help_explain_the_bot(bot, tg):
    uid = new_user()
    start = send(tg, "/start", user_id=uid)
    (hello,) = tg.wait_for("sendMessage", chat_id=uid)
    assert hello.visible_text.startswith("Hi! Send me a link")
    send(tg, "/help", user_id=uid)
    (_, help_reply) = tg.wait_for("sendMessage", 2, chat_id=uid)
    assert "@gist_test_bot link" in help_reply.visible_text and help_reply.params["parse_mode"]
    assert start["message_id"]
    commands = [c["command"] for c in tg.calls_to("setMyCommands")[0].params["commands"]]
    assert commands == ["start", "help", "tldr", "settings"]
    assert {c.params.get("language_code") for c in tg.calls_to("setMyCommands")} == {None, "ru"}


def test_same_link_again_comes_from_the_cache(bot, tg, site):
    first_user, second_user = new_user(), new_user()

    def after_typing(_request: Request) -> Response:
        # the page comes once "typing…" showed, as it does while a real site is fetched: a
        # loopback fetch can end before the typing request gets its slot of the send pace
        tg.wait_for("sendChatAction", chat_id=first_user, action="typing", timeout=30)
        return Response(body=FERRY_PAGE)

    url = site.route("/ferry-again", handler=after_typing)
    first = send(tg, url, user_id=first_user)
    (one,) = replies_to(tg, first)
    fetched = sum(r.path == "/ferry-again" for r in site.requests)
    second = send(tg, url + "?utm_source=newsletter", user_id=second_user)
    (two,) = replies_to(tg, second)
    assert sum(r.path == "/ferry-again" for r in site.requests) == fetched == 1
    assert one.visible_text == two.visible_text
    # "typing…" only for real work: a cache hit answers at once (one Bot API request, not two)
    assert tg.calls_to("sendChatAction", chat_id=first_user, action="typing")
    assert not tg.calls_to("sendChatAction", chat_id=second_user)


def test_pasted_text_is_summarized_itself(bot, tg):
    uid = new_user()
    msg = send(tg, PASTED_TEXT, user_id=uid)
    (reply,) = replies_to(tg, msg)
    assert "Key quotes" in reply.visible_text
    assert "Solberg" in reply.visible_text


def test_text_forwarded_from_a_channel_is_summarized(bot, tg):
    uid = new_user()
    update = ft.message(PASTED_TEXT, user_id=uid, chat_id=uid)
    update["message"]["forward_origin"] = {
        "type": "channel",
        "chat": {"id": -100777, "type": "channel", "title": "Harbour News"},
        "message_id": 12,
        "date": 1700000000,
    }
    tg.push(update)
    (reply,) = replies_to(tg, update["message"])
    assert "Solberg" in reply.visible_text


def test_text_over_the_size_cap_gets_a_clear_answer(bot, tg):
    msg = send(tg, (PASTED_TEXT + "\n\n") * 3, user_id=new_user())
    (reply,) = replies_to(tg, msg)
    assert reply.visible_text == f"This text is too long: I read up to {MAX_TEXT} characters."


def test_photo_caption_with_long_text_is_summarized(bot, tg):
    uid = new_user()
    msg = send(tg, PASTED_TEXT, user_id=uid, caption=True)
    (reply,) = replies_to(tg, msg)
    assert "ferry" in reply.visible_text.lower()


def test_a_short_message_gets_a_friendly_hint_in_the_users_language(bot, tg):
    msg = send(tg, "hello there", user_id=new_user())
    (reply,) = replies_to(tg, msg)
    assert "link" in reply.visible_text and "400" in reply.visible_text
    ru = send(tg, "привет", user_id=new_user(), language_code="ru")
    (reply_ru,) = replies_to(tg, ru)
    assert "ссылку" in reply_ru.visible_text


def test_more_links_than_the_limit_are_answered_and_the_rest_announced(bot, tg, site):
    links = " ".join(site.url(f"/ferry?n={i}") for i in range(4))
    msg = send(tg, links, user_id=new_user())
    found = replies_to(tg, msg, count=4)
    texts = [c.visible_text for c in found]
    assert sum(FERRY_TITLE in t for t in texts) == 3
    assert any("up to 3 links" in t for t in texts)


def test_a_link_to_an_image_gets_one_short_reason(bot, tg, site):
    msg = send(tg, site.url("/photo.png"), user_id=new_user())
    (reply,) = replies_to(tg, msg)
    assert reply.visible_text == "The link does not point to an article."


def test_an_article_that_times_out_gets_the_timeout_message(bot, tg, site):
    msg = send(tg, site.url("/slow"), user_id=new_user())
    (reply,) = replies_to(tg, msg)
    assert reply.visible_text == "The site took too long to answer."


def test_a_slow_site_does_not_hold_up_other_users(bot, tg, site):
    slow = send(tg, site.url("/slow"), user_id=new_user())
    quick = send(tg, "hi", user_id=new_user())
    (hint,) = replies_to(tg, quick)
    (late,) = replies_to(tg, slow)
    assert hint.at < late.at  # the hint did not queue behind the 2-second fetch


def test_hostile_title_is_escaped_not_injected(bot, tg, site):
    msg = send(tg, site.url("/hostile"), user_id=new_user())
    (reply,) = replies_to(tg, msg)
    assert reply.params["parse_mode"] == "HTML"  # the fake parsed it like Telegram: accepted
    assert "&lt;b&gt;Tom &amp; Jerry&lt;/script&gt;" in reply.params["text"]
    assert reply.visible_text.startswith(HOSTILE_TITLE)
    assert "<script" not in reply.params["text"] and "<b>Tom" not in reply.params["text"]


def test_a_very_long_article_fits_in_one_message(bot, tg, site):
    msg = send(tg, site.url("/long"), user_id=new_user())
    (reply,) = replies_to(tg, msg)
    assert ft.utf16_len(reply.visible_text) <= 4096
    assert len(reply.params["text"]) <= 4096
    assert reply.visible_text.startswith("Harbour hearings")
    assert "min of reading saved" in reply.visible_text  # footer kept; items were dropped


def test_flood_429_is_retried_and_the_reply_still_arrives(bot, tg, site):
    uid = new_user()
    tg.fail_next("sendMessage", 429, "Too Many Requests: retry after 1", retry_after=1)
    msg = send(tg, site.url("/ferry"), user_id=uid)
    (reply,) = replies_to(tg, msg)
    refused = [c for c in tg.calls_to("sendMessage", ok_only=False, chat_id=uid) if c.status == 429]
    assert len(refused) == 1
    assert reply.at - refused[0].at >= 0.9
    assert FERRY_TITLE in reply.visible_text


def test_rejected_entities_are_resent_as_plain_text(bot, tg, site):
    uid = new_user()
    tg.fail_next("sendMessage", 400, "Bad Request: can't parse entities: Unsupported start tag")
    msg = send(tg, site.url("/ferry"), user_id=uid)
    (reply,) = replies_to(tg, msg)
    assert "parse_mode" not in reply.params
    assert reply.params["text"].startswith(FERRY_TITLE + "\n" + site.url("/ferry"))
    assert "Key quotes" in reply.params["text"]


def test_rate_limit_gives_a_clear_message(bot, tg, site):
    uid = new_user()
    links = [f"{site.url('/ferry')}?copy={uid}-{n}" for n in range(RATE_LIMIT + 1)]  # uncached
    for link in links[:-1]:
        replies_to(tg, send(tg, link, user_id=uid))
    msg = send(tg, links[-1], user_id=uid)
    (reply,) = replies_to(tg, msg)
    assert reply.visible_text.startswith("You are sending requests too fast")


def test_unexpected_errors_get_an_apology_and_a_logged_traceback(bot, tg, caplog):
    caplog.set_level(logging.DEBUG)
    uid = new_user()
    update = ft.message("/boom", user_id=uid, chat_id=uid)
    update_id = tg.push(update)
    (reply,) = tg.wait_for("sendMessage", chat_id=uid)
    assert reply.visible_text.startswith("Sorry, something went wrong")
    logged = [r for r in caplog.records if r.levelno >= logging.ERROR]
    assert any(str(update_id) in r.getMessage() and r.exc_info for r in logged)
    assert ft.TOKEN not in caplog.text
    # and the bot keeps serving
    msg = send(tg, "hi", user_id=uid)
    replies_to(tg, msg)


# -- buttons -------------------------------------------------------------------------------------


def test_shorter_and_longer_edit_the_message_in_place(bot, tg, site):
    uid = new_user()
    msg = send(tg, PASTED_TEXT + "\n\nThe ferry will be named after a local poet.", user_id=uid)
    (reply,) = replies_to(tg, msg)
    buttons = reply.params["reply_markup"]["inline_keyboard"][0]
    bot_message = reply.result
    shown = int(buttons[0]["callback_data"].split(":")[2])
    summary_before = reply.visible_text.split("\n\n")[1]

    tg.push(ft.callback(buttons[1]["callback_data"], bot_message=bot_message, user_id=uid))
    (longer,) = tg.wait_for("editMessageText", chat_id=uid)
    assert longer.params["message_id"] == bot_message["message_id"]
    summary_longer = longer.visible_text.split("\n\n")[1]
    assert summary_longer.startswith(summary_before[:40]) and len(summary_longer) > len(
        summary_before
    )
    new_buttons = longer.params["reply_markup"]["inline_keyboard"][0]
    assert int(new_buttons[0]["callback_data"].split(":")[2]) > shown

    tg.push(ft.callback(new_buttons[0]["callback_data"], bot_message=bot_message, user_id=uid))
    edits = tg.wait_for("editMessageText", 2, chat_id=uid)
    assert len(edits[1].visible_text.split("\n\n")[1]) < len(summary_longer)

    article_id = new_buttons[0]["callback_data"].split(":")[1]
    tg.push(ft.callback(f"len:{article_id}:1:s", bot_message=bot_message, user_id=uid))
    tg.wait_for("answerCallbackQuery", text="This is already the shortest version.")
    tg.push(ft.callback("len:999999:3:l", bot_message=bot_message, user_id=uid))
    tg.wait_for(
        "answerCallbackQuery", show_alert=True, where=lambda c: "expired" in c.params["text"]
    )
    assert len(tg.calls_to("editMessageText", chat_id=uid)) == 2


# -- groups --------------------------------------------------------------------------------------


def test_group_tldr_in_reply_to_a_link(bot, tg, site):
    chat, uid = -100 - new_user(), new_user()
    post = send(tg, f"news: {site.url('/ferry')}", user_id=new_user(), chat_id=chat,
                chat_type="supergroup")  # fmt: skip
    command = send(tg, "/tldr", user_id=uid, chat_id=chat, chat_type="supergroup", reply_to=post)
    (reply,) = replies_to(tg, post)
    assert FERRY_TITLE in reply.visible_text
    assert command["message_id"] != post["message_id"]


def test_group_tldr_with_a_url_and_without_anything(bot, tg, site):
    chat = -100 - new_user()
    command = send(tg, f"/tldr {site.url('/ferry')}", user_id=new_user(), chat_id=chat,
                   chat_type="group")  # fmt: skip
    (reply,) = replies_to(tg, command)
    assert FERRY_TITLE in reply.visible_text
    bare = send(tg, "/tldr", user_id=new_user(), chat_id=chat, chat_type="group")
    (usage,) = replies_to(tg, bare)
    assert "/tldr" in usage.visible_text


def test_group_tldr_in_reply_to_a_long_text(bot, tg):
    chat = -100 - new_user()
    post = send(tg, PASTED_TEXT, user_id=new_user(), chat_id=chat, chat_type="group")
    send(tg, "/tldr@gist_test_bot", user_id=new_user(), chat_id=chat, chat_type="group",
         reply_to=post)  # fmt: skip
    (reply,) = replies_to(tg, post)
    assert "Solberg" in reply.visible_text


def test_mentioning_the_bot_in_a_group_summarizes(bot, tg, site):
    chat = -100 - new_user()
    msg = send(tg, f"@gist_test_bot what is this {site.url('/ferry')}", user_id=new_user(),
               chat_id=chat, chat_type="supergroup")  # fmt: skip
    (reply,) = replies_to(tg, msg)
    assert FERRY_TITLE in reply.visible_text


def test_group_links_are_not_summarized_unless_the_chat_turned_it_on(bot, tg, site):
    chat = -100 - new_user()
    msg = send(tg, site.url("/ferry"), user_id=new_user(), chat_id=chat, chat_type="supergroup")
    marker = send(tg, "/tldr", user_id=new_user(), chat_id=chat, chat_type="supergroup")
    replies_to(tg, marker)  # the bot handled later updates, yet never answered the plain link
    assert not [
        c for c in tg.calls_to("sendMessage", chat_id=chat) if quoted(c) == msg["message_id"]
    ]


# -- inline mode ---------------------------------------------------------------------------------


def test_inline_query_offers_the_summary_as_an_article(bot, tg, site):
    uid = new_user()
    tg.push(ft.inline(site.url("/ferry"), user_id=uid))
    (answer,) = tg.wait_for("answerInlineQuery", where=lambda c: bool(c.params.get("results")))
    (result,) = answer.params["results"]
    assert result["type"] == "article"
    assert result["title"] == FERRY_TITLE
    content = result["input_message_content"]
    assert content["parse_mode"] == "HTML" and "Key quotes" in content["message_text"]
    assert result["reply_markup"]["inline_keyboard"][0][0]["callback_data"].startswith("len:")


def test_buttons_under_an_inline_message_edit_it(bot, tg, site):
    uid = new_user()
    tg.push(ft.inline(site.url("/ferry"), user_id=uid))
    answers = tg.wait_for("answerInlineQuery", where=lambda c: bool(c.params.get("results")))
    data = answers[-1].params["results"][0]["reply_markup"]["inline_keyboard"][0][1]
    update = ft.callback(data["callback_data"], bot_message={}, user_id=uid)
    del update["callback_query"]["message"]
    update["callback_query"]["inline_message_id"] = f"inline-{uid}"
    tg.push(update)
    (edit,) = tg.wait_for("editMessageText", inline_message_id=f"inline-{uid}")
    assert edit.params["parse_mode"] == "HTML" and FERRY_TITLE in edit.visible_text


def test_inline_query_without_a_link_offers_a_hint(bot, tg):
    uid = new_user()
    tg.push(ft.inline("what", user_id=uid))
    (answer,) = tg.wait_for("answerInlineQuery", where=lambda c: c.params.get("results") == [])
    assert answer.params["button"]["text"] == "Type a link to an article"


# -- the acceptance article -----------------------------------------------------------------------


def _assert_seed_reply(reply: Call) -> None:
    """The acceptance answer: clean summary, both speakers quoted, the three figures."""
    assert reply.params["parse_mode"] == "HTML"
    text = reply.visible_text
    parts = sections(text)
    assert text.count("Iran good neighbour, reliable partner") == 1  # the title, once
    for junk in ("Home >", "You may also like", "Syrian national dialogue", "Kurds"):
        assert junk not in text
    quotes = parts["Key quotes"].splitlines()
    speakers = [line.rpartition(" — ")[2] for line in quotes]
    assert "Vladimir Putin" in speakers and "Hassan Rouhani" in speakers
    figures = parts["Key figures"]
    for figure in ("more than 500 years", "at least 15 documents", "70 per cent"):
        assert figure in figures


@pytest.mark.skipif(not SEED.exists(), reason="../shared/seed is not present")
def test_seed_article_pasted_gives_summary_quotes_of_both_speakers_and_figures(bot, tg):
    msg = send(tg, SEED.read_text(encoding="utf-8"), user_id=new_user())
    (reply,) = replies_to(tg, msg)
    _assert_seed_reply(reply)


@pytest.mark.skipif(not SEED.exists(), reason="../shared/seed is not present")
def test_seed_article_as_a_link_gives_the_same_answer(bot, tg, site):
    site.route("/seed.txt", SEED.read_bytes(), content_type="text/plain; charset=utf-8")
    msg = send(tg, f"read this {site.url('/seed.txt')}", user_id=new_user())
    (reply,) = replies_to(tg, msg)
    _assert_seed_reply(reply)
