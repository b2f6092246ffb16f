"""Fit the `default` summarizer's weights on the BBC News Summary TRAIN split (never on CNN/DM).

    python -m bench.fit_ranking            # fit, tune the redundancy penalty, write the JSON
    python -m bench.fit_ranking --dry-run  # fit and print only

Needs scipy, which the bot itself does not install: `pip install -e '.[fit]'`.

Model: a listwise (softmax) logistic model: for each article, the probability that a sentence is
one of the reference's is softmax(features @ w) over the article's sentences; minimise the mean
negative log-likelihood of the reference sentences plus an L2 penalty. Labels: a sentence is
positive when it matches a reference sentence (the BBC references are extractive).
The lead-fragment length and the MMR redundancy penalty are then picked, one after the other, by
ROUGE-1/2 F1 on the same train split (mean of 3 sentences and the reference's count).
"""

from __future__ import annotations

import argparse
import json
import re
from dataclasses import replace
from pathlib import Path

import numpy as np
from scipy.optimize import minimize
from scipy.special import logsumexp
from sumy.utils import get_stop_words

from bench.data import Sample, build_document, load_bbc, split_sentences
from summarizer.summary.features import FEATURES
from summarizer.summary.ranking import WEIGHTS_PATH, DefaultSummarizer, Params
from summarizer.text.language import SumyStemmer
from summarizer.text.tokenize import OfflineTokenizer

L2 = 0.01
SHORT_GRID = (0, 6, 8, 10, 12, 14, 16)
REDUNDANCY_GRID = (0.0, 0.5, 1.0, 2.0)
_NORM_RE = re.compile(r"\W+")


def _key(text: str) -> str:
    return _NORM_RE.sub(" ", text.lower()).strip()


def _labels(sentences: list[str], reference: tuple[str, ...]) -> np.ndarray:
    refs = [_key(r) for r in reference]
    labels = np.zeros(len(sentences))
    for i, sentence in enumerate(sentences):
        key = _key(sentence)
        if key and any(key in r or (len(r) > 20 and r in key) for r in refs):
            labels[i] = 1.0
    return labels


def _summarizer(params: Params | None = None) -> DefaultSummarizer:
    summarizer = DefaultSummarizer(SumyStemmer("english"), params or Params())
    summarizer.stop_words = get_stop_words("english")
    return summarizer


def _prepare(samples: list[Sample]) -> list[tuple[np.ndarray, np.ndarray, object]]:
    tokenizer = OfflineTokenizer("en")
    summarizer = _summarizer()
    prepared = []
    for sample in samples:
        document = build_document(split_sentences(sample.text, tokenizer), tokenizer)
        sentences = [str(s) for s in document.sentences]
        labels = _labels(sentences, sample.reference)
        if len(sentences) < 2 or not labels.any():
            continue
        features, _ = summarizer.features(document.sentences)
        prepared.append((features, labels, (sample, document)))
    return prepared


def fit(prepared: list[tuple[np.ndarray, np.ndarray, object]]) -> np.ndarray:
    def loss(w: np.ndarray) -> tuple[float, np.ndarray]:
        total, grad = 0.0, np.zeros_like(w)
        for features, labels, _ in prepared:
            logits = features @ w
            log_p = logits - logsumexp(logits)
            target = labels / labels.sum()
            total -= float(target @ log_p)
            grad -= features.T @ (target - np.exp(log_p))
        m = len(prepared)
        return total / m + L2 * float(w @ w), grad / m + 2 * L2 * w

    result = minimize(loss, np.zeros(len(FEATURES)), jac=True, method="L-BFGS-B")
    return result.x


def _rouge(prepared, params: Params) -> float:
    """Mean ROUGE-1/2 F1 at 3 sentences and at the reference's count, on every other article."""
    from rouge_score import rouge_scorer

    scorer = rouge_scorer.RougeScorer(["rouge1", "rouge2"], use_stemmer=True)
    summarizer = _summarizer(params)
    total, runs = 0.0, 0
    for _, _, (sample, document) in prepared[::2]:
        for count in (3, sample.n_ref):
            picked = summarizer(document, count)
            scores = scorer.score("\n".join(sample.reference), "\n".join(map(str, picked)))
            total += scores["rouge1"].fmeasure + scores["rouge2"].fmeasure
            runs += 2
    score = 100 * total / runs
    print(f"  short_words={params.short_words} redundancy={params.redundancy}: {score:.2f}")
    return score


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dry-run", action="store_true", help="print, do not write the JSON")
    args = parser.parse_args(argv)

    prepared = _prepare(load_bbc("train"))
    w = fit(prepared)
    weights = {name: round(float(v), 4) for name, v in zip(FEATURES, w, strict=True)}
    for name, value in weights.items():
        print(f"{name:>18} {value:+.4f}")
    params = Params(weights=weights, redundancy=0.0)
    short = max(SHORT_GRID, key=lambda k: _rouge(prepared, replace(params, short_words=k)))
    params = replace(params, short_words=short)
    best = max(REDUNDANCY_GRID, key=lambda r: _rouge(prepared, replace(params, redundancy=r)))
    print(f"short_words: {short}, redundancy: {best}")
    if not args.dry_run:
        payload = {
            "command": "python -m bench.fit_ranking",
            "data": "BBC News Summary, train split",
            "l2": L2,
            "redundancy": best,
            "short_words": short,
            "weights": weights,
        }
        Path(WEIGHTS_PATH).write_text(json.dumps(payload, indent=2) + "\n", encoding="utf-8")
        print(f"wrote {WEIGHTS_PATH}")


if __name__ == "__main__":
    main()
