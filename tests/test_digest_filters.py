"""Digest keyword filters: parsing a rule, and matching it (accents, stemming, phrases,
whole words, exclude over include, regular expressions only in linear time)."""

from __future__ import annotations

import time

import pytest

from bot.digest import filters
from bot.digest.filters import (
    EXCLUDE,
    INCLUDE,
    MAX_PATTERN,
    FilterError,
    ItemText,
    Rule,
    applicable,
    compile_rule,
    split_terms,
    verdict,
)


def rule(kind: str, text: str, number: int = 1, feed_id: int | None = None, lang: str = "en"):
    return Rule(number, kind, text, feed_id, compile_rule(text, lang))


def text(title: str, body: str = "", lang: str = "en") -> ItemText:
    return ItemText.of(title, body, lang)


def keeps(rules: list[Rule], item: ItemText) -> bool:
    return verdict(rules, item) is None


def test_stemming_matches_other_forms_in_title_or_text() -> None:
    election = [rule(INCLUDE, "election")]
    assert keeps(election, text("Elections in the north"))
    assert keeps(election, text("Town news", "The councils were elected after the election."))
    assert not keeps(election, text("Harbour crane repaired", "The crane works again."))


def test_case_and_accents_are_ignored_on_both_sides() -> None:
    assert keeps([rule(INCLUDE, "cafe")], text("A new CAFÉ opens by the harbour"))
    assert keeps([rule(INCLUDE, "Café")], text("cafe prices rise"))
    assert keeps([rule(INCLUDE, "zurich")], text("Trams in Zürich run late"))


def test_whole_words_only() -> None:
    art = [rule(INCLUDE, "art")]
    assert not keeps(art, text("Party starts at the harbour", "A smart start."))
    assert keeps(art, text("Modern art in the old mill"))


def test_phrase_needs_its_words_in_a_row() -> None:
    phrase = [rule(INCLUDE, '"city council"')]
    assert keeps(phrase, text("The City Councils meet on Monday"))
    assert not keeps(phrase, text("The council of the city meets"))
    typographic = [rule(INCLUDE, "«city council»")]
    assert keeps(typographic, text("City council votes"))


def test_several_words_in_one_rule_are_alternatives() -> None:
    either = [rule(INCLUDE, 'ferry "night train"')]
    assert keeps(either, text("Ferry timetable changes"))
    assert keeps(either, text("The night trains return"))
    assert not keeps(either, text("Train fares rise at night"))


def test_exclude_wins_over_include() -> None:
    rules = [rule(INCLUDE, "football", 1), rule(EXCLUDE, "transfer", 2)]
    assert keeps(rules, text("Football: Larsvik win the derby"))
    removed = verdict(rules, text("Football transfers: striker leaves"))
    assert removed is not None and removed.number == 2
    missed = verdict(rules, text("Library hours extended"))
    assert missed is not None and missed.number == 1  # the include it did not meet


def test_feed_rules_apply_to_their_feed_only() -> None:
    rules = [rule(EXCLUDE, "sport", 1, feed_id=7), rule(EXCLUDE, "weather", 2)]
    sport = text("Sport results")
    assert not keeps(applicable(rules, 7), sport)
    assert keeps(applicable(rules, 8), sport)
    assert not keeps(applicable(rules, 8), text("Weather warning"))


def test_russian_stemming_with_a_russian_chat() -> None:
    rules = [rule(INCLUDE, "выборы", lang="ru")]
    assert keeps(rules, text("Итоги выборов в городе", lang="ru"))
    assert not keeps(rules, text("Паром отменён", lang="ru"))


def test_regex_runs_case_insensitively_on_the_raw_text() -> None:
    pytest.importorskip("re2")
    rules = [rule(EXCLUDE, r"/\bsponsored\b|\[ad\]/")]
    assert not keeps(rules, text("[AD] Buy a boat"))
    assert not keeps(rules, text("Harbour news", "Sponsored content follows."))
    assert keeps(rules, text("Harbour news", "No adverts here."))


def test_pathological_pattern_runs_in_linear_time() -> None:
    pytest.importorskip("re2")
    rules = [rule(INCLUDE, "/(a+)+$/")]
    hostile = text("a" * 15_000 + "!")  # exponential for a backtracking engine
    started = time.perf_counter()
    assert not keeps(rules, hostile)
    assert time.perf_counter() - started < 1.0


@pytest.mark.parametrize(
    ("typed", "code"),
    [
        (r"/(a)\1/", "bad_pattern"),  # backreference: RE2 refuses it
        ("/(?=x)y/", "bad_pattern"),  # lookahead
        ("/" + "a" * (MAX_PATTERN + 1) + "/", "pattern_too_long"),
        ('"open phrase', "unclosed_quote"),
        ("/open", "unclosed_pattern"),
        ("", "empty"),
        ("!!!", "no_words"),
    ],
)
def test_refused_rules_say_why(typed: str, code: str) -> None:
    pytest.importorskip("re2")
    with pytest.raises(FilterError) as caught:
        compile_rule(typed, "en")
    assert caught.value.code == code


def test_regex_refused_when_no_linear_time_engine(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(filters, "_re2", lambda: None)
    with pytest.raises(FilterError) as caught:
        compile_rule("/ab+c/", "en")
    assert caught.value.code == "no_regex"
    assert compile_rule("plain words", "en")  # words still work


def test_split_terms_keeps_quotes_and_patterns_whole() -> None:
    assert split_terms('a "b c"  /d e/ f') == ["a", '"b c"', "/d e/", "f"]
    assert split_terms("“b c” x") == ["“b c”", "x"]
