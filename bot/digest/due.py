"""What is due: the one rule for which feeds to poll and which chats' digests to look at.

Each rule is a SELECT of keys, so that `bot.storage.dueclaims.claim_due` can add its "nobody holds
it" condition and claim the rows in the same statement (bot.digest.claims): a replica then sees
a row either still leased or no longer due, never free and due twice.

A chat is due when its schedule is not paused and `next_due` has come or was never set. What the
job then does with such a chat (send one digest, or only set a first `next_due`) is
`bot.digest.schedule.due_once_after_downtime`: every row that function would change is selected
here, and no other.

Due means due at the tick: a job that runs every minute reads the clock a few milliseconds late
or early, and a feed polled at one tick is due again one interval later, i.e. at the very moment
of a later tick. Compared strictly, half of those checks land a hair before the due time and the
row waits a whole extra tick (a 1-minute feed polled every 2 minutes). So a tick counts as the
moment `at_tick(now)`, TICK_SLACK after its clock reading, for every rule here and for the
schedule step the digest job takes (bot.digest.claims).
"""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import Select, exists, func, or_, select

from bot.digest.tables import FeedRow, RunRow, ScheduleRow, SubscriptionRow

# far above a tick's jitter (milliseconds; a second on a very busy loop), far below a tick
TICK_SLACK = timedelta(seconds=5)


def at_tick(now: datetime) -> datetime:
    """The moment a job run reading `now` stands for: what falls due by then is due now."""
    return now + TICK_SLACK


def due_feeds(now: datetime) -> Select:
    """Ids of the feeds whose poll time has come and that an active subscription still wants,
    longest waiting first."""
    wanted = exists().where(
        SubscriptionRow.feed_id == FeedRow.id, SubscriptionRow.paused.is_(False)
    )
    due = FeedRow.next_poll_at <= at_tick(now)
    return select(FeedRow.id).where(due, wanted).order_by(FeedRow.next_poll_at)


def due_chats(now: datetime) -> Select:
    """Ids of the chats whose schedule is active and due (or has no `next_due` yet), earliest
    first. What the job does with each: `due_once_after_downtime(..., at_tick(now))`."""
    return (
        select(ScheduleRow.chat_id)
        .where(ScheduleRow.paused.is_(False))
        .where(or_(ScheduleRow.next_due.is_(None), ScheduleRow.next_due <= at_tick(now)))
        .order_by(ScheduleRow.next_due)
    )


def due_ahead(now: datetime, ahead: timedelta) -> Select:
    """Ids of the chats due after this tick but within `ahead`, with no unfinished run: their
    digest is planned and recorded now and sent at the minute (bot.digest.claims), earliest
    first. A chat with an open run is left to it (a run planned already, or an interrupted one)."""
    open_run = exists().where(RunRow.chat_id == ScheduleRow.chat_id, RunRow.finished_at.is_(None))
    return (
        select(ScheduleRow.chat_id)
        .where(ScheduleRow.paused.is_(False), ~open_run)
        .where(ScheduleRow.next_due > at_tick(now), ScheduleRow.next_due <= now + ahead)
        .order_by(ScheduleRow.next_due)
    )


def due_planned(now: datetime) -> Select:
    """Ids of the chats with a run planned ahead whose moment has come, earliest first (a chat
    with two such runs comes twice: the claim takes it once). Paused chats wait, as for any
    open run. Strictly `now`, not `at_tick(now)`: the job wakes at the planned moment itself
    (bot.digest.jobs), so a digest planned for 08:00 is not posted at 07:59:56."""
    paused = exists().where(
        SubscriptionRow.chat_id == RunRow.chat_id, SubscriptionRow.paused.is_(True)
    )
    return (
        select(RunRow.chat_id)
        .where(RunRow.finished_at.is_(None), RunRow.send_at <= now, ~paused)
        .order_by(RunRow.send_at, RunRow.id)
    )


def first_due_ahead(now: datetime, ahead: timedelta) -> Select:
    """The earliest minute among the chats `due_ahead` selects (planning stops at it)."""
    return due_ahead(now, ahead).with_only_columns(func.min(ScheduleRow.next_due)).order_by(None)
