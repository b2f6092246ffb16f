"""Quotation marks: pair them per paragraph into raw quotes, carrying a quote over paragraphs.

A small stack per paragraph pairs straight and curly doubles, «guillemets» and „German“ marks
(nested quotes stay inside the outer one); curly singles count only at the top level and only
when a closing ’ follows that is not an apostrophe (Iran’s, Kurds’); straight 'singles' open
at a word start before a capital and close after end punctuation, or after a word's last
letter before punctuation. A paragraph that leaves a quote open continues it when the next
paragraph reopens with a mark; a text that lost its paragraph breaks keeps that mark with a
space after it (". ' Next"), read as an opening (or reopening) mark.

This module keeps the pairing's state; the paragraphs are `paragraphs`', what counts as a
mark is `mark_rules`', where a single-quoted quote ends `single_marks`', the guesses about
quotes left open or run together `run_ons`'. The quote record is `raw_quote.RawQuote`;
dialogue lines without marks are `dialogue`'s.
"""

from __future__ import annotations

from summarizer.quotes.block_quotes import other_style
from summarizer.quotes.mark_rules import (
    CLOSERS,
    SINGLE_OPEN_AFTER,
    after_colon,
    can_open,
    find_marks,
    glued_open,
    last_visible,
    spaced_open,
    wrong_way_close,
)
from summarizer.quotes.nested_straight import opens_nested, opens_nested_curly
from summarizer.quotes.raw_quote import RawQuote
from summarizer.quotes.run_ons import (
    closes_here,
    closing_mark,
    goes_on,
    narration_end,
    next_paragraph_reopens,
    reporter_cue_inside,
    unclosed_end,
)
from summarizer.quotes.single_marks import (
    ANY_SINGLE,
    BEFORE_LOWER,
    SINGLE_END,
    STRAIGHT_SINGLE_END,
    GluedHeads,
    NextMatch,
    past_nested,
    single_close,
    straight_single_end,
    title_end,
)


def scan(text: str, paras: list[tuple[int, int]]) -> list[RawQuote]:
    """The raw quotes of `text`, in order, read paragraph by paragraph (`paras` from
    `paragraphs`); an unclosed quote carries over to a paragraph that reopens with a mark."""
    scanner = _Scanner(text)
    # Marks of the whole text at once: a paragraph follows a newline (or starts the text), so
    # an apostrophe opening one is a mark either way.
    marks = find_marks(text)
    k = 0
    for pi, (ps, pe) in enumerate(paras):
        while k < len(marks) and marks[k][0] < ps:  # none between paragraphs, but be sure
            k += 1
        first = k
        while k < len(marks) and marks[k][0] < pe:
            k += 1
        scanner.paragraph(pi, ps, pe, marks[first:k])
    return scanner.finish()


class _Paragraph:
    """One paragraph's scan: its open double marks (a stack) and where single quotes end."""

    __slots__ = (
        "any_single",
        "glued",
        "index",
        "parts",
        "single_ends",
        "skip_until",
        "stack",
        "start",
        "straight_ends",
        "text",
        "titles",
    )

    def __init__(self, text: str, start: int, index: int) -> None:
        self.text, self.start, self.index = text, start, index
        self.stack: list[tuple[str, int]] = []  # (mark, position in the paragraph)
        self.skip_until = -1  # marks up to here lie inside a single-quoted quote
        self.straight_ends: NextMatch | None = None  # made when a single mark first opens
        self.single_ends: NextMatch | None = None
        self.any_single: NextMatch | None = None  # made when a single quote may run on
        self.parts: list[tuple[int, int]] = []  # earlier parts of the open '"' (`_goes_on`)
        self.glued: GluedHeads | None = None  # made when a mark glued to a caption first opens
        self.titles: NextMatch | None = None  # made when a straight single mark first opens

    def glued_speaks(self, i: int, end: int) -> bool:
        """`GluedHeads.speaks` for this paragraph."""
        self.glued = self.glued or GluedHeads(self.text)
        return self.glued.speaks(i, end)


class _Scanner:
    """Pairs the marks of a text's paragraphs into raw quotes (see `scan`)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.found: list[RawQuote] = []
        self.pending: RawQuote | None = None  # a quote left open by the previous paragraph
        # A single-quoted quote left open by the previous paragraph (British papers reopen
        # each paragraph of one speaker's quote with ‘ or ' and close only the last): its
        # `run_on` is the quote the next paragraph opens, whose cue names them both.
        self.run_on: RawQuote | None = None
        self._carry: RawQuote | None = None
        self._reopen_at = -1  # a spaced reopening mark in this paragraph that `_carry` runs on to

    def paragraph(self, pi: int, ps: int, pe: int, marks: list[tuple[int, str]]) -> None:
        para = _Paragraph(self.text[ps:pe], ps, pi)
        self._carry, self.run_on, self._reopen_at = self.run_on, None, -1
        self._reopen(para)
        for i, ch in marks:
            self._mark(para, i - ps, ch)
        self._leave_open(para, pe)

    def finish(self) -> list[RawQuote]:
        if self.pending is not None:
            self.found.append(self.pending)
        return [r for r in self.found if r.spans and any(e > s for s, e in r.spans)]

    def _reopen(self, para: _Paragraph) -> None:
        """A pending quote goes on if the paragraph opens with a mark, else it ended before."""
        if self.pending is None:
            return
        p, mark = para.text, self.pending.mark
        lead = len(p) - len(p.lstrip())
        first = p[lead : lead + 1]
        if first and first in CLOSERS and first != "‘" and not closes_here(p, lead, mark):
            if not other_style(mark, first):  # '"' left open, “ opens: a new quote
                para.stack.append((first, lead))
                return
        elif closing_mark(p, mark) >= 0:
            # A line break inside the quote (a page's link or layout): the quote runs on to the
            # closing mark this paragraph opens with or reaches before any other mark.
            para.stack.append((mark, -1))
            return
        # no reopening mark: the quote ended with its paragraph
        self.found.append(self.pending)
        self.pending = None

    def _mark(self, para: _Paragraph, i: int, ch: str) -> None:
        """One mark at position `i` of the paragraph: close, nest, or open a quote."""
        stack = para.stack
        if i <= para.skip_until or (stack and i == stack[0][1] and self.pending is not None):
            return
        p = para.text
        prev, nxt = (p[i - 1] if i else ""), p[i + 1 : i + 2]
        if stack:
            top = stack[-1][0]
            if ch == top == '"' and len(stack) == 1 and self._goes_on(para, i, prev, nxt):
                start = stack[0][1]
                cut = narration_end(p, start, i)
                if cut > 0:  # the quote lost its closing mark: it ends before the narration
                    self._end_before(para, start, cut)
                else:
                    para.parts.append((para.start + start + 1, para.start + len(p[:i].rstrip())))
                stack[0] = (ch, i)  # the next paragraph of the quote, run into this one
            elif len(stack) == 1 and wrong_way_close(ch, top, prev, nxt):
                self._close(para, stack.pop()[1], i)  # '“Why?“ he asked.'
            elif ch == top and ch in "“„«" and len(stack) == 1 and self._end_unclosed(para, i):
                stack.append((ch, i))  # the unclosed one ended: this “ opens the next quote
            elif ch == top == "“" and len(stack) == 1 and opens_nested_curly(p, i, prev, nxt):
                stack.append((ch, i))  # '“Fans holding “Vote Lee Out” signs at ...”'
            elif ch == top == '"' and len(stack) == 1 and opens_nested(p, i, prev, nxt):
                stack.append((ch, i))  # '"... if he says, "I want more," you ..."'
            elif (ch in CLOSERS[top] and ch != "‘") or self._straight_closes_curly(
                stack, ch, prev, nxt
            ):
                _, start = stack.pop()
                if not stack:
                    self._close(para, start, i)
            elif ch in '“„«"' and ch != top and can_open(ch, prev, nxt) and len(stack) < 4:
                stack.append((ch, i))
        elif ch == "'":
            opens = (not prev or prev.isspace() or prev in SINGLE_OPEN_AFTER) and nxt.isupper()
            spaced = not opens and spaced_open(p, i)
            if opens or spaced or after_colon(p, i):
                para.straight_ends = para.straight_ends or NextMatch(STRAIGHT_SINGLE_END, p)
                after = past_nested(para.straight_ends, p, i + 1)
                j, reopens = straight_single_end(para.straight_ends, p, after)
                reopen, j = (j, -1) if reopens else (-1, j)
                para.titles = para.titles or NextMatch(BEFORE_LOWER, p)
                title = title_end(para.titles, p, after, reopen if reopen > 0 else j)
                reopen, j = (-1, title) if title > 0 else (reopen, j)
                if spaced and glued_open(p, i) and not para.glued_speaks(i, max(j, reopen)):
                    return  # a stray mark after a word, not a caption's (`GluedHeads`)
                if self._cue_inside(para, i, max(j, reopen)):
                    return
                if reopen > 0:  # "'... all my life. ' Whatever ...": the next part reopens
                    self._single(para, i, last_visible(p, reopen) + 1, "'", closed=False)
                    if self.run_on is not None:  # the quote the reopening mark opens
                        self._carry, self._reopen_at, self.run_on = self.run_on, reopen, None
                    return
                goes_on = j < 0 and self._single_goes_on(para, i, "'")
                j = len(p.rstrip()) if goes_on else j
                self._single(para, i, j, "'", closed=not goes_on)
        elif ch == "‘" and (can_open(ch, prev, nxt) or spaced_open(p, i)):
            # spaced: "... the squad. ‘ He’s so ...,’ Lee added." (paragraph breaks lost)
            para.single_ends = para.single_ends or NextMatch(SINGLE_END, p)
            j = single_close(para.single_ends, i + 1, p)
            if nxt == " " and glued_open(p, i) and not para.glued_speaks(i, j):
                return  # "its ‘ Home Glory range. Nobody ... ‘ We got it wrong,’ she said"
            if j < 0 and self._single_goes_on(para, i, "‘"):
                j = len(p.rstrip())  # '‘... money.⏎‘I don’t ...’': on in the next paragraph
                self._single(para, i, j, '"', closed=False)
            else:
                self._single(para, i, j, '"')
        elif ch in '“„«"' and (can_open(ch, prev, nxt) or spaced_open(p, i)):
            stack.append((ch, i))

    def _cue_inside(self, para: _Paragraph, i: int, end: int) -> bool:
        """The ' quote opened at `i` runs (to `end`; -1: the paragraph's end) over the
        reporter's next cue and its opening mark (`run_ons.reporter_cue_inside`): it ends,
        unclosed, before the cue's sentence, and True; the scan reads that mark next."""
        p = para.text
        cut = reporter_cue_inside(p, i, end if end > 0 else len(p))
        if cut < 0:
            return False
        self._single(para, i, last_visible(p, cut) + 1, "'", closed=False)
        self.run_on = None  # nothing reopens it: the mark after the cue opens a new quote
        return True

    @staticmethod
    def _straight_closes_curly(stack: list[tuple[str, int]], ch: str, prev: str, nxt: str) -> bool:
        """'“We won," said Lee': careless typing closes a lone “ with an ASCII " that cannot
        open a quote there (after a word or a comma); else the “ runs on over the cue."""
        return ch == '"' and len(stack) == 1 and stack[0][0] == "“" and not can_open(ch, prev, nxt)

    def _goes_on(self, para: _Paragraph, i: int, prev: str, nxt: str) -> bool:
        """The '"' at `i` opens the next part of the open quote (`run_ons.goes_on`), not inside
        a quote carried over."""
        return self.pending is None and goes_on(para.text, para.stack[0][1], i, prev, nxt)

    def _end_unclosed(self, para: _Paragraph, i: int) -> bool:
        """A second “ („, «) at `i` while one is open ends the open one where
        `run_ons.unclosed_end` says, and True; False when it does not, or the open one goes
        on from a paragraph before."""
        if self.pending is not None:
            return False
        start = para.stack[0][1]
        text = para.text
        end = unclosed_end(text, start, i)
        if end < 0:
            return False
        para.stack.pop()
        ps, pi = para.start, para.index
        part = (ps + start + 1, ps + len(text[:end].rstrip()))
        self.found.append(RawQuote([part], ps + start, part[1], pi, pi, closed=False))
        return True

    def _end_before(self, para: _Paragraph, start: int, cut: int) -> None:
        """The '"' quote open at `start` (with the parts it ran on from) ends, unclosed, at
        `cut`: the mark after it opens another quote (`run_ons.narration_end`)."""
        ps, pi = para.start, para.index
        spans = [*para.parts, (ps + start + 1, ps + len(para.text[:cut].rstrip()))]
        para.parts = []
        self.found.append(RawQuote(spans, spans[0][0] - 1, spans[-1][1], pi, pi, closed=False))

    def _close(self, para: _Paragraph, start: int, i: int) -> None:
        """The outermost double mark closed at `i`: a quote, or the end of a pending one."""
        ps, pi = para.start, para.index
        part = (ps + start + 1, ps + i)
        pending = self.pending
        if pending is None:
            spans, para.parts = [*para.parts, part], []
            self.found.append(RawQuote(spans, spans[0][0] - 1, ps + i, pi, pi))
            return
        if part[1] > part[0]:  # nothing before a closing mark that opens the paragraph
            pending.spans.append(part)
        pending.close_pos, pending.para = ps + i, pi
        pending.closed = True
        self.found.append(pending)
        self.pending = None

    def _single(self, para: _Paragraph, i: int, j: int, mark: str, closed: bool = True) -> None:
        """A single quote opened at `i` and closed at `j` (-1: never), on one paragraph."""
        if j > i + 1:
            ps, pi = para.start, para.index
            raw = RawQuote([(ps + i + 1, ps + j)], ps + i, ps + j, pi, pi, closed=closed, mark=mark)
            self.found.append(raw)
            if self._carry is not None and (i == self._reopen_at or not para.text[:i].strip()):
                self._carry.run_on = raw  # the quote left open goes on here
            self._carry, self._reopen_at = None, -1
            self.run_on = None if closed else raw
            para.skip_until = j

    def _single_goes_on(self, para: _Paragraph, i: int, mark: str) -> bool:
        """A ‘ (or ') quote with no close in its paragraph that runs on into the next, as
        British papers set it: the next paragraph reopens it (`run_ons`) and this one holds no
        other mark after `i` (a ' may nest: "'Our policy of 'no first use' ...")."""
        p = para.text
        if not next_paragraph_reopens(self.text, p, para.start + len(p), mark):
            return False
        para.any_single = para.any_single or NextMatch(ANY_SINGLE, p)
        return para.any_single.search(i + 1) is None

    def _leave_open(self, para: _Paragraph, pe: int) -> None:
        """A double quote still open at the paragraph's end: pending, or pending longer."""
        if not para.stack:
            return
        ps, pi = para.start, para.index
        start = para.stack[0][1]
        part = (ps + start + 1, pe)
        if self.pending is None:
            mark = para.stack[0][0]
            spans, para.parts = [*para.parts, part], []
            self.pending = RawQuote(spans, spans[0][0] - 1, pe, pi, pi, closed=False, mark=mark)
        else:
            self.pending.spans.append(part)
            self.pending.close_pos, self.pending.para = pe, pi
