"""Whether SQLite's write lock was left behind: for the tests of cancelled writes and of a bot's
stop (a leaked connection keeps the one write lock of the whole file until it is collected)."""

from __future__ import annotations

import gc
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest


@pytest.fixture
def no_collector() -> Iterator[None]:
    """The garbage collector would close a leaked connection by chance: keep it out of the way."""
    gc.disable()
    yield
    gc.enable()


def another_writer_gets_in(path: Path, table: str, column: str) -> bool:
    """Whether a second connection (another replica) can write `table` within a quarter second."""
    other = sqlite3.connect(path, timeout=0.25)
    try:
        other.execute(f"UPDATE {table} SET {column} = {column}")
        other.commit()
        return True
    except sqlite3.OperationalError:  # "database is locked"
        return False
    finally:
        other.close()
