"""Sentences a page cut into paragraphs at its inline links.

Some pages set each link of a sentence as a block of its own, so the text comes out as
"... after he was paroled while" / "Mike Huckabee" / "was Arkansas governor is now ...": three
paragraphs, which every later stage reads as three sentences (a summary then prints "paroled
while Lois Davidson, ..."). The cut shows in the pieces' edges: a paragraph running mid-clause
(several words, ending in a lower-case word with no mark after it), then either a piece that
goes on in lower case or with a comma, or a short name-like piece and then such a one.
"""

from __future__ import annotations

import re

MIN_LEAD_WORDS = 6  # the cut paragraph is a sentence under way, not a heading or a list item
MAX_LINK_WORDS = 8  # a link set apart: a name, an outlet, a short phrase
MIN_TAIL_WORDS = 2  # the piece that goes on: more than a stray word

_RUNS_ON = re.compile(r"(?<![^\W\d_])[a-z]+\Z")  # ends in a lower-case word, no mark after it
# A piece opening with a lower-case word ("was Arkansas governor ...", not a brand such as
# "icScotland™") or with a comma.
_GOES_ON = re.compile(r"(?:[a-z]+[’']?[a-z]*\b(?![^\W\d_])|[,;])")
_CLOSED = re.compile(r"[.!?:;…\"”»)]\Z")


def rejoin_cut_sentences(units: list[str]) -> list[str]:
    """The units with each sentence the page cut at a link put back together."""
    out: list[str] = []
    at = 0
    while at < len(units):
        unit = units[at]
        while _cut(unit) and at + 1 < len(units):
            nxt = units[at + 1]
            if _goes_on(nxt):
                unit, at = _join(unit, nxt), at + 1
            elif at + 2 < len(units) and _link(nxt) and _goes_on(units[at + 2]):
                unit, at = _join(_join(unit, nxt), units[at + 2]), at + 2
            else:
                break
        out.append(unit)
        at += 1
    return out


def _cut(unit: str) -> bool:
    text = unit.rstrip()
    if "|" in text:  # a menu ("Top | Back | Printable version"), not a sentence
        return False
    if text[:1].islower():  # an item of a list whose items open in lower case ("it spent ...")
        return False
    return len(text.split()) >= MIN_LEAD_WORDS and _RUNS_ON.search(text) is not None


def _goes_on(unit: str) -> bool:
    text = unit.lstrip()
    return _GOES_ON.match(text) is not None and len(text.split()) >= MIN_TAIL_WORDS


def _link(unit: str) -> bool:
    text = unit.strip()
    return (
        0 < len(text.split()) <= MAX_LINK_WORDS
        and text[:1].isupper()
        and _CLOSED.search(text) is None
    )


def _join(left: str, right: str) -> str:
    right = right.strip()
    return f"{left.rstrip()}{'' if right[:1] in ',;' else ' '}{right}"
