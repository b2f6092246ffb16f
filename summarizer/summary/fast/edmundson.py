"""Edmundson (cue, key, title, location) with cached stems and set lookups.

sumy's Edmundson methods are already linear; their cost is stemming every word again for every
method. These subclasses share the stem cache, skip stemming when a method has no significant
words (the location method on text without headings), and use frozensets for membership.
As in sumy, the weights only switch methods on or off; ratings are added unweighted.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from sumy.models.dom import Sentence
from sumy.summarizers.edmundson import EdmundsonSummarizer
from sumy.summarizers.edmundson_cue import EdmundsonCueMethod
from sumy.summarizers.edmundson_key import EdmundsonKeyMethod
from sumy.summarizers.edmundson_location import EdmundsonLocationMethod
from sumy.summarizers.edmundson_title import EdmundsonTitleMethod

from summarizer.summary.fast._common import CachedStemMixin, LastRatings


def _count_in(sentence: Sentence, words: Any, stem: Any) -> int:
    if not words:
        return 0
    if not isinstance(words, frozenset):
        words = frozenset(words)
    return sum(stem(w) in words for w in sentence.words)


class FastEdmundsonCueMethod(CachedStemMixin, EdmundsonCueMethod):
    def _rate_sentence(self, sentence: Sentence, bonus_weight: Any, stigma_weight: Any) -> Any:
        stem = self._stem_fn()
        stems = [stem(w) for w in sentence.words]
        bonus = sum(s in self._bonus_words for s in stems)
        stigma = sum(s in self._stigma_words for s in stems)
        return bonus * bonus_weight - stigma * stigma_weight


class FastEdmundsonKeyMethod(CachedStemMixin, EdmundsonKeyMethod):
    def _rate_sentence(self, sentence: Sentence, significant_words: Any) -> int:
        return _count_in(sentence, significant_words, self._stem_fn())


class FastEdmundsonTitleMethod(CachedStemMixin, EdmundsonTitleMethod):
    def _rate_sentence(self, sentence: Sentence, significant_words: Any) -> int:
        return _count_in(sentence, significant_words, self._stem_fn())


class FastEdmundsonLocationMethod(CachedStemMixin, EdmundsonLocationMethod):
    def _rate_sentence(self, sentence: Sentence, significant_words: Any) -> int:
        return _count_in(sentence, significant_words, self._stem_fn())


class FastEdmundsonSummarizer(LastRatings, CachedStemMixin, EdmundsonSummarizer):
    """sumy's Edmundson with the same weights, word lists and method switches."""

    def __call__(self, document: Any, sentences_count: Any) -> tuple[Sentence, ...]:
        ratings = self.rate_sentences(document)
        return self._get_best_sentences(document.sentences, sentences_count, ratings)

    def rate_sentences(self, document: Any) -> dict[Sentence, float]:
        kept = self._kept(document)
        if kept is not None:
            return kept
        ratings: dict[Sentence, Any] = defaultdict(int)
        if self._cue_weight > 0.0:
            method = self._build_cue_method_instance()
            ratings = self._update_ratings(ratings, method.rate_sentences(document))
        if self._key_weight > 0.0:
            method = self._build_key_method_instance()
            ratings = self._update_ratings(ratings, method.rate_sentences(document))
        if self._title_weight > 0.0:
            method = self._build_title_method_instance()
            ratings = self._update_ratings(ratings, method.rate_sentences(document))
        if self._location_weight > 0.0:
            method = self._build_location_method_instance()
            ratings = self._update_ratings(ratings, method.rate_sentences(document))
        return self._keep(document, ratings)

    def _build_cue_method_instance(self) -> FastEdmundsonCueMethod:
        self._EdmundsonSummarizer__check_bonus_words()  # type: ignore[attr-defined]
        self._EdmundsonSummarizer__check_stigma_words()  # type: ignore[attr-defined]
        return FastEdmundsonCueMethod(self._stemmer, self._bonus_words, self._stigma_words)

    def _build_key_method_instance(self) -> FastEdmundsonKeyMethod:
        self._EdmundsonSummarizer__check_bonus_words()  # type: ignore[attr-defined]
        return FastEdmundsonKeyMethod(self._stemmer, self._bonus_words)

    def _build_title_method_instance(self) -> FastEdmundsonTitleMethod:
        self._EdmundsonSummarizer__check_null_words()  # type: ignore[attr-defined]
        return FastEdmundsonTitleMethod(self._stemmer, self._null_words)

    def _build_location_method_instance(self) -> FastEdmundsonLocationMethod:
        self._EdmundsonSummarizer__check_null_words()  # type: ignore[attr-defined]
        return FastEdmundsonLocationMethod(self._stemmer, self._null_words)
