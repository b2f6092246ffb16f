"""The fresh story check set has the shape its scoring row claims."""

from __future__ import annotations

from collections import Counter

from tests import story_items_fresh
from tests.story_items_fresh import HARD_NEGATIVES, ITEMS

CATEGORIES = {
    "two storms in one week, different places",
    "a match preview and its report",
    "two central-bank decisions in different countries",
    "one company's two announcements",
    "one politician on two days",
    "one maker's recalls of two different products",
}


def labels() -> Counter[str]:
    return Counter(label for label, _, _ in ITEMS)


def test_at_least_150_items_in_50_stories() -> None:
    assert len(ITEMS) >= 150
    assert len(labels()) >= 50


def test_items_are_unique_and_filled() -> None:
    assert all(label and title.strip() and lead.strip() for label, title, lead in ITEMS)
    copies = [(title, lead) for _, title, lead in ITEMS]
    assert len(set(copies)) == len(copies)
    assert len({title for title, _ in copies}) == len(copies)


def test_enough_stories_told_by_several_outlets() -> None:
    told_twice = [label for label, n in labels().items() if n >= 2]
    assert len(told_twice) >= 50


def test_every_category_has_a_hard_negative_pair_with_items_on_both_sides() -> None:
    assert set(HARD_NEGATIVES) == CATEGORIES
    counts = labels()
    for category, negatives in HARD_NEGATIVES.items():
        assert negatives, category
        for negative in negatives:
            story, _, suffix = negative.partition("/")
            assert suffix, negative
            assert counts[story] >= 1 and counts[negative] >= 1, negative


def test_hard_negatives_are_the_only_slashed_labels_named_in_categories() -> None:
    slashed = {label for label in labels() if "/" in label}
    listed = {label for negatives in HARD_NEGATIVES.values() for label in negatives}
    assert listed <= slashed
    assert len(listed) == sum(len(n) for n in HARD_NEGATIVES.values())


def test_eight_languages_by_label_prefix() -> None:
    prefixes = {label.split("-", 1)[0] for label in labels()}
    assert prefixes == {"en", "ru", "de", "fr", "es", "it", "pt", "nl"}


def test_the_module_says_it_was_scored_once() -> None:
    assert "scored once" in (story_items_fresh.__doc__ or "")
