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
"""

from __future__ import annotations

import asyncio
import logging
import weakref
from collections.abc import Awaitable, Callable
from dataclasses import replace
from datetime import datetime, timedelta

from telegram import Bot
from telegram.constants import ParseMode
from telegram.error import TelegramError
from telegram.ext import Application

from bot.context import GistContext
from bot.digest.ahead import PLAN_AHEAD, plan_ahead_claimed, send_planned_claimed
from bot.digest.build import DigestOptions, gist_lines
from bot.digest.claims import (
    KIND,
    enrich_held,
    poll_due_feeds_claimed,
    resume_open_runs_claimed,
    run_due_digests_claimed,
)
from bot.digest.curate import Curator
from bot.digest.delivery import DeliveryReport, DigestDeliverer
from bot.digest.due import first_due_ahead
from bot.digest.membership import move_chat
from bot.digest.models import FeedEvent
from bot.digest.poll import enrich_pending
from bot.digest.target import chat_title
from bot.digest.telegram import telegram_sender
from bot.i18n import pick_language, t
from bot.resources import BotResources
from bot.storage import chats, heartbeats, leases, ratelimit

log = logging.getLogger(__name__)

TICK_SECONDS = 60
# Due chats are served batch after batch for up to this long, at the pace of the bot's send
# limiter (30 a second): 10,000 chats due at one minute take about 6 minutes, one job run
# (the JobQueue skips the ticks that fall inside it; the next run takes what fell due meanwhile)
DIGEST_BUDGET_SECONDS = 900
DIGEST_CONCURRENCY = 16  # digests in flight: enough to keep the send limiter busy
# Digests due within PLAN_AHEAD (bot.digest.ahead) are planned for up to this long of a tick,
# and never past the first of their minutes (then the job sends at that minute)
PLAN_BUDGET_SECONDS = 45
POLL_BUDGET_SECONDS = 45  # of a tick's minute: polling batch after batch, then the teasers
# While digests are being sent, or a planned one's minute comes within the tick, the feed job
# polls at this concurrency and leaves the teasers for later: at 10,000 chats due at 08:00 the
# second poll cycle and the enrichment took the CPU that sending at the pace needed (bench.scale
# --big). A cycle of 20,000 feeds (mostly 304s) then takes longer; it catches up after the burst.
POLL_CONCURRENCY_WHILE_SENDING = 2
# Teaser items' articles, fetched and summarized after the polls of a tick: batch after batch
# for up to ENRICH_BUDGET_SECONDS, so 20,000 feeds' ~30 new teasers a minute keep up
ENRICH_BATCH, ENRICH_CONCURRENCY, ENRICH_BUDGET_SECONDS = 20, 4, 10.0
TAKEOVER_CHECK_SECONDS = 1.0  # how often the catch-up looks again at runs a silent process holds
STOP_CHECK_SECONDS = 0.2  # how soon a stopping application cancels the start-up catch-up
PRUNE_AFTER = timedelta(days=30)
SENT_MESSAGES_KEPT = timedelta(days=1)  # a sent digest's text: not read again (store.py)
# the running catch-up per application (weak: a finished test's Application is not kept)
_CATCH_UPS: weakref.WeakKeyDictionary[Application, asyncio.Task[None]] = weakref.WeakKeyDictionary()
# the applications whose catch-up has ended (see `catch_up_ended`)
_ENDED: weakref.WeakSet[Application] = weakref.WeakSet()


async def chat_language(resources: BotResources, chat_id: int) -> str:
    """A chat's interface language (its /settings or /digestsettings choice, else English)."""
    prefs = await chats.load_prefs(resources.db, chat_id)
    return pick_language(prefs.language, None)


def localizer(resources: BotResources) -> Callable[[int, DigestOptions], Awaitable[DigestOptions]]:
    async def localize(chat_id: int, options: DigestOptions) -> DigestOptions:
        lang = await chat_language(resources, chat_id)
        return replace(
            options,
            heading=t(lang, "digest.heading"),
            new_label=t(lang, "digest.new"),
            more_label=t(lang, "digest.more"),
            empty_label=t(lang, "digest.empty"),
        )

    return localize


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


async def poll_feeds(
    resources: BotResources, bot: Bot, keep_going: Callable[[], bool] = lambda: True
) -> list[FeedEvent]:
    """Poll due feeds, tell admins about failing/recovered feeds, summarize teaser items;
    `keep_going()` False (the bot is stopping): no more feeds are claimed. While digests are
    being sent or due within the tick, at POLL_CONCURRENCY_WHILE_SENDING and no teasers; a
    send burst that begins meanwhile stops the claims (the next tick polls at the low share)."""
    settings = resources.settings
    lease = {"owner": resources.owner, "ttl": settings.lease_ttl_seconds, "clock": resources.clock}
    yielding = await digests_near(resources)
    concurrency = POLL_CONCURRENCY_WHILE_SENDING if yielding else settings.feed_poll_concurrency

    def still() -> bool:
        return keep_going() and (yielding or not _sending(resources))

    events = await poll_due_feeds_claimed(  # each due feed by one replica only
        resources.db,
        resources.digests,
        resources.fetcher,
        now=resources.clock(),
        interval=timedelta(minutes=settings.feed_poll_minutes),
        alert_after=settings.feed_failure_alert_after,
        run_cpu=resources.run_cpu,
        concurrency=concurrency,
        budget=POLL_BUDGET_SECONDS,
        keep_going=still,
        **lease,
    )
    for event in events:
        await tell_admins(resources, bot, event)

    async def summarize_link(url: str) -> tuple[str | None, str | None]:
        from bot.service import gist_for_url

        result = await gist_for_url(resources, url, chats.ChatPrefs())
        return gist_lines(result.gist)

    async def enrich() -> int:
        return await enrich_pending(
            resources.digests, summarize_link, limit=ENRICH_BATCH,
            concurrency=ENRICH_CONCURRENCY, budget=ENRICH_BUDGET_SECONDS,
        )  # fmt: skip

    if not (yielding or _sending(resources)):  # the teasers wait for the burst's end
        await enrich_held(resources.db, enrich, **lease)  # one replica at a time
    return events


def _sending(resources: BotResources) -> bool:
    return resources.deliverer is not None and resources.deliverer.sending


async def digests_near(resources: BotResources) -> bool:
    """Whether this process is sending digests, or a run planned ahead (bot.digest.ahead)
    waits for a minute within the next tick: then the feed job polls at a lower share."""
    if _sending(resources):
        return True
    now = resources.clock()
    moment = await resources.digests.next_planned(now)
    return moment is not None and moment - now <= timedelta(seconds=TICK_SECONDS)


async def tell_admins(resources: BotResources, bot: Bot, event: FeedEvent) -> None:
    """Once per chat: privately to the admin who subscribed it, else in the chat itself."""
    told: set[int] = set()
    for sub in await resources.digests.subscribers(event.feed_id):
        if sub.chat_id in told:
            continue
        told.add(sub.chat_id)
        lang = await chat_language(resources, sub.chat_id)
        name = await chat_title(bot, sub.chat_id, lang)
        feed = event.title or event.url
        if event.kind == "failing":
            text = t(lang, "digest.feed_failing", feed=feed, count=event.failures,
                     error=event.error or "?", chat=name)  # fmt: skip
        else:
            text = t(lang, "digest.feed_recovered", feed=feed, chat=name)
        targets = [(sub.added_by, 0)] if sub.added_by else []
        targets.append((sub.chat_id, sub.thread_id))
        for chat_id, thread_id in targets:
            try:
                await bot.send_message(
                    chat_id, text, parse_mode=ParseMode.HTML, message_thread_id=thread_id or None
                )
                break
            except TelegramError as exc:
                log.info("feed alert not delivered to %s: %s", chat_id, exc)


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
