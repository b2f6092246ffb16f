"""Digests planned before their minute, sent at it: the 08:00 burst is only the sends.

At 10,000 chats due at one minute, planning each digest (candidates, filters, story
fingerprints, the run written) took the CPU that sending at Telegram's pace needed, and the job
only began at its first tick after the minute (bench.scale --big, docs/performance.md). A run is
stored whole before anything is sent anyway (bot.digest.delivery), so only the sends need the
minute: `plan_ahead_claimed` plans and records the runs of the chats due within PLAN_AHEAD,
each with `send_at` (its minute) and its schedule moved on in the run's own transaction, and
`send_planned_claimed` sends the runs whose minute has come.

What a run planned ahead holds: the items stored when it was planned, at most PLAN_AHEAD before
its minute. An item that arrives in between is not claimed by that run, so it goes into the
chat's next digest: never lost, never twice. Topping the run up at the minute was not chosen:
it is a second plan per chat in the burst (the cost this module removes) and a second message
in the chat for one slot. The delay is of the order the bot already has: a feed is polled every
FEED_POLL_MINUTES (15), so what a digest holds is already up to that old.

Crash safety is the runs' own: a planned run is an unfinished run with its messages `pending`.
After a crash it is sent at the next start once its minute has come (bot.digest.jobs, catch-up:
`open_runs(ready_by=now)`), or by the first tick after its minute; `sent` messages are never
sent again. The schedule moved on when the run was written (one commit), so the slot is not
planned twice. Replicas: each chat is planned and sent under its digest lease (claim_due with
FOR UPDATE SKIP LOCKED on PostgreSQL), as for the minute's own path (bot.digest.claims).
"""

from __future__ import annotations

import logging
import time
from collections.abc import Awaitable, Callable
from datetime import datetime, timedelta

from sqlalchemy import update
from sqlalchemy.ext.asyncio import AsyncSession

from bot.digest.claims import KIND, Claimed, as_jobs, claimed_batches, pipelined
from bot.digest.delivery import DigestDeliverer
from bot.digest.due import at_tick, due_ahead, due_planned
from bot.digest.outcomes import DeliveryReport
from bot.digest.schedule import due_once_after_downtime
from bot.digest.store import DigestStore
from bot.digest.tables import ScheduleRow
from bot.metrics import Metrics
from bot.storage.db import Database
from bot.storage.leases import Clock, Lease, LeaseLost, keep

log = logging.getLogger(__name__)

# How long before its minute a digest may be planned: long enough to plan 10,000 chats before
# 08:00 on this bench's machine (about 20 a second beside the poll cycle), short next to the
# poll interval, so a digest misses little that a later plan would have had
PLAN_AHEAD = timedelta(minutes=10)


async def plan_ahead_claimed(
    db: Database,
    store: DigestStore,
    deliverer: DigestDeliverer,
    now: datetime,
    *,
    owner: str,
    ttl: float | timedelta,
    clock: Clock,
    ahead: timedelta = PLAN_AHEAD,
    limit: int = 50,
    concurrency: int = 4,
    budget: float = 0.0,
    keep_going: Callable[[], bool] = lambda: True,
) -> int:
    """Plan and record the digests of the chats due after this tick and within `ahead`, each
    under its chat's lease; returns how many runs were written. Claims stop when `budget`
    seconds are spent or `keep_going()` is False (the caller's stop at the first minute)."""

    async def one(claimed: Claimed) -> bool:
        chat_id, token = int(claimed[0]), claimed[1]
        try:
            async with keep(db, KIND, chat_id, owner, ttl, token=token, clock=clock) as lease:
                entry = await store.schedule(chat_id)
                if entry is None or entry.next_due is None or entry.next_due <= at_tick(now):
                    return False  # due now after all: the minute's own path takes it
                slot = entry.next_due
                after = due_once_after_downtime(entry.schedule, slot, slot).next_due

                async def advance(session: AsyncSession) -> None:
                    await _advance_in(session, chat_id, after)
                    await lease.release_in(session)

                outcome = await deliverer.plan_ahead(chat_id, slot, also=advance)
                if outcome == "nothing":  # an empty digest is that slot's digest too
                    await store.advance_schedule(chat_id, after, also=lease.release_in)
                return outcome == "planned"
        except LeaseLost:
            return False
        except Exception:  # one chat's bad plan must not stop the others: the minute retries
            log.exception("planning the digest of chat %s ahead failed", chat_id)
            return False

    due = due_ahead(now, ahead)
    claimed = claimed_batches(db, KIND, due, owner, ttl, now, limit, budget, set(), keep_going)
    return sum(await pipelined(as_jobs(claimed), one, concurrency))


async def send_planned_claimed(
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
    metrics: Metrics | None = None,
    budget: float = 0.0,
    keep_going: Callable[[], bool] = lambda: True,
    won: set[str] | None = None,
) -> list[DeliveryReport]:
    """Send the runs planned ahead whose minute has come, each under its chat's lease (the
    chats claimed are added to `won`)."""

    async def one(claimed: Claimed) -> DeliveryReport | None:
        chat_id, token = int(claimed[0]), claimed[1]
        try:
            async with keep(db, KIND, chat_id, owner, ttl, token=token, clock=clock) as lease:
                return await deliverer.resume(chat_id, before_send=fenced(lease))
        except LeaseLost:
            log.warning("digest for chat %s: lease lost, left to its new holder", chat_id)
            return None
        except Exception:
            log.exception("sending the planned digest of chat %s failed", chat_id)
            return DeliveryReport(chat_id, "error")

    taken: set[str] = set() if won is None else won
    claimed = claimed_batches(db, KIND, due_planned(now), owner, ttl, now, limit, budget, taken,
                       keep_going)  # fmt: skip
    jobs = as_jobs(claimed)
    reports = [report for report in await pipelined(jobs, one, concurrency) if report]
    if metrics is not None:
        for report in reports:
            metrics.digest_deliveries.labels(report.status).inc()
    return reports


async def _advance_in(session: AsyncSession, chat_id: int, next_due: datetime) -> None:
    await session.execute(
        update(ScheduleRow).where(ScheduleRow.chat_id == chat_id).values(next_due=next_due)
    )


def fenced(lease: Lease, share: float = 1 / 3) -> Callable[[], Awaitable[None]]:
    """`lease.ensure` before each message, but a write only when the last successful renewal
    (`keep` renews on entry) is older than `share` of the ttl, or the lease is known lost.

    The fencing keeps its meaning: a sender that stalled past the ttl (its lease possibly taken)
    is past `share` of it too, so it renews and gets LeaseLost before posting; one that renewed
    moments ago holds the lease for most of a ttl still. Each message of the burst thereby costs
    two write transactions instead of three (`sending`, `sent`; bench.scale --big)."""
    period = lease.ttl.total_seconds() * share
    renewed = time.monotonic()  # `keep` has just renewed it

    async def ensure() -> None:
        nonlocal renewed
        if lease.lost or time.monotonic() - renewed >= period:
            await lease.ensure()
            renewed = time.monotonic()

    return ensure
