"""Our hand-labelled figures (tests/data/figures/) and how a figure finder is scored on them:
read by the figure tests and, through `tests.helpers`, by `bench.figures`."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from pathlib import Path

from summarizer.figures.judge import find_figures

LABELLED = Path(__file__).resolve().parent / "data" / "figures" / "labelled.jsonl"
HELDOUT = LABELLED.with_name("heldout.jsonl")
HELDOUT_2 = LABELLED.with_name("heldout2.jsonl")  # session 11: written and labelled blind
HELDOUT_3 = LABELLED.with_name("heldout3.jsonl")  # session 11: blind, after pass 2 on set 2
HELDOUT_4 = LABELLED.with_name("heldout4.jsonl")  # session 11: blind, after pass 3 on set 3
Span = tuple[int, int]


def load(path: Path = LABELLED) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def locate(text: str, parts: Iterable[str]) -> list[Span]:
    """Spans of `parts` found in order in `text` (each search starts at the previous match)."""
    spans, pos = [], 0
    for part in parts:
        i = text.find(part, pos)
        if i < 0:
            i = text.find(part)
        if i < 0:
            raise ValueError(f"{part!r} not in text")
        spans.append((i, i + len(part)))
        pos = i
    return spans


def match(expected: list[Span], predicted: list[Span]) -> int:
    """One-to-one matches between spans that overlap."""
    used: set[int] = set()
    hits = 0
    for s, e in expected:
        for j, (ps, pe) in enumerate(predicted):
            if j not in used and ps < e and s < pe:
                used.add(j)
                hits += 1
                break
    return hits


def ours(item: dict) -> list[Span]:
    """gistbot's figures in a labelled item, as spans."""
    figures = find_figures(item["text"], item.get("lang", "en"))
    return locate(item["text"], (f.text for f in figures))


def score(data: list[dict], extractor: Callable[[dict], list[Span]]) -> dict[str, float]:
    """Precision, recall and F1 of `extractor` against the labels (overlapping spans match)."""
    n_exp = n_pred = tp_exp = tp_pred = 0
    for item in data:
        expected = locate(item["text"], (f["text"] for f in item["figures"]))
        predicted = extractor(item)
        n_exp += len(expected)
        n_pred += len(predicted)
        tp_exp += match(expected, predicted)
        tp_pred += match(predicted, expected)
    precision = tp_pred / n_pred if n_pred else 0.0
    recall = tp_exp / n_exp if n_exp else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"expected": n_exp, "predicted": n_pred, "precision": precision, "recall": recall,
            "f1": f1}  # fmt: skip
