"""The held-out figure labels' values and units (their shape), and the value scorer on a
fixture written here with hand-made predictions (no figure finder runs in this file)."""

from __future__ import annotations

import pytest

from summarizer.models import Figure
from tests.figures_labelled import HELDOUT, HELDOUT_2, load, locate
from tests.figures_values import same_value, value_score

TEXT = "Sales rose 12% to $3.5 million. Between 20 and 30 staff left, a third of them new."
ITEM = {
    "id": "t1",
    "lang": "en",
    "text": TEXT,
    "figures": [
        {"text": "12%", "value": 12, "unit": "%"},
        {"text": "$3.5 million", "value": 3500000, "unit": "USD"},
        {"text": "Between 20 and 30 staff", "value": 20, "low": 20, "high": 30, "unit": "staff"},
        {"text": "a third", "value": 0.3333, "unit": None},
    ],
}


def fig(
    text: str,
    value: float | None,
    unit: str | None,
    low: float | None = None,
    high: float | None = None,
) -> Figure:
    return Figure(text=text, context="", value=value, unit=unit, low=low, high=high)


PREDICTED = [
    fig("Sales", None, None),  # spurious, on no label
    fig("12%", 12, "%"),  # right
    fig("$3.5 million", 3.5e6, "EUR"),  # right value, wrong unit
    fig("20 and 30 staff", 20, "staff"),  # a single number where the label is a range
    fig("a third", 1 / 3, None),  # right within rounding
]


def extractor(item: dict) -> list:
    spans = locate(item["text"], (f.text for f in PREDICTED))
    return list(zip(spans, PREDICTED, strict=True))


def test_value_scorer_on_a_fixture() -> None:
    r = value_score([ITEM], extractor)
    assert (r["expected"], r["predicted"]) == (4, 5)
    assert r["value_precision"] == pytest.approx(3 / 5)
    assert r["value_recall"] == pytest.approx(3 / 4)
    assert r["value_f1"] == pytest.approx(2 * 0.6 * 0.75 / 1.35)
    assert (r["unit_precision"], r["unit_recall"]) == (pytest.approx(2 / 5), pytest.approx(2 / 4))
    kinds = sorted(line.split()[1] for line in r["mismatches"])
    assert kinds == ["extra", "unit", "value"]
    # A unit key that maps both codes to one name makes the unit agree.
    same = value_score([ITEM], extractor, lambda u: "money" if u in ("USD", "EUR") else u)
    assert same["unit_recall"] == pytest.approx(3 / 4)


def test_unpaired_label_and_ranges() -> None:
    r = value_score([ITEM], lambda item: [])
    assert r["value_recall"] == 0 and r["value_precision"] == 0 and r["value_f1"] == 0
    assert len(r["mismatches"]) == 4
    label = ITEM["figures"][2]
    assert same_value(label, fig("x", 20, "staff", low=20, high=30))
    assert not same_value(label, fig("x", 20, "staff", low=20, high=25))
    assert not same_value({"value": 20}, fig("x", 20, None, low=20, high=30))
    assert same_value({"value": 0.6667}, fig("x", 2 / 3, None))
    assert not same_value({"value": 0.67}, fig("x", 2 / 3, None))


def test_pence_read_in_pence_agree_with_a_label_in_pounds() -> None:
    item = {"id": "p", "text": "Shares rose to 118.5p, then 2p more.", "figures": [
        {"text": "118.5p", "value": 1.185, "unit": "GBP"},
        {"text": "2p", "value": 2, "unit": "GBX"},
    ]}  # fmt: skip
    spans = locate(item["text"], ("118.5p", "2p"))

    def reading(*figures: Figure):  # type: ignore[no-untyped-def]
        return lambda _item: list(zip(spans, figures, strict=True))

    pence = value_score([item], reading(fig("118.5p", 118.5, "GBX"), fig("2p", 2, "GBX")))
    assert pence["value_recall"] == 1.0 and pence["unit_recall"] == 1.0
    pounds = value_score([item], reading(fig("118.5p", 118.5, "GBP"), fig("2p", 2, "GBX")))
    assert pounds["value_recall"] == 0.5  # 118.5 pounds is not 118.5 pence


@pytest.mark.parametrize("path", [HELDOUT, HELDOUT_2], ids=["heldout", "heldout2"])
def test_heldout_labels_carry_values_and_units(path) -> None:  # type: ignore[no-untyped-def]
    rows = load(path)
    assert sum(len(row["figures"]) for row in rows) >= 47
    for row in rows:
        assert set(row) == {"id", "lang", "text", "figures"}
        locate(row["text"], (f["text"] for f in row["figures"]))
        for label in row["figures"]:
            where = (row["id"], label["text"])
            assert set(label) <= {"text", "context", "value", "low", "high", "unit"}, where
            assert isinstance(label["value"], int | float), where
            assert label["unit"] is None or (isinstance(label["unit"], str) and label["unit"])
            if "low" in label or "high" in label:
                assert label["low"] == label["value"] < label["high"], where
