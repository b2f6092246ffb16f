"""Per-user request limit kept in the database, so every replica counts against the same window.

The rule: at most `limit` requests in any `window_s` seconds (an exact sliding log), stored as
one row per (scope, user) holding the times of the recent requests. Each check is one short
transaction that first writes the row (an upsert): on PostgreSQL that row lock, on SQLite the
database's single write lock, serialises concurrent checks for a user, so two replicas can never
both take the last slot.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime

from sqlalchemy import BigInteger, Float, String, Text, delete, select
from sqlalchemy.orm import Mapped, mapped_column

from bot.storage.db import Base, Database, upsert_into

DEFAULT_SCOPE = "requests"


class RateLimitRow(Base):
    __tablename__ = "rate_limits"
    scope: Mapped[str] = mapped_column(String(50), primary_key=True)
    user_id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    hits: Mapped[str] = mapped_column(Text, default="[]")  # JSON list of epoch seconds
    last_at: Mapped[float] = mapped_column(Float, index=True)  # for pruning idle users


def _epoch(now: datetime | float | None) -> float:
    if now is None:
        return datetime.now(UTC).timestamp()
    if isinstance(now, datetime):
        if now.tzinfo is None:
            raise ValueError("rate limits need an aware datetime (UTC)")
        return now.timestamp()
    return float(now)


async def check(
    db: Database,
    user_id: int,
    limit: int,
    window_s: float,
    now: datetime | float | None = None,
    *,
    scope: str = DEFAULT_SCOPE,
) -> float:
    """Record a request if allowed: 0.0; else the seconds until a slot frees (nothing recorded)."""
    if limit < 1 or window_s <= 0:
        raise ValueError("a rate limit needs limit >= 1 and window_s > 0")
    at = _epoch(now)
    table = RateLimitRow.__table__
    async with db.sessions() as session, session.begin():
        stmt = upsert_into(session, table).values(
            scope=scope, user_id=user_id, hits="[]", last_at=at
        )
        # Touching the row takes the lock that serialises this user's checks until commit.
        await session.execute(
            stmt.on_conflict_do_update(
                index_elements=[table.c.scope, table.c.user_id],
                set_={"last_at": table.c.last_at},
            )
        )
        raw = (
            await session.execute(
                select(table.c.hits).where(table.c.scope == scope, table.c.user_id == user_id)
            )
        ).scalar_one()
        hits = sorted(hit for hit in json.loads(raw) if hit > at - window_s)
        if len(hits) >= limit:
            wait = max(0.1, hits[len(hits) - limit] + window_s - at)
        else:
            wait = 0.0
            hits.append(at)
        await session.execute(
            table.update()
            .where(table.c.scope == scope, table.c.user_id == user_id)
            .values(hits=json.dumps(hits[-limit:]), last_at=max(hits, default=at))
        )
    return wait


async def allow(
    db: Database,
    user_id: int,
    limit: int,
    window_s: float,
    now: datetime | float | None = None,
    *,
    scope: str = DEFAULT_SCOPE,
) -> bool:
    """True (and counted) when the user still has a slot in the current window."""
    return await check(db, user_id, limit, window_s, now, scope=scope) == 0.0


async def prune(db: Database, window_s: float, now: datetime | float | None = None) -> int:
    """Drop the rows of users idle for longer than the window (a periodic job's work)."""
    table = RateLimitRow.__table__
    async with db.sessions() as session, session.begin():
        result = await session.execute(
            delete(table).where(table.c.last_at <= _epoch(now) - window_s)
        )
    return result.rowcount


class DbRateLimiter:
    """One user's limit per check, `await check(user_id)`, the same for every replica."""

    def __init__(
        self,
        db: Database,
        per_minute: int,
        *,
        window_s: float = 60.0,
        scope: str = DEFAULT_SCOPE,
    ) -> None:
        self.db, self.per_minute, self.window_s, self.scope = db, per_minute, window_s, scope

    async def check(self, key: int, now: datetime | float | None = None) -> float:
        """Record a request; 0 when allowed, else the seconds to wait (nothing recorded)."""
        return await check(self.db, key, self.per_minute, self.window_s, now, scope=self.scope)
