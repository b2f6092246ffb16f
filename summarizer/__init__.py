"""gistbot's summarizing library: article text in, summary, key quotes and key figures out.

Pure and Telegram-free: `make_gist(text_or_article, options)` is the one call most callers need.
"""

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
]
