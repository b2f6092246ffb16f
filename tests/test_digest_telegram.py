"""The digest sender against the fake Bot API, through the real PTB Bot over HTTP."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from datetime import UTC, datetime, timedelta

import pytest
from telegram import Bot
from telegram.request import HTTPXRequest

from bot.digest.build import Candidate, DigestOptions, plan_digest
from bot.digest.outcomes import ChatGone, Rejected, RetryLater
from bot.digest.telegram import telegram_sender
from tests.fake_telegram import TOKEN, FakeTelegram

NOW = datetime(2026, 11, 5, 12, tzinfo=UTC)


@pytest.fixture
def fake() -> Iterator[FakeTelegram]:
    with FakeTelegram() as tg:
        yield tg


@pytest.fixture
async def bot(fake: FakeTelegram) -> AsyncIterator[Bot]:
    bot = Bot(TOKEN, base_url=fake.base_url, request=HTTPXRequest(connection_pool_size=2))
    async with bot:
        yield bot


async def test_real_digest_messages_pass_telegram_html_checks(fake: FakeTelegram, bot: Bot) -> None:
    nasty = 'Tom & Jerry <script> "quoted" 😀 ' * 6
    candidates = [
        Candidate(
            item_id=i,
            dedup_key=f"n.example/{i}",
            title=f"{i}: {nasty}",
            link=f"https://n.example/{i}?a=1&b=<2>",
            feed_title="<Feed> & co",
            summary=nasty * 3,
            published=NOW - timedelta(hours=i),
            first_seen=NOW,
            highlight="“Quote & more” — A <Speaker>",
        )
        for i in range(30)
    ]
    plan = plan_digest(candidates, NOW, DigestOptions(max_items=25))
    assert len(plan.messages) > 1
    send = telegram_sender(bot)
    ids = [await send(-1001, 0, m.html) for m in plan.messages]
    assert len(set(ids)) == len(ids)
    calls = fake.calls_to("sendMessage")
    assert len(calls) == len(plan.messages)
    assert all(c.params.get("link_preview_options") for c in calls)
    assert "Tom & Jerry <script>" in (calls[0].visible_text or "")


async def test_thread_id_is_passed_for_forum_topics(fake: FakeTelegram, bot: Bot) -> None:
    await telegram_sender(bot)(-1001, 77, "<b>hi</b>")
    assert fake.calls_to("sendMessage")[0].params.get("message_thread_id") in (77, "77")


@pytest.mark.parametrize(
    ("status", "description", "retry_after", "expected"),
    [
        (429, "Too Many Requests: retry after 17", 17, RetryLater),
        (403, "Forbidden: bot was kicked from the supergroup chat", None, ChatGone),
        (400, "Bad Request: chat not found", None, ChatGone),
        (400, "Bad Request: can't parse entities: unsupported start tag", None, Rejected),
    ],
)
async def test_errors_are_translated(
    fake: FakeTelegram,
    bot: Bot,
    status: int,
    description: str,
    retry_after: int | None,
    expected: type[Exception],
) -> None:
    fake.fail_next("sendMessage", status, description, retry_after)
    with pytest.raises(expected) as info:
        await telegram_sender(bot)(-1001, 0, "<b>hi</b>")
    if isinstance(info.value, RetryLater):
        assert info.value.seconds == 17
