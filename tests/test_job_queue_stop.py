"""A stopping bot waits for every job that runs, also one whose time came during the stop.

PTB's JobQueue.stop waited for the jobs running when it was called and then shut the scheduler
down; a job that started meanwhile ran on under PTB's `asyncio.shield`, untracked, past
post_shutdown and the end of the event loop. Its open SQLite write transaction never ended, and
the other replica's next write waited out the 30 s lock wait: "database is locked" in its feed
job, and "bot did not stop within 30 s" (a flaky tests/test_races.py case under load). Here a
job holds the stop up as the paste sweep does (until the application stops, and a little
longer), and a frequent job that finds the application stopping writes in short transactions,
one after another, for two seconds (unwaited, it is inside one when the loop ends).
"""

from __future__ import annotations

import asyncio
from dataclasses import replace
from pathlib import Path

import pytest
from sqlalchemy import update
from telegram.ext import Application

from bot.context import GistContext
from bot.digest.feed_tick import poll_feeds
from bot.storage.heartbeats import ProcessRow
from bot.storage.writes import writing
from tests import sqlite_locks
from tests.bot_harness import RunningBot, bot_settings
from tests.digest_bot_helpers import run_in_bot
from tests.digest_helpers import T0, item, outcome
from tests.fake_telegram import FakeTelegram
from tests.servers.http import LoopbackHTTPServer
from tests.sqlite_locks import no_collector  # noqa: F401 - the fixture

HOLD_STOP_SECONDS = 0.5  # as long as a job keeps the stop waiting after the application stopped
WRITES, IN_TRANSACTION_SECONDS = 20, 0.1  # a job's short write transactions, one after another


pytestmark = pytest.mark.usefixtures("no_collector")


def another_writer_gets_in(path: Path) -> bool:
    """Whether a second connection (another replica) can write within a quarter second."""
    return sqlite_locks.another_writer_gets_in(path, "process_heartbeats", "pid")


def test_a_job_started_while_the_bot_stops_ends_before_the_bot_does(tmp_path: Path) -> None:
    started: list[str] = []
    finished: list[str] = []

    async def hold_the_stop(context: GistContext) -> None:
        while context.application.running:  # noqa: ASYNC110  # as the paste sweep polls
            await asyncio.sleep(0.02)
        await asyncio.sleep(HOLD_STOP_SECONDS)

    async def write_when_stopping(context: GistContext) -> None:
        if context.application.running:
            return
        started.append("write")
        db = context.resources.db  # taken now: post_shutdown closes the resources
        for _ in range(WRITES):  # into post_shutdown and beyond, unless waited for
            async with writing(db) as session:
                await session.execute(update(ProcessRow).values(pid=ProcessRow.pid))
                await asyncio.sleep(IN_TRANSACTION_SECONDS)
            await asyncio.sleep(0)
        finished.append("write")

    def setup(app: Application) -> None:  # type: ignore[type-arg]
        assert app.job_queue is not None
        app.job_queue.run_once(hold_the_stop, 0, name="hold-the-stop")
        app.job_queue.run_repeating(write_when_stopping, 0.02, name="write-when-stopping")

    db_path = tmp_path / "gistbot.sqlite3"
    with FakeTelegram() as tg, RunningBot(bot_settings(tg, db_path), setup=setup):
        pass
    assert finished == started  # whatever began during the stop ended before the loop did
    assert another_writer_gets_in(db_path)  # and left no write lock behind


def test_a_stopping_feed_job_leaves_the_teasers_for_a_later_run(
    tmp_path: Path, http_server: LoopbackHTTPServer
) -> None:
    """The feed job's teaser summaries (up to ENRICH_BUDGET_SECONDS of fetching and summarizing)
    do not hold a stop up: a run that finds the bot stopping leaves them to the next one."""
    page = http_server.route("/harbour/ferry.html", body="<p>The ferry runs later.</p>")
    teaser = item(1, teaser=True)
    teaser = replace(teaser, link=page)

    def no_timers(app: Application) -> None:  # type: ignore[type-arg]
        app.bot_data.digest_jobs = False  # the test runs the feed job itself

    async def store_teaser(app: Application) -> None:  # type: ignore[type-arg]
        digests = app.bot_data.digests
        await digests.subscribe(-1009003, "http://127.0.0.1:1/harbour.xml", now=T0)
        feed = await digests.find_feed("http://127.0.0.1:1/harbour.xml")
        assert feed is not None
        await digests.record_poll(outcome(feed.id, feed.url, T0, [teaser]))

    async def teasers_left(app: Application) -> int:  # type: ignore[type-arg]
        return len(await app.bot_data.digests.items_to_enrich())

    with (
        FakeTelegram() as tg,
        RunningBot(bot_settings(tg, tmp_path / "g.sqlite3"), no_timers) as bot,
    ):
        run_in_bot(bot, store_teaser)
        run_in_bot(bot, lambda app: poll_feeds(app.bot_data, app.bot, lambda: False))
        assert run_in_bot(bot, teasers_left) == 1
        assert not [r for r in http_server.requests if r.path == "/harbour/ferry.html"]
        run_in_bot(bot, lambda app: poll_feeds(app.bot_data, app.bot))  # running: summarized
        assert run_in_bot(bot, teasers_left) == 0
