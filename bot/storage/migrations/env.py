"""Alembic's entry point: runs the scripts on the connection `bot.storage.migrations` hands over."""

from __future__ import annotations

import asyncio
from typing import Any

from alembic import context
from sqlalchemy import Connection, TypeDecorator
from sqlalchemy.ext.asyncio import create_async_engine

from bot.storage.tables import METADATA

config = context.config


def render_item(kind: str, obj: Any, autogen_context: Any) -> str | bool:
    """Write our TypeDecorators as their plain SQL type: scripts must not import app code."""
    if kind == "type" and isinstance(obj, TypeDecorator):
        return f"sa.{type(obj.impl).__name__}()"
    return False


def _configure(**options: Any) -> None:
    context.configure(
        target_metadata=METADATA,
        render_as_batch=True,  # SQLite cannot ALTER most things: copy-and-move instead
        compare_type=True,
        render_item=render_item,
        **options,
    )


def _run(connection: Connection) -> None:
    _configure(connection=connection)
    with context.begin_transaction():
        context.run_migrations()


async def _run_async(url: str) -> None:
    engine = create_async_engine(url)
    try:
        async with engine.begin() as conn:
            await conn.run_sync(_run)
    finally:
        await engine.dispose()


connection = config.attributes.get("connection")
if connection is not None:
    _run(connection)
elif context.is_offline_mode():
    _configure(url=config.get_main_option("sqlalchemy.url"), literal_binds=True)
    with context.begin_transaction():
        context.run_migrations()
else:
    asyncio.run(_run_async(config.get_main_option("sqlalchemy.url") or ""))
