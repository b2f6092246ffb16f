"""Throwaway databases for tests: a SQLite file, or a fresh PostgreSQL database per test.

PostgreSQL comes from GISTBOT_TEST_POSTGRES_URL (any database on the server the role may connect
to, e.g. postgresql+asyncpg://postgres@127.0.0.1:5432/test; .ci/run sets it). Each test gets its
own `gistbot_t_<random>` database, dropped afterwards, so tests never see each other's rows.
"""

from __future__ import annotations

import contextlib
import os
import uuid
from collections.abc import AsyncIterator

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


@contextlib.asynccontextmanager
async def scratch_postgres(base_url: str) -> AsyncIterator[str]:
    """Create an empty database next to `base_url`'s; yield its SQLAlchemy URL; drop it."""
    name = f"gistbot_t_{uuid.uuid4().hex[:12]}"
    admin = await asyncpg.connect(_plain_dsn(base_url))
    try:
        await admin.execute(f'CREATE DATABASE "{name}"')
    finally:
        await admin.close()
    try:
        yield make_url(base_url).set(database=name).render_as_string(hide_password=False)
    finally:
        admin = await asyncpg.connect(_plain_dsn(base_url))
        try:
            await admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        finally:
            await admin.close()


async def migrated_database(url: str) -> Database:
    """The database at `url`, brought to the newest schema by the bot's own migrations (run in
    this process: the bot starts a child for them, which would cost every test a Python start)."""
    await migrate(url)
    return await open_database(url)
