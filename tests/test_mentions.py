"""Whole-word mentions found without per-article regexes (summarizer.quotes.mentions)."""

from __future__ import annotations

from summarizer.quotes.mentions import find_mentions, has_free_occurrence


def test_the_longest_name_wins_and_mentions_do_not_overlap() -> None:
    text = "Smith-Jones met Smith. O'Smith, Smithson and _Smith did not; Smith did."
    found = find_mentions(text, {"Smith", "Smith-Jones", "Jones"})
    assert found == [(0, "Smith-Jones"), (16, "Smith"), (61, "Smith")]


def test_a_name_may_open_or_close_the_text() -> None:
    assert find_mentions("Rouhani", {"Rouhani"}) == [(0, "Rouhani")]
    assert find_mentions("said Putin", {"Putin"}) == [(5, "Putin")]
    assert find_mentions("Putin’s visit", {"Putin"}) == [(0, "Putin")]  # a possessive counts


def test_a_free_occurrence_has_no_word_character_or_apostrophe_beside_it() -> None:
    assert not has_free_occurrence("Pollsters said the pollsters' view held", "pollsters")
    assert not has_free_occurrence("the mapollsters and pollsters2", "pollsters")
    assert has_free_occurrence("Pollsters said: ask the pollsters.", "pollsters")
    assert has_free_occurrence("pollsters", "pollsters")
