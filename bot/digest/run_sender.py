"""Sending one stored run: each pending message claimed, sent and marked, in order.

The deliverer (bot.digest.delivery) decides WHAT a digest is and records it as a run before
anything goes out; this module is HOW a run's messages go out so that a crash neither loses nor
repeats one (the steps of delivery.py's module docstring): a message is claimed (`sending`,
committed) before its request leaves and marked `sent` after Telegram answers; an uncertain one
(claimed, never marked) is re-sent or assumed posted by `resend_uncertain`, but not while it may
still be in flight from another sender (`in_flight`: "busy"); Telegram's refusals end the pass
with the run left open (flood control, a chat gone or moved) or skip the message for good.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from bot.digest.chat_limit import ChatRateLimiter
from bot.digest.outcomes import (
    ChatGone,
    ChatMoved,
    DeliveryReport,
    Rejected,
    RetryLater,
    Send,
)
from bot.digest.runs import PendingMessage
from bot.digest.store import DigestStore

log = logging.getLogger(__name__)

# Called before each message is claimed and sent; raising stops the run, the message left pending
# (the replicas' lease check, bot.digest.claims: a lost lease must not post anything more).
BeforeSend = Callable[[], Awaitable[object]]
# A message claimed for sending less than this long ago may still be in flight elsewhere
# (the default of DigestDeliverer's `in_flight`; the bot passes DIGEST_IN_FLIGHT_SECONDS).
IN_FLIGHT = timedelta(minutes=2)
Clock = Callable[[], datetime]
# (old_chat_id, new_chat_id): move a migrated chat's digests (and whatever else the bot keeps)
MoveChat = Callable[[int, int], Awaitable[object]]


@dataclass(slots=True)
class Tally:
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


class RunSender:
    """Sends stored runs for the deliverer, which serialises the calls per chat."""

    def __init__(
        self,
        store: DigestStore,
        send: Send,
        *,
        clock: Clock,
        limiter: ChatRateLimiter,
        resend_uncertain: bool,
        max_attempts: int,
        move_chat: MoveChat,
        in_flight: timedelta,
    ) -> None:
        self._store = store
        self._in_flight = in_flight
        self._move_chat = move_chat
        self._send = send
        self._clock = clock
        self._limiter = limiter
        self._resend_uncertain = resend_uncertain
        self._max_attempts = max_attempts  # a message that keeps failing is dropped, not looped
        self._not_before: dict[int, datetime] = {}  # flood-control cool-down per chat
        self.running = 0  # runs being sent now (the feed job polls at a lower share meanwhile)

    def cooling(self, chat_id: int) -> DeliveryReport | None:
        """A "retry" report while the chat's flood-control pause lasts, else None."""
        until = self._not_before.get(chat_id)
        if until is None or until <= self._clock():
            self._not_before.pop(chat_id, None)
            return None
        return DeliveryReport(chat_id, "retry", retry_after=(until - self._clock()).total_seconds())

    async def send_run(
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
        tally = Tally(chat_id)
        if messages is None:
            messages = await self._store.pending_messages(run_id)
        tally.last_seq = messages[-1].seq if messages else None
        self.running += 1
        try:
            for message in messages:
                stop = await self._settle(run_id, message, tally, force, before_send)
                if stop is not None:
                    return stop
        finally:
            self.running -= 1
        if not tally.finished:  # nothing was left to send (a crash after the last message)
            await self._store.finish_run(run_id, self._clock())
        return tally.report("sent")

    async def _mark(
        self,
        run_id: int,
        message: PendingMessage,
        tally: Tally,
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
        tally: Tally,
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
        tally: Tally,
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
        tally: Tally,
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
