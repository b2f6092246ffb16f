"""Every summarizer gistbot offers, by name, configured for one language.

`REGISTRY` is a plain name -> "module:Class" mapping resolved on first use, so importing this module
loads no summarizer, and a faster implementation (summarizer/summary/fast/) can replace an entry
without
touching anything else. Every summarizer gets the language's stemmer and stop words; Edmundson also
gets cue words (bonus/stigma) and null words, which it refuses to run without.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterable
from functools import cache

from sumy.summarizers._summarizer import AbstractSummarizer

from summarizer.text.language import resources

REGISTRY: dict[str, str] = {
    "default": "summarizer.summary.ranking:DefaultSummarizer",
    "lexrank": "summarizer.summary.fast.graph:FastLexRankSummarizer",
    "lsa": "summarizer.summary.fast.lsa:FastLsaSummarizer",
    "textrank": "summarizer.summary.fast.graph:FastTextRankSummarizer",
    "luhn": "summarizer.summary.fast.luhn:FastLuhnSummarizer",
    "edmundson": "summarizer.summary.fast.edmundson:FastEdmundsonSummarizer",
    "kl": "summarizer.summary.fast.greedy:FastKLSummarizer",
    "sumbasic": "summarizer.summary.fast.greedy:FastSumBasicSummarizer",
    "reduction": "summarizer.summary.fast.graph:FastReductionSummarizer",
}
# Stock sumy, for benchmarks and agreement checks: the fast classes choose the same sentences.
STOCK_REGISTRY: dict[str, str] = {
    "default": "summarizer.summary.ranking:DefaultSummarizer",
    "lexrank": "sumy.summarizers.lex_rank:LexRankSummarizer",
    "lsa": "sumy.summarizers.lsa:LsaSummarizer",
    "textrank": "sumy.summarizers.text_rank:TextRankSummarizer",
    "luhn": "sumy.summarizers.luhn:LuhnSummarizer",
    "edmundson": "sumy.summarizers.edmundson:EdmundsonSummarizer",
    "kl": "sumy.summarizers.kl:KLSummarizer",
    "sumbasic": "sumy.summarizers.sum_basic:SumBasicSummarizer",
    "reduction": "sumy.summarizers.reduction:ReductionSummarizer",
}
ALGORITHMS: tuple[str, ...] = tuple(REGISTRY)

# Edmundson's cue method: words that flag a sentence as central (bonus) or as hedging/aside
# (stigma). Short generic lists; the article's own title words are added as bonus words per call.
_BONUS: dict[str, str] = {
    "en": "important significant key main major first new record announced confirmed decided "
    "agreed result results because therefore conclusion",
    "ru": "важный главный основной ключевой первый новый рекорд объявил заявил подтвердил решил "
    "итог результат поэтому",
    "de": "wichtig wichtigste zentral haupt erste neue rekord angekündigt bestätigt beschlossen "
    "ergebnis deshalb",
    "fr": "important principal majeur clé premier nouveau record annoncé confirmé décidé "
    "résultat donc",
    "es": "importante principal clave mayor primero nuevo récord anunció confirmó decidió "
    "resultado porque",
    "it": "importante principale chiave primo nuovo record annunciato confermato deciso "
    "risultato perché",
    "pt": "importante principal chave primeiro novo recorde anunciou confirmou decidiu "
    "resultado porque",
}
_STIGMA: dict[str, str] = {
    "en": "maybe perhaps possibly reportedly allegedly hardly unclear rumour rumor meanwhile "
    "incidentally advertisement subscribe click",
    "ru": "возможно наверное якобы вероятно слухи кстати впрочем реклама подписывайтесь",
    "de": "vielleicht möglicherweise angeblich vermutlich gerücht übrigens werbung abonnieren",
    "fr": "peut-être éventuellement prétendument rumeur d'ailleurs publicité abonnez",
    "es": "quizás quizá posiblemente supuestamente rumor publicidad suscríbete",
    "it": "forse probabilmente presumibilmente voce pubblicità iscriviti",
    "pt": "talvez possivelmente supostamente boato publicidade assine",
}
# Edmundson refuses an empty null-word set; for a language without stop words this token (which
# no tokenizer produces) stands in for "ignore nothing".
_NO_NULL_WORDS = frozenset({"\x00"})


@cache
def _summarizer_class(name: str) -> type[AbstractSummarizer]:
    try:
        target = REGISTRY[name]
    except KeyError:
        known = ", ".join(ALGORITHMS)
        raise ValueError(f"unknown algorithm {name!r} (choose one of: {known})") from None
    module_name, _, class_name = target.partition(":")
    return getattr(importlib.import_module(module_name), class_name)


def build_summarizer(
    name: str, language: str, *, bonus_words: Iterable[str] = ()
) -> AbstractSummarizer:
    """A ready summarizer for `language` (ISO code); `bonus_words` feed Edmundson's cue method."""
    res = resources(language)
    summarizer = _summarizer_class(name)(res.stemmer)
    summarizer.stop_words = res.stop_words  # type: ignore[attr-defined]
    if name == "edmundson":
        base = res.code if res.code in _BONUS else "en"
        bonus = set(_BONUS[base].split()) | {w.lower() for w in bonus_words}
        summarizer.bonus_words = bonus - res.stop_words  # type: ignore[attr-defined]
        summarizer.stigma_words = _STIGMA[base].split()  # type: ignore[attr-defined]
        summarizer.null_words = res.stop_words or _NO_NULL_WORDS  # type: ignore[attr-defined]
    return summarizer
