"""Round 17's false merges and false repeats (session 12, fourth pass): a German headline's
"Zweiter Brand" announces another event (story_another_lexicon.ANOTHER_EVENT, declined forms), so a
story's follow-up does not join a town's second fire through it; and a repeat across digests
asks more of words than a merge does (story_known.REPEAT_ANOTHER_ALIKE, REPEAT_FIGURE_LINK): a
"second" burglary on one street is no repeat of the first, nor a lorry on a road hours after a
car crash on it. Each guard's test fails on the code before the pass; the true follow-up and the
true repeats must still be found. Texts written for these tests."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime, timedelta

from bot.digest.stories import Fingerprint, KnownStories, fingerprint, group
from tests.story_filler import OTHER_NEWS

NOW = datetime(2026, 12, 10, 6, 0, tzinfo=UTC)


def fp(story: tuple[str, str], source: str, hours: float, language: str = "en") -> Fingerprint:
    return fingerprint(story[0], story[1], NOW + timedelta(hours=hours), language, source)


def groups_of(items: Sequence[Fingerprint], context: Sequence[Fingerprint] = ()) -> list[list[int]]:
    """The groups of `items` (the first indices) in a digest padded with other news."""
    batch = [*items, *(fp(s, "Town", 0.5) for s in OTHER_NEWS)]
    return [g for g in group(batch, context=context) if g[0] < len(items)]


# A joinery burns late at night (the chat's last digest); while it burns a barn goes up in the
# same village, a second fire; the joinery's damage is reported the next hour.
JOINERY = (
    "Großbrand in Schreinerei in Hollbergen",
    "In einer Schreinerei am Ortsausgang von Hollbergen ist am späten Abend ein Feuer "
    "ausgebrochen; rund 80 Feuerwehrleute waren im Einsatz.",
)
JOINERY_TEASER = ("Schreinerei in Hollbergen brennt", "Rund 80 Feuerwehrleute vor Ort.")
BARN = (
    "Scheune am Dorfrand von Hollbergen abgebrannt",
    "Noch während der Löscharbeiten an der Schreinerei ist in derselben Nacht eine Scheune mit "
    "Strohballen an der Straße nach Wenkum in Flammen aufgegangen.",
)
BARN_SECOND = ("Zweiter Brand in Hollbergen", "Eine Scheune mit Stroh steht in Flammen.")
JOINERY_DAMAGE = (
    "Schaden nach Schreinerei-Brand geht in die Millionen",
    "Die Halle der Schreinerei Brandauer ist völlig ausgebrannt; die Polizei schätzt den Schaden "
    "auf mindestens zwei Millionen Euro.",
)
BARN_CAUSE = (
    "Scheunenbrand in Hollbergen: Polizei prüft Selbstentzündung",
    "Das feuchte Stroh in der Scheune könnte sich selbst entzündet haben; mit dem Feuer in der "
    "Schreinerei habe der Brand nichts zu tun.",
)


def test_a_declined_zweiter_announces_another_event() -> None:
    for title in ("Zweiter Brand in Hollbergen", "Weiterer Unfall auf der B 12"):
        assert fp((title, "Eine Scheune brennt."), "Bote", 0.0, "de").another


def test_a_story_s_follow_up_does_not_join_the_village_s_second_fire() -> None:
    context = [fp(JOINERY, "Kurier", -2.0, "de"), fp(JOINERY_TEASER, "Eilmeldung", -1.8, "de")]
    items = [
        fp(BARN, "Kurier", 0.5, "de"),
        fp(BARN_SECOND, "Eilmeldung", 0.8, "de"),
        fp(JOINERY_DAMAGE, "Bote", 1.0, "de"),
    ]
    assert not any(2 in g and len(g) > 1 for g in groups_of(items, context))


# A boatyard fire and its damage told hours later: a true follow-up, still joined.
BOATYARD = (
    "Fire at Kessington boatyard",
    "A fire broke out at the Kessington boatyard late on Tuesday; sixty firefighters attended.",
)
BOATYARD_TEASER = ("Kessington boatyard ablaze", "Sixty firefighters at the scene.")
BOATYARD_DAMAGE = (
    "Kessington boatyard fire damage put at £2m",
    "The owners said the main shed and three boats were lost in the fire.",
)


def test_a_true_follow_up_still_joins_its_story() -> None:
    items = [
        fp(BOATYARD, "Gazette", 0.0),
        fp(BOATYARD_TEASER, "Flash", 0.2),
        fp(BOATYARD_DAMAGE, "Echo", 8.0),
    ]
    assert groups_of(items) == [[0, 1, 2]]


def known(*stories: tuple[tuple[str, str], float]) -> KnownStories:
    return KnownStories([fp(story, f"Feed{i}", hours) for i, (story, hours) in enumerate(stories)])


# Last week's digest had a burglary on one street; two days later a second house on it is hit.
BURGLARY = (
    "Burglary on Quarry Lane",
    "Jewellery worth £7k was stolen from a house on Quarry Lane in Haddon.",
)
BURGLARY_COPY = ("Quarry Lane burglary", "Thieves took jewellery worth £7k from a Haddon home.")
BURGLARY_SECOND = ("Another Quarry Lane burglary", "A laptop and cash taken from a Haddon home.")


def test_a_second_burglary_on_the_street_is_no_repeat() -> None:
    had = known((BURGLARY, 0.0))
    assert had.repeats([fp(BURGLARY_SECOND, "Echo", 40.0)]) == [False]


def test_another_copy_of_the_burglary_is_a_repeat() -> None:
    had = known((BURGLARY, 0.0))
    assert had.repeats([fp(BURGLARY_COPY, "Echo", 6.0)]) == [True]


def test_a_later_copy_of_the_second_burglary_is_still_its_repeat() -> None:
    had = known((BURGLARY, 0.0), (BURGLARY_SECOND, 40.0))
    later = ("Quarry Lane break-in: laptop and cash taken", "A laptop and cash taken in Haddon.")
    assert had.repeats([fp(later, "Echo", 44.0)]) == [True]


# A car crash on a road in the morning; a lorry overturns on the same road in the afternoon:
# the road's number and the village are all the two share.
CAR_CRASH = (
    "A 614 crash near Brindle",
    "Two people hurt as a car hits a tree near Brindle; the A 614 is closed.",
)
LORRY = ("Lorry overturns on the A 614 near Brindle", "The road is closed near Brindle.")


def test_a_lorry_on_the_road_hours_after_a_car_crash_on_it_is_no_repeat() -> None:
    had = known((CAR_CRASH, 0.0))
    assert had.repeats([fp(LORRY, "Echo", 9.0)]) == [False]


def test_a_copy_of_the_crash_in_the_same_words_is_a_repeat() -> None:
    had = known((CAR_CRASH, 0.0))
    copy = ("Crash at Brindle on the A 614", "Two people hurt when a car hit a tree near Brindle.")
    assert had.repeats([fp(copy, "Echo", 3.0)]) == [True]
