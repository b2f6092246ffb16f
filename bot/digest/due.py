"""What is due: the one rule for which feeds to poll and which chats' digests to look at.

Each rule is a SELECT of keys, so that `bot.storage.leases.claim_due` can add its "nobody holds
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

from sqlalchemy import Select, exists, or_, select

from bot.digest.tables import FeedRow, ScheduleRow, SubscriptionRow

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
