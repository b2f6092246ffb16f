"""Figures on a public quantity benchmark: `python -m bench.quantities [--misses N]`.

`../shared/data/quantities_dev.jsonl` (read in place, never copied): 328 sentences from four
quantity test suites (age, currency, dimension, temperature), many lower-cased, each with gold
quantities as a value ("500000000", a range "40-50") and a normalised unit ("dollar", "year of
age"). `find_figures` runs on each sentence (as English); every figure gives its value, or its
low and high for a range.

Scoring, per sentence, one-to-one: a predicted figure matches a gold quantity when the values
agree (relative 1e-6; a range matches a gold range with both ends, or a gold single value equal
to either end). Value precision = matched figures / figures; recall = matched gold / gold.
Value+unit: the match also needs the figure's unit, mapped to the benchmark's vocabulary by
`UNIT_NAMES` (a counted noun compares as itself), to equal the gold unit. Gold quantities the
benchmark counts but we skip on purpose (a lone "one dealer") stay in the denominator.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from summarizer.figures.judge import find_figures
from summarizer.models import Figure

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "data" / "quantities_dev.jsonl"
TOLERANCE = 1e-6

# Our normalised unit -> the benchmark's name for it.
UNIT_NAMES = {
    "%": "percentage", "USD": "dollar", "EUR": "euro", "GBP": "pound sterling",
    "JPY": "japanese yen", "CNY": "chinese yuan", "CAD": "canadian dollar",
    "AUD": "australian dollar", "CHF": "swiss franc", "HKD": "hong kong dollar",
    "INR": "rupee", "TRY": "turkish lira", "MXN": "mexican peso", "BTC": "bitcoin",
    "RUB": "russian ruble", "GBX": "penny", "USX": "cent", "°C": "celsius",
    "°F": "fahrenheit", "°": "degree", "km": "kilometre", "m": "metre", "cm": "centimetre",
    "mm": "millimetre", "dm": "decimetre", "pm": "picometre", "mile": "mile", "ft": "foot",
    "inch": "inch", "yard": "yard", "kg": "kilogram", "g": "gram", "µg": "microgram",
    "t": "metric ton", "ton": "ton", "lb": "pound-mass", "gal": "gallon", "l": "litre",
    "km/h": "kilometre per hour", "mph": "mile per hour", "m²": "square metre",
    "km²": "square kilometre", "MB": "megabyte", "GB": "gigabyte", "TB": "terabyte",
    "year": "year", "month": "month", "week": "week", "day": "day", "hour": "hour",
    "minute": "minute", "second": "second", "point": "point", "ml": "millilitre",
    "rad": "radian", "oz": "ounce", "tbsp": "tablespoon", "tsp": "teaspoon", "person": "people",
    "time": "count", "NLG": "netherlands guilder", "mile/hour": "mile per hour",
    "CRC": "costa rican colón", "GEL": "georgian lari", "LAK": "lao kip",
    "NZD": "new zealand dollar", "FIM": "finnish markka", "KRW": "south korean won",
    "SGD": "singapore dollar", "µg/g": "microgram per gram", "kB": "kilobyte",
    "Mbit": "megabit", "Gbit": "gigabit", "kbit": "kilobit",
}  # fmt: skip
AGE_UNITS = {"year": "year of age", "month": "month of age", "week": "week of age",
             "day": "day of age"}  # fmt: skip


def load(path: Path = DATA) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def gold_values(raw: str) -> tuple[float, float]:
    """(low, high) of a gold value: "40-50" is a range, "-5" a negative number."""
    head, sep, tail = raw[1:].partition("-")
    if sep:
        return float(raw[0] + head), float(tail)
    return float(raw), float(raw)


def unit_name(figure: Figure) -> str | None:
    """The benchmark's name for a figure's unit: "USD/share" -> "dollar per share"."""
    unit = getattr(figure, "unit", None)
    if unit is None:
        return None
    if getattr(figure, "kind", "") == "age":
        return AGE_UNITS.get(unit, unit)
    if unit in UNIT_NAMES:
        return UNIT_NAMES[unit]
    head, per = unit.split("/", 1) if "/" in unit else (unit, "")
    name = UNIT_NAMES.get(head, head)
    return f"{name} per {per}" if per else name


def _close(a: float, b: float) -> bool:
    return abs(a - b) <= TOLERANCE * max(1.0, abs(b))


def _ends(figure: Figure) -> tuple[float, float] | None:
    low = getattr(figure, "low", None)
    high = getattr(figure, "high", None)
    if low is not None and high is not None:
        return low, high
    if figure.value is None:
        return None
    return figure.value, figure.value


def _agree(pred: tuple[float, float], gold: tuple[float, float]) -> bool:
    if gold[0] != gold[1]:
        return _close(pred[0], gold[0]) and _close(pred[1], gold[1])
    return _close(pred[0], gold[0]) or _close(pred[1], gold[0])


@dataclass
class Score:
    gold: int = 0
    predicted: int = 0
    hit: int = 0
    hit_unit: int = 0
    by_set: Counter = field(default_factory=Counter)
    misses: list[str] = field(default_factory=list)

    def line(self, name: str, gold: int, hit: int, predicted: int, hit_unit: int) -> str:
        p, r = hit / max(1, predicted), hit / max(1, gold)
        pu, ru = hit_unit / max(1, predicted), hit_unit / max(1, gold)
        return (
            f"| {name} | {gold} | {predicted} | {p:.3f} | {r:.3f} | {_f1(p, r):.3f} | "
            f"{_f1(pu, ru):.3f} |"
        )


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def score(rows: list[dict]) -> Score:
    s = Score()
    for row in rows:
        figures = find_figures(row["text"], "en")
        golds = [(gold_values(q["value"]), q["normalized_unit"]) for q in row["quantities"]]
        used: set[int] = set()
        hits = hits_unit = 0
        for (ends, unit), q in zip(golds, row["quantities"], strict=True):
            j = next(
                (
                    j
                    for j, f in enumerate(figures)
                    if j not in used and (e := _ends(f)) is not None and _agree(e, ends)
                ),
                None,
            )
            if j is None:
                s.misses.append(f"MISS {row['id']} {q['value']} {unit!r}: {row['text'][:160]}")
                continue
            used.add(j)
            hits += 1
            if unit_name(figures[j]) == unit:
                hits_unit += 1
            else:
                got = unit_name(figures[j])
                s.misses.append(f"UNIT {row['id']} {figures[j].text!r} {got!r} != {unit!r}")
        for j, f in enumerate(figures):
            if j not in used:
                s.misses.append(f"FP   {row['id']} {f.text!r} {_ends(f)}: {row['text'][:160]}")
        s.gold += len(golds)
        s.predicted += len(figures)
        s.hit += hits
        s.hit_unit += hits_unit
        for key, n in (("gold", len(golds)), ("predicted", len(figures)), ("hit", hits),
                       ("hit_unit", hits_unit)):  # fmt: skip
            s.by_set[row["set"], key] += n
    return s


def table(rows: list[dict]) -> str:
    s = score(rows)
    out = [
        "| set | gold | predicted | value precision | value recall | value F1 | value+unit F1 |",
        "|---|---:|---:|---:|---:|---:|---:|",
    ]
    for name in sorted({r["set"] for r in rows}):
        b = s.by_set
        out.append(
            s.line(name, b[name, "gold"], b[name, "hit"], b[name, "predicted"], b[name, "hit_unit"])
        )
    out.append(s.line("**all**", s.gold, s.hit, s.predicted, s.hit_unit))
    return "\n".join(out)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--misses", type=int, default=0, help="list N misses and false figures")
    args = parser.parse_args(argv)
    rows = load(args.data)
    print(f"{len(rows)} sentences from {args.data.name}\n")
    print(table(rows))
    if args.misses:
        print("\n" + "\n".join(score(rows).misses[: args.misses]))


if __name__ == "__main__":
    main()
