"""The second key-figure labels (bench.key_agreement): ids and spans of the first labels only."""

from __future__ import annotations

import json

from tests.realpages_schema import SECOND_KEYS, label_path, split_of


def test_second_labels_mark_only_figures_the_first_labels_hold_on_dev_pages() -> None:
    first = {}
    for line in label_path("realpages").read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        first[row["id"]] = {(f["start"], f["end"]) for f in row["figures"] or []}
    rows = [json.loads(line) for line in SECOND_KEYS.read_text(encoding="utf-8").splitlines()]
    assert len(rows) == 45
    assert len({row["id"] for row in rows}) == len(rows)
    for row in rows:
        assert set(row) == {"id", "split", "key", "labelled_by", "labelled_at"}
        assert row["split"] == split_of(row["id"]) == "dev"
        assert {tuple(span) for span in row["key"]} <= first[row["id"]]
