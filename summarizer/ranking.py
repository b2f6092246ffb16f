"""gistbot's own `default` summarizer (placeholder: takes the lead sentences until tuned)."""

from __future__ import annotations

from sumy.summarizers._summarizer import AbstractSummarizer


class DefaultSummarizer(AbstractSummarizer):
    """Placeholder: rates sentences by position only."""

    stop_words: frozenset[str] = frozenset()

    def __call__(self, document, sentences_count):  # type: ignore[no-untyped-def]
        sentences = document.sentences
        rating = {s: -i for i, s in enumerate(sentences)}
        return self._get_best_sentences(sentences, sentences_count, rating)
