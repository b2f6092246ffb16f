"""What the chat bot keeps in the database: chat settings, articles behind buttons, summary cache.

Articles are stored so Shorter/Longer buttons only need a small id in their callback data. The
summary cache is keyed by the source (normalised URL or text hash) plus the options, and expires
after `cache_ttl_seconds`. Everything is plain JSON so rows survive code changes and restarts.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import time
from dataclasses import dataclass
from typing import Any

from sqlalchemy import (
    BigInteger,
    Boolean,
    Float,
    Integer,
    String,
    Text,
    delete,
    literal,
    select,
)
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import Mapped, mapped_column

from bot.storage.db import Base, Database, upsert_into
from bot.storage.writes import writing
from summarizer.models import (
    Article,
    Figure,
    Gist,
    GistOptions,
    Quote,
    ScoredSentence,
    Summary,
)

LENGTHS: dict[str, int | None] = {"auto": None, "short": 3, "medium": 6, "long": 10}
UI_LANGUAGES = ("auto", "en", "ru")


@dataclass(frozen=True, slots=True)
class ChatPrefs:
    """One chat's choices; defaults apply until someone opens /settings."""

    length: str = "auto"
    algorithm: str | None = None  # None: the configured SUMMARY_ALGORITHM
    quotes: bool = True
    figures: bool = True
    language: str = "auto"
    auto_links: bool = False


class ChatSettingsRow(Base):
    __tablename__ = "bot_chat_settings"

    chat_id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    length: Mapped[str] = mapped_column(String(16), default="auto")
    algorithm: Mapped[str | None] = mapped_column(String(32), nullable=True)
    quotes: Mapped[bool] = mapped_column(Boolean, default=True)
    figures: Mapped[bool] = mapped_column(Boolean, default=True)
    language: Mapped[str] = mapped_column(String(8), default="auto")
    auto_links: Mapped[bool] = mapped_column(Boolean, default=False)


class ArticleRow(Base):
    __tablename__ = "bot_articles"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    source_key: Mapped[str] = mapped_column(String(80), unique=True, index=True)
    article_json: Mapped[str] = mapped_column(Text)
    created_at: Mapped[float] = mapped_column(Float)


class GistCacheRow(Base):
    __tablename__ = "bot_gist_cache"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    source_key: Mapped[str] = mapped_column(String(80), index=True)
    article_id: Mapped[int] = mapped_column(Integer)
    gist_json: Mapped[str] = mapped_column(Text)
    created_at: Mapped[float] = mapped_column(Float)


# -- chat settings ---------------------------------------------------------------------------


async def load_prefs(db: Database, chat_id: int) -> ChatPrefs:
    """The chat's settings, or the defaults."""
    async with db.sessions() as session:
        row = await session.get(ChatSettingsRow, chat_id)
    if row is None:
        return ChatPrefs()
    return ChatPrefs(
        length=row.length if row.length in LENGTHS else "auto",
        algorithm=row.algorithm,
        quotes=row.quotes,
        figures=row.figures,
        language=row.language if row.language in UI_LANGUAGES else "auto",
        auto_links=row.auto_links,
    )


async def save_prefs(db: Database, chat_id: int, prefs: ChatPrefs) -> None:
    """Insert or replace the chat's settings: one upsert, so two taps at once (on two
    replicas) both succeed, the later one's choice staying."""
    values = dataclasses.asdict(prefs)
    async with db.sessions() as session, session.begin():
        stmt = upsert_into(session, ChatSettingsRow.__table__).values(chat_id=chat_id, **values)
        await session.execute(
            stmt.on_conflict_do_update(
                index_elements=[ChatSettingsRow.chat_id],
                set_={name: stmt.excluded[name] for name in values},
            )
        )


async def move_chat_settings(db: Database, old_id: int, new_id: int) -> bool:
    """A group became a supergroup (new id): its settings follow, unless the new id has its own.
    One transaction of its own; bot.digest.membership moves them with the digests instead."""
    async with writing(db) as session:
        return await move_chat_settings_in(session, old_id, new_id)


async def move_chat_settings_in(session: AsyncSession, old_id: int, new_id: int) -> bool:
    """`move_chat_settings` inside the caller's transaction; True when this call moved them.

    Telegram announces an upgrade twice (once in each chat) and both updates may run at once,
    here or on two replicas, so this is Core statements only: INSERT ... SELECT copies the old
    row (the new id's own row, saved meanwhile, wins: on conflict nothing), then DELETE drops
    it. The second mover copies and deletes nothing; an ORM delete of the row it had loaded
    would instead expect one row and warn (SAWarning) when the first mover got there first."""
    if old_id == new_id:
        return False
    table = ChatSettingsRow.__table__
    names = [c.name for c in table.columns if c.name != "chat_id"]
    copy = select(literal(new_id, BigInteger), *(table.c[name] for name in names)).where(
        table.c.chat_id == old_id
    )
    stmt = upsert_into(session, table).from_select(["chat_id", *names], copy)
    await session.execute(stmt.on_conflict_do_nothing(index_elements=["chat_id"]))
    result = await session.execute(delete(table).where(table.c.chat_id == old_id))
    return bool(result.rowcount)  # type: ignore[attr-defined]


# -- articles and the summary cache ---------------------------------------------------------


def source_key_for_url(normalized_url: str) -> str:
    return "url:" + hashlib.sha256(normalized_url.encode()).hexdigest()


def source_key_for_text(text: str) -> str:
    return "text:" + hashlib.sha256(text.encode()).hexdigest()


def cache_key(source_key: str, options: GistOptions) -> str:
    """Same source, same options -> same key."""
    payload = json.dumps(dataclasses.asdict(options), sort_keys=True)
    return hashlib.sha256(f"{source_key}|{payload}".encode()).hexdigest()


async def save_article(db: Database, source_key: str, article: Article) -> int:
    """Store (or refresh) the article behind a source; returns its id for callback data.
    One upsert: replicas (or requests) storing the same source at once share the row."""
    payload = json.dumps(dataclasses.asdict(article), ensure_ascii=False)
    async with db.sessions() as session, session.begin():
        stmt = upsert_into(session, ArticleRow.__table__).values(
            source_key=source_key, article_json=payload, created_at=time.time()
        )
        stmt = stmt.on_conflict_do_update(
            index_elements=[ArticleRow.source_key],
            set_={
                "article_json": stmt.excluded.article_json,
                "created_at": stmt.excluded.created_at,
            },
        ).returning(ArticleRow.id)
        return (await session.execute(stmt)).scalar_one()


async def load_article(db: Database, article_id: int) -> Article | None:
    async with db.sessions() as session:
        row = await session.get(ArticleRow, article_id)
    return None if row is None else Article(**json.loads(row.article_json))


async def cached_gist(db: Database, key: str, ttl: float) -> tuple[Gist, int] | None:
    """A cached gist and its article id, unless missing or older than `ttl` seconds."""
    async with db.sessions() as session:
        row = await session.get(GistCacheRow, key)
    if row is None or row.created_at < time.time() - ttl:
        return None
    return gist_from_json(row.gist_json), row.article_id


async def cache_gist(db: Database, key: str, source_key: str, article_id: int, gist: Gist) -> None:
    """Store a gist under its cache key: one upsert, so replicas caching the same key at once
    both succeed (the last write stays; both are the same gist)."""
    values = {
        "key": key,
        "source_key": source_key,
        "article_id": article_id,
        "gist_json": gist_to_json(gist),
        "created_at": time.time(),
    }
    async with db.sessions() as session, session.begin():
        stmt = upsert_into(session, GistCacheRow.__table__).values(**values)
        await session.execute(
            stmt.on_conflict_do_update(
                index_elements=[GistCacheRow.key],
                set_={name: stmt.excluded[name] for name in values if name != "key"},
            )
        )


async def purge_expired(db: Database, ttl: float) -> None:
    """Drop cache rows past their TTL (articles stay a few TTLs for old buttons)."""
    now = time.time()
    async with db.sessions() as session, session.begin():
        await session.execute(delete(GistCacheRow).where(GistCacheRow.created_at < now - ttl))
        await session.execute(delete(ArticleRow).where(ArticleRow.created_at < now - 7 * ttl))


def gist_to_json(gist: Gist) -> str:
    return json.dumps(dataclasses.asdict(gist), ensure_ascii=False)


def gist_from_json(payload: str) -> Gist:
    data: dict[str, Any] = json.loads(payload)
    summary = dict(data["summary"])
    summary["sentences"] = tuple(ScoredSentence(**s) for s in summary["sentences"])
    return Gist(
        article=Article(**data["article"]),
        summary=Summary(**summary),
        quotes=tuple(Quote(**q) for q in data["quotes"]),
        figures=tuple(Figure(**f) for f in data["figures"]),
    )
