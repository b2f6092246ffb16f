"""Quotation marks: pair them per paragraph into raw quotes, carrying a quote over paragraphs.

A small stack per paragraph pairs straight and curly doubles, «guillemets» and „German“ marks
(nested quotes stay inside the outer one); curly singles count only at the top level and only
when a closing ’ follows that is not an apostrophe (Iran’s, Kurds’). A paragraph that leaves a
quote open continues it when the next paragraph reopens with a mark.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from summarizer.quotes.speakers import Speaker

_CLOSERS = {'"': '"', "“": "”", "„": "“”", "«": "»", "‘": "’"}
# ’ never opens or closes a quote here (a closing ’ is found by _single_close), nor does an
# apostrophe after a letter or digit (Putin's): the scan loop skips both. One pattern per mark,
# each a literal the engine finds in C (a set of marks would be tested at every character).
_MARKS = {ch: re.compile(re.escape(ch)) for ch in '"“”„«»‘'} | {"'": re.compile(r"'(?<![^\W_]')")}
_STRAIGHT_SINGLE_END = re.compile(r"(?<=[,.!?…])'(?![^\W\d_])|[\"“”«»„]")
_BLANK_LINE = re.compile(r"\n\s*\n")
# The closing ’ of a curly single quote, or a double mark first. Searched from a position (no
# slice): with no lookbehind, a match there is the match in the slice, shifted.
_SINGLE_END = re.compile(r"’(?![^\W\d_])|[\"“”«»„]")
_PARAGRAPHS = re.compile(r"[^\n]+(?:\n(?!\s*\n)[^\n]*)*")
_LINES = re.compile(r"[^\n]+")


@dataclass(slots=True)
class RawQuote:
    """A quotation as found, then annotated by attribution and merging."""

    spans: list[tuple[int, int]]
    open_pos: int
    close_pos: int  # index of the closing mark, or end of the paragraph when unclosed
    para: int  # paragraph of the last part
    first_para: int
    closed: bool = True
    mark: str = '"'
    speaker: Speaker | None = None
    cue: str | None = None
    cue_end: int = -1
    speech: bool = False
    opens_sentence: bool = False
    resolved: str | None = None
    parts: list[RawQuote] = field(default_factory=list)

    @property
    def straight_single(self) -> bool:
        """British 'quotes': kept only with a cue, being the most ambiguous mark."""
        return self.mark == "'"


def paragraphs(text: str) -> list[tuple[int, int]]:
    pattern = _PARAGRAPHS if _BLANK_LINE.search(text) else _LINES
    return [(m.start(), m.end()) for m in pattern.finditer(text) if m.group().strip()]


def _can_open(ch: str, prev: str, nxt: str) -> bool:
    if nxt.isspace() or not nxt:
        return ch in "«„" and bool(nxt)  # French « with a space inside
    if ch == '"':
        return not prev or not (prev.isalnum() or prev in ".,!?;")
    if ch == "‘":
        return prev.isspace() or prev in '([—–-"“' or not prev
    return ch in "“„«"


def _single_close(p: str, start: int) -> int:
    """Closing ’ of a curly single quote: followed by a non-letter, with no double mark before."""
    for m in _SINGLE_END.finditer(p, start):
        if m.group() != "’":
            return -1
        i = m.start()
        if not p[i - 1].isspace():
            return i
    return -1


def _straight_single_close(p: str, start: int) -> int:
    """British 'Speech,' he said: the closing ' follows end punctuation (never an apostrophe)."""
    m = _STRAIGHT_SINGLE_END.search(p, start)
    return m.start() if m and m.group() == "'" else -1


def _marks(text: str) -> list[tuple[int, str]]:
    """(position, mark) of every quotation mark in `text`, in order."""
    found: list[tuple[int, str]] = []
    for ch, pattern in _MARKS.items():
        if ch in text:
            found += [(m.start(), ch) for m in pattern.finditer(text)]
    found.sort()
    return found


def scan(text: str, paras: list[tuple[int, int]]) -> list[RawQuote]:
    found: list[RawQuote] = []
    pending: RawQuote | None = None
    # Marks of the whole text at once: a paragraph follows a newline (or starts the text), so
    # an apostrophe opening one is a mark either way.
    marks = _marks(text)
    k = 0
    for pi, (ps, pe) in enumerate(paras):
        p = text[ps:pe]
        stack: list[tuple[str, int]] = []
        skip_until = -1
        lead = len(p) - len(p.lstrip())
        if pending is not None:
            first = p[lead : lead + 1]
            if first and first in _CLOSERS and first != "‘":
                stack.append((first, lead))
            else:  # no reopening mark: the quote ended with its paragraph
                found.append(pending)
                pending = None
        while k < len(marks) and marks[k][0] < ps:  # none between paragraphs, but be sure
            k += 1
        while k < len(marks) and marks[k][0] < pe:
            i, ch = marks[k]
            i -= ps
            k += 1
            if i <= skip_until or (stack and i == stack[0][1] and pending is not None):
                continue
            prev, nxt = (p[i - 1] if i else ""), p[i + 1 : i + 2]
            if stack:
                top = stack[-1][0]
                if ch in _CLOSERS[top] and ch != "‘":
                    _, start = stack.pop()
                    if not stack:
                        part = (ps + start + 1, ps + i)
                        if pending is not None:
                            pending.spans.append(part)
                            pending.close_pos, pending.para = ps + i, pi
                            pending.closed = True
                            found.append(pending)
                            pending = None
                        else:
                            found.append(RawQuote([part], ps + start, ps + i, pi, pi))
                elif ch in '“„«"' and ch != top and _can_open(ch, prev, nxt) and len(stack) < 4:
                    stack.append((ch, i))
                continue
            if ch == "'":
                opens = (not prev or prev.isspace() or prev in "([—–") and nxt.isupper()
                j = _straight_single_close(p, i + 1) if opens else -1
                if j > i + 1:
                    raw = RawQuote([(ps + i + 1, ps + j)], ps + i, ps + j, pi, pi, mark="'")
                    found.append(raw)
                    skip_until = j
            elif ch == "‘" and _can_open(ch, prev, nxt):
                j = _single_close(p, i + 1)
                if j > i + 1:
                    found.append(RawQuote([(ps + i + 1, ps + j)], ps + i, ps + j, pi, pi))
                    skip_until = j
            elif ch in '“„«"' and _can_open(ch, prev, nxt):
                stack.append((ch, i))
        if stack:
            start = stack[0][1]
            part = (ps + start + 1, pe)
            if pending is None:
                pending = RawQuote([part], ps + start, pe, pi, pi, closed=False)
            else:
                pending.spans.append(part)
                pending.close_pos, pending.para = pe, pi
    if pending is not None:
        found.append(pending)
    return [r for r in found if r.spans and any(e > s for s, e in r.spans)]


def tidy(text: str) -> str:
    """Whitespace runs collapsed to one space, and stripped."""
    # Printable text has no whitespace but " " (the others are control or separator
    # characters): without doubled or outer spaces it is tidy already, and a quote mostly is.
    if text.isprintable() and "  " not in text and text[:1] != " " and text[-1:] != " ":
        return text
    return " ".join(text.split())  # same as collapsing r"\s+" and stripping, in C


def raw_text(text: str, raw: RawQuote) -> str:
    if len(raw.spans) == 1:  # most quotes: no joining
        s, e = raw.spans[0]
        return tidy(text[s:e])
    return tidy(" ".join(text[s:e] for s, e in raw.spans))
