"""Digest start-up and the repeating jobs: deliver due digests, poll feeds, enrich teasers, prune.

PTB's JobQueue keeps nothing across restarts, so nothing lives in it but three timers: schedules,
feed states and half-sent digests are in the database. `start` (from post_init) only builds the
deliverer and asks the JobQueue to run the catch-up as soon as the application runs: a
background task that first finishes what a crash left open, then sends the one digest each chat
missed while the bot was down, and only then starts the timers (so the per-minute tick cannot
meet a chat the catch-up is still resuming and skip its slot as "busy"). Polling starts at once
however slow Telegram is. When the application stops, an unfinished catch-up is cancelled and
awaited (Application.stop awaits tasks made by Application.create_task): a message cut off
mid-send stays `sending` and is decided by the next start, exactly as after a crash.
Every job reads the time from `resources.clock`, so tests can move it by hand and call
`deliver_due`, `poll_feeds` and `prune` directly. Every replica runs the same jobs; leases in
the database (bot.digest.claims) make each due digest, open run and feed one replica's work.
What one run of a job does lives with its job: bot.digest.digest_tick (digests),
bot.digest.feed_tick (feeds, alerts, teasers); this module starts them and the catch-up.
"""

from __future__ import annotations

import asyncio
import logging
import weakref
from datetime import timedelta

from telegram.ext import Application

from bot.context import GistContext
from bot.digest.chat_language import localizer
from bot.digest.claims import KIND, resume_open_runs_claimed
from bot.digest.curate import Curator
from bot.digest.delivery import DigestDeliverer
from bot.digest.digest_tick import TICK_SECONDS, deliver_due, send_planned_at_their_minute
from bot.digest.feed_tick import poll_feeds
from bot.digest.membership import move_chat
from bot.digest.telegram import telegram_sender
from bot.resources import BotResources
from bot.storage import heartbeats, leases, ratelimit

log = logging.getLogger(__name__)

TAKEOVER_CHECK_SECONDS = 1.0  # how often the catch-up looks again at runs a silent process holds
STOP_CHECK_SECONDS = 0.2  # how soon a stopping application cancels the start-up catch-up
PRUNE_AFTER = timedelta(days=30)
SENT_MESSAGES_KEPT = timedelta(days=1)  # a sent digest's text: not read again (store.py)
# the running catch-up per application (weak: a finished test's Application is not kept)
_CATCH_UPS: weakref.WeakKeyDictionary[Application, asyncio.Task[None]] = weakref.WeakKeyDictionary()
# the applications whose catch-up has ended (see `catch_up_ended`)
_ENDED: weakref.WeakSet[Application] = weakref.WeakSet()


def digest_curator(resources: BotResources) -> Curator:
    """Filters and story marks, with the planning CPU in the worker process: at 10,000 chats
    due at once it was most of the bot process's CPU per digest (bench.scale_digest), next to
    the event loop that has to keep sending at Telegram's pace."""
    return Curator(resources.db, run_cpu=resources.run_cpu)


async def start(application: Application) -> None:
    """post_init: build the deliverer and schedule the catch-up; returns at once."""
    resources: BotResources = application.bot_data
    resources.deliverer = DigestDeliverer(
        resources.digests,
        telegram_sender(application.bot),
        clock=lambda: resources.clock(),
        localize=localizer(resources),
        move_chat=lambda old_id, new_id: move_chat(resources, old_id, new_id),
        in_flight=timedelta(seconds=resources.settings.digest_in_flight_seconds),
        curator=digest_curator(resources),
    )
    if application.job_queue is not None:
        # runs once the application is running: a bot that never starts leaves no task behind
        # however late the scheduler gets to it (a slow start-up): never skipped as "missed"
        application.job_queue.run_once(
            _begin_catch_up, 0, name="digest-catch-up", job_kwargs={"misfire_grace_time": None}
        )
    else:  # no JobQueue installed: an untracked task, still cancelled when the bot stops
        _track(application, asyncio.get_running_loop().create_task(catch_up(application)))


def catch_up_task(application: Application) -> asyncio.Task[None] | None:
    """The application's unfinished catch-up (None before it started and once it is done)."""
    return _CATCH_UPS.get(application)


def catch_up_ended(application: Application) -> bool:
    """Whether the application's start-up catch-up has ended (done, failed or cancelled).

    What waits for start-up to settle asks this, not `catch_up_task(...) is None`: the
    JobQueue drops the catch-up's run-once entry before the callback that starts the task
    runs, so for a moment there is neither entry nor task, and the catch-up is still to come
    (it then planned and sent digests beside a test's own ticks: a flaky test)."""
    return application in _ENDED


async def _begin_catch_up(context: GistContext) -> None:
    """Start the catch-up as a task of its own, so the JobQueue's stop never waits for it;
    Application.create_task makes Application.stop await it (in polling and webhook mode)."""
    app = context.application
    _track(app, app.create_task(catch_up(app), name="digest-catch-up"))


def _track(application: Application, task: asyncio.Task[None]) -> None:
    _CATCH_UPS[application] = task

    def ended(_: asyncio.Task[None]) -> None:
        _CATCH_UPS.pop(application, None)
        _ENDED.add(application)

    task.add_done_callback(ended)


async def catch_up(application: Application) -> None:
    """Run the catch-up until it is done or the application stops, whichever comes first.

    Application.stop awaits this task rather than cancelling it, and a catch-up stuck behind
    flood control could hold shutdown for minutes, so the work is cancelled as soon as the
    application stops running (checked every STOP_CHECK_SECONDS)."""
    seen_running = application.running  # False only when started from post_init
    work = asyncio.ensure_future(_catch_up(application))
    try:
        while not work.done():
            await asyncio.wait({work}, timeout=STOP_CHECK_SECONDS)
            seen_running = seen_running or application.running
            if seen_running and not application.running and not work.done():
                work.cancel()
                log.info("start-up digest catch-up cancelled by shutdown")
                break
    finally:
        if not work.done():
            work.cancel()  # this task itself was cancelled (the loop is closing)
        await asyncio.gather(work, return_exceptions=True)


async def _catch_up(application: Application) -> None:
    """Finish interrupted digests, send the one each overdue chat missed, then start timers."""
    resources: BotResources = application.bot_data
    try:
        if resources.deliverer is not None:
            await _finish_left_open(resources)
    except Exception:  # a bad start-up digest must not keep the bot from serving
        log.exception("start-up digest delivery failed")
    if resources.digest_jobs and application.job_queue is not None and application.running:
        queue = application.job_queue
        queue.run_repeating(_deliver_job, TICK_SECONDS, first=TICK_SECONDS, name="digests")
        queue.run_repeating(_poll_job, TICK_SECONDS, first=5, name="feeds")
        queue.run_repeating(_prune_job, timedelta(days=1), first=3600, name="digest-prune")


async def _finish_left_open(resources: BotResources) -> None:
    """Resume the runs a crash left open and send what is due; then, for as long as a process
    that died just before this start may still look alive (HEARTBEAT_TIMEOUT_SECONDS), look
    again every TAKEOVER_CHECK_SECONDS at open runs another process holds: once its heartbeat is
    stale its leases are free, and its half-sent digest is finished within seconds of start-up
    rather than at a tick after the lease's ttl. A chat a live replica holds is its business."""
    assert resources.deliverer is not None
    settings = resources.settings
    loop = asyncio.get_running_loop()
    deadline = loop.time() + settings.heartbeat_timeout_seconds + settings.heartbeat_seconds
    while True:
        # Looked at before the attempt: a holder found gone now is still gone when the attempt
        # claims, so a chat freed between the attempt and a later look is never left behind.
        last_look = loop.time() >= deadline
        blocked = await _held_elsewhere(resources)
        await resume_open_runs_claimed(
            resources.db,
            resources.digests,
            resources.deliverer,
            owner=resources.owner,
            ttl=settings.lease_ttl_seconds,
            clock=resources.clock,
            after_restart=True,  # the lease proves its last holder is gone
        )
        await deliver_due(resources)
        if last_look or not blocked:
            return
        await asyncio.sleep(TAKEOVER_CHECK_SECONDS)


async def _held_elsewhere(resources: BotResources) -> bool:
    """Whether an open run's chat is leased to another process that still looks alive."""
    for chat_id, _ in await resources.digests.open_runs(ready_by=resources.clock()):
        found = await leases.holder(resources.db, KIND, chat_id, resources.clock())
        if found is not None and found[0] != resources.owner:
            return True
    return False


async def prune(resources: BotResources) -> None:
    await resources.digests.prune(resources.clock() - PRUNE_AFTER)
    await resources.digests.forget_sent_messages(resources.clock() - SENT_MESSAGES_KEPT)
    await leases.prune(resources.db, resources.clock() - PRUNE_AFTER)
    await ratelimit.prune(resources.db, resources.limiter.window_s)  # idle users' windows
    await heartbeats.prune(resources.db, PRUNE_AFTER)  # long-gone processes


async def _deliver_job(context: GistContext) -> None:
    """Due digests, until the bot stops (its shutdown waits for this job)."""
    running = lambda: context.application.running  # noqa: E731
    await deliver_due(context.resources, running)
    await send_planned_at_their_minute(context.resources, running)


async def _poll_job(context: GistContext) -> None:
    """Due feeds, until the bot stops (its shutdown waits for this job)."""
    await poll_feeds(context.resources, context.bot, lambda: context.application.running)


async def _prune_job(context: GistContext) -> None:
    """Old items and finished runs."""
    await prune(context.resources)
