"""The raw quote: a quotation as the mark scan finds it (`marks`, `dialogue`), the record every
later step (attribution, merging, resolution) annotates, and its text read back tidy.

Apart from the scan so that the steps that only read or annotate a quote need not import the
scanner.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from summarizer.quotes.speakers import Speaker

DASH = "—"  # the mark of a dialogue line (`dialogue`)


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
    # a British 'quote' with no cue: `credit` may find its speaker, else it stays unattributed
    needs_credit: bool = False

    @property
    def straight_single(self) -> bool:
        """British 'quotes' and dialogue dashes: kept only with a speaker, being the most
        ambiguous marks."""
        return self.mark in ("'", DASH)


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
