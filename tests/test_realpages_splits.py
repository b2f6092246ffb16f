"""Which report rows of bench/realpages.py a labelled real page counts in (`report_rows`).

Round-2 lines carry only their date; round-3 lines carry the same date and "round": 3. Each
fresh held-out row must hold its own round's pages only, or it stops being a fresh check.
"""

from __future__ import annotations

from tests.realpages_schema import (
    DEV_4,
    DEV_5,
    DEV_6,
    FRESH,
    FRESH_3,
    FRESH_4,
    FRESH_5,
    FRESH_6,
    SPLITS,
    report_rows,
)

ROUND_2_DATE = "2026-12-06"


def _lab(split: str, labelled_at: str, **extra: object) -> dict:
    return {"split": split, "labelled_at": labelled_at, **extra}


def test_round_3_held_out_pages_have_their_own_row() -> None:
    assert report_rows(_lab("heldout", ROUND_2_DATE, round=3)) == ("heldout", FRESH_3, "all")


def test_round_2_row_keeps_only_round_2_pages() -> None:
    assert report_rows(_lab("heldout", ROUND_2_DATE)) == ("heldout", FRESH, "all")
    assert FRESH not in report_rows(_lab("heldout", ROUND_2_DATE, round=3))


def test_dev_and_first_round_pages_count_in_no_fresh_row() -> None:
    assert report_rows(_lab("dev", ROUND_2_DATE, round=3)) == ("dev", "all")
    assert report_rows(_lab("dev", ROUND_2_DATE)) == ("dev", "all")
    assert report_rows(_lab("heldout", "2026-12-05")) == ("heldout", "all")


def test_every_row_a_page_counts_in_is_reported() -> None:
    for lab in (_lab("heldout", ROUND_2_DATE, round=3), _lab("heldout", ROUND_2_DATE)):
        assert set(report_rows(lab)) <= set(SPLITS)
    assert SPLITS.index(FRESH) < SPLITS.index(FRESH_3) < SPLITS.index("all")


def test_round_4_pages_have_a_row_for_each_split() -> None:
    assert report_rows(_lab("heldout", ROUND_2_DATE, round=4)) == ("heldout", FRESH_4, "all")
    assert report_rows(_lab("dev", ROUND_2_DATE, round=4)) == ("dev", DEV_4, "all")
    assert FRESH_3 not in report_rows(_lab("heldout", ROUND_2_DATE, round=4))
    assert SPLITS.index(FRESH_3) < SPLITS.index(DEV_4) < SPLITS.index(FRESH_4) < SPLITS.index("all")


def test_round_5_pages_have_a_row_for_each_split() -> None:
    assert report_rows(_lab("heldout", ROUND_2_DATE, round=5)) == ("heldout", FRESH_5, "all")
    assert report_rows(_lab("dev", ROUND_2_DATE, round=5)) == ("dev", DEV_5, "all")
    assert FRESH_4 not in report_rows(_lab("heldout", ROUND_2_DATE, round=5))
    assert DEV_4 not in report_rows(_lab("dev", ROUND_2_DATE, round=5))
    assert SPLITS.index(FRESH_4) < SPLITS.index(DEV_5) < SPLITS.index(FRESH_5) < SPLITS.index("all")


def test_round_6_pages_have_a_row_for_each_split() -> None:
    assert report_rows(_lab("heldout", ROUND_2_DATE, round=6)) == ("heldout", FRESH_6, "all")
    assert report_rows(_lab("dev", ROUND_2_DATE, round=6)) == ("dev", DEV_6, "all")
    assert FRESH_5 not in report_rows(_lab("heldout", ROUND_2_DATE, round=6))
    assert DEV_5 not in report_rows(_lab("dev", ROUND_2_DATE, round=6))
    assert SPLITS.index(FRESH_5) < SPLITS.index(DEV_6) < SPLITS.index(FRESH_6) < SPLITS.index("all")
