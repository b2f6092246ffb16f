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
python-telegram-bot errors to RetryLater / ChatGone / ChatMoved / Rejected below.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections import defaultdict, deque
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, replace
from datetime import datetime, timedelta

from sqlalchemy.ext.asyncio import AsyncSession

from bot.digest.build import DigestOptions, DigestPlan
from bot.digest.curate import Curator
from bot.digest.planning import MarkRow
from bot.digest.runs import PendingMessage
from bot.digest.store import DigestStore

log = logging.getLogger(__name__)

Send = Callable[[int, int, str], Awaitable[int]]
# Called before each message is claimed and sent; raising stops the run, the message left pending
# (the replicas' lease check, bot.digest.claims: a lost lease must not post anything more).
BeforeSend = Callable[[], Awaitable[object]]
# A message claimed for sending less than this long ago may still be in flight elsewhere
# (the default of DigestDeliverer's `in_flight`; the bot passes DIGEST_IN_FLIGHT_SECONDS).
IN_FLIGHT = timedelta(minutes=2)
Clock = Callable[[], datetime]
# (chat_id, options) -> options with the heading and labels in the chat's language
Localize = Callable[[int, DigestOptions], Awaitable[DigestOptions]]
# (old_chat_id, new_chat_id): move a migrated chat's digests (and whatever else the bot keeps)
MoveChat = Callable[[int, int], Awaitable[object]]


class SendError(Exception):
    """Base for what `send` may raise besides success."""


class RetryLater(SendError):
    """Flood control: nothing was posted; try again after `seconds`."""

    def __init__(self, seconds: float) -> None:
        super().__init__(f"retry after {seconds}s")
        self.seconds = seconds


class ChatGone(SendError):
    """Bot removed, blocked or chat deleted: nothing was posted; pause the chat."""


class ChatMoved(SendError):
    """The group became a supergroup: nothing was posted; the chat lives on at `new_chat_id`."""

    def __init__(self, new_chat_id: int) -> None:
        super().__init__(f"chat moved to {new_chat_id}")
        self.new_chat_id = new_chat_id


class Rejected(SendError):
    """Telegram refused this message for good (bad request): skip it, go on with the rest."""


@dataclass(frozen=True, slots=True)
class DeliveryReport:
    chat_id: int
    status: str  # "sent", "nothing", "retry", "gone", "moved", "error", "busy"
    messages_sent: int = 0
    uncertain_resent: int = 0
    rejected: int = 0
    retry_after: float | None = None


@dataclass(slots=True)
class _Tally:
    """What one pass over a run has done so far, for its DeliveryReport."""

    chat_id: int
    sent: int = 0
    uncertain: int = 0
    rejected: int = 0
    last_seq: int | None = None  # the run's last unsent message: its mark also finishes the run
    finished: bool = False

    def report(self, status: str, retry_after: float | None = None) -> DeliveryReport:
        return DeliveryReport(
            self.chat_id, status, self.sent, self.uncertain, self.rejected, retry_after
        )


class ChatRateLimiter:
    """At most `per_minute` messages per chat in any 60 s window: waits, never drops."""

    def __init__(
        self,
        per_minute: int = 20,
        *,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    ) -> None:
        self._per_minute = per_minute
        self._clock = clock
        self._sleep = sleep
        self._sent: defaultdict[int, deque[float]] = defaultdict(deque)

    async def acquire(self, chat_id: int) -> None:
        window = self._sent[chat_id]
        while True:
            now = self._clock()
            while window and now - window[0] >= 60.0:
                window.popleft()
            if len(window) < self._per_minute:
                window.append(now)
                return
            await self._sleep(max(60.0 - (now - window[0]), 0.01))  # 0.01: no float stall


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
        self._in_flight = in_flight
        self._curator = curator or Curator.for_store(store)  # filters, stories already had
        self._move_chat = move_chat or store.migrate_chat
        self._localize = localize
        self._send = send
        self._clock = clock
        self._limiter = limiter or ChatRateLimiter()
        self._resend_uncertain = resend_uncertain
        self._max_attempts = max_attempts  # a message that keeps failing is dropped, not looped
        self._locks: defaultdict[int, asyncio.Lock] = defaultdict(asyncio.Lock)
        self._not_before: dict[int, datetime] = {}  # flood-control cool-down per chat
        self._sending = 0  # runs being sent now (the feed job polls at a lower share meanwhile)

    @property
    def sending(self) -> bool:
        """Whether any run is being sent now (bot.digest.jobs: polling yields to sending)."""
        return self._sending > 0

    def _cooling(self, chat_id: int) -> DeliveryReport | None:
        until = self._not_before.get(chat_id)
        if until is None or until <= self._clock():
            self._not_before.pop(chat_id, None)
            return None
        return DeliveryReport(chat_id, "retry", retry_after=(until - self._clock()).total_seconds())

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
        if cooling := self._cooling(chat_id):
            return cooling
        async with lock:
            resumed: DeliveryReport | None = None
            run_id = await self._store.open_run(chat_id)
            if run_id is not None:
                resumed = await self._send_run(chat_id, run_id, before_send=before_send)
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
            fresh = await self._send_run(
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
        if cooling := self._cooling(chat_id):
            return cooling
        async with self._locks[chat_id]:
            run_id = await self._store.open_run(chat_id)
            if run_id is None:
                return DeliveryReport(chat_id, "nothing")
            return await self._send_run(
                chat_id, run_id, force=after_restart, before_send=before_send
            )

    async def _send_run(
        self,
        chat_id: int,
        run_id: int,
        force: bool = False,
        before_send: BeforeSend | None = None,
        messages: list[PendingMessage] | None = None,
    ) -> DeliveryReport:
        """Send the run's unsent messages in order, then mark it finished. The first message
        that cannot go now ends the pass with its status ("busy", "retry", "gone", "moved",
        "error") and leaves the run open. `force`: decide uncertain messages at once.
        `messages`: the run's unsent messages when the caller has them (a run just created)."""
        tally = _Tally(chat_id)
        if messages is None:
            messages = await self._store.pending_messages(run_id)
        tally.last_seq = messages[-1].seq if messages else None
        self._sending += 1
        try:
            for message in messages:
                stop = await self._settle(run_id, message, tally, force, before_send)
                if stop is not None:
                    return stop
        finally:
            self._sending -= 1
        if not tally.finished:  # nothing was left to send (a crash after the last message)
            await self._store.finish_run(run_id, self._clock())
        return tally.report("sent")

    async def _mark(
        self,
        run_id: int,
        message: PendingMessage,
        tally: _Tally,
        message_id: int | None,
        state: str = "sent",
    ) -> None:
        """Record the message's outcome; the last one finishes the run in the same commit."""
        last = message.seq == tally.last_seq
        await self._store.mark_sent(
            run_id, message.seq, message_id, self._clock(), state=state, finish=last
        )
        tally.finished = tally.finished or last

    async def _settle(
        self,
        run_id: int,
        message: PendingMessage,
        tally: _Tally,
        force: bool,
        before_send: BeforeSend | None,
    ) -> DeliveryReport | None:
        """One pending message: given up, assumed posted, or sent (again). Returns the report
        to stop the run with, or None to go on with the next message."""
        if message.attempts >= self._max_attempts:
            log.error("digest %s/%s: giving up after %s attempts", run_id, message.seq,
                      message.attempts)  # fmt: skip
            await self._mark(run_id, message, tally, None, state="failed")
            tally.rejected += 1
            return None
        if message.uncertain:
            claimed = message.claimed_at
            in_flight = claimed and self._clock() - claimed < self._in_flight
            if in_flight and not force:
                return tally.report("busy")  # its sender may still be waiting for Telegram
            if not self._resend_uncertain:
                log.warning(
                    "digest %s/%s: assuming uncertain message was posted", run_id, message.seq
                )
                await self._mark(run_id, message, tally, None)
                return None
            log.warning("digest %s/%s: re-sending uncertain message", run_id, message.seq)
            tally.uncertain += 1
        return await self._claim_and_send(run_id, message, tally, before_send)

    async def _claim_and_send(
        self,
        run_id: int,
        message: PendingMessage,
        tally: _Tally,
        before_send: BeforeSend | None,
    ) -> DeliveryReport | None:
        """Claim the message (committed before the request goes out), send it, record it."""
        chat_id = tally.chat_id
        await self._limiter.acquire(chat_id)  # may wait: check the lease after it
        if before_send is not None:
            await before_send()  # before mark_sending: on failure nothing is claimed
        if not await self._store.mark_sending(
            run_id, message.seq, attempts=message.attempts, now=self._clock()
        ):
            return tally.report("busy")  # another sender claimed it first
        try:
            message_id = await self._send(chat_id, message.thread_id, message.html)
        except (RetryLater, ChatGone, ChatMoved, Rejected) as exc:
            return await self._refused(run_id, message, tally, exc)
        except Exception:
            # Unknown outcome (timeout, network): stays `sending`, decided on resume.
            log.exception("digest %s/%s: send failed", run_id, message.seq)
            return tally.report("error")
        await self._mark(run_id, message, tally, message_id)
        tally.sent += 1
        return None

    async def _refused(
        self,
        run_id: int,
        message: PendingMessage,
        tally: _Tally,
        exc: RetryLater | ChatGone | ChatMoved | Rejected,
    ) -> DeliveryReport | None:
        """Telegram did not post the message: skip it for good (Rejected), or put it back and
        stop the run until the chat can take it (flood control, chat gone, chat moved)."""
        chat_id = tally.chat_id
        if isinstance(exc, Rejected):
            log.warning("digest %s/%s rejected by Telegram", run_id, message.seq)
            await self._mark(run_id, message, tally, None, state="failed")
            tally.rejected += 1
            return None
        await self._store.mark_not_sent(run_id, message.seq)
        if isinstance(exc, RetryLater):
            self._not_before[chat_id] = self._clock() + timedelta(seconds=exc.seconds)
            return tally.report("retry", exc.seconds)
        if isinstance(exc, ChatMoved):
            # the run moves with the chat; the next tick resumes it at the new id
            await self._move_chat(chat_id, exc.new_chat_id)
            return tally.report("moved")
        await self._store.set_chat_paused(chat_id, True)  # ChatGone: until the bot is back
        return tally.report("gone")
