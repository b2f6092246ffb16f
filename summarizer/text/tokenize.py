"""Sentence boundaries for every stage, and words, with no downloaded data.

One rule set finds sentences: `sentence_spans(text, language)` gives their (start, end)
offsets, and the other shapes are views of it: `split_into_sentences` (and `OfflineTokenizer`,
which the summarizers read) gives the strings of one paragraph, `last_sentence` the words that
lead into a quote. Every rule reads the one abbreviation table (`summarizer.text.lexicon`):
the language's row and the row every language shares; a text of unknown language (the
figures' and the quotes' callers do not pass one) reads the shared row only.

The rules: a sentence ends at a line break (unless a single one runs on in lower case, a line
wrapped inside a sentence); at a run of ".", "!", "?" or "…" (with closing quotes or brackets)
followed by a space and anything but a lower-case letter; and right after "。", "！" or "？".
A single "." does not end one where the abbreviation table holds it back (a title, an initial,
"Oct. 12", a list marker or an ordinal: `tokenize_holds`), nor does a mark where the sentence
runs on past it (a quoted "?" before a cue, a dash and a lower-case word, a quotation wrapped
in narration: `tokenize_runs_on`). A run of over MAX_SENTENCE_CHARS without any of these is cut
by length (`tokenize_length`). Accuracy and speed against pysbd, syntok and simplemma:
docs/tokenizers.md (`python -m bench.tokenizers`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from summarizer.text.chars import char_positions
from summarizer.text.tokenize_holds import Rules, holds, rules_for
from summarizer.text.tokenize_length import CHUNK_CHARS, MAX_SENTENCE_CHARS, by_length
from summarizer.text.tokenize_lexicon import END_MARKS
from summarizer.text.tokenize_runs_on import runs_on

__all__ = [
    "CHUNK_CHARS",
    "MAX_SENTENCE_CHARS",
    "OfflineTokenizer",
    "join_sentences",
    "last_sentence",
    "sentence_spans",
    "split_into_sentences",
]

# Letters or digits, with inner apostrophes and hyphens ("don't", "well-known", "l'homme").
# Chinese and Japanese write no spaces: each ideograph or kana counts as a word of its own.
_CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_WORD_RE = re.compile(f"[{_CJK}]|[^\\W_{_CJK}]+(?:['’\\-][^\\W_{_CJK}]+)*")

_MARKS = END_MARKS  # ".!?…"
_CJK_MARKS = "。！？"
_CANDIDATES = _MARKS + _CJK_MARKS + "\n"
_CLOSERS = "\"”»’')]」』"
# A run of end marks, its closing quotes or brackets, and the spaces after them.
_JUNCTION = re.compile(rf"[{_MARKS}]+(?P<close>[{re.escape(_CLOSERS)}]*)(?P<space>\s*)")
# Chinese and Japanese characters, and the marks that end their sentences.
_CJK_RANGES = (
    ("\u3040", "\u30ff"),
    ("\u3400", "\u4dbf"),
    ("\u4e00", "\u9fff"),
    ("\uf900", "\ufaff"),
)
_WIDE_ENDS = _CJK_MARKS + "」』）"
_CJK_JUNCTION = re.compile(rf"[{_CJK_MARKS}]+[{re.escape(_CLOSERS)}]*")
_LINE_BREAK = re.compile(r"\n\s*")
_MARKER = re.compile(r"(?:\d{1,2}[.)]|[-•*])\s+")
_MARKER_FIRST = frozenset("-•*")


def _ends(text: str, rules: Rules) -> list[tuple[int, int]]:
    """(end of a sentence, start of what follows) for every boundary in `text`, in order.

    Only the end marks and line breaks are looked at (str.find hops between them in C); a run
    of marks is read once, from its first mark (from each of n marks it would cost n²).
    """
    ends = []
    start = 0
    done = 0
    size = len(text)
    for pos in char_positions(text, _CANDIDATES):
        if pos < done:
            continue
        char = text[pos]
        if char == "\n":
            line = _LINE_BREAK.match(text, pos)
            after = line.end()  # type: ignore[union-attr]
            done = after
            if line.group().count("\n") == 1 and text[after : after + 1].islower():
                continue  # a line wrapped inside a sentence ("Hot New Hip Hop\nsaid:")
            ends.append((pos, after))
            start = after
            continue
        if char in _CJK_MARKS:
            end = _CJK_JUNCTION.match(text, pos).end()  # type: ignore[union-attr]
            ends.append((end, end))
            start = done = end
            continue
        m = _JUNCTION.match(text, pos)
        assert m is not None  # `pos` is a mark
        done = m.start("close")
        after = m.end()
        space = m.group("space")
        if not space or after >= size:
            continue
        if text[after].islower() and space.count("\n") < 2:
            continue
        if (
            "\n" not in space
            and done - pos == 1
            and char == "."
            and holds(text, start, pos, after, rules)
        ):
            continue
        if "\n" not in space and runs_on(text, start, pos, done, m, after):
            continue
        ends.append((m.end("close"), after))
        start = done = after
    return ends


def _bounds(text: str, language: str | None) -> list[tuple[int, int]]:
    """(start, end) of every sentence, without the spaces around it."""
    bounds = []
    start = 0
    for end, after in [*_ends(text, rules_for(language)), (len(text), len(text))]:
        while end > start and text[end - 1].isspace():
            end -= 1
        while start < end and text[start].isspace():
            start += 1
        if end - start > MAX_SENTENCE_CHARS:
            bounds.extend(by_length(text, start, end))
        elif start < end:
            bounds.append((start, end))
        start = after
    return bounds


def sentence_spans(text: str, language: str | None = None) -> list[tuple[int, int]]:
    """Sentence (start, end) offsets in a whole text, past a list marker ("3. ", "- "); a text
    with no sentence gives one span, its whole length.

    Offsets, not strings: the figures cut a context phrase from the sentence a figure is in,
    and a list marker is no part of that phrase.
    """
    spans = [(_skip_marker(text, s, e), e) for s, e in _bounds(text, language)]
    return spans or [(0, len(text))]


def _skip_marker(text: str, start: int, end: int) -> int:
    """Start of a sentence past a list marker ("3. A tax ...")."""
    first = text[start]  # cheap test: most sentences start with a letter
    if not (first.isdigit() or first in _MARKER_FIRST):
        return start
    m = _MARKER.match(text, start, end)
    return m.end() if m else start


def split_into_sentences(paragraph: str, language: str = "en") -> list[str]:
    """The sentences of one paragraph as strings, by the language's rules: every character
    but the spaces between them, a list marker included (the reader sees the text as written)."""
    return [paragraph[s:e] for s, e in _bounds(paragraph, language)]


def last_sentence(text: str) -> str:
    """The last sentence of `text`, for the words that lead into a quote (any language).

    Abbreviation dots the quote patterns read must be masked first
    (`summarizer.quotes.masking.mask`); a masked dot is no mark.
    """
    ends = _ends(text, rules_for(None))
    return text[ends[-1][1] :].lstrip() if ends else text


def join_sentences(sentences: Iterable[str]) -> str:
    """Sentences as one text: a space after each, except after one that ends in Chinese or
    Japanese ("。", "」", an ideograph), which write no space between sentences."""
    out: list[str] = []
    for sentence in sentences:
        last = out[-1][-1:] if out else ""
        if last and last not in _WIDE_ENDS and not any(a <= last <= b for a, b in _CJK_RANGES):
            out.append(" ")
        out.append(sentence)
    return "".join(out)


class OfflineTokenizer:
    """Splits paragraphs into sentences and sentences into words, language-aware, offline."""

    def __init__(self, language: str = "en") -> None:
        self._language = language

    @property
    def language(self) -> str:
        return self._language

    def to_sentences(self, paragraph: str) -> tuple[str, ...]:
        return tuple(split_into_sentences(paragraph, self._language))

    def to_words(self, sentence: str) -> tuple[str, ...]:
        return tuple(_WORD_RE.findall(sentence))
