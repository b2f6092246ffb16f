"""Long pastes end to end: a text a Telegram client cut into several messages gets one summary.

The real Application talks to the fake Bot API; the parts are sent the way a client sends them
(tests/paste_articles.py cuts them), all in one batch as long polling delivers them. The answer
must be the one the whole text gets when sent as a single message (an oracle that needs no
summary written by hand), quote the first part, and come once, however many parts.

What must come before a paste wait ends is checked on a second bot whose wait is long
(PATIENT_WAIT): against the module bot's 3 s, a real summary on a starved 2-CPU box could use
up the margin and fail a bot that never waited.
"""

from __future__ import annotations

import itertools
import re
import time
from collections.abc import Iterator
from typing import Any

import pytest

from bot.chat.replies import TYPING_EVERY_SECONDS
from tests import fake_telegram as ft
from tests.bot_articles import PASTED_TEXT
from tests.bot_fixtures import bot_fixture, telegram_fixture
from tests.bot_harness import RunningBot, bot_settings, quoted
from tests.fake_telegram import Call, FakeTelegram
from tests.paste_articles import article_of_length, client_cut, paragraph, valley_article

WAIT = 3.0  # PASTE_WAIT_SECONDS of the bot under test
RATE_LIMIT = 4  # fewer than the parts of most pastes here: every part counted would show
MAX_TEXT = 70_000
SETTLE = 1.5  # past a paste wait after the last part, a second answer (a part left alone) shows
PATIENT_WAIT = 10.0  # the patient bot's: many times the slowest answer seen under load
_ids = itertools.count(61_001)
_last_push: dict[int, float] = {}  # chat id -> when its last message was pushed


tg = telegram_fixture()
bot = bot_fixture(
    "paste",
    with_site=False,
    paste_wait_seconds=WAIT,
    rate_limit_per_minute=RATE_LIMIT,
    max_text_chars=MAX_TEXT,
)


@pytest.fixture(scope="module")
def patient_tg(tmp_path_factory: pytest.TempPathFactory) -> Iterator[FakeTelegram]:
    """A fake Bot API with a bot of its own that waits PATIENT_WAIT for more parts (two bots
    polling one fake would take each other's updates), warmed up: a fresh bot's first answer
    pays its worker's start (0.8 s idle, over 3 s beside two busy loops)."""
    db = tmp_path_factory.mktemp("paste-patient") / "bot.sqlite3"
    with FakeTelegram() as fake:
        settings = bot_settings(
            fake,
            db,
            paste_wait_seconds=PATIENT_WAIT,
            rate_limit_per_minute=RATE_LIMIT,
            max_text_chars=MAX_TEXT,
        )
        with RunningBot(settings):
            fake.push(message(f"{PASTED_TEXT}\n\nA warm-up copy.", next(_ids)))  # not cached
            fake.wait_for("sendMessage")
            yield fake


def message(text: str, uid: int, **kwargs: Any) -> dict[str, Any]:
    """A message update from user `uid` in their private chat (`forward`: a forward_origin)."""
    forward = kwargs.pop("forward", None)
    update = ft.message(text, user_id=uid, chat_id=uid, **kwargs)
    if forward is not None:
        update["message"]["forward_origin"] = forward
    return update


def push_all(tg: FakeTelegram, updates: list[dict[str, Any]]) -> list[dict[str, Any]]:
    for update in updates:
        tg.push(update)
        _last_push[update["message"]["chat"]["id"]] = time.monotonic()
    return [u["message"] for u in updates]


def settle(uid: int, wait: float = WAIT) -> None:
    """Until the bot's paste `wait` and SETTLE after the chat's last part: counted from the
    parts, not from the first answer, which came a summary's work later."""
    time.sleep(max(0.0, _last_push[uid] + wait + SETTLE - time.monotonic()))


def answers(tg: FakeTelegram, uid: int) -> list[Call]:
    return tg.calls_to("sendMessage", chat_id=uid)


def only_answer(tg: FakeTelegram, uid: int, wait: float = WAIT) -> Call:
    """The first answer in the chat, once no second one came within the bot's paste `wait` and
    SETTLE of the last part."""
    (first,) = tg.wait_for("sendMessage", chat_id=uid, timeout=60.0)
    settle(uid, wait)
    assert [c.visible_text for c in answers(tg, uid)] == [first.visible_text]
    return first


def push_whole(tg: FakeTelegram, text: str) -> int:
    """Send `text` whole, in one message (Telegram would not allow it; the fake does), by a user
    of its own, whose id this returns. Sent along with the parts: a text this long waits WAIT
    for more too, and that wait runs while the test waits for the parts' answer."""
    uid = next(_ids)
    tg.push(message(text, uid))
    return uid


def reference(tg: FakeTelegram, uid: int) -> str:
    """What the bot answered to the whole text of `push_whole`."""
    (answer,) = tg.wait_for("sendMessage", chat_id=uid, timeout=60)
    assert answer.visible_text is not None
    return answer.visible_text


def channel(chat_id: int, post: int) -> dict[str, Any]:
    return {
        "type": "channel",
        "chat": {"id": chat_id, "type": "channel", "title": f"Channel {chat_id}"},
        "message_id": post,
        "date": 1_700_000_000,
    }


# -- one paste, one reply --------------------------------------------------------------------------


@pytest.mark.parametrize("count", [2, 5, 15])
def test_a_long_paste_gets_one_summary_quoting_its_first_part(
    bot: RunningBot, tg: FakeTelegram, count: int
) -> None:
    uid = next(_ids)
    text = valley_article(count)
    parts = client_cut(text)
    assert len(parts) == count
    started = time.monotonic()
    sent = push_all(tg, [message(part, uid) for part in parts])
    whole = push_whole(tg, text)
    answer = only_answer(tg, uid)
    assert quoted(answer) == sent[0]["message_id"]
    assert "min of reading saved" in (answer.visible_text or "")
    assert answer.visible_text == reference(tg, whole)
    typing = tg.calls_to("sendChatAction", chat_id=uid)
    assert 1 <= len(typing) <= 2 + (answer.at - started) / TYPING_EVERY_SECONDS


def test_a_60000_character_paste_gets_exactly_one_reply_and_no_too_fast_note(
    bot: RunningBot, tg: FakeTelegram
) -> None:
    uid = next(_ids)
    text = article_of_length(60_000)
    parts = client_cut(text)
    assert len(parts) > RATE_LIMIT
    sent = push_all(tg, [message(part, uid) for part in parts])
    answer = only_answer(tg, uid)
    assert quoted(answer) == sent[0]["message_id"]
    assert "too fast" not in (answer.visible_text or "")
    minutes = re.search(r"(\d+) min of reading saved", answer.visible_text or "")
    assert minutes and int(minutes.group(1)) >= 30  # ~9,000 words: the whole text was read
    assert bot.app is not None
    assert bot.app.bot_data.metrics.value("summaries_made_total") >= 1


def test_a_short_message_is_answered_without_waiting(patient_tg: FakeTelegram) -> None:
    uid = next(_ids)
    started = time.monotonic()
    (sent,) = push_all(patient_tg, [message(PASTED_TEXT, uid)])
    (answer,) = patient_tg.wait_for("sendMessage", chat_id=uid)  # 60 s: a held one comes too
    assert answer.at - started < PATIENT_WAIT  # a text well under the limit never waits for more
    assert quoted(answer) == sent["message_id"]


def test_a_short_last_part_ends_the_wait(patient_tg: FakeTelegram) -> None:
    uid = next(_ids)
    first, last = client_cut(valley_article(2))
    pushed_first = time.monotonic()  # its wait starts once the bot has it: later than this
    push_all(patient_tg, [message(first, uid)])
    time.sleep(WAIT / 3)  # a getUpdates answer of its own: stored, and waiting
    push_all(patient_tg, [message(last, uid)])
    answer = only_answer(patient_tg, uid, PATIENT_WAIT)
    assert answer.at - pushed_first < PATIENT_WAIT  # before the first part's wait ran out


def test_a_message_near_the_limit_waits_for_more_then_is_answered_alone(
    bot: RunningBot, tg: FakeTelegram
) -> None:
    uid = next(_ids)
    text = "\n\n".join(paragraph(i) for i in range(40, 45))  # ~3,100 characters: may go on
    started = time.monotonic()
    (sent,) = push_all(tg, [message(text, uid)])
    answer = only_answer(tg, uid)
    assert answer.at - started >= WAIT
    assert quoted(answer) == sent["message_id"]
    assert "min of reading saved" in (answer.visible_text or "")


def test_a_paste_over_the_size_cap_gets_one_clear_answer(bot: RunningBot, tg: FakeTelegram) -> None:
    uid = next(_ids)
    parts = client_cut(article_of_length(MAX_TEXT + 5_000))
    sent = push_all(tg, [message(part, uid) for part in parts])
    answer = only_answer(tg, uid)
    assert answer.visible_text == f"This text is too long: I read up to {MAX_TEXT} characters."
    assert quoted(answer) == sent[0]["message_id"]


def test_the_rate_limit_counts_a_paste_once(bot: RunningBot, tg: FakeTelegram) -> None:
    uid = next(_ids)
    unique = f"{valley_article(5)}\n\nThis copy was pasted by reader {uid}."  # not cached
    parts = client_cut(unique)
    push_all(tg, [message(part, uid) for part in parts])
    tg.wait_for("sendMessage", chat_id=uid)
    for n in range(2, RATE_LIMIT + 2):  # the paste took one slot; RATE_LIMIT - 1 are left
        push_all(tg, [message(f"{PASTED_TEXT}\n\nCopy {n}.", uid)])  # not cached: real work
        tg.wait_for("sendMessage", n, chat_id=uid)
    texts = [c.visible_text or "" for c in answers(tg, uid)]
    assert all("min of reading saved" in t for t in texts[:RATE_LIMIT])
    assert texts[RATE_LIMIT].startswith("You are sending requests too fast")


# -- forwarded posts ------------------------------------------------------------------------------


def test_a_channel_post_forwarded_in_parts_gets_one_summary(
    bot: RunningBot, tg: FakeTelegram
) -> None:
    uid = next(_ids)
    text = valley_article(3)
    parts = client_cut(text)
    updates = [
        message(part, uid, forward=channel(-100_901, 70 + i)) for i, part in enumerate(parts)
    ]
    sent = push_all(tg, updates)
    whole = push_whole(tg, text)
    answer = only_answer(tg, uid)
    assert quoted(answer) == sent[0]["message_id"]
    assert answer.visible_text == reference(tg, whole)


def test_a_post_with_a_long_caption_and_its_text_get_one_summary(
    bot: RunningBot, tg: FakeTelegram
) -> None:
    uid = next(_ids)
    caption = "\n\n".join(paragraph(i) for i in range(60, 61))
    body = "\n\n".join(paragraph(i) for i in range(61, 66))
    assert 512 <= len(caption) <= 1024 and 2048 <= len(body) <= 4096
    post = channel(-100_902, 15)
    sent = push_all(
        tg,
        [
            message(caption, uid, caption=True, forward=post),
            message(body, uid, forward={**post, "message_id": 16}),
        ],
    )
    whole = push_whole(tg, caption + "\n\n" + body)
    answer = only_answer(tg, uid)
    assert quoted(answer) == sent[0]["message_id"]
    assert answer.visible_text == reference(tg, whole)


def test_posts_forwarded_from_two_channels_are_not_joined(
    bot: RunningBot, tg: FakeTelegram
) -> None:
    uid = next(_ids)
    first = client_cut(valley_article(2))[0]  # cut near the limit: it waits for more
    sent = push_all(
        tg,
        [
            message(first, uid, forward=channel(-100_903, 1)),
            message(PASTED_TEXT, uid, forward=channel(-100_904, 1)),
        ],
    )
    tg.wait_for("sendMessage", 2, chat_id=uid)
    settle(uid)
    assert sorted(quoted(c) or 0 for c in answers(tg, uid)) == [m["message_id"] for m in sent]


def test_a_link_after_a_part_is_answered_on_its_own(bot: RunningBot, tg: FakeTelegram) -> None:
    uid = next(_ids)
    first = client_cut(valley_article(2))[0]
    sent = push_all(tg, [message(first, uid), message("http://127.0.0.1:9/gone", uid)])
    tg.wait_for("sendMessage", 2, chat_id=uid)
    settle(uid)
    replies = {quoted(c): c.visible_text or "" for c in answers(tg, uid)}
    assert set(replies) == {m["message_id"] for m in sent}
    assert "min of reading saved" in replies[sent[0]["message_id"]]  # the paste, answered first
