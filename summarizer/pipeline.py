"""The whole job for one article, as one picklable call for the process pool."""

from __future__ import annotations

from dataclasses import replace

from summarizer.figures.judge import key_figures
from summarizer.models import Article, Gist, GistOptions
from summarizer.quotes.rank import key_quotes
from summarizer.summary.core import summarize
from summarizer.text.cleanup import clean_article, clean_text


def make_gist(source: Article | str, options: GistOptions | None = None) -> Gist:
    """Clean, summarize, and pick quotes and figures: CPU work, run it off the event loop."""
    options = options or GistOptions()
    article = clean_article(source) if isinstance(source, Article) else clean_text(source)
    summary = summarize(article, options.summary)
    if not article.language:  # quotes (stop words) and figures (number format) use it too
        article = replace(article, language=summary.language)
    quotes = key_quotes(article, limit=options.quotes, shown=summary.text) if options.quotes else ()
    figures = key_figures(article, limit=options.figures) if options.figures else ()
    return Gist(article=article, summary=summary, quotes=tuple(quotes), figures=tuple(figures))
