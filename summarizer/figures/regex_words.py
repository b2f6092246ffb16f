"""Building blocks that turn the word lists into regexes: alternations of phrases and
words, lower-case compilation, and which languages' words an article is read with.

Apart from `patterns` (per-language regexes) and `fixed_patterns` (the same for every
language) because both build from these.
"""

from __future__ import annotations

import re

from summarizer.figures.lexicon import (
    NUMBER_WORDS,
)
from summarizer.figures.lexicon import QUALIFIERS as QUALIFIER_WORDS


def alt(words: str) -> str:
    """Regex alternation of space-separated phrases (underscore = space), longest first."""
    items = sorted((w.replace("_", " ") for w in words.split()), key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in items)


def optional_last(words: str) -> str:
    """ "dollars?" -> "dollars dollar": a trailing "?" makes the last letter optional."""
    return " ".join(f"{w[:-1]} {w[:-2]}" if w.endswith("?") else w for w in words.split())


def joined(by_language: dict[str, str], languages: tuple[str, ...]) -> str:
    return " ".join(by_language.get(lang, "") for lang in languages)


def any_word(words: str) -> str:
    """`(?:w1|w2|...)` of plain words, in the order given."""
    return "(?:" + "|".join(words.split()) + ")"


ALL_LANGUAGES = tuple(QUALIFIER_WORDS)  # every language with words of its own here, "en" first


def languages_of(language: str) -> tuple[str, ...]:
    """The languages whose words a `language` article is read with: its own and English; a
    language without words here gets every language's."""
    if language == "en":
        return ("en",)
    return ("en", language) if language in ALL_LANGUAGES else ALL_LANGUAGES


def number_languages(language: str) -> tuple[str, ...]:
    """Whose number words a `language` article is read with: its own and English ones ("sei",
    "once" and "due" are common words elsewhere); Russian ones, as before, also where the
    language has no words of its own here."""
    languages = languages_of(language)
    return languages if len(languages) <= len(("en", language)) else ("en", "ru")


def lower_re(pattern: str) -> re.Pattern[str]:
    """Compile for lowercased text: re.IGNORECASE makes these alternations several times slower."""
    assert not re.search(r"\\[A-Z]", pattern), "uppercase escape would change meaning"
    return re.compile(pattern.lower().replace("(?p<", "(?P<"))


NUMBER_WORD_ALT = alt(NUMBER_WORDS)  # English number words, longest first
