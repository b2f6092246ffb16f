"""A chat a digest job claims a second time in one run is given back at once (bot.digest.claims,
`claimed_batches`), on a real SQLite file and on PostgreSQL.

A chat whose work left it due (its plan failed, its planned run was refused by flood control)
is claimed again by the same run's next look; it is not worked twice, and until this was fixed
the lease of that second claim was kept until its ttl. The chat was then skipped as held, even
by this replica's own next run: the minute's send of a digest whose plan failed a minute
before, or the retry after a 30 s flood-control pause, came only after the lease ran out.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from bot.digest.ahead import plan_ahead_claimed, send_planned_claimed
from bot.digest.delivery import DigestDeliverer
from bot.digest.digest_tick import DIGEST_BUDGET_SECONDS
from bot.digest.schedule import parse_schedule
from bot.digest.store import DigestStore
from bot.storage import leases
from bot.storage.db import Database
from tests.digest_helpers import (
    LEASE_TTL,
    OWNER,
    Clock,
    Telegram,
    digest_tick,
    item,
    open_store,
    outcome,
)

FEED = "https://news.example/feed.xml"
CHAT = -1_000_900_001
MINUTE = datetime(2026, 12, 7, 8, 0, tzinfo=UTC)  # "daily 08:00 UTC"; LEASE_TTL is 5 minutes


@pytest.fixture
def db_url(migrated_db_url: str) -> str:
    return migrated_db_url


@pytest.fixture
async def stored(db_url: str) -> AsyncIterator[tuple[Database, DigestStore]]:
    """One chat following one feed with three stories, due daily at MINUTE."""
    db, store = await open_store(db_url)
    try:
        await store.subscribe(CHAT, FEED, now=MINUTE - timedelta(hours=2))
        await store.set_schedule(CHAT, parse_schedule("daily 08:00 UTC"), MINUTE)
        feed = await store.find_feed(FEED)
        assert feed is not None
        items = [item(n, now=MINUTE, hours_ago=1) for n in (1, 2, 3)]
        await store.record_poll(outcome(feed.id, FEED, MINUTE - timedelta(hours=1), items))
        yield db, store
    finally:
        await db.close()


def _job(clock: Clock) -> dict[str, Any]:
    """The lease and the budget the digest job (bot.digest.jobs.deliver_due) runs with: with a
    budget, a run looks again for what is due once its first claims are worked."""
    return {"owner": OWNER, "ttl": LEASE_TTL, "clock": clock, "budget": DIGEST_BUDGET_SECONDS}


def _stories(tg: Telegram) -> list[str]:
    return [n for text in tg.texts(CHAT) for n in ("1", "2", "3") if f'story-{n}"' in text]


async def test_a_plan_that_failed_a_minute_before_does_not_keep_the_minute_from_sending(
    stored: tuple[Database, DigestStore],
) -> None:
    db, store = stored
    clock = Clock(MINUTE - timedelta(minutes=1))
    tg = Telegram()
    deliverer = DigestDeliverer(store, tg.send, clock=clock)
    tries = 0

    async def failing(*_args: object, **_kwargs: object) -> str:
        nonlocal tries
        tries += 1
        raise ConnectionResetError("the database went away for a moment")

    deliverer.plan_ahead = failing  # type: ignore[method-assign]
    planned = await plan_ahead_claimed(db, store, deliverer, clock(), **_job(clock))
    assert (planned, tries) == (0, 1)  # failed once, not tried twice in one run
    assert await leases.holder(db, "digest", CHAT, clock()) is None  # nobody holds the chat
    del deliverer.plan_ahead

    clock.now = MINUTE  # "the minute retries" (bot.digest.ahead): at it, not a ttl later
    reports = await digest_tick(db, store, deliverer, clock, budget=DIGEST_BUDGET_SECONDS)
    assert [report.status for report in reports] == ["sent"]
    assert _stories(tg) == ["1", "2", "3"]


async def test_a_planned_run_refused_by_flood_control_is_sent_after_the_pause_not_the_ttl(
    stored: tuple[Database, DigestStore],
) -> None:
    db, store = stored
    clock = Clock(MINUTE - timedelta(minutes=5))
    tg = Telegram(script={1: "retry"})  # the first send: "retry after 30 s"
    deliverer = DigestDeliverer(store, tg.send, clock=clock)
    assert await plan_ahead_claimed(db, store, deliverer, clock(), **_job(clock)) == 1

    clock.now = MINUTE
    reports = await send_planned_claimed(db, store, deliverer, clock(), **_job(clock))
    assert [report.status for report in reports] == ["retry"]
    assert tg.posted == []

    clock.now = MINUTE + timedelta(seconds=31)  # the pause is over; the lease's ttl is not
    reports = await send_planned_claimed(db, store, deliverer, clock(), **_job(clock))
    assert [report.status for report in reports] == ["sent"]
    assert _stories(tg) == ["1", "2", "3"]
