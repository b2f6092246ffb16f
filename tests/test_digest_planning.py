"""Planning in another process: the bot runs a digest's planning (fingerprints, filters,
grouping) and its story marks in its worker process, so what goes there and comes back must be
picklable and give the same plan and marks as planning in a thread; a broken worker pool falls
back to a thread rather than failing the digest."""

from __future__ import annotations

import asyncio
import pickle
from concurrent.futures import ProcessPoolExecutor
from datetime import timedelta
from pathlib import Path
from typing import Any

from bot.digest import planning
from bot.digest.build import Candidate, DigestOptions
from bot.digest.curate import Curator
from bot.digest.filters import EXCLUDE
from summarizer.errors import OverBudgetError
from tests.digest_helpers import T0, open_store

CHAT = -100888
STORIES = (
    ("Ferry timetable changes in May", "The island ferry runs every forty minutes from May."),
    ("New ferry timetable from May", "From May the island ferry leaves every forty minutes."),
    ("Library opens on Sundays", "The town library will open on Sundays from noon until five."),
    ("Bridge repairs close one lane", "One lane of the river bridge closes for three weeks."),
)


def items() -> list[Candidate]:
    out = []
    for n, (title, text) in enumerate(STORIES):
        feed = "harbour" if n % 2 else "town"
        when = T0 - timedelta(hours=n)
        out.append(Candidate(n + 1, f"{feed}.example/{n}", title, f"https://{feed}.example/{n}",
                             feed, text, when, when, feed_id=1 + n % 2))  # fmt: skip
    return out


async def test_planning_in_a_worker_process_matches_a_thread(tmp_path: Path) -> None:
    db, _ = await open_store(tmp_path / "d.sqlite3")
    await Curator(db).add_rule(CHAT, EXCLUDE, "bridge", now=T0)
    loop = asyncio.get_running_loop()
    with ProcessPoolExecutor(1) as pool:

        async def in_process(fn: Any, *args: Any) -> Any:
            return await loop.run_in_executor(pool, fn, *args)

        far = await Curator(db, run_cpu=in_process).plan_with_marks(
            CHAT, 0, items(), T0, DigestOptions()
        )
    near = await Curator(db).plan_with_marks(CHAT, 0, items(), T0, DigestOptions())
    await db.close()
    assert far == near
    plan, marks = near
    assert len(plan.shown) == 2 and len(plan.filtered) == 1  # the ferry twice is one story
    assert {m["dedup_key"]: m["state"] for m in marks} == {
        "town.example/0": "shown", "harbour.example/1": "shown", "town.example/2": "shown",
        "harbour.example/3": "filtered",
    }  # fmt: skip
    assert pickle.loads(pickle.dumps(near)) == near


async def test_marks_left_out_for_a_preview(tmp_path: Path) -> None:
    db, _ = await open_store(tmp_path / "d.sqlite3")
    plan, marks = await Curator(db).plan_with_marks(
        CHAT, 0, items(), T0, DigestOptions(), marks=False
    )
    assert marks == [] and len(plan.shown) == 3
    assert await Curator(db).plan(CHAT, 0, items(), T0, DigestOptions()) == plan
    await db.close()


async def test_a_broken_worker_pool_plans_in_a_thread(tmp_path: Path) -> None:
    db, _ = await open_store(tmp_path / "d.sqlite3")
    calls: list[str] = []

    async def broken(fn: Any, *args: Any) -> Any:
        calls.append(fn.__name__)
        raise OverBudgetError(detail="worker ended")

    plan = await Curator(db, run_cpu=broken).plan(CHAT, 0, items(), T0, DigestOptions())
    await db.close()
    assert calls == [planning.plan_with_marks.__name__]
    assert len(plan.shown) == 3
