"""The digest repository: chats' settings and schedules, their topics, a chat's migration.

It is one object made of three parts by job: `DigestFeeds` (bot.digest.feedstore: feeds,
subscriptions, polls, teasers), `DigestRuns` (bot.digest.runs: what a destination has not had,
the runs and deliveries that send it) and this class; callers hold one repository object.

Identity rules that make digests idempotent:
- a feed is one row per URL, aliases for its old URLs (bot.digest.feedstore);
- an item is unique per (feed, GUID-or-link);
- a delivery is unique per (chat, thread, dedup key), the key being the normalised story URL, so
  one story is never posted twice to the same place, whichever feed carried it;
- a digest run stores its rendered messages before sending anything (see bot.digest.delivery).

Every row two requests (or replicas) may create at the same moment is written with one
insert-or-ignore or upsert (`bot.storage.db.upsert_into`), never read-then-add. Writes go
through `bot.storage.writes.writing` (on SQLite, one writer of this process at a time).

Every time is an aware UTC datetime at this boundary (stored naive-UTC in SQLite).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import delete, exists, select, update
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import aliased

from bot.digest.build import DigestOptions
from bot.digest.feedstore import DigestFeeds, EnrichJob, Subscriber, SubscriptionView
from bot.digest.runs import DigestRuns
from bot.digest.schedule import Schedule, parse_schedule
from bot.digest.tables import (
    DeliveryRow,
    MessageRow,
    RunRow,
    ScheduleRow,
    SettingsRow,
    SubscriptionRow,
    TargetRow,
)
from bot.storage.db import Database, upsert_into
from bot.storage.writes import writing

__all__ = [
    "DigestSettings", "DigestStore", "DueSchedule", "EnrichJob", "Subscriber", "SubscriptionView",
]  # fmt: skip

# --- views handed to callers ----------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class DueSchedule:
    chat_id: int
    schedule: Schedule
    next_due: datetime | None


@dataclass(frozen=True, slots=True)
class DigestSettings:
    max_items: int
    summaries: bool
    highlights: bool
    notify_empty: bool
    timezone: str

    def options(self) -> DigestOptions:
        return DigestOptions(
            max_items=self.max_items,
            summaries=self.summaries,
            highlights=self.highlights,
            notify_empty=self.notify_empty,
        )


async def _moved(session: AsyncSession, statement: Any) -> bool:
    result = await session.execute(statement)
    return bool(result.rowcount)  # type: ignore[attr-defined]


class DigestStore(DigestFeeds, DigestRuns):
    """Async repository over the digest tables; every method is one transaction."""

    def __init__(self, db: Database, *, default_max_items: int = 10) -> None:
        super().__init__(db)
        self._default_max_items = default_max_items

    async def set_chat_paused(self, chat_id: int, paused: bool) -> None:
        """The bot was removed from (or re-added to) the chat: stop or resume everything."""
        async with writing(self._db) as session:
            await session.execute(
                update(SubscriptionRow)
                .where(SubscriptionRow.chat_id == chat_id)
                .values(paused=paused)
            )
            await session.execute(
                update(ScheduleRow).where(ScheduleRow.chat_id == chat_id).values(paused=paused)
            )

    # -- the chat a user manages from a private chat ---------------------------------------

    async def pick_target(self, user_id: int, chat_id: int, now: datetime) -> None:
        """Remember (across restarts) which chat `user_id`'s private commands are about."""
        async with writing(self._db) as session:
            stmt = upsert_into(session, TargetRow.__table__).values(
                user_id=user_id, chat_id=chat_id, picked_at=now
            )
            changes = {"chat_id": stmt.excluded.chat_id, "picked_at": stmt.excluded.picked_at}
            await session.execute(
                stmt.on_conflict_do_update(index_elements=["user_id"], set_=changes)
            )

    async def picked_target(self, user_id: int) -> int | None:
        async with self._db.sessions() as session:
            row = await session.get(TargetRow, user_id)
            return None if row is None else row.chat_id

    # -- a group upgraded to a supergroup ------------------------------------------------

    async def migrate_chat(
        self,
        old_id: int,
        new_id: int,
        *,
        also: Callable[[AsyncSession], Awaitable[bool]] | None = None,
    ) -> bool:
        """Move everything of chat `old_id` to `new_id` in one transaction; False when nothing
        was there (Telegram announces a migration twice, once in each chat). Where the new
        chat already has its own row (same feed and topic, same delivered story, a schedule or
        settings of its own), the new chat's row wins and the old one is dropped. The bot is
        in the supergroup (that is where the news came from), so moved digests are resumed.
        `also(session)` moves more in the same transaction (True when it moved anything)."""
        if old_id == new_id:
            return False
        moved = False
        async with writing(self._db) as session:
            sub2 = aliased(SubscriptionRow)
            clash = exists().where(
                sub2.chat_id == new_id,
                sub2.thread_id == SubscriptionRow.thread_id,
                sub2.feed_id == SubscriptionRow.feed_id,
            )
            moved |= await _moved(
                session,
                update(SubscriptionRow)
                .where(SubscriptionRow.chat_id == old_id, ~clash)
                .values(chat_id=new_id, paused=False),
            )
            await session.execute(
                update(SubscriptionRow)
                .where(SubscriptionRow.chat_id == new_id)
                .values(paused=False)
            )
            del2 = aliased(DeliveryRow)
            clash = exists().where(
                del2.chat_id == new_id,
                del2.thread_id == DeliveryRow.thread_id,
                del2.dedup_key == DeliveryRow.dedup_key,
            )
            moved |= await _moved(
                session,
                update(DeliveryRow)
                .where(DeliveryRow.chat_id == old_id, ~clash)
                .values(chat_id=new_id),
            )
            moved |= await _moved(
                session, update(RunRow).where(RunRow.chat_id == old_id).values(chat_id=new_id)
            )
            for table, values in ((ScheduleRow, {"paused": False}), (SettingsRow, {})):
                if await session.get(table, new_id) is None:
                    moved |= await _moved(
                        session,
                        update(table)
                        .where(table.chat_id == old_id)
                        .values(chat_id=new_id, **values),
                    )
            await session.execute(
                update(TargetRow).where(TargetRow.chat_id == old_id).values(chat_id=new_id)
            )
            for table in (SubscriptionRow, DeliveryRow, ScheduleRow, SettingsRow):
                result = await session.execute(delete(table).where(table.chat_id == old_id))
                moved |= bool(result.rowcount)  # type: ignore[attr-defined]
            if also is not None:
                moved |= await also(session)
        return moved

    # -- settings and schedules ----------------------------------------------------------

    async def settings(self, chat_id: int) -> DigestSettings:
        async with self._db.sessions() as session:
            row = await session.get(SettingsRow, chat_id)
        if row is None:
            return DigestSettings(self._default_max_items, True, True, False, "UTC")
        return DigestSettings(
            max_items=row.max_items or self._default_max_items,
            summaries=row.summaries,
            highlights=row.highlights,
            notify_empty=row.notify_empty,
            timezone=row.timezone,
        )

    async def update_setting(self, chat_id: int, name: str, value: int | bool | str) -> None:
        """`name` comes from bot.digest.setting_args.parse_setting."""
        if name not in ("max_items", "summaries", "highlights", "notify_empty", "timezone"):
            raise ValueError(name)
        defaults: dict[str, object] = {
            "max_items": None, "summaries": True, "highlights": True, "notify_empty": False,
            "timezone": "UTC",
        }  # fmt: skip
        async with writing(self._db) as session:
            stmt = upsert_into(session, SettingsRow.__table__).values(
                chat_id=chat_id, **{**defaults, name: value}
            )
            await session.execute(
                stmt.on_conflict_do_update(index_elements=["chat_id"], set_={name: value})
            )

    async def set_schedule(self, chat_id: int, schedule: Schedule, next_due: datetime) -> None:
        async with writing(self._db) as session:
            stmt = upsert_into(session, ScheduleRow.__table__).values(
                chat_id=chat_id, text=schedule.describe(), next_due=next_due, paused=False
            )
            changes = {"text": stmt.excluded.text, "next_due": stmt.excluded.next_due}
            await session.execute(
                stmt.on_conflict_do_update(index_elements=["chat_id"], set_=changes)
            )

    async def clear_schedule(self, chat_id: int) -> bool:
        async with writing(self._db) as session:
            result = await session.execute(
                delete(ScheduleRow).where(ScheduleRow.chat_id == chat_id)
            )
            return bool(result.rowcount)  # type: ignore[attr-defined]

    async def schedule(self, chat_id: int) -> DueSchedule | None:
        async with self._db.sessions() as session:
            row = await session.get(ScheduleRow, chat_id)
            return (
                None
                if row is None
                else DueSchedule(chat_id, parse_schedule(row.text), row.next_due)
            )

    async def schedules(self) -> list[DueSchedule]:
        """Active schedules, earliest first (which of them are due: bot.digest.due)."""
        query = select(ScheduleRow).where(ScheduleRow.paused.is_(False))
        async with self._db.sessions() as session:
            rows = list(await session.scalars(query.order_by(ScheduleRow.next_due)))
        return [DueSchedule(r.chat_id, parse_schedule(r.text), r.next_due) for r in rows]

    async def advance_schedule(
        self,
        chat_id: int,
        next_due: datetime,
        *,
        sent_at: datetime | None = None,
        also: Callable[[AsyncSession], Awaitable[object]] | None = None,
    ) -> None:
        """One UPDATE; `also(session)` writes more in the same commit (the digest job gives
        the chat's lease back there: bot.digest.claims)."""
        values: dict[str, object] = {"next_due": next_due}
        if sent_at is not None:
            values["last_sent"] = sent_at
        async with writing(self._db) as session:
            await session.execute(
                update(ScheduleRow).where(ScheduleRow.chat_id == chat_id).values(values)
            )
            if also is not None:
                await also(session)

    # -- digest candidates and runs ------------------------------------------------------

    async def threads(self, chat_id: int) -> list[int]:
        """Forum topics (0 = the chat itself) that have active subscriptions."""
        async with self._db.sessions() as session:
            rows = await session.scalars(
                select(SubscriptionRow.thread_id)
                .where(SubscriptionRow.chat_id == chat_id, SubscriptionRow.paused.is_(False))
                .distinct()
                .order_by(SubscriptionRow.thread_id)
            )
            return list(rows)

    async def forget_sent_messages(self, finished_before: datetime) -> int:
        """Drop the text of digests whose run finished before `finished_before`; returns how
        many messages. Only an unfinished run's messages are read again (to resume sending);
        what a chat has had lives in its deliveries and story marks, so no digest changes. The
        sent text was a seventh of the database (`python -m bench.scale --week`)."""
        finished = select(RunRow.id).where(
            RunRow.finished_at.is_not(None), RunRow.finished_at < finished_before
        )
        async with writing(self._db) as session:
            done = await session.execute(delete(MessageRow).where(MessageRow.run_id.in_(finished)))
            return int(done.rowcount or 0)  # type: ignore[attr-defined]
