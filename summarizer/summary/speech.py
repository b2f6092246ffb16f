"""Which sentences are a quotation with no speaker of their own, and which of those go on from
the sentence before.

Shown alone, a whole quotation ('"How she jumped that high amazes me."') names no speaker: the
lead (`summary.lead`) takes one only when it goes on from a quotation or a lead-in it comes
with, and passes over one that goes on from nothing (the key quotes show it with its speaker).
"""

from __future__ import annotations

from bisect import bisect_right
from itertools import accumulate

from summarizer.summary.links import is_lead_in
from summarizer.summary.quote_repair import is_whole_quote, shown_paragraph

_SPEECH_MARKS = '"“”„«»‘'  # quotation marks that are no apostrophe


class Speech:
    """Which sentences are, as shown alone (`quote_repair.shown_paragraph`), one quotation and
    nothing else (`quote_repair.is_whole_quote`: no speaker named), and which of those go on
    from the sentence before (`goes_on`), whose speaker they share. Read a paragraph at a time
    when first asked: only the lead's candidates and the sentences before them are asked."""

    __slots__ = ("_ends", "_paragraphs", "_shown")

    def __init__(self, paragraphs: list[list[str]] | None) -> None:
        self._paragraphs = paragraphs or []
        self._ends = list(accumulate(map(len, self._paragraphs)))
        self._shown: dict[int, str] = {}

    def _text(self, i: int) -> str | None:
        text = self._shown.get(i)
        if text is None:
            k = bisect_right(self._ends, i)
            if k >= len(self._paragraphs):
                return None  # no paragraphs: nothing is read as speech
            start = self._ends[k] - len(self._paragraphs[k])
            for j, shown in enumerate(shown_paragraph(self._paragraphs, k), start):
                self._shown[j] = shown
            text = self._shown[i]
        return text

    def whole(self, i: int) -> bool:
        text = self._text(i)
        return text is not None and is_whole_quote(text)

    def goes_on(self, i: int) -> bool:
        """Sentence `i` is a whole quotation after a lead-in, or after quotations that end at
        a sentence naming their speaker (not after quotations no one is named for)."""
        if not self.whole(i):
            return False
        while i > 0:
            before = self._text(i - 1) or ""
            if is_lead_in(before):
                return True
            if not _has_mark(before):
                return False
            if not self.whole(i - 1):
                return True
            i -= 1
        return False

    def alone(self, i: int) -> bool:
        return self.whole(i) and not self.goes_on(i)


def _has_mark(text: str) -> bool:
    """A quotation mark no apostrophe can be."""
    return any(m in text for m in _SPEECH_MARKS)
