"""The concepts an item's story stems name (bot.digest.story_concept_lexicon): shared meaning
between copies of a story that share no word ("flooded" / "swamps", "prison" / "jail",
"Arbeitslosigkeit" / "werkloosheid").

Every lexicon word is folded (filters.fold) and stemmed in its own language (filters.stemmer); the
stems of all languages meet in one table, stem -> the concepts it names (a stem may name several:
"deluge" is rain and flood). German and Dutch write compounds as one word, so a stem that is not in
the table still names a concept when it ends with the stem of a German or Dutch concept word of
MIN_ENDING letters or more ("elbhochwass" ends with "hochwass"), except the stems of
story_concept_lexicon.WHOLE_WORD_ONLY, which end too many unrelated words ("zelfmoord").
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache, lru_cache

from bot.digest.filters import fold, stemmer
from bot.digest.story_concept_lexicon import CONCEPTS, WHOLE_WORD_ONLY

MIN_STEM = 4  # letters of the shortest stem kept: shorter ones mean too much across languages
MIN_ENDING = 5  # letters of the shortest German or Dutch stem that ends a compound
COMPOUND_LANGUAGES = frozenset({"de", "nl"})
_NONE: frozenset[str] = frozenset()


@cache
def _tables() -> tuple[dict[str, frozenset[str]], dict[str, frozenset[str]]]:
    """(every stem -> its concepts, German/Dutch stems of MIN_ENDING+ letters -> concepts)."""
    whole: dict[str, set[str]] = {}
    endings: dict[str, set[str]] = {}
    whole_only = {
        stemmer(language)(fold(word))
        for language, words in WHOLE_WORD_ONLY.items()
        for word in words
    }
    for concept, by_language in CONCEPTS.items():
        for language, words in by_language.items():
            stem = stemmer(language)
            for word in words:
                word_stem = stem(fold(word))
                if len(word_stem) < MIN_STEM:
                    continue
                whole.setdefault(word_stem, set()).add(concept)
                if (
                    language in COMPOUND_LANGUAGES
                    and len(word_stem) >= MIN_ENDING
                    and word_stem not in whole_only
                ):
                    endings.setdefault(word_stem, set()).add(concept)
    return (
        {stem: frozenset(concepts) for stem, concepts in whole.items()},
        {stem: frozenset(concepts) for stem, concepts in endings.items()},
    )


def concept_stems() -> dict[str, frozenset[str]]:
    """Every lexicon stem (folded, stemmed in its word's language) -> the concepts it names."""
    return _tables()[0]


@lru_cache(maxsize=65536)
def stem_concepts(stem: str) -> frozenset[str]:
    """The concepts one story stem names: its own entry, else the longest German or Dutch
    concept stem it ends with (a compound: "sturmflut" -> "flut" is too short, "waldbrand" ->
    "brand" is left out of the table, "großwaldbrand" -> "waldbrand")."""
    whole, endings = _tables()
    found = whole.get(stem)
    if found is not None:
        return found
    for start in range(1, len(stem) - MIN_ENDING + 1):
        found = endings.get(stem[start:])
        if found is not None:
            return found
    return _NONE


def concepts_of(stems: Iterable[str]) -> frozenset[str]:
    """The concepts the given story stems name together."""
    found: set[str] = set()
    for stem in stems:
        found |= stem_concepts(stem)
    return frozenset(found)
