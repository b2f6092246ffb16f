"""How far two labellers agree on which figures are key, and where the bot stands between them.

    python -m bench.key_agreement [--limits 4 3 2]

The first labels are `bench/labels/realpages.jsonl` (every figure of a page, each marked key or
not). A second labeller (session 19) read 45 of its dev pages with those figures marked in place,
blind to the first marks and to the bot, and marked which are key
(`bench/labels/second/realpages_keys.jsonl`: page ids and the spans of the figures marked key,
always spans of the first labels). Over those pages this prints Cohen's kappa of the two, each
labeller's precision and recall against the other, and `key_figures`' picks (at each `--limits`)
against the first, the second, and either. A pick counts when it overlaps a labelled figure by
half (`bench.realpages_score.matches`). The pages are dev pages, read while tuning the key-figure
ranking in sessions 9-17: the bot's rows are in-sample for the first labels.
"""

from __future__ import annotations

import argparse

from bench.realpages_predict import gistbot_figures
from bench.realpages_score import matches
from bench.realpages_sets import SETS, load_labels
from tests.helpers import SECOND_KEYS

Span = tuple[int, int]


def _share(hits: int, total: int) -> str:
    return f"{hits / total:.3f}" if total else "-"


def kappa(agree: int, items: int, first: int, second: int) -> float:
    """Cohen's kappa of two yes/no labellings of `items`: `agree` items alike, `first` and
    `second` the yes counts."""
    observed = agree / items
    p1, p2 = first / items, second / items
    chance = p1 * p2 + (1 - p1) * (1 - p2)
    return (observed - chance) / (1 - chance) if chance < 1 else 1.0


def _picked(text: str, title: str | None, limit: int, spans: list[Span]) -> set[Span]:
    """The labelled figures (by span) that `key_figures`' first `limit` picks land on."""
    _, keyed = gistbot_figures(text, title, limit)
    return {span for span in spans if any(matches(p, span) for p in keyed)}


def run(limits: list[int]) -> list[str]:
    first = {lab["id"]: lab for lab in load_labels(SETS["realpages"].labels)}
    second = load_labels(SECOND_KEYS)
    pages = SETS["realpages"].load((row["id"] for row in second), None)
    items = agree = n_first = n_second = both = 0
    bot = {limit: [0, 0, 0, 0] for limit in limits}  # picks, on first, on second, on either
    for row in second:
        spans = [(f["start"], f["end"]) for f in first[row["id"]]["figures"]]
        keys_first = {(f["start"], f["end"]) for f in first[row["id"]]["figures"] if f["key"]}
        keys_second = {tuple(span) for span in row["key"]}
        items += len(spans)
        agree += sum((s in keys_first) == (s in keys_second) for s in spans)
        n_first, n_second = n_first + len(keys_first), n_second + len(keys_second)
        both += len(keys_first & keys_second)
        page = pages[row["id"]]
        for limit in limits:
            picked = _picked(page["text"], page["title"], limit, spans)
            counts = bot[limit]
            counts[0] += len(picked)
            counts[1] += len(picked & keys_first)
            counts[2] += len(picked & keys_second)
            counts[3] += len(picked & (keys_first | keys_second))
    agreement = kappa(agree, items, n_first, n_second)
    out = [
        f"{len(second)} dev pages, {items} labelled figures; key: first labels {n_first}, "
        f"second {n_second}, both {both}; Cohen's kappa {agreement:.3f}.",
        "",
        "| who picks | picks | precision vs first | recall of first | precision vs second "
        "| recall of second | precision vs either |",
        "|---|---:|---:|---:|---:|---:|---:|",
        f"| second labeller | {n_second} | {_share(both, n_second)} | {_share(both, n_first)} "
        f"| 1.000 | 1.000 | 1.000 |",
        f"| first labeller | {n_first} | 1.000 | 1.000 | {_share(both, n_first)} "
        f"| {_share(both, n_second)} | 1.000 |",
    ]
    for limit in limits:
        picks, on_first, on_second, on_either = bot[limit]
        out.append(
            f"| key_figures, at most {limit} (in-sample for the first) | {picks} "
            f"| {_share(on_first, picks)} | {_share(on_first, n_first)} "
            f"| {_share(on_second, picks)} | {_share(on_second, n_second)} "
            f"| {_share(on_either, picks)} |"
        )
    return out


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--limits", type=int, nargs="+", default=[4, 3, 2])
    args = parser.parse_args(argv)
    print("\n".join(run(args.limits)))


if __name__ == "__main__":
    main()
