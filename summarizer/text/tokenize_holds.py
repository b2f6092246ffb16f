"""Where a single "." ends no sentence: the abbreviation table read for one language.

A dot after a title or word the table holds back (`summarizer.text.lexicon`: the language's row
and the row every language shares), a lone letter (an initial, "J."; not "Group C."), dotted
initials ("J.R."), a month or state abbreviation before a number ("Oct. 12") or a time word, a
one- or two-digit number opening the sentence (a list marker) or before a capitalised word
where it may be an ordinal ("am 3. Oktober"; not in a language of `NO_DOT_ORDINALS`). The second
number of a pair ("won 2-1.") is a score, never an ordinal. The table's FINAL row says where a
dot ends a sentence all the same ("и т. д."). The boundaries are found in
`summarizer.text.tokenize`, which asks `holds` about each single dot.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

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

_OPENERS = "([\"“«„‘'"
_MAX_TOKEN = 24  # longer words are no abbreviation: their dot is never held back
_DOTTED_INITIALS = re.compile(r"[^\W\d_](?:\.[^\W\d_])+")
_CAPITALISED = re.compile(r"[^\W\d_][^\W\d_]*")
_TIME_WORDS = frozenset(TIME_WORDS.split())
# A number that may be an ordinal: one or two digits, or a range of two ("vom 3.-5. Mai"). Not
# the second number of a pair ("won 2-1.", "81-44."): a score or a count, never an ordinal.
_ORDINAL = re.compile(r"\d{1,2}(?:\.[-–]\d{1,2})?")
_PAIR_BEFORE = re.compile(r"\d ?[-–:] ?\Z")  # "2 - " before the "1." of a spaced score
_ORDINAL_NAMES = frozenset(ORDINAL_NAMES.split())


@dataclass(frozen=True, slots=True)
class Rules:
    """One language's view of the abbreviation table."""

    holds: frozenset[str]  # TITLE and INSIDE words: their dot never ends a sentence
    before_number: frozenset[str]  # hold only before a digit
    before_time_word: frozenset[str]  # hold only before a time zone, weekday or month
    final: re.Pattern[str] | None  # text that ends a sentence although a lone letter ends it
    ordinals: bool  # "3." before a capital may be an ordinal ("am 3. Mai"), not an end


@lru_cache(maxsize=64)
def rules_for(language: str | None) -> Rules:
    """The language's row and the shared one (the shared one alone for an unknown language)."""
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
    return Rules(holds, before_number, before_time_word, final, ordinals)


def _as_written_or_capitalised(words: Iterable[str]) -> frozenset[str]:
    """The words as written, and capitalised as at a sentence start ("Sig." for "sig")."""
    return frozenset(form for w in words for form in (w, w[:1].upper() + w[1:]))


def holds(text: str, start: int, dot: int, after: int, rules: Rules) -> bool:
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


def _ordinal(text: str, start: int, number: int, after: int, rules: Rules) -> bool:
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
