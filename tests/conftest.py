"""Shared fixtures. Keep this to fixtures several test files use; append, don't rewrite."""

from __future__ import annotations

import asyncio
import os
import shutil
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from hypothesis import HealthCheck, settings

from tests.servers.http import LoopbackHTTPServer

if TYPE_CHECKING:
    from tests.databases import MigratedTemplates


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


@pytest.fixture(scope="session")
def _migrated_templates(tmp_path_factory: pytest.TempPathFactory) -> Iterator[MigratedTemplates]:
    from tests.databases import MigratedTemplates

    templates = MigratedTemplates(tmp_path_factory.mktemp("templates"))
    yield templates
    asyncio.run(templates.drop())


@pytest.fixture(params=["sqlite", "postgresql"])
async def migrated_db_url(
    request: pytest.FixtureRequest, tmp_path: Path, _migrated_templates: MigratedTemplates
) -> AsyncIterator[str]:
    """Like `db_url`, but at the newest schema already: a copy of a database the migrations
    brought to head once a session. For tests that need the tables, not the migrating; a module
    takes it for its `db_url` with `def db_url(migrated_db_url): return migrated_db_url`."""
    from tests.databases import PG_SKIP_REASON, postgres_base_url, scratch_postgres

    if request.param == "sqlite":
        path = tmp_path / "gistbot.sqlite3"
        shutil.copyfile(await _migrated_templates.sqlite(), path)
        yield f"sqlite+aiosqlite:///{path}"
        return
    base = postgres_base_url()
    if base is None:
        pytest.skip(PG_SKIP_REASON)
    template = await _migrated_templates.postgres(base)
    async with scratch_postgres(base, template=template) as url:
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
