"""How a page's predictions are judged against its labels: the 50% span overlap, the speaker
verdicts (tests.helpers holds the name comparison, tested there) and the running counts of
each system and split. Pure counting: the tables are bench.realpages_report's.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from bench.realpages_predict import Pred, Span
from tests.helpers import NOT_A_PERSON, opens_sentence, speaker_kind, speaker_verdict


def _overlap(a: tuple[Span, ...], b: Span) -> int:
    return sum(max(0, min(e, b[1]) - max(s, b[0])) for s, e in a)


def matches(pred: Pred, span: Span) -> bool:
    """Overlap of at least half of the shorter of the two, in characters."""
    size = sum(e - s for s, e in pred.spans)
    shorter = min(size, span[1] - span[0])
    return shorter > 0 and _overlap(pred.spans, span) * 2 >= shorter


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
