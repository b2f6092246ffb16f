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
A single "." does not end one after a title or word the table holds back, a lone letter (an
initial, "J."), dotted initials ("J.R."), a month or state abbreviation before a number
("Oct. 12"), a one- or two-digit number opening the sentence (a list marker: "4. ") or before a
capitalised word where it may be an ordinal ("am 3. Oktober", "vom 3.-5. Mai"; not in a language
of `NO_DOT_ORDINALS`, where "aged 84. His" is two sentences; "1. FC Köln" in every language);
unless the table says the abbreviation closes a sentence ("и т. д."). The second number of a
pair ("won 2-1.", "81-44.", "2 - 1.") is a score or a count, never an ordinal. Nor does a mark
end one where the sentence runs on past it (`_runs_on`): a dash and a lower-case word ("p.m. -
will air"); after a quoted "?" or "!", a long dash, a bracket in lower case or a name and a cue
('"All the way!" Dawson shouted', words in `tokenize_lexicon`); and any mark inside a quotation
that opens after words of the sentence and closes before a lower-case one ('because "Oil pays
him. He's got to be for oil, right?" during a speech'). A run of over
MAX_SENTENCE_CHARS without any of these is cut by length
(`_by_length`). Accuracy and speed against pysbd, syntok and simplemma:
docs/tokenizers.md (`python -m bench.tokenizers`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from summarizer.text.chars import char_positions
from summarizer.text.lexicon import (
    ABBREVIATIONS,
    ANY,
    BEFORE_NUMBER,
    BEFORE_TIME_WORD,
    FINAL,
    INSIDE,
    LETTER_LABELS,
    NO_DOT_ORDINALS,
    ORDINAL_NAMES,
    TIME_WORDS,
    TITLE,
)
from summarizer.text.tokenize_lexicon import (
    CUE_VERBS,
    DASHES,
    LONG_DASHES,
    MAX_NAME_WORDS,
    MAX_QUOTE_CHARS,
    NOT_NAMES,
)

# Letters or digits, with inner apostrophes and hyphens ("don't", "well-known", "l'homme").
# Chinese and Japanese write no spaces: each ideograph or kana counts as a word of its own.
_CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_WORD_RE = re.compile(f"[{_CJK}]|[^\\W_{_CJK}]+(?:['’\\-][^\\W_{_CJK}]+)*")

_MARKS = ".!?…"
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
_OPENERS = "([\"“«„‘'"
_MAX_TOKEN = 24  # longer words are no abbreviation: their dot is never held back
_DOTTED_INITIALS = re.compile(r"[^\W\d_](?:\.[^\W\d_])+")
_CAPITALISED = re.compile(r"[^\W\d_][^\W\d_]*")
_TIME_WORDS = frozenset(TIME_WORDS.split())
_MARKER = re.compile(r"(?:\d{1,2}[.)]|[-•*])\s+")
_MARKER_FIRST = frozenset("-•*")
# A number that may be an ordinal: one or two digits, or a range of two ("vom 3.-5. Mai"). Not
# the second number of a pair ("won 2-1.", "81-44."): a score or a count, never an ordinal.
_ORDINAL = re.compile(r"\d{1,2}(?:\.[-–]\d{1,2})?")
_PAIR_BEFORE = re.compile(r"\d ?[-–:] ?\Z")  # "2 - " before the "1." of a spaced score
_ORDINAL_NAMES = frozenset(ORDINAL_NAMES.split())
# A "sentence" longer than this has no marks to split it (a transcript, a lower-cased paste, a
# list run together): it is cut by length, so that a summary can still be shorter than the text.
MAX_SENTENCE_CHARS = 1000
CHUNK_CHARS = 300
_CHUNK_BREAKS = (", ", "; ", "，", "、", " ")  # where to cut a long run, best first
# A speaker and a cue after a quoted question or exclamation ('?" Trump asked'); not one that
# leads into a quotation of its own ('?" Mr Dale replied: "...').
_NOT_NAME = "|".join(NOT_NAMES.split())
_CUE_VERB = "|".join(CUE_VERBS.split())
_CUE = re.compile(
    rf"(?!(?:{_NOT_NAME})\b)(?:[A-Z][\w'’.-]*\s+){{1,{MAX_NAME_WORDS}}}(?:{_CUE_VERB})\b"
    r"(?!\s*:|,?\s*[“\"‘])"
)
_DASH_ON = re.compile(rf"[{DASHES}]+\s*(?P<next>\S)")
_QUOTE_PAIRS = (("“", "”"), ('"', '"'))
_AFTER_WRAPPED = re.compile(r"[,;]?\s+[^\W\d_A-Z]")  # a closing mark, then the sentence goes on


@dataclass(frozen=True, slots=True)
class _Rules:
    """One language's view of the abbreviation table."""

    holds: frozenset[str]  # TITLE and INSIDE words: their dot never ends a sentence
    before_number: frozenset[str]  # hold only before a digit
    before_time_word: frozenset[str]  # hold only before a time zone, weekday or month
    final: re.Pattern[str] | None  # text that ends a sentence although a lone letter ends it
    ordinals: bool  # "3." before a capital may be an ordinal ("am 3. Mai"), not an end


@lru_cache(maxsize=64)
def _rules(language: str | None) -> _Rules:
    rows = [ABBREVIATIONS[ANY]]
    if language and language in ABBREVIATIONS:
        rows.append(ABBREVIATIONS[language])
    holds = _as_written_or_capitalised(
        w for row in rows for kind in (TITLE, INSIDE) for w in row.get(kind, "").split()
    )
    before_number = _as_written_or_capitalised(
        w for row in rows for w in row.get(BEFORE_NUMBER, "").split()
    )
    before_time_word = frozenset(w for row in rows for w in row.get(BEFORE_TIME_WORD, "").split())
    finals = [row[FINAL] for row in rows if FINAL in row]
    final = re.compile(rf"(?:^|\s)(?:{'|'.join(finals)})\Z") if finals else None
    ordinals = language not in NO_DOT_ORDINALS
    return _Rules(holds, before_number, before_time_word, final, ordinals)


def _as_written_or_capitalised(words: Iterable[str]) -> frozenset[str]:
    """The words as written, and capitalised as at a sentence start ("Sig." for "sig")."""
    return frozenset(form for w in words for form in (w, w[:1].upper() + w[1:]))


def _holds(text: str, start: int, dot: int, after: int, rules: _Rules) -> bool:
    """The single "." at `dot`, followed by a space and `text[after]`, does not end a sentence."""
    if rules.final is not None and rules.final.search(text, max(start, dot - 8), dot):
        return False
    window = text[max(start, dot - _MAX_TOKEN) : dot]
    parts = window.rsplit(None, 1)
    if not parts or (len(parts) == 1 and dot - _MAX_TOKEN > start and not window[0].isspace()):
        return False  # no word before the dot, or one too long to be an abbreviation
    word = parts[-1].lstrip(_OPENERS)
    if not word:
        return False
    if len(word) == 1 and word.isalpha():
        return not _labels(window[: len(window) - len(word)])  # an initial, not "Group C."
    if _ORDINAL.fullmatch(word):
        return _ordinal(text, start, dot - len(word), after, rules)
    word = word.rsplit("-", 1)[-1] or word  # "then-No. 1", "mid-Oct. 12": the part after "-"
    if word in rules.before_number:
        return text[after].isdigit()
    if word in rules.before_time_word:
        following = _CAPITALISED.match(text, after)
        return following is not None and following.group() in _TIME_WORDS
    return word in rules.holds or (word.isupper() and _DOTTED_INITIALS.fullmatch(word) is not None)


def _labels(before: str) -> bool:
    """Whether the word ending `before` names a thing by the letter after it ("Group", "Plan")."""
    words = before.rsplit(None, 1)
    return bool(words) and words[-1].capitalize() in LETTER_LABELS


def _ordinal(text: str, start: int, number: int, after: int, rules: _Rules) -> bool:
    """The number at `number` (one or two digits, its dot followed by `text[after]`) is a list
    marker ("4. "), or an ordinal before a capitalised word ("am 3. Mai", "1. FC Köln") where the
    language writes ordinals so; not the second number of a spaced score ("2 - 1. Fans")."""
    if not text[start:number].strip():
        return True  # a list marker ("4. "), no sentence of its own
    if _PAIR_BEFORE.search(text, max(start, number - 4), number):
        return False
    following = _CAPITALISED.match(text, after)
    if following is None:
        return False
    return following.group() in _ORDINAL_NAMES or (
        rules.ordinals and following.group()[0].isupper()
    )


def _ends(text: str, rules: _Rules) -> list[tuple[int, int]]:
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
            and _holds(text, start, pos, after, rules)
        ):
            continue
        if "\n" not in space and _runs_on(text, start, pos, done, m, after):
            continue
        ends.append((m.end("close"), after))
        start = done = after
    return ends


def _runs_on(text: str, start: int, pos: int, close: int, m: re.Match[str], after: int) -> bool:
    """The marks from `pos` to `close` (matched by `m`, the sentence begun at `start`, the next
    word at `after`) end no sentence: a quoted question or exclamation the sentence carries on after
    (a dash, a bracket in lower case, a cue: '"Liar!" (a chant) ...', '?" Trump asked'), a
    dash and a lower-case word ('p.m. - will air'), or a quotation opened inside the sentence
    that closes before more of it ('because "... money. He's got to ..." during a speech')."""
    first = text[after]
    asks = text[pos] in "?!" or (
        close - pos > 1 and ("?" in text[pos:close] or "!" in text[pos:close])
    )
    if first in DASHES:
        dash = _DASH_ON.match(text, after)
        if dash is None:
            return False
        return dash["next"].islower() or (asks and text.startswith(LONG_DASHES, after))
    if asks:
        if first in "([" and text[after + 1 : after + 2].islower():
            return True
        if m.group("close") and _CUE.match(text, after):
            return True
    return _in_wrapped_quote(text, start, pos)


def _in_wrapped_quote(text: str, start: int, pos: int) -> bool:
    """`pos` is inside a quotation that opens after words of the sentence begun at `start`
    (not after a colon) and closes, in the same paragraph, before a lower-case word: the
    narration wraps it, so its inner marks end no sentence."""
    if text.find("“", start, pos) < 0 and text.find('"', start, pos) < 0:
        return False  # the common case: no quotation mark in the sentence so far
    for opening, closing in _QUOTE_PAIRS:
        at = text.rfind(opening, start, pos)
        if at < 0:
            continue
        if opening == closing:
            if text.count(opening, start, pos) % 2 == 0:
                continue  # every straight mark before `pos` is paired
        elif text.find(closing, at, pos) >= 0:
            continue
        before = text[start:at].rstrip()
        if not before or before[-1] in ":" + _MARKS:
            return False  # the quotation opens the sentence or follows a colon
        end = text.find(closing, pos + 1, pos + MAX_QUOTE_CHARS)
        if end < 0 or "\n" in text[pos:end]:
            return False
        return _AFTER_WRAPPED.match(text, end + 1) is not None
    return False


def _bounds(text: str, language: str | None) -> list[tuple[int, int]]:
    """(start, end) of every sentence, without the spaces around it."""
    bounds = []
    start = 0
    for end, after in [*_ends(text, _rules(language)), (len(text), len(text))]:
        while end > start and text[end - 1].isspace():
            end -= 1
        while start < end and text[start].isspace():
            start += 1
        if end - start > MAX_SENTENCE_CHARS:
            bounds.extend(_by_length(text, start, end))
        elif start < end:
            bounds.append((start, end))
        start = after
    return bounds


def _by_length(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A run with no sentence mark longer than any punctuated sentence (a transcript, a
    lower-cased paste) cut into pieces of about CHUNK_CHARS: after a comma where the second
    half of a piece has one, else at a space; a run with neither is left whole."""
    pieces = []
    while end - start > CHUNK_CHARS:
        cut = _cut(text, start + CHUNK_CHARS // 2, start + CHUNK_CHARS, end)
        if cut is None:
            break
        pieces.append((start, cut))
        start = cut
        while start < end and text[start].isspace():
            start += 1
    if start < end:
        pieces.append((start, end))
    return pieces


def _cut(text: str, low: int, high: int, end: int) -> int | None:
    """Where to cut a long run: at the best break in [low, high), else at the first one after."""
    for mark in _CHUNK_BREAKS:
        if (at := text.rfind(mark, low, high)) >= 0:
            return at + len(mark.rstrip())
    later = [
        at + len(mark.rstrip()) for mark in _CHUNK_BREAKS if (at := text.find(mark, high, end)) >= 0
    ]
    return min(later) if later else None


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
    ends = _ends(text, _rules(None))
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
