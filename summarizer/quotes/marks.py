"""Quotation marks: pair them per paragraph into raw quotes, carrying a quote over paragraphs.

A small stack per paragraph pairs straight and curly doubles, «guillemets» and „German“ marks
(nested quotes stay inside the outer one); curly singles count only at the top level and only
when a closing ’ follows that is not an apostrophe (Iran’s, Kurds’); straight 'singles' open
at a word start before a capital and close after end punctuation, or after a word's last
letter before punctuation. A paragraph that leaves a quote open continues it when the next
paragraph reopens with a mark; a text that lost its paragraph breaks keeps that mark with a
space after it (". ' Next"), read as an opening (or reopening) mark.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from summarizer.quotes.speakers import Speaker

# „ is closed by “ (German), ” (Dutch, Polish) or, in careless typing, an ASCII ".
_CLOSERS = {'"': '"”', "“": "”", "„": '“”"', "«": "»", "‘": "’"}
# ’ never opens or closes a quote here (a closing ’ is found by _single_close), nor does an
# apostrophe after a letter or digit (Putin's): the scan loop skips both. One pattern per mark,
# each a literal the engine finds in C (a set of marks would be tested at every character).
_MARKS = {ch: re.compile(re.escape(ch)) for ch in '"“”„«»‘'} | {"'": re.compile(r"'(?<![^\W_]')")}
# The closing ' of a British 'quote': after end punctuation ("hard,'"), or after a word's
# last letter before punctuation ("reason'.") but not after an "s" (plural possessives:
# "the players' union."); not before a word (a headline's "'Easy Money' Opens Big"). Or,
# first, a spaced reopening mark (`_SPACED_OPEN_AFTER`), or a double mark.
_STRAIGHT_SINGLE_END = re.compile(
    r"(?<=[,.!?…])'(?![^\W\d_])|(?P<letter>(?<=[^\W\d_s])'(?=[.,;:!?)]))"
    r"|(?P<reopen>(?<=[.!?…] )')(?= [A-Z])|[\"“”«»„]"
)
# A phrase in double marks nested in a ' quote: its closing mark, within _NESTED_CHARS.
_NESTED_CLOSE = re.compile(r'(?<=\S)["”]')
_NESTED_CHARS = 80
_NESTED_MAX = 3
_INNER_OPEN = re.compile(r"(?<![\w'’])'(?=\w)")  # a ' that opens a word: "of 'no first use'"
# A text that lost its paragraph breaks keeps the mark that reopened each paragraph of one
# quote, and a space after it: "... a sentence end. ' Next paragraph" (or ". " Next"). Read as
# an opening mark where no quote is open, as the reopening of a single-quoted one otherwise.
_SPACED_OPEN_AFTER = ".!?…:,"
_BLANK_LINE = re.compile(r"\n\s*\n")
# The closing ’ of a curly single quote (not after whitespace), or a double mark first. Searched
# from a position (no slice): a lookbehind there sees the same characters as in the slice.
_SINGLE_END = re.compile(r"’(?![^\W\d_])(?<!\s’)|[\"“”«»„]")
# A paragraph runs on over single line breaks. "[^\S\n]*\n" (not "\s*\n") tells a blank line
# ahead: the same answer, read up to the next line break, not over a whole run of blank lines
# (which made a text of whitespace-only lines quadratic).
_PARAGRAPHS = re.compile(r"[^\n]+(?:\n(?![^\S\n]*\n)[^\n]*)*")
_LINES = re.compile(r"[^\n]+")
# A text with no line break at all whose extraction kept its paragraph gaps as runs of spaces
# ("...a dear friend."     Paul Godfrey:   Now president..."): each run is a break.
_SPACED_LINES = re.compile(r"\S.*?(?=[ \t\u00a0]{3,}|\s*\Z)")
_GOES_ON = ",.;:)”»’"
# NYT-style closing marks: two apostrophes close a “ quote ("...,’’ she said").
_DOUBLE_APOSTROPHE = re.compile(r"(?<=\S)(?:’’|'')")
DASH = "—"
# A dialogue line (Russian and others): "— Speech, — said X. — More speech." The speech runs
# from the opening dash to the punctuation before the next spaced dash; "(?=\w)" wants a word
# after that dash (the cue), so a dash inside the speech that no cue follows stays in it.
_DIALOGUE_OPEN = re.compile(r"[ \t]*[—–][ \t\u00a0]+(?=\w)")
_DIALOGUE_CUE = re.compile(r"(?P<end>[,!?.…])[ \t\u00a0]+[—–][ \t\u00a0]+(?=\w)")
_DIALOGUE_MORE = re.compile(r"[.:][ \t\u00a0]+[—–][ \t\u00a0]+(?=\w)")
_ANY_MARK = re.compile(r"[\"“”„«»]")
_SENTENCE_STOP = re.compile(r"[.!?…](?=\s)")  # a sentence's end inside a quote left open
# A reporter's sentence: a name, then a verb in the past ("Lee smiled", "Jo Lee also said").
_NARRATION = re.compile(
    r"\s*(?:[A-Z][\w’'-]+\s+){1,3}(?:also\s+|then\s+|later\s+)?(?:[a-z]+ed|said|says|told)\b"
)
_FIRST_OR_SECOND_PERSON = re.compile(r"\b(?:I|me|my|we|us|our|you|your)\b|\bI[’']")
_NEXT_OPENER = re.compile(r"\s*(\S)(\S?)")  # the next paragraph's first two characters
# Any quotation mark but an apostrophe inside a word ("don’t"), which ends no quote.
_ANY_SINGLE = re.compile(r"[‘\"“”„«»]|’(?![^\W\d_])")


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
    partial: bool = False  # a phrase quoted inside the reporter's sentence (`partial`)
    resolved: str | None = None
    how: str = ""  # the attribution path that set `speaker` ("after:name-first", ...)
    parts: list[RawQuote] = field(default_factory=list)
    run_on: RawQuote | None = None  # the quote in the next paragraph this one runs on into

    @property
    def straight_single(self) -> bool:
        """British 'quotes' and dialogue dashes: kept only with a speaker, being the most
        ambiguous marks."""
        return self.mark in ("'", DASH)


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


def _spaced_open(p: str, i: int) -> bool:
    """The mark at `i` of paragraph `p` opens a quote although a space follows it: it opens
    the paragraph or follows a sentence end (or ":" / ",") and a space, and a capital follows
    the space (see `_SPACED_OPEN_AFTER`)."""
    if p[i + 1 : i + 2] != " " or not p[i + 2 : i + 3].isupper():
        return False
    if i and not p[i - 1].isspace():
        return False
    k = _last_visible(p, i)
    return k < 0 or p[k] in _SPACED_OPEN_AFTER


def _last_visible(p: str, end: int) -> int:
    """Where the last character before `end` that is no whitespace is, or -1 (no slice: a
    paragraph of many marks would copy its text for each)."""
    k = end - 1
    while k >= 0 and p[k].isspace():
        k -= 1
    return k


def _can_open(ch: str, prev: str, nxt: str) -> bool:
    if nxt.isspace() or not nxt:
        return ch in "«„" and bool(nxt)  # French « with a space inside
    if ch == '"':
        return not prev or not (prev.isalnum() or prev in ".,!?;")
    if ch == "‘":
        return prev.isspace() or prev in '([—–-"“' or not prev
    return ch in "“„«"


class _NextMatch:
    """`pattern.search(text, start)`, remembered: each opening mark of a paragraph searches on
    from itself, and without this a paragraph of n unclosed ‘ (or ') marks is read n times.

    A search from `start` reads up to its match (or the end). Whether the pattern matches at a
    position does not depend on where the search began, so any start up to that match finds
    the same one, and only a start past it reads further.
    """

    __slots__ = ("_end", "_match", "_pattern", "_start", "_text")

    def __init__(self, pattern: re.Pattern[str], text: str) -> None:
        self._pattern, self._text = pattern, text
        self._start, self._end = 1, 0  # nothing searched yet
        self._match: re.Match[str] | None = None

    def search(self, start: int) -> re.Match[str] | None:
        if not self._start <= start <= self._end:
            self._match = self._pattern.search(self._text, start)
            self._start = start
            self._end = self._match.start() if self._match else len(self._text)
        return self._match


def _single_close(ends: _NextMatch, start: int) -> int:
    """Closing ’ of a curly single quote: followed by a non-letter, with no double mark before.

    `ends` searches the paragraph for `_SINGLE_END` (a ’ after whitespace opens nothing and
    closes nothing: the pattern skips it)."""
    m = ends.search(start)
    return m.start() if m and m.group() == "’" else -1


def _straight_single_end(ends: _NextMatch, p: str, start: int) -> tuple[int, bool]:
    """British 'Speech,' he said: the closing ' follows end punctuation (never an apostrophe),
    or a word before punctuation ("... shot'."), unless a ' opens a word inside the quote
    before it: that one it closes ("'With our policy of 'no first use', we ..."). Returns its
    position (-1: none) and whether it is a spaced reopening mark instead (`_SPACED_OPEN_AFTER`).

    `ends` searches paragraph `p` for `_STRAIGHT_SINGLE_END` from `start`."""
    at = start
    for _ in range(_NESTED_MAX):
        m = ends.search(at)
        if m is None or m.group() != "'":
            return -1, False
        if m.lastgroup == "reopen":
            return m.start(), True
        if m.lastgroup != "letter" or not _INNER_OPEN.search(p, start, m.start()):
            return m.start(), False
        at = m.end()
    return -1, False


def _past_nested(ends: _NextMatch, p: str, start: int) -> int:
    """Where to look for the end of a ' quote opened before `start`: past each short phrase in
    double marks inside it ('I know the saying "grow old gracefully" but ...,' she said)."""
    for _ in range(_NESTED_MAX):
        m = ends.search(start)
        if m is None or m.group() not in '"“':
            break
        close = _NESTED_CLOSE.search(p, m.end(), m.end() + _NESTED_CHARS)
        if close is None:
            break
        start = close.end()
    return start


def _marks(text: str) -> list[tuple[int, str]]:
    """(position, mark) of every quotation mark in `text`, in order."""
    found: list[tuple[int, str]] = []
    for ch, pattern in _MARKS.items():
        if ch in text:
            found += [(m.start(), ch) for m in pattern.finditer(text)]
    if "’’" in text or "''" in text:  # read as one closing ”, its apostrophes as no marks
        pairs = [m.start() for m in _DOUBLE_APOSTROPHE.finditer(text)]
        taken = {i for p in pairs for i in (p, p + 1)}
        found = [(i, ch) for i, ch in found if i not in taken] + [(p, "”") for p in pairs]
    found.sort()
    return found


def dialogue(text: str, paras: list[tuple[int, int]]) -> list[RawQuote]:
    """Dialogue lines without quotation marks: a paragraph that opens with a dash and has a
    cue after a second spaced dash ("— Бюджет сбалансирован, — заявил Силуанов."). The speech
    after the cue ("... Силуанов. — Мы ...") is a second part. Kept only if a cue names a
    speaker (`RawQuote.straight_single`)."""
    found: list[RawQuote] = []
    for pi, (ps, pe) in enumerate(paras):
        if text[ps] not in " \t—–":
            continue
        m = _DIALOGUE_OPEN.match(text, ps, pe)
        cue = _DIALOGUE_CUE.search(text, m.end(), pe) if m else None
        if m is None or cue is None or _ANY_MARK.search(text, m.end(), cue.start()):
            continue
        end = cue.start() + 1  # the comma too, as inside quotation marks
        found.append(RawQuote([(m.end(), end)], m.end() - 1, cue.start(), pi, pi, mark=DASH))
        more = _DIALOGUE_MORE.search(text, cue.end(), pe)
        if more and not _ANY_MARK.search(text, more.end(), pe):
            tail = text[more.end() : pe].rstrip()
            close = more.end() + len(tail)
            found.append(RawQuote([(more.end(), close)], more.end() - 1, close, pi, pi, mark=DASH))
    return found


def scan(text: str, paras: list[tuple[int, int]]) -> list[RawQuote]:
    """The raw quotes of `text`, in order, read paragraph by paragraph (`paras` from
    `paragraphs`); an unclosed quote carries over to a paragraph that reopens with a mark."""
    scanner = _Scanner(text)
    # Marks of the whole text at once: a paragraph follows a newline (or starts the text), so
    # an apostrophe opening one is a mark either way.
    marks = _marks(text)
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
        "index",
        "parts",
        "single_ends",
        "skip_until",
        "stack",
        "start",
        "straight_ends",
        "text",
    )

    def __init__(self, text: str, start: int, index: int) -> None:
        self.text, self.start, self.index = text, start, index
        self.stack: list[tuple[str, int]] = []  # (mark, position in the paragraph)
        self.skip_until = -1  # marks up to here lie inside a single-quoted quote
        self.straight_ends: _NextMatch | None = None  # made when a single mark first opens
        self.single_ends: _NextMatch | None = None
        self.any_single: _NextMatch | None = None  # made when a single quote may run on
        self.parts: list[tuple[int, int]] = []  # earlier parts of the open '"' (`_goes_on`)


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
        p = para.text
        lead = len(p) - len(p.lstrip())
        first = p[lead : lead + 1]
        if first and first in _CLOSERS and first != "‘" and not self._closes_here(p, lead):
            para.stack.append((first, lead))
        elif self._closing_mark(p) >= 0:
            # A line break inside the quote (a page's link or layout): the quote runs on to the
            # closing mark this paragraph opens with or reaches before any other mark.
            para.stack.append((self.pending.mark, -1))
        else:  # no reopening mark: the quote ended with its paragraph
            self.found.append(self.pending)
            self.pending = None

    def _closing_mark(self, p: str) -> int:
        """Where the first mark of paragraph `p` closes the pending quote, or -1: a closing
        mark of its kind that cannot open a quote ("”", or '"' after a word or at the end)."""
        assert self.pending is not None
        closers = _CLOSERS.get(self.pending.mark, "")
        for i, ch in enumerate(p):
            if ch in '"“”„«»':
                if ch not in closers or (ch == self.pending.mark and ch != '"'):
                    return -1
                prev, nxt = (p[i - 1] if i else ""), p[i + 1 : i + 2]
                if ch == '"' and i and _can_open(ch, prev, nxt):
                    return -1
                return i
        return -1

    def _closes_here(self, p: str, lead: int) -> bool:
        """The paragraph's first character closes the pending quote ("” Nagasu said.")."""
        if self.pending is None:
            return False
        return self._closing_mark(p) == lead and p[lead] != self.pending.mark

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
                para.parts.append((para.start + start + 1, para.start + len(p[:i].rstrip())))
                stack[0] = (ch, i)  # the next paragraph of the quote, run into this one
            elif ch == top and ch in "“„«" and len(stack) == 1 and self._end_unclosed(para, i):
                stack.append((ch, i))  # the unclosed one ended: this “ opens the next quote
            elif (ch in _CLOSERS[top] and ch != "‘") or self._straight_closes_curly(
                stack, ch, prev, nxt
            ):
                _, start = stack.pop()
                if not stack:
                    self._close(para, start, i)
            elif ch in '“„«"' and ch != top and _can_open(ch, prev, nxt) and len(stack) < 4:
                stack.append((ch, i))
        elif ch == "'":
            opens = (not prev or prev.isspace() or prev in "([—–") and nxt.isupper()
            if opens or _spaced_open(p, i):
                para.straight_ends = para.straight_ends or _NextMatch(_STRAIGHT_SINGLE_END, p)
                after = _past_nested(para.straight_ends, p, i + 1)
                j, reopens = _straight_single_end(para.straight_ends, p, after)
                reopen, j = (j, -1) if reopens else (-1, j)
                if reopen > 0:  # "'... all my life. ' Whatever ...": the next part reopens
                    self._single(para, i, _last_visible(p, reopen) + 1, "'", closed=False)
                    if self.run_on is not None:  # the quote the reopening mark opens
                        self._carry, self._reopen_at, self.run_on = self.run_on, reopen, None
                    return
                goes_on = j < 0 and self._single_goes_on(para, i, "'")
                j = len(p.rstrip()) if goes_on else j
                self._single(para, i, j, "'", closed=not goes_on)
        elif ch == "‘" and _can_open(ch, prev, nxt):
            para.single_ends = para.single_ends or _NextMatch(_SINGLE_END, p)
            j = _single_close(para.single_ends, i + 1)
            if j < 0 and self._single_goes_on(para, i, "‘"):
                j = len(p.rstrip())  # '‘... money.⏎‘I don’t ...’': on in the next paragraph
                self._single(para, i, j, '"', closed=False)
            else:
                self._single(para, i, j, '"')
        elif ch in '“„«"' and (_can_open(ch, prev, nxt) or _spaced_open(p, i)):
            stack.append((ch, i))

    @staticmethod
    def _straight_closes_curly(stack: list[tuple[str, int]], ch: str, prev: str, nxt: str) -> bool:
        """'“We won," said Lee': careless typing closes a lone “ with an ASCII " that cannot
        open a quote there (after a word or a comma); else the “ runs on over the cue."""
        return ch == '"' and len(stack) == 1 and stack[0][0] == "“" and not _can_open(ch, prev, nxt)

    def _goes_on(self, para: _Paragraph, i: int, prev: str, nxt: str) -> bool:
        """'said: "We waited. "Now act."': a text that lost its paragraph breaks keeps the
        mark that opened each paragraph of one quote, the closing ones left out. A '"' after
        a space, before a capital, while the open quote ends a sentence of its own, opens the
        quote's next part rather than closing it (not inside a quote carried over)."""
        if self.pending is not None or not prev.isspace() or not (nxt.isupper() or nxt == "'"):
            return False
        body = para.text[para.stack[0][1] + 1 : i].rstrip()
        if "\n" in body or len(body.split()) < 3 or _ANY_MARK.search(body):
            return False  # over a line break, a closing mark was more likely lost than left out
        return body[-1:] in ".!?…"

    def _end_unclosed(self, para: _Paragraph, i: int) -> bool:
        """A second “ („, «) on a later line while one is open: the open quote was never
        closed (such a mark does not nest in itself). It ends at the end of its first line,
        and True. On the same line (a page that lost its paragraph breaks and the closing
        mark with them: '“... Superman. Asked about Lee, Jo said: “He ...'), a mark after a
        space ends it at the last sentence end before the new mark's sentence. False when
        neither holds (a typo for ”, maybe) or it goes on from a paragraph before."""
        start = para.stack[0][1]
        text = para.text
        end = text.find("\n", start, i)
        if self.pending is not None:
            return False
        if end < 0:
            if not text[i - 1 : i].isspace() or not text[i + 1 : i + 2].strip():
                return False
            ends = [m.start() + 1 for m in _SENTENCE_STOP.finditer(text, start + 1, i)]
            if not ends:
                return False
            end = ends[-1]
            if len(ends) > 1 and _narration(text[ends[-2] : end]):
                end = ends[-2]  # '... him Juice. Lee smiled at that. “I ...': Lee's is no quote
        para.stack.pop()
        ps, pi = para.start, para.index
        part = (ps + start + 1, ps + len(text[:end].rstrip()))
        self.found.append(RawQuote([part], ps + start, part[1], pi, pi, closed=False))
        return True

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
        British papers set it: the paragraph ends a sentence, holds no other mark after `i`
        (a ' may nest: "'Our policy of 'no first use' ..."), and the next one opens with the
        same mark (a ' before a capital)."""
        p = para.text
        if p.rstrip()[-1:] not in ".!?…":
            return False
        m = _NEXT_OPENER.match(self.text, para.start + len(p))  # no copy of the rest
        if m is None or m.group(1) != mark or (mark == "'" and not m.group(2).isupper()):
            return False
        para.any_single = para.any_single or _NextMatch(_ANY_SINGLE, p)
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


def _narration(sentence: str) -> bool:
    """A sentence that reads as the reporter's, not a speaker's: it opens with a name and a
    verb in the past, and has no "I", "we" or "you" in it."""
    return bool(_NARRATION.match(sentence)) and not _FIRST_OR_SECOND_PERSON.search(sentence)


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
