"""Long pastes waiting for their last part, kept in the database so every replica sees them.

Telegram clients cut a text over 4,096 characters into several messages sent a moment apart, and
behind a webhook they may reach different replicas. Each (chat, user) has at most one pending
paste: one row holding its parts, in arrival order, with a version that every new part bumps.
Whoever handled the newest part owns the paste: `claim` deletes the row only if its version is
still the one that handler saw, in one DELETE ... RETURNING, so exactly one replica answers it
and a part that arrived meanwhile makes the stale claim a no-op. Adding a part first writes the
row (an upsert), which takes the row lock on PostgreSQL and the write lock on SQLite: two parts
arriving together are appended one after the other, never one over the other.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from sqlalchemy import BigInteger, Float, Integer, String, Text, delete, select
from sqlalchemy.orm import Mapped, mapped_column

from bot.storage.db import Base, Database, upsert_into

ORIGIN_CHARS = 100
LANGUAGE_CHARS = 16


class PendingPasteRow(Base):
    __tablename__ = "bot_pending_pastes"

    chat_id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    user_id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    origin: Mapped[str] = mapped_column(String(ORIGIN_CHARS))  # "" typed here, else forwarded from
    language_code: Mapped[str] = mapped_column(String(LANGUAGE_CHARS))  # the sender's, for replies
    parts: Mapped[str] = mapped_column(Text)  # JSON [[message_id, text], ...]
    chars: Mapped[int] = mapped_column(Integer)  # every part's length, kept or not
    version: Mapped[int] = mapped_column(Integer)
    updated_at: Mapped[float] = mapped_column(Float, index=True)  # epoch seconds of the newest part


@dataclass(frozen=True, slots=True)
class Pending:
    """What a new message needs to know about the paste before it: is it a continuation?"""

    version: int
    origin: str
    updated_at: float


@dataclass(frozen=True, slots=True)
class Paste:
    """A claimed paste: its parts in message order, to be answered as a reply to the first.
    `chars` counts every part, also those not kept once the paste was already too long."""

    chat_id: int
    user_id: int
    first_message_id: int
    language_code: str
    parts: tuple[str, ...]
    chars: int


async def peek(db: Database, chat_id: int, user_id: int) -> Pending | None:
    """The user's pending paste in this chat, if any."""
    table = PendingPasteRow.__table__
    async with db.sessions() as session:
        row = (
            await session.execute(
                select(table.c.version, table.c.origin, table.c.updated_at).where(
                    table.c.chat_id == chat_id, table.c.user_id == user_id
                )
            )
        ).first()
    return None if row is None else Pending(row.version, row.origin, row.updated_at)


async def add_part(
    db: Database,
    chat_id: int,
    user_id: int,
    message_id: int,
    text: str,
    *,
    origin: str,
    language_code: str,
    now: float,
    keep_chars: int,
) -> int:
    """Append a part (starting the paste if there is none); the paste's version after it.

    Once more than `keep_chars` are stored, further parts are only counted: the joined text is
    refused as too long anyway, and the row stays small. A part delivered twice (a webhook retry)
    is stored once.
    """
    table = PendingPasteRow.__table__
    key = (table.c.chat_id == chat_id, table.c.user_id == user_id)
    async with db.sessions() as session, session.begin():
        insert = upsert_into(session, table).values(
            chat_id=chat_id,
            user_id=user_id,
            origin=origin[:ORIGIN_CHARS],
            language_code=language_code[:LANGUAGE_CHARS],
            parts="[]",
            chars=0,
            version=0,
            updated_at=now,
        )
        # Touching the row takes the lock that serialises this user's parts until commit.
        await session.execute(
            insert.on_conflict_do_update(
                index_elements=[table.c.chat_id, table.c.user_id],
                set_={"updated_at": table.c.updated_at},
            )
        )
        row = (
            await session.execute(
                select(table.c.parts, table.c.chars, table.c.version, table.c.updated_at).where(
                    *key
                )
            )
        ).one()
        parts: list[list[int | str]] = json.loads(row.parts)
        if any(part[0] == message_id for part in parts):
            return int(row.version)
        if row.chars <= keep_chars:
            parts.append([message_id, text])
        version = row.version + 1
        await session.execute(
            table.update()
            .where(*key)
            .values(
                parts=json.dumps(parts, ensure_ascii=False),
                chars=row.chars + len(text),
                version=version,
                updated_at=max(now, row.updated_at),
            )
        )
    return int(version)


async def claim(db: Database, chat_id: int, user_id: int, version: int) -> Paste | None:
    """Take the paste if it is still at `version`; None when another part came or someone else
    took it. The one DELETE ... RETURNING is what makes a single replica the answerer."""
    table = PendingPasteRow.__table__
    async with db.sessions() as session, session.begin():
        row = (
            await session.execute(
                delete(table)
                .where(
                    table.c.chat_id == chat_id,
                    table.c.user_id == user_id,
                    table.c.version == version,
                )
                .returning(table.c.parts, table.c.chars, table.c.language_code)
            )
        ).first()
    if row is None:
        return None
    parts = sorted((int(mid), str(text)) for mid, text in json.loads(row.parts))
    texts = tuple(text for _, text in parts)
    return Paste(chat_id, user_id, parts[0][0], row.language_code, texts, int(row.chars))


async def due(db: Database, before: float) -> list[tuple[int, int, int]]:
    """(chat_id, user_id, version) of the pastes whose newest part came before `before`."""
    table = PendingPasteRow.__table__
    async with db.sessions() as session:
        rows = await session.execute(
            select(table.c.chat_id, table.c.user_id, table.c.version)
            .where(table.c.updated_at <= before)
            .order_by(table.c.updated_at)
        )
    return [(int(r.chat_id), int(r.user_id), int(r.version)) for r in rows]
