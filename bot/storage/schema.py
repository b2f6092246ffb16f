"""The database schema at start: checked by the bot, upgraded by a short-lived child process.

Alembic and the migration scripts cost a process ~15 MB that it keeps for life, to run once
(docs/performance.md). So the bot only reads which revision the database is at (plain SQL
through SQLAlchemy, which it uses anyway); when that is not HEAD, `python -m bot.storage.migrations
upgrade` brings the database there and exits. Replicas starting together still queue on the
lock inside `bot.storage.migrations.migrate`, so exactly one of them upgrades.
"""

from __future__ import annotations

import asyncio
import os
import sys

from sqlalchemy import inspect, text
from sqlalchemy.ext.asyncio import create_async_engine
from sqlalchemy.pool import NullPool

from bot.storage.db import sqlite_file

HEAD = "0007"  # the newest script in bot/storage/migrations/versions (test_migrations checks)
URL_VARIABLE = "GISTBOT_MIGRATE_URL"  # how the child gets the URL: not on its command line


class MigrationError(RuntimeError):
    """The schema upgrade failed; the bot must not start on a database it cannot use."""


async def current_revision(url: str) -> str | None:
    """The database's Alembic revision; None for a new or pre-migrations database."""
    path = sqlite_file(url)
    if path is not None and not path.exists():
        return None  # don't let the check create the file
    engine = create_async_engine(url, poolclass=NullPool)
    try:
        async with engine.connect() as conn:
            if not await conn.run_sync(lambda sync: inspect(sync).has_table("alembic_version")):
                return None
            return (await conn.execute(text("SELECT version_num FROM alembic_version"))).scalar()
    finally:
        await engine.dispose()


async def ensure_schema(url: str) -> bool:
    """Bring the database to HEAD; True when an upgrade ran (in a child process)."""
    if await current_revision(url) == HEAD:
        return False
    child = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "bot.storage.migrations",
        "upgrade",
        env={**os.environ, URL_VARIABLE: url},
        stdout=asyncio.subprocess.DEVNULL,
        stderr=asyncio.subprocess.PIPE,
    )
    _, errors = await child.communicate()
    if child.returncode != 0:
        lines = errors.decode("utf-8", "replace").strip().splitlines()
        raise MigrationError(f"database upgrade failed: {lines[-1] if lines else child.returncode}")
    return True
