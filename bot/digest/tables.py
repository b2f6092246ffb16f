"""The digest tables (declared on bot.storage.db.Base, listed in bot.storage.tables).

Names start with `digest_` so they never meet other features' tables. Rules of identity live
in the unique constraints; see bot.digest.store for what each one guarantees.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import (
    BigInteger,
    Boolean,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from bot.storage.db import Base


class UTCDateTime(TypeDecorator[datetime]):
    """Aware UTC in Python, naive UTC in the database (SQLite keeps no offsets)."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect: Any) -> datetime | None:
        return None if value is None else value.replace(tzinfo=UTC)


# AUTOINCREMENT: SQLite would otherwise reuse a deleted row's id, and ids are remembered.
_NO_REUSE = {"sqlite_autoincrement": True}


class FeedRow(Base):
    __tablename__ = "digest_feeds"
    __table_args__ = _NO_REUSE
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    url: Mapped[str] = mapped_column(String(2048), unique=True)
    title: Mapped[str | None] = mapped_column(String(500))
    etag: Mapped[str | None] = mapped_column(String(500))
    last_modified: Mapped[str | None] = mapped_column(String(100))
    failures: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str | None] = mapped_column(String(500))
    alerted: Mapped[bool] = mapped_column(Boolean, default=False)
    next_poll_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    last_success_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)


class FeedAliasRow(Base):
    __tablename__ = "digest_feed_aliases"
    url: Mapped[str] = mapped_column(String(2048), primary_key=True)
    feed_id: Mapped[int] = mapped_column(ForeignKey("digest_feeds.id", ondelete="CASCADE"))


class SubscriptionRow(Base):
    __tablename__ = "digest_subscriptions"
    __table_args__ = (UniqueConstraint("chat_id", "thread_id", "feed_id"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    chat_id: Mapped[int] = mapped_column(BigInteger, index=True)
    thread_id: Mapped[int] = mapped_column(BigInteger, default=0)  # 0: no forum topic
    feed_id: Mapped[int] = mapped_column(ForeignKey("digest_feeds.id", ondelete="CASCADE"))
    paused: Mapped[bool] = mapped_column(Boolean, default=False)
    added_by: Mapped[int | None] = mapped_column(BigInteger)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)


class ScheduleRow(Base):
    __tablename__ = "digest_schedules"
    chat_id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    text: Mapped[str] = mapped_column(String(200))
    next_due: Mapped[datetime | None] = mapped_column(UTCDateTime, index=True)
    last_sent: Mapped[datetime | None] = mapped_column(UTCDateTime)
    paused: Mapped[bool] = mapped_column(Boolean, default=False)


class SettingsRow(Base):
    __tablename__ = "digest_settings"
    chat_id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    max_items: Mapped[int | None] = mapped_column(Integer)  # None: the bot-wide default
    summaries: Mapped[bool] = mapped_column(Boolean, default=True)
    highlights: Mapped[bool] = mapped_column(Boolean, default=True)
    notify_empty: Mapped[bool] = mapped_column(Boolean, default=False)
    timezone: Mapped[str] = mapped_column(String(64), default="UTC")


class ItemRow(Base):
    __tablename__ = "digest_items"
    __table_args__ = (UniqueConstraint("feed_id", "guid_key"), _NO_REUSE)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    feed_id: Mapped[int] = mapped_column(ForeignKey("digest_feeds.id", ondelete="CASCADE"))
    guid_key: Mapped[str] = mapped_column(String(2048))
    dedup_key: Mapped[str] = mapped_column(String(2048), index=True)
    link: Mapped[str | None] = mapped_column(String(2048))
    title: Mapped[str] = mapped_column(String(1000))
    summary: Mapped[str] = mapped_column(Text, default="")  # from the feed's own text
    teaser: Mapped[bool] = mapped_column(Boolean, default=False)  # feed text too thin
    gist: Mapped[str | None] = mapped_column(Text)  # 1-2 sentences from the fetched article
    highlight: Mapped[str | None] = mapped_column(String(500))
    enriched: Mapped[bool] = mapped_column(Boolean, default=False)
    published: Mapped[datetime | None] = mapped_column(UTCDateTime)
    first_seen: Mapped[datetime] = mapped_column(UTCDateTime, index=True)


class RunRow(Base):
    __tablename__ = "digest_runs"
    # open runs (and those planned ahead, by moment) are looked up every tick
    __table_args__ = (Index("ix_digest_runs_open", "finished_at", "send_at"), _NO_REUSE)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    chat_id: Mapped[int] = mapped_column(BigInteger, index=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    finished_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # planned before its chat's due minute: not sent before this moment (None: at once)
    send_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class MessageRow(Base):
    __tablename__ = "digest_messages"
    __table_args__ = (UniqueConstraint("run_id", "seq"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    run_id: Mapped[int] = mapped_column(ForeignKey("digest_runs.id", ondelete="CASCADE"))
    seq: Mapped[int] = mapped_column(Integer)
    thread_id: Mapped[int] = mapped_column(BigInteger, default=0)
    html: Mapped[str] = mapped_column(Text)
    state: Mapped[str] = mapped_column(String(10), default="pending")  # pending|sending|sent|failed
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    message_id: Mapped[int | None] = mapped_column(BigInteger)
    claimed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class DeliveryRow(Base):
    __tablename__ = "digest_deliveries"
    # a message's deliveries are marked when it is sent: without this index each mark scanned
    # every delivery ever made (migration 0007)
    __table_args__ = (
        UniqueConstraint("chat_id", "thread_id", "dedup_key"),
        Index("ix_digest_deliveries_run", "run_id", "message_seq"),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    chat_id: Mapped[int] = mapped_column(BigInteger)
    thread_id: Mapped[int] = mapped_column(BigInteger, default=0)
    dedup_key: Mapped[str] = mapped_column(String(2048))
    item_id: Mapped[int | None] = mapped_column(Integer)
    run_id: Mapped[int] = mapped_column(ForeignKey("digest_runs.id", ondelete="CASCADE"))
    message_seq: Mapped[int | None] = mapped_column(Integer)  # None: counted in "+K more"
    state: Mapped[str] = mapped_column(String(10), default="pending")  # pending|sent|skipped|failed
    message_id: Mapped[int | None] = mapped_column(BigInteger)


class TargetRow(Base):
    """The chat a user manages from their private chat (picked by forwarding or by naming it)."""

    __tablename__ = "digest_targets"
    user_id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    chat_id: Mapped[int] = mapped_column(BigInteger, index=True)
    picked_at: Mapped[datetime] = mapped_column(UTCDateTime)


class FilterRow(Base):
    """A keyword rule (bot.digest.filters): for the whole chat, or one feed's subscription."""

    __tablename__ = "digest_filters"
    __table_args__ = _NO_REUSE
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    chat_id: Mapped[int] = mapped_column(BigInteger, index=True)
    feed_id: Mapped[int | None] = mapped_column(
        ForeignKey("digest_feeds.id", ondelete="CASCADE")
    )  # None: every feed of the chat
    kind: Mapped[str] = mapped_column(String(8))  # include|exclude
    rule: Mapped[str] = mapped_column(String(500))  # as the admin typed it
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)


class StoryMarkRow(Base):
    """An item a destination has had (shown, merged into a shown story, filtered out, or a
    repeat of a story it had), with the story's fingerprint: later copies of the same story
    from other feeds are recognised by it (bot.digest.curate)."""

    __tablename__ = "digest_story_marks"
    __table_args__ = (UniqueConstraint("chat_id", "thread_id", "dedup_key"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    chat_id: Mapped[int] = mapped_column(BigInteger)
    thread_id: Mapped[int] = mapped_column(BigInteger, default=0)
    dedup_key: Mapped[str] = mapped_column(String(2048))
    state: Mapped[str] = mapped_column(String(10))  # shown|filtered|repeat
    story: Mapped[str] = mapped_column(Text, default="")  # stories.Fingerprint.text()
    story_time: Mapped[datetime] = mapped_column(UTCDateTime)  # the story's publication time
    marked_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
