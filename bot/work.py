"""The CPU half of a summary, run inside the process pool (imports no Telegram code)."""

from __future__ import annotations

import contextlib
import dataclasses
import logging

from summarizer.errors import GistError
from summarizer.models import Article, Gist, GistOptions

log = logging.getLogger(__name__)
FALLBACK_ALGORITHM = "default"


def _capped(article: Article, max_chars: int) -> Article:
    """At most `max_chars` of text, cut at a paragraph break when one is near."""
    if len(article.text) <= max_chars:
        return article
    text = article.text[:max_chars]
    cut = text.rfind("\n\n")
    if cut > max_chars // 2:
        text = text[:cut]
    return dataclasses.replace(article, text=text)


def _gist(source: Article | str, options: GistOptions) -> Gist:
    """make_gist, falling back to our default algorithm when the chosen one cannot handle the
    article (some sumy algorithms fail on a language's resources or on very short texts)."""
    from summarizer.pipeline import make_gist

    try:
        return make_gist(source, options)
    except GistError:
        raise
    except Exception:
        if options.summary.algorithm == FALLBACK_ALGORITHM:
            raise
        log.warning("algorithm %s failed; using %s", options.summary.algorithm, FALLBACK_ALGORITHM)
        summary = dataclasses.replace(options.summary, algorithm=FALLBACK_ALGORITHM)
        return make_gist(source, dataclasses.replace(options, summary=summary))


def gist_from_page(page: object, options: GistOptions, max_chars: int) -> Gist:
    """Extract the article from a fetched page and summarize it."""
    from summarizer.extract import extract_article

    return _gist(_capped(extract_article(page), max_chars), options)  # type: ignore[arg-type]


def gist_from_article(article: Article, options: GistOptions, max_chars: int) -> Gist:
    return _gist(_capped(article, max_chars), options)


def gist_from_text(text: str, options: GistOptions) -> Gist:
    return _gist(text, options)


_WARM_TEXT = (
    "The harbour opened a new pier on Monday. “It took three years,” said the harbour master. "
    "About 200 boats can now moor there, twice as many as before.\n\n"
    "The town paid 4 million crowns for the work. Fishermen welcomed the change."
)


def warm_up() -> None:
    """Pool initializer: import the heavy modules and fill the per-language caches once per
    worker, so the first users after a start do not wait for them."""
    with contextlib.suppress(Exception):  # warming is an optimisation only
        from summarizer.extract import extract_article
        from summarizer.fetch import Page

        page_html = f"<html><body><article><p>{_WARM_TEXT}</p></article></body></html>"
        page = Page("http://warm.up/", "http://warm.up/", 200, "text/html", page_html.encode())
        extract_article(page)
    with contextlib.suppress(Exception):
        _gist(_WARM_TEXT, GistOptions())
