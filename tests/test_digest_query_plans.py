"""The statements a digest's life runs use indexes on the tables that grow with every digest
(issue 21): a scan there makes each send slower as the bot ages. SQLite's EXPLAIN QUERY PLAN on
the statements the store really issued, captured as they ran."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlalchemy import event

from bot.digest.build import DigestOptions, plan_digest
from tests.digest_helpers import T0, item, open_store, outcome

FEED = "https://news.example/feed.xml"
# rows added by every digest, kept for weeks: never scanned per message or per chat
GROWING = ("digest_deliveries", "digest_messages", "digest_runs", "digest_items",
           "digest_story_marks")  # fmt: skip


async def test_sending_a_digest_scans_no_table_that_grows(tmp_path: Path) -> None:
    path = tmp_path / "plans.sqlite3"
    db, store = await open_store(path)
    await store.subscribe(-100, FEED, now=T0)
    feed = await store.find_feed(FEED)
    assert feed is not None
    await store.record_poll(outcome(feed.id, FEED, T0, [item(n) for n in range(1, 4)]))
    statements: list[tuple[str, object]] = []

    def record(conn, cursor, statement, parameters, context, executemany) -> None:  # type: ignore[no-untyped-def]
        statements.append((statement, parameters))

    engine = db.engine.sync_engine
    event.listen(engine, "before_cursor_execute", record)
    plan = plan_digest(await store.candidates(-100), T0, DigestOptions())
    run = await store.create_run(-100, [(0, plan)], T0)
    assert run is not None
    for message in await store.pending_messages(run):
        assert await store.mark_sending(run, message.seq, attempts=message.attempts, now=T0)
        await store.mark_sent(run, message.seq, 10 + message.seq, T0, finish=True)
    event.remove(engine, "before_cursor_execute", record)
    await db.close()

    touched = [s for s in statements if any(table in s[0] for table in GROWING)]
    assert any("UPDATE digest_deliveries" in sql for sql, _ in touched)  # the send's own mark
    with sqlite3.connect(path) as conn:
        for sql, parameters in touched:
            if not sql.lstrip().upper().startswith(("SELECT", "UPDATE", "DELETE")):
                continue
            plan_rows = conn.execute(f"EXPLAIN QUERY PLAN {sql}", parameters).fetchall()
            scans = [row[-1] for row in plan_rows if row[-1].startswith("SCAN")]
            assert not [s for s in scans if s.split()[1] in GROWING], (sql, scans)
