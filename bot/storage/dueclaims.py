"""Batch claims for scheduled work: "of these due rows, give me up to N nobody holds".

Its own module because it is the one lease query that reads the caller's table, not just the
leases (bot.storage.leases holds the single-key claims, renewals and releases it builds on), and
the one whose correctness rests on per-dialect locking. On PostgreSQL `claim_due` reads the due
rows with SELECT ... FOR UPDATE SKIP LOCKED, so concurrent replicas walk past each other's rows
instead of queueing on them; SQLite has one writer at a time, so there the read and the upserts
run in one BEGIN IMMEDIATE transaction, under that write lock. A holder known to be gone
(bot.storage.heartbeats) holds nothing here either.
"""

from __future__ import annotations

from collections.abc import Collection
from datetime import datetime, timedelta

from sqlalchemy import Select, String, exists, or_, text
from sqlalchemy import cast as sql_cast

from bot.storage.db import Database
from bot.storage.heartbeats import gone_owners
from bot.storage.leases import LeaseRow, naive_utc, positive_ttl, upsert_claim, utcnow
from bot.storage.writes import writing


async def claim_due(
    db: Database,
    kind: str,
    due: Select,
    owner: str,
    ttl: float | timedelta,
    now: datetime | None = None,
    *,
    limit: int = 50,
    exclude: Collection[str] = (),
) -> dict[str, int]:
    """Claim up to `limit` of the keys `due` selects that nobody holds and `exclude` does not
    name; returns those won, each with its holding's token (for `keep`), in `due`'s order.

    `due` selects ONE column, the key, from the caller's table with its own "is due" condition,
    e.g. `select(ScheduleRow.chat_id).where(ScheduleRow.next_due <= now)`. Keys come back as
    strings (str(chat_id)). Release a key only after its row stopped being due (next_due moved
    on, committed), or let the lease expire; otherwise another replica may claim it again.
    """
    now = naive_utc(now or utcnow())
    until = now + positive_ttl(ttl)
    key_column = due.selected_columns[0]
    held = exists().where(
        LeaseRow.kind == kind,
        LeaseRow.key == sql_cast(key_column, String),
        LeaseRow.expires_at > now,
        or_(LeaseRow.owner == owner, LeaseRow.owner.not_in(gone_owners())),  # ours: held
    )
    query = due.where(~held)
    if exclude:
        query = query.where(sql_cast(key_column, String).not_in(sorted(exclude)))
    query = query.limit(limit)
    won: dict[str, int] = {}
    async with writing(db) as session:
        if session.bind.dialect.name == "postgresql":
            # Row locks on the caller's due rows until commit: another replica's identical
            # query skips them and takes the next ones, instead of waiting on our lease upserts.
            query = query.with_for_update(skip_locked=True)
        else:
            # SQLite: pysqlite opens a (deferred) transaction only before the first INSERT, so
            # the SELECT would run on its own: a replica could claim, finish and release a key
            # between our read and our upsert, and we would claim the no longer due key again.
            # Take the single write lock first, explicitly: read and claims become one atomic step.
            await session.execute(text("BEGIN IMMEDIATE"))
        keys = dict.fromkeys(str(key) for key in (await session.execute(query)).scalars())
        for key in keys:  # a key selected twice (two rows of it) is claimed once
            if (token := await upsert_claim(session, kind, key, owner, until, now)) is not None:
                won[key] = token
    return won
