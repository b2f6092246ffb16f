"""The labelled sets `python -m bench.realpages --set S` scores: where each set's labels and
texts are, how they are read, and the docs block each fills. Loading is apart from scoring so
that other benches (bench.quote_paths) read the same pages the same way.

Pages: `../shared/data/realpages_dev.jsonl.gz` (each page's `text_restored`); the BBC and
CNN/DM sets are plain articles from `../shared/data` (their `text`). Labels hold ids and
offsets only (`bench/labels/<set>.jsonl`: tests.helpers' `label_path`).
"""

from __future__ import annotations

import gzip
import json
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from bench.realpages_notes import (
    BBC_NOTES,
    BBC_TRAIN2_NOTES,
    BBC_TRAIN3_NOTES,
    BBC_TRAIN4_NOTES,
    BBC_TRAIN5_NOTES,
    BBC_TRAIN6_NOTES,
    BBC_TRAIN7_NOTES,
    BBC_TRAIN8_NOTES,
    BBC_TRAIN9_NOTES,
    BBC_TRAIN10_NOTES,
    BBC_TRAIN11_NOTES,
    BBC_TRAIN12_NOTES,
    BBC_TRAIN13_NOTES,
    BBC_TRAIN14_NOTES,
    BBC_TRAIN_NOTES,
    CNNDM2_NOTES,
    CNNDM3_NOTES,
    CNNDM4_NOTES,
    CNNDM_NOTES,
    NOTES,
)
from tests.helpers import label_path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "data" / "realpages_dev.jsonl.gz"
BBC = ROOT.parent / "shared" / "data" / "bbc_news_summary.jsonl"
CNNDM = ROOT.parent / "shared" / "data" / "cnndm_sample250_cased.jsonl"


def load_labels(path: Path) -> list[dict]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def load_pages(ids: Iterable[str], path: Path = DATA) -> dict[str, dict]:
    wanted = set(ids)
    pages = {}
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        for line in handle:
            row = json.loads(line)
            if row["id"] in wanted:
                pages[row["id"]] = {"text": row["text_restored"], "title": row.get("title")}
    missing = wanted - set(pages)
    if missing:
        raise SystemExit(f"{len(missing)} labelled pages not in {path}: {sorted(missing)[:3]}")
    return pages


def load_bbc(ids: Iterable[str], path: Path = BBC) -> dict[str, dict]:
    """Plain articles by id (BBC or CNN/DM), in `load_pages`'s shape: the text is the article."""
    wanted = set(ids)
    with path.open(encoding="utf-8") as handle:
        rows = (json.loads(line) for line in handle)
        pages = {r["id"]: {"text": r["text"], "title": r["title"]} for r in rows
                 if r["id"] in wanted}  # fmt: skip
    if missing := wanted - set(pages):
        raise SystemExit(f"{len(missing)} labelled articles not in {path}: {sorted(missing)[:3]}")
    return pages


@dataclass(frozen=True, slots=True)
class LabelledSet:
    """One labelled set: its labels, where its texts are, and the docs block it fills."""

    labels: Path
    data: Path
    plain: bool  # plain article text (no page to extract)
    title: str
    block: str
    notes: str

    def load(self, ids: Iterable[str], data: Path | None = None) -> dict[str, dict]:
        """The set's texts by id (from `data` if given), in `load_pages`' shape."""
        return (load_bbc if self.plain else load_pages)(ids, data or self.data)


# Each set's texts, whether they are plain articles, its title, docs block and notes; its labels
# are at label_path(name) (bench/labels/<name>.jsonl).
_SETS: dict[str, tuple[Path, bool, str, str, str]] = {
    "realpages": (DATA, False, "Real pages (labelled by us)", "realpages", NOTES),
    "bbc": (BBC, True, "BBC articles (labelled by us)", "bbcpages", BBC_NOTES),
    "bbc_train": (BBC, True, "BBC train articles (labelled by us)", "bbctrain", BBC_TRAIN_NOTES),
    "bbc_train2": (
        BBC,
        True,
        "BBC train articles, second set (labelled by us)",
        "bbctrain2",
        BBC_TRAIN2_NOTES,
    ),
    "bbc_train3": (
        BBC,
        True,
        "BBC train articles, third set (labelled by us)",
        "bbctrain3",
        BBC_TRAIN3_NOTES,
    ),
    "bbc_train4": (
        BBC,
        True,
        "BBC train articles, fourth set (labelled by us)",
        "bbctrain4",
        BBC_TRAIN4_NOTES,
    ),
    "bbc_train5": (
        BBC,
        True,
        "BBC train articles, fifth set (labelled by us)",
        "bbctrain5",
        BBC_TRAIN5_NOTES,
    ),
    "bbc_train6": (
        BBC,
        True,
        "BBC train articles, sixth set (labelled by us)",
        "bbctrain6",
        BBC_TRAIN6_NOTES,
    ),
    "bbc_train7": (
        BBC,
        True,
        "BBC train articles, seventh set (labelled by us)",
        "bbctrain7",
        BBC_TRAIN7_NOTES,
    ),
    "bbc_train8": (
        BBC,
        True,
        "BBC train articles, eighth set (labelled by us)",
        "bbctrain8",
        BBC_TRAIN8_NOTES,
    ),
    "bbc_train9": (
        BBC,
        True,
        "BBC train articles, ninth set (labelled by us)",
        "bbctrain9",
        BBC_TRAIN9_NOTES,
    ),
    "bbc_train10": (
        BBC,
        True,
        "BBC train articles, tenth set (labelled by us)",
        "bbctrain10",
        BBC_TRAIN10_NOTES,
    ),
    "bbc_train11": (
        BBC,
        True,
        "BBC train articles, eleventh set (labelled by us)",
        "bbctrain11",
        BBC_TRAIN11_NOTES,
    ),
    "bbc_train12": (
        BBC,
        True,
        "BBC train articles, twelfth set (labelled by us)",
        "bbctrain12",
        BBC_TRAIN12_NOTES,
    ),
    "bbc_train13": (
        BBC,
        True,
        "BBC train articles, thirteenth set (labelled by us)",
        "bbctrain13",
        BBC_TRAIN13_NOTES,
    ),
    "bbc_train14": (
        BBC,
        True,
        "BBC train articles, fourteenth set (labelled by us)",
        "bbctrain14",
        BBC_TRAIN14_NOTES,
    ),
    "cnndm": (CNNDM, True, "CNN/DM articles (labelled by us)", "cnndmpages", CNNDM_NOTES),
    "cnndm2": (
        CNNDM,
        True,
        "CNN/DM articles, second set (labelled by us)",
        "cnndmpages2",
        CNNDM2_NOTES,
    ),
    "cnndm3": (
        CNNDM,
        True,
        "CNN/DM articles, third set (labelled by us)",
        "cnndmpages3",
        CNNDM3_NOTES,
    ),
    "cnndm4": (
        CNNDM,
        True,
        "CNN/DM articles, fourth set (labelled by us)",
        "cnndmpages4",
        CNNDM4_NOTES,
    ),
}

SETS = {name: LabelledSet(label_path(name), *row) for name, row in _SETS.items()}
