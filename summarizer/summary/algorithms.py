"""The algorithm registry: every summarizer gistbot offers, by name, configured for a language.

`REGISTRY` is the one table of algorithm names; the command line, the settings, the benchmarks
and the tests all read it. Each name maps to the class gistbot runs and to stock sumy's class
for the same algorithm (the benchmarks and agreement checks run both), as "module:Class"
strings resolved on first use: importing this module loads no summarizer, sumy or NLTK.
Every summarizer gets the language's stemmer and stop words; Edmundson also gets cue words
(bonus/stigma) and null words, which it refuses to run without.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from typing import Any

from summarizer.summary.lexicon import BONUS_WORDS, NO_NULL_WORDS, STIGMA_WORDS
from summarizer.text.language import resources

DEFAULT = "default"
CUE_FALLBACK_LANGUAGE = "en"  # Edmundson's cue words for a language without lists of its own


@dataclass(frozen=True, slots=True)
class Algorithm:
    """Where an algorithm's classes live, as "module:Class"."""

    ours: str  # the class gistbot runs (a numpy version of sumy's, choosing the same sentences)
    stock: str  # stock sumy's class; for `default`, which sumy does not have, ours again


REGISTRY: dict[str, Algorithm] = {
    DEFAULT: Algorithm(
        "summarizer.summary.ranking:DefaultSummarizer",
        "summarizer.summary.ranking:DefaultSummarizer",
    ),
    "lexrank": Algorithm(
        "summarizer.summary.fast.graph:FastLexRankSummarizer",
        "sumy.summarizers.lex_rank:LexRankSummarizer",
    ),
    "lsa": Algorithm(
        "summarizer.summary.fast.lsa:FastLsaSummarizer", "sumy.summarizers.lsa:LsaSummarizer"
    ),
    "textrank": Algorithm(
        "summarizer.summary.fast.graph:FastTextRankSummarizer",
        "sumy.summarizers.text_rank:TextRankSummarizer",
    ),
    "luhn": Algorithm(
        "summarizer.summary.fast.luhn:FastLuhnSummarizer", "sumy.summarizers.luhn:LuhnSummarizer"
    ),
    "edmundson": Algorithm(
        "summarizer.summary.fast.edmundson:FastEdmundsonSummarizer",
        "sumy.summarizers.edmundson:EdmundsonSummarizer",
    ),
    "kl": Algorithm(
        "summarizer.summary.fast.greedy:FastKLSummarizer", "sumy.summarizers.kl:KLSummarizer"
    ),
    "sumbasic": Algorithm(
        "summarizer.summary.fast.greedy:FastSumBasicSummarizer",
        "sumy.summarizers.sum_basic:SumBasicSummarizer",
    ),
    "reduction": Algorithm(
        "summarizer.summary.fast.graph:FastReductionSummarizer",
        "sumy.summarizers.reduction:ReductionSummarizer",
    ),
}
ALGORITHMS: tuple[str, ...] = tuple(REGISTRY)
# The algorithms sumy has too, each run both ways by the agreement checks.
SUMY_ALGORITHMS: tuple[str, ...] = tuple(name for name in REGISTRY if name != DEFAULT)


@cache
def summarizer_class(name: str, *, stock: bool = False) -> type[Any]:
    """The class registered as `name`: ours, or with `stock` sumy's own."""
    try:
        algorithm = REGISTRY[name]
    except KeyError:
        known = ", ".join(ALGORITHMS)
        raise ValueError(f"unknown algorithm {name!r} (choose one of: {known})") from None
    module_name, _, class_name = (algorithm.stock if stock else algorithm.ours).partition(":")
    return getattr(importlib.import_module(module_name), class_name)


def build_summarizer(
    name: str, language: str, *, bonus_words: Iterable[str] = (), stock: bool = False
) -> Any:
    """A ready summarizer for `language` (ISO code); `bonus_words` feed Edmundson's cue method.

    `stock` builds stock sumy's class for the algorithm, configured alike (for benchmarks).
    """
    res = resources(language)
    summarizer = summarizer_class(name, stock=stock)(res.stemmer)
    summarizer.stop_words = res.stop_words
    if name == DEFAULT:
        summarizer.language = res.code  # whose words point back (`summary.links`)
    if name == "edmundson":
        base = res.code if res.code in BONUS_WORDS else CUE_FALLBACK_LANGUAGE
        bonus = set(BONUS_WORDS[base].split()) | {w.lower() for w in bonus_words}
        summarizer.bonus_words = bonus - res.stop_words
        summarizer.stigma_words = STIGMA_WORDS[base].split()
        summarizer.null_words = res.stop_words or NO_NULL_WORDS
    return summarizer
