"""Round 16's misses (session 12, third pass): a teaser minutes after its fuller copy sharing only
a few words no other item carries (story_score.CLOSE_PAIR_STEMS), and a follow-up naming the
story's own name only in its lead that links to the story's first copy on its own
(story_followup.LEAD_NAME_FLOOR), and two copies of one second event whose headlines both
announce it (story_score.BOTH_ANOTHER_ALIKE). Each positive fails on the code before the pass;
each negative must stay apart after it. Texts written for these tests."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime, timedelta

from bot.digest.stories import Fingerprint, fingerprint, group
from tests.story_filler import OTHER_NEWS

NOW = datetime(2026, 12, 9, 6, 0, tzinfo=UTC)

# A trawler sinks; a teaser from another feed twenty minutes later shares no name with it, only
# "boat" in its headline and "trawler" and "liferaft", which no other item of the digest carries.
SINKING = (
    "Nine rescued off Carrow Head as boat goes down",
    "Coastguard helicopters lifted nine fishermen from a liferaft after their trawler sank before "
    "dawn.",
)
SINKING_TEASER = ("Boat lost", "Trawler men saved from a liferaft.")
# A teaser of another event at sea sharing the headline word only.
OTHER_TEASER = ("Boat lost", "A sailor is missing.")
# Yesterday's story, which the chat had: its words are no pair's own today.
YESTERDAY_LIFERAFT = (
    "Liferaft drill for Carrow fishermen",
    "Trawler crews practised boarding a liferaft in the harbour.",
)

# A cyclist hit at a junction, a fuller copy and a teaser that does not name the junction.
CYCLIST = (
    "Cyclist badly hurt at Alderby junction",
    "A cyclist was badly hurt when a van struck her at the Brenton Cross junction in Alderby.",
)
CYCLIST_TEASER = (
    "Cyclist badly hurt in Alderby",
    "A van struck a cyclist at a junction in the town.",
)
# Hours later, in other words: the junction only in the lead.
DRIVER = (
    "Van driver was over the limit, police say",
    "The driver whose van struck the cyclist at Brenton Cross failed a breath test and has been "
    "bailed.",
)
# The junction in another event's lead, nothing of the crash.
BAKERY = (
    "Bakery wins regional prize",
    "The family bakery beside Brenton Cross won a prize for its rye loaf.",
)
ROADWORKS = (
    "Roadworks planned on Alderby bypass",
    "Crews will resurface the road near Brenton Cross next month.",
)


def fp(story: tuple[str, str], source: str, hours: float) -> Fingerprint:
    return fingerprint(story[0], story[1], NOW + timedelta(hours=hours), "en", source)


def groups_of(items: Sequence[Fingerprint], context: Sequence[Fingerprint] = ()) -> list[list[int]]:
    """The groups of `items` (the first indices) in a digest padded with other news."""
    batch = [*items, *(fp(s, "Town", 0.5) for s in OTHER_NEWS)]
    return [g for g in group(batch, context=context) if g[0] < len(items)]


def test_a_teaser_minutes_later_sharing_words_only_it_carries_joins() -> None:
    items = [fp(SINKING, "Coast", 0.0), fp(SINKING_TEASER, "Brief", 0.3)]
    assert groups_of(items) == [[0, 1]]


def test_the_same_teaser_hours_later_stays_apart() -> None:
    items = [fp(SINKING, "Coast", 0.0), fp(SINKING_TEASER, "Brief", 10.0)]
    assert groups_of(items) == [[0], [1]]


def test_a_teaser_sharing_one_such_word_stays_apart() -> None:
    items = [fp(SINKING, "Coast", 0.0), fp(OTHER_TEASER, "Brief", 0.3)]
    assert groups_of(items) == [[0], [1]]


def test_words_the_chat_had_yesterday_are_no_pair_of_its_own() -> None:
    items = [fp(SINKING, "Coast", 0.0), fp(SINKING_TEASER, "Brief", 0.3)]
    context = [fp(YESTERDAY_LIFERAFT, "Harbour", -20.0)]
    assert groups_of(items, context) == [[0], [1]]


def test_the_time_credit_for_such_words_needs_two_of_them() -> None:
    from bot.digest import story_score
    from bot.digest.story_score import BatchEvidence

    assert story_score.CLOSE_PAIR_STEMS == 2
    items = [fp(SINKING, "Coast", 0.0), fp(SINKING_TEASER, "Brief", 0.3)]
    batch = BatchEvidence([*items, *(fp(s, "Town", 0.5) for s in OTHER_NEWS)])
    assert batch.features(0, 1)["close"] > 0.9
    other = [fp(SINKING, "Coast", 0.0), fp(OTHER_TEASER, "Brief", 0.3)]
    batch = BatchEvidence([*other, *(fp(s, "Town", 0.5) for s in OTHER_NEWS)])
    assert batch.features(0, 1)["close"] == 0.0


def test_a_follow_up_naming_the_story_in_its_lead_joins_story_and_teaser() -> None:
    items = [fp(CYCLIST, "Roads", 0.0), fp(CYCLIST_TEASER, "Brief", 0.3), fp(DRIVER, "Post", 5.0)]
    assert groups_of(items) == [[0, 1, 2]]


def test_another_event_naming_the_junction_in_its_lead_stays_apart() -> None:
    items = [fp(CYCLIST, "Roads", 0.0), fp(CYCLIST_TEASER, "Brief", 0.3), fp(BAKERY, "Post", 5.0)]
    assert groups_of(items) == [[0, 1], [2]]


def test_a_lead_name_the_chat_had_yesterday_is_no_story_s_own() -> None:
    items = [fp(CYCLIST, "Roads", 0.0), fp(CYCLIST_TEASER, "Brief", 0.3), fp(DRIVER, "Post", 5.0)]
    context = [fp(ROADWORKS, "Council", -20.0)]
    assert groups_of(items, context) == [[0, 1], [2]]


def test_a_lead_name_joins_only_through_the_story_s_first_copy() -> None:
    """The driver links to the fuller copy, which came after the teaser here: a lead's name
    joins only by a link to the story's first copy (a copy joined later may be another event,
    round 15's flat fire joined to its market fire)."""
    items = [fp(CYCLIST_TEASER, "Brief", 0.0), fp(CYCLIST, "Roads", 0.3), fp(DRIVER, "Post", 5.0)]
    assert groups_of(items) == [[0, 1], [2]]


def test_a_lead_name_follow_up_a_day_and_more_later_stays_apart() -> None:
    items = [fp(CYCLIST, "Roads", 0.0), fp(CYCLIST_TEASER, "Brief", 0.3), fp(DRIVER, "Post", 30.0)]
    assert groups_of(items) == [[0, 1], [2]]


# Two copies of a bank's second fine both announce it; the first fine's copy does not.
SECOND_FINE = (
    "Second fine for Harwick Bank, now over mortgage letters",
    "The Prudential Regulation Authority fined Harwick Bank over misleading mortgage letters.",
)
SECOND_FINE_TEASER = ("Harwick Bank fined again", "Mortgage customers were misled.")
FIRST_FINE = (
    "Harwick Bank fined over money laundering checks",
    "The Financial Conduct Authority fined Harwick Bank for weak money laundering checks.",
)


def test_two_headlines_announcing_the_same_second_event_are_not_told_apart_by_it() -> None:
    from bot.digest.story_score import BatchEvidence

    items = [fp(SECOND_FINE, "Money", 0.0), fp(SECOND_FINE_TEASER, "Brief", 0.3)]
    assert items[0].another and items[1].another
    batch = BatchEvidence([*items, *(fp(s, "Town", 0.5) for s in OTHER_NEWS)])
    assert not batch.features(0, 1)["another"]


def test_a_second_event_against_the_first_still_counts_against_the_pair() -> None:
    from bot.digest.story_score import BatchEvidence

    items = [fp(FIRST_FINE, "Money", -20.0), fp(SECOND_FINE, "Money", 0.0)]
    assert not items[0].another and items[1].another
    batch = BatchEvidence([*items, *(fp(s, "Town", 0.5) for s in OTHER_NEWS)])
    assert batch.features(0, 1)["another"]
    assert groups_of(items) == [[0], [1]]


def test_two_places_hit_by_one_storm_get_no_time_credit_for_lead_words() -> None:
    """Published together, sharing "barley" and "overnight" that no other item carries, but no
    headline word: two places of one night's storm, not a teaser of the other."""
    from bot.digest.story_score import BatchEvidence

    hail = (
        "Hail flattens crops near Ottery",
        "Farmers counted damaged barley after the storm swept through overnight.",
    )
    lines = (
        "Power lines down at Pinmoor",
        "Engineers worked overnight on poles beside the barley fields.",
    )
    items = [fp(hail, "Farm", 0.0), fp(lines, "Grid", 0.2)]
    batch = BatchEvidence([*items, *(fp(s, "Town", 0.5) for s in OTHER_NEWS)])
    assert batch.features(0, 1)["close"] == 0.0
    assert groups_of(items) == [[0], [1]]
