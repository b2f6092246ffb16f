"""The real-page label file (`bench/labels/realpages.jsonl`): where it is and its vocabulary.

Shared by its shape test (tests/test_realpages_labels.py) and the benchmark that scores gistbot
against it (bench/realpages.py, through tests.helpers). Labels hold page ids, character offsets
and short codes only, never text from the pages.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

LABELS = Path(__file__).resolve().parents[1] / "bench" / "labels" / "realpages.jsonl"
# Quotes and figures labelled on BBC News Summary test-split articles (plain text, not pages):
# session 11, blind, by two labellers who never ran the finders; same shape and vocabulary.
BBC_LABELS = LABELS.with_name("bbc.jsonl")
# Quotes (no figures) labelled on CNN/DailyMail sample articles: session 12, blind, by a labeller
# who never ran the finders on them; same shape and vocabulary.
CNNDM_LABELS = LABELS.with_name("cnndm.jsonl")
# Quotes (no figures) labelled on BBC News Summary train-split articles: session 12, blind.
BBC_TRAIN_LABELS = LABELS.with_name("bbc_train.jsonl")
# A second such set (other train articles), labelled later in session 12 for the final check.
BBC_TRAIN2_LABELS = LABELS.with_name("bbc_train2.jsonl")
# Session 13, blind, for the session's final checks: a third BBC train set and a second CNN/DM set.
BBC_TRAIN3_LABELS = LABELS.with_name("bbc_train3.jsonl")
CNNDM2_LABELS = LABELS.with_name("cnndm2.jsonl")
BBC_TRAIN4_LABELS = LABELS.with_name("bbc_train4.jsonl")  # the session's last BBC check
# Session 14, blind, for the session's final check: a fifth BBC train set.
BBC_TRAIN5_LABELS = LABELS.with_name("bbc_train5.jsonl")
BBC_TRAIN6_LABELS = LABELS.with_name("bbc_train6.jsonl")  # a sixth, later in session 14
BBC_TRAIN7_LABELS = LABELS.with_name("bbc_train7.jsonl")  # a seventh, blind, in session 15
BBC_TRAIN8_LABELS = LABELS.with_name("bbc_train8.jsonl")  # an eighth, blind, in session 16
BBC_TRAIN9_LABELS = LABELS.with_name("bbc_train9.jsonl")  # a ninth, blind, in session 17
CNNDM3_LABELS = LABELS.with_name("cnndm3.jsonl")  # a third, later in session 13
CNNDM4_LABELS = LABELS.with_name("cnndm4.jsonl")  # a fourth, for the session's last check
KEYS = frozenset({"id", "split", "quotes", "figures", "labelled_by", "labelled_at"})
OPTIONAL_KEYS = frozenset({"round"})  # a labelling round after the second (3 = session 8)
QUOTE_KEYS = frozenset({"start", "end", "speaker", "speaker_kind"})
FIGURE_KEYS = frozenset({"start", "end", "value", "unit", "counts", "key"})
SPEAKER_KINDS = frozenset({"person", "description", "organisation", "none"})
UNITS = frozenset({
    "percent", "USD", "EUR", "GBP", "people", "count", "year", "decade", "month", "week",
    "day", "hour", "minute", "second", "yard", "ft", "mile", "km", "m", "lb", "kg", "sqft",
    "carat", "V-Bucks",
})  # fmt: skip


def split_of(page_id: str) -> str:
    """The held-out rule: a third of the pages, fixed by the id alone."""
    return "heldout" if int(hashlib.sha256(page_id.encode()).hexdigest(), 16) % 3 == 0 else "dev"


# The rows of `python -m bench.realpages` a labelled page counts in.
FRESH = "heldout, round 2"  # held-out pages labelled 2026-12-06: before any tuning, run once
FRESH_3 = "heldout, round 3"  # held-out pages of labelling round 3 (session 8): never run before
DEV_4 = "dev, round 4"  # dev pages of labelling round 4 (session 9): read by no one before
FRESH_4 = "heldout, round 4"  # held-out pages of labelling round 4 (session 9): never run before
DEV_5 = "dev, round 5"  # dev pages of labelling round 5 (session 9): read by no one before
FRESH_5 = "heldout, round 5"  # held-out pages of labelling round 5 (session 9): never run before
DEV_6 = "dev, round 6"  # dev pages of labelling round 6 (session 10): read by no one before
FRESH_6 = "heldout, round 6"  # held-out pages of labelling round 6 (session 10): never run before
SPLITS = ("dev", "heldout", FRESH, FRESH_3, DEV_4, FRESH_4, DEV_5, FRESH_5, DEV_6, FRESH_6, "all")
ROUND_2 = "2026-12-06"  # round-2 lines carry this date and no "round" field
ROUND_3 = 3  # round-3 lines say "round": 3 (same date as round 2)
ROUND_4 = 4  # round-4 lines say "round": 4 (same date); both their splits get a row
ROUND_5 = 5  # round-5 lines say "round": 5 (same date); routed like round 4
ROUND_6 = 6  # round-6 lines say "round": 6 (same date); routed like round 4


def _fresh(lab: dict) -> str | None:
    """The fresh held-out row a page counts in, if any (round 2 or round 3)."""
    if lab["split"] != "heldout":
        return None
    if lab.get("round") == ROUND_3:
        return FRESH_3
    if "round" not in lab and lab.get("labelled_at") == ROUND_2:
        return FRESH
    return None


def report_rows(lab: dict) -> tuple[str, ...]:
    """The report rows a page counts in: its split, its fresh round's row if it has one, all."""
    if lab.get("round") == ROUND_4:
        return (lab["split"], DEV_4 if lab["split"] == "dev" else FRESH_4, "all")
    if lab.get("round") == ROUND_5:
        return (lab["split"], DEV_5 if lab["split"] == "dev" else FRESH_5, "all")
    if lab.get("round") == ROUND_6:
        return (lab["split"], DEV_6 if lab["split"] == "dev" else FRESH_6, "all")
    fresh = _fresh(lab)
    return (lab["split"], fresh, "all") if fresh else (lab["split"], "all")
