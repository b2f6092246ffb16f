"""Leases in the database: how replicas that share nothing but the database split work.

A lease is one row per (kind, key) naming its `owner` (one id per running process, see
`owner_id`) until `expires_at`. Claiming is a single conditional upsert, so on SQLite and on
PostgreSQL alike exactly one contender wins a free or expired lease; the holder renews it while it
works and releases it when done. A holder that dies simply stops renewing: after `ttl` the lease
is free again and another replica takes over, finishing from whatever progress the dead one had
committed. `token` starts at the first claim's time in microseconds (`first_token`), grows by
one on every change of hands and names the holding: a holder is its process's `owner` AND the
token its claim returned. Renewing and releasing need both, and a held lease cannot be claimed
again, not even by its own process: two tasks of one process (the minute's digest job and a
/digest for the same chat) never share a lease, one's release never frees the other's, and a
task whose lease lapsed and was taken over by another task of its process is fenced off like
one of another process (LeaseLost).

The batch form for scheduled work, "of these due rows, give me up to N nobody holds", is
`claim_due` in bot.storage.dueclaims; it claims through `upsert_claim` here.

A holder that is known to be gone does not keep its lease until `ttl`: when the owner's row in
bot.storage.heartbeats says it stopped (clean shutdown) or stopped beating, its leases count as
free at once, in `claim`, `holder` and bot.storage.dueclaims alike. Owners without a heartbeat
row keep the ttl rule alone.

Times are aware UTC datetimes at this boundary (stored naive UTC). Replica clocks must agree to
well within `ttl` and the heartbeat's staleness limit (NTP); choose `ttl` far above the longest
pause between two renewals.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import socket
import uuid
from collections.abc import AsyncIterator, Callable
from datetime import UTC, datetime, timedelta

from sqlalchemy import BigInteger, ColumnElement, DateTime, String, delete, event, or_, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import Mapped, mapped_column

from bot.storage.db import Base, Database, upsert_into
from bot.storage.heartbeats import gone_owners
from bot.storage.writes import writing

log = logging.getLogger(__name__)

Clock = Callable[[], datetime]
EPOCH = datetime(1970, 1, 1)  # naive UTC: "free" for a released lease


class LeaseRow(Base):
    __tablename__ = "leases"
    kind: Mapped[str] = mapped_column(String(50), primary_key=True)
    key: Mapped[str] = mapped_column(String(200), primary_key=True)
    owner: Mapped[str] = mapped_column(String(200))
    expires_at: Mapped[datetime] = mapped_column(DateTime, index=True)  # naive UTC
    token: Mapped[int] = mapped_column(BigInteger)


class LeaseLost(Exception):
    """The lease expired and may be someone else's now: stop touching the work it covered."""


def owner_id() -> str:
    """A name unique to this process run: host, pid and a random part (pids are reused)."""
    return f"{socket.gethostname()[:100]}:{os.getpid()}:{uuid.uuid4().hex[:8]}"


def utcnow() -> datetime:
    return datetime.now(UTC)


def naive_utc(moment: datetime) -> datetime:
    """An aware moment as the naive UTC the lease table stores (bot.storage.dueclaims too)."""
    if moment.tzinfo is None:
        raise ValueError("leases need an aware datetime (UTC)")
    return moment.astimezone(UTC).replace(tzinfo=None)


def positive_ttl(ttl: float | timedelta) -> timedelta:
    """Seconds or a timedelta as a timedelta, refusing a lease that would never hold."""
    ttl = ttl if isinstance(ttl, timedelta) else timedelta(seconds=ttl)
    if ttl <= timedelta(0):
        raise ValueError("a lease needs a positive ttl")
    return ttl


def first_token(now: datetime) -> int:
    """A new row's token: the claim's time in microseconds, not 1, so a row `prune` forgot and
    a claim re-inserts never hands out a token an earlier holding of that key had (a holder
    stalled past the prune would renew it). Earlier holdings counted up from an earlier
    time by one per change of hands, far fewer than the microseconds since."""
    return int(now.replace(tzinfo=UTC).timestamp() * 1_000_000)


async def upsert_claim(
    session: AsyncSession, kind: str, key: str, owner: str, until: datetime, now: datetime
) -> int | None:
    """One atomic upsert: take the row if absent, expired, or its holder is gone
    (bot.storage.heartbeats). Returns the token, None when it is held (by us too)."""
    table = LeaseRow.__table__
    stmt = upsert_into(session, table).values(
        kind=kind, key=key, owner=owner, expires_at=until, token=first_token(now)
    )
    stmt = stmt.on_conflict_do_update(
        index_elements=[table.c.kind, table.c.key],
        set_={
            "owner": stmt.excluded.owner,
            "expires_at": stmt.excluded.expires_at,
            "token": table.c.token + 1,
        },
        where=or_(table.c.expires_at <= now, table.c.owner.in_(gone_owners())),
    ).returning(table.c.token)
    return (await session.execute(stmt)).scalar_one_or_none()


async def claim(
    db: Database,
    kind: str,
    key: str | int,
    owner: str,
    ttl: float | timedelta,
    now: datetime | None = None,
) -> int | None:
    """Take the lease on (kind, key) for `ttl` if it is free or expired (or its holder gone);
    returns the new holding's token (what `renew`, `release` and `keep` need with `owner`), None
    when it is held, by this process too."""
    now = naive_utc(now or utcnow())
    async with writing(db) as session:
        return await upsert_claim(session, kind, str(key), owner, now + positive_ttl(ttl), now)


async def renew(
    db: Database,
    kind: str,
    key: str | int,
    owner: str,
    ttl: float | timedelta,
    now: datetime | None = None,
    *,
    token: int,
) -> bool:
    """Push our lease's expiry to now + ttl; False when it is not ours (`owner`, `token`) any
    more."""
    now = naive_utc(now or utcnow())
    return await _update_ours(db, kind, key, owner, token, {"expires_at": now + positive_ttl(ttl)})


async def release(db: Database, kind: str, key: str | int, owner: str, *, token: int) -> bool:
    """Give our lease back at once (the row stays, so the token keeps counting)."""
    return await _update_ours(db, kind, key, owner, token, {"owner": "", "expires_at": EPOCH})


def _ours(kind: str, key: str, owner: str, token: int) -> tuple[ColumnElement[bool], ...]:
    """The lease row of one holding: (kind, key) held by `owner` under `token`."""
    table = LeaseRow.__table__
    return (
        table.c.kind == kind,
        table.c.key == key,
        table.c.owner == owner,
        table.c.token == token,
    )


async def _update_ours(
    db: Database, kind: str, key: str | int, owner: str, token: int, values: dict[str, object]
) -> bool:
    """Change our own lease row; False when (kind, key) is not held by this holding."""
    table = LeaseRow.__table__
    async with writing(db) as session:
        result = await session.execute(
            table.update().where(*_ours(kind, str(key), owner, token)).values(values)
        )
    return result.rowcount == 1


async def holder(
    db: Database, kind: str, key: str | int, now: datetime | None = None
) -> tuple[str, int] | None:
    """Who holds (kind, key) right now, with the lease's token; None when it is free."""
    now = naive_utc(now or utcnow())
    async with db.sessions() as session:
        row = (
            await session.execute(
                select(LeaseRow.owner, LeaseRow.token).where(
                    LeaseRow.kind == kind,
                    LeaseRow.key == str(key),
                    LeaseRow.expires_at > now,
                    LeaseRow.owner.not_in(gone_owners()),
                )
            )
        ).one_or_none()
    return None if row is None else (row.owner, row.token)


async def prune(db: Database, older_than: datetime) -> int:
    """Forget leases that expired before `older_than` (their keys' work is long finished)."""
    table = LeaseRow.__table__
    async with writing(db) as session:
        stale = table.c.expires_at < naive_utc(older_than)
        result = await session.execute(delete(table).where(stale))
    return result.rowcount


class Lease:
    """A held lease that renews itself in the background (see `hold`): the holding `token`
    that `owner` took (`claim`, `claim_due`)."""

    def __init__(
        self,
        db: Database,
        kind: str,
        key: str,
        owner: str,
        token: int,
        ttl: timedelta,
        clock: Clock,
    ) -> None:
        self.db, self.kind, self.key, self.owner, self.token = db, kind, key, owner, token
        self.ttl, self.clock = ttl, clock
        self.lost = False
        self.released = False  # given back inside a caller's transaction (`release_in`)
        self._task: asyncio.Task[None] | None = None

    async def ensure(self) -> None:
        """Renew now; raise LeaseLost if it is gone (call before each irrevocable step)."""
        if self.lost or not await renew(
            self.db, self.kind, self.key, self.owner, self.ttl, self.clock(), token=self.token
        ):
            self.lost = True
            raise LeaseLost(f"lease {self.kind}/{self.key} lost by {self.owner}")

    async def _heartbeat(self) -> None:
        interval = self.ttl.total_seconds() / 3
        while not self.lost:
            await asyncio.sleep(interval)
            try:
                await self.ensure()
            except LeaseLost:
                log.warning("lease %s/%s expired under %s", self.kind, self.key, self.owner)
            except Exception:  # a database hiccup: try again before the lease runs out
                log.exception("renewing lease %s/%s failed", self.kind, self.key)

    async def release_in(self, session: AsyncSession) -> None:
        """Give the lease back inside the caller's transaction, so that the work's last write
        and the release are one commit (the digest job: schedule advanced, chat free). The
        heartbeat stops; once that transaction commits, leaving `keep` releases nothing more
        (after a rollback it releases the lease as usual)."""
        if self._task is not None:
            self._task.cancel()

        def committed(_session: object) -> None:
            self.released = True

        event.listen(session.sync_session, "after_commit", committed, once=True)
        table = LeaseRow.__table__
        await session.execute(
            table.update()
            .where(*_ours(self.kind, self.key, self.owner, self.token))
            .values(owner="", expires_at=EPOCH)
        )

    def start(self) -> None:
        self._task = asyncio.get_running_loop().create_task(self._heartbeat())

    def abandon(self) -> None:
        """Stop renewing without waiting for anything (see `keep`)."""
        if self._task is not None:
            with contextlib.suppress(RuntimeError):  # its loop is closed already
                self._task.cancel()

    async def stop(self, *, release_it: bool = True) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
        if release_it and not self.lost and not self.released:
            await release(self.db, self.kind, self.key, self.owner, token=self.token)


@contextlib.asynccontextmanager
async def keep(
    db: Database,
    kind: str,
    key: str | int,
    owner: str,
    ttl: float | timedelta,
    *,
    token: int,
    clock: Clock = utcnow,
    release_on_exit: bool = True,
) -> AsyncIterator[Lease]:
    """Keep a lease we already claimed (`token`: what `claim` or `claim_due` returned for it)
    renewed every ttl/3 while the block runs; release it on exit (release_on_exit=False lets it
    lapse instead, e.g. while a flood-control cool-down runs); cancellation (shutdown) too.
    Other BaseExceptions (dying) leave it to lapse.
    Raises LeaseLost at once if it lapsed and changed hands meanwhile (a batch's last keys wait
    while its first ones are worked on)."""
    lease = Lease(db, kind, str(key), owner, token, positive_ttl(ttl), clock)
    await lease.ensure()
    lease.start()
    try:
        yield lease
    except GeneratorExit:
        # Closed unfinished (its task destroyed with a closing loop): nothing can be awaited
        # any more, a database call here would leave its transaction open. Stop renewing; the
        # lease lapses, or goes at once with this process's heartbeat.
        lease.abandon()
        raise
    except Exception:
        await lease.stop(release_it=release_on_exit)
        raise
    except asyncio.CancelledError:
        # Stopped (a shutdown): the work is unwound, nothing of ours is in flight any more (a
        # send cut off stays recorded as uncertain), so the next holder need not wait out ttl.
        with contextlib.suppress(Exception):
            await lease.stop(release_it=release_on_exit)
        raise
    except BaseException:
        # Dying mid-work (a send may still be in flight): stop renewing and let the lease lapse
        # after its ttl rather than invite another replica in at once.
        await lease.stop(release_it=False)
        raise
    else:
        await lease.stop(release_it=release_on_exit)


@contextlib.asynccontextmanager
async def hold(
    db: Database,
    kind: str,
    key: str | int,
    owner: str,
    ttl: float | timedelta,
    *,
    clock: Clock = utcnow,
    release_on_exit: bool = True,
) -> AsyncIterator[Lease | None]:
    """Claim (kind, key) and `keep` it; yields None, holding nothing, when another holder has
    it (a task of this process too)."""
    token = await claim(db, kind, key, owner, ttl, clock())
    if token is None:
        yield None
        return
    async with keep(
        db, kind, key, owner, ttl, token=token, clock=clock, release_on_exit=release_on_exit
    ) as lease:
        yield lease
