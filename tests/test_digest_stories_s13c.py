"""Round 22's false merges (session 13, third pass): two events published together that share
one number and no word ("38 per 100,000" flu cases in an English weekly report, "38 cêntimos" a
litre in a Portuguese farmers' protest) got the time credit of a key figure in common
(story_score `_close_keyed`) and joined as one story every 24 h. A key figure now lets time
count only with a stem or a name in common too (story_score.FIGURE_WITH_WORD); copies of one
event sharing the figure and a word keep it. Texts written for these tests."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from bot.digest.stories import Fingerprint, fingerprint, group
from bot.digest.story_score import BatchEvidence
from tests.story_filler import OTHER_NEWS

NOW = datetime(2026, 12, 23, 6, 0, tzinfo=UTC)


def fp(title: str, lead: str, hours: float, language: str, source: str) -> Fingerprint:
    return fingerprint(title, lead, NOW + timedelta(hours=hours), language, source)


MEASLES = fp(
    "Measles cases rise in Farrow schools",
    "Health officials counted 47 cases in the county's schools this week.",
    0.0,
    "en",
    "Wire",
)
MEASLES_COPY = fp(
    "Farrow measles outbreak grows",
    "47 cases so far, health officials say.",
    0.4,
    "en",
    "Local",
)
# Published together with the measles report, in Portuguese, sharing only the number 47.
FISHERS = fp(
    "Pescadores de Vila Serena bloqueiam o porto",
    "Os barcos ficaram amarrados contra o preço de 47 cêntimos por quilo de sardinha.",
    0.5,
    "pt",
    "Diário",
)


def batch_of(*items: Fingerprint) -> BatchEvidence:
    others = [fp(t, lead, 0.5, "en", "Town") for t, lead in OTHER_NEWS]
    return BatchEvidence([*items, *others])


def test_a_figure_alone_gives_no_time_credit() -> None:
    batch = batch_of(MEASLES, FISHERS)
    assert batch.tokens(0) & batch.tokens(1) == {"#47"}
    assert batch.features(0, 1)["close"] == 0.0
    assert not batch.timed(0, 1)


def test_a_figure_and_a_word_still_give_it() -> None:
    batch = batch_of(MEASLES, MEASLES_COPY)
    assert batch.features(0, 1)["close"] > 0.5
    assert batch.timed(0, 1)


def test_a_figure_alone_weighs_less_than_before() -> None:
    batch = batch_of(MEASLES, FISHERS)
    assert batch.score(0, 1) < -3.0


def test_the_protest_does_not_join_the_outbreak() -> None:
    items = [MEASLES, MEASLES_COPY, FISHERS]
    batch = [*items, *(fp(t, lead, 0.5, "en", "Town") for t, lead in OTHER_NEWS)]
    groups = [g for g in group(batch) if g[0] < len(items)]
    assert [0, 1] in groups
    assert not any(2 in g and 0 in g for g in groups)


# A prison term in other forms (story_duration): "18 maanden" / "anderhalf jaar" are 18 months.
VERDICT = fp(
    "Oud-burgemeester van Zandvoorde krijgt 18 maanden cel",
    "De rechtbank in Halsteren acht bewezen dat Piet Verhagen 60.000 euro aannam van een aannemer.",
    0.0,
    "nl",
    "Omroep",
)
VERDICT_TEASER = fp(
    "Gevangenisstraf voor Verhagen", "Anderhalf jaar voor omkoping.", 0.3, "nl", "Krant"
)


def test_a_term_in_other_forms_is_one_figure() -> None:
    from bot.digest.story_duration import durations

    assert durations("18 maanden cel") == durations("anderhalf jaar") == {"18mo"}
    assert durations("dreieinhalb jahre haft") == durations("3,5 jahre haft") == {"42mo"}
    assert durations("a year and a half") == durations("полтора года") == {"18mo"}
    assert durations("tres anos y medio") == durations("three and a half years") == {"42mo"}
    assert durations("condamne a douze ans") == durations("12 ans de reclusion") == {"144mo"}


def test_the_teaser_giving_the_term_in_words_joins_the_verdict() -> None:
    items = [VERDICT, VERDICT_TEASER]
    batch = [*items, *(fp(t, lead, 0.5, "en", "Town") for t, lead in OTHER_NEWS)]
    assert [0, 1] in group(batch)


def test_a_term_is_a_key_but_no_fact_that_tells_items_apart() -> None:
    """A span is a figure two copies share (story_score's tokens), not one whose absence sets
    them apart (`specific`, measures): a follow-up gives the years in office, another the
    sentence."""
    from bot.digest.story_figures import specific

    mayor = fp("Mayor out after 16 years", "Voters ended 16 years of rule.", 0.0, "en", "A")
    assert "192mo" in mayor.numbers
    assert not specific("192mo")
    assert not mayor.exact
    batch = batch_of(VERDICT, VERDICT_TEASER)
    assert "#18mo" in batch.tokens(0) & batch.tokens(1)


def test_a_plain_sentence_without_a_term_still_joins_its_copy() -> None:
    """Guard (passes on both): copies sharing words join whatever the spans."""
    first = fp(
        "Former Halsteren mayor Verhagen jailed for bribery",
        "Piet Verhagen, the former mayor of Halsteren, was jailed for taking bribes from a "
        "builder.",
        0.0,
        "en",
        "Wire",
    )
    copy = fp(
        "Verhagen jailed for bribery",
        "The former Halsteren mayor Verhagen was jailed for taking bribes.",
        0.2,
        "en",
        "Local",
    )
    batch = [first, copy, *(fp(t, lead, 0.5, "en", "Town") for t, lead in OTHER_NEWS)]
    assert [0, 1] in group(batch)


def test_a_bare_a_year_is_no_span(monkeypatch: pytest.MonkeyPatch) -> None:
    """A rate ("£1,200 a year") and a life's lost year are no term: two reactions saying them
    share no key figure (story_duration.BARE_A_OFF); "a year and a half" is 18 months."""
    from bot.digest import story_duration

    assert story_duration.durations("would save 1,200 a year") == set()
    assert story_duration.durations("i've lost a year of my life") == set()
    assert story_duration.durations("a year and a half") == {"18mo"}
    monkeypatch.setattr(story_duration, "BARE_A_OFF", False)
    assert story_duration.durations("would save 1,200 a year") == {"12mo"}
