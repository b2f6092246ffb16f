"""Sending digests so that a crash neither loses items nor posts them twice.

The algorithm, per chat (serialised by a per-chat lock):

1. Plan: read undelivered candidates, build the messages (bot.digest.build), and write in ONE
   transaction a run, its rendered messages (state `pending`) and a delivery claim per story
   (unique per chat+thread+dedup key, so no story can be claimed twice).
2. For each pending message in order: claim it (commit `sending`), call `send`, then commit
   `sent` with Telegram's message id (its deliveries flip to `sent` in the same transaction).
3. Mark the run finished. A later digest never sees claimed stories again.

After a crash, the unfinished run is resumed from its stored HTML: `sent` messages are never
re-sent, `pending` ones are sent. The one honest gap is a message in state `sending`: the process
died after the request left and before `sent` was committed, so Telegram may or may not have
posted it, and the Bot API offers no idempotency key or history lookup to find out. By default
(`resend_uncertain=True`) it is sent again: at most one duplicated message per crash, never a
lost item. With `resend_uncertain=False` it is marked sent instead: never a duplicate, at most one
message's items lost per crash. The window is the few milliseconds between Telegram's answer and
one SQLite commit.

Two senders on one database (a second instance started by mistake) cannot double-post either:
claiming a message is a compare-and-set on its attempt counter, and a message claimed less than
`in_flight` ago (DIGEST_IN_FLIGHT_SECONDS) is left alone ("busy") except by a resume at start-up
(`after_restart`, see bot.digest.claims.resume_open_runs_claimed). A message that fails
`max_attempts` times is marked failed rather than retried forever.

`send(chat_id, thread_id, html) -> message_id` is the only Telegram contact; the wiring maps
python-telegram-bot errors to RetryLater / ChatGone / ChatMoved / Rejected (bot.digest.outcomes).
This module decides what a digest is and records it; steps 2 and 3 (and a resumed run's choices
for uncertain messages) are bot.digest.run_sender, the per-chat limit bot.digest.chat_limit.
"""

from __future__ import annotations

import asyncio
from collections import defaultdict
from collections.abc import Awaitable, Callable
from dataclasses import replace
from datetime import datetime, timedelta

from sqlalchemy.ext.asyncio import AsyncSession

from bot.digest.build import DigestOptions, DigestPlan
from bot.digest.chat_limit import ChatRateLimiter
from bot.digest.curate import Curator
from bot.digest.outcomes import DeliveryReport, Send
from bot.digest.planning import MarkRow
from bot.digest.run_sender import IN_FLIGHT, BeforeSend, Clock, MoveChat, RunSender
from bot.digest.store import DigestStore

# (chat_id, options) -> options with the heading and labels in the chat's language
Localize = Callable[[int, DigestOptions], Awaitable[DigestOptions]]


class DigestDeliverer:
    """Plans, records and sends digests; safe to call for the same chat concurrently."""

    def __init__(
        self,
        store: DigestStore,
        send: Send,
        *,
        clock: Clock,
        limiter: ChatRateLimiter | None = None,
        resend_uncertain: bool = True,
        max_attempts: int = 5,
        localize: Localize | None = None,
        move_chat: MoveChat | None = None,
        curator: Curator | None = None,
        in_flight: timedelta = IN_FLIGHT,
    ) -> None:
        self._store = store
        self._curator = curator or Curator.for_store(store)  # filters, stories already had
        self._localize = localize
        self._clock = clock
        self._locks: defaultdict[int, asyncio.Lock] = defaultdict(asyncio.Lock)
        self._runs = RunSender(
            store,
            send,
            clock=clock,
            limiter=limiter or ChatRateLimiter(),
            resend_uncertain=resend_uncertain,
            max_attempts=max_attempts,  # a message that keeps failing is dropped, not looped
            move_chat=move_chat or store.migrate_chat,
            in_flight=in_flight,
        )

    @property
    def sending(self) -> bool:
        """Whether any run is being sent now (bot.digest.feed_tick: polling yields to sending)."""
        return self._runs.running > 0

    async def plan(
        self, chat_id: int, *, notify_empty: bool | None = None
    ) -> list[tuple[int, DigestPlan]]:
        """What a digest would post now, per forum topic (0 = the chat); writes nothing.
        This is /preview: render `plan.messages` wherever the admin asked."""
        plans, _ = await self._plans(chat_id, notify_empty=notify_empty, marks=False)
        return plans

    async def _plans(
        self, chat_id: int, *, notify_empty: bool | None, marks: bool
    ) -> tuple[list[tuple[int, DigestPlan]], list[MarkRow]]:
        """`plan`, with the story marks that recording the plans writes (`marks`)."""
        settings = await self._store.settings(chat_id)
        options: DigestOptions = settings.options()
        if notify_empty is not None:
            options = replace(options, notify_empty=notify_empty)
        if self._localize is not None:
            options = await self._localize(chat_id, options)
        now = self._clock()
        plans, rows = [], []
        for thread_id in await self._store.threads(chat_id):
            candidates = await self._store.candidates(chat_id, thread_id)
            plan, marked = await self._curator.plan_with_marks(
                chat_id, thread_id, candidates, now, options, marks=marks
            )
            plans.append((thread_id, plan))
            rows += marked
        return plans, rows

    async def deliver(
        self, chat_id: int, *, before_send: BeforeSend | None = None
    ) -> DeliveryReport:
        """Finish any interrupted run, then send a fresh digest (this is /digest and the
        scheduled job). Returns "busy" rather than waiting if the chat is mid-digest.
        What `before_send` raises propagates, the run left open (see BeforeSend)."""
        lock = self._locks[chat_id]
        if lock.locked():
            return DeliveryReport(chat_id, "busy")
        if cooling := self._runs.cooling(chat_id):
            return cooling
        async with lock:
            resumed: DeliveryReport | None = None
            run_id = await self._store.open_run(chat_id)
            if run_id is not None:
                resumed = await self._runs.send_run(chat_id, run_id, before_send=before_send)
                if resumed.status != "sent":
                    return resumed
            # with the story marks (merged copies, filtered, repeats), made off the loop
            plans, rows = await self._plans(
                chat_id, notify_empty=False if resumed else None, marks=True
            )
            now = self._clock()

            async def marks(session: AsyncSession) -> None:
                await self._curator.record_in(session, chat_id, rows, now)

            started = await self._store.start_run(chat_id, plans, now, also=marks)
            if started is None:
                return resumed or DeliveryReport(chat_id, "nothing")
            run_id, messages = started
            fresh = await self._runs.send_run(
                chat_id, run_id, before_send=before_send, messages=messages
            )
            if resumed is None:
                return fresh
            return DeliveryReport(
                chat_id,
                fresh.status,
                messages_sent=resumed.messages_sent + fresh.messages_sent,
                uncertain_resent=resumed.uncertain_resent + fresh.uncertain_resent,
                rejected=resumed.rejected + fresh.rejected,
                retry_after=fresh.retry_after,
            )

    async def plan_ahead(
        self,
        chat_id: int,
        send_at: datetime,
        *,
        also: Callable[[AsyncSession], Awaitable[object]] | None = None,
    ) -> str:
        """Plan and record the digest due at `send_at` now, before its minute; send nothing.

        The run holds what is stored when it is planned: items that arrive later go into the
        next digest (they are not claimed, so never lost; see bot.digest.claims for why that
        is the rule). `also(session)` writes more in the run's transaction (the schedule moved
        on, the lease given back). Returns "planned"; "nothing" (`also` not run) when there is
        nothing to send; "open" (nothing written) when the chat has an unfinished run or is
        being sent right now: the minute's own path sends that first."""
        lock = self._locks[chat_id]
        if lock.locked():
            return "open"
        async with lock:
            if await self._store.open_run(chat_id) is not None:
                return "open"
            plans, rows = await self._plans(chat_id, notify_empty=None, marks=True)
            now = self._clock()

            async def write(session: AsyncSession) -> None:
                await self._curator.record_in(session, chat_id, rows, now)
                if also is not None:
                    await also(session)

            started = await self._store.start_run(chat_id, plans, now, also=write, send_at=send_at)
            return "nothing" if started is None else "planned"

    async def resume(
        self, chat_id: int, *, after_restart: bool = False, before_send: BeforeSend | None = None
    ) -> DeliveryReport:
        """Only finish an interrupted run, never plan a new digest. `after_restart=True` (at
        start-up, when no other sender can be alive) decides uncertain messages at once instead
        of waiting `in_flight` for a possibly live sender to finish."""
        if cooling := self._runs.cooling(chat_id):
            return cooling
        async with self._locks[chat_id]:
            run_id = await self._store.open_run(chat_id)
            if run_id is None:
                return DeliveryReport(chat_id, "nothing")
            return await self._runs.send_run(
                chat_id, run_id, force=after_restart, before_send=before_send
            )
