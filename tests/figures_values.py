"""Value and value+unit scores of a figure finder on our labelled figures whose labels carry
`value` (`low`/`high` for a range) and `unit` (tests/data/figures/heldout.jsonl; conventions in
its README): read by the figure tests and, through `tests.helpers`, by `bench.figures`.

A prediction counts for value when its span is paired with a labelled one (overlap, one-to-one,
in the same greedy order as the span score) and its value, or its low and high for a labelled
range, equals the label's within rounding (relative `TOLERANCE`: a label may store 0.3333 for
a third); for value+unit the units must also agree after `unit_key` (callers pass one that maps
symbols and names to one vocabulary, as `bench.quantities` does).
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

from summarizer.figures.judge import find_figures
from tests.figures_labelled import Span, locate

TOLERANCE = 1e-3


class Reading(Protocol):
    """What the scorer reads of a predicted figure (summarizer.models.Figure has it)."""

    text: str
    value: float | None
    low: float | None
    high: float | None
    unit: str | None


Extractor = Callable[[dict], list[tuple[Span, Reading]]]


def readings(item: dict) -> list[tuple[Span, Reading]]:
    """gistbot's figures in a labelled item, with their spans."""
    figures = find_figures(item["text"], item.get("lang", "en"))
    return list(zip(locate(item["text"], (f.text for f in figures)), figures, strict=True))


def plain_unit(unit: str | None) -> str | None:
    """Default unit key: the unit as written, case folded."""
    return None if unit is None else unit.casefold()


def pairs(expected: list[Span], predicted: list[Span]) -> list[tuple[int, int]]:
    """(label index, prediction index) pairs, made as `figures_labelled.match` counts them."""
    used: set[int] = set()
    out = []
    for i, (s, e) in enumerate(expected):
        for j, (ps, pe) in enumerate(predicted):
            if j not in used and ps < e and s < pe:
                used.add(j)
                out.append((i, j))
                break
    return out


def _close(a: float | None, b: float) -> bool:
    return a is not None and math.isclose(a, b, rel_tol=TOLERANCE, abs_tol=1e-9)


def same_value(label: dict, figure: Reading) -> bool:
    """Whether a figure reads the labelled value (both ends for a range, no range for one)."""
    if label.get("low") is not None:
        return _close(figure.low, label["low"]) and _close(figure.high, label["high"])
    if figure.low is not None and figure.high is not None and figure.low != figure.high:
        return False
    return _close(figure.value, label["value"])


# A subunit reading is the same quantity as its main unit's: 118.5p read as 118.5 pence (GBX)
# agrees with a label of 1.185 GBP (labellers wrote either; session 11's held-out set 2, pounds).
SUBUNITS = {"GBX": ("GBP", 0.01), "USX": ("USD", 0.01)}


@dataclass(frozen=True)
class _Scaled:
    text: str
    value: float | None
    low: float | None
    high: float | None
    unit: str | None


def _in_main_unit(figure: Reading) -> Reading | None:
    """The figure read in its currency's main unit, when it is read in a subunit."""
    if figure.unit not in SUBUNITS:
        return None
    unit, factor = SUBUNITS[figure.unit]

    def scale(x: float | None) -> float | None:
        return None if x is None else x * factor

    return _Scaled(figure.text, scale(figure.value), scale(figure.low), scale(figure.high), unit)


def _prf(hits: int, n_pred: int, n_exp: int) -> tuple[float, float, float]:
    p, r = hits / max(1, n_pred), hits / max(1, n_exp)
    return p, r, 2 * p * r / (p + r) if p + r else 0.0


def value_score(
    data: list[dict],
    extractor: Extractor = readings,
    unit_key: Callable[[str | None], str | None] = plain_unit,
) -> dict:
    """Value P/R/F1 and value+unit P/R/F1, with one line per labelled figure not fully right."""
    n_exp = n_pred = hits = unit_hits = 0
    mismatches: list[str] = []
    for item in data:
        labels = item["figures"]
        expected = locate(item["text"], (f["text"] for f in labels))
        found = extractor(item)
        n_exp += len(expected)
        n_pred += len(found)
        paired = dict(pairs(expected, [span for span, _ in found]))
        for i, label in enumerate(labels):
            if i not in paired:
                mismatches.append(f"{item['id']} no span  {label['text']!r}")
                continue
            figure = found[paired[i]][1]
            main = _in_main_unit(figure)
            if main is not None and not same_value(label, figure) and same_value(label, main):
                figure = main
            got = f"{figure.text!r} value={figure.value} low={figure.low} high={figure.high}"
            want = f"value={label['value']} low={label.get('low')} high={label.get('high')}"
            if not same_value(label, figure):
                mismatches.append(f"{item['id']} value    {got} != {want}")
                continue
            hits += 1
            if unit_key(figure.unit) == unit_key(label["unit"]):
                unit_hits += 1
            else:
                mismatches.append(
                    f"{item['id']} unit     {figure.text!r} {figure.unit!r} != {label['unit']!r}"
                )
        taken = set(paired.values())
        for j, (_, figure) in enumerate(found):
            if j not in taken:
                mismatches.append(f"{item['id']} extra    {figure.text!r} value={figure.value}")
    p, r, f1 = _prf(hits, n_pred, n_exp)
    up, ur, uf1 = _prf(unit_hits, n_pred, n_exp)
    return {"expected": n_exp, "predicted": n_pred, "value_precision": p, "value_recall": r,
            "value_f1": f1, "unit_precision": up, "unit_recall": ur, "unit_f1": uf1,
            "mismatches": mismatches}  # fmt: skip
