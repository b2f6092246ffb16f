"""What a feed poll reads and produces: the values bot.digest.poll hands to bot.digest.store.

Kept apart from both so that polling (which reads a feed's state and returns an outcome) and the
repository (which loads that state and records the outcome) share the types without importing
each other.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime


@dataclass(frozen=True, slots=True)
class FeedState:
    """A feed's polling state as stored: what the next conditional GET needs."""

    id: int
    url: str
    title: str | None
    etag: str | None
    last_modified: str | None
    failures: int
    alerted: bool
    next_poll_at: datetime


@dataclass(frozen=True, slots=True)
class ParsedItem:
    guid_key: str
    dedup_key: str
    link: str | None
    title: str
    summary: str
    teaser: bool
    published: datetime | None


@dataclass(frozen=True, slots=True)
class FeedEvent:
    kind: str  # "failing" or "recovered"
    feed_id: int
    url: str
    title: str | None
    failures: int
    error: str | None = None


@dataclass(frozen=True, slots=True)
class PollOutcome:
    feed_id: int
    url: str
    checked_at: datetime
    status: str  # "updated", "not_modified" or "error"
    failures: int
    alerted: bool
    next_poll_at: datetime
    etag: str | None = None
    last_modified: str | None = None
    title: str | None = None
    error: str | None = None
    moved_to: str | None = None
    items: tuple[ParsedItem, ...] = ()
    events: tuple[FeedEvent, ...] = field(default_factory=tuple)

    @property
    def ok(self) -> bool:
        return self.status != "error"
