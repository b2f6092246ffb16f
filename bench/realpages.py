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
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from bench.docs import write_section
from summarizer.figures.judge import find_figures, key_figures
from summarizer.models import Article
from summarizer.quotes.find import find_quotes
from summarizer.quotes.rank import key_quotes
from tests.helpers import (
    BBC_LABELS,
    BBC_TRAIN2_LABELS,
    BBC_TRAIN3_LABELS,
    BBC_TRAIN4_LABELS,
    BBC_TRAIN5_LABELS,
    BBC_TRAIN6_LABELS,
    BBC_TRAIN7_LABELS,
    BBC_TRAIN8_LABELS,
    BBC_TRAIN_LABELS,
    CNNDM2_LABELS,
    CNNDM3_LABELS,
    CNNDM4_LABELS,
    CNNDM_LABELS,
    LABELS,
    NOT_A_PERSON,
    SPLITS,
    opens_sentence,
    report_rows,
    speaker_kind,
    speaker_verdict,
    split_of,
)

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "data" / "realpages_dev.jsonl.gz"
BBC = ROOT.parent / "shared" / "data" / "bbc_news_summary.jsonl"
CNNDM = ROOT.parent / "shared" / "data" / "cnndm_sample250_cased.jsonl"
DOCS = ROOT / "docs" / "quality.md"
LANGUAGE = "en"  # every labelled page is in English
Span = tuple[int, int]


def load_labels(path: Path = LABELS) -> list[dict]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def load_pages(ids: Iterable[str], path: Path = DATA) -> dict[str, dict]:
    wanted = set(ids)
    pages = {}
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        for line in handle:
            row = json.loads(line)
            if row["id"] in wanted:
                pages[row["id"]] = {"text": row["text_restored"], "title": row.get("title")}
    missing = wanted - set(pages)
    if missing:
        raise SystemExit(f"{len(missing)} labelled pages not in {path}: {sorted(missing)[:3]}")
    return pages


def load_bbc(ids: Iterable[str], path: Path = BBC) -> dict[str, dict]:
    """Plain articles by id (BBC or CNN/DM), in `load_pages`'s shape: the text is the article."""
    wanted = set(ids)
    with path.open(encoding="utf-8") as handle:
        rows = (json.loads(line) for line in handle)
        pages = {r["id"]: {"text": r["text"], "title": r["title"]} for r in rows
                 if r["id"] in wanted}  # fmt: skip
    if missing := wanted - set(pages):
        raise SystemExit(f"{len(missing)} labelled articles not in {path}: {sorted(missing)[:3]}")
    return pages


@dataclass(frozen=True, slots=True)
class Pred:
    spans: tuple[Span, ...]
    speaker: str | None = None
    value: float | None = None
    key: tuple = ()  # what ties a key pick back to its prediction
    how: str = ""  # the path that credited a quote's speaker (`FoundQuote.how`)


PARTIAL = "gistbot + partial quotes"  # find_quotes(partial=True): phrases in narration too


def gistbot_quotes(
    text: str, title: str | None, partial: bool = False
) -> tuple[list[Pred], list[Pred]]:
    """All quotes `find_quotes` reads, and the key quotes the bot would show (located)."""
    every = [
        (q.partial, Pred(tuple(q.spans), q.speaker, key=(q.text, q.speaker), how=q.how))
        for q in find_quotes(text, partial=True)
    ]
    found = [p for phrase, p in every if partial or not phrase]
    shown = key_quotes(Article(text, title=title), LANGUAGE)  # full quotes first, then phrases
    keyed = [_shown_as([p for _, p in every], q.text, q.speaker) for q in shown]
    return found, [p for p in keyed if p is not None]


def _shown_as(found: list[Pred], text: str, speaker: str | None) -> Pred | None:
    """The prediction a key quote shows: same speaker, and its text whole or, for a long
    quote trimmed to its first sentences, the start of it (" …" marks the cut; "… " leads a
    quoted phrase)."""
    head = text.removesuffix(" …").removeprefix("… ")
    for p in found:
        if p.key[1] == speaker and (p.key[0] == text or p.key[0].startswith(head)):
            return p
    return None


def _locate(text: str, parts: Iterable[str]) -> list[Span]:
    """Spans of `parts`, found in reading order (each search starts after the previous one),
    never inside a longer word or number ("20" is not the start of "2016")."""
    spans, pos = [], 0
    for part in parts:
        left = r"(?<![\w.,])" if part[:1].isalnum() else ""
        right = r"(?![\w])" if part[-1:].isalnum() else ""
        pattern = re.compile(left + re.escape(part) + right)
        m = pattern.search(text, pos) or pattern.search(text)
        spans.append(m.span() if m else (0, 0))
        pos = m.start() + 1 if m else pos
    return spans


def gistbot_figures(text: str, title: str | None) -> tuple[list[Pred], list[Pred]]:
    """All figures `find_figures` reads (in reading order, located), and the 4 key ones."""
    found = find_figures(text, LANGUAGE)
    spans = _locate(text, [f.text for f in found])
    preds = [
        Pred((span,), value=f.value, key=(f.text, f.value))
        for f, span in zip(found, spans, strict=True)
        if span != (0, 0)
    ]
    keyed, used = [], set()
    for f in key_figures(Article(text, title=title), LANGUAGE):
        for i, p in enumerate(preds):
            if i not in used and p.key == (f.text, f.value):
                used.add(i)
                keyed.append(p)
                break
    return preds, keyed


_MARKS = re.compile(  # a mark, then text up to its closing mark in the same line
    r"“([^”\n]{1,2000})”|\"([^\"\n]{1,2000})\"|«([^»\n]{1,2000})»|„([^“\n]{1,2000})“"
    r"|‘([^’\n]{1,2000})’(?!\w)"
)
_DIGITS = re.compile(r"\d[\d,.]*\d|\d")


def baseline_quotes(text: str, title: str | None) -> tuple[list[Pred], list[Pred]]:
    out = []
    for m in _MARKS.finditer(text):
        group = next(g for g in range(1, 6) if m.group(g) is not None)
        out.append(Pred(((m.start(group), m.end(group)),)))
    return out, []


def baseline_figures(text: str, title: str | None) -> tuple[list[Pred], list[Pred]]:
    out = []
    for m in _DIGITS.finditer(text):
        try:
            value: float | None = float(m.group().replace(",", ""))
        except ValueError:
            value = None
        out.append(Pred((m.span(),), value=value))
    return out, []


# ------------------------------------------------------------------ matching and speakers


def _overlap(a: tuple[Span, ...], b: Span) -> int:
    return sum(max(0, min(e, b[1]) - max(s, b[0])) for s, e in a)


def matches(pred: Pred, span: Span) -> bool:
    """Overlap of at least half of the shorter of the two, in characters."""
    size = sum(e - s for s, e in pred.spans)
    shorter = min(size, span[1] - span[0])
    return shorter > 0 and _overlap(pred.spans, span) * 2 >= shorter


# ------------------------------------------------------------------ scoring


@dataclass
class QuoteScore:
    pages: int = 0
    labelled: int = 0
    predicted: int = 0
    pred_hit: int = 0
    label_hit: int = 0
    spk_n: int = 0  # matched, labelled person/description
    strict: int = 0
    right: int = 0
    named: int = 0
    described: int = 0
    unattributed: int = 0
    org_n: int = 0
    org_named: int = 0
    none_n: int = 0
    none_named: int = 0
    key_n: int = 0
    key_on_label: int = 0
    key_spk_n: int = 0
    key_strict: int = 0
    key_wrong: int = 0
    key_unattributed: int = 0
    errors: list[str] = field(default_factory=list)
    opening: int = 0  # labelled quotes that open a sentence or a paragraph (#17 target 1)
    opening_hit: int = 0
    key_not_person: dict[str, int] = field(default_factory=dict)  # kind -> key quotes (target 2)


@dataclass
class FigureScore:
    pages: int = 0
    labelled: int = 0
    labelled_key: int = 0
    predicted: int = 0
    pred_hit: int = 0
    label_hit: int = 0
    key_hit: int = 0
    valued: int = 0
    value_ok: int = 0
    picks: int = 0
    picks_on_label: int = 0
    picks_on_key: int = 0
    key_picked: int = 0  # labelled key figures that a pick lands on
    errors: list[str] = field(default_factory=list)


def _best(preds: list[Pred], span: Span) -> Pred | None:
    best, best_ov = None, 0
    for p in preds:
        if matches(p, span):
            ov = _overlap(p.spans, span)
            if ov > best_ov:
                best, best_ov = p, ov
    return best


def judge_speaker(text: str, q: dict, pred: Pred | None) -> tuple[str, str | None]:
    """The verdict on a labelled quote's best prediction ("ok", "right", "wrong",
    "described", "unattributed", "named", "org-miss", "miss") and the labelled mention; the
    name comparison is `tests/realpages_speakers.py`'s, tested there."""
    if pred is None:
        return "miss", None
    return speaker_verdict(text, q, pred.speaker)


def score_quotes(score: QuoteScore, text: str, labels: list[dict], found, keyed, pid: str) -> None:
    score.pages += 1
    score.labelled += len(labels)
    score.predicted += len(found)
    spans = [(q["start"], q["end"]) for q in labels]
    for p in found:
        if any(matches(p, s) for s in spans):
            score.pred_hit += 1
        else:
            s, e = p.spans[0]
            score.errors.append(f"FP {pid} {text[s:e][:70]!r} ({p.speaker})")

    def judge(q: dict, pred: Pred | None) -> tuple[str, str | None]:
        return judge_speaker(text, q, pred)

    for q in labels:
        pred = _best(found, (q["start"], q["end"]))
        verdict, mention = judge(q, pred)
        opens = opens_sentence(text, q["start"])
        score.opening += opens
        score.opening_hit += opens and pred is not None
        if pred is None:
            score.errors.append(f"FN {pid} {text[q['start'] : q['end']][:70]!r}")
            continue
        score.label_hit += 1
        kind = q["speaker_kind"]
        if kind == "none":
            score.none_n += 1
            score.none_named += verdict == "named"
        elif kind == "organisation":
            score.org_n += 1
            score.org_named += verdict == "ok"
        else:
            score.spk_n += 1
            score.strict += verdict == "ok"
            score.right += verdict in {"ok", "right"}
            score.named += pred.speaker is not None
            score.described += verdict == "described"
            score.unattributed += pred.speaker is None
        if verdict not in {"ok", "named"}:
            score.errors.append(f"SPK {pid} got {pred.speaker!r} want {mention!r} ({kind})")
    for p in keyed:
        score.key_n += 1
        hit = [q for q in labels if matches(p, (q["start"], q["end"]))]
        if not hit:
            continue
        score.key_on_label += 1
        q = max(hit, key=lambda q: _overlap(p.spans, (q["start"], q["end"])))
        if q["speaker_kind"] in {"person", "description"}:
            verdict, _ = judge(q, p)
            score.key_spk_n += 1
            score.key_strict += verdict == "ok"
            score.key_wrong += verdict in {"wrong", "right", "described"}
            score.key_unattributed += verdict == "unattributed"
            if verdict in {"wrong", "right", "described"}:
                mention = text[q["speaker"][0] : q["speaker"][1]]
                score.errors.append(f"KEY {pid} got {p.speaker!r} want {mention!r} ({verdict})")
            if verdict in {"wrong", "described"} and p.speaker:
                kind = speaker_kind(p.speaker, text, _mentions(text, labels))
                if kind in NOT_A_PERSON:
                    score.key_not_person[kind] = score.key_not_person.get(kind, 0) + 1


def _mentions(text: str, labels: list[dict]) -> list[tuple[str, str]]:
    """The page's labelled speakers as (mention, speaker kind): what `speaker_kind` reads first."""
    return [
        (text[q["speaker"][0] : q["speaker"][1]], q["speaker_kind"])
        for q in labels
        if q["speaker_kind"] != "none" and q["speaker"]
    ]


def score_figures(score: FigureScore, text: str, labels: list[dict], found, keyed, pid: str):
    score.pages += 1
    score.labelled += len(labels)
    score.labelled_key += sum(f["key"] for f in labels)
    score.predicted += len(found)
    for p in found:
        hit = [f for f in labels if matches(p, (f["start"], f["end"]))]
        if not hit:
            s, e = p.spans[0]
            score.errors.append(f"FP {pid} {text[max(0, s - 20) : e + 20]!r} [{text[s:e]}]")
            continue
        score.pred_hit += 1
        f = max(hit, key=lambda f: _overlap(p.spans, (f["start"], f["end"])))
        if p.value is not None and f["value"] is not None:
            score.valued += 1
            if abs(p.value - f["value"]) <= 1e-6 * max(1.0, abs(f["value"])):
                score.value_ok += 1
            else:
                score.errors.append(f"VAL {pid} {text[f['start'] : f['end']]!r} got {p.value}")
    for f in labels:
        if any(matches(p, (f["start"], f["end"])) for p in found):
            score.label_hit += 1
            score.key_hit += f["key"]
        else:
            s, e = f["start"], f["end"]
            score.errors.append(f"FN {pid} {text[max(0, s - 20) : e + 20]!r} [{text[s:e]}]")
    for p in keyed:
        score.picks += 1
        hit = [f for f in labels if matches(p, (f["start"], f["end"]))]
        score.picks_on_label += bool(hit)
        score.picks_on_key += any(f["key"] for f in hit)
    score.key_picked += sum(
        any(matches(p, (f["start"], f["end"])) for p in keyed) for f in labels if f["key"]
    )


# ------------------------------------------------------------------ report


def _r(a: int, b: int) -> str:
    return f"{a / b:.3f}" if b else "–"


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def run(labels: list[dict], pages: dict[str, dict], errors: int = 0) -> list[str]:
    systems = {
        "gistbot": (gistbot_quotes, gistbot_figures),
        "baseline": (baseline_quotes, baseline_figures),
    }
    qs = {(s, sp): QuoteScore() for s in systems for sp in SPLITS}
    qs.update({(PARTIAL, sp): QuoteScore() for sp in SPLITS})
    fs = {(s, sp): FigureScore() for s in systems for sp in SPLITS}
    splits = [sp for sp in SPLITS if any(sp in report_rows(lab) for lab in labels)]
    for lab in labels:
        page = pages[lab["id"]]
        text, title = page["text"], page["title"]
        if lab["quotes"] is not None:
            found, keyed = gistbot_quotes(text, title, partial=True)
            for sp in report_rows(lab):
                score_quotes(qs[PARTIAL, sp], text, lab["quotes"], found, keyed, lab["id"])
        for name, (quote_fn, figure_fn) in systems.items():
            if lab["quotes"] is not None:
                found, keyed = quote_fn(text, title)
                for sp in report_rows(lab):
                    score_quotes(qs[name, sp], text, lab["quotes"], found, keyed, lab["id"])
            if lab["figures"] is not None:
                found, keyed = figure_fn(text, title)
                for sp in report_rows(lab):
                    score_figures(fs[name, sp], text, lab["figures"], found, keyed, lab["id"])
    out = [
        "Quotes: detection (all quotes `find_quotes` reads; baseline = every quotation-mark "
        "span, nobody said it).",
        "",
        "| split | system | pages | labelled | predicted | precision | recall | F1 |",
        "|---|---|---:|---:|---:|---:|---:|---:|",
    ]
    for sp in splits:
        for name in (*systems, PARTIAL):
            s = qs[name, sp]
            p, r = s.pred_hit / max(1, s.predicted), s.label_hit / max(1, s.labelled)
            out.append(
                f"| {sp} | {name} | {s.pages} | {s.labelled} | {s.predicted} | "
                f"{_r(s.pred_hit, s.predicted)} | {_r(s.label_hit, s.labelled)} | {_f1(p, r):.3f} |"
            )
    out += ["", _ratios(qs, "quotes"), ""]
    out += [
        "Quotes: speakers, over labelled quotes that gistbot found (the baseline names nobody); "
        "strict = the clean name of the labelled person (see the notes).",
        "",
        "| split | system | person/description (n) | strict speaker acc | right person | "
        "wrong-speaker rate | a description for a named person | unattributed rate | "
        'organisation named (n) | "none": named anyway (n) |',
        "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for sp, name in ((sp, name) for sp in splits for name in ("gistbot", PARTIAL)):
        s = qs[name, sp]
        out.append(
            f"| {sp} | {name} | {s.spk_n} | {_r(s.strict, s.spk_n)} | {_r(s.right, s.spk_n)} | "
            f"{_r(s.named - s.strict, s.named)} | {_r(s.described, s.spk_n)} | "
            f"{_r(s.unattributed, s.spk_n)} | "
            f"{_r(s.org_named, s.org_n)} ({s.org_n}) | {_r(s.none_named, s.none_n)} ({s.none_n}) |"
        )
    out += [
        "",
        "Key quotes (what the bot shows, `key_quotes`, up to 3 a page).",
        "",
        "| split | key quotes | on a labelled quote | with a person/description speaker | "
        "strict right | wrong or not clean | unattributed |",
        "|---|---:|---:|---:|---:|---:|---:|",
    ]
    for sp in splits:
        s = qs["gistbot", sp]
        out.append(
            f"| {sp} | {s.key_n} | {_r(s.key_on_label, s.key_n)} | {s.key_spk_n} | "
            f"{_r(s.key_strict, s.key_spk_n)} | {_r(s.key_wrong, s.key_spk_n)} | "
            f"{_r(s.key_unattributed, s.key_spk_n)} |"
        )
    if any(lab["figures"] is not None for lab in labels):
        out += ["", *_figure_tables(fs, systems, splits)]
    out += ["", *_target_table(qs, splits)]
    if errors:
        for title, score in (("quotes", qs["gistbot", "dev"]), ("figures", fs["gistbot", "dev"])):
            print(f"\n# first {errors} gistbot {title} errors on dev pages")
            for line in score.errors[:errors]:
                print(line)
    return out


def _target_table(qs: dict, splits: list[str]) -> list[str]:
    """Issue #17's two targets no column above measures (`tests/quote_targets.py`)."""
    out = [
        "Issue #17 targets: recall of the labelled quotes that open a sentence or a paragraph "
        "(target >= 0.90), and key quotes on a person's or a description's labelled quote "
        "credited to an organisation, a place or an object (target <= 0.020, 1 in 50).",
        "",
        "| split | opening quotes (share of labelled) | recall of opening quotes | "
        "with partial quotes | recall of the other quotes | key quotes with a "
        "person/description speaker | credited to an org / place / object | "
        "share credited to a non-person |",
        "|---|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for sp in splits:
        s, sp_partial = qs["gistbot", sp], qs[PARTIAL, sp]
        rest, rest_hit = s.labelled - s.opening, s.label_hit - s.opening_hit
        kinds = s.key_not_person
        wrong = sum(kinds.values())
        out.append(
            f"| {sp} | {s.opening} ({_r(s.opening, s.labelled)}) | {_r(s.opening_hit, s.opening)} "
            f"| {_r(sp_partial.opening_hit, sp_partial.opening)} | {_r(rest_hit, rest)} "
            f"| {s.key_spk_n} | {kinds.get('organisation', 0)} / {kinds.get('place', 0)} / "
            f"{kinds.get('object', 0)} | {_r(wrong, s.key_spk_n)} |"
        )
    return out


def _figure_tables(fs: dict, systems: dict, splits: list[str]) -> list[str]:
    """The figure tables, for sets that label figures (the CNN/DM set labels quotes only)."""
    out = [
        "Figures (all figures `find_figures` reads; baseline = every digit run).",
        "",
        "| split | system | pages | labelled (key) | predicted | precision | recall | "
        "recall of key | F1 | value acc (n) |",
        "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for sp in splits:
        for name in systems:
            s = fs[name, sp]
            p, r = s.pred_hit / max(1, s.predicted), s.label_hit / max(1, s.labelled)
            out.append(
                f"| {sp} | {name} | {s.pages} | {s.labelled} ({s.labelled_key}) | {s.predicted} | "
                f"{_r(s.pred_hit, s.predicted)} | {_r(s.label_hit, s.labelled)} | "
                f"{_r(s.key_hit, s.labelled_key)} | {_f1(p, r):.3f} | "
                f"{_r(s.value_ok, s.valued)} ({s.valued}) |"
            )
    out += ["", _ratios(fs, "figures"), ""]
    out += [
        "Key figures (what the bot shows, `key_figures`, 4 a page).",
        "",
        "| split | picks | on a labelled figure | on a labelled key figure "
        "| labelled key figures picked |",
        "|---|---:|---:|---:|---:|",
    ]
    for sp in splits:
        s = fs["gistbot", sp]
        out.append(
            f"| {sp} | {s.picks} | {_r(s.picks_on_label, s.picks)} | "
            f"{_r(s.picks_on_key, s.picks)} | {_r(s.key_picked, s.labelled_key)} |"
        )
    return out


def _ratios(scores: dict, what: str) -> str:
    parts = []
    for sp in SPLITS:
        ours, base = scores["gistbot", sp], scores["baseline", sp]
        if not ours.pages:
            continue
        p = (ours.pred_hit / max(1, ours.predicted)) / max(
            1e-9, base.pred_hit / max(1, base.predicted)
        )
        r = (ours.label_hit / max(1, ours.labelled)) / max(
            1e-9, base.label_hit / max(1, base.labelled)
        )
        parts.append(f"{sp}: precision {p:.2f}x, recall {r:.2f}x")
    return f"gistbot / baseline, {what}, same run: " + "; ".join(parts) + "."


BBC_NOTES = """
The BBC set: 48 articles of the BBC News Summary test split (2004-2005; business, entertainment,
politics, sport, tech) with at least two pairs of quotation marks, sampled with a fixed seed,
labelled in session 11 by two labellers who read the text and never ran the finders (every
direct quote of four or more words with its speaker; every figure with value, unit and key).
Plain article text, so it checks quotes and figures, not extraction. Its first run (this
block's first version) was the blind check; dev articles may be tuned on afterwards, held-out
ones stay unread.
"""

NOTES = """
In-sample: the quote speaker rules were tuned on the dev pages (commit "quotes (#17, first
step)", 2026-12-05; before it: strict 0.467 / wrong-speaker 0.409 on dev, 0.356 / 0.558 on
held-out), and again in the second #17 step (gender-aware pronouns, protagonist descriptions,
shared surnames, line breaks inside quotes, ’’ marks, partial quotes; before it: strict 0.595
/ wrong-speaker 0.159 on dev, 0.383 / 0.521 on held-out). Dev speaker numbers are in-sample;
held-out speaker numbers are the honest check; nobody has read held-out errors. In the second
step the held-out totals were run twice: after the dev-driven rules (strict 0.792, wrong-speaker
0.092, key quotes wrong or not clean 0.132), then after three safety rules taken from PolNeAR
train errors (a described subject stops a pronoun's search, subordinate-clause subjects do not
speak, "!” She replied" starts a new sentence): the table above. "gistbot + partial
quotes" adds the phrases quoted inside a reporter's sentence (`find_quotes(partial=True)`),
which `key_quotes` shows only after every full quote.
The third #17 step (2026-12-06) was tuned on the 56 dev pages then labelled (on them, before
it: strict 0.773, right person 0.807, wrong-speaker 0.077, key quotes wrong or not clean
0.077): a speaker named by the sentence before the quote, bare titles, initials, party tags,
"with"/"that"/place clauses, headlines, a profile's protagonist, "it said" for a body that
spoke before, unclosed quotes, ‘ quotes over paragraphs. The held-out set was then run a third
time, once, at the end: the table above. It has grown from 15 pages (second run: strict 0.772,
wrong-speaker 0.080, key quotes wrong or not clean 0.132) to 31; the 16 pages labelled
2026-12-06 ("heldout, round 2") had never been run by anyone before, so that row is a fresh
check.
The key-figure rule for ages was chosen on the dev pages too (commit "figures (#18, first
step)"; before it, key picks on a labelled key figure: dev 0.449, held-out 0.327). The
#18 second step read dev figure errors (small number words that count, "hr/min ago" stamps,
"since ’83", the ranking penalty for small number words): before it, dev figure precision
0.614 / recall 0.670, key picks 0.500; held-out was run once, at the end.
The #18 third step (2026-12-06) read dev figure errors again, on the 49 dev pages then
labelled: ages are no key figure unless the headline is about age; a bare number below 100
is none; a key figure needs a score of 1.5 (a page whose figures all score less shows its best
one from 0.8); age brackets ("adults 18-49"), "called 911", a score whose dash the page lost,
"100% sure", comment stamps ("41 days ago" among others) are no figures; "N years of age" and
"N months older" are ages; "a quarter of a million dollars" is one figure; a number word
before a capitalised word and a plural counts the plural ("a dozen Russian officials");
"10-time" and game points rank lower. Before it, on those 49 dev pages: figure precision 0.658
/ recall 0.798 / recall of key 0.888; key picks 124, on a labelled figure 0.806, on a labelled
key figure 0.548, labelled key figures picked 0.626. With 4 picks a page at most 0.860 of the
dev key figures can be picked. Held-out was run once, at the end.

Labels: `bench/labels/realpages.jsonl`, one line a page: its id, the split, and for each quote
or figure only character offsets into the page's `text_restored`, the speaker's mention as
offsets, and short codes (speaker kind, unit, value, key); no text from the pages
(`tests/test_realpages_labels.py` holds the file to that). The pages stay in
`../shared/data/realpages_dev.jsonl.gz`.

Scoring. A prediction matches a labelled span when they overlap by at least half of the
shorter, in characters; precision is over predictions (a prediction on anything not labelled,
such as an age or a date, is false), recall over labelled items. Speakers are judged on each
labelled quote against its best-overlapping prediction. Strict: the predicted speaker equals
the labelled mention (case, spaces and "Mr/Ms/Dr" aside), or is its surname, or a shorter form
of the same name used in the text; a shared token is not enough, and a title or a byline glued
to the name fails. Right person: ends with the surname or is part of the name. Wrong-speaker
rate: named but not strictly right / named. A description for a named person: "the keeper"
where the text names him. Key quotes and key figures are what the bot shows.

How the pages were chosen and labelled (by reading the text only, before any finder output on
these pages was looked at): pages in id order; pages longer than 15,000 characters skipped.
Figures: every figure on the first 58 pages in that order. Quotes: the pages in that order
whose saved HTML is undamaged (`html_char_damage` 0) and that hold direct speech, until 52
pages; pages whose quotation marks are lost in the page itself ("?" or a stray "'" instead of
the marks) are left out. Held-out = int(sha256(id), 16) % 3 == 0.
Round 3 (session 8, lines with "round": 3; "heldout, round 3" is its held-out part, never run
before the lead's one run): the next 106 unlabelled pages in id order (up to 15,000 characters,
all English), each labelled for figures and, where its HTML is undamaged, for quotes; 5 pages
with neither and one race card (a listing of weights and distances) skipped: 100 pages (68 dev,
32 held-out), 413 quotes, 760 figures. Decisions: durations in a match ("after 27 minutes",
"66 seconds into overtime") are figures, clock marks ("10:50 into the third") and ordinal
minutes are not; cricket and golf totals, batting and round scores are scores; margins
("102-run victory", "one-shot lead") and a vote tally ("81-44") are figures; "N days ago"
bylines, "Talkbacks: 18" and reader comments are furniture; a chant, a slogan or a saying
nobody in the story says is no quote; a document's words ("the official report", "The
manifesto") go to it as a description, a company's statement ("the company said") to the
company; a quote of three words counts, and so does each part of a longer quote split by its
attribution.

A quote is direct speech in quotation marks by someone in the story (written words such as
tweets, statements and letters count; titles, slogans, nicknames, scare quotes and fragments
of one or two words do not). The span is the quoted words without the marks; a quote split by
its attribution, or running over paragraphs, is one labelled quote per part, each with the
same speaker. The speaker is the mention that names the speaker most fully anywhere in the
text (the full name, no title); "description" where the text only describes the speaker
("a source"), "organisation" only where the text says the organisation itself spoke, "none"
where a careful reader could not be sure (a pronoun with no clear antecedent, a headline
quote nobody is named for). A joint statement is credited to the first-named speaker.

A figure is a quantity in the text: amounts, percentages, counts (number words too, when they
count something the story is about), measures and durations ("two days", "three years ago"),
written with digits or a number word ("a dozen", "a million" count; "a decade" does not). Not
figures: dates, clock times, years, ages of people, phone and version numbers, scores and
win-loss records, ranks and ordinals, parts of names ("Season 6", "Maroon 5"). The span covers
the number with its currency sign, scale and unit ("$3.4 million", "30-year"), not the counted
noun, which `counts` points at; `value` is in units (3400000; percentages as 31), null for
ranges and vague amounts; at most about 6 key figures a page.

Dev numbers are in-sample as soon as anyone tunes on the dev pages; the held-out pages stay
the honest check only if nobody reads them, or their errors, while tuning
(`--errors N` lists dev errors only).

First run (2026-12-05, gistbot untuned on these pages; the labels were final before the finders
were first run on them and were not changed after): quote precision 0.99 dev / 0.97 held-out,
recall 0.75 / 0.79; strict speaker accuracy 0.47 / 0.36 (right person, not always clean: 0.52 /
0.61); figure precision 0.61 / 0.58, recall 0.67 / 0.63. The kinds of error, read on dev pages
only: a byline, a photo credit or a headline glued to the name ("Getty Images Matt Lauer"), a
pronoun's quote credited to the person just mentioned (a show creator's words to the character
he talks about), a description kept where the text names the speaker ("the keeper"), objects
and places as speakers ("Unicorn Frappuccino", "Iowa Republican"), and quotes closed by `’’`
or introduced by a colon ('heard shouting: "…"') left unattributed. Figures: ages read as
figures (most false ones), number words that count things missed ("three cast members", "two
Grammys"), units glued to the digits missed ("30lbs", "3-carat", "900 V-bucks").
"""


CNNDM_NOTES = """
The CNN/DM set: 45 articles of the CNN/DailyMail sample (`cnndm_sample250_cased.jsonl`),
walked in one fixed shuffled order (`random.Random(1212)` over the sorted ids): the first 24
with at least two pairs of double quotation marks and a quote of four or more words (all such
articles in the sample: mostly CNN), then, walking the same order again, the first 21 with at
least two single-mark quotes (Daily Mail style, '...' or ‘...’). Labelled for quotes only in
session 12 by a labeller who read the text and never ran the finders on them (every direct
quote of four or more words with its speaker, resolved through pronouns and descriptions).
Earlier sessions printed a few CNN/DM quotes whose speaker a rule changed, so these articles
were not wholly unseen, but no rule was tuned on their quotes. Its first run (2026-12-06 16:13
UTC, the code of session 11's end) was the blind check; dev articles may be tuned on
afterwards, held-out ones stay unread.
"""

BBC_TRAIN_NOTES = """
The BBC train set: 42 articles of the BBC News Summary train split (the split only the summary
ranking was fitted on; no quote rule was read on it), walked in a fixed shuffled order
(`random.Random(1213)` over the sorted train ids), kept when they hold at least two pairs of
double quotation marks and a quote of four or more words. Labelled for quotes only in session
12 by a labeller who read the text and never ran the finders on them, with the conventions of
the CNN/DM set. Its first runs (the code of session 12's start and of the session 12 quote
pass, the same day) were the blind checks.
"""

BBC_TRAIN2_NOTES = """
The second BBC train set: 45 other articles of the BBC News Summary train split, walked in a
fixed shuffled order (`random.Random(1214)` over the sorted train ids left after the first set
and its walk), kept by the first set's rule, labelled for quotes only later in session 12 by a
labeller who read the text and never ran the finders on them, with the first set's conventions.
Its first runs (the code of session 12's start and of its end, the same day) were the blind
checks of the session's quote passes; no pass read it.
"""

BBC_TRAIN3_NOTES = """
The third BBC train set: 43 other articles of the BBC News Summary train split, walked in a
fixed shuffled order (`random.Random(1315)` over the sorted train ids left after the first two
sets and their walks, 62 walked, 45 kept by the first set's rule), labelled for quotes only in
session 13 by a labeller who read the text and never ran the finders on them. Two kept articles
(bbc-tech-075, bbc-tech-021) were dropped afterwards: they are word-for-word copies of
articles in the BBC test set's dev part, which earlier passes read. Its first runs (the code of
session 13's start, then of its end) are the blind checks of the session's quote work.
"""

CNNDM2_NOTES = """
The second CNN/DM set: 45 other articles of the CNN/DailyMail sample, walked in a fixed
shuffled order (`random.Random(1313)` over the sorted ids left after the first set; 70 walked),
kept with at least two single-mark or two double-mark quotes and a quote of four or more words
that a reader finds to be speech (4 kept by the marks held only titles, chants or nicknames and
were dropped on reading). Labelled for quotes of four or more words only (the first set also
counts three-word ones) in session 13 by a labeller who read the text and never ran the finders
on them. Its first runs (the code of session 13's start, then of its end) are the blind checks
of the session's quote work.
"""

CNNDM3_NOTES = """
The third CNN/DM set: 45 other articles of the CNN/DailyMail sample, walked in a fixed shuffled
order (`random.Random(1316)` over the sorted ids left after the first two sets and the second
set's walk; 53 walked, 8 dropped: no marks, one quote, or marks holding only titles, terms or a
written report), kept by the second set's rule, labelled for quotes of four or more words later
in session 13 by a labeller who read the text and never ran the finders on them. Its first runs
(the code of session 13's start, then of its end) are the last blind checks of the session.
"""

CNNDM4_NOTES = """
The fourth CNN/DM set: 45 other articles of the CNN/DailyMail sample (all Daily Mail), walked in
a fixed shuffled order (`random.Random(1317)` over the sorted ids left after the first three
sets and the walks of the second and third; 62 walked, 17 dropped: one quote, no quotes, or
written text only), kept by the second set's rule, labelled for quotes of four or more words at
the end of session 13 by a labeller who read the text and never ran the finders on them. Its
first runs (the code of session 13's start and of its end) are the session's last blind check.
"""

BBC_TRAIN4_NOTES = """
The fourth BBC train set: 43 other articles of the BBC News Summary train split, walked in a
fixed shuffled order (`random.Random(1318)` over the sorted train ids left after the first three
sets, their walks, and three train articles word for word the same as BBC test ones; 63 walked,
45 kept by the first set's rule, 2 dropped on reading: their marks hold only terms and
phrases), labelled for quotes at the end of session 13 by a labeller who read the text and
never ran the finders on them. Its first runs (the code of session 13's start and of its end)
are the session's last blind check.
"""

BBC_TRAIN5_NOTES = """
The fifth BBC train set: 45 other articles of the BBC News Summary train split, walked in a
fixed shuffled order (`random.Random(1419)` over the sorted train ids left after every earlier
label set, and after train articles that are word-for-word or near copies (90% of 8-word
shingles) of a labelled or a test article; 65 walked, 20 dropped: fewer than two pairs of
double marks, or marks around single words), labelled for quotes of four or more words at the
start of session 14 by a labeller who read the text and never ran the finders on them. Its
first runs (the code of session 14's start and of its end) are the session's last blind check.
"""

BBC_TRAIN6_NOTES = """
The sixth BBC train set: 45 other articles of the BBC News Summary train split, walked in a
fixed shuffled order (`random.Random(1520)` over the sorted train ids left after every earlier
label set, the articles the eighth and ninth context readings walked, and train articles that
are word-for-word or near copies of a labelled, test or validation article; 63 walked, 18
dropped: fewer than two pairs of double marks, or marks around terms only), labelled for quotes
of four or more words in session 14 by a labeller who read the text and never ran the finders
on them. Its first runs (the code of session 14's start and of its end) are the session's
final blind check.
"""

BBC_TRAIN7_NOTES = """
The seventh BBC train set: 45 other articles of the BBC News Summary train split, walked in a
fixed shuffled order (`random.Random(1521)` over the sorted train ids left after every earlier
label set, every BBC id named in docs/, tests/ or bench/, and train articles sharing more than
30% of their 8-word shingles with one of those or with any test or validation article; 63
walked, 17 skipped: fewer than two pairs of double marks or no quote of four or more words, 1
dropped on reading: its marks hold only terms), labelled for quotes of four or more words
blind in session 15 by a helper who read the text and never ran the finders on them. 24 dev
and 21 held-out articles (the id rule), 279 quotes. Its first runs are a blind check.
"""

BBC_TRAIN8_NOTES = """
The eighth BBC train set: 45 other articles of the BBC News Summary train split, walked in a
fixed shuffled order (`random.Random(1621)` over the sorted train ids left after every earlier
label set, every BBC id named in docs/, tests/ or bench/ (with or without its "bbc-" prefix),
and train articles sharing more than 30% of their 8-word shingles with one of those or with
any test or validation article; 65 walked, 20 skipped: fewer than two pairs of double marks or
no quote of four or more words, none dropped on reading), labelled for quotes of four or more
words blind in session 16 by a helper who read the text and never ran the finders on them. 28
dev and 17 held-out articles (the id rule), 250 quotes. Its first runs are a blind check.
"""


@dataclass(frozen=True, slots=True)
class LabelledSet:
    """One labelled set: its labels, where its texts are, and the docs block it fills."""

    labels: Path
    data: Path
    plain: bool  # plain article text (no page to extract)
    title: str
    block: str
    notes: str

    def load(self, ids: Iterable[str], data: Path | None = None) -> dict[str, dict]:
        """The set's texts by id (from `data` if given), in `load_pages`' shape."""
        return (load_bbc if self.plain else load_pages)(ids, data or self.data)


SETS = {
    "realpages": LabelledSet(
        LABELS, DATA, False, "Real pages (labelled by us)", "realpages", NOTES
    ),
    "bbc": LabelledSet(
        BBC_LABELS, BBC, True, "BBC articles (labelled by us)", "bbcpages", BBC_NOTES
    ),
    "bbc_train": LabelledSet(
        BBC_TRAIN_LABELS,
        BBC,
        True,
        "BBC train articles (labelled by us)",
        "bbctrain",
        BBC_TRAIN_NOTES,
    ),
    "bbc_train2": LabelledSet(
        BBC_TRAIN2_LABELS,
        BBC,
        True,
        "BBC train articles, second set (labelled by us)",
        "bbctrain2",
        BBC_TRAIN2_NOTES,
    ),
    "bbc_train3": LabelledSet(
        BBC_TRAIN3_LABELS,
        BBC,
        True,
        "BBC train articles, third set (labelled by us)",
        "bbctrain3",
        BBC_TRAIN3_NOTES,
    ),
    "bbc_train4": LabelledSet(
        BBC_TRAIN4_LABELS,
        BBC,
        True,
        "BBC train articles, fourth set (labelled by us)",
        "bbctrain4",
        BBC_TRAIN4_NOTES,
    ),
    "bbc_train5": LabelledSet(
        BBC_TRAIN5_LABELS,
        BBC,
        True,
        "BBC train articles, fifth set (labelled by us)",
        "bbctrain5",
        BBC_TRAIN5_NOTES,
    ),
    "bbc_train6": LabelledSet(
        BBC_TRAIN6_LABELS,
        BBC,
        True,
        "BBC train articles, sixth set (labelled by us)",
        "bbctrain6",
        BBC_TRAIN6_NOTES,
    ),
    "bbc_train7": LabelledSet(
        BBC_TRAIN7_LABELS,
        BBC,
        True,
        "BBC train articles, seventh set (labelled by us)",
        "bbctrain7",
        BBC_TRAIN7_NOTES,
    ),
    "bbc_train8": LabelledSet(
        BBC_TRAIN8_LABELS,
        BBC,
        True,
        "BBC train articles, eighth set (labelled by us)",
        "bbctrain8",
        BBC_TRAIN8_NOTES,
    ),
    "cnndm": LabelledSet(
        CNNDM_LABELS, CNNDM, True, "CNN/DM articles (labelled by us)", "cnndmpages", CNNDM_NOTES
    ),
    "cnndm2": LabelledSet(
        CNNDM2_LABELS,
        CNNDM,
        True,
        "CNN/DM articles, second set (labelled by us)",
        "cnndmpages2",
        CNNDM2_NOTES,
    ),
    "cnndm3": LabelledSet(
        CNNDM3_LABELS,
        CNNDM,
        True,
        "CNN/DM articles, third set (labelled by us)",
        "cnndmpages3",
        CNNDM3_NOTES,
    ),
    "cnndm4": LabelledSet(
        CNNDM4_LABELS,
        CNNDM,
        True,
        "CNN/DM articles, fourth set (labelled by us)",
        "cnndmpages4",
        CNNDM4_NOTES,
    ),
}


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
