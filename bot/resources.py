"""The long-lived things every handler shares, reached as `context.resources`.

PTB creates this object empty (as `bot_data`); `bot.app` hands it the settings, `post_init` opens
the fetcher, the process pool and the database, and `post_shutdown` closes them again. While open,
the process beats its heartbeat row (bot.storage.heartbeats); closing marks it stopped, so the
leases it held are free for the other replicas (or its successor) at once.
"""

from __future__ import annotations

import asyncio
import logging
import multiprocessing
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import AsyncExitStack
from datetime import UTC, datetime
from typing import TYPE_CHECKING, TypeVar

from bot import work
from bot.digest.store import DigestStore
from bot.memory import limit_malloc_arenas
from bot.metrics import Metrics
from bot.storage import chats
from bot.storage.db import Database, open_database
from bot.storage.heartbeats import Heartbeat
from bot.storage.leases import owner_id
from bot.storage.ratelimit import DbRateLimiter
from bot.storage.schema import ensure_schema
from config.settings import Settings
from summarizer.errors import OverBudgetError

if TYPE_CHECKING:
    from bot.digest.delivery import DigestDeliverer
    from summarizer.web.fetch import Fetcher

log = logging.getLogger(__name__)
T = TypeVar("T")


class NotOpenError(RuntimeError):
    """A resource was used before post_init opened it (or after shutdown)."""


class BotResources:
    """Settings, fetcher, worker pool, database and rate limiter for one running bot."""

    def __init__(self) -> None:
        self._settings: Settings | None = None
        self._fetcher: Fetcher | None = None
        self._pool: ProcessPoolExecutor | None = None
        self._db: Database | None = None
        self._stack: AsyncExitStack | None = None
        self._limiter: DbRateLimiter | None = None
        self.metrics = Metrics()  # this process's counts, served on /metrics in webhook mode
        self.owner = owner_id()  # names this replica on the leases it takes
        self._digests: DigestStore | None = None
        self.deliverer: DigestDeliverer | None = None  # set by bot.digest.jobs at start-up
        self.clock: Callable[[], datetime] = lambda: datetime.now(UTC)  # tests replace it
        self.digest_jobs = True  # False: no repeating jobs (tests drive bot.digest.jobs)

    def configure(self, settings: Settings) -> None:
        self._settings = settings

    @property
    def settings(self) -> Settings:
        if self._settings is None:
            raise NotOpenError("settings were not configured")
        return self._settings

    @property
    def limiter(self) -> DbRateLimiter:
        """Per-user request limit, kept in the database so every replica counts alike."""
        if self._limiter is None:
            raise NotOpenError("the database is not open")
        return self._limiter

    @property
    def fetcher(self) -> Fetcher:
        if self._fetcher is None:
            raise NotOpenError("the fetcher is not open")
        return self._fetcher

    @property
    def pool(self) -> ProcessPoolExecutor:
        if self._pool is None:
            raise NotOpenError("the worker pool is not running")
        return self._pool

    @property
    def db(self) -> Database:
        if self._db is None:
            raise NotOpenError("the database is not open")
        return self._db

    @property
    def digests(self) -> DigestStore:
        if self._digests is None:
            raise NotOpenError("the database is not open")
        return self._digests

    async def open(self) -> None:
        """Open everything; on failure, close what was opened and re-raise."""
        from summarizer.web.fetch import Fetcher

        settings = self.settings
        limit_malloc_arenas()  # before the database's threads start (bot.memory)
        async with AsyncExitStack() as stack:
            await ensure_schema(settings.database_url)  # polling and webhook alike, first
            self._db = await open_database(settings.database_url)
            stack.push_async_callback(self._db.close)
            # before any lease is taken; stopped (and marked so) before the database closes
            heartbeat = Heartbeat(
                self._db,
                self.owner,
                every=settings.heartbeat_seconds,
                stale_after=settings.heartbeat_timeout_seconds,
            )
            await heartbeat.start()
            stack.push_async_callback(heartbeat.stop)
            self._limiter = DbRateLimiter(self._db, settings.rate_limit_per_minute)
            await chats.purge_expired(self._db, settings.cache_ttl_seconds)
            self._digests = DigestStore(self._db, default_max_items=settings.digest_max_items)
            self._fetcher = await stack.enter_async_context(Fetcher(settings.fetch_policy()))
            self._pool = self._new_pool()
            stack.callback(self._pool.shutdown, wait=False, cancel_futures=True)
            self._stack = stack.pop_all()

    async def close(self) -> None:
        stack, self._stack = self._stack, None
        self._fetcher = self._pool = self._db = self._limiter = None
        self._digests = self.deliverer = None
        if stack is not None:
            await stack.aclose()

    def _new_pool(self) -> ProcessPoolExecutor:
        # spawn, not fork: the parent runs threads (aiosqlite, httpx) that fork would copy mid-state
        work.single_thread_blas()  # in the environment the workers inherit, before numpy loads
        pool = ProcessPoolExecutor(
            max_workers=self.settings.worker_processes,
            mp_context=multiprocessing.get_context("spawn"),
            initializer=work.warm_up,
        )
        for _ in range(self.settings.worker_processes):  # start every worker now, not on demand
            pool.submit(int)
        return pool

    def restart_pool(self) -> None:
        """Replace a broken pool (a worker died) so the next request works again."""
        old, self._pool = self._pool, self._new_pool()
        if old is not None:
            old.shutdown(wait=False, cancel_futures=True)
        log.warning("worker pool restarted")

    async def run_cpu(self, fn: Callable[..., T], *args: object) -> T:
        """Run `fn(*args)` in the worker pool without blocking the event loop, within
        CPU_BUDGET_SECONDS of work (counted from when a worker starts it, not while it queues).

        A call over budget ends its worker (bot.work.within_budget). That breaks the pool: it is
        replaced here, and every call it held raises OverBudgetError, the others too, because
        ProcessPoolExecutor fails them all. A worker that dies of anything else (out of memory)
        is handled the same way, so callers see no BrokenProcessPool.
        """
        pool = self.pool
        budget = self.settings.cpu_budget_seconds
        loop = asyncio.get_running_loop()
        try:
            return await loop.run_in_executor(pool, work.within_budget, budget, fn, *args)
        except BrokenProcessPool:
            if self._pool is pool:  # the first caller to notice replaces it
                self.restart_pool()
            raise OverBudgetError(detail=f"{getattr(fn, '__name__', fn)}: worker ended") from None
