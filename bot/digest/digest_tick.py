"""The per-minute digest job's work: send what is due, then plan what falls due soon.

One pass (`deliver_due`) sends the runs planned ahead whose minute has come, one digest to
every other chat whose schedule is due, and the runs left open that nobody holds; then it plans
the digests due within PLAN_AHEAD (bot.digest.ahead) up to the first of their minutes, and
`send_planned_at_their_minute` sleeps until that minute instead of a tick past it. Each chat is
one replica's work (a lease per chat, bot.digest.claims). Start-up and the timers that run this
are bot.digest.jobs; this module only says what one run of the job does.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from datetime import datetime, timedelta

from bot.digest.ahead import PLAN_AHEAD, plan_ahead_claimed, send_planned_claimed
from bot.digest.claims import run_due_digests_claimed
from bot.digest.due import first_due_ahead
from bot.digest.outcomes import DeliveryReport
from bot.resources import BotResources

TICK_SECONDS = 60
# Due chats are served batch after batch for up to this long, at the pace of the bot's send
# limiter (30 a second): 10,000 chats due at one minute take about 6 minutes, one job run
# (the JobQueue skips the ticks that fall inside it; the next run takes what fell due meanwhile)
DIGEST_BUDGET_SECONDS = 900
DIGEST_CONCURRENCY = 16  # digests in flight: enough to keep the send limiter busy
# Digests due within PLAN_AHEAD (bot.digest.ahead) are planned for up to this long of a tick,
# and never past the first of their minutes (then the job sends at that minute)
PLAN_BUDGET_SECONDS = 45


async def deliver_due(
    resources: BotResources, keep_going: Callable[[], bool] = lambda: True
) -> list[DeliveryReport]:
    """Runs planned ahead whose minute has come are sent; every other chat whose schedule is
    due gets one digest; open runs nobody holds are finished; then the digests due within
    PLAN_AHEAD are planned and recorded (bot.digest.ahead), up to the first of their minutes.
    Each chat from exactly one replica (a lease per chat in the database, bot.digest.claims).
    `keep_going()` False (the bot is stopping): no more chats are claimed."""
    if resources.deliverer is None:
        return []
    db, store, deliverer = resources.db, resources.digests, resources.deliverer
    clock = resources.clock
    lease = {"owner": resources.owner, "ttl": resources.settings.lease_ttl_seconds, "clock": clock}
    burst = {"concurrency": DIGEST_CONCURRENCY, "keep_going": keep_going}
    reports: list[DeliveryReport] = []
    while True:
        reports += await send_planned_claimed(
            db, store, deliverer, clock(), metrics=resources.metrics,
            budget=DIGEST_BUDGET_SECONDS, **burst, **lease,
        )  # fmt: skip
        reports += await run_due_digests_claimed(
            db, store, deliverer, clock(), metrics=resources.metrics,
            budget=DIGEST_BUDGET_SECONDS, **burst, **lease,
        )  # fmt: skip
        now = clock()
        first = await _first_due(resources, now, PLAN_AHEAD)
        if first is None or not keep_going():
            return reports
        budget = min(PLAN_BUDGET_SECONDS, (first - now).total_seconds())
        await plan_ahead_claimed(db, store, deliverer, now, budget=budget, **burst, **lease)
        if first > clock():
            return reports  # its minute is still to come (send_planned_at_their_minute)
        # planning ran into that minute: send what it planned now, not a tick later


async def _first_due(resources: BotResources, now: datetime, ahead: timedelta) -> datetime | None:
    """The first minute after this tick and within `ahead` of a chat not planned yet."""
    async with resources.db.sessions() as session:
        return await session.scalar(first_due_ahead(now, ahead))


async def send_planned_at_their_minute(
    resources: BotResources, keep_going: Callable[[], bool] = lambda: True
) -> list[DeliveryReport]:
    """After a tick's work: the runs planned for a minute before the next tick are sent at
    that minute, not up to a tick after it (the job sleeps until then; the JobQueue skips the
    ticks that fall meanwhile)."""
    reports: list[DeliveryReport] = []
    while keep_going():
        now = resources.clock()
        moments = (
            await resources.digests.next_planned(now),
            await _first_due(resources, now, timedelta(seconds=TICK_SECONDS)),  # not planned
        )
        moment = min((m for m in moments if m is not None), default=None)
        if moment is None or (wait := (moment - now).total_seconds()) > TICK_SECONDS:
            return reports
        await asyncio.sleep(wait)
        reports += await deliver_due(resources, keep_going)
    return reports
