"""Quotes and figures on real pages nobody here wrote, labelled by us: `python -m bench.realpages`.

Labels: `bench/labels/realpages.jsonl` (page ids, character offsets into the page's
`text_restored`, short codes; no page text). Pages: `../shared/data/realpages_dev.jsonl.gz`, read
from there only. The labels were written from the text alone, before anyone looked at what the
finders output on these pages. Split: a page is held-out when int(sha256(id), 16) % 3 == 0.

Quotes: a predicted quote (gistbot's `find_quotes`, all of them) matches a labelled one when
their character spans overlap by >= 50% of the shorter. Precision = predictions that match some
labelled quote / predictions; recall = labelled quotes matched / labelled quotes. Speakers are
judged on each labelled quote against its best-overlapping prediction:

- strict speaker accuracy (labelled person or description): the predicted speaker, case and
  whitespace normalised ("Mr", "Ms", "Dr" dropped), equals the labelled mention, or is its
  surname, or is a shorter form of the same name that occurs in the text ("Nora Blake" for
  "Nora Whitfield Blake"); for a description, equals it or a part of it ("source" for "a
  source"). A shared token is not enough: "Lakeview University" for "Anna K. Morrow" is wrong,
  and so is "Deputy Transport Secretary Leon Marsh" (the right person, not given clean). A
  bracket in the labelled mention is ignored ("Jo Lee (XYZ)"); a hyphenated particle joins a
  name however its hyphens fall, and the word before it is a short form ("Rafiq" for
  "Rafiq-ul Noor") when the text uses it alone; an organisation may go by its acronym;
- right person: the predicted speaker ends with the labelled surname (titles before it allowed);
- wrong-speaker rate: named but not strictly right / named; unattributed rate: no speaker / all;
- labelled "none" (the text does not make the speaker clear): how often we named someone.

Issue #17's last two targets (a table after all the others; `tests/quote_targets.py`): recall
of the labelled quotes that open a sentence or a paragraph (the opening mark starts a line, or
follows ". ! ?" or "…", maybe closing marks, then a space: `opens_sentence`), against the
recall of the rest; and over key quotes that land on a labelled person's or description's
quote (the key-quote table's n), the share the strict judge finds not credited to the
labelled speaker ("wrong" or "described") AND `tests/speaker_kinds.py` judges an
organisation, a place or an object rather than a person or a description of one (it reads the
page's labelled speakers first, then lists of places, body words, titles and given names).

Figures: a predicted figure (`find_figures`, all of them) matches a labelled one by the same
50% overlap. Recall of all labelled figures and of the key ones; precision against all labelled
figures (a prediction on something we labelled as not a figure, a date or an age, is false);
value accuracy where both sides give a value. `key_figures` (4 per page, what the bot shows) is
scored too. Baselines in the same run: quotes = every quotation-mark span, nobody said it;
figures = every digit run.

Dev numbers are in-sample as soon as anyone tunes on the dev pages; the held-out pages are the
honest check (and stop being one if they are read while tuning).

`--set bbc` scores the same way on 48 BBC News Summary test-split articles (plain text: no
extraction; `bench/labels/bbc.jsonl`, labelled blind in session 11 by two labellers who never
ran the finders; offsets into the article's `text`, split by the same sha256 rule). `--set
cnndm` scores quotes only on 45 CNN/DailyMail sample articles (`bench/labels/cnndm.jsonl`,
labelled blind in session 12, same rules), `--set bbc_train` on 42 BBC train-split articles
(`bench/labels/bbc_train.jsonl`, quotes only, labelled blind in session 12) and `--set
bbc_train2` on 45 more (`bbc_train2.jsonl`, labelled blind later in session 12).

The command line lives here; the parts, each a module of its own job: which sets there are and
how their texts load (bench.realpages_sets, with each set's notes in bench.realpages_notes),
what each system predicts (bench.realpages_predict), how a prediction is judged
(bench.realpages_score), and one run's tables (bench.realpages_report).
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from bench.docs import write_section
from bench.realpages_report import run
from bench.realpages_sets import ROOT, SETS, LabelledSet, load_labels
from tests.helpers import split_of

DOCS = ROOT / "docs" / "quality.md"


def write_docs(lines: list[str], command: str, counts: str, chosen: LabelledSet) -> None:
    stamp = time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())
    heading = [f"## {chosen.title}", "", f"`{command}` ({stamp}). {counts}", ""]
    body = "\n".join([*heading, *lines, "", chosen.notes.strip()])
    write_section("quality.md", chosen.block, body)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument(
        "--set", choices=sorted(SETS), default="realpages",
        help="real pages (default), BBC test (session 11), CNN/DM or BBC train (session 12)",
    )  # fmt: skip
    parser.add_argument("--labels", type=Path)
    parser.add_argument("--data", type=Path)
    parser.add_argument("--errors", type=int, default=0, help="list N gistbot errors (dev pages)")
    parser.add_argument("--write-docs", action="store_true", help="update docs/quality.md")
    parser.add_argument(
        "--dev-only", action="store_true", help="score dev pages only (while tuning on them)"
    )
    args = parser.parse_args(argv)
    chosen = SETS[args.set]
    labels = load_labels(args.labels or chosen.labels)
    if args.dev_only:
        labels = [lab for lab in labels if lab["split"] == "dev"]
    for lab in labels:
        if lab["split"] != split_of(lab["id"]):
            raise SystemExit(f"{lab['id']}: split {lab['split']!r} is not the sha256 rule's")
    pages = chosen.load((lab["id"] for lab in labels), args.data)
    n = {
        (sp, what): sum(1 for lab in labels if lab[what] is not None and lab["split"] == sp)
        for sp in ("dev", "heldout")
        for what in ("quotes", "figures")
    }
    counts = (
        f"Pages with quotes labelled: {n['dev', 'quotes']} dev, {n['heldout', 'quotes']} held-out; "
        f"with figures labelled: {n['dev', 'figures']} dev, {n['heldout', 'figures']} held-out."
    )
    print(counts)
    print("Dev numbers are in-sample once anyone tunes on dev; held-out is the honest check.\n")
    lines = run(labels, pages, args.errors)
    print("\n".join(lines))
    if args.write_docs:
        chosen_flag = "" if args.set == "realpages" else f" --set {args.set}"
        command = f"python -m bench.realpages{chosen_flag}"
        write_docs(lines, command, counts, chosen)
        print(f"\nwrote {DOCS.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
