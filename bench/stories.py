"""Story merging quality: pairwise precision and recall on labelled items we wrote ourselves.

    python -m bench.stories [--sweep]

Items (bench/story_items.py) are fictional news told by two to three outlets each, in English,
Russian and German, with hard negatives (same topic, another event). Every pair of items is
labelled same-story or not; the table scores the pairwise decision (`same_story`) and the
grouping a digest uses (`group`, single link: a chain can merge what no single pair would).
All items carry times within one day, so the time window never decides. The rules were tuned
on the items before HELD_OUT_FROM (in-sample); the rest were written afterwards and are scored
apart (held out). `--sweep` prints other thresholds on all items.
"""

from __future__ import annotations

import argparse
import itertools
import time
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta

from bench.story_items import HELD_OUT_FROM, ITEMS
from bot.digest import stories
from bot.digest.stories import Fingerprint, fingerprint, group, similarity

T0 = datetime(2026, 11, 5, 8, 0, tzinfo=UTC)


def story_of(label: str) -> str:
    return label


def prints() -> list[Fingerprint]:
    return [
        fingerprint(title, lead, T0 + timedelta(minutes=17 * i))
        for i, (_, title, lead) in enumerate(ITEMS)
    ]


def score(predicted: set[tuple[int, int]], truth: set[tuple[int, int]]) -> tuple[float, float]:
    hits = len(predicted & truth)
    precision = hits / len(predicted) if predicted else 1.0
    recall = hits / len(truth) if truth else 1.0
    return precision, recall


def pairs_of(groups: Sequence[Sequence[int]]) -> set[tuple[int, int]]:
    return {(a, b) for g in groups for a, b in itertools.combinations(sorted(g), 2)}


def evaluate(fps: list[Fingerprint], part: range) -> dict[str, tuple[float, float, int, int]]:
    """Scores over the pairs of items in `part` (grouping sees only those items too)."""
    labels = [label for label, _, _ in ITEMS]
    pairs = list(itertools.combinations(part, 2))
    truth = {(a, b) for a, b in pairs if labels[a] == labels[b]}
    pairwise = {(a, b) for a, b in pairs if stories.same_story(fps[a], fps[b])}
    grouped = {(part[a], part[b]) for a, b in pairs_of(group([fps[i] for i in part]))}
    out = {}
    for name, predicted in (("pairwise same_story", pairwise), ("digest grouping", grouped)):
        p, r = score(predicted, truth)
        out[name] = (p, r, len(predicted & truth), len(predicted - truth))
    return out


PARTS = {
    "all": range(len(ITEMS)),
    "tuned on (in-sample)": range(HELD_OUT_FROM),
    "held out": range(HELD_OUT_FROM, len(ITEMS)),
}


def table(threshold: float, parts: Sequence[str]) -> list[str]:
    stories.SAME_STORY = threshold
    fps = prints()
    rows = []
    for part in parts:
        for name, (p, r, tp, fp) in evaluate(fps, PARTS[part]).items():
            rows.append(f"| {threshold:.2f} | {part} | {name} | {p:.3f} | {r:.3f} | {tp} | {fp} |")
    return rows


def mistakes(fps: list[Fingerprint]) -> list[str]:
    """The false merges and the missed pairs, for reading."""
    out = []
    for a, b in itertools.combinations(range(len(ITEMS)), 2):
        same = ITEMS[a][0] == ITEMS[b][0]
        said = stories.same_story(fps[a], fps[b])
        if same != said:
            kind = "missed" if same else "FALSE MERGE"
            sim = similarity(fps[a], fps[b])
            out.append(f"{kind} {sim:.2f}: {ITEMS[a][1]!r} / {ITEMS[b][1]!r}")
    return out


def timing(n: int = 500) -> float:
    """Milliseconds to group `n` items (the candidates limit of one digest)."""
    fps = [fps for _ in range(n // len(ITEMS) + 1) for fps in prints()][:n]
    started = time.perf_counter()
    group(fps)
    return (time.perf_counter() - started) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sweep", action="store_true", help="other thresholds too")
    parser.add_argument("--mistakes", action="store_true", help="list wrong pairs")
    args = parser.parse_args()
    chosen = stories.SAME_STORY
    labels = {label for label, _, _ in ITEMS}
    positives = sum(1 for a, b in itertools.combinations(ITEMS, 2) if a[0] == b[0])
    print(f"{len(ITEMS)} items, {len(labels)} stories, {positives} same-story pairs of "
          f"{len(ITEMS) * (len(ITEMS) - 1) // 2}")  # fmt: skip
    print(f"held out: items {HELD_OUT_FROM}-{len(ITEMS) - 1}")
    print("| SAME_STORY | items | decision | precision | recall | true merges | false merges |")
    print("|---|---|---|---|---|---|---|")
    print("\n".join(table(chosen, list(PARTS))))
    if args.sweep:
        for threshold in (0.25, 0.30, 0.40, 0.50):
            print("\n".join(table(threshold, ["all"])))
    stories.SAME_STORY = chosen
    if args.mistakes:
        print("\n".join(mistakes(prints())))
    print(f"grouping 500 items: {timing():.0f} ms")


if __name__ == "__main__":
    main()
