"""Long pastes, the parts: which messages may go on, how parts join, and the pending-paste table
on SQLite and PostgreSQL (concurrent parts are all kept, exactly one claim wins)."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from typing import Any

import pytest
from telegram import Message

from bot.chat.paste import PartKind, join_parts, origin_key, part_kind
from bot.storage import pastes
from bot.storage.db import Database
from tests import fake_telegram as ft
from tests.databases import migrated_database
from tests.paste_articles import client_cut, paragraph, valley_article

CHAT = USER = 4_242


def _message(text: str, **kwargs: Any) -> Message:
    forward = kwargs.pop("forward", None)
    data = ft.message(text, chat_id=CHAT, user_id=USER, **kwargs)["message"]
    if forward is not None:
        data["forward_origin"] = forward
    return Message.de_json(data, None)


CHANNEL = {
    "type": "channel",
    "chat": {"id": -100_555, "type": "channel", "title": "Valley News"},
    "message_id": 31,
    "date": 1_700_000_000,
}


# -- which messages may go on ---------------------------------------------------------------------


def test_a_message_cut_near_the_limit_may_go_on_and_a_short_one_is_whole() -> None:
    first, last = client_cut(valley_article(2))
    assert part_kind(_message(first)) is PartKind.CUT
    assert part_kind(_message(last)) is PartKind.WHOLE
    assert part_kind(_message(paragraph(1))) is PartKind.WHOLE


def test_the_limit_is_counted_in_utf16_units_as_telegram_does() -> None:
    emoji = "🚆" * 1100  # 1,100 characters, 2,200 UTF-16 units: over half the limit
    assert part_kind(_message(emoji)) is PartKind.CUT
    assert part_kind(_message("a" * 1100)) is PartKind.WHOLE


def test_a_long_caption_may_go_on_but_the_same_text_as_a_message_is_whole() -> None:
    text = " ".join(paragraph(i) for i in range(2))[:900]
    assert part_kind(_message(text, caption=True)) is PartKind.CUT
    assert part_kind(_message(text)) is PartKind.WHOLE


def test_a_message_of_links_only_is_never_a_part() -> None:
    links = "\n".join(f"https://valley.example/report/{i}" for i in range(100))
    assert part_kind(_message(links)) is PartKind.LINKS
    with_words = f"Read the report at https://valley.example/report. {paragraph(2)}"
    assert part_kind(_message(with_words)) is PartKind.WHOLE


def test_forwarded_parts_carry_their_origin() -> None:
    assert origin_key(_message("typed here")) == ""
    assert origin_key(_message("x", forward=CHANNEL)) == "channel:-100555"
    user = {"type": "user", "sender_user": ft.user(77), "date": 1_700_000_000}
    assert origin_key(_message("x", forward=user)) == "user:77"
    hidden = {"type": "hidden_user", "sender_user_name": "N" * 300, "date": 1_700_000_000}
    assert len(origin_key(_message("x", forward=hidden))) == pastes.ORIGIN_CHARS


# -- joining --------------------------------------------------------------------------------------


@pytest.mark.parametrize("parts", [2, 5])
def test_parts_cut_between_paragraphs_join_into_the_pasted_text(parts: int) -> None:
    text = valley_article(parts)
    assert join_parts(client_cut(text)) == text


def test_parts_cut_inside_a_paragraph_join_with_a_space() -> None:
    one_paragraph = " ".join(paragraph(i) for i in range(12))  # no line breaks to cut at
    cut = client_cut(one_paragraph)
    assert len(cut) == 2 and not cut[0].endswith(".")
    assert join_parts(cut) == one_paragraph


# -- the table ------------------------------------------------------------------------------------


@pytest.fixture
async def db(db_url: str) -> AsyncIterator[Database]:
    database = await migrated_database(db_url)
    try:
        yield database
    finally:
        await database.close()


async def _add(db: Database, message_id: int, text: str, now: float = 100.0, **kw: Any) -> int:
    kw.setdefault("keep_chars", 1_000_000)
    return await pastes.add_part(
        db, CHAT, USER, message_id, text, origin="", language_code="ru", now=now, **kw
    )


async def test_a_claim_takes_the_parts_in_message_order_once(db: Database) -> None:
    assert await pastes.peek(db, CHAT, USER) is None
    assert await _add(db, 12, "second") == 1
    assert await _add(db, 11, "first") == 2
    assert await _add(db, 12, "second") == 2  # delivered twice: kept once
    pending = await pastes.peek(db, CHAT, USER)
    assert pending is not None and pending.version == 2 and pending.origin == ""
    paste = await pastes.claim(db, CHAT, USER, 2)
    assert paste is not None
    assert (paste.first_message_id, paste.parts, paste.chars) == (11, ("first", "second"), 11)
    assert paste.language_code == "ru"
    assert await pastes.claim(db, CHAT, USER, 2) is None
    assert await pastes.peek(db, CHAT, USER) is None


async def test_a_claim_for_an_older_version_leaves_the_newer_parts(db: Database) -> None:
    seen = await _add(db, 1, "one")
    await _add(db, 2, "two")
    assert await pastes.claim(db, CHAT, USER, seen) is None  # a part came after it
    paste = await pastes.claim(db, CHAT, USER, seen + 1)
    assert paste is not None and paste.parts == ("one", "two")


async def test_parts_past_the_size_cap_are_counted_not_kept(db: Database) -> None:
    for i in range(5):
        await _add(db, i, "x" * 100, keep_chars=150)
    paste = await pastes.claim(db, CHAT, USER, 5)
    assert paste is not None
    assert len(paste.parts) == 2 and paste.chars == 500


async def test_only_pastes_whose_last_part_is_old_are_due(db: Database) -> None:
    await _add(db, 1, "old", now=100.0)
    await pastes.add_part(
        db, CHAT, USER + 1, 2, "new", origin="", language_code="", now=200.0, keep_chars=10
    )
    assert await pastes.due(db, 150.0) == [(CHAT, USER, 1)]
    assert {key[1] for key in await pastes.due(db, 250.0)} == {USER, USER + 1}


async def test_parts_arriving_together_are_all_kept(db: Database) -> None:
    versions = await asyncio.gather(*(_add(db, i, f"part {i}") for i in range(20)))
    assert sorted(versions) == list(range(1, 21))
    paste = await pastes.claim(db, CHAT, USER, 20)
    assert paste is not None
    assert paste.parts == tuple(f"part {i}" for i in range(20))


async def test_exactly_one_of_many_simultaneous_claims_wins(db: Database) -> None:
    for i in range(3):
        await _add(db, i, f"part {i}")
    claims = await asyncio.gather(*(pastes.claim(db, CHAT, USER, 3) for _ in range(12)))
    won = [c for c in claims if c is not None]
    assert len(won) == 1 and won[0].parts == ("part 0", "part 1", "part 2")
