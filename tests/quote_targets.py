"""Two #17 targets no other bench column measured: recall of quotes that open a sentence or a
paragraph, and key quotes credited to an organisation, a place or an object where a person
spoke. Used by `bench.quotes` (PolNeAR, the first) and `bench.realpages` (both) through
tests.helpers, like the other judges of labelled sets.

A quote opens a sentence or a paragraph (`opens_sentence`) when its opening mark is

- the first non-space character of the text or of a line (a paragraph: these texts break
  paragraphs with newlines; spaces and tabs after the break are skipped), or
- preceded by at least one space (or a line break) and, before that space, by a sentence end:
  ". ! ?" or "…", maybe followed by closing marks or brackets (`He left." "We`, `(sic.) "We`).

The opening mark is the quotation mark at the quote's start (PolNeAR content spans include it)
or, when the span starts after its mark (the labelled sets hold the words without the marks),
the mark just before it, spaces between allowed; with no mark there (a mark lost in the page),
the quote's first character stands for it. Not an opening: a quote after a colon ('told
reporters: "We'), a dash or a comma, or inside a sentence ('said "we'). Known misses: an
abbreviation's dot reads as a sentence end ('Mr. "We' counts, 'U.S. "We' too), and a line break
inside a paragraph (a wrapped line) reads as a paragraph's start. Both are rare in these texts.

Who a detected speaker is (a person's name, a description of a person, an organisation, a
place, an object) is `tests/speaker_kinds.py`'s judgement (`speaker_kind`), tested there; a key
quote counts against target 2 only when the strict judge (`speaker_verdict`) did not find it
credited to the labelled speaker and that judgement says it is no person (`NOT_A_PERSON`).
"""

from __future__ import annotations

from tests.speaker_kinds import NOT_A_PERSON, speaker_kind

OPENING_MARKS = frozenset("\"“„«‘'‚‹「『")
CLOSERS = frozenset("\"”’'»›)]」』")
SENTENCE_ENDS = frozenset(".!?…")
_SPACES = frozenset(" \t\u00a0")
_BREAKS = frozenset("\n\r\u2028\u2029")

__all__ = ["NOT_A_PERSON", "opening_mark", "opens_sentence", "speaker_kind"]


def opening_mark(text: str, start: int) -> int:
    """Where the quote starting at `start` opens: its mark (at `start` or just before it,
    spaces between allowed), else `start` itself."""
    if start < len(text) and text[start] in OPENING_MARKS:
        return start
    j = start - 1
    while j >= 0 and text[j] in _SPACES:
        j -= 1
    return j if j >= 0 and text[j] in OPENING_MARKS else start


def opens_sentence(text: str, start: int) -> bool:
    """Whether the quote starting at `start` opens a paragraph or follows a sentence end (the
    rule in the module docstring)."""
    j = opening_mark(text, start) - 1
    spaced = False
    while j >= 0 and (text[j] in _SPACES or text[j] in _BREAKS):
        if text[j] in _BREAKS:
            return True  # the first non-space character of a line
        spaced = True
        j -= 1
    if j < 0:
        return True  # the text's first character
    if not spaced:
        return False  # 'end."We' or 'said"we': no space, no new sentence
    while j >= 0 and text[j] in CLOSERS:
        j -= 1
    return j >= 0 and text[j] in SENTENCE_ENDS
