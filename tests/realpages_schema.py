"""The real-page label file (`bench/labels/realpages.jsonl`): where it is and its vocabulary.

Shared by its shape test (tests/test_realpages_labels.py) and the benchmark that scores gistbot
against it (bench/realpages.py, through tests.helpers). Labels hold page ids, character offsets
and short codes only, never text from the pages.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

LABELS = Path(__file__).resolve().parents[1] / "bench" / "labels" / "realpages.jsonl"
KEYS = frozenset({"id", "split", "quotes", "figures", "labelled_by", "labelled_at"})
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
