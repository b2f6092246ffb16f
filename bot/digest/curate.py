"""What a destination's digest leaves out, and why: filter rules, stories it already had.

`Curator` keeps the chat's keyword rules (`digest_filters`) and the items each destination has
had (`digest_story_marks`), and turns a destination's candidates into a plan:

- an item already marked for this destination (merged into a shown story, filtered out, or a
  repeat) is dropped silently; runs only record the lead item of each story, the marks the rest;
- an item that the chat's rules remove is carried in the plan as `filtered` (counted in the
  footer, listed by /preview) and consumed with the digest;
- an item whose story the destination already had from another feed (same fingerprint within
  bot.digest.stories.WINDOW) is carried as a `repeat` and consumed silently.
- an item the digest's grouping puts with such a story, but that is no repeat, is carried as
  `later` coverage: a line under the digest's stories (bot.digest.story_later).

`record_in` writes the marks in the transaction that creates the run (bot.digest.delivery
hands it to `create_run`), so a run never exists without its marks; `record` is the same in a
transaction of its own.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import delete, func, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from bot.digest import planning
from bot.digest.build import Candidate, DigestOptions, DigestPlan
from bot.digest.filters import EXCLUDE, INCLUDE, FilterError, Rule, compile_rule
from bot.digest.planning import FILTERED, REPEAT, SHOWN, MarkRow, decide, mark_rows
from bot.digest.runs import DigestRuns
from bot.digest.stories import WINDOW
from bot.digest.tables import FeedRow, FilterRow, ItemRow, StoryMarkRow, SubscriptionRow
from bot.i18n import pick_language, t
from bot.storage import chats
from bot.storage.db import Database, upsert_into
from bot.storage.writes import writing
from summarizer.errors import OverBudgetError

__all__ = ["FILTERED", "REPEAT", "SHOWN", "Curator", "StoredRule", "decide", "mark_rows"]

MAX_RULES = 50  # per chat, all feeds together
MARKS_KEPT = timedelta(days=30)  # as long as items are kept (bot.digest.jobs prunes them)
# (function, *args) -> its result, off the event loop: asyncio.to_thread, or the bot's worker
# process (BotResources.run_cpu), where planning does not share the sender's core
RunCPU = Callable[..., Awaitable[Any]]


@dataclass(frozen=True, slots=True)
class StoredRule:
    """A rule as /filter lists it: `number` is its place in the chat's list, from 1."""

    number: int
    id: int
    kind: str
    text: str
    feed_id: int | None
    feed_url: str | None


class Curator:
    """Filter rules and story marks; every method is one transaction. `run_cpu` runs the
    planning (fingerprints, filters, grouping): a thread by default, the bot's worker process
    in the running bot (bot.digest.jobs)."""

    def __init__(self, db: Database, *, run_cpu: RunCPU = asyncio.to_thread) -> None:
        self._db = db
        self._run_cpu = run_cpu

    @classmethod
    def for_store(cls, store: DigestRuns) -> Curator:
        """On the digest repository's database (one engine per process)."""
        return cls(store.db)

    # -- rules ---------------------------------------------------------------------------

    async def rules(self, chat_id: int) -> list[StoredRule]:
        async with self._db.sessions() as session:
            rows = await session.execute(
                select(FilterRow, FeedRow.url)
                .outerjoin(FeedRow, FeedRow.id == FilterRow.feed_id)
                .where(FilterRow.chat_id == chat_id)
                .order_by(FilterRow.id)
            )
            return [
                StoredRule(n, row.id, row.kind, row.rule, row.feed_id, url)
                for n, (row, url) in enumerate(rows, start=1)
            ]

    async def add_rule(
        self, chat_id: int, kind: str, text: str, *, now: datetime, feed_id: int | None = None
    ) -> int:
        """Store a rule (checked by the caller with compile_rule); its number in the list."""
        if kind not in (INCLUDE, EXCLUDE):
            raise ValueError(kind)
        async with writing(self._db) as session:
            count = await session.scalar(
                select(func.count()).select_from(FilterRow).where(FilterRow.chat_id == chat_id)
            )
            if (count or 0) >= MAX_RULES:
                raise FilterError("too_many_rules", f"At most {MAX_RULES} rules per chat.",
                                  max=str(MAX_RULES))  # fmt: skip
            session.add(
                FilterRow(chat_id=chat_id, feed_id=feed_id, kind=kind, rule=text, created_at=now)
            )
            return (count or 0) + 1

    async def remove_rule(self, chat_id: int, number: int) -> StoredRule | None:
        rules = await self.rules(chat_id)
        if not 1 <= number <= len(rules):
            return None
        gone = rules[number - 1]
        async with writing(self._db) as session:
            await session.execute(delete(FilterRow).where(FilterRow.id == gone.id))
        return gone

    async def clear_rules(self, chat_id: int) -> int:
        async with writing(self._db) as session:
            result = await session.execute(delete(FilterRow).where(FilterRow.chat_id == chat_id))
            return int(result.rowcount or 0)  # type: ignore[attr-defined]

    async def move_chat(self, old_id: int, new_id: int) -> bool:
        """A group became a supergroup: its rules and marks move, the new chat's own win."""
        async with writing(self._db) as session:
            return await self.move_chat_in(session, old_id, new_id)

    @staticmethod
    async def move_chat_in(session: AsyncSession, old_id: int, new_id: int) -> bool:
        """`move_chat` inside the caller's transaction (bot.digest.membership moves a chat's
        digests, rules and settings in one). Statements only, so a second mover (Telegram
        announces the upgrade in both chats) finds nothing left and moves nothing."""
        if old_id == new_id:
            return False
        moved = False
        if not await session.scalar(select(FilterRow.id).where(FilterRow.chat_id == new_id)):
            result = await session.execute(
                update(FilterRow).where(FilterRow.chat_id == old_id).values(chat_id=new_id)
            )
            moved |= bool(result.rowcount)  # type: ignore[attr-defined]
        taken = select(StoryMarkRow.dedup_key).where(StoryMarkRow.chat_id == new_id)
        result = await session.execute(
            update(StoryMarkRow)
            .where(StoryMarkRow.chat_id == old_id, StoryMarkRow.dedup_key.not_in(taken))
            .values(chat_id=new_id)
        )
        moved |= bool(result.rowcount)  # type: ignore[attr-defined]
        for table in (FilterRow, StoryMarkRow):
            await session.execute(delete(table).where(table.chat_id == old_id))
        return moved

    async def language(self, chat_id: int) -> str:
        """The chat's interface language: its filters stem words the way it speaks."""
        prefs = await chats.load_prefs(self._db, chat_id)
        return pick_language(prefs.language, None)

    async def compiled(self, chat_id: int, language: str) -> list[Rule]:
        out = []
        for rule in await self.rules(chat_id):
            try:
                terms = compile_rule(rule.text, language)
            except FilterError:
                continue  # e.g. RE2 gone since the rule was added: the rule rests
            out.append(Rule(rule.number, rule.kind, rule.text, rule.feed_id, terms))
        return out

    # -- planning ------------------------------------------------------------------------

    async def plan(
        self,
        chat_id: int,
        thread_id: int,
        candidates: Sequence[Candidate],
        now: datetime,
        options: DigestOptions,
    ) -> DigestPlan:
        """The destination's digest plan with its rules applied and known stories left out."""
        plan, _ = await self.plan_with_marks(
            chat_id, thread_id, candidates, now, options, marks=False
        )
        return plan

    async def plan_with_marks(
        self,
        chat_id: int,
        thread_id: int,
        candidates: Sequence[Candidate],
        now: datetime,
        options: DigestOptions,
        *,
        marks: bool = True,
    ) -> tuple[DigestPlan, list[MarkRow]]:
        """`plan`, and the story marks that recording it writes (`record_in`), made in the
        same call off the event loop (`marks=False`: none)."""
        lang = await self.language(chat_id)
        options = replace(
            options,
            also_label=t(lang, "digest.also"),
            filtered_label=t(lang, "digest.filtered_out"),
            later_label=t(lang, "digest.later"),
        )
        fresh = await self._unmarked(chat_id, thread_id, candidates)
        rules = await self.compiled(chat_id, lang)
        # the texts filters read (one more query) only for a chat with rules; feed ids for the
        # ranks come with the candidates
        texts = await self._feeds_and_texts(fresh) if rules else {}
        ranks = await self._feed_ranks(chat_id, thread_id)
        known = await self._known_stories(chat_id, thread_id, fresh)
        # Fingerprints, filters and story grouping are CPU work (tens of ms for hundreds of
        # candidates): off the loop, so it keeps serving updates (and sending) meanwhile.
        args = (chat_id, thread_id, fresh, rules, texts, known, lang, now, options, ranks, marks)
        try:
            return await self._run_cpu(planning.plan_with_marks, *args)
        except OverBudgetError:  # the worker pool broke under another call: plan here instead
            return await asyncio.to_thread(planning.plan_with_marks, *args)

    async def _unmarked(
        self, chat_id: int, thread_id: int, candidates: Sequence[Candidate]
    ) -> list[Candidate]:
        keys = {c.dedup_key for c in candidates}
        if not keys:
            return []
        async with self._db.sessions() as session:
            marked = set(
                await session.scalars(
                    select(StoryMarkRow.dedup_key).where(
                        StoryMarkRow.chat_id == chat_id,
                        StoryMarkRow.thread_id == thread_id,
                        StoryMarkRow.dedup_key.in_(keys),
                    )
                )
            )
        return [c for c in candidates if c.dedup_key not in marked]

    async def _feed_ranks(self, chat_id: int, thread_id: int) -> dict[int, int]:
        """feed id -> its place in the destination's list, 0 first: the order of /subscribe, as
        /subscriptions lists them. The best copy of a story comes from the first."""
        async with self._db.sessions() as session:
            feeds = await session.scalars(
                select(SubscriptionRow.feed_id)
                .where(SubscriptionRow.chat_id == chat_id, SubscriptionRow.thread_id == thread_id)
                .order_by(SubscriptionRow.created_at, SubscriptionRow.id)
            )
            return {feed: n for n, feed in enumerate(feeds)}

    async def _feeds_and_texts(self, candidates: Sequence[Candidate]) -> dict[int, tuple[int, str]]:
        """item id -> (feed id, the text filters read: the feed's text and the article gist)."""
        ids = [c.item_id for c in candidates]
        if not ids:
            return {}
        async with self._db.sessions() as session:
            rows = await session.execute(
                select(ItemRow.id, ItemRow.feed_id, ItemRow.summary, ItemRow.gist).where(
                    ItemRow.id.in_(ids)
                )
            )
            return {i: (f, f"{s or ''}\n{g or ''}") for i, f, s, g in rows}

    async def _known_stories(
        self, chat_id: int, thread_id: int, candidates: Sequence[Candidate]
    ) -> list[tuple[str, datetime]]:
        """Stored fingerprints of stories the destination had, near enough in time to matter."""
        if not candidates:
            return []
        earliest = min(min(c.published or c.first_seen, c.first_seen) for c in candidates)
        async with self._db.sessions() as session:
            rows = await session.execute(
                select(StoryMarkRow.story, StoryMarkRow.story_time).where(
                    StoryMarkRow.chat_id == chat_id,
                    StoryMarkRow.thread_id == thread_id,
                    StoryMarkRow.state.in_((SHOWN, REPEAT)),
                    StoryMarkRow.story_time >= earliest - WINDOW,
                )
            )
            return [(story, when) for story, when in rows]

    # -- recording -----------------------------------------------------------------------

    async def record(
        self, chat_id: int, plans: Iterable[tuple[int, DigestPlan]], now: datetime
    ) -> None:
        """Mark every item a created run consumed, with its fingerprint; forget old marks."""
        rows = mark_rows(chat_id, plans, now)
        async with writing(self._db) as session:
            await self.record_in(session, chat_id, rows, now)

    @staticmethod
    async def record_in(
        session: AsyncSession, chat_id: int, rows: list[dict[str, object]], now: datetime
    ) -> None:
        """`record` inside the caller's transaction, with rows from `mark_rows` made before it
        opened (fingerprints are CPU work: not while holding the database's write lock).
        bot.digest.delivery passes it to `create_run`, so a run and its marks are committed
        together (one write, no gap)."""
        await session.execute(
            delete(StoryMarkRow).where(
                StoryMarkRow.chat_id == chat_id, StoryMarkRow.marked_at < now - MARKS_KEPT
            )
        )
        if rows:  # executemany of one cached statement: no per-row SQL to compile
            insert = upsert_into(session, StoryMarkRow.__table__).on_conflict_do_nothing()
            await session.execute(insert, rows)
