"""gistbot's summarizing library: article text in, summary, key quotes and key figures out.

Pure and Telegram-free: `make_gist(text_or_article, options)` is the one call most callers need.
The stages live in packages by what they read: `web` (fetch, extract, feeds), `text` (cleanup,
sentences, language), `summary` (sentence ranking), `quotes` and `figures`. The functions below
are imported on first use, so `import summarizer` stays cheap for the process pool's workers.
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

from summarizer.errors import GistError
from summarizer.models import (
    Article,
    Figure,
    Gist,
    GistOptions,
    Quote,
    ScoredSentence,
    Summary,
    SummaryOptions,
)

_LAZY = {
    "make_gist": "summarizer.pipeline",
    "key_quotes": "summarizer.quotes.rank",
    "key_figures": "summarizer.figures.judge",
    "fetch_article": "summarizer.web.fetch",
    "extract_article": "summarizer.web.extract",
}

__all__ = [
    "Article",
    "Figure",
    "Gist",
    "GistError",
    "GistOptions",
    "Quote",
    "ScoredSentence",
    "Summary",
    "SummaryOptions",
    "extract_article",
    "fetch_article",
    "key_figures",
    "key_quotes",
    "make_gist",
]


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        return getattr(import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'summarizer' has no attribute {name!r}")
