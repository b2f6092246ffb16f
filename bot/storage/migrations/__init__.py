"""Schema migrations (Alembic), shipped inside the package and applied at start by `migrate`.

`await migrate(settings.database_url)` before `open_database` brings SQLite (aiosqlite) or
PostgreSQL (asyncpg) to the newest revision in one transaction. Replicas starting together queue
on a PostgreSQL advisory lock (SQLite: BEGIN IMMEDIATE), so exactly one of them upgrades and
the others find nothing left to do. A database made before migrations existed (it has our
tables but no alembic_version) is stamped with the first revision, then upgraded.

The migrations are the only thing that creates or changes tables; the models they must match are
the ones bot.storage.tables lists. After changing a table: `python -m bot.storage.migrations
revision "what changed"` writes the next script into versions/ by comparing the models with a
scratch database at head; read it, then commit it. tests/test_migrations.py fails while models and
migrations disagree.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Connection, event, inspect, text
from sqlalchemy.ext.asyncio import create_async_engine
from sqlalchemy.pool import NullPool

from bot.storage.db import sqlite_file
from bot.storage.tables import METADATA

HERE = Path(__file__).resolve().parent
BASELINE = "0001"  # what a database with our tables but no alembic_version is taken to be
LOCK_KEY = 0x67697374  # "gist": the advisory lock upgrades queue on (PostgreSQL)


def alembic_config(connection: Connection | None = None) -> Config:
    """An Alembic config pointing at this package's scripts (no alembic.ini needed)."""
    config = Config()
    config.set_main_option("path_separator", "os")
    config.set_main_option("script_location", str(HERE))
    config.set_main_option("version_locations", str(HERE / "versions"))
    config.set_main_option("file_template", "%%(rev)s_%%(slug)s")
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def _upgrade(connection: Connection, revision: str) -> None:
    config = alembic_config(connection)
    if MigrationContext.configure(connection).get_current_revision() is None:
        ours = set(METADATA.tables)
        if ours & set(inspect(connection).get_table_names()):
            command.stamp(config, BASELINE)
    command.upgrade(config, revision)


def _engine(url: str) -> Any:
    engine = create_async_engine(url, poolclass=NullPool)
    if engine.dialect.name == "sqlite":
        # Take the write lock up front, so a second process waits instead of racing the DDL.
        @event.listens_for(engine.sync_engine, "connect")
        def _no_implicit_begin(dbapi_connection: Any, record: Any) -> None:
            dbapi_connection.isolation_level = None

        @event.listens_for(engine.sync_engine, "begin")
        def _begin_immediate(connection: Connection) -> None:
            connection.exec_driver_sql("BEGIN IMMEDIATE")

    return engine


async def migrate(url: str, revision: str = "head") -> str | None:
    """Bring the database at `url` to `revision`; returns the revision it is at afterwards."""
    settings_path = sqlite_file(url)
    if settings_path is not None:
        settings_path.parent.mkdir(parents=True, exist_ok=True)
    engine = _engine(url)
    try:
        async with engine.begin() as conn:
            if engine.dialect.name == "postgresql":
                await conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": LOCK_KEY})
            await conn.run_sync(_upgrade, revision)
        async with engine.connect() as conn:
            return await conn.run_sync(
                lambda sync: MigrationContext.configure(sync).get_current_revision()
            )
    finally:
        await engine.dispose()
