"""Session 11, third figures pass (issue #18): the kinds of miss held-out set 3 showed, each
with sentences of our own (fictional): the head noun as a count's unit, a count after "of
which", scales and compound durations, percentage points, a part of a whole, a vote result."""

from __future__ import annotations

import pytest

from summarizer.figures.judge import find_figures
from tests.figure_helpers import one, texts


@pytest.mark.parametrize(
    ("text", "part", "unit"),
    [
        ("The agency launched 14 weather balloons on Friday.", "14 weather balloons", "balloon"),
        ("Hackers copied 3.1 million patient files.", "3.1 million patient files", "file"),
        ("Clinics logged 870 mumps cases in spring.", "870 mumps cases", "case"),
        ("The depot sold 95 petrol vans.", "95 petrol vans", "van"),
        ("The port hired 60 customs officers.", "60 customs officers", "officer"),
        ("She filed 9 formal appeals.", "9 formal appeals", "appeal"),
        ("The firm bought 40 cargo buses.", "40 cargo buses", "bus"),
    ],
)  # fmt: skip
def test_a_counts_unit_is_its_head_noun(text: str, part: str, unit: str) -> None:
    assert one(text, part).unit == unit


def test_a_measure_with_its_power_and_a_name_stay_whole() -> None:
    assert one("They pumped 6 billion cubic feet of gas.", "6 billion cubic feet").unit == (
        "cubic foot"
    )


@pytest.mark.parametrize(
    ("text", "part", "unit"),
    [
        ("About 52,000 pupils completed exams in May.", "About 52,000 pupils", "pupil"),
        ("Some 4,000 drivers signed petitions.", "Some 4,000 drivers", "driver"),
    ],
)
def test_a_verb_in_the_past_ends_the_counted_noun(text: str, part: str, unit: str) -> None:
    assert one(text, part).unit == unit


@pytest.mark.parametrize(
    ("text", "part", "unit", "language"),
    [
        ("Die Bank streicht 2.400 Stellen, davon rund 900 in Bayern.", "rund 900", "stelle",
         "de"),
        ("Le groupe supprime 1 500 postes, dont 300 en France.", "300", "poste", "fr"),
        ("La rete chiude 80 sportelli, di cui 25 in Sicilia.", "25", "sportello", "it"),
        ("The firm cut 600 jobs, of which 150 were in Wales.", "150", "job", "en"),
    ],
)  # fmt: skip
def test_a_number_after_of_which_counts_the_noun_before(
    text: str, part: str, unit: str, language: str
) -> None:
    assert one(text, part, language).unit == unit


@pytest.mark.parametrize(
    ("text", "part", "value", "language"),
    [
        ("Долг может вырасти до 1,8 трлн рублей.", "1,8 трлн рублей", 1.8e12, "ru"),
        ("La ciudad invertirá 3.400 millones de euros.", "3.400 millones de euros", 3.4e9, "es"),
        ("O governo gastará 1.500 milhões de euros.", "1.500 milhões de euros", 1.5e9, "pt"),
        ("Der Bund zahlt 1.2 Mio. Euro.", "1.2 Mio. Euro", 1.2e6, "de"),
    ],
)  # fmt: skip
def test_scales_and_a_dot_group_before_a_scale(
    text: str, part: str, value: float, language: str
) -> None:
    assert one(text, part, language).value == pytest.approx(value)


@pytest.mark.parametrize(
    ("text", "part", "value", "unit", "language"),
    [
        ("The ferry crossing took 2 hours 40 minutes.", "2 hours 40 minutes", 160, "minute", "en"),
        ("Fue condenado a 5 años y 6 meses de prisión.", "5 años y 6 meses", 66, "month", "es"),
        ("Er lag 3 Minuten und 5 Sekunden vorn.", "3 Minuten und 5 Sekunden", 185, "second",
         "de"),
        ("Il record è di 2 minuti e 10 secondi.", "2 minuti e 10 secondi", 130, "second", "it"),
        ("The scheme ran for over three decades.", "over three decades", 30, "year", "en"),
        ("The abbey stood for two centuries.", "two centuries", 200, "year", "en"),
    ],
)  # fmt: skip
def test_a_compound_duration_is_one_figure_in_its_smallest_unit(
    text: str, part: str, value: float, unit: str, language: str
) -> None:
    figure = one(text, part, language)
    assert (figure.value, figure.unit) == (value, unit)


def test_a_range_of_durations_stays_two_figures() -> None:
    assert texts("Waits rose from 3 hours to 5 hours.") == ["3 hours", "5 hours"]


@pytest.mark.parametrize(
    ("text", "part", "unit", "language"),
    [
        ("Its share rose 0.4 percentage points to 9%.", "0.4 percentage points", "pp", "en"),
        ("Die Quote stieg um 1,5 Prozentpunkte.", "1,5 Prozentpunkte", "pp", "de"),
        ("Its share rose 0.4% to 9%.", "0.4%", "%", "en"),
        ("В Томске выпало 38 см снега.", "38 см", "cm", "ru"),
        ("Осадков выпало 12 мм.", "12 мм", "mm", "ru"),
        ("Quedan 310 hectómetros cúbicos en los embalses.", "310 hectómetros cúbicos", "hm³",
         "es"),
    ],
)  # fmt: skip
def test_percentage_points_and_unit_symbols(text: str, part: str, unit: str, language: str) -> None:
    assert one(text, part, language).unit == unit


@pytest.mark.parametrize(
    ("text", "part", "value", "unit"),
    [
        ("The airline grounded 12 of its 90 jets.", "12 of its 90 jets", 12, "jet"),
        ("Only 3 of the 25 wards reopened.", "Only 3 of the 25 wards", 3, "ward"),
    ],
)
def test_a_part_of_a_whole_is_the_part(text: str, part: str, value: float, unit: str) -> None:
    figure = one(text, part)
    assert (figure.value, figure.unit) == (value, unit)


def test_a_vote_result_is_no_figure() -> None:
    text = "The board backed the merger by nine votes to three after a long debate."
    assert not any(f.unit == "vote" for f in find_figures(text, "en")), texts(text)
    assert one("She won 5,000 votes to become mayor.", "5,000 votes").unit == "vote"


def test_the_second_part_of_a_duration_is_no_figure_of_its_own() -> None:
    assert texts("Fu condannato a 6 anni e 2 mesi di carcere.", "it") == ["6 anni e 2 mesi"]


def test_the_german_plural_of_a_noun_in_lle() -> None:
    assert one("Die Stadt schafft 450 Stellen.", "450 Stellen", "de").unit == "stelle"


@pytest.mark.parametrize(
    ("text", "part", "value", "language"),
    [
        ("La ligne assure un bus sur quatre ce matin.", "un bus sur quatre", 0.25, "fr"),
        ("Circolerà un treno su tre domenica.", "un treno su tre", 1 / 3, "it"),
        ("Uno de cada cinco hogares no tiene coche.", "Uno de cada cinco", 0.2, "es"),
        ("Een op de vier huurders betaalt te veel.", "Een op de vier", 0.25, "nl"),
        ("Jeder vierte Bewerber fiel durch.", "Jeder vierte", 0.25, "de"),
        ("Каждый пятый житель уехал.", "Каждый пятый", 0.2, "ru"),
        ("Er zijn 2.000 scholen; een kwart daarvan is oud.", "een kwart", 0.25, "nl"),
        ("I feriti sono circa 80, quasi la metà bambini.", "quasi la metà", 0.5, "it"),
    ],
)  # fmt: skip
def test_one_in_n_and_a_share_of_a_count_told_before(
    text: str, part: str, value: float, language: str
) -> None:
    figure = one(text, part, language)
    assert (figure.kind, figure.value) == ("fraction", pytest.approx(value))


def test_one_over_a_span_of_time_is_no_share() -> None:
    assert not any(f.kind == "fraction" for f in find_figures("Un prêt sur deux ans.", "fr"))


@pytest.mark.parametrize(
    ("text", "part", "value", "unit", "language"),
    [
        ("The plant will power half a million homes.", "half a million homes", 5e5, "home", "en"),
        ("They built a 2.2-gigawatt solar park.", "2.2-gigawatt", 2.2, "GW", "en"),
        ("Sie saß viereinhalb Jahre in Haft.", "viereinhalb Jahre", 4.5, "year", "de"),
        ("Стадион вмещает 3 400 мест.", "3 400 мест", 3400, "место", "ru"),
    ],
)  # fmt: skip
def test_half_a_scale_gigawatts_halves_in_german_and_russian_places(
    text: str, part: str, value: float, unit: str, language: str
) -> None:
    figure = one(text, part, language)
    assert (figure.value, figure.unit) == (value, unit)
