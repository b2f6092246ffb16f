"""Fit the speaker-confidence gate (`summarizer.quotes.trust`) and write its weights module:
`PYTHONHASHSEED=0 python -m bench.fit_trust [--check]`.

Training data (nothing else is read): PolNeAR train (a found quote on a gold direct quote
whose source is a name: right = `strict_speaker`'s right person) and the dev parts of the
labelled quote sets `realpages`, `bbc`, `bbc_train`, `cnndm` (a labelled person/description
quote the found quote lands on: right = `judge_speaker` says the right person, strict or
not clean; wrong = another person or a description for a named one). Every found quote with
a speaker is one example, with the features `trust.features` gives it before any gating.

Model: logistic regression, L2 penalty on the weights (not the bias), fitted by Newton's
method with numpy. Examples are weighted so that the real-page-like sets weigh
`PAGES_SHARE` of the total and PolNeAR (cleaner wire text, tuned on for longer) the rest.
The penalty and the threshold are chosen from pooled out-of-fold probabilities of a k-fold
split by article (`FOLDS`, an article's fold from the sha256 of its id): the penalty with the
least weighted log loss; the threshold is the lowest (on a 0.01 grid) at which, on the
real-page-like sets, the names dropped just below it (the band [t - BAND, t)) are right no
more often than `KEEP_PRECISION`, the share a printed name must earn, and the pooled
precision of the names printed is at least `TARGET_PRECISION`. `--check` only compares the
module with what a fit would write.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import textwrap
from collections.abc import Iterable
from pathlib import Path

import numpy as np

from bench.quotes import DATA as POLNEAR
from bench.quotes import _chars, _is_name
from bench.realpages import SETS, Pred, _best, judge_speaker, load_labels
from summarizer.quotes.rank import find_quotes
from tests.helpers import strict_speaker

OUT = Path(__file__).resolve().parents[1] / "summarizer/quotes/trust_weights.py"
PAGE_SETS = ("realpages", "bbc", "bbc_train", "cnndm")  # their dev parts only
FOLDS = 5
PAGES_SHARE = 0.6  # of the total example weight: the real-page-like sets
PENALTIES = (0.3, 1.0, 3.0, 10.0)  # L2 strengths tried (in units of total weight 1,000)
TOTAL_WEIGHT = 1000.0
TARGET_PRECISION = 0.95  # pooled printed-name precision wanted on the real-page-like sets
KEEP_PRECISION = 0.85  # a name dropped just under the threshold is right no more often
COST_WRONG = KEEP_PRECISION / (1 - KEEP_PRECISION)  # a wrong name costs this many right ones
NEWTON_STEPS = 50

Example = tuple[str, str, dict[str, float], int]  # (source, article, features, right)


def polnear_examples() -> list[Example]:
    """Found quotes with a speaker on PolNeAR train gold quotes whose source is a name."""
    out: list[Example] = []
    with POLNEAR.open(encoding="utf-8") as handle:
        rows = [json.loads(line) for line in handle]
    for row in rows:
        if row["split"] != "train":
            continue
        gold = []
        for a in row["attributions"]:
            if a["direct_quote"]:
                spans = [tuple(s) for c in a["content"] for s in c["spans"]]
                gold.append((_chars(spans), " ".join(s["text"] for s in a["source"])))
        log: list = []
        find_quotes(row["text"], trust_log=log)
        for spans, who, feats in log:
            mine = _chars(spans)
            best, best_ov = None, 0.0
            for chars, source in gold:
                ov = len(mine & chars) / max(1, min(len(mine), len(chars)))
                if ov > best_ov:
                    best, best_ov = source, ov
            if best is not None and best_ov >= 0.5 and _is_name(best):
                out.append(("polnear", row["id"], feats, int(strict_speaker(who, best)[0])))
    return out


def page_examples(name: str) -> list[Example]:
    """Found quotes with a speaker on labelled person/description quotes, dev pages only."""
    chosen = SETS[name]
    labels = [lab for lab in load_labels(chosen.labels) if lab["split"] == "dev" and lab["quotes"]]
    pages = chosen.load(lab["id"] for lab in labels)
    out: list[Example] = []
    for lab in labels:
        text = pages[lab["id"]]["text"]
        log: list = []
        found = [q for q in find_quotes(text, partial=True, trust_log=log) if not q.partial]
        credited = {spans: (who, feats) for spans, who, feats in log}
        preds = [Pred(tuple(q.spans), credited.get(q.spans, (None,))[0]) for q in found]
        for q in lab["quotes"]:
            if q["speaker_kind"] not in ("person", "description"):
                continue
            pred = _best(preds, (q["start"], q["end"]))
            if pred is None or pred.speaker is None:
                continue
            verdict, _ = judge_speaker(text, q, pred)
            feats = credited[pred.spans][1]
            out.append((name, lab["id"], feats, int(verdict in ("ok", "right"))))
    return out


def fold_of(source: str, article: str) -> int:
    digest = hashlib.sha256(f"{source}:{article}".encode()).hexdigest()
    return int(digest, 16) % FOLDS


def design(examples: list[Example], names: list[str]) -> np.ndarray:
    col = {n: i for i, n in enumerate(names)}
    x = np.zeros((len(examples), len(names)))
    for r, (_, _, feats, _) in enumerate(examples):
        for k, v in feats.items():
            if k in col:
                x[r, col[k]] = v
    return x


def sample_weights(examples: list[Example]) -> np.ndarray:
    """Real-page-like examples weigh PAGES_SHARE of TOTAL_WEIGHT, PolNeAR's the rest."""
    pages = np.array([s != "polnear" for s, _, _, _ in examples])
    w = np.where(pages, PAGES_SHARE / pages.sum(), (1 - PAGES_SHARE) / (~pages).sum())
    return w * TOTAL_WEIGHT


def fit(x: np.ndarray, y: np.ndarray, w: np.ndarray, penalty: float) -> tuple[float, np.ndarray]:
    """Weighted L2 logistic regression by Newton's method: (bias, weights)."""
    xb = np.hstack([np.ones((len(x), 1)), x])
    beta = np.zeros(xb.shape[1])
    reg = np.full(xb.shape[1], penalty)
    reg[0] = 0.0
    for _ in range(NEWTON_STEPS):
        p = 1.0 / (1.0 + np.exp(-(xb @ beta)))
        grad = xb.T @ (w * (p - y)) + reg * beta
        hess = (xb * (w * p * (1 - p))[:, None]).T @ xb + np.diag(reg) + 1e-9 * np.eye(len(beta))
        step = np.linalg.solve(hess, grad)
        beta -= step
        if np.abs(step).max() < 1e-10:
            break
    return float(beta[0]), beta[1:]


def predict(x: np.ndarray, bias: float, coef: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-(bias + x @ coef)))


def out_of_fold(
    examples: list[Example], x: np.ndarray, y: np.ndarray, w: np.ndarray, penalty: float
) -> np.ndarray:
    folds = np.array([fold_of(s, a) for s, a, _, _ in examples])
    p = np.zeros(len(y))
    for k in range(FOLDS):
        train, test = folds != k, folds == k
        bias, coef = fit(x[train], y[train], w[train], penalty)
        p[test] = predict(x[test], bias, coef)
    return p


def log_loss(p: np.ndarray, y: np.ndarray, w: np.ndarray) -> float:
    p = np.clip(p, 1e-9, 1 - 1e-9)
    return float(-(w * (y * np.log(p) + (1 - y) * np.log(1 - p))).sum() / w.sum())


def choose_threshold(p: np.ndarray, y: np.ndarray, w: np.ndarray, pages: np.ndarray) -> float:
    """The threshold on a 0.01 grid with the most weighted utility, right names printed
    minus COST_WRONG times wrong names printed (dropping a name pays when it is right less
    than KEEP_PRECISION of the time), among those where the real-page-like names printed
    are right at least TARGET_PRECISION of the time; the lowest of equals."""
    best, best_u = 0.0, -np.inf
    for t in (round(0.01 * i, 2) for i in range(100)):
        kept = p >= t
        on_pages = kept & pages
        if on_pages.sum() == 0 or y[on_pages].mean() < TARGET_PRECISION:
            continue
        u = float((w * kept * (y - COST_WRONG * (1 - y))).sum())
        if u > best_u + 1e-9:
            best, best_u = t, u
    return best


def curve(p: np.ndarray, y: np.ndarray, label: str) -> list[str]:
    lines = [f"{label}: threshold -> names kept, precision kept, wrong dropped, right dropped"]
    for t in (0.0, 0.5, 0.7, 0.8, 0.85, 0.9, 0.92, 0.94, 0.96, 0.98):
        kept = p >= t
        prec = y[kept].mean() if kept.sum() else float("nan")
        lines.append(
            f"  {t:.2f}: {int(kept.sum())} kept, {prec:.3f}, "
            f"{int((~kept & (y == 0)).sum())} wrong dropped, {int((~kept & (y == 1)).sum())} "
            "right dropped"
        )
    return lines


def render(names: list[str], bias: float, coef: np.ndarray, threshold: float, penalty: float,
           n: dict[str, tuple[int, int]]) -> str:  # fmt: skip
    counts = ", ".join(f"{k} {a} ({b} wrong)" for k, (a, b) in sorted(n.items()))
    about = (
        f"Logistic regression, L2 penalty {penalty}, on {counts} examples; the threshold "
        "chosen on pooled out-of-fold probabilities (see `bench.fit_trust`)."
    )
    lines = [
        '"""Weights of the speaker-confidence gate (`trust`): written by',
        "`PYTHONHASHSEED=0 python -m bench.fit_trust`, never by hand.",
        "",
        *textwrap.wrap(about, 90),
        '"""',
        "",
        f"BIAS = {bias:.4f}",
        f"THRESHOLD = {threshold:.2f}",
        "WEIGHTS: dict[str, float] = {",
        *(f'    "{k}": {v:.4f},' for k, v in zip(names, coef, strict=True)),
        "}",
        "",
    ]
    return "\n".join(lines)


def main(argv: Iterable[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--check", action="store_true", help="compare, do not write")
    args = parser.parse_args(list(argv) if argv is not None else None)
    examples = polnear_examples()
    for name in PAGE_SETS:
        examples += page_examples(name)
    names = sorted({k for _, _, f, _ in examples for k in f})
    x = design(examples, names)
    y = np.array([r for _, _, _, r in examples], dtype=float)
    w = sample_weights(examples)
    pages = np.array([s != "polnear" for s, _, _, _ in examples])
    n = {}
    for s in ("polnear", *PAGE_SETS):
        mask = np.array([e[0] == s for e in examples])
        n[s] = (int(mask.sum()), int((y[mask] == 0).sum()))
    print("examples (wrong):", n)
    losses = {c: log_loss(out_of_fold(examples, x, y, w, c), y, w) for c in PENALTIES}
    for c, loss in losses.items():
        print(f"penalty {c}: out-of-fold weighted log loss {loss:.4f}")
    penalty = min(PENALTIES, key=lambda c: (round(losses[c], 6), c))
    oof = out_of_fold(examples, x, y, w, penalty)
    threshold = choose_threshold(oof, y, w, pages)
    print("\n".join(curve(oof[pages], y[pages], "real-page-like dev, out of fold")))
    print("\n".join(curve(oof[~pages], y[~pages], "PolNeAR train, out of fold")))
    bias, coef = fit(x, y, w, penalty)
    print(f"penalty {penalty}, threshold {threshold:.2f}")
    text = render(names, bias, coef, threshold, penalty, n)
    if args.check:
        same = OUT.read_text(encoding="utf-8") == text
        print("weights module up to date" if same else "weights module differs")
        sys.exit(0 if same else 1)
    OUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
