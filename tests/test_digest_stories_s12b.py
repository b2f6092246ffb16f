"""A second incident at the same place the same day is no follow-up (session 12, second pass,
bot.digest.story_days_apart.DAY_PART): a road's afternoon crash names the town in its headline
and the morning's crash in its lead ("hours after a tanker overturned on the same road") just as a
follow-up would, so the parts of the day the items name tell them apart, as other weekdays do.
A follow-up naming the same part of the day, or none, still joins. Texts written for these
tests."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from bot.digest.stories import Fingerprint, fingerprint, group
from tests.story_filler import OTHER_NEWS

NOW = datetime(2026, 12, 8, 6, 0, tzinfo=UTC)

# A road's morning crash, told three times: a fuller copy, a teaser, the road reopening.
TANKER = [
    ("Tanker overturns near Penwick",
     "A milk tanker overturned outside Penwick early on Tuesday morning, closing the road for "
     "hours."),
    ("Road closed", "Milk tanker on its side near Penwick."),
    ("Penwick road reopens before noon",
     "Recovery crews righted the tanker and cleared the spilt milk."),
]  # fmt: skip
# The same road's second incident that afternoon: the town and the tanker in common.
MINIBUS = (
    "Minibus and van collide at Penwick roundabout",
    "Six were hurt on Tuesday afternoon, hours after a tanker overturned on the same road.",
)
MINIBUS_NEARBY = (
    "Minibus and van collide at Penwick roundabout",
    "Six people were hurt in the crash on Tuesday afternoon, hours after a tanker overturned "
    "nearby.",
)
# The morning's crash followed up that afternoon, in other words.
CHARGED_MORNING = (
    "Penwick tanker driver charged",
    "The driver in the morning's crash faces a careless driving charge.",
)
CHARGED = (
    "Penwick tanker driver charged",
    "The driver whose tanker overturned near the town has been charged with careless driving.",
)


def fp(story: tuple[str, str], source: str, hours: float, language: str = "en") -> Fingerprint:
    return fingerprint(story[0], story[1], NOW + timedelta(hours=hours), language, source)


def with_tanker(later: tuple[str, str]) -> list[list[int]]:
    """The groups of the tanker's three copies and `later` (items 0-3), eight hours after the
    first, in a digest of fourteen."""
    first = [fp(s, f"Feed {n}", n * 1.5) for n, s in enumerate(TANKER)]
    batch = [*first, fp(later, "Post", 8.0), *(fp(s, "Town", 3.0) for s in OTHER_NEWS)]
    return [g for g in group(batch) if g[0] < 4]


def test_parts_of_the_day_read_from_headline_and_lead() -> None:
    from bot.digest.story_days_apart import day_parts

    assert day_parts(fp(MINIBUS, "Post", 8.0)) == {"afternoon"}
    assert day_parts(fp(TANKER[0], "Roads", 0.0)) == {"morning"}
    assert day_parts(fp(CHARGED, "Post", 8.0)) == frozenset()
    abends = ("Stromausfall im Neubaugebiet", "Am Abend waren die Häuser am Bahnhof ohne Strom.")
    assert day_parts(fp(abends, "Post", 8.0, "de")) == {"evening"}
    pomeriggio = ("Trattore in un fosso", "Nel pomeriggio un trattore è finito in un fosso.")
    assert day_parts(fp(pomeriggio, "Post", 8.0, "it")) == {"afternoon"}
    nochyu = ("Ночью горел склад", "Склад на окраине горел всю ночь.")
    assert day_parts(fp(nochyu, "Post", 8.0, "ru")) == {"night"}


def test_tomorrow_and_still_are_no_parts_of_the_day() -> None:
    """German "morgen" is tomorrow as often as the morning, and Spanish "noche" stems to German
    "noch" (still): neither counts."""
    from bot.digest.story_days_apart import day_parts

    morgen = ("Strom ab morgen wieder da", "Die Stadtwerke sind noch bei der Arbeit.")
    assert day_parts(fp(morgen, "Post", 8.0, "de")) == frozenset()
    noche = ("Apagón en Almedra", "La ciudad pasó la noche sin luz.")
    assert day_parts(fp(noche, "Post", 8.0, "es")) == frozenset()


def test_the_roads_afternoon_crash_stays_apart_from_the_mornings() -> None:
    """It names the town in its headline and the tanker in its lead, what a follow-up shares:
    the afternoon against the morning sets it apart. The morning's follow-up still joins."""
    assert with_tanker(MINIBUS) == [[0, 1, 2], [3]]
    assert with_tanker(CHARGED_MORNING) == [[0, 1, 2, 3]]


def test_another_incident_nearby_stays_apart_a_followup_naming_no_time_joins() -> None:
    assert with_tanker(MINIBUS_NEARBY) == [[0, 1, 2], [3]]
    assert with_tanker(CHARGED) == [[0, 1, 2, 3]]
