"""Shared fixtures. Keep this to fixtures several test files use; append, don't rewrite."""

from __future__ import annotations

import os
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

from tests.servers.http import LoopbackHTTPServer


@pytest.fixture(scope="session")
def _loopback_http_server() -> Iterator[LoopbackHTTPServer]:
    with LoopbackHTTPServer() as server:
        yield server


@pytest.fixture
def http_server(_loopback_http_server: LoopbackHTTPServer) -> Iterator[LoopbackHTTPServer]:
    """The loopback HTTP server (tests/servers/http.py), with no routes and no request log."""
    _loopback_http_server.reset()
    yield _loopback_http_server
    _loopback_http_server.reset()


@pytest.fixture(params=["sqlite", "postgresql"])
async def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> AsyncIterator[str]:
    """An empty database URL, once per backend: a SQLite file, then a fresh PostgreSQL database
    (tests/databases.py; skipped with the reason when GISTBOT_TEST_POSTGRES_URL is unset)."""
    from tests.databases import PG_SKIP_REASON, postgres_base_url, scratch_postgres

    if request.param == "sqlite":
        yield f"sqlite+aiosqlite:///{tmp_path / 'gistbot.sqlite3'}"
        return
    base = postgres_base_url()
    if base is None:
        pytest.skip(PG_SKIP_REASON)
    async with scratch_postgres(base) as url:
        yield url


# -- hypothesis profiles (tests/fuzz, docs/fuzzing.md) -------------------------------------------
# "ci", the default: few examples, the same ones on every run (derandomize), nothing written to
# disk, no deadline (a busy 2-core machine is not a failure). "long": thousands of new examples,
# with failures kept in .hypothesis/ to replay. Chosen by HYPOTHESIS_PROFILE.
settings.register_profile(
    "ci",
    max_examples=60,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.register_profile(
    "long", max_examples=3000, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))
