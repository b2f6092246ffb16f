"""Whose leases are free before their ttl (bot.storage.heartbeats with bot.storage.leases), on
SQLite and PostgreSQL: a holder that stopped or stopped beating holds nothing; a beating one, or
one that never registered, keeps its lease until the ttl."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta

from bot.digest.due import due_chats
from bot.digest.schedule import parse_schedule
from bot.digest.store import DigestStore
from bot.storage import dueclaims, heartbeats, leases
from bot.storage.heartbeats import Heartbeat
from tests.databases import migrated_database

TTL = timedelta(minutes=2)  # far longer than any of these tests


async def test_a_stopped_or_silent_holder_loses_its_leases_at_once(db_url: str) -> None:
    db = await migrated_database(db_url)
    store = DigestStore(db)
    try:
        now = datetime.now(UTC)
        chats = {"stopping": -1, "silent": -2, "beating": -3, "unregistered": -4}
        await heartbeats.beat(db, "stopping", timedelta(seconds=30), first=True)
        await heartbeats.beat(db, "silent", timedelta(seconds=0.3), first=True)
        await heartbeats.beat(db, "beating", timedelta(seconds=30), first=True)
        tokens: dict[str, int] = {}  # each holding's token, as its claim returned it
        for holder, chat in chats.items():
            await store.set_schedule(chat, parse_schedule("every 1h UTC"), now)  # all due
            token = await leases.claim(db, "digest", chat, holder, TTL, now)
            assert token is not None
            tokens[holder] = token

        await heartbeats.mark_stopped(db, "stopping")
        await asyncio.sleep(0.5)  # "silent" has not beaten for longer than it promised
        assert await leases.holder(db, "digest", -1, now) is None
        assert await leases.holder(db, "digest", -2, now) is None
        assert await leases.holder(db, "digest", -3, now) == ("beating", tokens["beating"])
        assert await leases.holder(db, "digest", -4, now) == (
            "unregistered",
            tokens["unregistered"],
        )

        later = now + timedelta(seconds=1)  # the leases' own ttl is far from over
        won = await dueclaims.claim_due(db, "digest", due_chats(later), "successor", TTL, later)
        assert sorted(won) == ["-1", "-2"]
        for chat in (-3, -4):
            assert not await leases.claim(db, "digest", chat, "successor", TTL, later)
        assert await leases.holder(db, "digest", -1, later) == ("successor", tokens["stopping"] + 1)
        # the old holder is fenced off: it cannot renew what changed hands
        assert not await leases.renew(
            db, "digest", -1, "stopping", TTL, later, token=tokens["stopping"]
        )
    finally:
        await db.close()


async def test_heartbeat_keeps_a_process_alive_and_its_stop_says_so(db_url: str) -> None:
    db = await migrated_database(db_url)
    try:
        # each beat promises 2 s: a starved event loop or a slow commit may delay a beat by a
        # second or so without the process being taken for dead
        heart = Heartbeat(db, "replica-a", every=0.1, stale_after=2.0)
        await heart.start()
        assert await leases.claim(db, "feed", 7, "replica-a", TTL)
        await asyncio.sleep(3.0)  # past its first beat's promise: only the later beats carry it
        assert await heartbeats.alive(db, "replica-a")
        assert not await leases.claim(db, "feed", 7, "replica-b", TTL)
        await heart.stop()
        assert not await heartbeats.alive(db, "replica-a")
        assert await leases.claim(db, "feed", 7, "replica-b", TTL)
        assert await heartbeats.prune(db, timedelta(days=30)) == 0  # stopped just now: kept
        assert await heartbeats.prune(db, timedelta(0)) == 1
    finally:
        await db.close()
