"""Pasted or extracted text as cleanup's units: its characters put right, then cut into lines.

Before any line rule can read a text its characters must be the page's: mojibake undone, lost
characters put back, doubled apostrophes made double marks, odd and invisible spaces gone. Then
the text is cut into units: one paragraph, or one line of a block whose lines are not
hard-wrapped prose. Kept apart from `cleanup`, which judges the units; the characters rewritten
here are in `cleanup_lexicon`.
"""

from __future__ import annotations

import re
import unicodedata
from itertools import pairwise

from summarizer.text.chars import non_ascii
from summarizer.text.cleanup_lexicon import (
    AS_DOUBLE,
    DOUBLED_MARKS,
    INVISIBLE,
    ODD_NON_ASCII,
    SPACES,
    STRAIGHT_DOUBLED_CLOSE,
    STRAIGHT_DOUBLED_OPEN,
)
from summarizer.text.lost_chars import repair_lost_chars
from summarizer.text.mojibake import fix_mojibake

_BLANK_LINE = re.compile(r"\n\s*\n")
HARD_WRAP_WIDTH = 40  # characters of a line that a fixed-width wrap makes long
HARD_WRAP_LONG = 0.7  # share of a block's lines that must be that long ...
HARD_WRAP_GOES_ON = 0.5  # ... and of its next lines that must go on the sentence


def normalize(text: str) -> str:
    """`text` with its characters put right and every line stripped.

    Odd spaces become " ", then runs of " " are halved until none is left: the same text as
    `SPACES` replacing every run, but str.replace works in C (memchr) while `SPACES`, a branch,
    is tried at every character; the non-ASCII ones are replaced only if the text has them
    (`chars.non_ascii`).
    """
    text = unicodedata.normalize("NFC", repair_lost_chars(fix_mojibake(text)))
    if "’’" in text or "‘‘" in text:
        text = DOUBLED_MARKS.sub(lambda m: AS_DOUBLE[m[0]], text)
    if "''" in text and STRAIGHT_DOUBLED_OPEN.search(text):
        text = STRAIGHT_DOUBLED_CLOSE.sub("”", STRAIGHT_DOUBLED_OPEN.sub("“", text))
    if "\r" in text:  # memchr; without one both replacements are no-ops (a "\r\n" search is not)
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\t", " ")
    present = set(non_ascii(text))
    for c in present & INVISIBLE:  # first: "a \u200b b" leaves two spaces for the loop below
        text = text.replace(c, "")
    for c in present & ODD_NON_ASCII:
        text = text.replace(c, " ")
    while "  " in text:  # SPACES never spans a "\n", so the whole text is done at once
        text = text.replace("  ", " ")
    return "\n".join(line.strip() for line in text.split("\n"))


def clean_title(title: str, body: str) -> str:
    """The title with its mojibake undone and the characters it lost put back: a title's few
    words rarely prove the loss ("(???Dancing with the Stars???)"), the page's body does."""
    return SPACES.sub(" ", repair_lost_chars(fix_mojibake(title), evidence=body)).strip()


def split_units(text: str) -> list[str]:
    """The units of a normalized text: its paragraphs, a hard-wrapped one joined into one line,
    and each line of a block that is not hard-wrapped."""
    units: list[str] = []
    for block in _BLANK_LINE.split(text):
        lines = [line for line in block.split("\n") if line]
        if not lines:
            continue
        if _is_hard_wrapped(lines):
            units.append(" ".join(lines))
        else:
            units.extend(lines)
    return units


def _is_hard_wrapped(lines: list[str]) -> bool:
    """A block wrapped at a fixed width (breaks mid-sentence): join it into one paragraph.

    A list of headlines also has long lines without a full stop, but each starts a new phrase,
    so the test is how often the next line continues in lower case or after a comma/hyphen.
    """
    if len(lines) < 2:
        return False
    pairs = list(pairwise(lines))
    long_lines = sum(len(a) >= HARD_WRAP_WIDTH for a, _ in pairs)
    continued = sum(b[0].islower() or a.endswith((",", "-", "–", "—")) for a, b in pairs)
    return long_lines / len(pairs) >= HARD_WRAP_LONG and continued / len(pairs) >= HARD_WRAP_GOES_ON
