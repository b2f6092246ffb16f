"""Issue #18, session 14: an "m" after a number is metres in a race's words ("400m runners",
"60m indoors", "the final 200m of the night", "the 400 m haies") and a million where money or a
count says so ("£400m", "400m people", "60m shares", "a 400m budget"). Invented athletes and
meetings, sentences written for these tests."""

from __future__ import annotations

import pytest

from summarizer.figures.judge import find_figures

MILLION = 1e6


def _figures(text: str, language: str = "en") -> list[tuple[str, float, str | None]]:
    return [(f.text, f.value, f.unit) for f in find_figures(text, language)]


def _no_million(text: str, language: str = "en") -> list[tuple[str, float, str | None]]:
    found = _figures(text, language)
    assert found, text
    assert all(value < MILLION for _, value, _ in found), found
    return found


# -- 1. a plural that names who runs or what is run: metres ----------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Coach Ruth Amadi trained 400m runners such as Pavel Dron at the Kelso club.",
        "Ivo Strand is one of the quickest 800m runners anywhere this winter.",
        "Before the summer Mira Hale wants to go well under 7.2 seconds over 60m indoors.",
        "Both 60m races at the Tarnby meeting were slow, the winner said.",
        "The 400 m runners were called to the start in Varberg.",
    ],
)
def test_a_plural_of_runners_or_races_keeps_metres(text: str) -> None:
    found = _no_million(text)
    assert any(unit == "m" for _, _, unit in found), found


def test_events_are_metres_in_a_race_s_words() -> None:
    found = _no_million(
        "After the relay gold Dario Venn said his 100m and 200m events had been poor."
    )
    assert ("200m", 200.0, "m") in found


# -- 2. "of" and a determiner: a stretch of a race in a race's words -------------------------------


def test_the_last_stretch_of_a_race_is_metres() -> None:
    found = _no_million("Lia Torsk felt her calf go in the final 200m of the race and limped in.")
    assert ("200m", 200.0, "m") in found


def test_the_fastest_indoor_distance_of_all_time_is_metres() -> None:
    found = _no_million(
        "At the Harwick meeting Abel Quint clocked the quickest indoor 400m of the winter."
    )
    assert ("400m", 400.0, "m") in found


def test_a_time_written_as_results_give_it_makes_a_race() -> None:
    found = _no_million("Nell Ardo went through the first 800m of the 1500m in 2:01.45, a pace.")
    assert ("800m", 800.0, "m") in found


# -- 3. the same notation in other languages -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Anouk Brel a gagné le 400 m haies en 54,10 secondes.", "fr"),
        ("Sanne Oort won de 400 m horden in Gent.", "nl"),
        ("Lara Pezzi ha vinto i 400 m ostacoli a Rieti.", "it"),
        ("Inés Calvo ganó los 400 m vallas en Huelva.", "es"),
    ],
)
def test_hurdles_in_other_languages_are_metres(text: str, language: str) -> None:
    found = _no_million(text, language)
    assert any(value == 400 and unit == "m" for _, value, unit in found), found


def test_plain_distances_in_other_languages_stay_metres() -> None:
    assert ("400 m", 400.0, "m") in _figures("Er lief die 400 m in 45,10 Sekunden.", "de")
    assert ("60 m", 60.0, "m") in _figures("Hij liep de 60 m in 6,61 seconden.", "nl")


# -- 4. what already read as metres stays so -------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Tomas Reed clocked 6.58 seconds in the indoor 60m at the Glenmore meeting.",
        "The 100m was won by Kofi Asante in 9.91 seconds.",
        "Varga ran the 400m in 49.80 seconds and broke the meeting record over 400m.",
        "He broke the national record in the 400m individual medley.",
    ],
)
def test_race_distances_stay_metres(text: str) -> None:
    _no_million(text)


@pytest.mark.parametrize(
    "text",
    [
        "Lena Varga won the 400m hurdles in Oslo by a stride.",
        "Marta Ilves anchored the team in the 4x100m relay.",
        "Jo Park will swim the 200m freestyle on Friday.",
        "Olaf Rinn won the 1500m final with a time of 3:35.2.",
    ],
)
def test_a_race_s_name_is_no_million(text: str) -> None:
    assert all(value < MILLION for _, value, _ in _figures(text))


# -- 5. guards: money and counts stay a million ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "figure", "value"),
    [
        ("The club paid £400m for the stadium near the track.", "£400m", 400e6),
        ("About 400m people watched the 100m final.", "About 400m people", 400e6),
        ("The league signed a $60m deal before the relay.", "$60m", 60e6),
        ("The firm sold 60m shares last week.", "60m shares", 60e6),
        ("The channel says 60m viewers saw the sprint.", "60m viewers", 60e6),
        ("The owners sold 60m of their shares before the 100m final.", "60m", 60e6),
        ("The club has a 400m budget for the new season.", "400m", 400e6),
        ("The agency agreed a 60m contract with the firm.", "60m", 60e6),
    ],
)
def test_money_and_counts_stay_a_million(text: str, figure: str, value: float) -> None:
    found = {t: v for t, v, _ in _figures(text)}
    assert found.get(figure) == value, found


def test_a_thing_measured_stays_metres() -> None:
    assert ("400m", 400.0, "m") in _figures("Builders finished a 400m tower in the port.")
