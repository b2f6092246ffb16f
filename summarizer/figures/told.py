"""Units a figure borrows from the figure told just before it: a bare number compared with a
count ("27 wolves, up from just four") and "19 of them" after "412 stores" count the same
thing, as the labels' README reads them ("a count whose noun is left out is labelled with the
noun it counts"). Only within one sentence, only when one count or span of time comes before
the number there ("of which" leads in every language read, the others in English): a wrong
unit costs more than none ("a sack in three matches to lift his
career total to 57" counts sacks, so "total to" is no such lead; "20 goals in 30 games, up
from 12" has two). A bare number joined by "and"/"or" to the amount right after it takes that
amount's unit ("raised 40m and 65m dollars", "12 and 11 players": `share_pair_units`)."""

from __future__ import annotations

import re

from summarizer.figures.hits import Hit, plural
from summarizer.figures.lexicon import COMPARE_LEADS, PAIR_JOINS, PARTITIVE_LEADS
from summarizer.figures.meaning import singular
from summarizer.figures.regex_words import alt, joined, languages_of

_LEADS = "|".join(
    re.escape(w).replace("_", r"\s+") for w in f"{COMPARE_LEADS} {PARTITIVE_LEADS}".split()
)
COMPARED = re.compile(rf"\b(?:{_LEADS})\s+$", re.IGNORECASE)  # on the text before the figure
ALL_OF_THEM = re.compile(r"\b(?P<noun>[a-z][a-z'-]+),?\s+all\s+$")  # "its masts, all 8,900 of them"
OF_THEM = re.compile(r"\s+of\s+them\s*$", re.IGNORECASE)  # not "2,400 of these tenants"
SENTENCE_END = re.compile(r"[.!?;](?:\s|$)")
LEAD_REACH = 24  # characters read before a figure for its comparing words
LENDERS = frozenset({"count", "duration"})  # whose units a later bare number may take
# Whose units the bare number joined before takes ("12 and 11 players", "10 or 15%").
PAIR_KINDS = frozenset({"money", "measure", "count", "percent", "duration"})
# "40m and 65m dollars"; a comma only in a list ("40m, 65m and 80m dollars"); a hyphen the
# unit after the second fills ("14- and 15-inch screens")
_PAIR_JOINS = {
    lang: re.compile(
        rf"(?:-(?=\s))?\s*(?:,|(?:,\s*)?"
        rf"(?P<word>{alt(joined(PAIR_JOINS, languages_of(lang)))})(?!\w))\s*",
        re.IGNORECASE,
    )
    for lang in PAIR_JOINS
}


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


def share_pair_units(text: str, hits: list[Hit], language: str) -> None:
    """Give a bare number the unit of the amount joined right after it: in "raised 40m and 65m
    dollars" and "40 or 65 metres" the unit after the second names both, as the scale does. Only
    when both read the same scale ("40 and 65 million dollars" may be 40 dollars: no guess), and
    a comma only along a list that ends in "and"/"or" ("40m, 65m and 80m dollars")."""
    join = _PAIR_JOINS.get(language, _PAIR_JOINS["en"])
    listed = False  # whether the figure after took its unit so
    for i in range(len(hits) - 2, -1, -1):
        hit, after = hits[i], hits[i + 1]
        m = join.fullmatch(text, hit.end, after.start) if _pairs(hit, after) else None
        listed = m is not None and (m["word"] is not None or listed)
        if listed:
            hit.kind, hit.unit = after.kind, after.unit


def _pairs(hit: Hit, after: Hit) -> bool:
    """Whether `hit` is a bare number that may share the unit of the amount `after` it."""
    return (
        hit.kind == "number"
        and hit.unit is None
        and hit.high is None
        and hit.scale == after.scale
        and after.kind in PAIR_KINDS
        and after.unit is not None
        and after.high is None
        and after.core[0] == after.start  # "40 and $65": no currency or qualifier before it
    )
