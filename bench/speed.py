"""Stock sumy vs summarizer.summary.fast, same documents, same run.

    python -m bench.speed [--repeats 5] [--very-long-stock-runs 1] [--algorithms lexrank,kl]
                          [--no-pipeline] [--no-write]

Texts: a ~400-word CNN/DM article, and ~4,000 / ~15,000-word texts made of distinct CNN/DM
articles joined with blank lines (read from ../shared/data at run time). Each document is
parsed and tokenized once before timing, so the numbers are the algorithm alone. The fast side
is timed three ways: cold (empty stem cache: it must stem every distinct word, like stock),
primed (cache filled from other articles, as in a worker that has served some news), and warm
(this same text seen before). Stock sumy has no cache, so it is the same every run. Medians,
with stock and the three fast variants interleaved round by round (fair under shared load);
stock on the very long text runs `--very-long-stock-runs` times (one run by default: stock
KL-Sum alone takes about a minute there). Also timed: the floor (parse + tokenize + stem every
word once) and, when it imports, the whole `make_gist` pipeline on every text (after one
untimed warm-up call), its stages on the long read, and stock LexRank through the same pipeline.
BLAS runs single-threaded unless the environment says otherwise (set below, before numpy).
"""

from __future__ import annotations

import os

# One BLAS thread unless the environment says otherwise, set before numpy loads (see
# bench.agreement and bot/work.py): OpenBLAS's default threading on a busy 2-core box is slower.
for _variable in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_variable, "1")

import argparse  # noqa: E402
import datetime as dt  # noqa: E402
import gc  # noqa: E402
import statistics  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
import warnings  # noqa: E402
from collections.abc import Callable  # noqa: E402
from typing import Any  # noqa: E402

from bench import articles  # noqa: E402
from bench.agreement import build  # noqa: E402
from bench.docs import write_section  # noqa: E402
from summarizer.summary.algorithms import SUMY_ALGORITHMS  # noqa: E402

# Pipeline / floor rounds: the box drifts by tens of percent, and a median needs many samples.
RATIO_ROUNDS = 41
ALGORITHMS = SUMY_ALGORITHMS


def _median_seconds(run: Callable[[], Any], repeats: int, before: Callable[[], None]) -> float:
    times = []
    for _ in range(max(repeats, 1)):
        before()
        gc.collect()  # don't bill one run for garbage another made (priming allocates a lot)
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def _interleaved(
    runs: dict[str, tuple[Callable[[], Any], Callable[[], None], int]],
) -> dict[str, float]:
    """Median seconds per variant (run, set-up, count), one sample of each variant per round.

    Rounds interleave stock and fast, so a busy neighbour on the shared box slows both sides of
    a ratio alike instead of whichever happened to be running. NaN for a variant run 0 times.
    """
    times: dict[str, list[float]] = {key: [] for key in runs}
    for round_ in range(max((count for _, _, count in runs.values()), default=0)):
        for key, (run, before, count) in runs.items():
            if round_ >= count:
                continue
            before()
            gc.collect()
            start = time.perf_counter()
            run()
            times[key].append(time.perf_counter() - start)
    return {key: statistics.median(t) if t else float("nan") for key, t in times.items()}


def _nothing() -> None:
    return None


def _primer() -> Callable[[], None]:
    """Empty the stem cache, then fill it from the BBC validation articles (other texts).

    That is the state of a worker process that has already summarized some news: common
    words are cached, the new article's rarer words are not.
    """
    from summarizer.summary.stemming import ENGLISH, clear_caches, stem_function
    from summarizer.text.tokenize import OfflineTokenizer

    tokenizer = OfflineTokenizer("en")
    vocabulary = sorted({w for t in articles.bbc("validation") for w in tokenizer.to_words(t.text)})

    def prime() -> None:
        clear_caches()
        stem = stem_function(ENGLISH)
        for word in vocabulary:
            stem(word)

    return prime


def time_algorithms(
    names: list[str], repeats: int, very_long_stock_runs: int
) -> tuple[list[str], dict[str, Any]]:
    from summarizer.summary.stemming import clear_caches

    prime = _primer()

    texts = articles.sizes()
    documents = {size: articles.warm(articles.parse(t.text)) for size, t in texts.items()}
    info = {size: (texts[size].words, len(documents[size].sentences)) for size in texts}
    rows = []
    for name in names:
        stock, fast = build(name, fast=False), build(name, fast=True)
        for size, document in documents.items():
            stock_repeats = very_long_stock_runs if size == "very long" else repeats
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                medians = _interleaved(
                    {
                        "stock": (lambda s=stock, d=document: s(d, 3), _nothing, stock_repeats),
                        "cold": (lambda f=fast, d=document: f(d, 3), clear_caches, repeats),
                        "primed": (lambda f=fast, d=document: f(d, 3), prime, repeats),
                        "warm": (lambda f=fast, d=document: f(d, 3), _nothing, repeats),
                    }
                )
            stock_s, cold, primed, warm = (medians[k] for k in ("stock", "cold", "primed", "warm"))
            words, sentences = info[size]
            row = (
                f"| {name} | {size} ({words} words, {sentences} sent.) | {stock_s * 1000:.1f} "
                f"| {cold * 1000:.1f} | {primed * 1000:.1f} | {warm * 1000:.1f} "
                f"| {_ratio(stock_s, cold)} | {_ratio(stock_s, primed)} |"
            )
            rows.append(row)
            print(row, flush=True)
    return rows, {"texts": texts, "documents": documents}


def _ratio(stock: float, fast: float) -> str:
    if not fast > 0 or stock != stock:  # NaN: stock not run
        return "n/a"
    return f"{stock / fast:.0f}x" if stock / fast >= 10 else f"{stock / fast:.1f}x"


def _floor_run(text: str) -> Callable[[], None]:
    """Parse + tokenize + stem every word once (run it after `clear_caches`: cold stems)."""
    from summarizer.summary.stemming import ENGLISH, stem_function

    def tokenize_and_stem() -> None:
        document = articles.warm(articles.parse(text))
        stem = stem_function(ENGLISH)
        for word in document.words:
            stem(word)

    return tokenize_and_stem


def time_floor(text: str, repeats: int) -> tuple[float, float]:
    """(parse + tokenize, parse + tokenize + stem each word once with a cold cache) seconds."""
    from summarizer.summary.stemming import clear_caches

    def tokenize() -> Any:
        return articles.warm(articles.parse(text))

    return (
        _median_seconds(tokenize, repeats, _nothing),
        _median_seconds(_floor_run(text), repeats, clear_caches),
    )


def time_ratio(text: str, repeats: int) -> list[str]:
    """Pipeline / floor with both timed in the same rounds (floor, then each algorithm's
    `make_gist`, cold stems each time): the box's speed drifts by tens of percent over a run,
    and a ratio of medians taken minutes apart would carry that drift."""
    from summarizer.models import GistOptions, SummaryOptions
    from summarizer.pipeline import make_gist
    from summarizer.summary.stemming import clear_caches

    runs: dict[str, tuple[Callable[[], Any], Callable[[], None], int]] = {
        "floor": (_floor_run(text), clear_caches, repeats)
    }
    for name in ("default", "lexrank", "kl"):
        options = GistOptions(summary=SummaryOptions(algorithm=name))
        make_gist(text, options)  # warm-up: imports, models, resources
        runs[name] = (lambda o=options: make_gist(text, o), clear_caches, repeats)
    medians = _interleaved(runs)
    floor_ms = medians.pop("floor") * 1000
    return [
        f"Pipeline / floor on the long read, {name} (interleaved, median of {repeats} rounds): "
        f"{seconds * 1000:.1f} / {floor_ms:.1f} ms = {seconds * 1000 / floor_ms:.2f}x."
        for name, seconds in medians.items()
    ]


def time_pipeline(texts: dict[str, Any], repeats: int) -> list[str]:
    """`make_gist` per text size and algorithm (cold stem cache; after one untimed warm-up call).

    The warm-up matters: a worker's first call imports numpy and loads the language model
    (~0.3 s), which is start-up cost, not per-article cost. Also timed on the long read: the
    stages alone, and stock sumy LexRank through the same stages (`summarize(..., stock=True)`).
    """
    header = "| algorithm | " + " | ".join(
        f"{size} ({t.words} words) ms" for size, t in texts.items()
    )
    long_text = texts["long"].text
    parts = "; ".join(f"{label} {ms:.1f} ms" for label, ms in _stage_ms(long_text, repeats))
    stock_ms = _stock_stages_ms(long_text, repeats)
    return [
        header + " |",
        "|---" * (len(texts) + 1) + "|",
        *_pipeline_rows(texts, repeats),
        "",
        f"Stages on the long read (medians, called alone): {parts}.",
        f"Stock sumy LexRank through the same stages on the long read: {stock_ms:.0f} ms.",
    ]


def _pipeline_rows(texts: dict[str, Any], repeats: int) -> list[str]:
    """One table row per algorithm: `make_gist` milliseconds on each text."""
    from summarizer.models import GistOptions, SummaryOptions
    from summarizer.pipeline import make_gist
    from summarizer.summary.stemming import clear_caches

    lines = []
    for name in ("default", "lexrank", "kl"):
        options = GistOptions(summary=SummaryOptions(algorithm=name))
        make_gist(texts["long"].text, options)  # warm-up: imports, models, resources
        cells = []
        for text in texts.values():
            seconds = _median_seconds(
                lambda o=options, t=text.text: make_gist(t, o), repeats, clear_caches
            )
            cells.append(f"{seconds * 1000:.1f}")
        lines.append(f"| {name} | " + " | ".join(cells) + " |")
    return lines


def _stage_ms(long_text: str, repeats: int) -> list[tuple[str, float]]:
    """(stage, median milliseconds) for each stage of `make_gist` called alone (LexRank)."""
    from summarizer.figures.judge import key_figures
    from summarizer.models import SummaryOptions
    from summarizer.quotes.rank import key_quotes
    from summarizer.summary.core import summarize
    from summarizer.summary.stemming import clear_caches
    from summarizer.text.cleanup import clean_text
    from summarizer.text.language import detect_language
    from summarizer.text.prose import check_prose

    options = SummaryOptions(algorithm="lexrank")
    article = clean_text(long_text)
    summary = summarize(article, options)
    shown, language = summary.text, summary.language
    stages = {
        "clean_text": lambda: clean_text(long_text),
        "check_prose": lambda: check_prose(article.text),
        "detect_language": lambda: detect_language(article.text),
        "summarize (lexrank, cold stems)": lambda: summarize(article, options),
        "key_quotes": lambda: key_quotes(article, language, limit=3, shown=shown),
        "key_figures": lambda: key_figures(article, language, limit=4),
    }
    return [
        (label, _median_seconds(run, repeats, clear_caches) * 1000) for label, run in stages.items()
    ]


def _stock_stages_ms(long_text: str, repeats: int) -> float:
    """Median milliseconds of `make_gist`'s stages with stock sumy LexRank choosing."""
    from summarizer.figures.judge import key_figures
    from summarizer.models import SummaryOptions
    from summarizer.quotes.rank import key_quotes
    from summarizer.summary.core import summarize
    from summarizer.summary.stemming import clear_caches
    from summarizer.text.cleanup import clean_text

    options = SummaryOptions(algorithm="lexrank")

    def stock_gist() -> None:
        cleaned = clean_text(long_text)
        chosen = summarize(cleaned, options, stock=True)
        key_quotes(cleaned, chosen.language, limit=3, shown=chosen.text)
        key_figures(cleaned, chosen.language, limit=4)

    stock_gist()  # warm-up: imports stock sumy and NLTK
    return _median_seconds(stock_gist, repeats, clear_caches) * 1000


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--algorithms", default=",".join(ALGORITHMS))
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--very-long-stock-runs", type=int, default=1)
    parser.add_argument("--no-pipeline", action="store_true")
    parser.add_argument("--no-write", action="store_true")
    parser.add_argument("--section", default="speed", help="docs/performance.md section name")
    args = parser.parse_args(argv)

    rows, context = time_algorithms(
        args.algorithms.split(","), args.repeats, args.very_long_stock_runs
    )
    long_text = context["texts"]["long"].text
    floor_tok, floor_stem = time_floor(long_text, args.repeats)
    extra = [
        "",
        "Floor on the long read (median): parse + tokenize "
        f"{floor_tok * 1000:.1f} ms; parse + tokenize + stem every word (cold cache) "
        f"{floor_stem * 1000:.1f} ms.",
    ]
    if not args.no_pipeline:
        extra += [
            "",
            "Full pipeline (`make_gist`: clean, tokenize, summarize, quotes, figures), "
            "medians with a cold stem cache:",
            "",
            *time_pipeline(context["texts"], args.repeats),
            "",
            *time_ratio(long_text, max(args.repeats, RATIO_ROUNDS)),
        ]
    print("\n".join(extra))

    header = (
        "| algorithm | text | stock ms | fast ms, cold | fast ms, primed | fast ms, warm "
        "| stock / fast (cold) | stock / fast (primed) |\n|---|---|---|---|---|---|---|---|"
    )
    stamp = dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC")
    command = "python -m bench.speed " + " ".join(argv if argv is not None else sys.argv[1:])
    threads = os.environ["OPENBLAS_NUM_THREADS"]
    note = (
        f"OPENBLAS_NUM_THREADS={threads}. Stock on the very long text: median of "
        f"{args.very_long_stock_runs} run(s); "
        f"everything else: median of {args.repeats}. 3 sentences requested."
    )
    body = f"`{command.strip()}` — {stamp}\n\n{note}\n\n{header}\n" + "\n".join(rows)
    body += "\n" + "\n".join(extra) + "\n"
    if not args.no_write:
        write_section("performance.md", args.section, body)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
