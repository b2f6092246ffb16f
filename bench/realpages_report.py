"""One run of the labelled-set benchmark: every system on every labelled page, scored per
split, and the totals laid out as the Markdown tables `python -m bench.realpages` prints and
docs/quality.md holds. Apart from the scoring rules (bench.realpages_score) so a table can
change without touching how anything is judged.
"""

from __future__ import annotations

from bench.realpages_predict import (
    PARTIAL,
    baseline_figures,
    baseline_quotes,
    gistbot_figures,
    gistbot_quotes,
)
from bench.realpages_score import FigureScore, QuoteScore, score_figures, score_quotes
from tests.helpers import SPLITS, report_rows


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
