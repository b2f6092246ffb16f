"""The curator on a real SQLite file: rules kept across a reopen, marks that stop a story from
coming back under another feed's URL, and a supergroup upgrade moving both."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from bot.digest.build import Candidate, DigestOptions
from bot.digest.curate import Curator
from bot.digest.filters import EXCLUDE, INCLUDE
from tests.digest_helpers import T0, open_store

CHAT = -100777
CRANES = (
    "Gale topples two cranes at Holm shipyard",
    "Winds of 140 km/h knocked over two cranes at the Holm shipyard on Monday night.",
)
CRANES_AGAIN = (
    "Holm shipyard loses two cranes in 140 km/h gale",
    "Two cranes at the Holm shipyard fell in Monday night's gale of 140 km/h.",
)
MARKET = (
    "Fish market moves to the old quay",
    "The fish market moves to the old quay in spring while the hall is rebuilt.",
)


def cand(n: int, story: tuple[str, str], feed: str, hours: float = 0) -> Candidate:
    when = T0 + timedelta(hours=hours)
    return Candidate(n, f"{feed}.example/{n}", story[0], f"https://{feed}.example/{n}", feed,
                     story[1], when, when)  # fmt: skip


async def test_rules_numbered_removed_and_kept_after_reopening(tmp_path: Path) -> None:
    db, _ = await open_store(tmp_path / "d.sqlite3")
    books = Curator(db)
    assert await books.add_rule(CHAT, EXCLUDE, "transfer", now=T0) == 1
    assert await books.add_rule(CHAT, INCLUDE, '"night ferry"', now=T0) == 2
    assert await books.add_rule(CHAT, EXCLUDE, "weather", now=T0) == 3
    gone = await books.remove_rule(CHAT, 2)
    assert gone is not None and gone.text == '"night ferry"'
    assert await books.remove_rule(CHAT, 7) is None
    await db.close()
    db, _ = await open_store(tmp_path / "d.sqlite3")
    rules = await Curator(db).rules(CHAT)
    assert [(r.number, r.kind, r.text) for r in rules] == [(1, EXCLUDE, "transfer"),
                                                           (2, EXCLUDE, "weather")]  # fmt: skip
    assert await Curator(db).clear_rules(CHAT) == 2 and await Curator(db).rules(CHAT) == []
    await db.close()


async def test_a_delivered_story_is_not_delivered_again_from_another_feed(tmp_path: Path) -> None:
    db, _ = await open_store(tmp_path / "d.sqlite3")
    books = Curator(db)
    first = await books.plan(CHAT, 0, [cand(1, CRANES, "gazette")], T0, DigestOptions())
    assert [s.lead.item_id for s in first.shown] == [1]
    await books.record(CHAT, [(0, first)], T0)
    later = [cand(2, CRANES_AGAIN, "radio", hours=3), cand(3, MARKET, "radio", hours=3)]
    second = await books.plan(CHAT, 0, later, T0 + timedelta(hours=4), DigestOptions())
    assert [s.lead.item_id for s in second.shown] == [3]
    assert [c.item_id for c in second.repeats] == [2]
    await books.record(CHAT, [(0, second)], T0 + timedelta(hours=4))
    # consumed: neither comes back, and another topic of the chat is a destination of its own
    third = await books.plan(CHAT, 0, later, T0 + timedelta(hours=5), DigestOptions())
    assert third.empty and third.repeats == ()
    topic = await books.plan(CHAT, 7, later, T0 + timedelta(hours=5), DigestOptions())
    assert len(topic.shown) == 2
    await db.close()


async def test_filtered_items_are_consumed_with_the_digest(tmp_path: Path) -> None:
    db, _ = await open_store(tmp_path / "d.sqlite3")
    books = Curator(db)
    await books.add_rule(CHAT, EXCLUDE, "crane", now=T0)
    items = [cand(1, CRANES, "gazette"), cand(2, MARKET, "gazette")]
    plan = await books.plan(CHAT, 0, items, T0, DigestOptions())
    assert [s.lead.item_id for s in plan.shown] == [2] and plan.filtered_stories == 1
    assert plan.filtered[0].rule == "1. exclude crane"
    assert plan.messages[-1].html.endswith("1 filtered out</i>")
    await books.record(CHAT, [(0, plan)], T0)
    again = await books.plan(CHAT, 0, items, T0, DigestOptions())
    assert again.empty and again.filtered == ()
    await db.close()


async def test_supergroup_upgrade_moves_rules_and_marks(tmp_path: Path) -> None:
    db, _ = await open_store(tmp_path / "d.sqlite3")
    books = Curator(db)
    await books.add_rule(CHAT, EXCLUDE, "crane", now=T0)
    plan = await books.plan(CHAT, 0, [cand(2, MARKET, "gazette")], T0, DigestOptions())
    await books.record(CHAT, [(0, plan)], T0)
    new = -100888
    assert await books.move_chat(CHAT, new)
    assert [r.text for r in await books.rules(new)] == ["crane"] and not await books.rules(CHAT)
    moved = await books.plan(new, 0, [cand(2, MARKET, "gazette")], T0, DigestOptions())
    assert moved.empty  # the market story was had before the upgrade
    assert not await books.move_chat(CHAT, new)  # announced twice: nothing left to move
    await db.close()


CODES = ("alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel", "india", "kilo")


def crowd(n: int, first_id: int) -> list[Candidate]:
    """The worst case for story grouping: items of five feeds sharing one lead and no number,
    so every pair is compared (and all are one story)."""
    lead = ("The council met on Tuesday to discuss the new harbour plan; Dr. Vos said it would "
            "cost millions over three years, and residents spoke against it.")  # fmt: skip
    return [
        Candidate(
            first_id + i,
            f"feed{i % 5}.example/{first_id + i}",
            f"{CODES[i % 10]} {CODES[i // 10 % 10]} on the harbour plan",
            None,
            f"Feed {i % 5}",
            lead,
            T0 - timedelta(minutes=i),
            T0,
        )
        for i in range(n)
    ]


async def test_planning_leaves_the_event_loop_free(tmp_path: Path, monkeypatch) -> None:
    """Fingerprinting and grouping hundreds of candidates take tens of milliseconds: that work
    (`decide`) runs in a worker thread, so the loop keeps serving updates meanwhile."""
    import threading

    from bot.digest import planning
    from bot.digest.build import plan_digest

    assert len(plan_digest(crowd(400, 10_000), T0, DigestOptions()).shown) == 1  # one story
    threads: list[int] = []
    real_decide = planning.decide

    def watched(*args, **kwargs):  # type: ignore[no-untyped-def]
        threads.append(threading.get_ident())
        return real_decide(*args, **kwargs)

    monkeypatch.setattr(planning, "decide", watched)
    db, _ = await open_store(tmp_path / "d.sqlite3")
    plan = await Curator(db).plan(CHAT, 0, crowd(400, 20_000), T0, DigestOptions())
    await db.close()
    assert len(plan.shown) == 1
    assert threads and threading.get_ident() not in threads
