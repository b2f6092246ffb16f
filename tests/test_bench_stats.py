"""The load benchmark's percentile helper (its tables are only as right as this)."""

import math

from bench.bot_load import percentile


def test_percentile_interpolates_between_closest_ranks_like_numpy_linear():
    values = [4.0, 1.0, 3.0, 2.0, 5.0]  # unsorted on purpose
    assert percentile(values, 0) == 1.0
    assert percentile(values, 50) == 3.0
    assert percentile(values, 100) == 5.0
    assert percentile(values, 25) == 2.0
    assert math.isclose(percentile(values, 95), 4.8)  # rank 3.8: 4 + 0.8 * (5 - 4)
    assert math.isclose(percentile(list(range(1, 101)), 99), 99.01)


def test_percentile_of_one_value_and_of_none():
    assert percentile([7.5], 99) == 7.5
    assert math.isnan(percentile([], 50))
