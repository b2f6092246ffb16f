"""What is due: the one rule for which feeds to poll and which chats' digests to look at.

Each rule is a SELECT of keys, so that `bot.storage.leases.claim_due` can add its "nobody holds
it" condition and claim the rows in the same statement (bot.digest.claims): a replica then sees
a row either still leased or no longer due, never free and due twice.

A chat is due when its schedule is not paused and `next_due` has come or was never set. What the
job then does with such a chat (send one digest, or only set a first `next_due`) is
`bot.digest.schedule.due_once_after_downtime`: every row that function would change is selected
here, and no other.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Select, exists, or_, select

from bot.digest.tables import FeedRow, ScheduleRow, SubscriptionRow


def due_feeds(now: datetime) -> Select:
    """Ids of the feeds whose poll time has come and that an active subscription still wants,
    longest waiting first."""
    wanted = exists().where(
        SubscriptionRow.feed_id == FeedRow.id, SubscriptionRow.paused.is_(False)
    )
    return (
        select(FeedRow.id).where(FeedRow.next_poll_at <= now, wanted).order_by(FeedRow.next_poll_at)
    )


def due_chats(now: datetime) -> Select:
    """Ids of the chats whose schedule is active and due (or has no `next_due` yet), earliest
    first."""
    return (
        select(ScheduleRow.chat_id)
        .where(ScheduleRow.paused.is_(False))
        .where(or_(ScheduleRow.next_due.is_(None), ScheduleRow.next_due <= now))
        .order_by(ScheduleRow.next_due)
    )
