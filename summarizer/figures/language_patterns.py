"""Regexes for the shapes only other languages write in words: shares ("trois quarts", "ein
Viertel"), one in N ("un TGV sur trois", "jedes dritte") and round numbers as nouns ("une
vingtaine de"), each compiled per language on first use; `shapes` reads them.

Apart from `patterns` (the master pattern every language shares): an English article never
compiles these.
"""

from __future__ import annotations

import re
from functools import cache

from summarizer.figures.language_words import (
    APPROX_LEADS,
    APPROX_NUMBERS,
    APPROX_OF,
    EVERY_NTH,
    ONE_IN_JOINS,
    ONE_IN_NUMBERS,
    SHARE_COUNTS,
    SHARE_WORDS,
)
from summarizer.figures.regex_words import alt, any_word


@cache
def share_re(language: str) -> re.Pattern[str] | None:
    """ "trois quarts", "ein Viertel", "la mitad", "треть": a share in words in `language`
    (lower-case text), or None for a language without share words here."""
    words = SHARE_WORDS.get(language)
    if not words:
        return None
    counts = SHARE_COUNTS.get(language, {})
    count = rf"(?:(?P<count>{any_word(' '.join(counts))})[\s-]+)?" if counts else ""
    fractions = alt(" ".join(w.replace(" ", "_") for w in words))
    return re.compile(rf"(?<![\w-]){count}(?P<frac>{fractions})(?![\w-])")


@cache
def one_in_re(language: str) -> re.Pattern[str] | None:
    """ "un TGV sur trois", "uno su tre", "een op de drie"; "jedes dritte", "каждый третий": one
    in N in `language` (lower-case text), or None for a language without such words here."""
    shapes = []
    if language in EVERY_NTH:
        leads, stems = EVERY_NTH[language]
        nth = any_word(" ".join(stems))
        shapes.append(rf"(?:{any_word(leads)})\s+(?P<nth>{nth})\w*")
    numbers = ONE_IN_NUMBERS.get(language)
    if numbers:  # Russian has both: "каждый десятый", "один из десяти"
        number = rf"(?:{any_word(' '.join(numbers))}|\d+)"
        join = ONE_IN_JOINS[language].replace("_", r"\s+")
        shapes.append(
            rf"(?P<a>{number})\s+(?:[^\W\d][\w'’-]*\s+)?{join}\s+(?P<b>{number})(?![\w-])"
        )
    return re.compile(rf"(?<![\w-])(?:{'|'.join(shapes)})") if shapes else None


@cache
def approx_re(language: str) -> re.Pattern[str] | None:
    """ "une vingtaine de", "un migliaio di", "een tiental": a round number as a noun (lower-case
    text), or None for a language without such nouns here."""
    words = APPROX_NUMBERS.get(language)
    if not words:
        return None
    of = "|".join(
        re.escape(w) + ("" if w.endswith(("'", "’")) else r"\s+") for w in APPROX_OF.split()
    )
    return re.compile(
        rf"\b(?:{any_word(APPROX_LEADS)})\s+(?P<word>{any_word(' '.join(words))})\s*(?:{of})?"
    )
