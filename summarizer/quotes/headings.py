"""A person's name alone in its paragraph before a colon ("Lou Clancy:"): a round-up's heading
for what that person says next ("Some tell their stories:⏎Jo Lee:⏎Now head of the club, Lee
met Dusty in 1990.⏎"He was a giver."). A quote with no cue of its own under such a heading is
that person's, and so is a description that speaks in the paragraph right under it ("Ann
Bell:⏎The festival's co-director said this: "..."). Not past a line of the reporter's that
does not name the person: there the round-up may have moved on."""

from __future__ import annotations

import re

from summarizer.quotes.speakers import Speaker, parse_speaker
from summarizer.text.lexicon import UPPER

# Two to four capitalised words and a colon, nothing else in the paragraph.
_CAP = "[" + UPPER + "]"
_HEADING = re.compile(rf"\s*((?:{_CAP}[\w.’'\-]*\s+){{1,3}}{_CAP}[\w’'\-]+)\s*:\s*")
REACH = 2  # paragraphs from the heading to the quote's: the heading, then at most one between


def heading(text: str, para: tuple[int, int]) -> Speaker | None:
    """The person a paragraph names as a heading, if it is one."""
    m = _HEADING.fullmatch(text, *para)
    sp = parse_speaker(m.group(1)) if m else None
    if sp is None or sp.kind != "name" or len(sp.text.split()) < 2:
        return None
    return sp


def heading_speaker(text: str, paras: list[tuple[int, int]], first_para: int) -> Speaker | None:
    """The heading a quote opening paragraph `first_para` stands under: one of the REACH
    paragraphs before it, with every paragraph between naming the heading's person."""
    for back in range(1, REACH + 1):
        k = first_para - back
        if k < 0:
            return None
        sp = heading(text, paras[k])
        if sp is not None:
            surname = re.escape(sp.text.split()[-1])
            between = [text[slice(*paras[j])] for j in range(k + 1, first_para)]
            if all(re.search(rf"\b{surname}\b", line) for line in between):
                return sp
            return None
    return None
