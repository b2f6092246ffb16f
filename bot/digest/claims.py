"""Scheduled digests across replicas: each due chat's digest is sent by exactly one of them.

`run_due_digests_claimed` is the per-minute digest job of every replica sharing one database (a
single replica is the case of one). It claims the chats bot.digest.due selects with
`bot.storage.dueclaims.claim_due` (FOR UPDATE SKIP LOCKED on PostgreSQL), delivers each under its
lease (renewed while sending), advances the schedule, and releases the lease in that same
commit (never before it). Because the due query and the lease check are one statement,
another replica sees each chat either still leased or no longer due, never both free and due:
one digest per slot. A replica that dies mid-digest leaves its lease to lapse and the schedule
un-advanced; after `ttl` the next replica's tick claims the chat and `DigestDeliverer.deliver`
resumes the stored run (sent messages are not sent again). A chat the deliverer finds "busy"
(another sender's message of its open run may still be in flight) keeps its slot: nothing is
sent, the schedule is not advanced, and a later tick delivers it once that sender is done (its
`in_flight` time passed); its claims in the meantime take no place of others in a batch.

Any other path into `DigestDeliverer.deliver`/`resume` holds the same lease: `deliver_held` (the
/digest command) and `resume_open_runs_claimed` (start-up, and runs left open by flood control or
a network error) take it with `bot.storage.leases.hold` and skip a chat another holder (a
replica, or a task of this one) holds.

A lease is held by one task, not by its process (the token of its claim, bot.storage.leases):
the minute's job and a /digest of one process never hold one chat at once, and neither's end
frees the other's lease.

Fencing: every path hands the deliverer `lease.ensure` as its `before_send`, so each message is
preceded by a renewal (runs planned ahead: `bot.digest.ahead.fenced`, a renewal only when the
last one is older than a third of the ttl, which a stall past the ttl always is). A replica
that stalled past `ttl` (its lease taken meanwhile) gets LeaseLost before its next message
instead of posting into a digest another replica now sends;
the message stays pending for the new holder, and the stalled replica leaves the chat alone
(no schedule advance, no release, no report).

Feeds are polled the same way (`poll_due_feeds_claimed`, lease kind "feed"): one replica per due
feed, its poll recorded (next_poll_at moved on) before the lease is released. Teaser enrichment
runs on one replica at a time (`ENRICH_KIND`).
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Collection
from datetime import datetime, timedelta
from typing import TypeVar

from sqlalchemy import Select

from bot.digest.delivery import DigestDeliverer
from bot.digest.due import at_tick, due_chats, due_feeds
from bot.digest.models import FeedEvent, FeedState
from bot.digest.outcomes import DeliveryReport
from bot.digest.poll import FetcherLike, RunCPU, poll_feed
from bot.digest.schedule import due_once_after_downtime
from bot.digest.store import DigestStore
from bot.metrics import Metrics
from bot.storage.db import Database
from bot.storage.dueclaims import claim_due
from bot.storage.leases import Clock, Lease, LeaseLost, hold, keep, release

Claimed = tuple[str, int]  # a key this replica claimed, with its lease's token (for `keep`)

log = logging.getLogger(__name__)

KIND = "digest"
FEED_KIND = "feed"
ENRICH_KIND = "enrich"
T = TypeVar("T")
R = TypeVar("R")


async def claimed_batches(
    db: Database,
    kind: str,
    due: Select,
    owner: str,
    ttl: float | timedelta,
    now: datetime,
    limit: int,
    budget: float,
    won: set[str],
    keep_going: Callable[[], bool] = lambda: True,
) -> AsyncIterator[dict[str, int]]:
    """Keys this replica claimed, with their leases' tokens, `limit` at a time: one batch, then
    more while `budget` seconds last, new keys are due and `keep_going()` (False once the bot is
    stopping: a shutdown waits for the job, so it claims nothing more and lets what runs
    finish). `won` collects every key yielded; a key claimed again (its work left it due: a
    plan that failed, a run left open, a chat found busy) is not yielded twice, and the lease
    that claim took is given back at once: kept, it would shut everyone out, this replica's
    next run too, until its ttl (the minute's own send of a chat whose plan failed at 07:59
    skipped: a digest minutes late). Such a key is left out of the run's later claims, and the
    places it took in a batch are claimed again (`_claim_fresh`): it never keeps a due key that
    was not worked yet out of the batch. When nothing is due an empty batch comes first: the
    consumer lets the work it has running finish (a chat that moved is due again at its new
    id) and asks once more."""
    deadline = time.monotonic() + budget
    looked_again = False
    given_back: set[str] = set()  # worked in this run and due still: not claimed again
    while keep_going():
        fresh = await _claim_fresh(db, kind, due, owner, ttl, now, limit, won, given_back)
        if not fresh:
            if looked_again:
                return
            looked_again = True
            yield {}
            continue
        looked_again = False
        won.update(fresh)
        yield fresh
        if time.monotonic() >= deadline:
            return


async def _claim_fresh(
    db: Database,
    kind: str,
    due: Select,
    owner: str,
    ttl: float | timedelta,
    now: datetime,
    limit: int,
    won: Collection[str],
    given_back: set[str],
) -> dict[str, int]:
    """Claim up to `limit` due keys not in `won`. A claimed key in `won` is given back at once
    and added to `given_back`, which later claims leave out; its place is claimed once more, so
    the batch fills with keys not worked yet as long as there are any (each round gives back
    at least one more key, so the rounds end)."""
    fresh: dict[str, int] = {}
    while len(fresh) < limit:
        batch = await claim_due(
            db, kind, due, owner, ttl, now, limit=limit - len(fresh), exclude=given_back
        )
        again = {key: token for key, token in batch.items() if key in won}
        for key, token in again.items():  # claimed again, not worked twice: given back
            await release(db, kind, key, owner, token=token)
        given_back.update(again)
        fresh.update((key, token) for key, token in batch.items() if key not in won)
        if not again:
            break
    return fresh


def as_jobs(batches: AsyncIterator[dict[str, int]]) -> AsyncIterator[list[Claimed]]:
    """`claimed_batches` as jobs for `pipelined`: (key, token) each."""
    return (list(batch.items()) async for batch in batches)


async def pipelined(
    jobs: AsyncIterator[list[T]], work: Callable[[T], Awaitable[R]], concurrency: int
) -> list[R]:
    """`work` on every job, `concurrency` at a time, as one stream: a free place takes the next
    job at once, and the next batch is claimed as soon as the last one has all started, so no
    batch waits for its slowest member (a 2 s feed held up 49 others: bench.scale). An empty
    batch means "nothing due now": the running jobs are waited for before the next claim.
    Results in the order the jobs started; the first exception propagates once the running
    jobs are done, and no further batch is claimed after it."""
    gate = asyncio.Semaphore(concurrency)
    running: list[asyncio.Task[R]] = []

    async def one(job: T) -> R:
        try:
            return await work(job)
        finally:
            gate.release()

    try:
        async for batch in jobs:
            if not batch:  # nothing more due for now: what runs may change that
                if unfinished := [task for task in running if not task.done()]:
                    await asyncio.wait(unfinished)
                continue
            for job in batch:
                await gate.acquire()
                running.append(asyncio.ensure_future(one(job)))
            if any(task.done() and not task.cancelled() and task.exception() for task in running):
                break
        results = await asyncio.gather(*running, return_exceptions=True)
        for result in results:
            if isinstance(result, BaseException):
                raise result
        return results  # type: ignore[return-value]  # no exceptions among them
    finally:
        for task in running:
            task.cancel()  # only those still running: a shutdown cancelled this job


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
    metrics: Metrics | None = None,
    budget: float = 0.0,
    keep_going: Callable[[], bool] = lambda: True,
) -> list[DeliveryReport]:
    """The per-minute job on one replica: the due chats this replica won, one digest each;
    then runs left open (flood control, a network error) of chats nobody else holds.

    Chats are claimed `limit` at a time; with a `budget` (seconds) batch after batch until none
    is due or the budget is spent, so thousands of chats due at one minute are served at the
    send rate Telegram allows rather than one batch a minute (bench.scale)."""

    async def one(claimed: Claimed) -> DeliveryReport | None:
        chat_id, token = int(claimed[0]), claimed[1]
        try:
            async with keep(db, KIND, chat_id, owner, ttl, token=token, clock=clock) as lease:
                started = time.perf_counter()
                report = await _deliver_due(store, deliverer, chat_id, now, lease)
                if report is not None and metrics is not None:
                    metrics.digest_seconds.observe(time.perf_counter() - started)
                return report
        except LeaseLost:  # lapsed (a stall, earlier chats served); another replica has it
            log.warning("digest for chat %s: lease lost, left to its new holder", chat_id)
            return None

    # read before the deliveries: a run one of them leaves open (flood control) waits for the
    # next tick instead of being retried at once
    # (a run planned ahead for a later minute waits for it: bot.digest.ahead)
    open_chats = [chat_id for chat_id, _ in await store.open_runs(ready_by=now)]
    won: set[str] = set()
    claimed = claimed_batches(
        db, KIND, due_chats(now), owner, ttl, now, limit, budget, won, keep_going
    )
    reports = await pipelined(as_jobs(claimed), one, concurrency)
    done = [report for report in reports if report is not None]
    done += await resume_open_runs_claimed(
        db, store, deliverer, owner=owner, ttl=ttl, clock=clock,
        chats=[chat_id for chat_id in open_chats if str(chat_id) not in won],
    )  # fmt: skip
    if metrics is not None:
        for report in done:
            metrics.digest_deliveries.labels(report.status).inc()
    return done


async def resume_open_runs_claimed(
    db: Database,
    store: DigestStore,
    deliverer: DigestDeliverer,
    *,
    owner: str,
    ttl: float | timedelta,
    clock: Clock,
    after_restart: bool = False,
    chats: Collection[int] | None = None,
) -> list[DeliveryReport]:
    """Finish the runs left open, each under its chat's lease; a chat another replica holds
    is its business. `after_restart` as for DigestDeliverer.resume: the lease proves that no
    live sender is on the chat (a sender renews its lease while it sends). `chats`: only these
    (default: every chat with an open run, but not the runs planned for a later minute)."""
    if chats is None:
        chats = [chat_id for chat_id, _ in await store.open_runs(ready_by=clock())]
    reports = []
    for chat_id in chats:
        async with hold(db, KIND, chat_id, owner, ttl, clock=clock) as lease:
            if lease is None or await store.open_run(chat_id) is None:
                continue  # another replica's, or it finished it since the list was read
            try:
                reports.append(
                    await deliverer.resume(
                        chat_id, after_restart=after_restart, before_send=lease.ensure
                    )
                )
            except LeaseLost:
                log.warning("digest for chat %s: lease lost, left to its new holder", chat_id)
            except Exception:
                log.exception("resuming the digest for chat %s failed", chat_id)
                reports.append(DeliveryReport(chat_id, "error"))
    return reports


async def deliver_held(
    db: Database,
    deliverer: DigestDeliverer,
    chat_id: int,
    *,
    owner: str,
    ttl: float | timedelta,
    clock: Clock,
) -> DeliveryReport:
    """/digest: deliver now under the chat's lease; "busy" while another replica sends it."""
    async with hold(db, KIND, chat_id, owner, ttl, clock=clock) as lease:
        if lease is None:
            return DeliveryReport(chat_id, "busy")
        try:
            return await deliverer.deliver(chat_id, before_send=lease.ensure)
        except LeaseLost:  # stalled past ttl: another replica sends the rest
            log.warning("digest for chat %s: lease lost, left to its new holder", chat_id)
            return DeliveryReport(chat_id, "busy")


async def poll_due_feeds_claimed(
    db: Database,
    store: DigestStore,
    fetcher: FetcherLike,
    *,
    now: datetime,
    interval: timedelta,
    alert_after: int,
    owner: str,
    ttl: float | timedelta,
    clock: Clock,
    run_cpu: RunCPU = asyncio.to_thread,
    limit: int = 50,
    concurrency: int = 4,
    budget: float = 0.0,
    keep_going: Callable[[], bool] = lambda: True,
) -> list[FeedEvent]:
    """The feed job: poll the due feeds (bot.digest.due) this replica claimed, `concurrency` at
    a time, and store each result; returns their alerts (see `DigestStore.subscribers` for whom
    to tell), so each alert comes from the one replica that polled the feed.

    Claims come in batches of `limit`; with a `budget` (seconds) the job claims batch after batch
    until nothing due is left or the budget is spent, so a cycle of thousands of feeds is not
    capped at one batch a tick (bench.scale); the feeds of all batches are one stream
    (`pipelined`)."""

    async def one(claimed: tuple[FeedState, int]) -> tuple[FeedEvent, ...]:
        feed, token = claimed
        try:
            async with keep(db, FEED_KIND, feed.id, owner, ttl, token=token, clock=clock):
                outcome = await poll_feed(
                    fetcher, feed, now=now, interval=interval, alert_after=alert_after,
                    run_cpu=run_cpu,
                )  # fmt: skip
                await store.record_poll(outcome)  # not due any more, before the release
                return outcome.events
        except LeaseLost:
            return ()

    async def claimed() -> AsyncIterator[list[tuple[FeedState, int]]]:
        due = due_feeds(now)
        keys = claimed_batches(
            db, FEED_KIND, due, owner, ttl, now, limit, budget, set(), keep_going
        )
        async for batch in keys:
            feeds = await store.feeds([int(key) for key in batch]) if batch else []
            yield [(feed, batch[str(feed.id)]) for feed in feeds]

    results = await pipelined(claimed(), one, concurrency)
    return [event for found in results for event in found]


async def enrich_held(
    db: Database,
    enrich: Callable[[], Awaitable[int]],
    *,
    owner: str,
    ttl: float | timedelta,
    clock: Clock,
) -> int:
    """Run the teaser enrichment on one replica at a time (0 while another one does it)."""
    async with hold(db, ENRICH_KIND, "all", owner, ttl, clock=clock) as lease:
        return 0 if lease is None else await enrich()


async def _deliver_due(
    store: DigestStore, deliverer: DigestDeliverer, chat_id: int, now: datetime, lease: Lease
) -> DeliveryReport | None:
    entry = await store.schedule(chat_id)
    if entry is None:
        return None
    due = due_once_after_downtime(entry.schedule, entry.next_due, at_tick(now))
    if not due.send_now:
        if due.next_due != entry.next_due:
            await store.advance_schedule(chat_id, due.next_due, also=lease.release_in)
        return None
    try:
        report = await deliverer.deliver(chat_id, before_send=lease.ensure)
    except LeaseLost:
        raise  # not ours any more: the new holder advances the schedule
    except Exception:
        log.exception("digest for chat %s failed", chat_id)
        report = DeliveryReport(chat_id, "error")
    if report.status == "busy":
        # another sender is on the chat (its run's message may be in flight): nothing was
        # sent or planned, so the slot stays due and a later tick delivers it; leaving `keep`
        # releases the lease
        return report
    # Advance BEFORE the lease is released (see the module docstring): here in one commit, the
    # release written in the schedule's transaction (leaving `keep` then releases nothing more)
    await store.advance_schedule(
        chat_id,
        due.next_due,
        sent_at=now if report.status == "sent" else None,
        also=lease.release_in,
    )
    return report
