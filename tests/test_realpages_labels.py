"""The label files' shape: offsets and short codes only, never text from the pages.

Reads `bench/labels/<name>.jsonl` of each labelled set (`realpages`, `bbc*`, `cnndm*`) alone
(not ../shared, so it runs anywhere).
"""

from __future__ import annotations

import json
import re
from datetime import date

import pytest

from tests.realpages_schema import (
    FIGURE_KEYS,
    KEYS,
    LABEL_DIR,
    LABEL_SETS,
    OPTIONAL_KEYS,
    QUOTE_KEYS,
    SPEAKER_KINDS,
    UNITS,
    label_path,
    split_of,
)

ID = re.compile(r"(google-trends-2017|l3s-gn1)/[A-Za-z0-9\-]{1,64}")
BBC_ID = re.compile(r"bbc-(business|entertainment|politics|sport|tech)-[0-9]{3}")
CNNDM_ID = re.compile(r"(cnn|dm)-test-[0-9a-f]{40}")
LABELLED_BY = {
    "realpages labelling session (by reading the text)",
    "realpages labelling session 8 (by reading the text)",
    "realpages labelling session 9 (by reading the text)",
    "realpages labelling session 9, round 5 (by reading the text)",
    "realpages labelling session 10, round 6 (by reading the text)",
    "bbc labelling session 11 (by reading the text)",
    "cnndm labelling session 12 (by reading the text)",
    "bbc train labelling session 12 (by reading the text)",
    "bbc train labelling session 12, round 10 (by reading the text)",
    "bbc train labelling session 13, round 12 (by reading the text)",
    "cnndm labelling session 13, round 11 (by reading the text)",
    "cnndm labelling session 13, round 13 (by reading the text)",
    "cnndm labelling session 13, round 14 (by reading the text)",
    "bbc train labelling session 13, round 15 (by reading the text)",
    "bbc train labelling session 14, round 16 (by reading the text)",
    "bbc train labelling session 14, round 17 (by reading the text)",
    "bbc train labelling session 15, round 18 (by reading the text)",
    "bbc train labelling session 16, round 19 (by reading the text)",
    "bbc train labelling session 17, round 20 (by reading the text)",
    "bbc train labelling session 17, round 21 (by reading the text)",
    "bbc train labelling session 18, round 22 (by reading the text)",
    "bbc train labelling session 18, round 23 (by reading the text)",
    "bbc train labelling session 18, round 24 (by reading the text)",
    "bbc train labelling session 21, round 25 (by reading the text)",
}
BBC_SETS = tuple(name for name in LABEL_SETS if name.startswith("bbc"))
# A set whose walk ran out of candidates before 45 articles (it walked every train article left
# after the earlier sets' rules): its floor is its size.
SHORT_SETS = {"bbc_train13": 36}
CNNDM_SETS = tuple(name for name in LABEL_SETS if name.startswith("cnndm"))
FILES = {  # each set's label file and the pattern of its ids
    name: (label_path(name), BBC_ID if name in BBC_SETS else CNNDM_ID if name in CNNDM_SETS else ID)
    for name in LABEL_SETS
}


def test_a_sets_labels_follow_from_its_name_and_every_label_file_is_a_set() -> None:
    """bench/labels/<name>.jsonl for each set named once; a file no set names is an error."""
    assert label_path("bbc_train9") == LABEL_DIR / "bbc_train9.jsonl"
    assert len(set(LABEL_SETS)) == len(LABEL_SETS)
    assert sorted(path.stem for path in LABEL_DIR.glob("*.jsonl")) == sorted(LABEL_SETS)
    assert set(LABEL_SETS) == {"realpages", *BBC_SETS, *CNNDM_SETS}
    assert {"bbc", "bbc_train", "bbc_train9"} <= set(BBC_SETS)
    assert {"cnndm", "cnndm4"} <= set(CNNDM_SETS)
    with pytest.raises(ValueError, match="bbc_trian9"):
        label_path("bbc_trian9")


@pytest.fixture(params=sorted(FILES))
def label_file(request: pytest.FixtureRequest) -> str:
    return request.param


def _lines(name: str = "realpages") -> list[str]:
    path = FILES[name][0]
    return [line for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _rows(name: str = "realpages") -> list[dict]:
    return [json.loads(line) for line in _lines(name)]


def _is_int(x: object) -> bool:
    return isinstance(x, int) and not isinstance(x, bool)


def _span(x: object) -> bool:
    return isinstance(x, list) and len(x) == 2 and all(_is_int(v) for v in x) and 0 <= x[0] < x[1]


def test_every_line_is_a_json_object(label_file: str) -> None:
    lines = _lines(label_file)
    assert lines
    for line in lines:
        assert isinstance(json.loads(line), dict), line[:80]


def test_ids_are_unique_page_ids_and_splits_follow_the_sha_rule(label_file: str) -> None:
    rows = _rows(label_file)
    ids = [row["id"] for row in rows]
    assert len(ids) == len(set(ids))
    pattern = FILES[label_file][1]
    for row in rows:
        assert isinstance(row["id"], str) and pattern.fullmatch(row["id"]), row["id"]
        assert row["split"] == split_of(row["id"]), row["id"]


def test_only_the_allowed_fields_and_codes(label_file: str) -> None:
    """No field can carry page text: every value is an id, an offset, a number or a code."""
    for row in _rows(label_file):
        assert KEYS <= set(row) <= KEYS | OPTIONAL_KEYS, row["id"]
        assert "round" not in row or (_is_int(row["round"]) and row["round"] >= 3), row["id"]
        assert row["labelled_by"] in LABELLED_BY
        date.fromisoformat(row["labelled_at"])
        assert row["quotes"] is not None or row["figures"] is not None, row["id"]
        for q in row["quotes"] or []:
            assert isinstance(q, dict) and set(q) == QUOTE_KEYS, row["id"]
            assert q["speaker_kind"] in SPEAKER_KINDS
            assert (q["speaker"] is None) == (q["speaker_kind"] == "none"), row["id"]
        for f in row["figures"] or []:
            assert isinstance(f, dict) and set(f) == FIGURE_KEYS, row["id"]
            assert f["unit"] is None or f["unit"] in UNITS, (row["id"], f["unit"])
            assert f["value"] is None or (
                isinstance(f["value"], int | float) and not isinstance(f["value"], bool)
            )
            assert isinstance(f["key"], bool)


@pytest.mark.parametrize("what", ["quotes", "figures"])
def test_offsets_are_ordered_integer_spans(what: str, label_file: str) -> None:
    for row in _rows(label_file):
        items = row[what]
        if items is None:
            continue
        assert isinstance(items, list)
        previous_end = 0
        for item in items:
            assert _span([item["start"], item["end"]]), (row["id"], item)
            assert item["start"] >= previous_end, (row["id"], "overlapping or unsorted")
            previous_end = item["end"]
            for ref in ("speaker", "counts"):
                if item.get(ref) is not None:
                    assert _span(item[ref]), (row["id"], ref, item[ref])


def test_enough_pages_and_a_held_out_part() -> None:
    rows = _rows()
    quotes = [r for r in rows if r["quotes"] is not None]
    figures = [r for r in rows if r["figures"] is not None]
    assert len(quotes) >= 45 and len(figures) >= 45
    for part in (quotes, figures):
        assert {r["split"] for r in part} == {"dev", "heldout"}
    assert all(r["quotes"] for r in quotes), "a page labelled for quotes holds direct speech"
    for row in figures:
        assert sum(f["key"] for f in row["figures"]) <= 6, row["id"]


def test_the_bbc_set_has_both_kinds_on_every_article_and_a_held_out_part() -> None:
    rows = _rows("bbc")
    assert len(rows) >= 40
    assert {r["split"] for r in rows} == {"dev", "heldout"}
    assert all(r["quotes"] is not None and r["figures"] is not None for r in rows)
    assert all(r.get("round") == 7 for r in rows)


@pytest.mark.parametrize(
    ("name", "round_"),
    [
        ("cnndm", 8),
        ("bbc_train", 9),
        ("bbc_train2", 10),
        ("bbc_train3", 12),
        ("cnndm2", 11),
        ("cnndm3", 13),
        ("cnndm4", 14),
        ("bbc_train4", 15),
        ("bbc_train5", 16),
        ("bbc_train6", 17),
        ("bbc_train7", 18),
        ("bbc_train8", 19),
        ("bbc_train9", 20),
        ("bbc_train10", 21),
        ("bbc_train11", 22),
        ("bbc_train12", 23),
        ("bbc_train13", 24),
        ("bbc_train14", 25),
    ],
)
def test_the_session_12_to_14_sets_label_quotes_only_with_a_held_out_part(
    name: str, round_: int
) -> None:
    rows = _rows(name)
    assert len(rows) >= SHORT_SETS.get(name, 40)
    assert {r["split"] for r in rows} == {"dev", "heldout"}
    assert all(r["quotes"] and r["figures"] is None for r in rows)
    assert all(r.get("round") == round_ for r in rows)


def test_the_cnndm_sets_share_no_article() -> None:
    ids = [{r["id"] for r in _rows(name)} for name in CNNDM_SETS]
    assert all(not a & b for i, a in enumerate(ids) for b in ids[i + 1 :])


def test_the_bbc_sets_share_no_article() -> None:
    ids = [{r["id"] for r in _rows(name)} for name in BBC_SETS]
    assert all(not a & b for i, a in enumerate(ids) for b in ids[i + 1 :])
