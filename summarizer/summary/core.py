"""Summarize one clean Article with a sumy algorithm.

The document (`summarizer.summary.document`, which ours and sumy's summarizers read alike) is
built by hand from the article's paragraphs with the offline tokenizer: the title and short
subheads go in as headings (Edmundson and our `default` read them; no algorithm may pick them as
summary sentences). Scores are the algorithm's own ratings turned into ranks, so they mean the
same for every algorithm: 1.0 for the best sentence of the article, falling linearly to 1/n for
the worst.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from summarizer.errors import EmptyTextError
from summarizer.models import Article, ScoredSentence, Summary, SummaryOptions
from summarizer.summary.algorithms import build_summarizer
from summarizer.summary.document import Document, Paragraph, Sentence
from summarizer.summary.length import most_words, target_sentences
from summarizer.text.cleanup import is_headline_like
from summarizer.text.language import article_language, resources
from summarizer.text.prose import check_prose
from summarizer.text.tokenize import OfflineTokenizer

_MAX_SUBHEAD_WORDS = 12


def _is_subhead(paragraph: str, sentences: Sequence[str]) -> bool:
    return (
        len(sentences) == 1
        and len(paragraph.split()) <= _MAX_SUBHEAD_WORDS
        and is_headline_like(paragraph)
    )


def build_document(article: Article, tokenizer: OfflineTokenizer) -> Document:
    """Article -> document; the title and subheads are headings, never sentences."""
    split = [
        (p, [" ".join(s.split()) for s in tokenizer.to_sentences(p)]) for p in article.paragraphs
    ]
    subheads = [_is_subhead(p, s) for p, s in split]
    prose = not all(subheads)  # with no prose at all, the subheads are the text
    paragraphs = []
    if article.title:
        paragraphs.append(Paragraph([Sentence(article.title, tokenizer, is_heading=True)]))
    for (_, sentences), subhead in zip(split, subheads, strict=True):
        heading = prose and subhead
        paragraphs.append(
            Paragraph([Sentence(s, tokenizer, is_heading=heading) for s in sentences])
        )
    return Document(paragraphs)


def _rank_scores(sentences: Sequence[Sentence], ratings: dict[int, float]) -> dict[int, float]:
    """Ratings keyed by id(sentence) -> rank scores in (0, 1]; ties keep article order."""
    order = sorted(range(len(sentences)), key=lambda i: -ratings.get(id(sentences[i]), 0.0))
    n = len(sentences)
    return {id(sentences[i]): (n - rank) / n for rank, i in enumerate(order)}


def _select(
    summarizer: Any, document: Document, count: int
) -> tuple[Sequence[Sentence], dict[int, float]]:
    """The summarizer's `count` sentences and its ratings of every sentence, keyed by id.

    Ours keep the ratings a selection was made from, so asking for them after the selection
    costs nothing and gives the ones behind it. A stock sumy class without `rate_sentences`
    (benchmarks run those) gives no ratings: every sentence then scores 1.0.
    """
    chosen = summarizer(document, count)
    rate = getattr(summarizer, "rate_sentences", None)
    rated = rate(document) if rate is not None else {}
    return chosen, {id(s): float(rated[s]) for s in document.sentences if s in rated}


def _within_words(
    chosen: Sequence[Sentence], scores: dict[int, float], budget: int
) -> Sequence[Sentence]:
    """The chosen sentences without the lowest-scored ones that take the summary past `budget`
    words; the best one always stays."""
    by_score = sorted(chosen, key=lambda s: -scores.get(id(s), 1.0))
    kept: list[Sentence] = []
    used = 0
    for sentence in by_score:
        words = len(sentence.words)
        if kept and used + words > budget:
            continue
        kept.append(sentence)
        used += words
    return kept


def summarize(
    article: Article, options: SummaryOptions | None = None, *, stock: bool = False
) -> Summary:
    """Pick the article's key sentences; they come back in article order with scores.

    `stock` runs stock sumy's class for the algorithm instead of ours (for benchmarks).
    """
    options = options or SummaryOptions()
    check_prose(article.text)
    language = article_language(article, options.language)
    res = resources(language)
    tokenizer = OfflineTokenizer(language)
    document = build_document(article, tokenizer)
    sentences = document.sentences
    if not sentences:
        raise EmptyTextError(detail="no sentences")
    count = target_sentences(options, len(sentences))
    title_words = tokenizer.to_words(article.title) if article.title else ()
    summarizer = build_summarizer(options.algorithm, language, bonus_words=title_words, stock=stock)
    if count >= len(sentences):
        chosen, ratings = tuple(sentences), {}
    else:
        chosen, ratings = _select(summarizer, document, count)
    scores = _rank_scores(sentences, ratings) if ratings else {}
    index = {id(s): i for i, s in enumerate(sentences)}
    words_in = sum(len(s.words) for s in sentences)
    chosen = _within_words(chosen, scores, most_words(words_in, count))
    picked = sorted((index[id(s)], s) for s in chosen)
    scored = tuple(
        ScoredSentence(text=str(s), index=i, score=round(scores.get(id(s), 1.0), 4))
        for i, s in picked
    )
    return Summary(
        title=article.title,
        sentences=scored,
        language=res.code,
        stemmed=res.stemmed,
        algorithm=options.algorithm,
        words_in=words_in,
        words_out=sum(len(sentences[i].words) for i, _ in picked),
        sentences_in=len(sentences),
    )
