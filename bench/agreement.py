"""Do the fast summarizers pick the same sentences as stock sumy?

    python -m bench.agreement [--algorithms lexrank,kl] [--limit N] [--bbc-split validation|all]
                              [--self-check lsa] [--no-write]

For every article of the CNN/DM sample and the BBC split, both implementations summarize the
same parsed document (OfflineTokenizer("en"), sumy's English stemmer and stop words)
to 3 sentences and to the reference's sentence count. Each disagreement is printed with its
class: `tie` when the swapped sentences' stock ratings are equal to 1e-9 (the choice then
rests on float rounding or order), `greedy-order` for KL/SumBasic (whose ratings are pick
order), otherwise `REAL`. `--self-check` also runs one stock algorithm under two hash seeds:
sumy's LSA orders its dictionary by set iteration, so its ties fall differently per process.
The table goes to docs/performance.md.
"""

from __future__ import annotations

import os

# One BLAS thread, set before numpy loads: on this busy 2-core box OpenBLAS's default threading
# turned a 0.06 ms mat-vec into 24 ms. The bot's workers do the same (bot/work.py). An explicit
# OPENBLAS_NUM_THREADS in the environment still wins.
for _variable in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_variable, "1")

import argparse  # noqa: E402
import datetime as dt  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
from collections.abc import Callable  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import Any  # noqa: E402

from bench import articles  # noqa: E402
from bench.docs import write_section  # noqa: E402
from summarizer.summary.algorithms import SUMY_ALGORITHMS, summarizer_class  # noqa: E402

# Every sumy algorithm of the registry, and Edmundson a second time with all four methods on.
ALGORITHMS = tuple(
    variant
    for name in SUMY_ALGORITHMS
    for variant in ((name, "edmundson-all") if name == "edmundson" else (name,))
)
# Our own cue lists for the all-methods variant (sumy's parser ships Czech ones).
BONUS_WORDS = ("important", "significant", "major", "key", "first", "new", "record", "said")
STIGMA_WORDS = ("allegedly", "reportedly", "hardly", "perhaps", "maybe", "however")


def build(name: str, fast: bool) -> Any:
    """A configured stock or fast summarizer for `name` (same settings on both sides)."""
    from sumy.utils import get_stop_words

    from summarizer.text.language import SumyStemmer

    stemmer = SumyStemmer("english")
    stop = get_stop_words("english")
    base = name.split("-")[0]
    cls = summarizer_class(base, stock=not fast)
    if base == "edmundson":
        if name == "edmundson":  # location method only
            summarizer = cls(stemmer, cue_weight=0.0, key_weight=0.0, title_weight=0.0)
        else:  # all four methods: cue, key, title (BBC titles are headings), location
            summarizer = cls(stemmer, cue_weight=1.0, key_weight=1.0, title_weight=1.0)
            summarizer.bonus_words = BONUS_WORDS
            summarizer.stigma_words = STIGMA_WORDS
        summarizer.null_words = stop
    else:
        summarizer = cls(stemmer)
        summarizer.stop_words = stop
    return summarizer


def stock_ratings(name: str, summarizer: Any, document: Any) -> Callable[[Any], float] | None:
    """Stock sumy's rating of each sentence (to classify a disagreement), where sumy has one."""
    import warnings

    sentences = document.sentences
    if name in ("textrank", "reduction", "edmundson", "edmundson-all"):
        if name.startswith("edmundson"):
            from summarizer.summary.fast.edmundson import FastEdmundsonSummarizer

            # the accumulation loop run on the stock instance, i.e. with stock's methods
            ratings = FastEdmundsonSummarizer.rate_sentences(summarizer, document)
        else:
            ratings = summarizer.rate_sentences(document)
        return lambda s: float(ratings[s])
    if name == "lsa":
        from sumy.summarizers.lsa import singular_value_decomposition

        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            dictionary = summarizer._create_dictionary(document)
            matrix = summarizer._create_matrix(document, dictionary)
        matrix = summarizer._compute_term_frequency(matrix)
        _u, sigma, v = singular_value_decomposition(matrix, full_matrices=False)
        ranks = dict(zip(range(len(sentences)), summarizer._compute_ranks(sigma, v), strict=True))
        index = {id(s): i for i, s in enumerate(sentences)}
        return lambda s: ranks[index[id(s)]]
    if name == "luhn":
        significant = summarizer._get_significant_words(document.words)
        return lambda s: float(summarizer.rate_sentence(s, significant))
    if name == "lexrank":
        words = [summarizer._to_words_set(s) for s in sentences]
        tf = summarizer._compute_tf(words)
        idf = summarizer._compute_idf(words)
        matrix = summarizer._create_matrix(words, summarizer.threshold, tf, idf)
        scores = dict(
            zip(sentences, summarizer.power_method(matrix, summarizer.epsilon), strict=True)
        )
        return lambda s: float(scores[s])
    return None  # kl, sumbasic: ratings are pick order; the bench re-derives near-ties there


def compare(name: str, texts: list[tuple[articles.Text, Any]], counts: str) -> dict[str, Any]:
    import warnings

    from summarizer.summary.fast import NEAR_TIES

    NEAR_TIES.clear()
    stock, fast = build(name, fast=False), build(name, fast=True)
    agree = total = 0
    problems: list[tuple[str, int, str, str]] = []
    stock_time = fast_time = 0.0
    for item, document in texts:
        wanted = (3,) if counts == "3" else (item.n_ref,)
        for k in wanted:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                start = time.perf_counter()
                expected = stock(document, k)
                stock_time += time.perf_counter() - start
                start = time.perf_counter()
                got = fast(document, k)
                fast_time += time.perf_counter() - start
            total += 1
            if tuple(map(str, expected)) == tuple(map(str, got)):
                agree += 1
                continue
            reason = classify(name, stock, document, expected, got)
            problems.append((item.id, k, reason, _diff(expected, got)))
    return {
        "agree": agree,
        "total": total,
        "problems": problems,
        "stock_s": stock_time,
        "fast_s": fast_time,
        "near_ties": dict(NEAR_TIES),
    }


def classify(name: str, stock: Any, document: Any, expected: Any, got: Any) -> str:
    rate = stock_ratings(name, stock, document)
    if rate is None:
        return "greedy-order"
    only_stock = [s for s in expected if s not in got]
    only_fast = [s for s in got if s not in expected]
    values = [rate(s) for s in only_stock + only_fast]
    if not values:
        return "order"
    spread = max(values) - min(values)
    return "tie" if spread <= 1e-9 * max(1.0, max(abs(v) for v in values)) else "REAL"


def _diff(expected: Any, got: Any) -> str:
    lost = [str(s)[:50] for s in expected if s not in got]
    gained = [str(s)[:50] for s in got if s not in expected]
    return f"stock-only={lost} fast-only={gained}"


def _dump_stock(name: str, out: str) -> None:
    """Stock selections (3 sentences) on the CNN/DM sample, as JSON, for the self-check."""
    import json
    import warnings

    summarizer = build(name, fast=False)
    picked = []
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for item in articles.cnndm():
            picked.append([str(s) for s in summarizer(articles.parse(item.text), 3)])
    Path(out).write_text(json.dumps(picked), encoding="utf-8")


def stock_self_check(name: str) -> str:
    """Does stock sumy agree with itself across PYTHONHASHSEED values (set iteration order)?"""
    import json
    import os
    import subprocess
    import tempfile

    runs = []
    with tempfile.TemporaryDirectory() as folder:
        for seed in ("1", "2"):
            out = str(Path(folder) / f"{seed}.json")
            env = {**os.environ, "PYTHONHASHSEED": seed}
            command = [sys.executable, "-m", "bench.agreement", "--dump-stock", name, out]
            subprocess.run(command, env=env, check=True)
            runs.append(json.loads(Path(out).read_text(encoding="utf-8")))
    same = sum(a == b for a, b in zip(*runs, strict=True))
    return (
        f"Stock `{name}` vs itself, PYTHONHASHSEED=1 vs 2, CNN/DM sample, 3 sentences: "
        f"{same}/{len(runs[0])} identical selections."
    )


def stem_check() -> str:
    """Do the cached stems (C Snowball where allowed) equal sumy's NLTK stems on every word?"""
    from sumy.nlp.stemmers import Stemmer

    from summarizer.summary import stemming
    from summarizer.text.chars import STRAIGHT_APOSTROPHES
    from summarizer.text.tokenize import OfflineTokenizer

    tokenizer = OfflineTokenizer("en")
    vocabulary: set[str] = set()
    for path in (articles.CNNDM_PATH, articles.BBC_PATH):
        for row in articles._rows(path):
            for text in (row.get("title") or "", row["text"], *row["summary_sentences"]):
                vocabulary.update(tokenizer.to_words(text))
    stock = Stemmer("english")
    stemming.clear_caches()
    cached = stemming.stem_function(stemming.ENGLISH)
    differ = [w for w in sorted(vocabulary) if cached(w) != stock(w.lower())]
    via_c = 0
    if stemming.english_c_stem() is not None:
        straight = (w.lower().translate(STRAIGHT_APOSTROPHES) for w in vocabulary)
        via_c = sum(map(stemming.c_stem_agrees, straight))
    stemming.clear_caches()
    shown = ", ".join(differ[:5]) or "none"
    return (
        f"Stems: summarizer.summary.stemming's cached English stems vs sumy's "
        f'`Stemmer("english")` (NLTK) on '
        f"every distinct word of the CNN/DM + BBC texts, titles and references: "
        f"{len(vocabulary) - len(differ)}/{len(vocabulary)} identical ({via_c} stemmed by "
        f"PyStemmer's C Snowball, the rest by NLTK); differing: {shown}."
    )


def _arguments(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dump-stock", nargs=2, metavar=("NAME", "OUT"), help=argparse.SUPPRESS)
    parser.add_argument(
        "--self-check",
        default="lsa",
        help="stock algorithm to run under two hash seeds ('' to skip)",
    )
    parser.add_argument("--algorithms", default=",".join(ALGORITHMS))
    parser.add_argument("--limit", type=int, default=0, help="articles per dataset (0 = all)")
    parser.add_argument("--bbc-split", default="validation", help="validation|test|train|all")
    parser.add_argument("--no-write", action="store_true", help="print only")
    parser.add_argument("--stems-only", action="store_true", help="only the stem identity check")
    return parser.parse_args(argv)


def parsed_datasets(bbc_split: str, limit: int) -> dict[str, list[tuple[articles.Text, Any]]]:
    """Label -> (article, parsed document) for the CNN/DM sample and the BBC split."""
    split = None if bbc_split == "all" else bbc_split
    datasets = {"CNN/DM sample (250)": articles.cnndm(), f"BBC {bbc_split}": articles.bbc(split)}
    if limit:
        datasets = {k: v[:limit] for k, v in datasets.items()}
    return {
        label: [(t, articles.warm(articles.parse(t.text))) for t in texts]
        for label, texts in datasets.items()
    }


def table_rows(names: list[str], parsed: dict[str, list[tuple[articles.Text, Any]]]) -> list[str]:
    """One row per algorithm, dataset and count; each disagreement is printed under its row."""
    rows = []
    for name in names:
        for label, texts in parsed.items():
            for counts in ("3", "ref"):
                result = compare(name, texts, counts)
                pct = 100.0 * result["agree"] / max(result["total"], 1)
                classes = sorted({p[2] for p in result["problems"]})
                ties = ", ".join(f"{k} x{v}" for k, v in result["near_ties"].items()) or "-"
                row = (
                    f"| {name} | {label} | {counts} | {result['agree']}/{result['total']} "
                    f"| {pct:.1f}% | {', '.join(classes) or '-'} | {ties} "
                    f"| {result['stock_s']:.1f} | {result['fast_s']:.2f} |"
                )
                rows.append(row)
                print(row, flush=True)
                for problem in result["problems"]:
                    print(f"    {problem[0]} k={problem[1]} [{problem[2]}] {problem[3]}")
    return rows


def main(argv: list[str] | None = None) -> int:
    args = _arguments(argv)
    if args.stems_only:
        print(stem_check())
        return 0
    if args.dump_stock:
        _dump_stock(*args.dump_stock)
        return 0
    rows = table_rows(args.algorithms.split(","), parsed_datasets(args.bbc_split, args.limit))
    header = (
        "| algorithm | dataset | sentences | same selection | agreement | disagreement classes "
        "| near-ties settled sumy's way | stock s | fast s |\n|---|---|---|---|---|---|---|---|---|"
    )
    stamp = dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC")
    command = "python -m bench.agreement " + " ".join(argv if argv is not None else sys.argv[1:])
    blas = f"OPENBLAS_NUM_THREADS={os.environ['OPENBLAS_NUM_THREADS']}."
    body = f"`{command.strip()}` — {stamp}. {blas}\n\n{header}\n" + "\n".join(rows) + "\n"
    stems = stem_check()
    print(stems)
    body += f"\n{stems}\n"
    if args.self_check:
        check = stock_self_check(args.self_check)
        print(check)
        body += f"\n{check}\n"
    if not args.no_write:
        write_section("performance.md", "agreement", body)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
