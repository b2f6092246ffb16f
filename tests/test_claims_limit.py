"""Chats a digest run claims a second time do not eat its claim limit (bot.digest.claims,
`claimed_batches`), on a real SQLite file and on PostgreSQL.

A chat whose work left it due (found busy, a plan that failed, a run refused by flood control)
is claimed again by the run's next look and given back at once, not worked twice. Until this
was fixed those claims counted against the batch's `limit`: with as many such chats as the
limit, earliest due, every later look claimed only them again, and the run ended with other
due chats never claimed (they waited for the next tick, or longer, behind the same chats).
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from bot.digest.claims import KIND, claimed_batches
from bot.digest.due import due_chats
from bot.digest.schedule import parse_schedule
from bot.storage import leases
from tests.digest_helpers import LEASE_TTL, OWNER, open_store

NOW = datetime(2026, 12, 7, 8, 0, tzinfo=UTC)
WORKED = [-1_000_900_301, -1_000_900_302]  # worked already in this run, and still due
WAITING = [-1_000_900_303, -1_000_900_304, -1_000_900_305]  # due, not claimed yet


@pytest.fixture
def db_url(migrated_db_url: str) -> str:
    return migrated_db_url


async def test_chats_claimed_again_leave_the_batch_to_the_others(db_url: str) -> None:
    db, store = await open_store(db_url)
    try:
        every = parse_schedule("every 1h UTC")
        for minutes, chat in enumerate(WORKED + WAITING):  # the worked ones come first
            await store.set_schedule(chat, every, NOW - timedelta(minutes=10 - minutes))
        won = {str(chat) for chat in WORKED}
        batches = claimed_batches(db, KIND, due_chats(NOW), OWNER, LEASE_TTL, NOW, 2, 60.0, won)
        first = list(await anext(batches))
        assert first == [str(chat) for chat in WAITING[:2]]  # a full batch of others
        for chat in WORKED:  # given back: free for whoever looks next (another replica)
            assert await leases.holder(db, KIND, chat, NOW) is None
        assert list(await anext(batches)) == [str(WAITING[2])]
        assert won == {str(chat) for chat in WORKED + WAITING}
    finally:
        await db.close()
