"""Round 19's false merges and false repeat (session 12, sixth pass): an item whose headline or
lead opening counts its event as the second of a kind ("Second fire in a night", lead
"Segunda avería del día") is never one story, in a digest or as a repeat, with an item not
saying so published an hour or more before it: the first event (story_apart.SECOND_APART_HOURS).
Each test of the rule fails on the code before the pass; copies of the second event published
together still join, and copies of one event still do. Texts written for these tests."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime, timedelta

from bot.digest.stories import Fingerprint, KnownStories, fingerprint, group
from tests.story_filler import OTHER_NEWS

NOW = datetime(2026, 12, 14, 6, 0, tzinfo=UTC)


def fp(story: tuple[str, str], source: str, hours: float, language: str = "en") -> Fingerprint:
    return fingerprint(story[0], story[1], NOW + timedelta(hours=hours), language, source)


def groups_of(items: Sequence[Fingerprint]) -> list[list[int]]:
    """The groups of `items` (the first indices) in a digest padded with other news."""
    batch = [*items, *(fp(s, "Town", 0.5) for s in OTHER_NEWS)]
    return [g for g in group(batch) if g[0] < len(items)]


# A timber yard burns in Farrowby; hours later a stable burns in one of its villages.
YARD = (
    "Huge blaze destroys Farrowby timber yard",
    "Firefighters spent the night at the Colley timber yard in Farrowby as the blaze spread.",
)
YARD_COPY = (
    "Fire at Farrowby timber yard",
    "The Colley timber yard in Farrowby was destroyed by fire overnight, firefighters said.",
)
STABLE = (
    "Second fire in a night for Farrowby firefighters",
    "A stable burnt down in Nettlebank hours after the timber yard fire in Farrowby.",
)
STABLE_COPY = (
    "Nettlebank stable burns down",
    "Firefighters from Farrowby were called to a stable fire in Nettlebank after the yard blaze.",
)

# Spanish: a lift breaks down in a station in the morning, a second one in the evening.
LIFT = (
    "Avería del ascensor en la estación de Ribalta",
    "El ascensor de la estación de Ribalta quedó parado con seis viajeros dentro.",
)
LIFT_TWO = (
    "Avería del ascensor en la estación de Ribalta con viajeros dentro",
    "Segunda avería del día en la estación de Ribalta: el ascensor quedó parado con viajeros.",
)


def test_a_headline_or_a_lead_opening_counts_a_second_event() -> None:
    assert fp(STABLE, "Post", 5.0).second
    assert fp(LIFT_TWO, "Diario", 9.0, "es").second
    assert not fp(STABLE_COPY, "Echo", 5.2).second
    assert not fp(YARD, "Post", 0.0).second
    weekday = ("Feira de Ribalta abre na segunda-feira", "A feira abre na segunda-feira.")
    assert not fp(weekday, "Jornal", 0.0, "pt").second


def test_a_count_of_a_part_or_according_to_is_no_second_event() -> None:
    runoff = ("Ribalta mayor race goes to a second round", "No candidate won half the votes.")
    strike = ("Farrowby bus strike enters second day", "Drivers stay out over pay.")
    police = ("Incendio a Nettolo", "Secondo i vigili del fuoco la causa è una stufa.")
    assert not fp(runoff, "Post", 0.0).second
    assert not fp(strike, "Post", 0.0).second
    assert not fp(police, "Gazzetta", 0.0, "it").second


def test_the_second_fire_does_not_join_the_first() -> None:
    items = [
        fp(YARD, "Post", 0.0),
        fp(YARD_COPY, "Echo", 0.3),
        fp(STABLE, "Post", 5.0),
        fp(STABLE_COPY, "Echo", 5.2),
    ]
    assert [0, 1, 2, 3] not in groups_of(items)
    assert not any({0, 2} <= set(g) for g in groups_of(items))


def test_a_second_event_is_no_repeat_of_the_first() -> None:
    known = KnownStories([fp(LIFT, "Diario", 0.0, "es")])
    assert known.repeats([fp(LIFT_TWO, "Diario", 9.0, "es")]) == [False]


def test_copies_of_one_event_still_join() -> None:
    items = [fp(YARD, "Post", 0.0), fp(YARD_COPY, "Echo", 0.3)]
    assert [0, 1] in groups_of(items)
    # a copy saying "second" published with the first copy of its event (within the hour)
    items = [fp(STABLE, "Post", 5.0), fp(STABLE_COPY, "Echo", 4.6)]
    assert [0, 1] in groups_of(items)
