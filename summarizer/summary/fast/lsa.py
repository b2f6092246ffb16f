"""LSA without the SVD in the common case.

sumy keeps every singular value (REDUCTION_RATIO = 1, MIN_DIMENSIONS = 3), so a sentence's rank
sqrt(sum_i sigma_i^2 v_ij^2) is exactly the Euclidean norm of its column in the smoothed tf
matrix (M^T M = V^T S^2 V). Those norms are cheap. Many sentences tie in exact arithmetic
(same number of distinct words, each used once), and sumy then separates them by SVD rounding
noise; when such a tie straddles the cut, we run sumy's SVD on the identical matrix (built in
the same row order) so the same sentence wins.
"""

from __future__ import annotations

from typing import Any
from warnings import warn

import numpy as np
from sumy.models.dom import Sentence
from sumy.summarizers.lsa import LsaSummarizer

from summarizer.summary.fast import NEAR_TIES
from summarizer.summary.fast._common import CachedStemMixin, LastRatings, selected_count

_TIE = 1e-8  # relative gap under which the cut is decided by sumy's exact SVD path


class FastLsaSummarizer(LastRatings, CachedStemMixin, LsaSummarizer):
    """sumy's LSA: identical ranks; an SVD only when a near-tie decides the selection."""

    def __call__(self, document: Any, sentences_count: Any) -> tuple[Sentence, ...]:
        self._ensure_dependecies_installed()
        dictionary = self._create_dictionary(document)
        if not dictionary:
            return ()
        matrix = self._compute_term_frequency(self._create_matrix(document, dictionary))
        ranks = np.sqrt(np.square(matrix).sum(axis=0))
        k = selected_count(sentences_count, len(ranks))
        if not self._keeps_all_dimensions(matrix):  # column norms equal sumy's ranks only then
            ranks = self._svd_ranks(matrix)
        elif k is None or (0 < k < len(ranks) and _tie_at_cut(ranks, k)):
            NEAR_TIES["lsa: svd"] += 1
            ranks = self._svd_ranks(matrix)
        values = ranks.tolist()
        self._keep(document, dict(zip(document.sentences, values, strict=True)))
        position = iter(values)
        return self._get_best_sentences(
            document.sentences, sentences_count, lambda _s: next(position)
        )

    def rate_sentences(self, document: Any) -> dict[Sentence, float]:
        """The ranks the last selection from `document` used (sumy's SVD values when a
        near-tie sat at its cut), else exact-arithmetic ranks (column norms); equal sentences
        share one key."""
        kept = self._kept(document)
        if kept is not None:
            return kept
        dictionary = self._create_dictionary(document)
        if not dictionary:
            return {}
        matrix = self._compute_term_frequency(self._create_matrix(document, dictionary))
        if self._keeps_all_dimensions(matrix):
            ranks = np.sqrt(np.square(matrix).sum(axis=0))
        else:
            ranks = self._svd_ranks(matrix)
        return dict(zip(document.sentences, ranks.tolist(), strict=True))

    def _create_dictionary(self, document: Any) -> dict[str, int]:
        # Same generator order as sumy, hence the same frozenset iteration (row) order.
        stem, stop = self._stem_fn(), self._stop_words
        unique = frozenset(stem(w) for w in document.words if w.lower() not in stop)
        return {w: i for i, w in enumerate(unique)}

    def _create_matrix(self, document: Any, dictionary: dict[str, int]) -> np.ndarray:
        sentences = document.sentences
        if len(dictionary) < len(sentences):
            warn(
                f"Number of words ({len(dictionary)}) is lower than number of sentences "
                f"({len(sentences)}). LSA algorithm may not work properly.",
                stacklevel=2,
            )
        stem = self._stem_fn()
        rows: list[int] = []
        cols: list[int] = []
        for col, sentence in enumerate(sentences):
            for word in sentence.words:
                row = dictionary.get(stem(word))
                if row is not None:  # sumy counts any word whose stem is in the dictionary
                    rows.append(row)
                    cols.append(col)
        matrix = np.zeros((len(dictionary), len(sentences)))
        np.add.at(matrix, (np.array(rows, dtype=np.intp), np.array(cols, dtype=np.intp)), 1.0)
        return matrix

    def _compute_term_frequency(self, matrix: np.ndarray, smooth: float = 0.4) -> np.ndarray:
        assert 0.0 <= smooth < 1.0
        maxima = np.max(matrix, axis=0) if matrix.size else np.zeros(matrix.shape[1])
        columns = maxima != 0
        matrix[:, columns] = smooth + (1.0 - smooth) * (matrix[:, columns] / maxima[columns])
        return matrix

    def _keeps_all_dimensions(self, matrix: np.ndarray) -> bool:
        singular_values = min(matrix.shape)
        # sumy reads these from LsaSummarizer itself, not from the instance
        kept = max(
            LsaSummarizer.MIN_DIMENSIONS, int(singular_values * LsaSummarizer.REDUCTION_RATIO)
        )
        return kept >= singular_values

    def _svd_ranks(self, matrix: np.ndarray) -> np.ndarray:
        """sumy's ranks from the SVD, summed in its order (sequentially, first value first)."""
        _u, sigma, v = np.linalg.svd(matrix, full_matrices=False)
        dimensions = max(
            LsaSummarizer.MIN_DIMENSIONS, int(len(sigma) * LsaSummarizer.REDUCTION_RATIO)
        )
        powered = np.where(np.arange(len(sigma)) < dimensions, sigma**2, 0.0)
        terms = powered[:, None] * v**2
        return np.sqrt(np.cumsum(terms, axis=0)[-1])


def _tie_at_cut(ranks: np.ndarray, k: int) -> bool:
    ordered = np.sort(ranks)[::-1]
    last_in, first_out = ordered[k - 1], ordered[k]
    return bool(last_in - first_out <= _TIE * max(abs(last_in), 1e-300))
