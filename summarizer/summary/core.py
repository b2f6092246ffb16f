"""Summarize one clean Article with a sumy algorithm.

The document (`summarizer.summary.document`, which ours and sumy's summarizers read alike) is
built by hand from the article's paragraphs with the offline tokenizer: the title and short
subheads go in as headings (Edmundson and our `default` read them; no algorithm may pick them as
summary sentences). Scores are the algorithm's own ratings turned into ranks, so they mean the
same for every algorithm: 1.0 for the best sentence of the article, falling linearly to 1/n for
the worst.

Each summary sentence is shown as it reads alone (`quote_repair.with_marks`: a sentence cut from
a quotation gets the marks it lacks; one shown without the sentence before loses a connective
that only tied it to that one: `openings.drop_connective`), and a chosen sentence that points
back to the chosen one before it ("So said ...": `links`) stays with it: the word budget drops
the two together, and its score is never above that one's, so a later cut by score (the bot's
shortened reply, the digest's best sentences) takes the earlier one first.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from summarizer.errors import EmptyTextError
from summarizer.models import Article, ScoredSentence, Summary, SummaryOptions
from summarizer.summary.algorithms import DEFAULT, build_summarizer
from summarizer.summary.document import Document, Paragraph, Sentence
from summarizer.summary.embeds import without_header
from summarizer.summary.length import most_sentences, most_words, target_sentences
from summarizer.summary.links import points_back
from summarizer.summary.openings import drop_connective, said_by_pronoun
from summarizer.summary.page_kind import read_page
from summarizer.summary.page_picks import Page, Pick, kind_picks
from summarizer.summary.quote_repair import opens_with_mark, with_marks
from summarizer.summary.shouted_heads import shouted_heads
from summarizer.text.language import article_language, resources
from summarizer.text.lines import is_headline_like
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
    heads = shouted_heads(split)  # a digest's item headlines in capitals
    subheads = [head or _is_subhead(p, s) for (p, s), head in zip(split, heads, strict=True)]
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


def linked_blocks(picked: Sequence[int], texts: Sequence[str], language: str) -> list[list[int]]:
    """The chosen sentence indexes (in article order) in blocks shown or dropped together: a
    sentence that points back to the chosen sentence right before it joins that one's block."""
    blocks: list[list[int]] = []
    for i in picked:
        if blocks and blocks[-1][-1] == i - 1 and _goes_on(texts[i], language):
            blocks[-1].append(i)
        else:
            blocks.append([i])
    return blocks


def _goes_on(text: str, language: str) -> bool:
    return points_back(text, language) or said_by_pronoun(text, language)


def within_words(
    blocks: list[list[int]], scores: Sequence[float], words: Sequence[int], budget: int
) -> list[list[int]]:
    """The blocks without the lowest-scored ones that take the summary past `budget` words;
    the best one always stays."""
    kept: list[list[int]] = []
    used = 0
    for block in sorted(blocks, key=lambda b: -max(scores[i] for i in b)):
        size = sum(words[i] for i in block)
        if kept and used + size > budget:
            continue
        kept.append(block)
        used += size
    return kept


def _shown_texts(document: Document, wanted: set[int]) -> dict[int, str]:
    """The `wanted` sentences of `document` (by index) as a summary shows them: with the
    quotation marks they need to read alone (a quote left open goes on if the next paragraph
    opens with a mark). Only their paragraphs are read."""
    paragraphs = [[str(s) for s in p.sentences] for p in document.paragraphs]
    shown: dict[int, str] = {}
    start = 0
    for k, sentences in enumerate(paragraphs):
        end = start + len(sentences)
        if any(start <= i < end for i in wanted):
            after = paragraphs[k + 1] if k + 1 < len(paragraphs) else []
            runs_on = bool(after) and opens_with_mark(after[0])
            for i, text in enumerate(with_marks(sentences, runs_on=runs_on), start):
                shown[i] = text
        start = end
    return shown


def _drop_connectives(shown: dict[int, str], kept: set[int], language: str) -> None:
    """A `kept` sentence whose sentence before is not kept loses the connective that tied it
    to that one ("But the agency said ..." -> "The agency said ..."), if what is left points
    back to nothing (`openings.drop_connective`)."""
    for i in kept:
        if i - 1 in kept:
            continue
        rest = drop_connective(shown[i], language)
        if rest is not None and not _goes_on(rest, language):
            shown[i] = rest


def _kind_picks(
    article: Article,
    document: Document,
    picked: list[int],
    ratings: dict[int, float],
    words: list[int],
    count: int,
    language: str,
) -> list[Pick] | None:
    """A list's own picks (`page_kind`, `page_picks`), or None for news."""
    reading = read_page(article.paragraphs, article.title, language)
    if reading.kind == "news":
        return None
    paragraphs = document.paragraphs[1:] if article.title else document.paragraphs
    page = Page(
        paragraphs=[[(str(s), s.is_heading) for s in p.items] for p in paragraphs],
        ratings=[ratings.get(id(s), 0.0) for s in document.sentences],
        words=words,
        chosen=picked,
    )
    most = most_sentences(len(words))
    return kind_picks(reading, page, count, most, most_words(sum(words), count))


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
    ranks = _rank_scores(sentences, ratings) if ratings else {}
    scores = [ranks.get(id(s), 1.0) for s in sentences]
    words = [len(s.words) for s in sentences]
    index = {id(s): i for i, s in enumerate(sentences)}
    texts = [str(s) for s in sentences]
    picked = sorted(index[id(s)] for s in chosen)
    picks = (
        _kind_picks(article, document, picked, ratings, words, count, res.code)
        if options.algorithm == DEFAULT and not stock and ratings
        else None
    )
    if picks:
        picked = sorted(p.index for p in picks)
        count = max(count, len(picks))
        for p in picks:
            scores[p.index] = p.score
    blocks = linked_blocks(picked, texts, res.code)
    blocks = within_words(blocks, scores, words, most_words(sum(words), count))
    kept = {i for block in blocks for i in block}
    shown = _shown_texts(document, kept)
    _drop_connectives(shown, kept, res.code)
    for i in kept:
        shown[i] = without_header(shown[i])
    for p in picks or ():
        if p.prefix and p.index in shown:
            shown[p.index] = p.prefix + shown[p.index]
    pieces: list[ScoredSentence] = []
    for block in sorted(blocks):
        for k, i in enumerate(block):
            score = scores[i] if k == 0 else min(scores[i], pieces[-1].score)
            pieces.append(ScoredSentence(text=shown[i], index=i, score=round(score, 4)))
    scored = tuple(pieces)
    return Summary(
        title=article.title,
        sentences=scored,
        language=res.code,
        stemmed=res.stemmed,
        algorithm=options.algorithm,
        words_in=sum(words),
        words_out=sum(words[s.index] for s in scored),
        sentences_in=len(sentences),
    )
