"""Round 20's false merges (session 13, first pass): a second event at one place within hours
whose lead dates it by the first ("..., hours after a lorry overturned on the same road", "while
crews were busy at the warehouse", "pocas horas después del vuelco", "nur Stunden nach dem
Brand") or whose headline opens on "again" before a noun ("Weer brand in ...") counts as a
second event (Fingerprint.second, bot.digest.story_earlier_lexicon), so it never joins the
first event's copies published an hour or more before it, in a digest or as a repeat
(story_apart.SECOND_APART_HOURS). A follow-up giving a count of hours since its own event ("three
hours after the crash") is no such reference and still joins. And a plea ("pleads not guilty")
names a trial's opening, not its verdict (story_lexicon.PLEA_WORDS). Texts written for these
tests."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime

import pytest

from bot.digest.stories import Fingerprint, KnownStories
from bot.digest.story_contradict import contradict
from tests.story_digest_helpers import digest_groups, fingerprints_at, together

NOW = datetime(2026, 12, 21, 5, 0, tzinfo=UTC)


fp = fingerprints_at(NOW)


def groups_of(items: Sequence[Fingerprint]) -> list[list[int]]:
    return digest_groups(items, fp)


# A warehouse burns in Tollbury at night; two hours later a flat burns in the same town.
DEPOT = (
    "Blaze guts Tollbury furniture depot",
    "About 50 firefighters fought the fire at the Marlow furniture depot on Kiln Street in "
    "Tollbury from 10pm on Sunday; people nearby were told to shut their windows.",
)
DEPOT_TEASER = ("Tollbury furniture depot on fire", "Thick smoke over the town.")
FLAT = (
    "Couple rescued from flat fire in Tollbury",
    "Two pensioners were led out of their smoke-filled flat on Mill Row in Tollbury late on "
    "Sunday while most of the town's firefighters were busy at the furniture depot.",
)

# A lorry sheds its load on the A61 in the morning; in the afternoon two cars collide there.
LORRY = (
    "Lorry sheds load of bricks on A61 near Dunholme",
    "A lorry lost its load of bricks on the A61 near Dunholme early on Thursday; the driver "
    "was unhurt and one lane was shut.",
)
LORRY_COPY = ("A61 lane shut after lorry sheds bricks", "Long queues near Dunholme.")
CARS = (
    "Four hurt as cars collide on A61 near Dunholme",
    "Four people were hurt when two cars collided on the A61 near Dunholme on Thursday "
    "afternoon, hours after a lorry shed its load of bricks on the same road.",
)
# ... and its follow-up, which counts the hours since its own crash
REOPENED = (
    "A61 reopens near Dunholme after lorry spill",
    "Highways crews reopened the A61 near Dunholme three hours after the lorry lost its "
    "bricks; the driver was unhurt.",
)

# Spanish: a van overturns on the N-340 in the morning, a motorcyclist falls there later.
FURGONETA = (
    "Vuelca una furgoneta en la N-340 junto a Salobral",
    "Una furgoneta cargada de melones volcó el jueves por la mañana en la N-340 junto a "
    "Salobral; el conductor salió ileso.",
)
MOTORISTA = (
    "Herido un motorista en la N-340 junto a Salobral",
    "Un motorista resultó herido el jueves por la tarde en la N-340 junto a Salobral, pocas "
    "horas después del vuelco de una furgoneta de melones.",
)

# German: a barn burns in Wendhausen; hours later a car burns in a garage in the village.
SCHEUNE = (
    "Scheune in Wendhausen abgebrannt",
    "In Wendhausen ist in der Nacht zum Freitag eine Scheune mit Stroh niedergebrannt.",
)
GARAGE = (
    "Auto brennt in Garage in Wendhausen",
    "Nur Stunden nach dem Brand der Scheune brannte in Wendhausen ein Auto in einer Garage.",
)

# Dutch: a fire in a shed in Bremdijk, then another fire there that evening.
SCHUUR = (
    "Brand in schuur in Bremdijk",
    "In Bremdijk is vrijdagochtend een schuur met hooi afgebrand.",
)
WEER = ("Weer brand in Bremdijk", "Nu staat een garage in lichterlaaie.")


def test_a_lead_dating_its_event_by_another_counts_a_second_event() -> None:
    assert fp(FLAT, "Echo", 2.0).second
    assert fp(CARS, "Post", 7.0).second
    assert fp(MOTORISTA, "Diario", 7.0, "es").second
    assert fp(GARAGE, "Kurier", 5.0, "de").second
    assert fp(WEER, "Krant", 9.0, "nl").second


def test_a_count_of_hours_since_its_own_event_is_no_second_event() -> None:
    assert not fp(REOPENED, "Post", 3.0).second
    drift = ("Trawler drifts for hours after engine failure", "It was towed into port.")
    assert not fp(drift, "Post", 0.0).second
    reopened = ("A61 bij Dunholme weer open", "De weg is na drie uur weer vrij.")
    assert not fp(reopened, "Krant", 0.0, "nl").second
    assert not fp(DEPOT, "Post", 0.0).second


def test_the_flat_fire_does_not_join_the_depot_fire() -> None:
    items = [fp(DEPOT, "Post", 0.0), fp(DEPOT_TEASER, "Radio", 0.2), fp(FLAT, "Echo", 2.2)]
    groups = groups_of(items)
    assert not together(groups, 0, 2)
    assert not together(groups, 1, 2)


def test_the_car_crash_does_not_join_the_lorry_spill() -> None:
    items = [fp(LORRY, "Post", 0.0), fp(LORRY_COPY, "Radio", 0.3), fp(CARS, "Echo", 8.0)]
    groups = groups_of(items)
    assert not together(groups, 0, 2)
    assert not together(groups, 1, 2)


@pytest.mark.parametrize(
    ("first", "second", "language"),
    [(FURGONETA, MOTORISTA, "es"), (SCHEUNE, GARAGE, "de"), (SCHUUR, WEER, "nl")],
    ids=["es", "de", "nl"],
)
def test_other_languages_second_events_do_not_join_the_first(
    first: tuple[str, str], second: tuple[str, str], language: str
) -> None:
    items = [fp(first, "Krant", 0.0, language), fp(second, "Omroep", 7.0, language)]
    assert not together(groups_of(items), 0, 1)


def test_the_second_event_is_no_repeat_of_the_first() -> None:
    known = KnownStories([fp(LORRY, "Post", 0.0), fp(LORRY_COPY, "Radio", 0.3)])
    assert known.repeats([fp(CARS, "Echo", 8.0)]) == [False]


def test_copies_and_a_counted_follow_up_still_join() -> None:
    items = [fp(LORRY, "Post", 0.0), fp(LORRY_COPY, "Radio", 0.3), fp(REOPENED, "Echo", 3.0)]
    groups = groups_of(items)
    assert [0, 1, 2] in groups
    # copies of the second event itself, published together, still join
    second_copy = ("Two cars collide on A61 at Dunholme", "Four people hurt in the crash.")
    items = [fp(CARS, "Echo", 8.0), fp(second_copy, "Radio", 8.3)]
    assert [0, 1] in groups_of(items)


# A trial opens: one copy leads on the denial, a teaser on the plea ("pleads not guilty").
DENIES = (
    "Ex-treasurer denies stealing £52k from rowing club",
    "Gareth Vance, former treasurer of Ormsby Rowing Club, denied theft at Larkhill Crown Court "
    "on Tuesday.",
)
PLEA = ("Former treasurer pleads not guilty", "Gareth Vance's trial is set for March.")
VERDICT = ("Former treasurer found not guilty", "A jury cleared Gareth Vance of theft.")


def test_a_plea_is_no_verdict() -> None:
    assert not contradict(fp(DENIES, "Post", 0.0), fp(PLEA, "Radio", 0.4))
    assert contradict(fp(PLEA, "Radio", 0.4), fp(VERDICT, "Post", 30.0))
