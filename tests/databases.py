"""Throwaway databases for tests: a SQLite file, or a fresh PostgreSQL database per test.

PostgreSQL comes from GISTBOT_TEST_POSTGRES_URL (any database on the server the role may connect
to, e.g. postgresql+asyncpg://postgres@127.0.0.1:5432/test; .ci/run sets it). Each test gets its
own `gistbot_t_<random>` database, dropped afterwards, so tests never see each other's rows:
empty, or copied from a template at the newest schema (MigratedTemplates).
"""

from __future__ import annotations

import contextlib
import os
import uuid
from collections.abc import AsyncIterator
from pathlib import Path

import asyncpg
from sqlalchemy.engine import make_url

from bot.storage.db import Database, open_database
from bot.storage.migrations import migrate

PG_ENV = "GISTBOT_TEST_POSTGRES_URL"
PG_SKIP_REASON = (
    f"no PostgreSQL server configured: set {PG_ENV} "
    "(e.g. postgresql+asyncpg://postgres@127.0.0.1:5432/test; .ci/run does)"
)


def postgres_base_url() -> str | None:
    return os.environ.get(PG_ENV) or None


def _plain_dsn(url: str) -> str:
    """The SQLAlchemy URL as a libpq DSN asyncpg understands."""
    return make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)


def _database_url(base_url: str, name: str) -> str:
    return make_url(base_url).set(database=name).render_as_string(hide_password=False)


async def _admin(base_url: str, statement: str) -> None:
    admin = await asyncpg.connect(_plain_dsn(base_url))
    try:
        await admin.execute(statement)
    finally:
        await admin.close()


@contextlib.asynccontextmanager
async def scratch_postgres(base_url: str, template: str | None = None) -> AsyncIterator[str]:
    """Create a database next to `base_url`'s (empty, or a copy of the database `template`);
    yield its SQLAlchemy URL; drop it."""
    name = f"gistbot_t_{uuid.uuid4().hex[:12]}"
    copy = f' TEMPLATE "{template}"' if template else ""
    await _admin(base_url, f'CREATE DATABASE "{name}"{copy}')
    try:
        yield _database_url(base_url, name)
    finally:
        await _admin(base_url, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


class MigratedTemplates:
    """A database at the newest schema per backend, migrated once (a test session) by the bot's
    own migrations and copied for each test that wants one: a PostgreSQL migration costs ~0.3 s,
    CREATE DATABASE ... TEMPLATE about nothing over an empty one; a SQLite file is copied."""

    def __init__(self, folder: Path) -> None:
        self._folder = folder
        self._sqlite: Path | None = None
        self._postgres: dict[str, str] = {}  # base URL -> template database name

    async def sqlite(self) -> Path:
        if self._sqlite is None:
            path = self._folder / "template.sqlite3"
            await migrate(f"sqlite+aiosqlite:///{path}")
            self._sqlite = path
        return self._sqlite

    async def postgres(self, base_url: str) -> str:
        if base_url not in self._postgres:
            name = f"gistbot_tpl_{uuid.uuid4().hex[:12]}"
            await _admin(base_url, f'CREATE DATABASE "{name}"')
            self._postgres[base_url] = name  # dropped by drop() even if migrating fails
            await migrate(_database_url(base_url, name))
        return self._postgres[base_url]

    async def drop(self) -> None:
        for base_url, name in self._postgres.items():
            await _admin(base_url, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        self._postgres.clear()


async def migrated_database(url: str) -> Database:
    """The database at `url`, brought to the newest schema by the bot's own migrations (run in
    this process: the bot starts a child for them, which would cost every test a Python start)."""
    await migrate(url)
    return await open_database(url)
