"""Luhn with set lookups and cached stems.

sumy's Luhn is linear in the text but looks every word up in a tuple of significant stems and
stems every word afresh; a frozenset and the shared stem cache remove both costs. The chunk
rules (gap of `max_gap_size`, rating significant^2 / length, 0 for one significant word) are
sumy's, so ratings are identical values.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from sumy.models.dom import Sentence
from sumy.summarizers.luhn import LuhnSummarizer

from summarizer.summary.fast._common import CachedStemMixin, LastRatings


class FastLuhnSummarizer(LastRatings, CachedStemMixin, LuhnSummarizer):
    """sumy's Luhn: best chunk of significant words (stems used more than once)."""

    def __call__(self, document: Any, sentences_count: Any) -> tuple[Sentence, ...]:
        ratings = self.rate_sentences(document)  # a sentence's rating depends on its text only
        return self._get_best_sentences(document.sentences, sentences_count, ratings)

    def rate_sentences(self, document: Any) -> dict[Sentence, float]:
        kept = self._kept(document)
        if kept is not None:
            return kept
        significant = frozenset(self._get_significant_words(document.words))
        ratings = {s: self.rate_sentence(s, significant) for s in document.sentences}
        return self._keep(document, ratings)

    def _get_significant_words(self, words: Any) -> tuple[str, ...]:
        stem, stop = self._stem_fn(), self._stop_words
        stems = [stem(w) for w in words if w.lower() not in stop]
        terms = Counter(s.lower() for s in stems)  # sumy's TfDocumentModel lower-cases terms
        best = int(len(stems) * self.significant_percentage)
        if best == 0 or best >= len(terms):  # every term is kept: no need to rank them
            return tuple(t for t, count in terms.items() if count > 1)
        ordered = [t for t, _ in sorted(terms.items(), key=lambda item: -item[1])][:best]
        return tuple(t for t in ordered if terms[t] > 1)

    def _get_chunk_ratings(self, sentence: Sentence, significant_stems: Any) -> tuple[Any, ...]:
        if not isinstance(significant_stems, frozenset):
            significant_stems = frozenset(significant_stems)
        flags = list(map(significant_stems.__contains__, map(self._stem_fn(), sentence.words)))
        return _chunks(flags, self.max_gap_size)


def _chunks(flags: list[bool], gap: int) -> tuple[Any, ...]:
    """sumy's chunking: a chunk opens at a significant word and closes after `gap` others."""
    if sum(flags) < 2:  # every chunk holds at most one significant word: all rate 0
        return (0,) if any(flags) else ()
    ratings: list[Any] = []
    significant = words = trailing = 0
    in_chunk = False
    for hit in flags:
        if hit and not in_chunk:
            in_chunk = True
            significant, words, trailing = 1, 1, 0
            ratings.append(0)
        elif in_chunk:
            words += 1
            if hit:
                significant += 1
                trailing = 0
            else:
                trailing += 1
        if in_chunk:
            ratings[-1] = _chunk_rating(significant, words - trailing)
            if gap > 0 and trailing >= gap:  # sumy: the chunk's last `gap` flags are zero
                in_chunk = False
    return tuple(ratings)


def _chunk_rating(significant: int, length: int) -> float:
    return 0 if significant == 1 else significant**2 / length
