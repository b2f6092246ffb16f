"""Small readers shared by the figure tests: one figure by its text, all figures' texts, picks."""

from __future__ import annotations

from summarizer.figures.judge import find_figures, key_figures
from summarizer.models import Article, Figure


def one(text: str, part: str, language: str = "en") -> Figure:
    """The figure whose text is `part` (fails when there is none)."""
    found = find_figures(text, language)
    hits = [f for f in found if f.text == part]
    assert hits, f"{part!r} not among {[f.text for f in found]}"
    return hits[0]


def containing(text: str, core: str, language: str = "en") -> Figure:
    """The one figure whose text holds `core` (fails when there are none or several)."""
    (figure,) = [f for f in find_figures(text, language) if core in f.text]
    return figure


def texts(text: str, language: str = "en") -> list[str]:
    return [f.text for f in find_figures(text, language)]


def picks(text: str, limit: int = 4, title: str | None = None) -> list[str]:
    return [f.text for f in key_figures(Article(text=text, title=title), "en", limit=limit)]
