"""KL-Sum and SumBasic: sumy's greedy loops with each pass vectorised over all sentences.

Each pass scores every remaining sentence from a sparse (sentences x words) count matrix in
O(words) numpy work instead of sumy's Python loop over every sentence and word. Candidates
within a hair of the best score are re-scored with sumy's own formula in its order of
summation, so float rounding picks the same sentence sumy picks. `__call__` stops after the
sentences it needs unless the document repeats a sentence (sumy's shared dict key then changes
earlier ratings), in which case the whole loop runs as in sumy.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import numpy as np
from sumy.models.dom import Sentence
from sumy.summarizers.kl import KLSummarizer
from sumy.summarizers.sum_basic import SumBasicSummarizer

from summarizer.summary.fast import NEAR_TIES
from summarizer.summary.fast._common import (
    CachedStemMixin,
    LastRatings,
    content_stems,
    selected_count,
    term_matrix,
)

_NEAR = 1e-9  # relative score gap within which candidates are re-scored the sumy way


class _RatingBook:
    """sumy's `ratings[best] = -len(ratings)`, kept while the greedy loop runs.

    Equal sentences share one key, and a key's rating is final only once all its copies are
    picked. Any later assignment is <= -len(ratings), so once `needed` sentence positions hold
    final ratings above that, the top `needed` are settled and the loop may stop.
    """

    def __init__(self, sentences: Sequence[Sentence], sentences_count: Any | None) -> None:
        self.sentences = sentences
        self.ratings: dict[Sentence, float] = {}
        self.copies: dict[Sentence, int] = {}
        for sentence in sentences:
            self.copies[sentence] = self.copies.get(sentence, 0) + 1
        self.left = dict(self.copies)
        self.final: list[Sentence] = []
        self.needed = (
            None if sentences_count is None else selected_count(sentences_count, len(sentences))
        )

    def add(self, index: int) -> bool:
        """Record the next pick; True when the selection can no longer change."""
        sentence = self.sentences[index]
        self.ratings[sentence] = -len(self.ratings)
        self.left[sentence] -= 1
        if self.left[sentence] == 0:
            self.final.append(sentence)
        if self.needed is None:
            return False
        floor = -len(self.ratings)
        settled = sum(self.copies[s] for s in self.final if self.ratings[s] > floor)
        return settled >= self.needed

    def result(self) -> dict[Sentence, float]:
        """Final ratings; keys with copies still unpicked rank below every settled one."""
        ratings = {s: self.ratings[s] if self.left[s] == 0 else float("-inf") for s in self.left}
        return {s: ratings[s] for s in self.sentences}


class _GreedyPicks(LastRatings):
    """Shared by the greedy pickers: `_greedy` fills a rating book; stop once N are settled.

    `rate_sentences` after a selection from the same document returns that selection's book:
    the sentences still unsettled when it stopped rate -inf.
    """

    def _greedy(self, sentences: Sequence[Sentence], book: _RatingBook) -> None:
        raise NotImplementedError

    def __call__(self, document: Any, sentences_count: Any) -> tuple[Sentence, ...]:
        sentences = document.sentences
        book = _RatingBook(sentences, sentences_count)
        self._greedy(sentences, book)
        ratings = self._keep(document, book.result())
        return self._get_best_sentences(sentences, sentences_count, ratings)

    def rate_sentences(self, document: Any) -> dict[Sentence, float]:
        kept = self._kept(document)
        if kept is not None:
            return kept
        sentences = document.sentences
        book = _RatingBook(sentences, None)
        self._greedy(sentences, book)
        return book.result()


class FastKLSummarizer(_GreedyPicks, KLSummarizer):
    """sumy's KL-Sum (no stemming; the summary counts its raw words, as in sumy)."""

    _stop_words: frozenset[str] = frozenset()

    @property
    def stop_words(self) -> frozenset[str]:
        return self._stop_words

    @stop_words.setter
    def stop_words(self, words: Any) -> None:
        self._stop_words = frozenset(words)

    def _greedy(self, sentences: Sequence[Sentence], book: _RatingBook) -> None:
        n = len(sentences)
        if n == 0:
            return
        stop = self._stop_words
        word_freq = self.compute_tf(sentences)
        words = [[w.lower() for w in s.words if w.lower() not in stop] for s in sentences]
        in_doc = [[w for w in ws if w in word_freq] for ws in words]
        counts, vocabulary = term_matrix(in_doc, word_freq)
        df = np.zeros(len(vocabulary))
        for term, column in vocabulary.items():
            df[column] = word_freq[term]
        lengths = np.array([len(ws) for ws in words], dtype=np.float64)
        entry_df = df[counts.indices]
        entry_c = counts.data.astype(np.float64)
        rows = counts.row_ids()
        own = entry_df * np.log(entry_df / entry_c)  # terms for words not yet in the summary

        summary_counts = np.zeros(len(vocabulary))
        summary_words: list[str] = []
        remaining = np.ones(n, dtype=bool)
        for _ in range(n):
            in_summary = summary_counts > 0
            cs = summary_counts[in_summary]
            df_s = df[in_summary]
            base = float(np.sum(df_s * np.log(df_s / cs)))
            mass = float(np.sum(df_s))
            entry_s = summary_counts[counts.indices]
            shared = entry_s > 0
            terms = np.where(
                shared, entry_df * np.log(np.where(shared, entry_s, 1.0) / (entry_s + entry_c)), own
            )
            row_terms = np.bincount(rows, weights=terms, minlength=n)
            row_mass = np.bincount(rows, weights=np.where(shared, 0.0, entry_df), minlength=n)
            total = lengths + len(summary_words)
            log_total = np.log(np.where(total > 0, total, 1.0))
            kls = base + row_terms + log_total * (mass + row_mass)
            kls[total == 0] = 0.0
            kls[~remaining] = np.inf
            best = self._exact_best(kls, remaining, words, summary_words, word_freq)
            remaining[best] = False
            if book.add(best):
                return
            for w in sentences[best].words:
                summary_words.append(w)
                column = vocabulary.get(w)
                if column is not None:
                    summary_counts[column] += 1

    def _exact_best(
        self,
        kls: np.ndarray,
        remaining: np.ndarray,
        words: list[list[str]],
        summary_words: list[str],
        word_freq: dict[str, float],
    ) -> int:
        low = float(kls.min())
        candidates = np.flatnonzero(remaining & (kls <= low + _NEAR * max(1.0, abs(low))))
        if len(candidates) == 1:
            return int(candidates[0])
        NEAR_TIES["kl: rescored"] += 1
        exact = [
            self._kl_divergence(self._joint_freq(words[i], summary_words), word_freq)
            for i in candidates.tolist()
        ]
        return int(candidates[exact.index(min(exact))])


class FastSumBasicSummarizer(_GreedyPicks, CachedStemMixin, SumBasicSummarizer):
    """sumy's SumBasic (average word probability; picked words' probabilities squared)."""

    def _greedy(self, sentences: Sequence[Sentence], book: _RatingBook) -> None:
        n = len(sentences)
        if n == 0:
            return
        stem: Callable[[str], str] = self._stem_fn()
        words = [content_stems(s.words, self._stop_words, stem) for s in sentences]
        counts, vocabulary = term_matrix(words)
        total = sum(len(ws) for ws in words)
        frequency = counts.column_sums().tolist()
        probability = [f / total for f in frequency]  # Python floats, like sumy's dict
        ids = [[vocabulary[w] for w in ws] for ws in words]
        lengths = np.array([len(ws) for ws in words], dtype=np.float64)
        has_words = lengths > 0
        rows, columns = counts.row_ids(), counts.indices
        data = counts.data.astype(np.float64)

        remaining = np.ones(n, dtype=bool)
        p = np.array(probability)
        for _ in range(n):
            sums = np.bincount(rows, weights=data * p[columns], minlength=n)
            averages = np.zeros(n)
            np.divide(sums, lengths, out=averages, where=has_words)
            averages[~remaining] = -np.inf
            best = _first_best(averages, remaining, ids, probability)
            remaining[best] = False
            if book.add(best):
                return
            for column in ids[best]:
                probability[column] *= probability[column]
                p[column] = probability[column]


def _first_best(
    averages: np.ndarray, remaining: np.ndarray, ids: list[list[int]], probability: list[float]
) -> int:
    """sumy keeps the first sentence with the strictly highest average (starting from -1)."""
    high = float(averages.max())
    candidates = np.flatnonzero(remaining & (averages >= high - _NEAR * max(abs(high), 1e-300)))
    if len(candidates) == 1:
        return int(candidates[0])
    NEAR_TIES["sumbasic: rescored"] += 1
    best, best_value = int(candidates[0]), -1.0
    for i in candidates.tolist():
        words = ids[i]
        value = sum([probability[w] for w in words]) / len(words) if words else 0
        if value > best_value:
            best, best_value = i, value
    return best
