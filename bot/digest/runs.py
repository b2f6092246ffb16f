"""The delivery half of the digest repository: runs, their messages and deliveries.

A digest run is written whole (messages and delivery claims) before anything is sent, then each
message is claimed, sent and marked; bot.digest.delivery drives that cycle. `DigestStore`
(bot.digest.store) inherits these methods, so callers hold one repository object.

Every time is an aware UTC datetime at this boundary (stored naive-UTC in SQLite).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import and_, delete, exists, func, insert, or_, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from bot.digest.build import Candidate, DigestPlan
from bot.digest.tables import (
    DeliveryRow,
    FeedRow,
    ItemRow,
    MessageRow,
    RunRow,
    SubscriptionRow,
)
from bot.storage.db import Database
from bot.storage.writes import writing

BACKLOG = timedelta(hours=24)  # how far back a new subscription's first digest reaches


@dataclass(frozen=True, slots=True)
class PendingMessage:
    id: int
    seq: int
    thread_id: int
    html: str
    attempts: int
    uncertain: bool  # a send was started and its outcome never recorded
    claimed_at: datetime | None


class DigestRuns:
    """What a destination has not had yet, and the runs that deliver it; one transaction each."""

    def __init__(self, db: Database) -> None:
        self._db = db

    @property
    def db(self) -> Database:
        """The database the runs live in (one engine per process, shared with the curator)."""
        return self._db

    async def candidates(
        self, chat_id: int, thread_id: int = 0, *, backlog: timedelta = BACKLOG, limit: int = 500
    ) -> list[Candidate]:
        """Items of the destination's active feeds that it has not had yet (in any state)."""
        delivered = exists().where(
            DeliveryRow.chat_id == chat_id,
            DeliveryRow.thread_id == thread_id,
            DeliveryRow.dedup_key == ItemRow.dedup_key,
        )
        async with self._db.sessions() as session:
            first = await session.scalar(
                select(func.min(SubscriptionRow.created_at)).where(
                    SubscriptionRow.chat_id == chat_id, SubscriptionRow.thread_id == thread_id
                )
            )
        if first is None:
            return []
        query = (
            select(ItemRow, FeedRow.title, SubscriptionRow.created_at)
            .join(SubscriptionRow, SubscriptionRow.feed_id == ItemRow.feed_id)
            .join(FeedRow, FeedRow.id == ItemRow.feed_id)
            .where(
                SubscriptionRow.chat_id == chat_id,
                SubscriptionRow.thread_id == thread_id,
                SubscriptionRow.paused.is_(False),
                ItemRow.first_seen >= first - backlog,
                ~delivered,
            )
            .order_by(ItemRow.first_seen.desc(), ItemRow.id.desc())
            .limit(limit)
        )
        async with self._db.sessions() as session:
            rows = list(await session.execute(query))
        out = []
        for item, feed_title, subscribed_at in rows:
            stamp = min(item.published or item.first_seen, item.first_seen)
            if stamp < subscribed_at - backlog:
                continue  # an old article newly added to the feed, older than the subscription
            out.append(
                Candidate(
                    item_id=item.id,
                    dedup_key=item.dedup_key,
                    title=item.title,
                    link=item.link,
                    feed_title=feed_title,
                    summary=item.gist or item.summary,
                    published=item.published,
                    first_seen=item.first_seen,
                    highlight=item.highlight,
                    feed_id=item.feed_id,
                )
            )
        return out

    async def open_run(self, chat_id: int) -> int | None:
        """The chat's unfinished run, if a crash or a send failure interrupted one."""
        async with self._db.sessions() as session:
            return await session.scalar(
                select(RunRow.id)
                .where(RunRow.chat_id == chat_id, RunRow.finished_at.is_(None))
                .order_by(RunRow.id)
                .limit(1)
            )

    async def open_runs(self, ready_by: datetime | None = None) -> list[tuple[int, int]]:
        """(chat_id, run_id) of unfinished runs in chats that are not paused; with `ready_by`,
        not the runs planned ahead for a later moment (`send_at`: they wait for their minute)."""
        async with self._db.sessions() as session:
            paused = exists().where(
                SubscriptionRow.chat_id == RunRow.chat_id, SubscriptionRow.paused.is_(True)
            )
            query = select(RunRow.chat_id, RunRow.id).where(RunRow.finished_at.is_(None), ~paused)
            if ready_by is not None:
                query = query.where(or_(RunRow.send_at.is_(None), RunRow.send_at <= ready_by))
            rows = await session.execute(query)
            return [(c, r) for c, r in rows]

    async def next_planned(self, after: datetime) -> datetime | None:
        """The earliest moment after `after` that an unfinished run planned ahead waits for."""
        async with self._db.sessions() as session:
            return await session.scalar(
                select(func.min(RunRow.send_at)).where(
                    RunRow.finished_at.is_(None), RunRow.send_at > after
                )
            )

    async def create_run(
        self,
        chat_id: int,
        plans: Sequence[tuple[int, DigestPlan]],
        now: datetime,
        *,
        also: Callable[[AsyncSession], Awaitable[object]] | None = None,
    ) -> int | None:
        """Write the run, its messages and its delivery claims in one transaction, before any
        message is sent. None when nothing is to be sent, or another run claimed these items.
        `also(session)` writes more in the same transaction (the curator's story marks)."""
        started = await self.start_run(chat_id, plans, now, also=also)
        return None if started is None else started[0]

    async def start_run(
        self,
        chat_id: int,
        plans: Sequence[tuple[int, DigestPlan]],
        now: datetime,
        *,
        also: Callable[[AsyncSession], Awaitable[object]] | None = None,
        send_at: datetime | None = None,
    ) -> tuple[int, list[PendingMessage]] | None:
        """`create_run`, returning the run's id and its messages as `pending_messages` would
        read them back (the sender needs them at once: no second read). `send_at`: a run
        planned ahead, not to be sent before that moment (bot.digest.claims)."""
        if not any(plan.messages for _, plan in plans):
            return None
        try:
            async with writing(self._db) as session:
                if also is not None:
                    await also(session)
                run = RunRow(chat_id=chat_id, created_at=now, send_at=send_at)
                session.add(run)
                await session.flush()
                messages, deliveries = _run_rows(run.id, chat_id, plans)
                # executemany of one cached statement each: a digest of ten stories used to
                # cost eleven INSERT statements (the ORM's one per delivery row)
                ids = await session.execute(
                    insert(MessageRow).returning(MessageRow.id, MessageRow.seq), messages
                )
                by_seq = {seq: message_id for message_id, seq in ids}
                if deliveries:
                    await session.execute(insert(DeliveryRow), deliveries)
                pending = [
                    PendingMessage(by_seq[int(m["seq"])], int(m["seq"]), int(m["thread_id"]),
                                   str(m["html"]), 0, False, None)
                    for m in messages
                ]  # fmt: skip
                return run.id, pending
        except IntegrityError:
            return None

    async def pending_messages(self, run_id: int) -> list[PendingMessage]:
        """Unsent messages in order; `uncertain` ones were being sent when the process died."""
        async with self._db.sessions() as session:
            rows = await session.scalars(
                select(MessageRow)
                .where(MessageRow.run_id == run_id, MessageRow.state.in_(("pending", "sending")))
                .order_by(MessageRow.seq)
            )
            return [
                PendingMessage(
                    r.id, r.seq, r.thread_id, r.html, r.attempts, r.state == "sending", r.claimed_at
                )
                for r in rows
            ]

    async def mark_sending(self, run_id: int, seq: int, *, attempts: int, now: datetime) -> bool:
        """Claim message `seq` for one send, committed before the request goes out.

        Compare-and-set on `attempts` (as read with the message): if another sender claimed it
        meanwhile, nothing changes and the answer is False, so one attempt has one sender."""
        async with writing(self._db) as session:
            result = await session.execute(
                update(MessageRow)
                .where(
                    MessageRow.run_id == run_id,
                    MessageRow.seq == seq,
                    MessageRow.attempts == attempts,
                    MessageRow.state.in_(("pending", "sending")),
                )
                .values(state="sending", attempts=attempts + 1, claimed_at=now)
            )
            return result.rowcount == 1  # type: ignore[attr-defined]

    async def mark_not_sent(self, run_id: int, seq: int) -> None:
        """Telegram definitely did not take it (rate limit, chat gone): plain pending again."""
        async with writing(self._db) as session:
            await session.execute(
                update(MessageRow)
                .where(MessageRow.run_id == run_id, MessageRow.seq == seq)
                .values(state="pending")
            )

    async def mark_sent(
        self,
        run_id: int,
        seq: int,
        message_id: int | None,
        now: datetime,
        *,
        state: str = "sent",
        finish: bool = False,
    ) -> None:
        """Telegram accepted message `seq` (or rejected it for good, state="failed"); `finish`:
        it was the run's last, so the run is finished in the same transaction."""
        async with writing(self._db) as session:
            if finish:
                await session.execute(
                    update(RunRow).where(RunRow.id == run_id).values(finished_at=now)
                )
            await session.execute(
                update(MessageRow)
                .where(MessageRow.run_id == run_id, MessageRow.seq == seq)
                .values(state=state, message_id=message_id, sent_at=now)
            )
            await session.execute(
                update(DeliveryRow)
                .where(DeliveryRow.run_id == run_id, DeliveryRow.message_seq == seq)
                .values(state=state, message_id=message_id)
            )

    async def finish_run(self, run_id: int, now: datetime) -> None:
        async with writing(self._db) as session:
            await session.execute(update(RunRow).where(RunRow.id == run_id).values(finished_at=now))

    async def delivery_counts(self, chat_id: int) -> dict[str, int]:
        """Deliveries per state, for /digestsettings and tests."""
        async with self._db.sessions() as session:
            rows = await session.execute(
                select(DeliveryRow.state, func.count())
                .where(DeliveryRow.chat_id == chat_id)
                .group_by(DeliveryRow.state)
            )
            return {state: count for state, count in rows}

    async def prune(self, older_than: datetime) -> None:
        """Drop finished runs' messages and items no digest can still pick (housekeeping)."""
        async with writing(self._db) as session:
            await session.execute(
                delete(MessageRow).where(
                    MessageRow.run_id.in_(
                        select(RunRow.id).where(
                            and_(RunRow.finished_at.is_not(None), RunRow.finished_at < older_than)
                        )
                    )
                )
            )
            await session.execute(delete(ItemRow).where(ItemRow.first_seen < older_than))


def _run_rows(
    run_id: int, chat_id: int, plans: Sequence[tuple[int, DigestPlan]]
) -> tuple[list[dict[str, object]], list[dict[str, object]]]:
    """The run's message rows (pending, numbered across threads) and delivery claims: one per
    shown story, with its message's number, and one `skipped` per overflow story."""
    messages: list[dict[str, object]] = []
    deliveries: list[dict[str, object]] = []
    base = {"chat_id": chat_id, "run_id": run_id, "message_id": None}
    seq = 0
    for thread_id, plan in plans:
        stories = {s.lead.dedup_key: s for s in plan.shown}
        for message in plan.messages:
            messages.append(
                {"run_id": run_id, "seq": seq, "thread_id": thread_id, "html": message.html,
                 "state": "pending", "attempts": 0, "message_id": None, "claimed_at": None,
                 "sent_at": None}
            )  # fmt: skip
            deliveries += [
                {**base, "thread_id": thread_id, "dedup_key": key,
                 "item_id": stories[key].lead.item_id, "message_seq": seq, "state": "pending"}
                for key in message.dedup_keys
            ]  # fmt: skip
            seq += 1
        deliveries += [
            {**base, "thread_id": thread_id, "dedup_key": story.lead.dedup_key,
             "item_id": story.lead.item_id, "message_seq": None, "state": "skipped"}
            for story in plan.overflow
        ]  # fmt: skip
    return messages, deliveries
