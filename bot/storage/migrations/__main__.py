"""`python -m bot.storage.migrations revision "message"`: write the next migration script.

`python -m bot.storage.migrations upgrade`: bring the database at $GISTBOT_MIGRATE_URL to head (what
`bot.storage.schema.ensure_schema` runs at start, so the bot itself never imports Alembic).

The models are compared with a scratch SQLite database upgraded to head; the script lands in
bot/storage/migrations/versions/ numbered after the last one. Read it before committing
(autogenerate cannot see renames, and a new NOT NULL column on a filled table needs a server
default).
"""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from alembic import command
from sqlalchemy.ext.asyncio import create_async_engine

from bot.storage.migrations import HERE, alembic_config, migrate
from bot.storage.schema import URL_VARIABLE


def _next_rev() -> str:
    numbers = [int(p.name[:4]) for p in (HERE / "versions").glob("[0-9][0-9][0-9][0-9]_*.py")]
    return f"{max(numbers, default=0) + 1:04d}"


async def _revision(message: str) -> str | None:
    with tempfile.TemporaryDirectory() as folder:
        url = f"sqlite+aiosqlite:///{Path(folder) / 'scratch.sqlite3'}"
        if any((HERE / "versions").glob("[0-9]*.py")):
            await migrate(url)
        engine = create_async_engine(url)
        try:
            async with engine.begin() as conn:
                script = await conn.run_sync(
                    lambda sync: command.revision(
                        alembic_config(sync), message, autogenerate=True, rev_id=_next_rev()
                    )
                )
        finally:
            await engine.dispose()
    return None if script is None or isinstance(script, list) else script.path


def main(argv: list[str]) -> int:
    if argv == ["upgrade"] and os.environ.get(URL_VARIABLE):
        asyncio.run(migrate(os.environ[URL_VARIABLE]))
        return 0
    if len(argv) != 2 or argv[0] != "revision":
        print(__doc__.split("\n\n")[0], file=sys.stderr)
        return 2
    path = asyncio.run(_revision(argv[1]))
    if path is not None:  # house style, so `ruff check .` in CI stays clean
        subprocess.run(["ruff", "format", "--quiet", path], check=False)
        subprocess.run(["ruff", "check", "--fix", "--quiet", path], check=False)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
