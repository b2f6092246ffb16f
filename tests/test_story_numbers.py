"""Figures as outlets write them (bot.digest.story_fingerprint): one value, whether in digits,
in words, glued to its magnitude or shortened after a currency sign."""

from __future__ import annotations

from datetime import UTC, datetime

from bot.digest.stories import fingerprint, same_story

NOW = datetime(2026, 12, 3, 7, 0, tzinfo=UTC)


def numbers(title: str, lead: str = "", language: str | None = None) -> frozenset[str]:
    return fingerprint(title, lead, NOW, language).numbers


def test_a_figure_in_words_is_its_value() -> None:
    assert "40000" in numbers("Forty thousand homes lose power in Brenby", language="en")
    assert "60000" in numbers("Soixante mille foyers privés de courant", language="fr")
    assert "40" in numbers("Cerca de quarenta golfinhos na baía", language="pt")
    assert "600" in numbers("El fuego quema seiscientas hectáreas", language="es")
    assert "500" in numbers("Пятьсот домов без света", language="ru")
    assert "40" not in numbers("Forty-eight hours of rain", language="en")  # 48, not 40


def test_a_magnitude_glued_to_its_number_scales_it() -> None:
    assert "20000" in numbers("Ventimila utenze senza luce a Porto Selva", language="it")
    assert "30000" in numbers("Minister belooft dertigduizend studentenkamers", language="nl")
    assert "15000" in numbers("Richiamati 15 mila panettoni", language="it")


def test_k_and_a_currency_m_are_magnitudes_and_a_metre_is_not() -> None:
    assert "18000" in numbers("Grocer pulls 18k packs of oat bars", language="en")
    assert "3.1e+08" in numbers("Telecom profit rises to £310m", language="en")
    waves = numbers("Waves of 6 m hit the pier", language="en")
    assert "6" in waves and "6e+06" not in waves


def test_a_percent_phrase_is_no_hundred() -> None:
    assert "100" not in numbers("Utile in crescita del 21 per cento", language="it")


def test_copies_giving_one_figure_in_digits_and_in_words_are_one_story() -> None:
    """Few words in common; the figure, once in digits and once in words, tells they are one
    storm's count."""
    wire = fingerprint(
        "Storm Lorna cuts power to 40,000 homes on the Brenby coast",
        "Gusts toppled lines across the coast overnight, the grid operator said.",
        NOW,
    )
    tabloid = fingerprint(
        "Lorna blackout: forty thousand homes in the dark",
        "Families on the Brenby coast spent the night without power as Lorna raged.",
        NOW,
    )
    assert "40000" in wire.numbers & tabloid.numbers
    assert same_story(wire, tabloid)
