"""The whole job for one article, as one picklable call for the process pool."""

from __future__ import annotations

from dataclasses import replace

from summarizer.figures.judge import key_figures
from summarizer.models import Article, Gist, GistOptions
from summarizer.quotes.rank import key_quotes
from summarizer.summary.core import summarize
from summarizer.text.cleanup import clean_article, clean_text
from summarizer.text.language import article_language, normalize_code


def make_gist(source: Article | str, options: GistOptions | None = None) -> Gist:
    """Clean, summarize, and pick quotes and figures: CPU work, run it off the event loop.

    The language is decided here, once (the one asked for in the summary options, else the
    article's tag unless its text clearly says otherwise, else detected), and every stage reads
    that one: stemming and stop words, the quote ranking's stop words, the figures' number
    format.
    """
    options = options or GistOptions()
    article = clean_article(source) if isinstance(source, Article) else clean_text(source)
    language = article_language(article, options.summary.language)
    summary = summarize(article, replace(options.summary, language=language))
    if not article.language or normalize_code(article.language) != language:
        article = replace(article, language=language)  # the Gist tells which language was read
    quotes = (
        key_quotes(article, language, limit=options.quotes, shown=summary.text)
        if options.quotes
        else ()
    )
    figures = key_figures(article, language, limit=options.figures) if options.figures else ()
    return Gist(article=article, summary=summary, quotes=tuple(quotes), figures=tuple(figures))
