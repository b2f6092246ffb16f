"""Shared pieces of the fast summarizers: cached stemming, term matrices, selection counts.

Stemming dominates sumy's per-word cost (NLTK Snowball is pure Python), and news repeats its
words, so every stemmer gets one bounded cache shared by all summarizer instances. For NLTK's
English stemmer, cache misses go to PyStemmer's C Snowball where it is known to give NLTK's
answer (see `_native_english`). Stemmers
that behave identically (two `Stemmer("english")` objects) share a cache.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from functools import lru_cache
from typing import Any

import numpy as np
from sumy.utils import ItemsCount

from summarizer.summary.fast.csr import CSR

_STEM_CACHE_SIZE = 1 << 17
_MAX_STEMMERS = 32
_caches: dict[Any, Callable[[str], str]] = {}

# How often a near-tie was settled by sumy's own arithmetic (read by bench.agreement).
NEAR_TIES: Counter[str] = Counter()


def _stemmer_key(stemmer: Callable[[str], str]) -> Any:
    """A key equal for stemmers that give equal answers (sumy's `Stemmer` wraps a function)."""
    inner = getattr(stemmer, "_stemmer", None)
    if inner is None or type(stemmer).__module__ != "sumy.nlp.stemmers":
        return stemmer
    owner = getattr(inner, "__self__", None)
    if owner is None:
        return inner  # a plain function such as null_stemmer or czech_stemmer
    stopwords = frozenset(getattr(owner, "stopwords", ()) or ())
    return (type(owner), inner.__func__, stopwords)


def stem_function(stemmer: Callable[[str], str]) -> Callable[[str], str]:
    """`word -> stemmer(word.lower())`, memoised per stemmer (sumy's `stem_word`, cached)."""
    key = _stemmer_key(stemmer)
    try:
        function = _caches.get(key)
    except TypeError:  # an unhashable stemmer object: stem without a cache
        return lambda word: stemmer(str(word).lower())
    if function is None:
        if len(_caches) >= _MAX_STEMMERS:
            _caches.pop(next(iter(_caches)))
        native = _native_english(key)

        if native is None:

            @lru_cache(maxsize=_STEM_CACHE_SIZE)
            def function(word: str) -> str:
                return stemmer(str(word).lower())

        else:
            c_stem, plain, apostrophes = native

            @lru_cache(maxsize=_STEM_CACHE_SIZE)
            def function(word: str) -> str:
                lowered = str(word).lower()
                mapped = lowered if lowered.isascii() else lowered.translate(apostrophes)
                if plain(mapped) and "ational" not in mapped:
                    return c_stem(mapped)
                return stemmer(lowered)

        _caches[key] = function
    return function


# NLTK's English Snowball (sumy's `Stemmer("english")`) and PyStemmer 2.2 (Snowball 2.2, C)
# give the same stem for every word of the CNN/DM + BBC vocabulary (38,941 words) once NLTK's
# curly-apostrophe mapping is applied, except where NLTK's hand-tracked R1/R2 regions drift:
# hyphenated words ending in -ated ("x-rated") and "...ational..." words ("sensationally").
# So the C stemmer takes only [a-z0-9'] words without "ational"; the rest stay with NLTK.
# Snowball 3 (PyStemmer 3.x) stems differently ("added", "evening", "biologist"): the canaries
# below must match NLTK or the C stemmer is not used at all.
_PLAIN_WORD = re.compile(r"[a-z0-9']+")
_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201b": "'"})
_CANARIES = (
    "added adding egging evening evenings biologist emergency intercity interfered internal "
    "internment generously communication arsenal dying skies news united running happily"
)


def _native_english(key: Any) -> tuple[Callable[[str], str], Any, Any] | None:
    """(C stem, plain-word test, apostrophe map) when `key` is NLTK's stock English stemmer."""
    if not isinstance(key, tuple) or key[2]:  # not sumy's NLTK wrapper, or ignores stop words
        return None
    from nltk.stem.snowball import EnglishStemmer

    if key[0] is not EnglishStemmer or key[1] is not EnglishStemmer.stem:
        return None
    return _c_english()


@lru_cache(maxsize=1)
def _c_english() -> tuple[Callable[[str], str], Any, Any] | None:
    try:
        import Stemmer  # PyStemmer
    except ImportError:
        return None
    from nltk.stem.snowball import EnglishStemmer

    native = Stemmer.Stemmer("english")
    native.maxCacheSize = 0  # our lru_cache in front of it already remembers stems
    c_stem = native.stemWord
    reference = EnglishStemmer().stem
    if any(c_stem(word) != reference(word) for word in _CANARIES.split()):
        return None
    return c_stem, _PLAIN_WORD.fullmatch, _APOSTROPHES


def clear_caches() -> None:
    """Forget cached stems (benchmarks use it to time cold runs)."""
    _caches.clear()


class CachedStemMixin:
    """Replaces sumy's `stem_word` with the shared cache; put it before the stock class."""

    _stemmer: Callable[[str], str]

    def stem_word(self, word: str) -> str:
        return stem_function(self._stemmer)(word)

    def _stem_fn(self) -> Callable[[str], str]:
        return stem_function(self._stemmer)


def content_stems(
    words: Iterable[str], stop_words: frozenset[str], stem: Callable[[str], str]
) -> list[str]:
    """Stems of the words whose lower-cased form is not a stop word (sumy's `_to_words_set`)."""
    return [stem(w) for w in words if w.lower() not in stop_words]


def term_matrix(
    rows: Sequence[Sequence[str]], terms: Iterable[str] = ()
) -> tuple[CSR, dict[str, int]]:
    """(rows x terms) count matrix (int64) and the term -> column index.

    `terms` seeds the vocabulary with columns that may have no count in any row.
    """
    vocabulary: dict[str, int] = {term: i for i, term in enumerate(dict.fromkeys(terms))}
    setdefault = vocabulary.setdefault
    ids = [[setdefault(term, len(vocabulary)) for term in row] for row in rows]
    return CSR.from_rows(ids, len(vocabulary)), vocabulary


def log_lengths(lengths: Sequence[int]) -> np.ndarray:
    """`math.log` of each length (0 for empty), with libm's rounding exactly as sumy gets it."""
    cache: dict[int, float] = {}
    out = np.empty(len(lengths))
    for i, n in enumerate(lengths):
        value = cache.get(n)
        if value is None:
            value = cache[n] = math.log(n) if n > 0 else 0.0
        out[i] = value
    return out


def selected_count(sentences_count: Any, total: int) -> int | None:
    """How many sentences `_get_best_sentences` keeps, or None for a custom count callable."""
    if callable(sentences_count) and not isinstance(sentences_count, ItemsCount):
        return None
    count = sentences_count if callable(sentences_count) else ItemsCount(sentences_count)
    return len(count(list(range(total))))


def has_duplicates(sentences: Sequence[Any]) -> bool:
    """Equal sentences share one rating key in sumy's dicts, which changes greedy ratings."""
    return len(set(sentences)) != len(sentences)
