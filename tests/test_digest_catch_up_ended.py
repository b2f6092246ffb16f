"""bot.digest.jobs.catch_up_ended: what waits for start-up to settle asks it.

The JobQueue drops the catch-up's run-once entry before the callback that starts the catch-up
task runs. Tests that waited for "no entry and no unfinished task" went on in that gap, and
the catch-up then ran the digest job beside their own ticks (test_digest_ahead failed about
once in 27 runs). Here the gap is held open until the test has looked.
"""

from __future__ import annotations

import asyncio
import threading
import time
from pathlib import Path

import pytest

from bot.context import GistContext
from bot.digest import jobs
from tests.bot_harness import RunningBot, bot_settings
from tests.digest_bot_helpers import DigestTelegram, controlled
from tests.digest_helpers import Clock

WAIT = 60.0  # when to give up on what is awaited: each wait ends as soon as it is seen


def test_the_catch_up_has_ended_only_once_it_has_run(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    begin = jobs._begin_catch_up
    looked = threading.Event()
    ran: list[float] = []

    async def late(context: GistContext) -> None:  # the gap, open until the test has looked
        await asyncio.to_thread(looked.wait, WAIT)
        ran.append(time.monotonic())
        await begin(context)

    monkeypatch.setattr(jobs, "_begin_catch_up", late)
    with (
        DigestTelegram() as tg,
        RunningBot(bot_settings(tg, tmp_path / "bot.sqlite3"), controlled(Clock())) as bot,
    ):
        assert bot.app is not None and bot.app.job_queue is not None
        deadline = time.monotonic() + WAIT
        while bot.app.job_queue.get_jobs_by_name("digest-catch-up"):
            assert time.monotonic() < deadline
            time.sleep(0.01)
        # no entry, no task: what the old waits took for "done"
        assert ran == [] and jobs.catch_up_task(bot.app) is None
        assert not jobs.catch_up_ended(bot.app)
        looked.set()
        while not jobs.catch_up_ended(bot.app):
            assert time.monotonic() < deadline
            time.sleep(0.01)
        assert len(ran) == 1 and jobs.catch_up_task(bot.app) is None
