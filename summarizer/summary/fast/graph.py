"""LexRank, TextRank and Reduction with the sentence graph built by sparse matrix products.

sumy compares every pair of sentences in Python. Here word counts become a sparse
(sentences x stems) matrix C (summarizer.summary.fast.csr); word overlaps are C @ C.T and tf-idf dot
products are V @ V.T.
Edge weights are then computed with the same IEEE operations sumy uses (`math.log` of lengths,
one division), and the power methods are sumy's own on the same dense matrix, so rankings
match bit for bit except where sumy's cosine order of summation could land on the other side of
LexRank's threshold; such borderline pairs are re-evaluated with sumy's own formula.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from typing import Any

import numpy as np
from sumy.models.dom import Sentence
from sumy.summarizers.lex_rank import LexRankSummarizer
from sumy.summarizers.reduction import ReductionSummarizer
from sumy.summarizers.text_rank import TextRankSummarizer

from summarizer.summary.fast import NEAR_TIES
from summarizer.summary.fast._common import (
    CachedStemMixin,
    LastRatings,
    content_stems,
    log_lengths,
    term_matrix,
)

_BORDERLINE = 1e-9  # cosine values this close to the threshold are re-checked the sumy way


class _GraphWords(LastRatings, CachedStemMixin):
    _stop_words: frozenset[str]

    def _to_words_set(self, sentence: Sentence) -> list[str]:
        return content_stems(sentence.words, self._stop_words, self._stem_fn())

    def _words(self, document: Any) -> list[list[str]]:
        stem, stop = self._stem_fn(), self._stop_words
        return [content_stems(s.words, stop, stem) for s in document.sentences]


def _overlap_weights(words: Sequence[Sequence[str]], single_word_rank: bool) -> np.ndarray:
    """Dense symmetric matrix of sumy's edge weight: common words / (log|s1| + log|s2|).

    `single_word_rank` picks TextRank's rule for two one-word sentences (weight = overlap)
    over Reduction's (weight 0).
    """
    n = len(words)
    counts, _ = term_matrix(words)
    overlap = counts.gram()
    lengths = [len(w) for w in words]
    logs = log_lengths(lengths)
    norm = logs[:, None] + logs[None, :]
    weights = np.zeros((n, n))
    np.divide(overlap, norm, out=weights, where=(overlap != 0) & (norm != 0))
    if single_word_rank:
        ones = np.asarray(lengths) == 1
        both = ones[:, None] & ones[None, :] & (overlap != 0)
        weights[both] = overlap[both]
    return weights


class FastTextRankSummarizer(_GraphWords, TextRankSummarizer):
    """sumy's TextRank (same damping, epsilon, power method), graph built in numpy."""

    def rate_sentences(self, document: Any) -> dict[Sentence, float]:
        kept = self._kept(document)
        if kept is not None:
            return kept
        matrix = self._create_matrix(document)
        ranks = self.power_method(matrix, self.epsilon)
        return self._keep(document, dict(zip(document.sentences, ranks, strict=True)))

    def _create_matrix(self, document: Any) -> np.ndarray:
        words = self._words(document)
        n = len(words)
        weights = _overlap_weights(words, single_word_rank=True)
        weights /= weights.sum(axis=1)[:, np.newaxis] + self._ZERO_DIVISION_PREVENTION
        return np.full((n, n), (1.0 - self.damping) / n) + self.damping * weights


class FastReductionSummarizer(_GraphWords, ReductionSummarizer):
    """sumy's Reduction: a sentence's rating is the sum of its edge weights to all others."""

    def rate_sentences(self, document: Any) -> dict[Sentence, float]:
        kept = self._kept(document)
        if kept is not None:
            return kept
        sentences = document.sentences
        if len(sentences) < 2:
            return {s: 0.0 for s in sentences}
        weights = _overlap_weights(self._words(document), single_word_rank=False)
        np.fill_diagonal(weights, 0.0)  # sumy only pairs distinct sentences
        # cumsum adds left to right like sumy's loop over pairs (no pairwise summation)
        totals = np.cumsum(weights, axis=1)[:, -1].tolist()
        ratings: dict[Sentence, float] = {}
        groups: dict[Sentence, list[int]] = {}
        for i, sentence in enumerate(sentences):
            groups.setdefault(sentence, []).append(i)
        for sentence, members in groups.items():
            if len(members) == 1:
                ratings[sentence] = totals[members[0]]
            else:
                ratings[sentence] = _shared_rating(weights, members)
        return self._keep(document, ratings)


def _shared_rating(weights: np.ndarray, members: list[int]) -> float:
    """Equal sentences share one dict key in sumy: replay its additions in pair order."""
    n = len(weights)
    member_set = set(members)
    total = 0.0
    for i in range(n):
        for j in range(i + 1, n):
            if i in member_set or j in member_set:
                rank = float(weights[i, j])
                total += rank
                if i in member_set and j in member_set:
                    total += rank
    return total


class FastLexRankSummarizer(_GraphWords, LexRankSummarizer):
    """sumy's LexRank (tf / max tf, idf = log(N / (1 + df)), threshold, power method)."""

    def __call__(self, document: Any, sentences_count: Any) -> tuple[Sentence, ...]:
        self._ensure_dependencies_installed()
        if not document.sentences:
            return ()
        ratings = self.rate_sentences(document)
        return self._get_best_sentences(document.sentences, sentences_count, ratings)

    def rate_sentences(self, document: Any) -> dict[Sentence, float]:
        kept = self._kept(document)
        if kept is not None:
            return kept
        words = self._words(document)
        if not words:
            return {}
        matrix = self._adjacency(words)
        scores = self.power_method(matrix, self.epsilon)
        return self._keep(document, dict(zip(document.sentences, scores, strict=True)))

    def _adjacency(self, words: list[list[str]]) -> np.ndarray:
        n = len(words)
        counts, vocabulary = term_matrix(words)
        counts = counts.astype(np.float64)
        max_tf = counts.row_max()
        max_tf[max_tf == 0] = 1.0
        df = counts.document_frequency()
        idf_of = {d: math.log(n / (1 + d)) for d in set(df.tolist())}
        idf = np.array([idf_of[d] for d in df.tolist()])
        vectors = counts.divide_rows(max_tf).scale_columns(idf)  # sumy's tf / max tf, times idf
        numerator = vectors.gram()
        squares = vectors.with_data(vectors.data * vectors.data).row_sums()
        roots = np.sqrt(squares)
        denominator = roots[:, None] * roots[None, :]
        similarity = np.zeros((n, n))
        positive = (squares[:, None] > 0) & (squares[None, :] > 0)
        np.divide(numerator, denominator, out=similarity, where=positive)
        above = similarity > self.threshold
        borderline = np.argwhere(positive & (np.abs(similarity - self.threshold) < _BORDERLINE))
        if len(borderline):
            NEAR_TIES["lexrank: threshold"] += 1
            self._recheck(words, borderline, above, idf_of, df, vocabulary)
        degrees = above.sum(axis=1).astype(np.float64)
        degrees[degrees == 0] = 1.0
        return above.astype(np.float64) / degrees[:, None]

    def _recheck(
        self,
        words: list[list[str]],
        pairs: np.ndarray,
        above: np.ndarray,
        idf_of: dict[int, float],
        df: np.ndarray,
        vocabulary: dict[str, int],
    ) -> None:
        """Decide threshold-borderline pairs with sumy's own cosine (its summation order)."""
        tf: dict[int, dict[str, float]] = {}
        for i in {int(k) for k in pairs.ravel()}:
            counter = Counter(words[i])
            top = max(counter.values()) if counter else 1
            tf[i] = {t: c / top for t, c in counter.items()}
        idf = {t: idf_of[int(df[vocabulary[t]])] for i in tf for t in tf[i]}
        for i, j in pairs.tolist():
            value = self.cosine_similarity(words[i], words[j], tf[i], tf[j], idf)
            above[i, j] = value > self.threshold
