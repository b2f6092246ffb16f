"""Sentence boundaries for every stage, and words, with no downloaded data.

All sentence splitting lives here and reads one abbreviation table (`summarizer.text.lexicon`).
Three stages need three shapes: `split_into_sentences` (and `OfflineTokenizer`, which sumy
reads) gives the summary's sentences as strings, per paragraph and language; `sentence_spans`
gives offsets in a whole text, for the figures' context phrases; `last_sentence` finds where
the lead-in of a quote starts. Each keeps the boundary rules its stage was tuned with on its
benchmark: one rule for all three changes what the summary, the figures and the quotes find.

sumy's stock `Tokenizer` loads NLTK punkt models at run time and raises `LookupError` on a machine
without them. sumy's parsers and `Sentence` only call `to_sentences(paragraph)` and
`to_words(sentence)`, so this class offers exactly that.

Sentences come from simplemma's rule-based splitter (pure Python, no data files), followed by a
small repair pass of our own: simplemma keeps abbreviation lists for only a few languages, so it
cuts after titles such as "Sr." or "dott." and misses "т. д." closing a Russian sentence. The
choice is measured in docs/tokenizers.md (`python -m bench.tokenizers`): it keeps more reference
sentences intact than pysbd or syntok and is about 100 times faster than pysbd, so splitting
sentences costs a few percent of even the fastest sumy summarizer.
"""

from __future__ import annotations

import re
from functools import lru_cache

from simplemma import split_sentences
from simplemma.utils import validate_lang_input

from summarizer.text.chars import char_positions
from summarizer.text.lexicon import (
    SENTENCE_ABBREVIATIONS,
    SENTENCE_ABBREVIATIONS_BEFORE_NUMBER,
    SENTENCE_ABBREVIATIONS_OTHER,
    SENTENCE_FINAL_CYRILLIC,
    SPAN_ABBREVIATIONS,
    UPPER,
)

# Letters or digits, with inner apostrophes and hyphens ("don't", "well-known", "l'homme").
# Chinese and Japanese write no spaces: each ideograph or kana counts as a word of its own.
_CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_WORD_RE = re.compile(f"[{_CJK}]|[^\\W_{_CJK}]+(?:['’\\-][^\\W_{_CJK}]+)*")

# Sentence-final abbreviations that simplemma leaves inside a sentence.
_FINAL_ABBREV = re.compile(rf"(\b(?:{SENTENCE_FINAL_CYRILLIC})\.)\s+(?=[«\"„]?[А-ЯЁІЇЄҐ])")
_ABBREV_TAIL = re.compile(r"(?:^|[\s(\"«„“])([^\W\d_]+(?:\.[^\W\d_]+)*)\.$")
_INITIAL_TAIL = re.compile(r"(?:^|\s)[^\W\d_]\.$")
_CJK_STOP = re.compile(r"(?<=[。！？])\s*")


@lru_cache(maxsize=64)
def _language_arg(language: str) -> str | None:
    """simplemma's language code, or None (generic rules) when it does not know the language."""
    try:
        validate_lang_input(language)
    except (ValueError, TypeError):
        return None
    return language


@lru_cache(maxsize=64)
def _no_break_after(language: str) -> frozenset[str]:
    return frozenset(SENTENCE_ABBREVIATIONS.get(language, SENTENCE_ABBREVIATIONS_OTHER).split())


@lru_cache(maxsize=64)
def _no_break_before_number(language: str) -> frozenset[str]:
    return frozenset(SENTENCE_ABBREVIATIONS_BEFORE_NUMBER.get(language, "").split())


def _glued_to_number(piece: str, following: str, abbreviations: frozenset[str]) -> bool:
    """True when `piece` ends in a month or state abbreviation and `following` starts with a
    number: a date ("Oct. 12", "Nov. 3"), not a new sentence. Elsewhere those dots may end one."""
    if not following[:1].isdigit() or not abbreviations:
        return False
    match = _ABBREV_TAIL.search(" " + piece.rsplit(None, 1)[-1])
    return bool(match) and match.group(1) in abbreviations


def _glued(piece: str, abbreviations: frozenset[str]) -> bool:
    """True when `piece` ends in an abbreviation or an initial, so the cut after it was wrong."""
    # Both tail patterns lie inside the last word (they hold no space), so they are matched
    # against " " + that word: the same answer as searching the whole piece, whose every
    # position the regex engine would otherwise try (two thirds of the splitting time).
    tail = " " + piece.rsplit(None, 1)[-1]
    if _INITIAL_TAIL.search(tail) and piece.count(" ") >= 1:
        # "Prof. J." — a lone capital before the next piece is an initial, not an ending.
        return piece[-2].isupper()
    match = _ABBREV_TAIL.search(tail)
    if not match:
        return False
    word = match.group(1)
    return word in abbreviations or word[0].lower() + word[1:] in abbreviations


def split_into_sentences(paragraph: str, language: str = "en") -> list[str]:
    """Split one paragraph into sentences with language-aware rules."""
    pieces = [p.strip() for p in split_sentences(paragraph, lang=_language_arg(language))]
    abbreviations = _no_break_after(language)
    before_number = _no_break_before_number(language)
    merged: list[str] = []
    for piece in pieces:
        if not piece:
            continue
        if merged and (
            _glued(merged[-1], abbreviations)
            or _glued_to_number(merged[-1], piece, before_number)
        ):
            merged[-1] = f"{merged[-1]} {piece}"
        else:
            merged.append(piece)
    if language in ("ru", "uk", "be"):
        merged = [part for s in merged for part in _cut_after_final_abbreviations(s)]
    if language in ("zh", "ja", "ko"):
        merged = [part for s in merged for part in _CJK_STOP.split(s) if part]
    return merged


# A boundary: end marks, closing quotes or brackets, whitespace, then a capital, an opening
# mark or a digit; or a line break. A match starts at one of the marks of its leading class:
# `_boundaries` tries it only there.
_BOUNDARY = re.compile(
    r"[.!?…\n](?:(?<=[.!?…])[.!?…]*[\"”»’')\]]*\s+(?=[\"“«(\[]?[A-ZА-ЯЁÀ-Ý0-9])|(?<=\n)\n*)"
)
_MARKS = ".!?…"
_MARK_RUN = re.compile(r"[.!?…]*")
_MAX_TOKEN = max(map(len, SPAN_ABBREVIATIONS))  # longer tokens never hold a boundary back
_MARKER = re.compile(r"\s*(?:\d{1,2}[.)]|[-•*])\s+")
_MARKER_FIRST = frozenset("-•*")
_MONTH_NEXT = re.compile(r"[A-ZÄÖÜ][a-zäöüé]+")
# The end of a sentence inside a quote's lead-in; abbreviation dots are masked before.
_SENTENCE_END = re.compile(r"[.!?][\"”’»]?\s+(?=[" + UPPER + "])")  # punctuation first: fast


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Sentence (start, end) offsets in a whole text, any language; paragraph and line breaks
    always end a sentence, and a list marker ("3. ") does not start one.

    Offsets, not strings: the figures cut a context phrase from the sentence a figure is in.
    """
    spans = []
    start = 0
    for m in _boundaries(text):
        end = m.start()
        sep = m.group()
        # The word before the mark: no "\n" lies between `start` and `end` (every "\n" starts
        # or is inside a match, and a match with one always moves `start` past it). Its test is
        # skipped when it ends in a lone mark and is longer than any token that can hold the
        # boundary back: rstrip then removes only that mark (no character lowercases to a
        # mark), and lower() never shortens a string, so the token is too long as well.
        word = text.rfind(" ", start, end) + 1 or start
        if "\n" not in sep and (end - word <= _MAX_TOKEN or text[end - 1] in _MARKS):
            token = text[word : end + 1].lower().rstrip(_MARKS)
            if token in SPAN_ABBREVIATIONS or (len(token) == 1 and token.isalpha()):
                continue
            if token.isdigit() and len(token) <= 2 and _MONTH_NEXT.match(text, m.end()):
                continue  # German "am 5. Mai"
        first = text[start : start + 1]
        if start < end and not (first.isspace() or first.isdigit() or first in _MARKER_FIRST):
            spans.append((start, end + len(sep.rstrip())))  # the usual case, told cheaply
        elif text[start:end].strip():
            spans.append((_skip_marker(text, start), end + len(sep.rstrip())))
        start = m.end()
    if text[start:].strip() or not spans:
        spans.append((_skip_marker(text, start), len(text)))
    return spans


def _boundaries(text: str) -> list[re.Match[str]]:
    """`_BOUNDARY.finditer(text)`, tried only where a match can start: at one of its marks.

    str.find hops between marks in C; the regex engine would test every character.
    A match that fails at a mark fails at every later mark of the same run ("....." must be
    followed by what the run is followed by), so the scan goes on after the run (a run of n
    marks would otherwise cost n²).
    """
    marks = char_positions(text, ".!?…\n")
    found = []
    end = 0
    for pos in marks:
        if pos < end:
            continue
        if m := _BOUNDARY.match(text, pos):
            found.append(m)
            end = m.end()
        elif text[pos] != "\n":
            end = _MARK_RUN.match(text, pos).end()
    return found


def _skip_marker(text: str, start: int) -> int:
    """Start of a sentence past a list marker ("3. A tax ...")."""
    first = text[start : start + 1]  # cheap test: most sentences start with a letter
    if not (first.isspace() or first.isdigit() or first in _MARKER_FIRST):
        return start
    m = _MARKER.match(text, start)
    return m.end() if m else start


def last_sentence(text: str) -> str:
    """The last sentence of `text`, for the words that lead into a quote: what follows the
    last full stop, "?" or "!" (maybe with a closing quote) before a space and a capital.

    Abbreviation dots must be masked first (`summarizer.quotes.attribution.mask`).
    """
    start = 0
    for m in _SENTENCE_END.finditer(text):
        start = m.end()
    return text[start:]


def _cut_after_final_abbreviations(sentence: str) -> list[str]:
    """The sentence cut after each "т. д." (or the like) that a capital follows, the spaces
    between dropped. Only there: a line break inside the sentence is not a cut (splitting on
    every "\n" left pieces with spaces around them, or empty ones)."""
    parts = []
    start = 0
    for m in _FINAL_ABBREV.finditer(sentence):
        parts.append(sentence[start : m.end(1)])
        start = m.end()
    parts.append(sentence[start:])
    return parts


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
