"""sumy's summarizers at numpy speed, selecting the same sentences.

Each class subclasses the stock sumy class (same constructor, `stop_words`, thresholds and word
lists) and adds `rate_sentences(document) -> dict[Sentence, float]`. `FAST_SUMMARIZERS` maps
algorithm names to classes and imports a module only when its class is first asked for.
Agreement with stock sumy and timings: docs/performance.md (`python -m bench.agreement`,
`python -m bench.speed`).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from importlib import import_module

from sumy.summarizers._summarizer import AbstractSummarizer

_LOCATIONS: dict[str, tuple[str, str]] = {
    "lexrank": ("graph", "FastLexRankSummarizer"),
    "textrank": ("graph", "FastTextRankSummarizer"),
    "reduction": ("graph", "FastReductionSummarizer"),
    "lsa": ("lsa", "FastLsaSummarizer"),
    "luhn": ("luhn", "FastLuhnSummarizer"),
    "edmundson": ("edmundson", "FastEdmundsonSummarizer"),
    "kl": ("greedy", "FastKLSummarizer"),
    "sumbasic": ("greedy", "FastSumBasicSummarizer"),
}


class _LazyClasses(Mapping[str, type[AbstractSummarizer]]):
    """name -> class, importing the defining module on first access."""

    def __getitem__(self, name: str) -> type[AbstractSummarizer]:
        module, attribute = _LOCATIONS[name]
        return getattr(import_module(f"{__name__}.{module}"), attribute)

    def __iter__(self) -> Iterator[str]:
        return iter(_LOCATIONS)

    def __len__(self) -> int:
        return len(_LOCATIONS)


FAST_SUMMARIZERS: Mapping[str, type[AbstractSummarizer]] = _LazyClasses()


def __getattr__(name: str) -> type[AbstractSummarizer]:
    """`from summarizer.summary.fast import FastLexRankSummarizer` works without eager imports."""
    for module, attribute in _LOCATIONS.values():
        if attribute == name:
            return getattr(import_module(f"{__name__}.{module}"), attribute)
    raise AttributeError(name)


__all__ = ["FAST_SUMMARIZERS"]
