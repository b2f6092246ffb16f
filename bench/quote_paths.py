"""Which attribution path credited each quote's speaker, and how often it was right, on the
dev real pages: `python -m bench.quote_paths [--show PATH] [--group G] [--set NAME]`.

Every path must earn its place: one that names the wrong person about as often as the right
one should give "unattributed" instead (a wrong speaker puts words in someone's mouth). The
path is `FoundQuote.how`, "attribution/resolution": how the cue was found ("after:name-first"
for '," Lee said', "before:name-verb" for 'Lee said: "', "colon-para:..." for a paragraph
ending in a colon, "sentence-before", "next-sentence", "split-follow" for the part after a
quote split by its cue, "no-cue") and how its words became a person ("name",
"pronoun:antecedent", "pronoun:previous-speaker", "description:kept", "continuation", ...).

Scored over labelled quotes whose speaker is a person or a description (the population of
`bench.realpages`' wrong-speaker rate), with the same judge: right = the right person (strict
or not clean), wrong = another person, a thing, or a description for a named person. Dev pages
only: held-out pages are never read here. Groups: the older dev pages (rounds 1-2, tuned on
in sessions 5-8), the round-3 dev pages (labelled in session 8, tuned on in session 9), the
round-4 and round-5 dev pages (labelled in session 9, read in its second and third quote
passes) and the round-6 dev pages (labelled in session 10, read in its second quote pass). A
second table scores the key quotes (what the bot shows) per group and per path: "wrong or not
clean" as in `bench.realpages`. `--set bbc|bbc_train|cnndm` scores the dev part of another
labelled set instead, as one group. `--set A,B,... --part all` pools several sets and any of
their parts into one group and adds a short table, one row per path and per path family
(the resolution alone, "*/pronoun:previous-speaker"; the cue alone, "after:name-first/*"):
right / wrong / unattributed and the wrong rate wrong / (right + wrong). Only per-path totals
are printed for held-out parts: `--show` reads dev parts only.
"""

from __future__ import annotations

import argparse
from collections import Counter, defaultdict

from bench.realpages_predict import gistbot_quotes
from bench.realpages_score import _best, _overlap, judge_speaker, matches
from bench.realpages_sets import SETS, load_labels

GROUPS = ("old dev", "round-3 dev", "round-4 dev", "round-5 dev", "round-6 dev")
# a label line's "round" -> its group
_GROUP_OF = {None: GROUPS[0], 3: GROUPS[1], 4: GROUPS[2], 5: GROUPS[3], 6: GROUPS[4]}
RIGHT, UNCLEAN, WRONG, UNATTRIBUTED = "right", "not clean", "wrong", "unattributed"
_VERDICT = {
    "ok": RIGHT,
    "right": UNCLEAN,
    "wrong": WRONG,
    "described": WRONG,
    "unattributed": UNATTRIBUTED,
}


def tally(
    labels: list[dict],
    pages: dict[str, dict],
    show: str | None = None,
    group: str | None = None,
    one_group: str | None = None,
    wrong_on: dict[str, set[str]] | None = None,
):
    """Counter[(group, path, verdict)] over the found quotes of the dev pages, and the same
    over their key quotes; with `show`, print the quotes whose path starts with it (in `group`,
    if given). `one_group` puts every page in that group (a set other than the real pages),
    dev and held-out pages alike; `wrong_on`, if given, gathers per path the ids of the pages
    where it named the wrong person (errors cluster: one page's misread cue is many quotes)."""
    counts: Counter[tuple[str, str, str]] = Counter()
    keys: Counter[tuple[str, str, str]] = Counter()
    for lab in labels:
        if lab["quotes"] is None or (lab["split"] != "dev" and one_group is None):
            continue
        grp = one_group or _GROUP_OF.get(lab.get("round"))
        if grp is None:
            continue  # a later round: not read here yet
        page = pages[lab["id"]]
        text = page["text"]
        found, keyed = gistbot_quotes(text, page["title"])
        for q in lab["quotes"]:
            if q["speaker_kind"] not in ("person", "description"):
                continue
            pred = _best(found, (q["start"], q["end"]))
            if pred is None:
                continue
            verdict, mention = judge_speaker(text, q, pred)
            kind = _VERDICT[verdict]
            counts[grp, pred.how, kind] += 1
            if wrong_on is not None and kind == WRONG:
                wrong_on.setdefault(pred.how, set()).add(lab["id"])
            dev = lab["split"] == "dev"  # held-out quotes are counted, never shown
            if show and dev and pred.how.startswith(show) and group in (None, grp):
                s, e = q["start"], q["end"]
                print(f"{kind:12} {lab['id']} {pred.how} got {pred.speaker!r} want {mention!r}")
                print(
                    f"    {text[max(0, s - 200) : s]!r} [{text[s:e][:80]!r}] {text[e : e + 120]!r}"
                )
        for p in keyed:
            q = _labelled(p, lab["quotes"])
            if q is not None and q["speaker_kind"] in ("person", "description"):
                keys[grp, p.how, _VERDICT[judge_speaker(text, q, p)[0]]] += 1
    return counts, keys


def _labelled(pred, quotes: list[dict]) -> dict | None:
    """The labelled quote a key quote lands on (most overlap), as `bench.realpages` scores it."""
    hit = [q for q in quotes if matches(pred, (q["start"], q["end"]))]
    return max(hit, key=lambda q: _overlap(pred.spans, (q["start"], q["end"])), default=None)


def key_table(keys: Counter[tuple[str, str, str]], groups: tuple[str, ...] = GROUPS) -> list[str]:
    """Key quotes per group: n, strict right / not clean / wrong / unattributed, and "wrong or
    not clean" (`bench.realpages`' key-quote column: (not clean + wrong) / n)."""
    out = [
        "| group | key quotes on a person/description | strict right | not clean | wrong | "
        "unattributed | wrong or not clean |",
        "|---|---:|---:|---:|---:|---:|---:|",
    ]
    for g in groups:
        r, c, w, u = (
            sum(n for (grp, _, kind), n in keys.items() if grp == g and kind == k)
            for k in (RIGHT, UNCLEAN, WRONG, UNATTRIBUTED)
        )
        n = r + c + w + u
        bad = f"{(c + w) / n:.3f}" if n else "–"
        out.append(f"| {g} | {n} | {r} | {c} | {w} | {u} | {bad} |")
    return out


def table(counts: Counter[tuple[str, str, str]], groups: tuple[str, ...] = GROUPS) -> list[str]:
    """A markdown table: per path, right (of which not clean) / wrong / unattributed in each
    group; the last row gives `bench.realpages`' wrong-speaker rate (named but not strictly
    right / named) and right person (right / all)."""
    paths: dict[str, int] = defaultdict(int)
    for (_, path, _), n in counts.items():
        paths[path] += n
    head = " | ".join(f"{g}: right (not clean) / wrong / unattr." for g in groups)
    out = [f"| path | {head} |", "|---|" + "---:|" * len(groups)]
    totals = Counter()
    for path in sorted(paths, key=lambda p: -paths[p]):
        cells = []
        for g in groups:
            r, c, w, u = (counts[g, path, k] for k in (RIGHT, UNCLEAN, WRONG, UNATTRIBUTED))
            for k, n in ((RIGHT, r), (UNCLEAN, c), (WRONG, w), (UNATTRIBUTED, u)):
                totals[g, k] += n
            cells.append(_cell(r, c, w, u) if r + c + w + u else "–")
        out.append(f"| {path} | " + " | ".join(cells) + " |")
    cells = []
    for g in groups:
        r, c, w, u = (totals[g, k] for k in (RIGHT, UNCLEAN, WRONG, UNATTRIBUTED))
        named, n = r + c + w, r + c + w + u
        wrong = (c + w) / named if named else 0.0
        right = (r + c) / n if n else 0.0
        cells.append(f"{_cell(r, c, w, u)}: wrong-speaker {wrong:.3f}, right person {right:.3f}")
    out.append("| **all** | " + " | ".join(cells) + " |")
    return out


def _family_keys(path: str) -> set[str]:
    """The path itself, its resolution alone and its cue alone."""
    cue, _, resolution = path.partition("/")
    return {path, f"*/{resolution}", f"{cue}/*"}


def families(counts: Counter[tuple[str, str, str]]) -> Counter[tuple[str, str]]:
    """Counter[(path or family, verdict)] over every group: each path, its resolution alone
    ("*/pronoun:previous-speaker") and its cue alone ("after:name-first/*"); "not clean"
    counts as right, as in `table`'s right column."""
    out: Counter[tuple[str, str]] = Counter()
    for (_, path, kind), n in counts.items():
        kind = RIGHT if kind == UNCLEAN else kind
        for key in _family_keys(path):
            out[key, kind] += n
    return out


def rate_table(
    counts: Counter[tuple[str, str, str]],
    least: int = 1,
    wrong_on: dict[str, set[str]] | None = None,
) -> list[str]:
    """Per path and family with at least `least` attributed quotes, most wrong first: right /
    wrong / unattributed, the wrong rate wrong / (right + wrong) and on how many pages the
    wrong ones fall (from `tally`'s `wrong_on`)."""
    pooled = families(counts)
    pages: dict[str, set[str]] = defaultdict(set)
    for path, ids in (wrong_on or {}).items():
        for key in _family_keys(path):
            pages[key] |= ids
    rows = []
    for key in {k for k, _ in pooled}:
        r, w, u = (pooled[key, k] for k in (RIGHT, WRONG, UNATTRIBUTED))
        if r + w >= least:
            rows.append((-w / (r + w), -w, key, r, w, u))
    out = [
        "| path or family | right | wrong | unattributed | wrong rate | pages with a wrong one |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    for _, _, key, r, w, u in sorted(rows):
        out.append(f"| {key} | {r} | {w} | {u} | {w / (r + w):.3f} | {len(pages[key])} |")
    return out


def _cell(right: int, unclean: int, wrong: int, unattributed: int) -> str:
    extra = f" ({unclean})" if unclean else ""
    return f"{right + unclean}{extra} / {wrong} / {unattributed}"


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--show", help="print the quotes whose path starts with this")
    parser.add_argument("--group", choices=GROUPS, help="with --show: only this group")
    parser.add_argument(
        "--set", default="realpages", help="labelled set, or several joined by commas (pooled)"
    )
    parser.add_argument(
        "--part", choices=("dev", "heldout", "all"), default="dev",
        help="which part of each set (held-out parts: totals only)",
    )  # fmt: skip
    parser.add_argument("--least", type=int, default=8, help="rate table: attributed at least")
    args = parser.parse_args(argv)
    names = args.set.split(",")
    if unknown := [n for n in names if n not in SETS]:
        parser.error(f"no labelled set {unknown[0]!r}: one of {', '.join(sorted(SETS))}")
    pooled = len(names) > 1 or args.part != "dev" or names != ["realpages"]
    one = f"{args.set if len(names) == 1 else 'pool'} {args.part}" if pooled else None
    groups = GROUPS if one is None else (one,)
    counts: Counter[tuple[str, str, str]] = Counter()
    keys: Counter[tuple[str, str, str]] = Counter()
    wrong_on: dict[str, set[str]] = {}
    for name in names:
        chosen = SETS[name]
        labels = [lab for lab in load_labels(chosen.labels) if args.part in ("all", lab["split"])]
        pages = chosen.load(lab["id"] for lab in labels if lab["quotes"] is not None)
        more, more_keys = tally(labels, pages, args.show, args.group, one, wrong_on)
        counts.update(more)
        keys.update(more_keys)
    if pooled:
        print(f"Per path and family ({args.set}, {args.part}; {args.least}+ attributed):\n")
        print("\n".join(rate_table(counts, args.least, wrong_on)))
        print()
    print("All found quotes, per path:\n")
    print("\n".join(table(counts, groups)))
    print("\nKey quotes (what the bot shows), per path:\n")
    print("\n".join(table(keys, groups)))
    print("\nKey quotes, per group:\n")
    print("\n".join(key_table(keys, groups)))


if __name__ == "__main__":
    main()
