"""Copies of one event told in other words, learned from round 9 (session 10, third pass): a key
figure few items of the batch share weighs more (bot.digest.story_score `figures`), a round
figure agrees with the precise one ("400 M€" / "412 millions", "almost two million" / "1.9
million": bot.digest.story_figures `roughly`), a story is told apart from a follow-up by
the weekdays and figures of all its copies (bot.digest.story_apart.APART_BY_STORY), and a headline
word in another form ("entgleist" / "Entgleisung") is no news the other item lacks
(bot.digest.story_score.NEWS_PREFIX). The time credit (`close`) was measured and left off here;
it is on since the fourth pass (tests/test_story_time_proximity.py)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from bot.digest import story_apart, story_headline_figures, story_score
from bot.digest.stories import Fingerprint, fingerprint, group, same_story
from bot.digest.story_compare import other_measures, ruled_out, set_apart
from bot.digest.story_figures import rough_values, roughly
from bot.digest.story_score import SCORED_LINK, BatchEvidence
from tests.story_filler import OTHER_NEWS

NOW = datetime(2026, 12, 6, 9, 0, tzinfo=UTC)


def fp(
    story: tuple[str, str],
    source: str = "",
    language: str = "en",
    hours_ago: float = 1.0,
    dated: bool = False,
) -> Fingerprint:
    """`dated` False: the time is a placeholder, no publication time (no time credit)."""
    when = NOW - timedelta(hours=hours_ago)
    return fingerprint(story[0], story[1], when, language, source, dated=dated)


def batch(*copies: tuple[str, str]) -> list[Fingerprint]:
    items = [fp(story, f"Feed {i}") for i, story in enumerate(copies)]
    return items + [fp(story, "Town Post") for story in OTHER_NEWS]


def story_of(groups: list[list[int]], item: int) -> set[int]:
    return next(set(g) for g in groups if item in g)


def test_money_scaled_before_a_currency_sign() -> None:
    assert fp(("Orvane dépasse les 400 M€ de bénéfice", ""), language="fr").numbers == {"4e+08"}
    assert fp(("Rachat à 1,2 Md€", ""), language="fr").numbers == {"1.2e+09"}
    assert fp(("Ein Turm von 5 m Höhe", ""), language="de").numbers == {"5"}  # a metre


RESULTS = (
    "Orvane : bénéfice en hausse de 7 %",
    "Le groupe Orvane a publié mardi un bénéfice net de 412 millions d'euros, en hausse de 7 %.",
)
ROUNDED = ("Orvane dépasse les 400 M€ de bénéfice", "Le titre gagne 4 % à l'ouverture.")
OTHER_SUM = ("Orvane dépasse les 500 M€ de bénéfice", "Le titre gagne 4 % à l'ouverture.")


def test_a_round_headline_figure_agrees_with_the_precise_one() -> None:
    """Headline figures the other never gives rule a pair out, unless one rounds the other."""
    results = fp(RESULTS, language="fr")
    assert not ruled_out(results, fp(ROUNDED, language="fr"))
    assert ruled_out(results, fp(OTHER_SUM, language="fr"))


def test_rounded_measures_are_no_other_measures() -> None:
    audience = fp(("Almost two million watch the Fenn cup final", "The biggest audience yet."))
    ratings = fp(("Fenn cup final draws 1.9 million viewers", "Ratings beat last year's."))
    assert not other_measures(audience, ratings) and not set_apart(audience, ratings)
    # a quake's magnitude is never rounded by a copy; two counts of two digits are two counts
    first = fp(("Magnitude 6.1 quake hits Fenn", "No injuries reported."))
    second = fp(("Magnitude 5.8 quake hits Fenn", "No injuries reported."))
    assert other_measures(first, second)
    assert not roughly(rough_values({"25000"}), rough_values({"24000"}))
    assert roughly(rough_values({"9000"}), rough_values({"9412"}))  # "more than 9,000"


# One landslide, two outlets: a village, a key figure, little else in common.
SLIDE = (
    "Landslide cuts off Penwick, 312 homes evacuated",
    "A hillside gave way above Penwick on Tuesday night after days of rain, the county said.",
)
SLIDE_TABLOID = (
    "312 families flee as mud engulfs Penwick road",
    "Rescuers worked through the night.",
)
SLIDE_OTHER = ("45 families flee as mud engulfs Penwick road", "Rescuers worked through the night.")


def test_a_rare_key_figure_links_copies_told_in_other_words() -> None:
    prints = batch(SLIDE, SLIDE_TABLOID)
    assert BatchEvidence(prints).features(0, 1)["figures"] == 1
    assert BatchEvidence(prints).score(0, 1) >= SCORED_LINK
    assert story_of(group(prints), 0) == {0, 1}
    prints = batch(SLIDE, SLIDE_OTHER)  # the same words, another count: not that slide
    assert BatchEvidence(prints).score(0, 1) < SCORED_LINK
    assert story_of(group(prints), 0) == {0}


# One speeding case: the first copy gives the fine and the speed, the others one each.
FINE = [
    ("Ostby mayor Lena Varga fined for speeding",
     "Lena Varga was fined £420 by magistrates on Friday after admitting driving at 47mph in a "
     "30mph zone on the Ostby ring road."),
    ("Varga admits speeding, pays £420 fine", "The Ostby mayor says she is 'embarrassed'."),
    ("Mayor's speeding case: what the court heard",
     "Varga was caught by a camera at 47mph on the Ostby ring road; she told magistrates she was "
     "late for a council meeting."),
]  # fmt: skip


def test_a_story_is_told_apart_by_all_its_copies(monkeypatch: pytest.MonkeyPatch) -> None:
    """The third copy's speed is not the second's fine, but the first copy gives both."""
    prints = batch(*FINE)
    assert story_of(group(prints), 0) == {0, 1, 2}
    monkeypatch.setattr(story_apart, "APART_BY_STORY", False)  # any pair across, as before
    assert story_of(group(prints), 0) == {0, 1}


def test_a_follow_up_with_other_figures_stays_apart() -> None:
    later = (
        "Varga fined again for speeding",
        "The Ostby mayor was fined £300 on Monday for driving at 52mph on the ring road.",
    )
    prints = batch(*FINE, later)
    assert 3 not in story_of(group(prints), 0)


def test_a_headline_word_in_another_form_is_no_news(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(story_score, "CONCEPTS", False)  # a derailment's concept says it too
    derailed = fp(("ICE bei Lohstadt entgleist", "Der Zug sprang kurz vor dem Bahnhof."), "", "de")
    report = fp(("Entgleisung bei Lohstadt", "Fahrgäste schildern den Knall."), "", "de")
    prints = [derailed, report, *batch()]
    with_forms = BatchEvidence(prints).features(0, 1)["title_news"]
    monkeypatch.setattr(story_score, "NEWS_PREFIX", 0)
    assert BatchEvidence(prints).features(0, 1)["title_news"] > with_forms


def test_the_time_credit_counts_hours_apart(monkeypatch: pytest.MonkeyPatch) -> None:
    """Copies come within hours (on since session 10's fourth pass, for dated items only:
    tests/test_story_time_proximity.py)."""
    together = [fp(SLIDE, "Feed 0", dated=True), fp(SLIDE_TABLOID, "Feed 1", dated=True)]
    together += batch()
    apart = [fp(SLIDE, "Feed 0", dated=True), fp(SLIDE_TABLOID, "Feed 1", hours_ago=9, dated=True)]
    apart += batch()
    assert BatchEvidence(together).score(0, 1) > BatchEvidence(apart).score(0, 1)
    monkeypatch.setitem(story_score.WEIGHTS, "close", 0.0)
    assert BatchEvidence(together).score(0, 1) == BatchEvidence(apart).score(0, 1)


def test_a_year_in_one_headline_is_no_other_figure(monkeypatch: pytest.MonkeyPatch) -> None:
    """A year against a count: two kinds of figure; two years, two counts: two events."""
    results = fp(RESULTS, language="fr")
    outlook = fp(
        (
            "Orvane vise une nouvelle croissance en 2027",
            "Après un bénéfice net de 412 millions d'euros, la PDG annonce 40 boutiques.",
        ),
        language="fr",
    )
    assert not ruled_out(results, outlook)
    budget = fp(("Ostby approves its 2026 budget", "The council voted on Monday."))
    later = fp(("Ostby approves its 2027 budget", "The council voted on Monday."))
    assert ruled_out(budget, later)
    # any headline figures, as before
    monkeypatch.setattr(story_headline_figures, "YEARS_APART", False)
    assert ruled_out(results, outlook)


def test_word_links_are_looked_for_across_a_year_and_a_count() -> None:
    """`story_blocks.Blocks` skips pairs whose headline figures disagree: not a year and a count."""
    copies = [
        ("Ostby council backs tram plan for 2027",
         "Ostby's council backed the tram plan on Monday; the line to the harbour will open in "
         "2027."),
        ("Ostby tram plan backed: £210m line to the harbour",
         "Ostby's council backed the tram plan on Monday; the line to the harbour will cost "
         "£210m."),
    ]  # fmt: skip
    prints = [fp(story, f"Feed {i}") for i, story in enumerate(copies)]
    assert same_story(prints[0], prints[1])
    assert group(prints, scored=False) == [[0, 1]]  # by their words, not the weighed evidence
