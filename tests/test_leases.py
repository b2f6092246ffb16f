"""Leases on SQLite and PostgreSQL: one holder at a time, expiry hands work over, nothing twice."""

from __future__ import annotations

import asyncio
import os
import signal
import sys
from collections import Counter
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import event, insert, select
from sqlalchemy.exc import OperationalError
from sqlalchemy.util import await_only

from bot.storage import dueclaims, leases
from bot.storage.db import Database
from bot.storage.migrations import migrate
from tests.lease_replica import Stats, connect, jobs, toy, work

T0 = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)
ROOT = Path(__file__).resolve().parent.parent
# Waits are on what the database or a replica shows, returning as soon as it holds; this is only
# how long a very busy 2-core machine may take before a wait counts as a failure.
WAIT = 60.0


async def _until(condition: Callable[[], Awaitable[bool]], what: str) -> None:
    """Poll `condition` until it holds (AssertionError naming `what` after WAIT seconds)."""
    deadline = asyncio.get_running_loop().time() + WAIT
    while not await condition():
        assert asyncio.get_running_loop().time() < deadline, f"not within {WAIT} s: {what}"
        await asyncio.sleep(0.02)


@pytest.fixture
def db_url(migrated_db_url: str) -> str:
    """At the newest schema already (tests/conftest.py): these tests need the tables."""
    return migrated_db_url


async def _open(url: str) -> Database:
    await migrate(url)
    db = connect(url)
    async with db.engine.begin() as conn:
        await conn.run_sync(toy.create_all)  # the toy jobs only; the leases come from migrations
    return db


async def _add_jobs(db: Database, count: int, items: int) -> None:
    async with db.sessions() as session, session.begin():
        await session.execute(
            insert(jobs), [{"id": i, "total": items, "done": 0} for i in range(1, count + 1)]
        )


async def test_one_holder_until_expiry_or_release(db_url: str) -> None:
    db = await _open(db_url)
    try:
        first = await leases.claim(db, "digest", 42, "a", 60, T0)
        assert first is not None  # the token of a's holding
        assert not await leases.claim(db, "digest", 42, "b", 60, T0 + timedelta(seconds=59))
        assert await leases.claim(db, "digest", 43, "b", 60, T0)  # other keys are independent
        assert await leases.holder(db, "digest", 42, T0) == ("a", first)
        # the holder may renew; a stranger may not renew or release it
        assert await leases.renew(
            db, "digest", 42, "a", 60, T0 + timedelta(seconds=50), token=first
        )
        assert not await leases.renew(
            db, "digest", 42, "b", 60, T0 + timedelta(seconds=50), token=first
        )
        assert not await leases.release(db, "digest", 42, "b", token=first)
        assert not await leases.claim(db, "digest", 42, "b", 60, T0 + timedelta(seconds=100))
        # renewed until T0+110: expired just after, and then it changes hands
        second = await leases.claim(db, "digest", 42, "b", 60, T0 + timedelta(seconds=111))
        assert second == first + 1
        assert await leases.holder(db, "digest", 42, T0 + timedelta(seconds=111)) == ("b", second)
        assert not await leases.renew(
            db, "digest", 42, "a", 60, T0 + timedelta(seconds=112), token=first
        )
        assert not await leases.release(db, "digest", 42, "a", token=first)
        # released: free at once, the token keeps counting
        assert await leases.release(db, "digest", 42, "b", token=second)
        assert await leases.holder(db, "digest", 42, T0 + timedelta(seconds=112)) is None
        assert await leases.claim(db, "digest", 42, "a", 60, T0 + timedelta(seconds=112))
        assert await leases.holder(db, "digest", 42, T0 + timedelta(seconds=112)) == (
            "a",
            first + 2,
        )
        with pytest.raises(ValueError, match="aware"):
            await leases.claim(db, "digest", 1, "a", 60, datetime(2026, 1, 1))
    finally:
        await db.close()


async def test_a_pruned_lease_claimed_again_never_reuses_a_token(db_url: str) -> None:
    """A row `prune` forgot starts again above every token its key had: a task of process "a"
    stalled past the prune (its holding's token in hand) cannot renew the new holding of
    another task of "a", nor release it."""
    db = await _open(db_url)
    try:
        stalled = await leases.claim(db, "digest", 42, "a", 60, T0)
        assert stalled is not None
        later = T0 + timedelta(days=31)
        assert await leases.prune(db, later - timedelta(days=30)) == 1
        fresh = await leases.claim(db, "digest", 42, "a", 60, later)
        assert fresh is not None and fresh > stalled
        assert not await leases.renew(db, "digest", 42, "a", 60, later, token=stalled)
        assert not await leases.release(db, "digest", 42, "a", token=stalled)
        assert await leases.holder(db, "digest", 42, later) == ("a", fresh)
    finally:
        await db.close()


async def test_concurrent_claims_of_one_key_have_one_winner(db_url: str) -> None:
    replicas = [await _open(db_url) for _ in range(4)]
    try:
        for round_ in range(3):
            now = T0 + timedelta(minutes=10 * round_)  # each round the previous lease expired
            wins = await asyncio.gather(
                *(
                    leases.claim(db, "digest", 7, f"r{i}-{j}", 60, now)
                    for i, db in enumerate(replicas)
                    for j in range(3)
                )
            )
            assert sum(win is not None for win in wins) == 1, wins
    finally:
        for db in replicas:
            await db.close()


async def test_two_replicas_claim_fifty_due_jobs_each_exactly_once(db_url: str) -> None:
    a, b = await _open(db_url), await _open(db_url)
    try:
        await _add_jobs(a, 50, 1)
        due = select(jobs.c.id).where(jobs.c.done < jobs.c.total).order_by(jobs.c.id)
        claims: Counter[str] = Counter()
        owners: dict[str, set[str]] = {"a": set(), "b": set()}

        async def replica(db: Database, owner: str) -> None:
            for _ in range(200):
                won = await dueclaims.claim_due(db, "toy", due, owner, 300, T0, limit=7)
                if not won:
                    return
                claims.update(won.keys())
                owners[owner].update(won)
                await asyncio.sleep(0)  # let the other replica in between batches

        await asyncio.gather(replica(a, "a"), replica(b, "b"))
        assert sorted(claims, key=int) == [str(i) for i in range(1, 51)]
        assert set(claims.values()) == {1}
        assert not owners["a"] & owners["b"]
        # nothing left to claim while the leases live; everything once they expire
        assert await dueclaims.claim_due(a, "toy", due, "c", 300, T0 + timedelta(seconds=299)) == {}
        later = await dueclaims.claim_due(a, "toy", due, "c", 300, T0 + timedelta(seconds=301))
        assert len(later) == 50
    finally:
        await a.close()
        await b.close()


async def test_claim_due_reads_and_claims_in_one_write_transaction(db_url: str) -> None:
    """Between claim_due's read of the due keys and its claims, no other replica may take, finish
    and release one of them: it is not due any more, so claiming it again would redo it."""
    b = await _open(db_url)
    # SQLite: "a" gives up on a busy write lock after 0.2 s instead of the default 5 s
    a = connect(db_url, connect_args={"timeout": 0.2} if db_url.startswith("sqlite") else {})
    try:
        await _add_jobs(b, 3, 1)
        due = select(jobs.c.id).where(jobs.c.done < jobs.c.total).order_by(jobs.c.id)

        async def finish_all() -> list[str]:
            """Replica "a": claim what it can, do it, release it; locked out counts as nothing."""
            try:
                won = await dueclaims.claim_due(a, "toy", due, "a", 60)
            except OperationalError as error:  # SQLite: "b" holds the write lock till commit
                if "locked" not in str(error):
                    raise
                return []
            for key, token in won.items():
                async with a.sessions() as session, session.begin():
                    await session.execute(jobs.update().where(jobs.c.id == int(key)).values(done=1))
                assert await leases.release(a, "toy", key, "a", token=token)
            return list(won)

        other: list[asyncio.Task[list[str]]] = []

        def after_execute(conn: object, cursor: object, statement: str, *rest: object) -> None:
            if not other and statement.lstrip().startswith("SELECT toy_jobs.id"):
                # "b" has read the due keys: let "a" run its whole cycle before "b" claims any
                other.append(asyncio.get_running_loop().create_task(finish_all()))
                await_only(asyncio.wait(other))

        event.listen(b.engine.sync_engine, "after_cursor_execute", after_execute)
        won_b = list(await dueclaims.claim_due(b, "toy", due, "b", 60))
        won_a = await other[0]
        assert not set(won_a) & set(won_b), (won_a, won_b)
        assert sorted(won_a + won_b) == ["1", "2", "3"]
    finally:
        await a.close()
        await b.close()


async def test_two_replicas_do_every_item_once(db_url: str, tmp_path: Path) -> None:
    a, b = await _open(db_url), await _open(db_url)
    try:
        await _add_jobs(a, 50, 1)
        out = tmp_path / "sent.txt"
        # a long ttl: on a loaded machine a 1.5 s lease may lapse mid-batch and change hands
        # (items stay exactly-once then too, but the claims would not)
        stats = await asyncio.gather(work(a, "a", out, ttl=60), work(b, "b", out, ttl=60))
        lines = out.read_text().splitlines()
        done = Counter(tuple(line.split()[:2]) for line in lines)
        assert len(done) == 50 and set(done.values()) == {1}
        assert sorted(stats[0].claimed + stats[1].claimed, key=int) == [
            str(i) for i in range(1, 51)
        ]
    finally:
        await a.close()
        await b.close()


async def test_held_lease_outlives_its_ttl_and_is_released_after(db_url: str) -> None:
    db = await _open(db_url)
    try:
        # renewed every ttl/3: a starved event loop or a slow commit may delay a renewal by a
        # second or so without the lease lapsing
        async with leases.hold(db, "digest", 5, "a", 2.0) as lease:
            assert lease is not None
            async with leases.hold(db, "digest", 5, "b", 2.0) as other:
                assert other is None  # held: the block gets nothing
            await asyncio.sleep(3.0)  # longer than the ttl: the heartbeat renewed it
            assert not await leases.claim(db, "digest", 5, "b", 2.0)
            await lease.ensure()
        assert await leases.claim(db, "digest", 5, "b", 2.0)  # released on exit
    finally:
        await db.close()


async def test_lease_released_in_the_works_own_commit(db_url: str) -> None:
    """`release_in`: the work's last write and the release commit together; after a rollback
    the lease is still held and leaving the block releases it, as without `release_in`."""
    db = await _open(db_url)
    try:
        await _add_jobs(db, 2, 1)
        async with leases.hold(db, "digest", 1, "a", 60) as lease:
            assert lease is not None
            with pytest.raises(RuntimeError):
                async with db.sessions.begin() as session:
                    await lease.release_in(session)
                    raise RuntimeError("the work's write failed")
            assert await leases.holder(db, "digest", 1) == ("a", lease.token)  # rolled back: held
        assert await leases.holder(db, "digest", 1) is None  # so leaving the block released it
        async with leases.hold(db, "digest", 2, "a", 60) as lease:
            assert lease is not None
            async with db.sessions.begin() as session:
                await session.execute(jobs.update().where(jobs.c.id == 2).values(done=1))
                await lease.release_in(session)
            assert await leases.holder(db, "digest", 2) is None  # free before the block ends
            taken = await leases.claim(db, "digest", 2, "b", 60)
            assert taken == lease.token + 1
        assert await leases.holder(db, "digest", 2) == ("b", taken)  # "a" did not touch b's lease
    finally:
        await db.close()


async def test_stolen_lease_is_reported_lost(db_url: str) -> None:
    db = await _open(db_url)
    try:
        async with leases.hold(db, "digest", 9, "a", 60) as lease:
            assert lease is not None
            soon = datetime.now(UTC) + timedelta(seconds=61)  # as if "a" had stalled past its ttl
            assert await leases.claim(db, "digest", 9, "b", 60, soon)
            with pytest.raises(leases.LeaseLost):
                await lease.ensure()
            assert lease.lost
        assert await leases.holder(db, "digest", 9, soon) == ("b", lease.token + 1)  # not "a"'s
    finally:
        await db.close()


async def _wait_for(path: Path, proc: asyncio.subprocess.Process) -> None:
    while not await asyncio.to_thread(path.exists):
        if proc.returncode is not None:
            assert proc.stderr is not None
            error = (await proc.stderr.read()).decode()[-2000:]
            raise AssertionError(f"replica exited early: {error}")
        await asyncio.sleep(0.05)


async def test_replica_killed_mid_job_is_finished_by_another(db_url: str, tmp_path: Path) -> None:
    """The heir starts while the other replica hangs mid-job, alive and renewing: it must find
    that job held and wait (started only after the kill, it raced the lapsing leases: on a busy
    machine they could all expire before its first look, and it never had to wait). Then the
    other replica is killed: the heir waits out that lease's ttl and finishes the job."""
    db = await _open(db_url)
    try:
        await _add_jobs(db, 5, 4)
        out, flag = tmp_path / "sent.txt", tmp_path / "hung"
        env = {**os.environ, "PYTHONPATH": str(ROOT)}
        command = [sys.executable, "-m", "tests.lease_replica", db_url, "dead", str(out)]
        proc = await asyncio.create_subprocess_exec(
            *command, str(flag), "6", cwd=ROOT, env=env, stderr=asyncio.subprocess.PIPE
        )
        heir: asyncio.Task[Stats] | None = None
        stats = Stats(claimed=[])
        try:
            async with asyncio.timeout(WAIT):
                await _wait_for(flag, proc)
            before = out.read_text().splitlines()  # it hangs now: nothing more from it
            assert len(before) == 6
            heir = asyncio.create_task(work(db, "heir", out, stats=stats))

            async def held_up() -> bool:
                if heir.done():
                    heir.result()  # its error, if it failed
                    raise AssertionError("the heir finished while the hung replica held a job")
                return stats.idle_rounds > 0

            # it waits for the other replica's lease (it does the jobs whose leases lapsed)
            await _until(held_up, "the heir found the hung replica's job held")
        except BaseException:
            if heir is not None:
                heir.cancel()  # failed before the kill: the heir would wait for nothing
            raise
        finally:
            if proc.returncode is None:
                proc.send_signal(signal.SIGKILL)
            await proc.wait()
        async with asyncio.timeout(WAIT):
            assert await heir is stats
        lines = out.read_text().splitlines()
        done = Counter(tuple(line.split()[:2]) for line in lines)
        assert len(done) == 20 and set(done.values()) == {1}, done
        assert stats.items == 14
        assert {line.split()[2] for line in lines[6:]} == {"heir"}
    finally:
        await db.close()
