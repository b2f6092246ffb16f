"""Evaluation data: the shared CNN/DM sample and the BBC extractive set, read by path.

The datasets live beside the checkout in `../shared/data/` and are never copied into the repo.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from summarizer.summary.document import Document, Paragraph, Sentence
from summarizer.text.tokenize import OfflineTokenizer

DATA_DIR = Path(__file__).resolve().parent.parent.parent / "shared" / "data"
CNNDM_PATH = DATA_DIR / "cnndm_sample250_cased.jsonl"
BBC_PATH = DATA_DIR / "bbc_news_summary.jsonl"


@dataclass(frozen=True, slots=True)
class Sample:
    """One article with its reference summary; `n_ref` is the reference's sentence count."""

    id: str
    text: str
    reference: tuple[str, ...]

    @property
    def n_ref(self) -> int:
        return len(self.reference)


def _read(path: Path) -> Iterator[dict]:
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                yield json.loads(line)


def load_cnndm(limit: int | None = None, path: Path = CNNDM_PATH) -> list[Sample]:
    rows = [Sample(r["id"], r["text"], tuple(r["summary_sentences"])) for r in _read(path)]
    return rows[:limit] if limit else rows


def load_bbc(split: str, limit: int | None = None, path: Path = BBC_PATH) -> list[Sample]:
    rows = [
        Sample(r["id"], r["text"], tuple(r["summary_sentences"]))
        for r in _read(path)
        if r["split"] == split
    ]
    return rows[:limit] if limit else rows


def split_sentences(text: str, tokenizer: OfflineTokenizer) -> list[list[str]]:
    """Paragraphs (blank- or single-newline separated) as lists of sentence strings."""
    paragraphs = [p.strip() for p in text.replace("\r\n", "\n").split("\n") if p.strip()]
    return [list(tokenizer.to_sentences(p)) for p in paragraphs]


def build_document(paragraphs: list[list[str]], tokenizer: OfflineTokenizer) -> Document:
    """A document from already split sentences (so every algorithm sees the same split)."""
    return Document(
        tuple(Paragraph([Sentence(s, tokenizer) for s in sents]) for sents in paragraphs if sents)
    )
