"""Units a figure borrows from the figure told just before it: a bare number compared with a
count ("27 wolves, up from just four") and "19 of them" after "412 stores" count the same
thing, as the labels' README reads them ("a count whose noun is left out is labelled with the
noun it counts"). Only within one sentence, only when one count or span of time comes before
the number there ("of which" leads in every language read, the others in English): a wrong
unit costs more than none ("a sack in three matches to lift his
career total to 57" counts sacks, so "total to" is no such lead; "20 goals in 30 games, up
from 12" has two)."""

from __future__ import annotations

import re

from summarizer.figures.hits import Hit, plural
from summarizer.figures.lexicon import COMPARE_LEADS, PARTITIVE_LEADS
from summarizer.figures.meaning import singular

_LEADS = "|".join(
    re.escape(w).replace("_", r"\s+") for w in f"{COMPARE_LEADS} {PARTITIVE_LEADS}".split()
)
COMPARED = re.compile(rf"\b(?:{_LEADS})\s+$", re.IGNORECASE)  # on the text before the figure
ALL_OF_THEM = re.compile(r"\b(?P<noun>[a-z][a-z'-]+),?\s+all\s+$")  # "its masts, all 8,900 of them"
OF_THEM = re.compile(r"\s+of\s+them\s*$", re.IGNORECASE)  # not "2,400 of these tenants"
SENTENCE_END = re.compile(r"[.!?;](?:\s|$)")
LEAD_REACH = 24  # characters read before a figure for its comparing words
LENDERS = frozenset({"count", "duration"})  # whose units a later bare number may take


def borrow_units(text: str, hits: list[Hit]) -> None:
    """Give a unit to each bare number or "N of them" that compares with, or counts some of, the
    count or span of time told just before it in its sentence (the hits are in reading order)."""
    for i, hit in enumerate(hits):
        if hit.unit is not None or hit.kind not in {"number", "count"}:
            continue
        before = text[max(0, hit.start - LEAD_REACH) : hit.start]
        of_them = hit.kind == "count" and OF_THEM.search(text, hit.start, hit.end) is not None
        if not (of_them or (hit.kind == "number" and COMPARED.search(before))):
            continue
        kinds = {"count"} if of_them else LENDERS  # "19 of them" are things, not years
        lenders = [h for h in _sentence_before(text, hits, i) if h.kind in kinds and h.unit]
        if len(lenders) == 1:  # "20 goals in 30 games, up from 12": which one? None.
            hit.kind, hit.unit = lenders[0].kind, lenders[0].unit
            continue
        named = ALL_OF_THEM.search(before) if of_them else None
        if named and plural(named["noun"], "en"):
            hit.unit = singular(named["noun"], "en")


def _sentence_before(text: str, hits: list[Hit], i: int) -> list[Hit]:
    """The figures before `hits[i]` in its sentence."""
    out: list[Hit] = []
    for h in reversed(hits[:i]):
        if SENTENCE_END.search(text, h.end, hits[i].start):
            break
        out.append(h)
    return out
