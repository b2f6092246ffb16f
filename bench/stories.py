"""Story merging quality: pairwise precision and recall on labelled items we wrote ourselves.

    python -m bench.stories [--sweep] [--fresh] [--round3] [--round4] [--round5] [--mistakes]

Items (tests/story_items.py) are fictional news told by one to three outlets each, in English,
Russian, German, French and Spanish, with hard negatives (same topic, another event). Every pair
of items is labelled same-story or not; the table scores the pairwise decision (`same_story`:
what repeats across digests use), the grouping a digest uses (`group`) and, beside it, that
grouping without the weighed evidence of bot.digest.story_score ("words only"). All items carry
times within four days, so the time window rarely decides. A third of the stories is held out
by a hash (`story_items.held_out`): tune on dev only (its scores are in-sample); `--mistakes`
lists dev errors only. "held out, 2nd round" is the held-out items written after the first
tuning round. `--fresh` adds the set in `tests.story_items_fresh` (8 languages; written without
reading the rules, scored once in round 2, tuned on since: in-sample), with its wrong pairs by
story and recall by language. `--sweep` prints other thresholds on dev and fresh, and the
grouping with the batch's tf-idf links, which the bot leaves off (`story_compare.TFIDF_LINKS`),
on dev, held out and fresh. `--round3` scores tests.story_items_round3 (written blind, scored
once, read since: in-sample); `--round4` to `--round9` likewise (their grouping
errors with `--mistakes`: all have been read, in-sample). `score_set(label, items)` scores any
set in the same format (its rows, then recall by language). `--batches N` adds the grouping
on digest-sized batches of about N items of each chosen set (`batched`). `--round9` (written
blind with publication hours, read in session 10's third pass: in-sample) lists its errors with
`--mistakes` too, and so does `--round10` (written blind with hours, read in session 10's
fourth pass: in-sample). `--every H` groups the sets with hours as digests every H hours would
(`every`), each period's batch with the items of the earlier periods within the window as the
chat's known stories (`known_before`: the bot passes its story marks, session 11), and scores
the repeats across digests (`across`: items whose story an earlier digest had, which
`KnownStories.repeats` should consume silently); with `--mistakes`, the wrong pairs and repeats
of the rounds that list errors. Items without hours get no time credit (`prints`: not
`dated`). Round 12 (written blind with hours, scored once at session 10's end) is in-sample
since session 11.

An item is (story, title, lead), published 17 minutes after the item before it (rounds 1 to 8),
or (story, title, lead, hours), published `hours` after the set's start (round 9 on), so events
days apart fall outside the merging's time window as in production; such a set is scored in
time order (`chronological`), as feeds deliver it.
"""

from __future__ import annotations

import argparse
import importlib
import itertools
import random
import time
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta

from bot.digest import stories, story_compare
from bot.digest.stories import Fingerprint, fingerprint, group, similarity
from bot.digest.story_later import later_coverage
from summarizer.text.language import detect_language
from tests.helpers import story_items, story_items_fresh

FIRST_ROUND, ITEMS, held_out = story_items.FIRST_ROUND, story_items.ITEMS, story_items.held_out

T0 = datetime(2026, 11, 5, 8, 0, tzinfo=UTC)


def story_of(label: str) -> str:
    return label


Item = tuple[str, str, str] | tuple[str, str, str, float]
SPACING = timedelta(minutes=17)


def published(i: int, item: Item) -> datetime:
    """Item `i`'s time: its hours after T0 when it has them, else 17 minutes per item before it."""
    return T0 + (timedelta(hours=item[3]) if len(item) > 3 else SPACING * i)


def chronological(items: Sequence[Item]) -> Sequence[Item]:
    """A set whose items all carry hours, in time order (stable); any other set as listed."""
    if items and all(len(item) > 3 for item in items):
        return sorted(items, key=lambda item: item[3])
    return items


def prints(items: Sequence[Item] = ITEMS) -> list[Fingerprint]:
    """The items' fingerprints; an item without hours is not `dated` (its 17-minute spacing is
    no publication time, so time proximity gives it no credit)."""
    return [
        fingerprint(item[1], item[2], published(i, item), dated=len(item) > 3)
        for i, item in enumerate(items)
    ]


def score(predicted: set[tuple[int, int]], truth: set[tuple[int, int]]) -> tuple[float, float]:
    hits = len(predicted & truth)
    precision = hits / len(predicted) if predicted else 1.0
    recall = hits / len(truth) if truth else 1.0
    return precision, recall


def pairs_of(groups: Sequence[Sequence[int]]) -> set[tuple[int, int]]:
    return {(a, b) for g in groups for a, b in itertools.combinations(sorted(g), 2)}


def evaluate(
    fps: list[Fingerprint], part: Sequence[int], items: Sequence[Item] = ITEMS, tfidf: bool = False
) -> dict[str, tuple[float, float, int, int]]:
    """Scores over the pairs of items in `part` (grouping sees only those items too); `tfidf`:
    grouping with the batch's tf-idf links (`stories.TFIDF_LINKS`, off in the bot)."""
    labels = [item[0] for item in items]
    pairs = list(itertools.combinations(part, 2))
    truth = {(a, b) for a, b in pairs if labels[a] == labels[b]}
    pairwise = {(a, b) for a, b in pairs if stories.same_story(fps[a], fps[b])}
    batch = [fps[i] for i in part]
    grouped = {(part[a], part[b]) for a, b in pairs_of(group(batch, tfidf))}
    words = {(part[a], part[b]) for a, b in pairs_of(group(batch, tfidf, scored=False))}
    out = {}
    for name, predicted in (
        ("pairwise same_story", pairwise),
        ("digest grouping, words only", words),
        ("digest grouping", grouped),
    ):
        p, r = score(predicted, truth)
        out[name] = (p, r, len(predicted & truth), len(predicted - truth))
    return out


DEV = [i for i, (label, *_) in enumerate(ITEMS) if not held_out(label)]
HELD_OUT = [i for i, (label, *_) in enumerate(ITEMS) if held_out(label)]
PARTS = {
    "dev (in-sample)": DEV,
    "held out": HELD_OUT,
    "held out, 2nd round": [i for i in HELD_OUT if i >= FIRST_ROUND],
    "all": list(range(len(ITEMS))),
}


def table(threshold: float, parts: Sequence[str]) -> list[str]:
    story_compare.SAME_STORY = threshold
    fps = prints()
    rows = []
    for part in parts:
        for name, (p, r, tp, fp) in evaluate(fps, PARTS[part]).items():
            rows.append(f"| {threshold:.2f} | {part} | {name} | {p:.3f} | {r:.3f} | {tp} | {fp} |")
    return rows


FRESH_ROW = "fresh (in-sample since round 2)"


def fresh_table(
    threshold: float, items: Sequence[Item] = story_items_fresh.ITEMS, label: str = FRESH_ROW
) -> list[str]:
    """A whole set's rows, in the table's format."""
    story_compare.SAME_STORY = threshold
    scores = evaluate(prints(items), range(len(items)), items)
    return [
        f"| {threshold:.2f} | {label} | {name} | {p:.3f} | {r:.3f} | {tp} | {fp} |"
        for name, (p, r, tp, fp) in scores.items()
    ]


def recall_by_language(items: Sequence[Item]) -> str:
    """Same-story pairs the digest grouping merges, by the language of the story's items."""
    labels = [item[0] for item in items]
    merged = pairs_of(group(prints(items)))
    language = [detect_language(f"{item[1]}. {item[2]}") for item in items]
    counts: dict[str, list[int]] = {}
    for a, b in itertools.combinations(range(len(items)), 2):
        if labels[a] == labels[b]:
            hits = counts.setdefault(language[a], [0, 0])
            hits[0] += (a, b) in merged
            hits[1] += 1
    ranked = sorted(counts.items(), key=lambda kv: -kv[1][1])
    return "recall by language: " + ", ".join(f"{k} {m}/{n}" for k, (m, n) in ranked)


def score_set(label: str, items: Sequence[Item]) -> list[str]:
    """A labelled set's rows at the chosen threshold, then its recall by language."""
    items = chronological(items)
    return [*fresh_table(story_compare.SAME_STORY, items, label), recall_by_language(items)]


def fresh_errors(items: Sequence[Item] = story_items_fresh.ITEMS) -> list[str]:
    """The fresh set's false merges and misses of the digest grouping, by story."""
    labels = [item[0] for item in items]
    merged = pairs_of(group(prints(items)))
    out = [
        f"FALSE MERGE {labels[a]} #{a} / {labels[b]} #{b}: {items[a][1]!r} / {items[b][1]!r}"
        for a, b in sorted(merged)
        if labels[a] != labels[b]
    ]
    missed: dict[str, list[int]] = {}
    for a, b in itertools.combinations(range(len(items)), 2):
        if labels[a] == labels[b]:
            counts = missed.setdefault(labels[a], [0, 0])
            counts[0] += (a, b) not in merged
            counts[1] += 1
    ranked = sorted(missed.items(), key=lambda kv: (-kv[1][0], kv[0]))
    out += [f"missed {m} of {n} pairs: {story}" for story, (m, n) in ranked if m]
    return out


def batched(label: str, items: Sequence[Item], size: int, repeats: int = 6) -> str:
    """Digest grouping on digest-sized batches: the set's stories shuffled (seeded) and dealt
    into batches of about `size` items, whole stories each, `repeats` times; precision and
    recall pooled, false merges per deal. A batch's statistics (idf, rare names) are those of a
    digest, and a story's hard negative is in its batch only by chance."""
    fps, labels = prints(items), [item[0] for item in items]
    members: dict[str, list[int]] = {}
    for i, story in enumerate(labels):
        members.setdefault(story, []).append(i)
    order, rng = sorted(members), random.Random(7)
    tp = fp = positives = 0
    for _ in range(repeats):
        rng.shuffle(order)
        batch: list[int] = []
        for n, story in enumerate(order):
            batch += members[story]
            if len(batch) < size and n < len(order) - 1:
                continue
            batch.sort()
            merged = {(batch[a], batch[b]) for a, b in pairs_of(group([fps[i] for i in batch]))}
            truth = {(a, b) for a, b in itertools.combinations(batch, 2) if labels[a] == labels[b]}
            tp, fp = tp + len(merged & truth), fp + len(merged - truth)
            positives += len(truth)
            batch = []
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / positives if positives else 1.0
    return f"| batches of ~{size} | {label} | {precision:.3f} | {recall:.3f} | {fp / repeats:.1f} |"


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
    through: precision over the items said known either way, recall likewise."""
    timed, periods = _digest_periods(items, hours)
    fps, labels = prints(timed), [item[0] for item in timed]
    hits = said = truths = later_hits = later_said = 0
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
    return [row + f"{said - hits} |", both, *out]


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


def sweep_tfidf() -> list[str]:
    """Grouping with the batch's tf-idf links at some thresholds (two names / one name)."""
    chosen = story_compare.SAME_STORY_TFIDF, story_compare.SAME_STORY_TFIDF_ONE_NAME
    rows = ["| tf-idf links: two names / one name | items | precision | recall | false merges |"]
    rows.append("|---|---|---|---|---|")
    fresh = story_items_fresh.ITEMS
    sets = (("dev", DEV, ITEMS), ("held out", HELD_OUT, ITEMS), ("fresh", range(len(fresh)), fresh))
    for two, one in ((0.35, 0.45), (0.4, 0.5), (0.45, 9.0), (0.5, 0.6)):
        story_compare.SAME_STORY_TFIDF, story_compare.SAME_STORY_TFIDF_ONE_NAME = two, one
        for name, part, items in sets:
            p, r, _, fp = evaluate(prints(items), part, items, tfidf=True)["digest grouping"]
            single = f"{one:.2f}" if one < 1 else "off"
            rows.append(f"| {two:.2f} / {single} | {name} | {p:.3f} | {r:.3f} | {fp} |")
    story_compare.SAME_STORY_TFIDF, story_compare.SAME_STORY_TFIDF_ONE_NAME = chosen
    return rows


def mistakes(fps: list[Fingerprint]) -> list[str]:
    """The false merges and the missed pairs of dev items, for reading."""
    out = []
    for a, b in itertools.combinations(DEV, 2):
        same = ITEMS[a][0] == ITEMS[b][0]
        said = stories.same_story(fps[a], fps[b])
        if same != said:
            kind = "missed" if same else "FALSE MERGE"
            sim = similarity(fps[a], fps[b])
            out.append(f"{kind} {sim:.2f}: {ITEMS[a][1]!r} / {ITEMS[b][1]!r}")
    return out


def timing(fps: Sequence[Fingerprint]) -> float:
    """Milliseconds to group `fps`, the median of three."""
    runs = []
    for _ in range(3):
        started = time.perf_counter()
        group(fps)
        runs.append((time.perf_counter() - started) * 1000)
    return sorted(runs)[1]


def labelled(n: int = 500) -> list[Fingerprint]:
    """The labelled items repeated up to `n` (the candidates limit of one digest)."""
    return [fp for _ in range(n // len(ITEMS) + 1) for fp in prints()][:n]


CODES = ("alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel", "india", "kilo")
CROWD_LEAD = (
    "The council met on Tuesday to discuss the new harbour plan. Critics argued it was too "
    "expensive, and several residents spoke against it."
)


def crowd(n: int = 300) -> list[Fingerprint]:
    """The worst case: `n` items of five feeds sharing one lead and no number, so no pair can
    be skipped (every pair shares words, none disagrees on numbers)."""
    return [
        fingerprint(
            f"{CODES[i % 10]} {CODES[i // 10 % 10]} harbour plan story",
            CROWD_LEAD,
            T0 + timedelta(minutes=i),
            "en",
            source=f"Feed {i % 5}",
        )
        for i in range(n)
    ]


# The sets written blind after the first ones: (round, row name, when their errors are listed).
# A set's errors are listed only once it has been scored blind and may be read; round 7 was read
# in session 10 (in-sample since), round 8 in session 10's second pass, round 9 in its third,
# round 10 in its fourth (in-sample since), round 12 in session 11.
BLIND_ROUNDS = (
    (3, "round 3 (written blind, in-sample since)", "always"),
    (4, "round 4 (written blind, in-sample since)", "mistakes"),
    (5, "round 5 (written blind, in-sample since)", "mistakes"),
    (6, "round 6 (written blind, in-sample since)", "mistakes"),
    (7, "round 7 (written blind, in-sample since)", "mistakes"),
    (8, "round 8 (written blind, in-sample since)", "mistakes"),
    (9, "round 9 (written blind, with times, in-sample since)", "mistakes"),
    (10, "round 10 (written blind, with times, in-sample since)", "mistakes"),
    (11, "round 11 (written blind, with times, scored to decide switches)", "never"),
    (12, "round 12 (written blind, with times, in-sample since)", "mistakes"),
    (13, "round 13 (written blind, with times, in-sample since)", "mistakes"),
    (14, "round 14 (written blind, with times, in-sample since)", "mistakes"),
    (15, "round 15 (written blind, with times, in-sample since)", "mistakes"),
    (16, "round 16 (written blind, with times, in-sample since)", "mistakes"),
    (17, "round 17 (written blind, with times, in-sample since)", "mistakes"),
    (18, "round 18 (written blind, with times, in-sample since)", "mistakes"),
    (19, "round 19 (written blind, with times, in-sample since)", "mistakes"),
    (20, "round 20 (written blind, with times, in-sample since)", "mistakes"),
    (21, "round 21 (written blind, with times, in-sample since)", "mistakes"),
    (22, "round 22 (written blind, with times, in-sample since)", "mistakes"),
    (23, "round 23 (written blind, with times, in-sample since)", "mistakes"),
    (24, "round 24 (written blind, with times, scored to decide switches)", "never"),
    (25, "round 25 (written blind, with times, scored to decide switches)", "never"),
    (26, "round 26 (written blind, with times, scored to decide switches)", "never"),
    (27, "round 27 (written blind, with times, in-sample since)", "mistakes"),
    (28, "round 28 (written blind, with times, scored to decide switches)", "never"),
    (29, "round 29 (written blind, with times, scored to decide switches)", "never"),
    (30, "round 30 (written blind, with times, scored to decide switches)", "never"),
    (31, "round 31 (written blind, with times, scored to decide switches)", "never"),
    (32, "round 32 (written blind, with times, scored to decide switches)", "never"),
    (33, "round 33 (written blind, with times, in-sample since)", "mistakes"),
    (34, "round 34 (written blind, with times, in-sample since)", "mistakes"),
    (35, "round 35 (written blind, with times, in-sample since)", "mistakes"),
    (36, "round 36 (written blind, with times, scored to decide switches)", "never"),
    (37, "round 37 (written blind, with times, in-sample since)", "mistakes"),
    (38, "round 38 (written blind, with times, scored to decide switches)", "never"),
    (39, "round 39 (written blind, with times, scored to decide switches)", "never"),
    (40, "round 40 (written blind, with times, scored to decide switches)", "never"),
    (41, "round 41 (written blind, with times, scored to decide switches)", "never"),
    (42, "round 42 (written blind, with times, its false merges read in session 16)", "mistakes"),
    (43, "round 43 (written blind, with times, scored to decide switches)", "never"),
    (44, "round 44 (written blind, with times, its errors read in session 16)", "mistakes"),
    (45, "round 45 (written blind, with times)", "never"),
    (46, "round 46 (written blind, with times)", "never"),
    (47, "round 47 (written blind, with times, its false merges read in session 17)", "mistakes"),
    (48, "round 48 (written blind, with times, its false merges read in session 17)", "mistakes"),
    (49, "round 49 (written blind, with times, its errors read in session 18)", "mistakes"),
    (50, "round 50 (written blind, with times, its errors read in session 18)", "mistakes"),
    (51, "round 51 (written blind, with times, its misses read in session 18)", "mistakes"),
    (52, "round 52 (written blind, with times)", "never"),
)


def blind_round(number: int) -> Sequence[Item]:
    """A blind round's items, in time order when they carry hours (round 9 on)."""
    return chronological(importlib.import_module(f"tests.story_items_round{number}").ITEMS)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sweep", action="store_true", help="other thresholds too")
    parser.add_argument(
        "--mistakes",
        action="store_true",
        help="list wrong pairs: dev's, and the grouping errors of --round4 to --round9 (read)",
    )
    parser.add_argument(
        "--fresh", action="store_true", help="score the fresh set (once) and list its errors"
    )
    for number, _, errors in BLIND_ROUNDS:
        read = {"always": "and its errors", "mistakes": "(read since): errors with --mistakes"}
        parser.add_argument(
            f"--round{number}",
            action="store_true",
            help=f"score the round-{number} set (written blind) {read.get(errors, '(rows only)')}",
        )
    parser.add_argument(
        "--batches",
        type=int,
        default=0,
        metavar="N",
        help="also group digest-sized batches of about N items (whole stories) of each set",
    )
    parser.add_argument(
        "--every",
        type=float,
        action="append",
        default=[],
        metavar="H",
        help="also group the sets with publication hours as digests every H hours (repeatable)",
    )
    args = parser.parse_args()
    chosen = story_compare.SAME_STORY
    labels = {item[0] for item in ITEMS}
    positives = sum(1 for a, b in itertools.combinations(ITEMS, 2) if a[0] == b[0])
    print(f"{len(ITEMS)} items, {len(labels)} stories, {positives} same-story pairs of "
          f"{len(ITEMS) * (len(ITEMS) - 1) // 2}")  # fmt: skip
    print(f"held out: {len(HELD_OUT)} items (sha256 of the story % 3 == 0), dev: {len(DEV)}")
    print("| SAME_STORY | items | decision | precision | recall | true merges | false merges |")
    print("|---|---|---|---|---|---|---|")
    print("\n".join(table(chosen, list(PARTS))))
    if args.fresh:
        print("\n".join(fresh_table(chosen)))
    if args.sweep:
        for threshold in (0.25, 0.30, 0.40, 0.50):
            print("\n".join(table(threshold, ["dev (in-sample)"])))
            print("\n".join(fresh_table(threshold)))
        story_compare.SAME_STORY = chosen
        print("\n".join(sweep_tfidf()))
    story_compare.SAME_STORY = chosen
    print(f"dev {recall_by_language([ITEMS[i] for i in DEV])}")
    if args.fresh:
        fresh = story_items_fresh.ITEMS
        print(f"fresh: {len(fresh)} items, {len({s for s, _, _ in fresh})} stories")
        print(f"fresh {recall_by_language(fresh)}")
        print("\n".join(fresh_errors()))
    for number, name, errors in BLIND_ROUNDS:
        if getattr(args, f"round{number}"):
            items = blind_round(number)
            print(f"round {number}: {len(items)} items, {len({item[0] for item in items})} stories")
            print("\n".join(score_set(name, items)))
            if errors == "always" or (errors == "mistakes" and args.mistakes):
                print("\n".join(fresh_errors(items)))
    if args.batches:
        print("| digest grouping | items | precision | recall | false merges per deal |")
        print("|---|---|---|---|---|")
        chosen_sets = [("dev (in-sample)", [ITEMS[i] for i in DEV])]
        chosen_sets.append(("held out", [ITEMS[i] for i in HELD_OUT]))
        if args.fresh:
            chosen_sets.append((FRESH_ROW, story_items_fresh.ITEMS))
        for number, name, _ in BLIND_ROUNDS:
            if getattr(args, f"round{number}"):
                chosen_sets.append((name, blind_round(number)))
        for name, items in chosen_sets:
            print(batched(name, items, args.batches))
    if args.every:
        print("| digest grouping | items | precision | recall | false merges |")
        print("|---|---|---|---|---|")
        for number, name, _ in BLIND_ROUNDS:
            items = blind_round(number) if getattr(args, f"round{number}") else []
            if items and all(len(item) > 3 for item in items):
                print("\n".join(every(name, items, hours) for hours in args.every))
        for number, _, errors in BLIND_ROUNDS:
            if getattr(args, f"round{number}") and errors == "mistakes" and args.mistakes:
                items = blind_round(number)
                if items and all(len(item) > 3 for item in items):
                    for hours in args.every:
                        print("\n".join(every_errors(items, hours)))
                        print("\n".join(across(name, items, hours, errors=True)[2:]))
        print("| repeats across digests | items | precision | recall | false repeats |")
        print("|---|---|---|---|---|")
        for number, name, _ in BLIND_ROUNDS:
            items = blind_round(number) if getattr(args, f"round{number}") else []
            if items and all(len(item) > 3 for item in items):
                for hours in args.every:
                    print("\n".join(across(name, items, hours)[:2]))
    if args.mistakes:
        print("\n".join(mistakes(prints())))
    print(f"grouping 500 labelled items (repeated): {timing(labelled()):.1f} ms")
    print(f"grouping 300 items sharing one lead, no numbers: {timing(crowd()):.1f} ms")


if __name__ == "__main__":
    main()
