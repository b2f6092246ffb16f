"""The paragraphs a quote scan reads: blocks between blank lines, or else lines, with a line
that goes on with the sentence before (a page broke it at a link) kept in its paragraph.

Apart from `marks` because where a paragraph ends is the text's layout, read before any mark
is paired: `find` hands the paragraphs to the scan and to every step after it (split out of
`marks` in session 24, behaviour unchanged).
"""

from __future__ import annotations

import re

_BLANK_LINE = re.compile(r"\n\s*\n")
# A paragraph runs on over single line breaks. "[^\S\n]*\n" (not "\s*\n") tells a blank line
# ahead: the same answer, read up to the next line break, not over a whole run of blank lines
# (which made a text of whitespace-only lines quadratic).
_PARAGRAPHS = re.compile(r"[^\n]+(?:\n(?![^\S\n]*\n)[^\n]*)*")
_LINES = re.compile(r"[^\n]+")
# A text with no line break at all whose extraction kept its paragraph gaps as runs of spaces
# ("...an old colleague."     Ivo Brandt:   Now chairman..."): each run is a break.
_SPACED_LINES = re.compile(r"\S.*?(?=[ \t\u00a0]{3,}|\s*\Z)")
_GOES_ON = ",.;:)”»’"


def paragraphs(text: str) -> list[tuple[int, int]]:
    """Paragraphs: blocks between blank lines, or else lines. A line that goes on with the
    sentence before (it opens in lower case or with ",.;:)" or a closing mark: a page broke
    the line at a link) belongs to the paragraph before it."""
    if _BLANK_LINE.search(text):
        return [(m.start(), m.end()) for m in _PARAGRAPHS.finditer(text) if m.group().strip()]
    out: list[tuple[int, int]] = []
    lines = _SPACED_LINES if "\n" not in text.strip() else _LINES
    for m in lines.finditer(text):
        line = m.group().lstrip()
        if not line:
            continue
        if out and (line[0].islower() or line[0] in _GOES_ON):
            out[-1] = (out[-1][0], m.end())
        else:
            out.append((m.start(), m.end()))
    return out
