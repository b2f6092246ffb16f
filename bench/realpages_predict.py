"""What each system predicts on a page, located in its text: gistbot's quotes and figures (all
it finds, and the key ones the bot shows) and the baselines' (every quotation-mark span, every
digit run). Apart from scoring: the scorer (bench.realpages_score) compares spans and never
calls a finder, so each system is one pair of functions here.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from summarizer.figures.judge import find_figures, key_figures
from summarizer.models import Article
from summarizer.quotes.find import find_quotes
from summarizer.quotes.rank import key_quotes

LANGUAGE = "en"  # every labelled page is in English
Span = tuple[int, int]


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


def gistbot_figures(text: str, title: str | None, limit: int = 4) -> tuple[list[Pred], list[Pred]]:
    """All figures `find_figures` reads (in reading order, located), and the `limit` key ones."""
    found = find_figures(text, LANGUAGE)
    spans = _locate(text, [f.text for f in found])
    preds = [
        Pred((span,), value=f.value, key=(f.text, f.value))
        for f, span in zip(found, spans, strict=True)
        if span != (0, 0)
    ]
    keyed, used = [], set()
    for f in key_figures(Article(text, title=title), LANGUAGE, limit):
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
