"""The second key-figure labels and the agreement they measure (bench.key_agreement)."""

from __future__ import annotations

import json

import pytest

from bench.key_agreement import SECOND, kappa
from tests.realpages_schema import label_path, split_of


def test_kappa_is_one_for_labellers_who_agree_and_zero_for_chance() -> None:
    assert kappa(agree=10, items=10, first=4, second=4) == pytest.approx(1.0)
    # Half the items yes for each, agreeing on half of them: what chance gives.
    assert kappa(agree=50, items=100, first=50, second=50) == pytest.approx(0.0)
    # 90 alike of 100, 20 yes each: observed 0.9, chance 0.68.
    assert kappa(agree=90, items=100, first=20, second=20) == pytest.approx(0.22 / 0.32)


def test_second_labels_mark_only_figures_the_first_labels_hold_on_dev_pages() -> None:
    first = {}
    for line in label_path("realpages").read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        first[row["id"]] = {(f["start"], f["end"]) for f in row["figures"] or []}
    rows = [json.loads(line) for line in SECOND.read_text(encoding="utf-8").splitlines()]
    assert len(rows) == 45
    assert len({row["id"] for row in rows}) == len(rows)
    for row in rows:
        assert set(row) == {"id", "split", "key", "labelled_by", "labelled_at"}
        assert row["split"] == split_of(row["id"]) == "dev"
        assert {tuple(span) for span in row["key"]} <= first[row["id"]]
