"""A follow-up told once joins its story (session 12, bot.digest.story_followup): hours after a
flood's two copies, an item in other words that shares the town's name, which no other item
carries, and a word of the flood, even counting the damage anew. The same town in another event
(a baker's prize, a second flood, another story the chat had, two strikes told twice each, a
quake of another magnitude) stays apart. Texts written for these tests."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from bot.digest import planning
from bot.digest.build import Candidate, DigestOptions
from bot.digest.stories import Fingerprint, fingerprint, group
from tests.story_filler import OTHER_NEWS

NOW = datetime(2026, 12, 6, 9, 0, tzinfo=UTC)

FLOOD = (
    "River Wend floods 90 homes in Tolsey",
    "The River Wend burst its banks in Tolsey overnight, flooding 90 homes and closing the main "
    "bridge.",
)
FLOOD_TEASER = ("Tolsey under water", "Homes flooded as the river rises.")
# Six hours later, in other words: the town and "flood" in common, little else.
ASSESSORS = (
    "Insurers send assessors to flooded Tolsey",
    "Loss adjusters arrived in Tolsey to look at damaged kitchens and cars.",
)
# The same, naming the town only in its lead.
ASSESSORS_UNNAMED = (
    "Insurers send assessors to flood-hit town",
    "Loss adjusters arrived in Tolsey to look at damaged kitchens and cars.",
)
BAKER = (  # the same town, another event: no word of the flood
    "Tolsey baker takes national prize",
    "A baker from Tolsey won the national sourdough award in London.",
)
SECOND_FLOOD = (
    "Second flood in Tolsey as insurers send assessors",
    "Loss adjusters arrived in Tolsey to look at damaged kitchens and cars.",
)
AFTER_FLOOD = (
    "After the flood, insurers send assessors to Tolsey",
    "Loss adjusters arrived in Tolsey to look at damaged kitchens and cars.",
)
AFTER_STORM = (
    "After the flood, a second storm hits Tolsey",
    "Gales brought down trees in Tolsey a week after the river burst its banks.",
)
LIBRARY = (
    "Tolsey library to open on Sundays",
    "The library in Tolsey will open on Sunday afternoons.",
)
# Other counts than the story's: what a follow-up brings (90 homes, then 140 homes and 30 shops).
ASSESSORS_COUNT = (
    "Insurers send assessors to flooded Tolsey",
    "Loss adjusters in Tolsey counted 140 damaged homes and 30 shops.",
)
# Other measures than the story's: another quake, hours later.
QUAKE = [
    ("Magnitude 5.1 quake shakes Varrow",
     "A quake of magnitude 5.1 shook Varrow at dawn, cracking walls in the old town."),
    ("Varrow quake", "Walls cracked in the old town at dawn."),
]  # fmt: skip
EVENING_QUAKE = (
    "Evening quake in Varrow",
    "Residents felt a quake of magnitude 4.3 shortly after nine; no damage was reported.",
)
BUS_STRIKE = [
    ("Bus drivers strike in Tolsey",
     "Bus drivers in Tolsey walked out over pay, leaving the town without buses."),
    ("Tolsey buses halted by strike", "No buses ran in Tolsey as drivers struck over pay."),
]  # fmt: skip
BIN_STRIKE = [
    ("Bin collectors strike in Tolsey",
     "Bin collectors in Tolsey stopped work over new rotas, leaving rubbish on the streets."),
    ("Rubbish piles up in Tolsey as bin crews strike",
     "Bin crews in Tolsey walked out over rotas."),
]  # fmt: skip


def fp(story: tuple[str, str], source: str, hours: float, dated: bool = True) -> Fingerprint:
    when = NOW + timedelta(hours=hours)
    return fingerprint(story[0], story[1], when, "en", source, dated=dated)


def flood_with(
    later: tuple[str, str],
    hours: float = 6.0,
    dated: bool = True,
    context: list[Fingerprint] | None = None,
) -> list[list[int]]:
    """The groups of the flood's two copies and `later` (items 0-2) in a digest of eleven."""
    batch = [fp(FLOOD, "Riverside", 0.0), fp(FLOOD_TEASER, "Brief", 0.3)]
    batch += [fp(later, "Post", hours, dated), *(fp(s, "Town", 3.0) for s in OTHER_NEWS)]
    return [g for g in group(batch, context=context or []) if g[0] < 3]


def test_a_followup_in_other_words_joins_its_story() -> None:
    """It links to neither copy by itself; the town no other item names and the flood join it."""
    assert flood_with(ASSESSORS) == [[0, 1, 2]]


def test_the_followup_names_its_story_in_its_headline() -> None:
    """The town named only in passing, in the lead: no follow-up by name."""
    assert flood_with(ASSESSORS) == [[0, 1, 2]]
    assert flood_with(ASSESSORS_UNNAMED) == [[0, 1], [2]]


def test_the_towns_other_news_shares_no_word_of_the_event() -> None:
    """A prize for the town's baker names the town in its headline too, but nothing of the
    flood."""
    assert flood_with(ASSESSORS) == [[0, 1, 2]]
    assert flood_with(BAKER) == [[0, 1], [2]]


def test_a_name_another_recent_story_carried_is_no_storys_own() -> None:
    """The chat had a library story from the town this morning: the town's name is no longer
    the flood's own."""
    assert flood_with(ASSESSORS) == [[0, 1, 2]]
    known = [fp(LIBRARY, "Library", -10.0)]
    assert flood_with(ASSESSORS, context=known) == [[0, 1], [2]]


def test_a_followup_comes_within_a_day() -> None:
    assert flood_with(ASSESSORS, hours=20.0) == [[0, 1, 2]]
    assert flood_with(ASSESSORS, hours=30.0) == [[0, 1], [2]]


def test_undated_items_are_no_followups() -> None:
    """An item without its own date carries the time it was seen: no hours to go by."""
    assert flood_with(ASSESSORS) == [[0, 1, 2]]
    assert flood_with(ASSESSORS, dated=False) == [[0, 1], [2]]


def test_a_headline_announcing_another_event_stays_apart() -> None:
    assert flood_with(ASSESSORS) == [[0, 1, 2]]
    assert flood_with(SECOND_FLOOD) == [[0, 1], [2]]


def test_other_counts_join_other_measures_stay_apart() -> None:
    """A follow-up counts the damage anew (140 homes against the first 90): no other event. A
    quake of another magnitude hours later is one."""
    assert flood_with(ASSESSORS_COUNT) == [[0, 1, 2]]
    quakes = [fp(QUAKE[0], "Quake news", 0.0), fp(QUAKE[1], "Brief", 0.2)]
    batch = [*quakes, fp(EVENING_QUAKE, "Post", 8.0), *(fp(s, "Town", 3.0) for s in OTHER_NEWS)]
    assert [g for g in group(batch) if g[0] < 3] == [[0, 1], [2]]


def test_an_opening_after_is_a_followup_not_another_event() -> None:
    """An opening "After the flood, ..." names the story it follows (`Fingerprint.after`); "a
    second storm" after it still announces another event."""
    after, storm = fp(AFTER_FLOOD, "Post", 6.0), fp(AFTER_STORM, "Post", 6.0)
    assert after.another and after.after
    assert storm.another and not storm.after
    assert flood_with(AFTER_FLOOD) == [[0, 1, 2]]


def test_two_stories_told_twice_do_not_join_by_their_town() -> None:
    """Two strikes in one town, two copies each, share the town and "strike" as a story and its
    follow-up do: only a single item joins a story this way."""
    strikes = [fp(s, f"Feed {n}", n / 2) for n, s in enumerate(BUS_STRIKE + BIN_STRIKE)]
    batch = strikes + [fp(s, "Town", 1.0) for s in OTHER_NEWS]
    assert [g for g in group(batch) if g[0] < 4] == [[0, 1], [2, 3]]
    assert flood_with(ASSESSORS) == [[0, 1, 2]]


def cand(n: int, story: tuple[str, str], feed: str, hours: float) -> Candidate:
    when = NOW + timedelta(hours=hours)
    return Candidate(n, f"{feed}.example/{n}", story[0], f"https://{feed}.example/{n}", feed,
                     story[1], when, when, feed_id=n)  # fmt: skip


def test_a_digest_plan_shows_the_followup_with_its_story() -> None:
    """Through `planning.decide`, as the bot plans a digest: one entry for the flood, the
    follow-up among its copies."""
    items = [cand(1, FLOOD, "riverside", 0.0), cand(2, FLOOD_TEASER, "brief", 0.3)]
    items += [cand(3, ASSESSORS, "post", 6.0)]
    items += [cand(10 + n, s, "town", 3.0) for n, s in enumerate(OTHER_NEWS)]
    options = DigestOptions(max_items=20)
    plan = planning.decide(items, [], {}, [], "en", NOW + timedelta(days=1), options)
    titles = [{c.title for c in (story.lead, *story.items)} for story in plan.shown]
    assert {FLOOD[0], FLOOD_TEASER[0], ASSESSORS[0]} in titles
