"""Quote detection and attribution against PolNeAR (political news, labelled attributions).

Run: python -m bench.quotes [--data PATH] [--split train|dev|all] [--errors N]

Gold = attributions whose content starts with a quotation mark (`direct_quote`); a labelled
quote is the union of its content spans. A detected quote is a true positive when it overlaps
a gold quote by >= 50% of the shorter of the two (characters). Precision is over detected
quotes, recall over gold quotes. Speaker accuracy is over true positives whose gold source is a
name (has a capitalised token that is not a pronoun or determiner): the detected speaker must
share a name token with it (titles and function words ignored). Strict speaker accuracy (the
target, issue #17) is over the same true positives: the detected speaker must end with the
person's surname (the last word of the first name run of the gold source, cut at a comma, "of"
or a bracket) and be no description; "clean" also wants no title, job or common word in it.
The baseline is "every double-quoted span is a quote, nobody said it", run on the same articles.
A last table gives the recall of gold quotes that open a sentence or a paragraph (#17's target
>= 0.90; the rule is `tests.quote_targets.opens_sentence`: the opening mark starts a line or
follows ". ! ?", maybe closing marks, then a space) and of the other gold quotes.
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import time
from pathlib import Path

from bench.docs import write_section
from summarizer.models import Article
from summarizer.quotes.find import FoundQuote, find_quotes
from summarizer.quotes.rank import key_quotes
from tests.helpers import opens_sentence, strict_speaker

DATA = Path(__file__).resolve().parents[2] / "shared/data/polnear_attributions_traindev.jsonl"
_IGNORE = {
    "the", "a", "an", "of", "for", "and", "he", "she", "they", "it", "we", "i", "his", "her",
    "president", "sen", "rep", "gov", "mr", "mrs", "ms", "dr", "former", "secretary", "state",
    "news", "spokesman", "spokeswoman", "said", "told", "in", "on", "to", "s", "house",
    "democratic", "republican", "candidate", "presidential",
}  # fmt: skip
_BASELINE = re.compile(r"[\"“«„]([^\"“”«»„\n]{1,2000})[\"”»“]")


def _tokens(name: str) -> set[str]:
    out = set()
    for t in re.findall(r"[^\W\d_][\w\-]*", name.replace("’", "'")):
        t = t.lower().removesuffix("'s")
        if len(t) > 1 and t not in _IGNORE:
            out.add(t)
    return out


_DETERMINERS = {"the", "a", "an", "his", "her", "their", "its", "this", "that", "one"}
_FUNCTION = {"of", "for", "and", "in", "on", "at", "by", "to", "the", "de", "al", "bin", "von"}


def _is_name(source: str) -> bool:
    """A name, not a pronoun or a description whose head noun is a common noun."""
    words = [w.strip(",.") for w in source.split() if w.strip(",.")]
    if not words or not _tokens(source):
        return False
    if not any(w[:1].isupper() for w in words if w.lower() not in _DETERMINERS):
        return False
    if words[-1][:1].islower():  # head noun: "the Florida senator", "Clinton's right-hand woman"
        return False
    if words[0].lower() in _DETERMINERS:
        return all(w[:1].isupper() or w.lower() in _FUNCTION for w in words[1:])
    return True


def _chars(spans: list[tuple[int, int]] | tuple[tuple[int, int], ...]) -> set[int]:
    return {i for s, e in spans for i in range(s, e)}


def _baseline(text: str) -> list[FoundQuote]:
    return [
        FoundQuote(m.group(1), ((m.start(1), m.end(1)),), None) for m in _BASELINE.finditer(text)
    ]


def evaluate(rows: list[dict], detect, errors: int = 0) -> dict[str, float]:
    det_n = tp = gold_n = gold_hit = named = named_ok = attributed = 0
    strict_ok = clean_ok = 0
    opening = opening_hit = 0
    shown = 0
    for row in rows:
        text = row["text"]
        gold = []
        for a in row["attributions"]:
            if a["direct_quote"]:
                spans = [tuple(s) for c in a["content"] for s in c["spans"]]
                source = " ".join(s["text"] for s in a["source"])
                gold.append((_chars(spans), source, spans))
        gold_n += len(gold)
        hit = [False] * len(gold)
        for q in detect(text):
            det_n += 1
            mine = _chars(q.spans)
            best, best_ov = None, 0.0
            for gi, (chars, _, _) in enumerate(gold):
                inter = len(mine & chars)
                ov = inter / max(1, min(len(mine), len(chars)))
                if ov > best_ov:
                    best, best_ov = gi, ov
            if best is None or best_ov < 0.5:
                if shown < errors:
                    shown += 1
                    print(f"FP {row['id']}: {q.text[:100]!r} ({q.speaker})")
                continue
            tp += 1
            hit[best] = True
            attributed += q.speaker is not None
            source = gold[best][1]
            if _is_name(source):
                named += 1
                ok = q.speaker is not None and bool(_tokens(q.speaker) & _tokens(source))
                named_ok += ok
                right, clean = strict_speaker(q.speaker, source)
                strict_ok += right
                clean_ok += clean
                if not clean and shown < errors:
                    shown += 1
                    tag = "SPK" if not right else "UNCLEAN"
                    print(f"{tag} {row['id']}: {q.text[:60]!r} got {q.speaker!r} want {source!r}")
        gold_hit += sum(hit)
        for (_, _, spans), h in zip(gold, hit, strict=True):
            opens = opens_sentence(text, min(s for s, _ in spans))
            opening += opens
            opening_hit += opens and h
        for gi, h in enumerate(hit):
            if not h and shown < errors:
                shown += 1
                s, e = gold[gi][2][0][0], gold[gi][2][-1][1]
                print(f"FN {row['id']}: {text[max(0, s - 60) : min(e, s + 80)]!r}")
    return {
        "detected": det_n,
        "gold": gold_n,
        "precision": tp / det_n if det_n else 0.0,
        "recall": gold_hit / gold_n if gold_n else 0.0,
        "attributed": attributed / tp if tp else 0.0,
        "speaker_n": named,
        "speaker_acc": named_ok / named if named else 0.0,
        "strict_acc": strict_ok / named if named else 0.0,
        "clean_acc": clean_ok / named if named else 0.0,
        "opening": opening,
        "opening_recall": opening_hit / opening if opening else 0.0,
        "rest_recall": (gold_hit - opening_hit) / (gold_n - opening) if gold_n > opening else 0.0,
    }


def _timing(rows: list[dict]) -> tuple[float, float, float, int]:
    times = []
    for row in rows:
        t0 = time.perf_counter()
        find_quotes(row["text"])
        times.append(time.perf_counter() - t0)
    paras = [p for r in rows[:60] for p in r["text"].split("\n\n")]
    big, n = [], 0
    for p in paras:  # real paragraphs up to 4,000 words: a long article
        big.append(p)
        n += len(p.split())
        if n >= 4000:
            break
    text = "\n\n".join(big)
    wall = cpu = float("inf")
    article = Article(text)
    key_quotes(article, "en")  # warm the stopword cache
    for _ in range(10):  # best of 10; CPU time too, since the machine may be shared
        t0, c0 = time.perf_counter(), time.process_time()
        key_quotes(article, "en")
        wall = min(wall, time.perf_counter() - t0)
        cpu = min(cpu, time.process_time() - c0)
    return statistics.median(times) * 1000, wall * 1000, cpu * 1000, len(text.split())


NOTES = """
Definitions. Gold = PolNeAR attributions whose content starts with a quotation mark (the
`direct_quote` flag); a gold quote is the union of its content spans (a quote split around its
attribution or carried over paragraphs is one gold item). A detected quote is a true positive
when it overlaps a gold quote by at least 50% of the shorter of the two, in characters.
Precision = true positives / detected; recall = gold quotes hit / gold quotes. "attributed" =
share of true positives with a speaker. Speaker accuracy = over true positives whose gold
source is a name (not a pronoun, and not a description whose head noun is lower case such as
"the Florida senator"), the detected speaker shares a name token with it (titles and function
words ignored). Baseline: every double-quoted span is a quote and nobody said it.

Strict speaker accuracy (issue #17, the target) is over the same true positives: the
detected speaker must end with the person's surname, the last word of the gold source's first
name run (cut at a bracket or "who"; an appositive after a comma or "of" ignored; a run that
ends in a title, "Speaker of the House", or modifies a common noun, "Democratic pollster
Nell Varga", or owns something, "Clinton's aide", is not the name run), and must be no
description ("the senator", "a spokesman"). "strict and clean" also wants no title, job or
other common word in the name ("President Vladimir Putin" is right but not clean), and at most
four words. A shared token is not enough: "Tarn University" for "Ada Voss, a Tarn
University economist" fails both. A joint source ("Ana Ruiz and Jo Lee") wants the
first-named person.

Tuning used the train split only (error listings are printed for train only); dev (84
articles) is the held-out check and was never inspected. Rules are general (speech verbs,
quote-mark pairing, sentence position), not per-article patches. The rules of issue #17
(pronouns to the last subject the text does not give the other gender, descriptions, shared
surnames, line breaks inside quotes) were written from errors on the real-page dev set
(`bench.realpages`, in-sample there) and checked on PolNeAR train errors; PolNeAR dev totals
were printed after each change (to hold precision, recall and speaker accuracy), its errors
never read. The third #17 step (2026-12-06: the sentence before a quote names its speaker,
bare titles, initials, party tags, "with"/"that"/place clauses, headlines, a profile's
protagonist, unclosed quotes, ‘ quotes run over paragraphs) was written from real-page dev
and PolNeAR train errors; to check that a rule moved no PolNeAR detection, the dev quotes
whose span or speaker a rule changed were printed (about ten), so PolNeAR dev is no longer
quite unseen. The fourth step (2026-12-06, later: a name in apposition after a job, "said the
minister, Ana Ruiz", or "who identified himself as ..."; a description or "he" that the
narration reads up to the cue itself; a pronoun that is a clause's subject reading back past
objects; the owner of a sentence's subject, "Lee's plan ... when he says:"; a colon paragraph
between two quotes; a name before a speech verb and ", adding:"; a line broken
mid-sentence; two closing apostrophes; ‘ quotes over paragraphs with apostrophes inside;
"the spokeswoman" as the one spokeswoman named just before; "of the writer Jo Lee" is no
subject) was
written from real-page dev errors; every PolNeAR quote whose speaker it changed (train and
dev, 8) was printed and read, and a rule was dropped or narrowed when one went wrong.

Reading the numbers: the labels are incomplete for our purpose. A manual look at 30 random
train "false positives" (at train precision 0.919, before straight single quotes were read)
found 26 real quotations the labels do not mark as a direct-quote
content (unlabelled, or labelled as a reporter's sentence that merely contains the quote) and
4 that are not speech (a fragment, a hypothetical, slogans, a road sign). Many "misses" are
labelled direct quotes that are one-to-four-word terms or fragments (`called it "absurd"`,
`chanted "USA! USA!"`), which we skip on purpose as scare quotes and fragments. Phrases quoted
inside a reporter's sentence are read only on request (`find_quotes(partial=True)`, used by
`key_quotes` after every full quote): this table scores full quotes. Most quotes whose gold
source is a pronoun are not in the speaker columns: there the "attributed" share moves when
pronoun resolution grows more careful (an unresolved "he" is left unattributed).

British 'straight single' quotes are read only when a cue credits a speaker (apostrophes
make them the most ambiguous mark): in this American corpus that adds 17 train detections,
none labelled, and costs 0.005 precision; we keep it for British sources.

Not done / weak: the speaker of a quote whose attribution is only in a later sentence, or
only in a headline (a title-case headline before a colon now names nobody); a joint
statement credits its first name only when "with" joins them ("X, in a joint statement with
Y, said"), and "they said in a joint statement" stays unattributed; a person's gender is read
only from the text (titles, he/she after their name), never from the name; an
organisation's "it said" is credited only to a body that spoke just before (a body's word in
its name, or "in a statement"); a given name alone ("Crystal said") is resolved only when one
known full name starts with it.
"""


def _write_docs(lines: list[str], command: str) -> None:
    stamp = time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())
    body = "\n".join(["## Key quotes", "", f"`{command}` ({stamp}).", "", *lines, NOTES.strip()])
    write_section("quality.md", "quotes", body)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=DATA)
    ap.add_argument("--split", default="all", choices=["train", "dev", "all"])
    ap.add_argument("--errors", type=int, default=0, help="print error examples (train only)")
    ap.add_argument("--write-docs", action="store_true", help="update docs/quality.md")
    args = ap.parse_args()
    rows = [json.loads(line) for line in args.data.open(encoding="utf-8")]
    splits = ["train", "dev", "all"] if args.split == "all" else [args.split]
    lines = [
        f"PolNeAR `{args.data.name}`: {len(rows)} articles (political news, 2016).",
        "",
        "| split | system | articles | gold | detected | precision | recall | attributed "
        "| speaker acc (n) | strict speaker acc | strict and clean |",
        "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    print("\n".join(lines))
    ratios = []
    targets = [
        "",
        "Issue #17 target: recall of gold quotes that open a sentence or a paragraph of the "
        "article text (`tests/quote_targets.py`; target >= 0.90).",
        "",
        "| split | system | gold | opening quotes (share) | recall of opening quotes "
        "| recall of the other quotes |",
        "|---|---|---:|---:|---:|---:|",
    ]
    for split in splits:
        part = rows if split == "all" else [r for r in rows if r["split"] == split]
        res = {}
        for name, detect in (("baseline", _baseline), ("gistbot", find_quotes)):
            shown = args.errors if name == "gistbot" and split == "train" else 0
            r = res[name] = evaluate(part, detect, shown)
            line = (
                f"| {split} | {name} | {len(part)} | {r['gold']} | {r['detected']} "
                f"| {r['precision']:.3f} | {r['recall']:.3f} | {r['attributed']:.3f} "
                f"| {r['speaker_acc']:.3f} ({r['speaker_n']}) | {r['strict_acc']:.3f} "
                f"| {r['clean_acc']:.3f} |"
            )
            lines.append(line)
            print(line)
            targets.append(
                f"| {split} | {name} | {r['gold']} | {r['opening']} "
                f"({r['opening'] / max(1, r['gold']):.3f}) | {r['opening_recall']:.3f} "
                f"| {r['rest_recall']:.3f} |"
            )
        b, g = res["baseline"], res["gistbot"]
        ratios.append(
            f"{split}: precision {g['precision'] / b['precision']:.2f}x, "
            f"recall {g['recall'] / b['recall']:.2f}x"
        )
    median_ms, wall_ms, cpu_ms, n = _timing(rows[:200])
    tail = [
        "",
        "gistbot vs baseline, same run: " + "; ".join(ratios) + ".",
        f"Speed: find_quotes median {median_ms:.2f} ms per article (first 200); "
        f"key_quotes on a {n}-word article made of real paragraphs: {wall_ms:.2f} ms "
        f"wall-clock, {cpu_ms:.2f} ms CPU (best of 10, shared 2-core machine).",
        "",
    ]
    print("\n".join(tail))
    print("\n".join(targets[1:]))
    if args.write_docs:
        _write_docs(lines + tail + targets[1:] + [""], "python -m bench.quotes")


if __name__ == "__main__":
    main()
