"""The feed half of the digest repository: feeds, their subscriptions, polls and teasers.

`DigestStore` (bot.digest.store) inherits these methods with the chats' settings and schedules,
and `DigestRuns` (bot.digest.runs) the runs and deliveries: callers hold one repository object.

A feed is one row per URL; old URLs (permanent redirects) live on as aliases, so /unsubscribe
with the old URL still finds it, and every chat shares one polling state. An item is unique per
(feed, GUID-or-link). Every row two requests (or replicas) may create at the same moment is
written with one insert-or-ignore or upsert (`bot.storage.db.upsert_into`), never
read-then-add: two admins subscribing to the same new feed at once both succeed and share one
feed row.

Every time is an aware UTC datetime at this boundary (stored naive-UTC in SQLite).
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import delete, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from bot.digest.models import FeedState, PollOutcome
from bot.digest.tables import FeedAliasRow, FeedRow, ItemRow, SubscriptionRow
from bot.storage.db import Database, upsert_into
from bot.storage.writes import writing
from summarizer.web.urls import refuse_credentials


@dataclass(frozen=True, slots=True)
class SubscriptionView:
    feed_id: int
    url: str
    title: str | None
    thread_id: int
    paused: bool
    failures: int


@dataclass(frozen=True, slots=True)
class Subscriber:
    chat_id: int
    thread_id: int
    added_by: int | None


@dataclass(frozen=True, slots=True)
class EnrichJob:
    item_id: int
    link: str
    feed_text: str


def _feed_state(row: FeedRow) -> FeedState:
    return FeedState(
        id=row.id,
        url=row.url,
        title=row.title,
        etag=row.etag,
        last_modified=row.last_modified,
        failures=row.failures,
        alerted=row.alerted,
        next_poll_at=row.next_poll_at,
    )


class DigestFeeds:
    """Feeds, subscriptions, polls and teaser enrichment; every method is one transaction."""

    _db: Database  # set by the repository's constructor (bot.digest.runs.DigestRuns)

    # -- feeds and subscriptions ---------------------------------------------------------

    async def _feed_by_url(self, session: AsyncSession, url: str) -> FeedRow | None:
        row = await session.scalar(select(FeedRow).where(FeedRow.url == url))
        if row is not None:
            return row
        alias = await session.get(FeedAliasRow, url)
        return None if alias is None else await session.get(FeedRow, alias.feed_id)

    async def find_feed(self, url: str) -> FeedState | None:
        async with self._db.sessions() as session:
            row = await self._feed_by_url(session, url)
            return None if row is None else _feed_state(row)

    async def subscribe(
        self,
        chat_id: int,
        url: str,
        *,
        now: datetime,
        thread_id: int = 0,
        title: str | None = None,
        added_by: int | None = None,
        aliases: Iterable[str] = (),
    ) -> bool:
        """Subscribe; False when the chat already had it. `aliases`: URLs the user typed that
        led here (a site URL, a redirected feed URL), so /unsubscribe accepts them too.
        A URL with a user name or password is never stored (CredentialsInURLError)."""
        for link in (url, *aliases):
            refuse_credentials(link)
        async with writing(self._db) as session:
            feed = await self._feed_by_url(session, url)
            if feed is None:
                feed = await self._add_feed(session, url, title, now)
            if title and not feed.title:  # also when a concurrent subscribe made it untitled
                await session.execute(
                    update(FeedRow)
                    .where(FeedRow.id == feed.id, FeedRow.title.is_(None))
                    .values(title=title)
                )
            for alias in sorted(set(aliases) - {feed.url}):
                stmt = upsert_into(session, FeedAliasRow.__table__).values(
                    url=alias, feed_id=feed.id
                )
                await session.execute(stmt.on_conflict_do_nothing(index_elements=["url"]))
            table = SubscriptionRow.__table__
            stmt = upsert_into(session, table).values(
                chat_id=chat_id, thread_id=thread_id, feed_id=feed.id, paused=False,
                added_by=added_by, created_at=now,
            )  # fmt: skip
            added = await session.execute(
                stmt.on_conflict_do_nothing(
                    index_elements=[table.c.chat_id, table.c.thread_id, table.c.feed_id]
                ).returning(table.c.id)
            )
            return added.scalar_one_or_none() is not None

    async def _add_feed(
        self, session: AsyncSession, url: str, title: str | None, now: datetime
    ) -> FeedRow:
        """The feed row for a new URL: inserted, or the one a concurrent subscribe just made."""
        stmt = upsert_into(session, FeedRow.__table__).values(
            url=url, title=title, failures=0, alerted=False, next_poll_at=now, created_at=now
        )
        await session.execute(stmt.on_conflict_do_nothing(index_elements=["url"]))
        feed = await session.scalar(select(FeedRow).where(FeedRow.url == url))
        assert feed is not None  # inserted above, or committed by the one that won
        return feed

    async def unsubscribe(self, chat_id: int, url: str, *, thread_id: int | None = None) -> bool:
        """By current URL or any alias; thread None removes it from every topic of the chat."""
        async with writing(self._db) as session:
            feed = await self._feed_by_url(session, url)
            if feed is None:
                return False
            query = delete(SubscriptionRow).where(
                SubscriptionRow.chat_id == chat_id, SubscriptionRow.feed_id == feed.id
            )
            if thread_id is not None:
                query = query.where(SubscriptionRow.thread_id == thread_id)
            result = await session.execute(query)
            return bool(result.rowcount)  # type: ignore[attr-defined]

    async def subscriptions(self, chat_id: int) -> list[SubscriptionView]:
        async with self._db.sessions() as session:
            rows = await session.execute(
                select(SubscriptionRow, FeedRow)
                .join(FeedRow, FeedRow.id == SubscriptionRow.feed_id)
                .where(SubscriptionRow.chat_id == chat_id)
                .order_by(SubscriptionRow.created_at, SubscriptionRow.id)
            )
            return [
                SubscriptionView(
                    feed_id=feed.id,
                    url=feed.url,
                    title=feed.title,
                    thread_id=sub.thread_id,
                    paused=sub.paused,
                    failures=feed.failures,
                )
                for sub, feed in rows
            ]

    async def subscribers(self, feed_id: int) -> list[Subscriber]:
        """Active subscriptions of a feed: whom to tell when it fails or recovers."""
        async with self._db.sessions() as session:
            rows = await session.scalars(
                select(SubscriptionRow).where(
                    SubscriptionRow.feed_id == feed_id, SubscriptionRow.paused.is_(False)
                )
            )
            return [Subscriber(r.chat_id, r.thread_id, r.added_by) for r in rows]

    # -- polling -------------------------------------------------------------------------

    async def feeds(self, ids: Collection[int]) -> list[FeedState]:
        """The polling state of these feeds (those that still exist), e.g. the due ones a
        replica claimed (bot.digest.due.due_feeds)."""
        async with self._db.sessions() as session:
            rows = await session.scalars(select(FeedRow).where(FeedRow.id.in_(ids)))
            return [_feed_state(row) for row in rows]

    async def record_poll(self, outcome: PollOutcome) -> int:
        """Store a poll's result (state, new items, redirect); returns how many items are new."""
        async with writing(self._db) as session:
            feed = await session.get(FeedRow, outcome.feed_id)
            if feed is None:
                return 0
            feed.failures = outcome.failures
            feed.alerted = outcome.alerted
            feed.next_poll_at = outcome.next_poll_at
            feed.last_error = outcome.error[:500] if outcome.error else None
            if outcome.ok:
                feed.last_success_at = outcome.checked_at
                feed.etag = outcome.etag
                feed.last_modified = outcome.last_modified
            if outcome.title and not feed.title:
                feed.title = outcome.title[:500]
            if outcome.moved_to and outcome.moved_to != feed.url:
                feed = await self._move_feed(session, feed, outcome.moved_to)
            if not outcome.items:
                return 0
            table = ItemRow.__table__
            rows = [
                {"feed_id": feed.id, "guid_key": item.guid_key[:2048],
                 "dedup_key": item.dedup_key[:2048], "link": item.link,
                 "title": item.title[:1000], "summary": item.summary, "teaser": item.teaser,
                 "enriched": False, "published": item.published,
                 "first_seen": outcome.checked_at}
                for item in outcome.items
            ]  # fmt: skip
            known = upsert_into(session, table).on_conflict_do_nothing(
                index_elements=[table.c.feed_id, table.c.guid_key]
            )
            # one executemany: SQLAlchemy sends it as multi-row INSERTs of one cached statement,
            # not a round trip per item (bench.scale's poll profile)
            return len((await session.execute(known.returning(table.c.id), rows)).all())

    async def _move_feed(self, session: AsyncSession, feed: FeedRow, new_url: str) -> FeedRow:
        """Permanent redirect: the feed takes the new URL; the old one becomes an alias. If the
        new URL is already a feed of ours, subscriptions merge into it."""
        other = await self._feed_by_url(session, new_url)
        old_url = feed.url
        if other is None or other.id == feed.id:
            stale = await session.get(FeedAliasRow, new_url)
            if stale is not None:
                await session.delete(stale)
                await session.flush()
            feed.url = new_url
            await session.flush()
            await self._point_alias(session, old_url, feed.id)
            return feed
        taken = set(
            await session.execute(
                select(SubscriptionRow.chat_id, SubscriptionRow.thread_id).where(
                    SubscriptionRow.feed_id == other.id
                )
            )
        )
        for sub in await session.scalars(
            select(SubscriptionRow).where(SubscriptionRow.feed_id == feed.id)
        ):
            if (sub.chat_id, sub.thread_id) in taken:
                await session.delete(sub)
            else:
                sub.feed_id = other.id
        await session.execute(
            update(FeedAliasRow).where(FeedAliasRow.feed_id == feed.id).values(feed_id=other.id)
        )
        # its items go too (deliveries remember their stories by dedup key, so nothing is
        # posted twice); explicit because SQLite does not enforce foreign keys by default
        await session.execute(delete(ItemRow).where(ItemRow.feed_id == feed.id))
        await session.flush()
        await session.delete(feed)
        await session.flush()
        await self._point_alias(session, old_url, other.id)
        return other

    async def _point_alias(self, session: AsyncSession, url: str, feed_id: int) -> None:
        """`url` leads to feed `feed_id` from now on (an upsert: it may lead elsewhere yet)."""
        stmt = upsert_into(session, FeedAliasRow.__table__).values(url=url, feed_id=feed_id)
        await session.execute(
            stmt.on_conflict_do_update(index_elements=["url"], set_={"feed_id": feed_id})
        )

    # -- enrichment ----------------------------------------------------------------------

    async def items_to_enrich(self, limit: int = 20) -> list[EnrichJob]:
        """Teaser-only items that have a link and no article gist yet, newest first."""
        async with self._db.sessions() as session:
            rows = await session.scalars(
                select(ItemRow)
                .where(
                    ItemRow.teaser.is_(True), ItemRow.enriched.is_(False), ItemRow.link.is_not(None)
                )
                .order_by(ItemRow.first_seen.desc(), ItemRow.id.desc())
                .limit(limit)
            )
            return [EnrichJob(r.id, r.link or "", r.summary) for r in rows]

    async def save_enrichment(
        self, item_id: int, gist: str | None, highlight: str | None = None
    ) -> None:
        """Record the article's gist (None: fetching failed; the feed text stays the summary)."""
        async with writing(self._db) as session:
            row = await session.get(ItemRow, item_id)
            if row is not None:
                row.gist, row.highlight, row.enriched = gist, highlight, True
