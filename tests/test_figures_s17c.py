"""Context phrases from issue #18's fourteenth by-eye reading (session 17): the base of a
change opened by its direction ("…, up from … the year before") takes what changed from the
clause before, past a bracketed conversion and a year; a span after an anticipatory "it takes"
keeps the complement that says what it measures ("it takes … to build a ship"). Sentences
invented for these tests."""

from __future__ import annotations

from tests.figure_helpers import containing as _one


def test_an_up_from_base_takes_what_changed_past_a_conversion() -> None:
    text = (
        "Brannock said it made net profits of 2.4bn kronor ($310m; £170m) in 2011, "
        "up from 1.9bn kronor the year before."
    )
    context = _one(text, "1.9bn").context
    assert context.startswith("net profits of 2.4bn kronor")
    assert "in 2011, up from …" in context and context.endswith("the year before")


def test_a_down_from_base_takes_the_noun_phrase_that_changed() -> None:
    text = "The ferry line reported yearly revenue of £4.2bn, down from £4.6bn a year earlier."
    context = _one(text, "4.6bn").context
    assert "revenue of £4.2bn" in context
    assert context.endswith("down from … a year earlier")


def test_a_plain_from_base_still_needs_the_change_to_land_on_a_figure() -> None:
    # a guard: a bare "from" with no "to" in the host does not borrow the noun phrase
    text = "The mill employed many local workers in 2011, from 300 staff the year before."
    assert "many local workers" not in _one(text, "300").context


def test_it_takes_keeps_the_complement_that_says_what_the_span_measures() -> None:
    text = (
        "Usually it takes about four years from when a hull is ordered before the ship "
        "leaves the yard, the builder said."
    )
    context = _one(text, "four years").context
    assert context.startswith("Usually it takes …")
    assert "from when a hull is ordered before the ship leaves the yard" in context


def test_it_took_keeps_a_for_to_complement() -> None:
    text = (
        "When the tunnel flooded it took almost 12 hours for the pumps sent from the city "
        "to drain it."
    )
    assert _one(text, "12 hours").context.endswith("for the pumps sent from the city to drain it")
