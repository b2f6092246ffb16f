"""A match preview is not joined by weighed evidence to an item naming no stage (a report told in
words the lexicon lacks: story_compare.weighed_allowed); measures in two units meet ("94mph" and
"151 km/h"), a figure spelled with hyphens reads as a figure, a clock time is no score, and a
stage word's stem does not catch another word ("vigili", "accueilli"). Session 10, second pass
(round 8 read)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from bot.digest import story_compare
from bot.digest.stories import Fingerprint, fingerprint, group, same_story
from bot.digest.story_compare import weighed_allowed
from bot.digest.story_contradict import contradict
from bot.digest.story_score import SCORED_LINK, BatchEvidence
from tests.story_filler import OTHER_NEWS as FILLER

NOW = datetime(2026, 12, 6, 9, 0, tzinfo=UTC)


def fp(title: str, lead: str, language: str = "en", source: str = "") -> Fingerprint:
    return fingerprint(title, lead, NOW - timedelta(hours=1), language, source=source)


# A title bout: the weigh-in (a preview: "ahead of") and the result, told without a result word.
PREVIEW = (
    "Okonjo and Brandt both make weight at Ferncliffe",
    "Emeka Okonjo and champion Lukas Brandt weighed in on Friday ahead of their light-heavyweight "
    "title bout at the Ferncliffe Dome, promoter Sal Ventura said.",
)
REPORT = (
    "Brandt dethroned in the fifth",
    "Emeka Okonjo floored Lukas Brandt at the Ferncliffe Dome to end Sal Ventura's show early.",
)


def fight_batch() -> list[Fingerprint]:
    return [fp(*PREVIEW, source="Ring Daily"), fp(*REPORT, source="Fight Wire")] + [
        fp(*story, source="Town Post") for story in FILLER
    ]


def test_the_preview_and_the_report_weigh_like_one_story() -> None:
    """The premise: their rare names in common weigh enough for a link."""
    prints = fight_batch()
    assert prints[0].stages == {"match:preview"} and not prints[1].stages
    assert not same_story(prints[0], prints[1])
    assert BatchEvidence(prints).score(0, 1) >= SCORED_LINK


def test_weighed_evidence_never_joins_a_preview_to_an_item_without_stage() -> None:
    assert not weighed_allowed(fight_batch()[0], fight_batch()[1])
    groups = group(fight_batch())
    assert [0] in groups and [1] in groups


def test_weighed_evidence_joins_them_with_the_rule_off(monkeypatch) -> None:
    monkeypatch.setattr(story_compare, "PREVIEW_APART", False)
    assert [0, 1] in group(fight_batch())


def test_weighed_links_stay_between_items_naming_stages_or_none() -> None:
    both = fp("Okonjo hosts Brandt at Ferncliffe", "A preview of the bout.")
    neither = fp("Okonjo and Brandt at Ferncliffe", "The bout at the Dome.")
    assert weighed_allowed(both, fp(*PREVIEW))
    assert weighed_allowed(neither, fp(*REPORT))


def test_a_speed_in_mph_meets_the_same_speed_in_km_h() -> None:
    mph = fp("Storm Hanne: 94mph gusts on the Dunmore coast", "Trees fell on the coast road.")
    kmh = fp("Dunmore coast hit by gusts of 151 km/h", "Hanne cut power to the harbour.")
    assert mph.numbers == kmh.numbers == {"151"}  # kept in km/h, one figure
    assert same_story(mph, kmh)


def test_one_measure_in_mph_on_both_sides_is_one_figure() -> None:
    """Kept once: two items giving "87mph" share one figure, not the mph and the km/h value."""
    assert fp("Gusts of 87mph on the coast", "Ferries stopped.").numbers == {"140"}


def test_nautical_miles_in_words_meet_kilometres() -> None:
    words = fp("Chalutier secouru au large", "Il prenait l'eau à six milles de la côte.", "fr")
    km = fp("Un chalutier sauvé", "Le bateau coulait à 11 kilomètres de la côte.", "fr")
    assert words.numbers == km.numbers == {"11"}


def test_a_figure_spelled_with_hyphens_is_the_figure() -> None:
    spelled = fp("Questions over alarm", "The theft of a six-million-pound painting goes on.")
    assert "6e+06" in spelled.numbers
    assert "6e+06" in fp("Thieves take £6m portrait", "Police are searching.").numbers


def test_a_clock_time_is_no_score() -> None:
    timed = fp("New champion: Okonjo beats Brandt", "The referee stopped it after 1:42 of round 5.")
    assert not timed.scores
    untimed = fp("Brandt: 'He was the better man'", "The beaten champion wants a rematch.")
    assert not contradict(timed, untimed)
    assert fp("Rovers 2:1 City", "A late winner.").scores == {"2-1"}


def test_a_stage_stem_does_not_catch_another_word() -> None:
    firemen = fp(
        "Frana a Borgo Alto",
        "I vigili del fuoco portano viveri alle famiglie isolate.",
        "it",
    )
    visitors = fp(
        "Le festival de Valmont attire 80 000 visiteurs",
        "La ville a accueilli un record de visiteurs en dix jours.",
        "fr",
    )
    assert not firemen.stages and not visitors.stages
