"""Articles for the speed and agreement benchmarks, read from ../shared/data at run time.

Documents are built the way the bot builds them: sumy's PlaintextParser over
`OfflineTokenizer("en")`. Long and very long texts are distinct CNN/DM articles joined with
blank lines (never written to the repository).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

DATA_DIR = Path(__file__).resolve().parent.parent.parent / "shared" / "data"
CNNDM_PATH = DATA_DIR / "cnndm_sample250_cased.jsonl"
BBC_PATH = DATA_DIR / "bbc_news_summary.jsonl"


@dataclass(frozen=True, slots=True)
class Text:
    id: str
    text: str
    n_ref: int

    @property
    def words(self) -> int:
        return len(self.text.split())


def _rows(path: Path) -> Iterator[dict[str, Any]]:
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                yield json.loads(line)


def cnndm() -> list[Text]:
    return [Text(r["id"], r["text"], len(r["summary_sentences"])) for r in _rows(CNNDM_PATH)]


def bbc(split: str | None = "validation", titles: bool = True) -> list[Text]:
    """The BBC set, one split (None: all of it).

    With `titles`, the title leads as an upper-case line, which PlaintextParser reads as a
    heading: headings feed Edmundson's title/location methods and the document's word list.
    """
    return [
        Text(r["id"], _titled(r, titles), len(r["summary_sentences"]))
        for r in _rows(BBC_PATH)
        if split is None or r["split"] == split
    ]


def _titled(row: dict[str, Any], titles: bool) -> str:
    title = (row.get("title") or "").strip()
    return f"{title.upper()}\n{row['text']}" if titles and title else row["text"]


def parse(text: str) -> Any:
    """A sumy document over our offline tokenizer (sentence words are computed lazily)."""
    from sumy.parsers.plaintext import PlaintextParser

    from summarizer.text.tokenize import OfflineTokenizer

    return PlaintextParser.from_string(text, OfflineTokenizer("en")).document


def warm(document: Any) -> Any:
    """Tokenize every sentence now, so timings measure the algorithm, not the tokenizer."""
    for sentence in document.sentences:
        _ = sentence.words
    _ = document.words
    return document


def short_news(target: int = 400) -> Text:
    """The CNN/DM article whose length is closest to `target` words."""
    return min(cnndm(), key=lambda t: (abs(t.words - target), t.id))


def joined(target: int, name: str) -> Text:
    """Distinct CNN/DM articles joined with blank lines until `target` words are reached."""
    parts: list[str] = []
    total = 0
    for item in cnndm():
        parts.append(item.text)
        total += item.words
        if total >= target:
            break
    return Text(name, "\n\n".join(parts), 3)


def sizes() -> dict[str, Text]:
    """short (~400 words), long (~4,000 words), very long (~15,000 words)."""
    return {
        "short": short_news(400),
        "long": joined(4000, "long-read"),
        "very long": joined(15000, "very-long"),
    }
