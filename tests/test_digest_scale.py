"""Digest work at scale (bench.scale, bench.scale_digest): per-item work is done once per item
however many chats follow its feed, and a digest costs few statements and commits."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import timedelta

import pytest
from sqlalchemy import event

from bot.digest import build, filters
from bot.digest.chat_limit import ChatRateLimiter
from bot.digest.curate import Curator
from bot.digest.delivery import DigestDeliverer
from bot.digest.models import ParsedItem
from bot.digest.schedule import parse_schedule
from bot.digest.store import DigestStore
from bot.storage.db import Database
from tests.digest_helpers import Clock, Kill, Telegram, digest_tick, open_store, outcome

POLITICS, WEATHER = "https://politics.example/feed.xml", "https://weather.example/feed.xml"


@pytest.fixture
def db_url(migrated_db_url: str) -> str:
    return migrated_db_url


def test_fold_normalizes_each_distinct_character_once(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: Counter[str] = Counter()
    normalize = unicodedata.normalize

    def counting(form: str, text: str) -> str:
        calls[text] += 1
        return normalize(form, text)

    filters._fold_char.cache_clear()
    monkeypatch.setattr(unicodedata, "normalize", counting)
    assert filters.fold("Plain ASCII headline, 2026") == "plain ascii headline, 2026"
    assert not calls  # ASCII: lower case is all there is to do
    assert filters.fold("Café CAFÉ café") == "cafe cafe cafe"
    assert filters.fold("Ёлка и йогурт") == "елка и йогурт"  # й is a letter, not и + accent
    assert calls and max(calls.values()) == 1  # é was folded once, not once per occurrence


STORIES = {
    "politics.example": (
        ("Council votes to rebuild the old tram depot", "Nine councillors backed the plan."),
        ("Mayor names a new head of the water board", "She ran the port for six years."),
        ("Opposition asks for a recount in the harbour ward", "The margin was eleven votes."),
    ),
    "weather.example": (
        ("Storm warning for the northern coast on Friday", "Gusts may reach a hundred km/h."),
        ("Driest spring in forty years, say forecasters", "Reservoirs stand at half."),
        ("Frost returns to the valley after a mild week", "Growers are covering vines."),
    ),
}


def _items(host: str, clock: Clock) -> list[ParsedItem]:
    published = clock.now - timedelta(hours=1)
    return [
        ParsedItem(
            guid_key=f"guid-{host}-{n}",
            dedup_key=f"{host}/story-{n}",
            link=f"https://{host}/story-{n}",
            title=title,
            summary=summary,
            teaser=False,
            published=published,
        )
        for n, (title, summary) in enumerate(STORIES[host], start=1)
    ]


async def _seed(
    db_url: str, clock: Clock, chats: dict[int, list[str]]
) -> tuple[Database, DigestStore]:
    """Each chat follows its feeds in the order given (its ranks differ from the others')."""
    db, store = await open_store(db_url)
    for chat, feeds in chats.items():
        for url in feeds:
            await store.subscribe(chat, url, now=clock())
            clock.advance(seconds=1)
        await store.set_schedule(chat, parse_schedule("every 1h UTC"), clock.now)
    for url, host in ((POLITICS, "politics.example"), (WEATHER, "weather.example")):
        feed = await store.find_feed(url)
        assert feed is not None
        await store.record_poll(outcome(feed.id, url, clock(), _items(host, clock)))
    clock.advance(hours=1, minutes=1)
    return db, store


def _deliverer(store: DigestStore, telegram: Telegram, clock: Clock) -> DigestDeliverer:
    return DigestDeliverer(
        store, telegram.send, clock=clock, limiter=ChatRateLimiter(per_minute=1000)
    )


async def test_an_items_fingerprint_is_computed_once_for_every_chat_that_gets_it(
    db_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    clock, telegram = Clock(), Telegram()
    orders = {-1000 - n: [POLITICS, WEATHER] if n % 2 else [WEATHER, POLITICS] for n in range(6)}
    db, store = await _seed(db_url, clock, orders)
    computed: Counter[str] = Counter()
    fingerprint = build.fingerprint

    def counting(title: str, *args: object, **kwargs: object):  # type: ignore[no-untyped-def]
        computed[title] += 1
        return fingerprint(title, *args, **kwargs)  # type: ignore[arg-type]

    build._item_fingerprint.cache_clear()
    monkeypatch.setattr(build, "fingerprint", counting)
    try:  # one chat at a time: two planning threads may both miss the memo at one moment
        deliverer = _deliverer(store, telegram, clock)
        reports = await digest_tick(db, store, deliverer, clock, concurrency=1)
    finally:
        await db.close()
    assert [r.status for r in reports] == ["sent"] * 6
    for chat in orders:  # every chat got all six stories, each once
        found = re.findall(r"(\w+)\.example/story-(\d)", "".join(telegram.texts(chat)))
        assert Counter(found) == {(host, str(n)): 1 for host in ("politics", "weather")
                                  for n in range(1, 4)}  # fmt: skip
    # six items, six chats that rank the two feeds differently: six fingerprints, not 36
    assert sum(computed.values()) == 6


@contextmanager
def _counting(db: Database) -> Iterator[tuple[list[str], list[int]]]:
    statements: list[str] = []
    commits: list[int] = []
    engine = db.engine.sync_engine

    def on_statement(_conn, _cursor, statement, *_: object) -> None:  # type: ignore[no-untyped-def]
        statements.append(statement)

    def on_commit(_conn) -> None:  # type: ignore[no-untyped-def]
        commits.append(1)

    event.listen(engine, "before_cursor_execute", on_statement)
    event.listen(engine, "commit", on_commit)
    try:
        yield statements, commits
    finally:
        event.remove(engine, "before_cursor_execute", on_statement)
        event.remove(engine, "commit", on_commit)


async def test_a_one_message_digest_takes_seven_commits_one_insert_per_table_one_read(
    db_url: str,
) -> None:
    clock, telegram = Clock(), Telegram()
    db, store = await _seed(db_url, clock, {-2000: [POLITICS, WEATHER]})
    try:
        with _counting(db) as (statements, commits):
            reports = await digest_tick(db, store, _deliverer(store, telegram, clock), clock)
    finally:
        await db.close()
    assert [r.status for r in reports] == ["sent"] and len(telegram.posted) == 1
    # claim, lease renewed on start, run + messages + claims + story marks, lease renewed
    # before the send, message claimed, message sent + run finished, schedule advanced + lease
    # released
    assert len(commits) == 7
    # the run's messages are not read back right after the run wrote them
    assert not any(re.search(r"\bFROM digest_messages\b", s) for s in statements)
    inserts = Counter(m.group(1) for s in statements if (m := re.match(r"\s*INSERT INTO (\w+)", s)))
    assert inserts == {"digest_runs": 1, "digest_messages": 1, "digest_deliveries": 1,
                       "digest_story_marks": 1, "leases": 1}  # fmt: skip
    # items are read once, with their feeds: a chat without filter rules needs no second look
    assert sum(1 for s in statements if re.search(r"\bFROM digest_items\b", s)) == 1


async def test_a_run_is_written_with_its_story_marks_or_not_at_all(
    db_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    clock, telegram = Clock(), Telegram()
    db, store = await _seed(db_url, clock, {-3000: [POLITICS, WEATHER]})
    record_in = Curator.record_in

    async def dying(*args: object) -> None:
        await record_in(*args)  # type: ignore[arg-type]
        raise Kill  # the process dies inside the run's transaction

    monkeypatch.setattr(Curator, "record_in", staticmethod(dying))
    try:
        with pytest.raises(Kill):
            await digest_tick(db, store, _deliverer(store, telegram, clock), clock)
        assert await store.open_run(-3000) is None  # no run without its marks
        monkeypatch.setattr(Curator, "record_in", staticmethod(record_in))
        clock.advance(minutes=6)  # the dead replica's lease lapses
        reports = await digest_tick(db, store, _deliverer(store, telegram, clock), clock)
    finally:
        await db.close()
    assert [r.status for r in reports] == ["sent"]
    found = re.findall(r"(\w+)\.example/story-(\d)", "".join(telegram.texts()))
    assert Counter(found) == {(host, str(n)): 1 for host in ("politics", "weather")
                              for n in range(1, 4)}  # fmt: skip
