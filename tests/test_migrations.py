"""Migrations on SQLite and PostgreSQL: applied at start, idempotent, safe to race, and in step
with the models (a table change without a migration fails here)."""

from __future__ import annotations

import asyncio
import importlib
import pkgutil
from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import inspect, text
from sqlalchemy.ext.asyncio import create_async_engine

import bot
from bot.storage.db import Base, open_database
from bot.storage.migrations import BASELINE, alembic_config, migrate
from bot.storage.schema import HEAD, MigrationError, current_revision, ensure_schema
from bot.storage.tables import METADATA, MODELS
from tests.child import run_python


def _head() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


async def _tables(url: str) -> set[str]:
    engine = create_async_engine(url)
    try:
        async with engine.connect() as conn:
            return set(await conn.run_sync(lambda sync: inspect(sync).get_table_names()))
    finally:
        await engine.dispose()


async def test_migrate_creates_every_table_once(db_url: str) -> None:
    assert await migrate(db_url) == _head()
    assert await _tables(db_url) == set(METADATA.tables) | {"alembic_version"}
    assert await migrate(db_url) == _head()  # the second start finds nothing to do


async def test_models_and_migrations_agree(db_url: str) -> None:
    """Fails when a table changed without a migration (`python -m bot.storage.migrations
    revision` writes one)."""
    await migrate(db_url)
    engine = create_async_engine(db_url)
    try:
        async with engine.connect() as conn:
            diff = await conn.run_sync(
                lambda sync: compare_metadata(
                    MigrationContext.configure(sync, opts={"compare_type": True}), METADATA
                )
            )
    finally:
        await engine.dispose()
    assert diff == []


async def test_replicas_starting_together_migrate_once(db_url: str) -> None:
    results = await asyncio.gather(*(migrate(db_url) for _ in range(4)))
    assert results == [_head()] * 4
    engine = create_async_engine(db_url)
    try:
        async with engine.connect() as conn:
            versions = (await conn.execute(text("SELECT version_num FROM alembic_version"))).all()
    finally:
        await engine.dispose()
    assert [v[0] for v in versions] == [_head()]


async def test_database_made_before_migrations_is_adopted(db_url: str) -> None:
    # what gistbot made before it had migrations: the first revision's tables, no alembic_version
    await migrate(db_url, BASELINE)
    db = await open_database(db_url)
    try:
        async with db.engine.begin() as conn:
            await conn.execute(text("DROP TABLE alembic_version"))
            await conn.execute(
                text(
                    "INSERT INTO leases (kind, key, owner, expires_at, token) "
                    "VALUES ('digest', '1', 'old', '2026-01-01 00:00:00', 4)"
                )
            )
    finally:
        await db.close()
    assert await migrate(db_url) == _head()
    db = await open_database(db_url)
    try:
        async with db.engine.connect() as conn:
            token = (await conn.execute(text("SELECT token FROM leases"))).scalar_one()
    finally:
        await db.close()
    assert token == 4  # kept: stamped, not re-created


def test_the_bots_head_is_alembics_head() -> None:
    """Fails after `python -m bot.storage.migrations revision` until bot/storage/schema.py's HEAD
    names it."""
    assert _head() == HEAD


async def test_start_upgrades_in_a_child_process_and_only_when_needed(db_url: str) -> None:
    assert await current_revision(db_url) is None
    assert await ensure_schema(db_url) is True  # a new database: the child upgraded it
    assert await current_revision(db_url) == HEAD
    assert await _tables(db_url) == set(METADATA.tables) | {"alembic_version"}
    assert await ensure_schema(db_url) is False  # at head: nothing to run


def test_the_bot_process_never_imports_alembic(tmp_path) -> None:  # type: ignore[no-untyped-def]
    url = f"sqlite+aiosqlite:///{tmp_path / 'bot.sqlite3'}"
    imported = run_python(
        "import asyncio, sys\n"
        "from bot.storage.schema import ensure_schema\n"
        "import bot.app\n"
        f"print(asyncio.run(ensure_schema({url!r})), 'alembic' in sys.modules)"
    )
    assert imported == "True False"


async def test_a_failed_upgrade_stops_the_start_with_a_short_reason(tmp_path) -> None:  # type: ignore[no-untyped-def]
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    url = f"sqlite+aiosqlite:///{blocker / 'gistbot.sqlite3'}"  # its folder cannot be made
    try:
        await ensure_schema(url)
    except MigrationError as error:
        message = str(error)
    else:
        raise AssertionError("no MigrationError")
    assert message.startswith("database upgrade failed: ")
    assert "\n" not in message and len(message) < 300


def _import_every_bot_module() -> None:
    """Import all of bot/ but the migration scripts (Alembic runs those) and `__main__`s."""
    for module in pkgutil.walk_packages(bot.__path__, "bot."):
        if module.name.endswith("__main__") or module.name.startswith("bot.storage.migrations"):
            continue
        importlib.import_module(module.name)


def test_every_table_declared_anywhere_is_in_the_one_list() -> None:
    """A model on Base that bot.storage.tables does not list would be missed by Alembic."""
    _import_every_bot_module()
    listed = {model.__table__.name for model in MODELS}  # type: ignore[attr-defined]
    assert len(listed) == len(MODELS)
    assert set(Base.metadata.tables) == listed
    assert METADATA is Base.metadata


def test_only_the_migrations_create_tables() -> None:
    """One schema owner: nothing in bot/ outside the migration scripts calls create_all."""
    root = Path(bot.__file__).parent
    offenders = [
        str(path.relative_to(root))
        for path in root.rglob("*.py")
        if "create_all" in path.read_text(encoding="utf-8")
    ]
    assert offenders == []


async def test_opening_a_database_creates_no_tables(db_url: str) -> None:
    db = await open_database(db_url)
    await db.close()
    assert await _tables(db_url) == set()
