"""The bot's JobQueue: its stop waits for every job that runs, also one that started meanwhile.

PTB's `JobQueue.stop(wait=True)` (Application.stop) gathers the jobs running at the moment it is
called and then shuts APScheduler down, and the scheduler keeps starting jobs in between: a job
whose time came while the stop waited (the feed job, while the paste sweep took its
STOP_CHECK_SECONDS to notice) is not waited for. Shutting down cancels that job's APScheduler
future, but PTB runs every callback under `asyncio.shield`, so the callback goes on, untracked,
through `post_shutdown` (resources closed) and past the end of the event loop. A write
transaction it had open on SQLite then never ends: its connection keeps the database's write
lock until the garbage collector finds it, and every other replica's writer waits out the 30 s
lock wait and fails with "database is locked" (tests/test_job_queue_stop.py).

Here the stop first pauses the scheduler, so no job starts once the stop began, and then waits
until no job runs. Jobs still end promptly: each checks `application.running` and claims no
new work once it is False (bot.digest.jobs, bot.chat.paste).
"""

from __future__ import annotations

import asyncio

from telegram.ext import JobQueue

from bot.context import GistContext


class FinishingJobQueue(JobQueue[GistContext]):
    """PTB's JobQueue whose `stop` starts no job and waits for all that run."""

    async def stop(self, wait: bool = True) -> None:
        if self.scheduler.running:
            self.scheduler.pause()  # from here on, due jobs are not started (nor missed)
        if wait:
            await self.idle()
        await super().stop(wait=wait)

    async def idle(self) -> None:
        """Wait until no job runs (their APScheduler futures end with their callbacks)."""
        futures = self._executor._pending_futures  # what PTB's stop gathers
        while running := [future for future in futures if not future.done()]:
            await asyncio.gather(*running, return_exceptions=True)
