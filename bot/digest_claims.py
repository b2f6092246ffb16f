"""Scheduled digests across replicas: each due chat's digest is sent by exactly one of them.

`run_due_digests_claimed` is `bot.digest_delivery.run_due_digests` for replicas sharing one
database. It claims due chats with `bot.leases.claim_due` (FOR UPDATE SKIP LOCKED on PostgreSQL),
delivers each under its lease (renewed while sending), advances the schedule, and only then
releases the lease. Because the due query and the lease check are one statement, another replica
sees each chat either still leased or no longer due, never both free and due: one digest per
slot. A replica that dies mid-digest leaves its lease to lapse and the schedule un-advanced; after
`ttl` the next replica's tick claims the chat and `DigestDeliverer.deliver` resumes the stored
run (sent messages are not sent again).

Any other path into `DigestDeliverer.deliver`/`resume` (the /digest command, start-up resume of
open runs) must hold the same lease: `bot.leases.hold(db, KIND, chat_id, owner, ttl)`.
"""

from __future__ import annotations

import asyncio
import logging
from datetime import datetime, timedelta

from sqlalchemy import Select, or_, select

from bot.db import Database
from bot.digest_delivery import DeliveryReport, DigestDeliverer
from bot.digest_store import DigestStore
from bot.digest_tables import ScheduleRow
from bot.leases import Clock, LeaseLost, claim_due, keep
from bot.schedule import due_once_after_downtime

log = logging.getLogger(__name__)

KIND = "digest"


def due_chats(now: datetime) -> Select:
    """The chats whose schedule is due: the same rule as DigestStore.schedules(due_by=now)."""
    return (
        select(ScheduleRow.chat_id)
        .where(ScheduleRow.paused.is_(False))
        .where(or_(ScheduleRow.next_due.is_(None), ScheduleRow.next_due <= now))
        .order_by(ScheduleRow.next_due)
    )


async def run_due_digests_claimed(
    db: Database,
    store: DigestStore,
    deliverer: DigestDeliverer,
    now: datetime,
    *,
    owner: str,
    ttl: float | timedelta,
    clock: Clock,
    limit: int = 50,
    concurrency: int = 4,
) -> list[DeliveryReport]:
    """The per-minute job on one replica: the due chats this replica won, one digest each."""
    gate = asyncio.Semaphore(concurrency)

    async def one(chat_id: int) -> DeliveryReport | None:
        async with gate:
            try:
                async with keep(db, KIND, chat_id, owner, ttl, clock=clock):
                    return await _deliver_due(store, deliverer, chat_id, now)
            except LeaseLost:  # lapsed while earlier chats were served; another replica has it
                return None

    won = await claim_due(db, KIND, due_chats(now), owner, ttl, now, limit=limit)
    reports = await asyncio.gather(*(one(int(key)) for key in won))
    return [report for report in reports if report is not None]


async def _deliver_due(
    store: DigestStore, deliverer: DigestDeliverer, chat_id: int, now: datetime
) -> DeliveryReport | None:
    entry = await store.schedule(chat_id)
    if entry is None:
        return None
    due = due_once_after_downtime(entry.schedule, entry.next_due, now)
    if not due.send_now:
        if due.next_due != entry.next_due:
            await store.advance_schedule(chat_id, due.next_due)
        return None
    try:
        report = await deliverer.deliver(chat_id)
    except Exception:
        log.exception("digest for chat %s failed", chat_id)
        report = DeliveryReport(chat_id, "error")
    # Advance BEFORE the lease is released (on leaving `keep`): see the module docstring.
    await store.advance_schedule(
        chat_id, due.next_due, sent_at=now if report.status == "sent" else None
    )
    return report
