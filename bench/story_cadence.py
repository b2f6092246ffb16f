"""The story benchmark's digests at a cadence: a set with publication hours grouped as digests
every H hours would group it, and the repeats across those digests scored.

`every` groups each period's items as one batch, with the items of the earlier periods within
the merging window as the chat's known stories (`known_before`: the bot passes its story marks,
session 11), and scores the pairs within periods; `every_errors` lists its false merges and
missed pairs. `across` scores the repeats across digests (items whose story an earlier digest
had, which `KnownStories.repeats` should consume silently), then with the later coverage too
(`story_later.later_coverage`); `_digest_periods` is the digests' plan both use.

The command line (`--every H`) and the set tables are bench/stories.py, which re-exports these
names; the blind rounds are bench/story_rounds.py; items and fingerprints bench/story_prints.py.
`KNOWN_CONTEXT` lives here only: set `bench.story_cadence.KNOWN_CONTEXT` to drop the known
stories.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence

from bench.story_prints import Item, pairs_of, prints
from bot.digest import stories, story_compare
from bot.digest.stories import Fingerprint, group
from bot.digest.story_later import later_coverage

KNOWN_CONTEXT = True  # `every`: a period's batch statistics count the earlier periods' items


def known_before(timed: Sequence[Item], fps: Sequence[Fingerprint], batch: Sequence[int]) -> list:
    """What a chat that had every earlier digest knows when this period's is planned: the
    prints of the items published in earlier periods within the merging window of its first
    item (the story marks the bot keeps, `curate._known_stories`)."""
    if not KNOWN_CONTEXT or not batch:
        return []
    start = min(timed[i][3] for i in batch)
    window = story_compare.WINDOW.total_seconds() / 3600
    members = set(batch)
    return [
        fps[i]
        for i, item in enumerate(timed)
        if i not in members and start - window <= item[3] < start
    ]


def every(label: str, items: Sequence[Item], hours: float) -> str:
    """Digest grouping as a digest every `hours` would see a set with publication hours: the
    items of each period grouped as one batch (a story's hard negative shares it when it was
    published in that period too), the earlier periods' items as its known stories
    (`known_before`); precision and recall over the pairs within periods."""
    timed = [item for item in items if len(item) > 3]
    fps, labels = prints(timed), [item[0] for item in timed]
    periods: dict[int, list[int]] = {}
    for i, item in enumerate(timed):
        periods.setdefault(int(item[3] // hours), []).append(i)
    tp = fp = positives = 0
    for batch in periods.values():
        known = known_before(timed, fps, batch)
        grouped = group([fps[i] for i in batch], context=known)
        merged = {(batch[a], batch[b]) for a, b in pairs_of(grouped)}
        truth = {(a, b) for a, b in itertools.combinations(batch, 2) if labels[a] == labels[b]}
        tp, fp, positives = (
            tp + len(merged & truth),
            fp + len(merged - truth),
            positives + len(truth),
        )
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / positives if positives else 1.0
    return f"| every {hours:g} h | {label} | {precision:.3f} | {recall:.3f} | {fp} |"


def _digest_periods(
    items: Sequence[Item], hours: float
) -> tuple[list[Item], list[tuple[int, list[int], list[Fingerprint], set[str]]]]:
    """The timed items, and per digest every `hours`: its period, its items, the prints of what
    the chat had (`known_before`) and the labels of the stories among those."""
    timed = [item for item in items if len(item) > 3]
    fps, labels = prints(timed), [item[0] for item in timed]
    periods: dict[int, list[int]] = {}
    for i, item in enumerate(timed):
        periods.setdefault(int(item[3] // hours), []).append(i)
    window = story_compare.WINDOW.total_seconds() / 3600
    out = []
    for period, batch in sorted(periods.items()):
        start = min(timed[i][3] for i in batch)
        known_labels = {
            labels[i]
            for i in range(len(timed))
            if i not in batch and start - window <= timed[i][3] < timed[batch[0]][3]
        }
        out.append((period, batch, known_before(timed, fps, batch), known_labels))
    return timed, out


def across(label: str, items: Sequence[Item], hours: float, errors: bool = False) -> list[str]:
    """Repeats across digests every `hours`: an item whose story an earlier digest within the
    window carried (`known_before`) should be recognised as known and consumed silently
    (`stories.KnownStories.repeats`, what `planning.decide` asks). Precision over the items
    said known, recall over the items whose story was known; `errors`: the wrong items too.
    The second row counts the later coverage too (`story_later.later_coverage`: the items
    shown as a line under an earlier story, not as a new one), over the items `repeats` let
    through: precision over the items said known either way, recall likewise. The third row
    scores the later lines alone: precision over the lines, recall over the items of a known
    story that `repeats` let through."""
    timed, periods = _digest_periods(items, hours)
    fps, labels = prints(timed), [item[0] for item in timed]
    hits = said = truths = later_hits = later_said = let_through = 0
    out = []
    for period, batch, known, known_labels in periods:
        known_stories = stories.KnownStories(known)
        verdicts = known_stories.repeats([fps[i] for i in batch])
        rest = [i for i, repeat in zip(batch, verdicts, strict=True) if not repeat]
        covered = later_coverage([fps[i] for i in rest], known_stories)
        later = {i for i, story in zip(rest, covered, strict=True) if story is not None}
        for i, repeat in zip(batch, verdicts, strict=True):
            truth = labels[i] in known_labels
            hits, said, truths = hits + (repeat and truth), said + repeat, truths + truth
            later_hits += i in later and truth
            later_said += i in later
            let_through += truth and not repeat
            if errors and (repeat or i in later) != truth:
                kind = "missed repeat" if truth else "FALSE REPEAT" if repeat else "FALSE LATER"
                out.append(
                    f"across every {hours:g} h, period {period}: {kind} {labels[i]} "
                    f"({timed[i][3]:g} h): {timed[i][1]!r}"
                )
    precision = hits / said if said else 1.0
    recall = hits / truths if truths else 1.0
    row = f"| across digests every {hours:g} h | {label} | {precision:.3f} | {recall:.3f} | "
    both_hits, both_said = hits + later_hits, said + later_said
    both = (
        f"| across digests every {hours:g} h, with later coverage | {label} | "
        f"{both_hits / both_said if both_said else 1.0:.3f} | "
        f"{both_hits / truths if truths else 1.0:.3f} | {both_said - both_hits} |"
    )
    alone = (
        f"| across digests every {hours:g} h, later lines alone | {label} | "
        f"{later_hits / later_said if later_said else 1.0:.3f} | "
        f"{later_hits / let_through if let_through else 1.0:.3f} | {later_said - later_hits} |"
    )
    return [row + f"{said - hits} |", both, alone, *out]


def every_errors(items: Sequence[Item], hours: float) -> list[str]:
    """The false merges and missed pairs of digests every `hours` (`every`), for reading: each
    with its period and the two items' hours."""
    timed = [item for item in items if len(item) > 3]
    fps, labels = prints(timed), [item[0] for item in timed]
    periods: dict[int, list[int]] = {}
    for i, item in enumerate(timed):
        periods.setdefault(int(item[3] // hours), []).append(i)
    out = []
    for period, batch in sorted(periods.items()):
        grouped = group([fps[i] for i in batch], context=known_before(timed, fps, batch))
        merged = {(batch[a], batch[b]) for a, b in pairs_of(grouped)}
        for a, b in itertools.combinations(batch, 2):
            same, said = labels[a] == labels[b], (a, b) in merged
            if same != said:
                kind = "missed" if same else "FALSE MERGE"
                out.append(
                    f"every {hours:g} h, period {period}: {kind} {labels[a]} / {labels[b]} "
                    f"({timed[a][3]:g} h / {timed[b][3]:g} h): {timed[a][1]!r} / {timed[b][1]!r}"
                )
    return out
