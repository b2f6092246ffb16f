"""bench.quote_paths' pooled table: each path, its resolution and its cue as families, and on
how many pages the wrong ones fall. Counts made up for the test."""

from __future__ import annotations

from collections import Counter

from bench.quote_paths import RIGHT, UNATTRIBUTED, UNCLEAN, WRONG, families, rate_table


def _counts() -> Counter[tuple[str, str, str]]:
    return Counter({
        ("pool all", "after:name-first/pronoun:antecedent", RIGHT): 6,
        ("pool all", "after:name-first/pronoun:antecedent", WRONG): 2,
        ("pool all", "before:name-verb/pronoun:antecedent", UNCLEAN): 1,
        ("pool all", "before:name-verb/pronoun:antecedent", WRONG): 3,
        ("pool all", "after:name-first/name", RIGHT): 9,
        ("pool all", "no-cue/none", UNATTRIBUTED): 4,
    })  # fmt: skip


def test_families_pool_a_resolution_across_cues_and_a_cue_across_resolutions() -> None:
    pooled = families(_counts())
    assert pooled["*/pronoun:antecedent", RIGHT] == 7  # "not clean" is the right person
    assert pooled["*/pronoun:antecedent", WRONG] == 5
    assert pooled["after:name-first/*", RIGHT] == 15
    assert pooled["before:name-verb/pronoun:antecedent", WRONG] == 3


def test_rate_table_puts_the_most_wrong_first_and_counts_pages() -> None:
    wrong_on = {
        "after:name-first/pronoun:antecedent": {"p1"},
        "before:name-verb/pronoun:antecedent": {"p1", "p2"},
    }
    rows = rate_table(_counts(), least=4, wrong_on=wrong_on)
    # the path and its cue family tie at 3 wrong of 4, ahead of the rest
    assert set(rows[2:4]) == {
        "| before:name-verb/pronoun:antecedent | 1 | 3 | 0 | 0.750 | 2 |",
        "| before:name-verb/* | 1 | 3 | 0 | 0.750 | 2 |",
    }
    assert "| */pronoun:antecedent | 7 | 5 | 0 | 0.417 | 2 |" in rows
    assert not any(r.startswith("| no-cue/none ") for r in rows)  # nobody named: no rate
