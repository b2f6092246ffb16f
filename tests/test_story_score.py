"""Weighed story evidence within a batch (bot.digest.story_score) and the fingerprint parts it
reads: weekdays, places, scores."""

from __future__ import annotations

import itertools
from datetime import UTC, datetime, timedelta

from bot.digest.stories import Fingerprint, fingerprint, group, same_story
from bot.digest.story_score import SCORED_LINK, BatchEvidence, reachable_without_keys

NOW = datetime(2026, 12, 1, 12, 0, tzinfo=UTC)

# Background items: other news of the day, so that the batch's idf tells rare from common.
BACKGROUND = [
    ("Council delays vote on new bus lanes", "Councillors want more time to study the plan."),
    ("Bakery chain opens ten shops in the north", "The chain expects to hire 200 staff."),
    ("Heatwave warning for the weekend", "Forecasters expect temperatures above 33C."),
    ("University raises fees for foreign students", "The increase applies from next autumn."),
    ("Police seek witnesses after late-night burglary", "A jeweller's shop was broken into."),
    ("Film festival announces its jury", "An actress known for period dramas will preside."),
    ("Teachers vote on new contract", "The union will announce the result next week."),
    ("Ferry fares to rise in spring", "The operator blames fuel costs for the increase."),
    ("Hospital opens a children's ward", "The ward has twenty beds and a play room."),
    ("Local team signs a young goalkeeper", "The 19-year-old joins on a three-year deal."),
]

# One landslide told by a wire and a tabloid: few shared words, a rare village and a figure.
SLIDE_WIRE = (
    "Landslide buries road above Tresco Vale, 35 residents moved out",
    "A landslide blocked the only road into Tresco Vale on Tuesday after heavy rain, and 35 "
    "residents were moved to a school hall, the county said.",
)
SLIDE_TABLOID = (
    "MUD HELL: Tresco Vale families flee as hillside collapses",
    "35 villagers spent the night on camp beds in a school after tonnes of earth slid onto the "
    "lane in Tresco Vale on Tuesday.",
)
# The same village, another slide three days later: another weekday.
SLIDE_LATER = (
    "Fresh slip near Tresco Vale shuts footpath",
    "Part of a hillside above Tresco Vale slid onto a footpath on Friday; nobody was hurt.",
)
# The same kind of event on the same day in another village.
SLIDE_ELSEWHERE = (
    "Landslide buries road in Penhallow, 35 residents moved out",
    "A landslide blocked a road in Penhallow on Tuesday after heavy rain, and 35 residents were "
    "moved to a church hall.",
)
# One firm's two announcements in one week: names shared, each headline tells other news.
FIRM_CUTS = (
    "Marwick Tools to close Dunford plant, 480 jobs at risk",
    "Marwick Tools said on Monday it would close its Dunford plant next year.",
)
FIRM_BUYS = (
    "Marwick Tools buys Danish drill maker Holtby",
    "Marwick Tools said on Monday it had agreed to buy Holtby for an undisclosed sum.",
)


def fp(story: tuple[str, str], hours_ago: float = 1.0, source: str = "") -> Fingerprint:
    # times here are placeholders, not publication times: no time credit (`Fingerprint.dated`;
    # time proximity is tested in tests/test_story_time_proximity.py)
    when = NOW - timedelta(hours=hours_ago)
    return fingerprint(story[0], story[1], when, "en", source, dated=False)


def batch(*stories: tuple[str, str]) -> list[Fingerprint]:
    return [fp(s, hours_ago=i * 0.5) for i, s in enumerate((*stories, *BACKGROUND))]


def test_copies_told_in_other_words_link_by_their_rare_names_and_figures() -> None:
    prints = batch(SLIDE_WIRE, SLIDE_TABLOID)
    assert not same_story(prints[0], prints[1])  # too few shared words on their own
    assert BatchEvidence(prints).score(0, 1) >= SCORED_LINK
    assert [0, 1] in group(prints)
    assert [0, 1] not in group(prints, scored=False)


def test_another_weekday_sets_two_events_of_one_place_apart() -> None:
    prints = batch(SLIDE_WIRE, SLIDE_LATER)
    assert prints[0].days and prints[1].days and not prints[0].days & prints[1].days
    assert BatchEvidence(prints).features(0, 1)["other_days"]
    assert [0, 1] not in group(prints)


def test_another_place_sets_two_events_of_one_day_apart() -> None:
    """Every word alike but the village named after "in" / "into"."""
    prints = batch(SLIDE_TABLOID, SLIDE_ELSEWHERE)
    assert BatchEvidence(prints).features(0, 1)["other_places"]
    assert [0, 1] not in group(prints)


def test_a_firms_two_announcements_stay_apart() -> None:
    prints = batch(FIRM_CUTS, FIRM_BUYS)
    evidence = BatchEvidence(prints)
    assert evidence.features(0, 1)["title_news"] > 0.5  # each headline tells what the other lacks
    assert evidence.score(0, 1) < SCORED_LINK
    assert [0, 1] not in group(prints)


def test_candidates_skip_no_pair_that_could_link() -> None:
    """`candidates` leaves out pairs sharing no rare token or figure: none of them scores."""
    assert not reachable_without_keys()
    prints = batch(SLIDE_WIRE, SLIDE_TABLOID, SLIDE_LATER, FIRM_CUTS, FIRM_BUYS)
    evidence = BatchEvidence(prints)
    kept = set(evidence.candidates())
    assert (0, 1) in kept
    for i, j in itertools.combinations(range(len(prints)), 2):
        if (i, j) not in kept:
            assert evidence.score(i, j) < SCORED_LINK, (i, j)


def test_a_copy_outside_the_window_or_of_one_feed_is_not_linked_by_score() -> None:
    wire, tabloid = fp(SLIDE_WIRE), fp(SLIDE_TABLOID, hours_ago=60)
    assert group([wire, tabloid, *batch()])[0] == [0]
    wire, tabloid = fp(SLIDE_WIRE, source="Vale Post"), fp(SLIDE_TABLOID, source="Vale Post")
    assert group([wire, tabloid, *batch()])[0] == [0]


def test_weekdays_are_read_in_their_inflected_and_compound_forms() -> None:
    cases = {
        "Am Dienstagmorgen entgleiste ein Zug": {"2"},
        "Os professores pararam na segunda-feira": {"1"},
        "Забастовка началась в пятницу": {"5"},
        "Il consiglio ha votato lunedì sera; sabato la festa": {"1", "6"},
        "Среди жителей нет пострадавших": set(),  # "среди" (among) is no Wednesday
    }
    for title, days in cases.items():
        assert fingerprint(title, "", NOW).days == days, title


def test_a_score_before_a_comma_and_from_the_visitors_side_is_one_score() -> None:
    report = fingerprint("Online: Vereya v Kremen 2:0, match over", "", NOW, "en")
    assert report.scores == {"2-0"}
    home = fingerprint("Eichstedt beat Talheim 2-1", "", NOW, "en")
    away = fingerprint("Talheim lose 1:2 in Eichstedt", "", NOW, "en")
    assert home.scores == away.scores == {"2-1"}
    assert fingerprint("Inflation at 4.1-2 per cent", "", NOW, "en").scores == set()


def test_stored_fingerprints_keep_days_and_places_and_old_ones_still_parse() -> None:
    original = fp(SLIDE_WIRE)
    assert original.days and original.places
    assert Fingerprint.parse(original.text(), original.when) == original
    old = original.text().rsplit("|", 3)[0]  # a mark stored before weekdays and places
    parsed = Fingerprint.parse(old, original.when)
    assert parsed.capitals == original.capitals and not parsed.days and not parsed.places
