"""Sentence splitters compared: boundary accuracy and speed.

Run: python -m bench.tokenizers [--articles N]

Accuracy, two gold sets:
- BBC (English): `summary_sentences` of ../shared/data/bbc_news_summary.jsonl are sentences copied
  verbatim from the article. Each article paragraph goes through the splitter; a reference sentence
  counts as intact when it comes out as one whole sentence (whitespace-normalised). Splitting too
  much or too little both break it.
- bench/sentence_gold.py: hand-written paragraphs in en ru de fr es it pt whose true sentences are
  known; a gold sentence counts when it comes out exactly.
Speed: sentences per second over all paragraphs of the BBC articles used (segmenters built once).
"""

from __future__ import annotations

import argparse
import json
import re
import time
from collections.abc import Callable
from pathlib import Path

from bench.sentence_gold import GOLD

DATA = Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "bbc_news_summary.jsonl"
_WS = re.compile(r"\s+")

Splitter = Callable[[str, str], list[str]]


def _norm(text: str) -> str:
    return _WS.sub(" ", text).strip()


def _pysbd_factory() -> Splitter:
    import pysbd
    from pysbd.languages import LANGUAGE_CODES

    cache: dict[str, pysbd.Segmenter] = {}

    def split(text: str, lang: str) -> list[str]:
        code = lang if lang in LANGUAGE_CODES else "en"
        seg = cache.get(code)
        if seg is None:
            seg = cache[code] = pysbd.Segmenter(language=code, clean=False)
        return [s.strip() for s in seg.segment(text) if s.strip()]

    return split


def _pysbd_pt_es_factory() -> Splitter:
    base = _pysbd_factory()
    return lambda text, lang: base(text, "es" if lang == "pt" else lang)


def _syntok_factory() -> Splitter:
    from syntok import segmenter

    def split(text: str, lang: str) -> list[str]:
        out = []
        for paragraph in segmenter.process(text):
            for sentence in paragraph:
                s = "".join(t.spacing + t.value for t in sentence).strip()
                if s:
                    out.append(s)
        return out

    return split


def _simplemma_factory() -> Splitter:
    from simplemma import split_sentences

    return lambda text, lang: [s.strip() for s in split_sentences(text, lang=lang) if s.strip()]


def _ours_factory() -> Splitter:
    from summarizer.text.tokenize import OfflineTokenizer

    cache: dict[str, OfflineTokenizer] = {}

    def split(text: str, lang: str) -> list[str]:
        tok = cache.get(lang) or cache.setdefault(lang, OfflineTokenizer(lang))
        return list(tok.to_sentences(text))

    return split


_NAIVE = re.compile(r"(?<=[.!?])[\"'”»]?\s+(?=[\"'“«„]?[A-ZА-ЯЁ¿¡])")


def _naive_factory() -> Splitter:
    return lambda text, lang: [s.strip() for s in _NAIVE.split(text) if s.strip()]


SPLITTERS: dict[str, Callable[[], Splitter]] = {
    "pysbd": _pysbd_factory,
    "regex baseline": _naive_factory,
    "pysbd (pt->es rules)": _pysbd_pt_es_factory,
    "syntok": _syntok_factory,
    "simplemma": _simplemma_factory,
    "OfflineTokenizer (ours)": _ours_factory,
}


def load_bbc(limit: int) -> list[dict]:
    rows = []
    with DATA.open(encoding="utf-8") as fh:
        for line in fh:
            rows.append(json.loads(line))
            if len(rows) >= limit:
                break
    return rows


def bbc_accuracy(split: Splitter, rows: list[dict]) -> tuple[float, int, float, int]:
    """Return (intact share, reference count, seconds, sentences produced)."""
    intact = total = produced = 0
    elapsed = 0.0
    for row in rows:
        paragraphs = [p for p in row["text"].split("\n\n") if p.strip()]
        start = time.perf_counter()
        pieces = [s for p in paragraphs for s in split(p, "en")]
        elapsed += time.perf_counter() - start
        produced += len(pieces)
        found = {_norm(s) for s in pieces}
        for ref in row["summary_sentences"]:
            total += 1
            intact += _norm(ref) in found
    return intact / max(total, 1), total, elapsed, produced


def gold_accuracy(split: Splitter, lang: str) -> float:
    hits = total = 0
    for sentences in GOLD[lang]:
        out = {_norm(s) for s in split(" ".join(sentences), lang)}
        total += len(sentences)
        hits += sum(_norm(s) in out for s in sentences)
    return hits / total


class _PysbdTokenizer:
    """The previous OfflineTokenizer (pysbd sentences), for the per-article comparison."""

    def __init__(self, language: str) -> None:
        from summarizer.text.tokenize import OfflineTokenizer

        self._split = _pysbd_factory()
        self._words = OfflineTokenizer(language)
        self.language = language

    def to_sentences(self, paragraph: str) -> tuple[str, ...]:
        return tuple(self._split(paragraph, self.language))

    def to_words(self, sentence: str) -> tuple[str, ...]:
        return self._words.to_words(sentence)


def per_article(rows: list[dict]) -> None:
    """Milliseconds per article: building the sumy document vs running fast summarizers on it."""
    from summarizer.models import Article
    from summarizer.summary.algorithms import build_summarizer
    from summarizer.summary.core import build_document
    from summarizer.text.tokenize import OfflineTokenizer

    articles = [Article(text=r["text"], title=r["title"]) for r in rows]
    print()
    print(f"Per article (mean of {len(articles)} BBC articles, 3 sentences picked):")
    print("| step | ms/article |")
    print("|---|---|")
    docs = {}
    for name, tokenizer in (("pysbd", _PysbdTokenizer("en")), ("ours", OfflineTokenizer("en"))):
        start = time.perf_counter()
        docs[name] = [build_document(a, tokenizer) for a in articles]  # type: ignore[arg-type]
        ms = (time.perf_counter() - start) * 1000 / len(articles)
        print(f"| build document, {name} sentences | {ms:.2f} |")
    for algorithm in ("luhn", "lexrank", "textrank"):
        summarizer = build_summarizer(algorithm, "en")
        start = time.perf_counter()
        for doc in docs["ours"]:
            summarizer(doc, 3)
        ms = (time.perf_counter() - start) * 1000 / len(articles)
        print(f"| sumy {algorithm} | {ms:.2f} |")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=300, help="BBC articles to use")
    args = parser.parse_args(argv)
    rows = load_bbc(args.articles) if DATA.exists() else []
    langs = list(GOLD)
    header = ["splitter", "BBC intact", "sent/s", *(f"{lang}" for lang in langs), "gold all"]
    print(f"BBC: {len(rows)} articles from {DATA.name}; gold: bench/sentence_gold.py")
    print("| " + " | ".join(header) + " |")
    print("|" + "---|" * len(header))
    base_speed = None  # the pysbd row: the common rule-based splitter, the speed baseline
    for name, factory in SPLITTERS.items():
        try:
            split = factory()
        except ImportError as exc:
            print(f"| {name} | not installed ({exc.name}) |")
            continue
        if rows:
            share, refs, secs, produced = bbc_accuracy(split, rows)
            speed = produced / secs if secs else float("inf")
            if name == "pysbd":
                base_speed = speed
            bbc = f"{share:.1%} of {refs}"
            rate = f"{speed:,.0f}" + (f" ({speed / base_speed:.1f}x)" if base_speed else "")
        else:
            bbc, rate = "n/a", "n/a"
        per_lang = [gold_accuracy(split, lang) for lang in langs]
        cells = [name, bbc, rate, *(f"{v:.0%}" for v in per_lang)]
        cells.append(f"{sum(per_lang) / len(per_lang):.1%}")
        print("| " + " | ".join(cells) + " |")
    print("sent/s ratio is against pysbd in this run.")
    if rows:
        per_article(rows[: min(len(rows), 200)])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
