"""Every table gistbot keeps, listed once: the schema the migrations build and are checked against.

Models declare themselves on `bot.storage.db.Base` in their feature's module; a model left out of
`MODELS` is invisible to Alembic, and tests/test_migrations.py fails until it is added.
"""

from __future__ import annotations

from sqlalchemy import MetaData

from bot.digest.tables import (
    DeliveryRow,
    FeedAliasRow,
    FeedRow,
    FilterRow,
    ItemRow,
    MessageRow,
    RunRow,
    ScheduleRow,
    SettingsRow,
    StoryMarkRow,
    SubscriptionRow,
    TargetRow,
)
from bot.storage.chats import ArticleRow, ChatSettingsRow, GistCacheRow
from bot.storage.db import Base
from bot.storage.heartbeats import ProcessRow
from bot.storage.leases import LeaseRow
from bot.storage.pastes import PendingPasteRow
from bot.storage.ratelimit import RateLimitRow
from bot.storage.sendpace import SendPaceRow

MODELS: tuple[type[Base], ...] = (
    # chats: settings, the articles behind Shorter/Longer, the summary cache
    ChatSettingsRow,
    ArticleRow,
    GistCacheRow,
    PendingPasteRow,  # long pastes waiting for their last part
    # digests
    FeedRow,
    FeedAliasRow,
    SubscriptionRow,
    ScheduleRow,
    SettingsRow,
    ItemRow,
    RunRow,
    MessageRow,
    DeliveryRow,
    TargetRow,
    FilterRow,  # keyword filters
    StoryMarkRow,  # stories a destination has had
    # shared by every replica
    LeaseRow,
    ProcessRow,  # heartbeats: whose leases are free before their ttl
    RateLimitRow,
    SendPaceRow,  # the per-bot send pace
)
METADATA: MetaData = Base.metadata
