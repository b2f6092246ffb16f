"""Quotation marks of a summary sentence shown on its own: the ones it lacks are added.

The tokenizer splits a quotation of several sentences into as many sentences, and a summary that
shows one of them shows a dangling mark ('Maybe they should ... in the future."', '"It's
big.') or, for a sentence from a quotation's middle, none at all. `with_marks` reads a
paragraph's marks and gives each sentence as it reads alone: the opening marks of the quotes
open where it starts, its text, and the closing marks of the quotes still open where it ends;
a closing mark with nothing open (the page lost the opening one) gets one at the start. Each
summary sentence is then whole on its own, whatever a later cut (the bot's shortened reply, the
digest's best two sentences) keeps. Where a quote ends is sometimes unknown (its closing mark
was lost): it is closed in its first sentence only, and the sentences after it, which may be
the reporter's, are left as they are rather than put in a speaker's mouth.

Choosing whole quotations instead (units of several sentences, chosen or passed over together)
was tried and rejected: the BBC reference summaries take single sentences of quotations, and on
BBC train (in-sample) whole quotations cost ROUGE-1 1.0 at the reference's length (77.59 ->
76.56); joining only a quote's sentences shorter than 6 words to their neighbour, 0.04.

Pairing reads the marks alone, in every language: a stack of open marks, each closed by its
partners (`_CLOSES`: English “…”, German „…“ and »…«, French «…», Swedish ”…”, ‹…›, 「…」,
singles ‘…’ and '…'); a mark that may open or close is read by its neighbours (after a space it
opens, before one it closes); an apostrophe (don't, Kurds’, '80s, "'s") is no mark, nor is a
mark after a digit (5'10").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

# What closes each opening mark. Careless typing closes “ or „ with an ASCII ".
_CLOSES: dict[str, str] = {
    '"': '"”',
    "“": '”“"',
    "„": '“”"',
    "”": '”"',
    "«": "»",
    "»": "«",
    "‹": "›",
    "›": "‹",
    "「": "」",
    "『": "』",
    "‘": "’'",
    "'": "'’",
    "‚": "‘’",
}
# The closing mark a quote left open is given, and the opening mark a stray closing one is.
_CLOSER_OF = {'"': '"', "“": "”", "„": "“", "”": "”", "«": "»", "»": "«", "‹": "›", "›": "‹"}
_CLOSER_OF |= {"‘": "’", "'": "'", "‚": "‘", "「": "」", "『": "』"}
_OPENER_OF = {'"': '"', "”": "“", "“": "„", "»": "«", "«": "»", "›": "‹", "‹": "›", "’": "‘"}
_OPENER_OF |= {"'": "'", "」": "「", "』": "『"}
_SINGLES = frozenset("‘’'‚")
# Marks that open wherever they stand (« with a space inside, as French sets it).
_FIRM_OPEN = frozenset("„«‹「『")
# Marks that close whatever stands before them (" »"); they open a quote only where nothing of
# theirs is open and a word follows (Swedish ”…”, German »…«).
_FIRM_CLOSE = frozenset("»›」』”")
_MARK_RE = re.compile("''|’’|``|[\"“”„«»‹›「」『』‘’'‚]")
# A mark that may open or close a quote: any but an apostrophe inside a word ("don't", "Lee's").
_MAY_QUOTE = re.compile("[\"“”„«»‹›「」『』‘‚`]|(?<![^\\W_])['’]|['’](?![^\\W_])")
# Doubled apostrophes and backticks stand for double marks (NYT '’’', PTB '``').
_AS_DOUBLE = {"''": '"', "’’": "”", "``": '"'}
_OPEN_AFTER = frozenset("([{—–-/") | frozenset(_CLOSES) | frozenset("”»›」』’")
_CLOSE_BEFORE = frozenset(".,;:!?…)]}—–-/") | frozenset(_CLOSES) | frozenset("”»›」』’")
_NOT_OPENING = frozenset(",;:!?)]}")  # no quotation starts with these (" », a-t-il dit")
_SENTENCE_END = frozenset(".,!?…")
# What follows an apostrophe that opens nothing: "'s", "'t", "'re", "'em", "'n'" as a word's end.
_CONTRACTION = re.compile(r"(?:s|t|d|m|n|re|ve|ll|em)(?![^\W_])", re.IGNORECASE)
_MAX_DEPTH = 4  # marks nest no deeper in prose; beyond it, a page's stray marks


def _opens_here(prev: str, nxt: str) -> bool:
    return (
        (not prev or prev.isspace() or prev in _OPEN_AFTER)
        and bool(nxt)
        and not nxt.isspace()
        and nxt not in _NOT_OPENING
    )


def _closes_here(prev: str, nxt: str) -> bool:
    return bool(prev) and not prev.isspace() and (not nxt or nxt.isspace() or nxt in _CLOSE_BEFORE)


def _may_open(mark: str, prev: str, after: str) -> bool:
    nxt = after[:1]
    if mark in _FIRM_OPEN:
        return bool(nxt)
    if mark in "'‘‚":  # before a letter, and no contraction: not '80s, Israel‘s, "'s thunder"
        return _opens_here(prev, nxt) and nxt.isalpha() and not _CONTRACTION.match(after)
    return mark in _CLOSES and _opens_here(prev, nxt)


def _stray_close(mark: str, prev: str, nxt: str) -> bool:
    """A closing mark with nothing open: a quote whose opening mark the page lost. A single
    mark counts only after end punctuation ("... away.' Lee"); elsewhere it is an apostrophe."""
    if not _closes_here(prev, nxt) or prev.isdigit():
        return False
    if mark in _SINGLES:
        return prev in _SENTENCE_END
    return not _opens_here(prev, nxt)


class _Pairing:
    """The open quotes of one paragraph, read sentence by sentence: a stack of (mark, number),
    numbered in order of opening. A quote "reopened" by its own mark (a lost closing mark, or a
    lost paragraph break) is `unsure`: where it ended is unknown."""

    __slots__ = ("opened", "stack", "strays", "unsure")

    def __init__(self) -> None:
        self.stack: list[tuple[str, int]] = []
        self.strays: list[str] = []  # closing marks with nothing open, in order
        self.opened = 0
        self.unsure: set[int] = set()

    def read(self, sentence: str) -> None:
        for match in _MARK_RE.finditer(sentence):
            i, j = match.span()
            mark = _AS_DOUBLE.get(match.group(), match.group())
            self._mark(mark, sentence[i - 1] if i else "", sentence[j : j + 4])

    def _open(self, mark: str) -> None:
        if len(self.stack) < _MAX_DEPTH:
            self.stack.append((mark, self.opened))
            self.opened += 1

    def _mark(self, mark: str, prev: str, after: str) -> None:
        stack = self.stack
        nxt = after[:1]
        if prev.isdigit() and mark in "'\"’”":
            return  # 5'10", the '90s: feet, inches, minutes
        single = mark in _SINGLES
        closes = (not single and mark in _FIRM_CLOSE) or _closes_here(prev, nxt)
        closes = closes or (not single and not _opens_here(prev, nxt))
        if stack and mark == stack[-1][0] and not closes:
            # '"We won. "Next ...': the open quote lost its closing mark or its paragraph break
            self.unsure.add(stack.pop()[1])
            self._open(mark)
            return
        if stack and closes:
            for depth in range(len(stack) - 1, -1, -1):
                if mark in _CLOSES[stack[depth][0]]:
                    del stack[depth:]  # single marks left open inside it were apostrophes
                    return
                if stack[depth][0] not in _SINGLES:
                    break  # an open double mark is closed only by its partner
        if _may_open(mark, prev, after):
            self._open(mark)
        elif not stack and _stray_close(mark, prev, nxt):
            self.strays.append(mark)


def opens_with_mark(text: str) -> bool:
    """The paragraph opens with a quotation mark: a quote left open before it may go on here."""
    text = text.lstrip()
    first = _MARK_RE.match(text)
    if first is None:
        return False
    mark = _AS_DOUBLE.get(first.group(), first.group())
    return _may_open(mark, "", text[first.end() : first.end() + 4])


def with_marks(sentences: Sequence[str], runs_on: bool = False) -> list[str]:
    """A paragraph's sentences, each with the quotation marks it needs to read alone:
    '"A. B," Lee said.' gives '"A."' and '"B," Lee said.'. A quote still open at the paragraph's
    end goes on in the next paragraph when `runs_on` (that one opens with a mark): 'Lee said:
    "A. B.' gives 'Lee said: "A."' and '"B."'. A quote whose end is unknown (still open at the
    end without `runs_on`, or reopened by its own mark) is closed in its first sentence only:
    the sentences after it may be the reporter's, and are shown as they are."""
    pairing = _Pairing()
    read: list[tuple[list[tuple[str, int]], list[tuple[str, int]], str]] = []
    for sentence in sentences:
        before = list(pairing.stack)
        pairing.strays.clear()
        pairing.read(sentence)
        strays = "".join(_OPENER_OF.get(m, m) for m in reversed(pairing.strays))
        read.append((before, list(pairing.stack), strays))
    unsure = pairing.unsure | (set() if runs_on else {n for _, n in pairing.stack})
    shown = []
    for sentence, (before, after, strays) in zip(sentences, read, strict=True):
        earlier = {n for _, n in before}  # an unsure quote is closed where it opens, only
        head = strays + "".join(m for m, n in before if n not in unsure)
        closers = (_CLOSER_OF.get(m, m) for m, n in reversed(after) if n not in unsure & earlier)
        tail = "".join(closers)
        shown.append(f"{head}{sentence}{tail}" if head or tail else sentence)
    return shown


def shown_alone(paragraphs: Sequence[Sequence[str]]) -> list[str]:
    """Every sentence of `paragraphs` (each a list of sentences), in order, as `with_marks`
    shows it alone; a quote left open at a paragraph's end goes on when the next paragraph
    opens with a mark (as `summary.core` shows its chosen sentences)."""
    return [text for k in range(len(paragraphs)) for text in shown_paragraph(paragraphs, k)]


def shown_paragraph(paragraphs: Sequence[Sequence[str]], k: int) -> list[str]:
    """The sentences of paragraph `k` as `shown_alone` gives them."""
    sentences = paragraphs[k]
    if not any(map(_MAY_QUOTE.search, sentences)):  # nothing to pair: shown as they are
        return list(sentences)
    after = paragraphs[k + 1] if k + 1 < len(paragraphs) else ()
    return with_marks(sentences, runs_on=bool(after) and opens_with_mark(after[0]))


def is_whole_quote(text: str) -> bool:
    """`text` (a sentence as shown alone) is one quotation and nothing else: '"It's big."',
    not '"It's big," Lee said.' nor 'Lee said: "It's big."'. Such a sentence names no
    speaker; one whose quote does not close in it (its end unknown) is not counted."""
    text = text.strip()
    first = _MARK_RE.match(text)
    if first is None:
        return False
    pairing = _Pairing()
    for match in _MARK_RE.finditer(text):
        i, j = match.span()
        mark = _AS_DOUBLE.get(match.group(), match.group())
        pairing._mark(mark, text[i - 1] if i else "", text[j : j + 4])
        if not pairing.stack:  # the quote opened first is closed: nothing may follow
            return i > 0 and not any(c.isalnum() for c in text[j:])
    return False
