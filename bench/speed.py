"""Stock sumy vs summarizer.fast, same documents, same run.

    python -m bench.speed [--repeats 5] [--very-long-stock-runs 1] [--algorithms lexrank,kl]
                          [--no-pipeline] [--no-write]

Texts: a ~400-word CNN/DM article, and ~4,000 / ~15,000-word texts made of distinct CNN/DM
articles joined with blank lines (read from ../shared/data at run time). Each document is
parsed and tokenized once before timing, so the numbers are the algorithm alone. The fast side
is timed three ways: cold (empty stem cache: it must stem every distinct word, like stock),
primed (cache filled from other articles, as in a worker that has served some news), and warm
(this same text seen before). Stock sumy has no cache, so it is the same every run. Medians;
stock on the very long text runs `--very-long-stock-runs` times (one run by default: stock
KL-Sum alone takes about a minute there). Also timed: the floor (parse + tokenize + stem every
word once) and, when it imports, the whole `make_gist` pipeline on the long read.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import os
import statistics
import sys
import time
import warnings
from collections.abc import Callable
from typing import Any

from bench import articles
from bench.agreement import build, write_section

ALGORITHMS = ("lexrank", "textrank", "lsa", "luhn", "edmundson", "kl", "sumbasic", "reduction")


def _median_seconds(run: Callable[[], Any], repeats: int, before: Callable[[], None]) -> float:
    times = []
    for _ in range(max(repeats, 1)):
        before()
        gc.collect()  # don't bill one run for garbage another made (priming allocates a lot)
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def _nothing() -> None:
    return None


def _primer() -> Callable[[], None]:
    """Empty the stem cache, then fill it from the BBC validation articles (other texts).

    That is the state of a worker process that has already summarized some news: common
    words are cached, the new article's rarer words are not.
    """
    from sumy.nlp.stemmers import Stemmer

    from summarizer.fast._common import clear_caches, stem_function
    from summarizer.tokenize import OfflineTokenizer

    tokenizer = OfflineTokenizer("en")
    vocabulary = sorted({w for t in articles.bbc("validation") for w in tokenizer.to_words(t.text)})
    stemmer = Stemmer("english")

    def prime() -> None:
        clear_caches()
        stem = stem_function(stemmer)
        for word in vocabulary:
            stem(word)

    return prime


def time_algorithms(
    names: list[str], repeats: int, very_long_stock_runs: int
) -> tuple[list[str], dict[str, Any]]:
    from summarizer.fast._common import clear_caches

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
                if stock_repeats > 0:
                    stock_s = _median_seconds(
                        lambda s=stock, d=document: s(d, 3), stock_repeats, _nothing
                    )
                else:
                    stock_s = float("nan")
                cold = _median_seconds(lambda f=fast, d=document: f(d, 3), repeats, clear_caches)
                primed = _median_seconds(lambda f=fast, d=document: f(d, 3), repeats, prime)
                warm = _median_seconds(lambda f=fast, d=document: f(d, 3), repeats, _nothing)
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


def time_floor(text: str, repeats: int) -> tuple[float, float]:
    """(parse + tokenize, parse + tokenize + stem each word once with a cold cache) seconds."""
    from sumy.nlp.stemmers import Stemmer

    from summarizer.fast._common import clear_caches, stem_function

    stemmer = Stemmer("english")

    def tokenize() -> Any:
        return articles.warm(articles.parse(text))

    def tokenize_and_stem() -> None:
        document = tokenize()
        stem = stem_function(stemmer)
        for word in document.words:
            stem(word)

    return (
        _median_seconds(tokenize, repeats, _nothing),
        _median_seconds(tokenize_and_stem, repeats, clear_caches),
    )


def time_pipeline(text: str, repeats: int) -> dict[str, float] | str:
    """`make_gist` on the long read, registry as it is and with fast classes patched in."""
    try:
        from summarizer import algorithms
        from summarizer.fast import _LOCATIONS
        from summarizer.fast._common import clear_caches
        from summarizer.models import GistOptions, SummaryOptions
        from summarizer.pipeline import make_gist
    except Exception as error:  # the pipeline is being built by others; report, don't fail
        return f"not available ({type(error).__name__}: {error})"
    out: dict[str, float] = {}
    original = dict(algorithms.REGISTRY)
    try:
        for variant in ("registry", "fast"):
            if variant == "fast":  # in this process only; the lead swaps the real registry
                for name, (module, cls) in _LOCATIONS.items():
                    algorithms.REGISTRY[name] = f"summarizer.fast.{module}:{cls}"
                algorithms._summarizer_class.cache_clear()
            for algorithm in (
                ("default", "lexrank", "kl")
                if variant == "registry"
                else (
                    "lexrank",
                    "kl",
                )
            ):
                options = GistOptions(summary=SummaryOptions(algorithm=algorithm))
                out[f"{algorithm} ({variant})"] = _median_seconds(
                    lambda o=options: make_gist(text, o), repeats, clear_caches
                )
    except Exception as error:
        return f"failed ({type(error).__name__}: {error})"
    finally:
        algorithms.REGISTRY.clear()
        algorithms.REGISTRY.update(original)
        algorithms._summarizer_class.cache_clear()
    return out


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
        f"{floor_tok * 1000:.0f} ms; parse + tokenize + stem every word (cold cache) "
        f"{floor_stem * 1000:.0f} ms.",
    ]
    if not args.no_pipeline:
        pipeline = time_pipeline(long_text, max(1, args.repeats // 2))
        if isinstance(pipeline, str):
            extra.append(f"Full pipeline (`make_gist`) on the long read: {pipeline}.")
        else:
            parts = ", ".join(
                f"{name} {seconds * 1000:.0f} ms ({seconds / floor_stem:.1f}x the floor)"
                for name, seconds in pipeline.items()
            )
            extra.append(
                "Full pipeline (`make_gist`: clean, tokenize, summarize, quotes, figures) on the "
                f"long read, with the algorithms `summarizer.algorithms` resolves today: {parts}."
            )
    print("\n".join(extra))

    header = (
        "| algorithm | text | stock ms | fast ms, cold | fast ms, primed | fast ms, warm "
        "| stock / fast (cold) | stock / fast (primed) |\n|---|---|---|---|---|---|---|---|"
    )
    stamp = dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC")
    command = "python -m bench.speed " + " ".join(argv if argv is not None else sys.argv[1:])
    threads = os.environ.get("OPENBLAS_NUM_THREADS", "unset (OpenBLAS default: all cores)")
    note = (
        f"OPENBLAS_NUM_THREADS={threads}. Stock on the very long text: median of "
        f"{args.very_long_stock_runs} run(s); "
        f"everything else: median of {args.repeats}. 3 sentences requested."
    )
    body = f"`{command.strip()}` — {stamp}\n\n{note}\n\n{header}\n" + "\n".join(rows)
    body += "\n" + "\n".join(extra) + "\n"
    if not args.no_write:
        write_section(args.section, body)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
