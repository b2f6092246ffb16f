"""The label files of the labelled sets (`bench/labels/<name>.jsonl`, the real pages' is
`realpages.jsonl`): where each set's is (`label_path`) and their vocabulary.

Shared by their shape test (tests/test_realpages_labels.py) and the benchmark that scores gistbot
against them (bench/realpages.py, through tests.helpers). Labels hold page ids, character offsets
and short codes only, never text from the pages.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

LABEL_DIR = Path(__file__).resolve().parents[1] / "bench" / "labels"
# The labelled sets, by name: each set's labels are `bench/labels/<name>.jsonl` (`label_path`).
# BBC sets are named "bbc...", CNN/DM sets "cnndm..."; all share the shape and vocabulary below.
LABEL_SETS = (
    "realpages",  # real pages, quotes and figures (rounds 1-6, sessions up to 10)
    # Quotes and figures labelled on BBC News Summary test-split articles (plain text, not
    # pages): session 11, blind, by two labellers who never ran the finders.
    "bbc",
    # Quotes (no figures) labelled on BBC News Summary train-split articles: session 12, blind.
    "bbc_train",
    "bbc_train2",  # a second such set (other train articles), later in session 12, final check
    "bbc_train3",  # session 13, blind, for the session's final checks
    "bbc_train4",  # the session's last BBC check (13)
    "bbc_train5",  # session 14, blind, for the session's final check
    "bbc_train6",  # a sixth, later in session 14
    "bbc_train7",  # a seventh, blind, in session 15
    "bbc_train8",  # an eighth, blind, in session 16
    "bbc_train9",  # a ninth, blind, in session 17
    "bbc_train10",  # a tenth, blind, later in session 17
    "bbc_train11",  # an eleventh, blind, in session 18
    "bbc_train12",  # a twelfth, blind, later in session 18
    "bbc_train13",  # a thirteenth, blind, at session 18's end
    "bbc_train14",  # a fourteenth, blind, in session 21 (by helper label21)
    # Quotes (no figures) labelled on CNN/DailyMail sample articles: session 12, blind, by a
    # labeller who never ran the finders on them.
    "cnndm",
    "cnndm2",  # a second, session 13, blind, for the session's final checks
    "cnndm3",  # a third, later in session 13
    "cnndm4",  # a fourth, for session 13's last check
)


# A second labeller's key figures on 45 dev real pages (session 19; bench.key_agreement): page ids
# and the spans of the first labels' figures it marks key. Not a labelled set of its own.
SECOND_KEYS = LABEL_DIR / "second" / "realpages_keys.jsonl"


def label_path(name: str) -> Path:
    """The label file of the labelled set `name` (one of LABEL_SETS): bench/labels/<name>.jsonl."""
    if name not in LABEL_SETS:
        raise ValueError(f"no labelled set {name!r}: one of {', '.join(LABEL_SETS)}")
    return LABEL_DIR / f"{name}.jsonl"


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
