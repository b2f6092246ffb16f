"""Shared pieces of the fast summarizers: cached stemming, term matrices, selection counts."""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Sequence
from typing import Any

import numpy as np
from sumy.utils import ItemsCount

from summarizer.summary.fast.csr import CSR
from summarizer.summary.stemming import stem_function


class CachedStemMixin:
    """Replaces sumy's `stem_word` with the shared cache; put it before the stock class."""

    _stemmer: Callable[[str], str]

    def stem_word(self, word: str) -> str:
        return stem_function(self._stemmer)(word)

    def _stem_fn(self) -> Callable[[str], str]:
        return stem_function(self._stemmer)


class LastRatings:
    """The ratings of the last document rated, kept for that document's next `rate_sentences`.

    core.summarize asks for a selection and then for the ratings behind it. Rating again would
    repeat the work, and for LSA, KL and SumBasic give other numbers: their ratings depend on
    how many sentences were asked for (sumy's SVD settles a near-tie at the cut; the greedy
    picks stop once that many are settled), so `__call__` keeps the ones it selected from.
    """

    _last: tuple[Any, dict[Any, float]] | None = None

    def _keep(self, document: Any, ratings: dict[Any, float]) -> dict[Any, float]:
        self._last = (document, ratings)
        return ratings

    def _kept(self, document: Any) -> dict[Any, float] | None:
        last = self._last
        return last[1] if last is not None and last[0] is document else None


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
