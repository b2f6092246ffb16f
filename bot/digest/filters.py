"""Keyword filters for digests: parse a rule as an admin types it, and match it against an item.

A rule is one or more terms, any of which matches (`election vote` keeps items about either):
a word, a "quoted phrase" (its words in a row), or a `/regular expression/`. Words and phrases
are matched on whole words of the item's title and text, case- and accent-insensitively, after
the chat language's Snowball stemming (the summarizer's stemmer), so `election` matches
`Elections` and `cafe` matches `Café`.

Regular expressions run only on RE2, whose matching time is linear in the text (no catastrophic
backtracking on a busy bot); without it, or for a pattern RE2 cannot compile (backreferences,
lookaround) or one longer than MAX_PATTERN, the rule is refused with a FilterError saying why.
Exclude wins: an item matching any exclude rule is dropped even when an include rule matches it.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any

from summarizer.summary.stemming import stem_function
from summarizer.text.language import SUMY_LANGUAGES, normalize_code, resources

INCLUDE, EXCLUDE = "include", "exclude"
MAX_PATTERN = 200  # characters of one regular expression
MAX_RULE = 300  # characters of one rule as typed
MAX_TERMS = 20  # terms in one rule
MAX_MATCH_TEXT = 20_000  # characters of an item's text a rule looks at
RE2_MAX_MEM = 8 << 20  # bytes RE2 may use for one compiled pattern

_OPEN_QUOTES = '"“”„«»'
_CLOSE_FOR = {"“": "”", "„": "“", "«": "»"}
_WORD = re.compile(r"\w+")
_KEEP_MARKS = frozenset("йЙ")  # a letter of its own in Russian, not и with an accent


class FilterError(ValueError):
    """A rule that cannot be used; `code` names the catalog message (`digest.filter.<code>`)."""

    def __init__(self, code: str, message: str, **params: str) -> None:
        super().__init__(message)
        self.code = code
        self.params = params


@dataclass(frozen=True, slots=True)
class Term:
    """One alternative of a rule: stemmed words in a row, or a compiled RE2 pattern."""

    words: tuple[str, ...] = ()
    pattern: Any = None  # re2._Regexp


@dataclass(frozen=True, slots=True)
class Rule:
    """A stored rule, ready to match: `text` is what the admin typed."""

    number: int
    kind: str  # INCLUDE or EXCLUDE
    text: str
    feed_id: int | None  # None: the whole chat
    terms: tuple[Term, ...]


def fold(text: str) -> str:
    """Lower case without accents (é -> e, ё -> е), keeping letters that are not accents (й).
    Hot (story fingerprints fold every word of every item): ASCII needs lower case only, and
    other characters are folded once each (`_fold_char`)."""
    if text.isascii():
        return text.lower()
    return "".join(map(_fold_char, text.casefold()))


@lru_cache(maxsize=8192)
def _fold_char(char: str) -> str:
    if char in _KEEP_MARKS:
        return char
    return "".join(c for c in unicodedata.normalize("NFKD", char) if not unicodedata.combining(c))


@cache
def stemmer(language: str) -> Callable[[str], str]:
    """The summarizer's memoised stemmer for `language` (English for a language it does not
    know; lower-casing only where it has no stemmer to run)."""
    code = normalize_code(language or "en")
    return stem_function(resources(code if code in SUMY_LANGUAGES else "en").stemmer)


def stems(text: str, language: str) -> list[str]:
    """The text's words, folded and stemmed, in order."""
    stem = stemmer(language)
    return [stem(word) for word in _WORD.findall(fold(text))]


def split_terms(text: str) -> list[str]:
    """`a "b c" /d e/` -> ["a", '"b c"', "/d e/"]: quotes may be typographic (“ ”, « »)."""
    terms: list[str] = []
    i, text = 0, text.strip()
    while i < len(text):
        char = text[i]
        if char.isspace():
            i += 1
            continue
        if char in _OPEN_QUOTES or char == "/":
            close = char if char == "/" else _CLOSE_FOR.get(char, char)
            end = _closing(text, i + 1, close if char == "/" else close + '"”»“')
            if end < 0:
                code = "unclosed_pattern" if char == "/" else "unclosed_quote"
                raise FilterError(code, f"{char} is not closed.")
            terms.append(text[i : end + 1])
            i = end + 1
            continue
        end = i
        while end < len(text) and not text[end].isspace():
            end += 1
        terms.append(text[i:end])
        i = end
    return terms


def _closing(text: str, start: int, closers: str) -> int:
    """Index of the first closer at or after `start` that ends a term (space or end after it)."""
    for j in range(start, len(text)):
        if text[j] in closers and (j + 1 == len(text) or text[j + 1].isspace()):
            return j
    return -1


def compile_rule(text: str, language: str) -> tuple[Term, ...]:
    """The terms of a rule as typed; FilterError for an empty, overlong or refused one."""
    if len(text) > MAX_RULE:
        raise FilterError(
            "too_long", f"A rule is at most {MAX_RULE} characters.", max=str(MAX_RULE)
        )
    parts = split_terms(text)
    if not parts:
        raise FilterError("empty", "Give the words to filter on.")
    if len(parts) > MAX_TERMS:
        raise FilterError("too_many_terms", f"At most {MAX_TERMS} words per rule.",
                          max=str(MAX_TERMS))  # fmt: skip
    terms = []
    for part in parts:
        if len(part) >= 2 and part[0] == "/" and part[-1] == "/":
            terms.append(Term(pattern=compile_pattern(part[1:-1])))
            continue
        words = tuple(stems(part, language))
        if not words:
            raise FilterError("no_words", f"{part} has no letters or digits.", term=part)
        terms.append(Term(words=words))
    return tuple(terms)


def compile_pattern(pattern: str) -> Any:
    """An RE2 pattern (case-insensitive); FilterError when it cannot run in linear time."""
    if not pattern:
        raise FilterError("empty", "Give the words to filter on.")
    if len(pattern) > MAX_PATTERN:
        raise FilterError("pattern_too_long",
                          f"A regular expression is at most {MAX_PATTERN} characters.",
                          max=str(MAX_PATTERN))  # fmt: skip
    re2 = _re2()
    if re2 is None:
        raise FilterError("no_regex", "Regular expressions are not available on this bot.")
    options = re2.Options()
    options.case_sensitive = False
    options.max_mem = RE2_MAX_MEM
    options.log_errors = False
    try:
        return re2.compile(pattern, options)
    except Exception as exc:  # re2.error, and bad UTF-8 surrogates
        raise FilterError("bad_pattern", f"This regular expression cannot be used: {exc}",
                          error=str(exc)[:200]) from None  # fmt: skip


@cache
def _re2() -> Any:
    try:
        import re2
    except ImportError:
        return None
    return re2


def regex_available() -> bool:
    return _re2() is not None


@dataclass(frozen=True, slots=True)
class ItemText:
    """An item as filters see it: raw text for patterns, stems for words and phrases."""

    raw: str
    stems: tuple[str, ...]

    @classmethod
    def of(cls, title: str, text: str, language: str) -> ItemText:
        raw = f"{title}\n{text}"[:MAX_MATCH_TEXT]
        return cls(raw, tuple(stems(raw, language)))


def term_matches(term: Term, item: ItemText) -> bool:
    if term.pattern is not None:
        return term.pattern.search(item.raw) is not None
    words, n = term.words, len(term.words)
    if n == 1:
        return words[0] in item.stems
    first = words[0]
    return any(
        item.stems[i] == first and item.stems[i : i + n] == words
        for i in range(len(item.stems) - n + 1)
    )


def rule_matches(rule: Rule, item: ItemText) -> bool:
    return any(term_matches(term, item) for term in rule.terms)


def verdict(rules: Iterable[Rule], item: ItemText) -> Rule | None:
    """The rule that removes the item (an exclude that matches, else an include it misses),
    or None when the item stays. Exclude wins over include."""
    includes: list[Rule] = []
    for rule in rules:
        if rule.kind == EXCLUDE:
            if rule_matches(rule, item):
                return rule
        else:
            includes.append(rule)
    if includes and not any(rule_matches(rule, item) for rule in includes):
        return includes[0]
    return None


def applicable(rules: Sequence[Rule], feed_id: int) -> list[Rule]:
    """The chat's rules plus those of this feed's subscription."""
    return [r for r in rules if r.feed_id is None or r.feed_id == feed_id]
