"""A sumy-compatible tokenizer that needs no downloaded data.

sumy's stock `Tokenizer` loads NLTK punkt models at run time and raises `LookupError` on a machine
without them. sumy's parsers and `Sentence` only call `to_sentences(paragraph)` and
`to_words(sentence)`, so this class offers exactly that.

Sentences come from simplemma's rule-based splitter (pure Python, no data files), followed by a
small repair pass of our own: simplemma keeps abbreviation lists for only a few languages, so it
cuts after titles such as "Sr." or "dott." and misses "т. д." closing a Russian sentence. The
choice is measured in docs/tokenizers.md (`python -m bench.tokenizers`): it keeps more reference
sentences intact than pysbd or syntok and is about 100 times faster than pysbd, so splitting
sentences costs a few percent of even the fastest sumy summarizer.
"""

from __future__ import annotations

import re
from functools import lru_cache

from simplemma import split_sentences
from simplemma.utils import validate_lang_input

# Letters or digits, with inner apostrophes and hyphens ("don't", "well-known", "l'homme").
# Chinese and Japanese write no spaces: each ideograph or kana counts as a word of its own.
_CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_WORD_RE = re.compile(f"[{_CJK}]|[^\\W_{_CJK}]+(?:['’\\-][^\\W_{_CJK}]+)*")

# Abbreviations that are (almost) never the last word of a sentence: titles before a name, and
# units before a currency. A piece ending in one of them is glued to the next piece. Case matters
# ("No." is a number sign, "no." ends a sentence); a listed word also matches with a capital.
_COMMON = "Dr Prof St Mr Mrs Ms Gen Col Lt Sgt Capt Gov Sen Rep Rev Jr Sr Av No Nr vs ca"
_NO_BREAK_AFTER: dict[str, str] = {
    "en": _COMMON + " Corp Inc Ltd Co Fig Mt Dept approx",
    "de": _COMMON + " bzw ca Hr Fr Mio Mrd Nr Str Tel vgl z.B u.a o.ä",
    "fr": _COMMON + " M Mme Mlle MM Me Pr Ste cf env",
    "es": _COMMON + " Sra Srta Dra Dña D Lic Ing EE UU Avda pág núm Sta",
    "it": _COMMON + " sig sigg sig.ra dott dott.ssa prof.ssa ing avv on arch geom pag",
    "pt": _COMMON + " Sra Srta Dra Av pág Eng Arq",
    "ru": "г гг т тыс млн млрд руб коп им ул пр д кв стр рис см напр проф акад",
    "uk": "г гг т тис млн млрд грн ім вул пр д кв стр рис див напр проф",
}
# Russian/Ukrainian sentence-final abbreviations that simplemma leaves inside a sentence.
_FINAL_ABBREV = re.compile(r"(\b(?:т\. ?д|т\. ?п|и др)\.)\s+(?=[«\"„]?[А-ЯЁІЇЄҐ])")
_ABBREV_TAIL = re.compile(r"(?:^|[\s(\"«„“])([^\W\d_]+(?:\.[^\W\d_]+)*)\.$")
_INITIAL_TAIL = re.compile(r"(?:^|\s)[^\W\d_]\.$")
_CJK_STOP = re.compile(r"(?<=[。！？])\s*")


@lru_cache(maxsize=64)
def _language_arg(language: str) -> str | None:
    """simplemma's language code, or None (generic rules) when it does not know the language."""
    try:
        validate_lang_input(language)
    except (ValueError, TypeError):
        return None
    return language


@lru_cache(maxsize=64)
def _no_break_after(language: str) -> frozenset[str]:
    return frozenset(_NO_BREAK_AFTER.get(language, _COMMON).split())


def _glued(piece: str, abbreviations: frozenset[str]) -> bool:
    """True when `piece` ends in an abbreviation or an initial, so the cut after it was wrong."""
    # Both tail patterns lie inside the last word (they hold no space), so they are matched
    # against " " + that word: the same answer as searching the whole piece, whose every
    # position the regex engine would otherwise try (two thirds of the splitting time).
    tail = " " + piece.rsplit(None, 1)[-1]
    if _INITIAL_TAIL.search(tail) and piece.count(" ") >= 1:
        # "Prof. J." — a lone capital before the next piece is an initial, not an ending.
        return piece[-2].isupper()
    match = _ABBREV_TAIL.search(tail)
    if not match:
        return False
    word = match.group(1)
    return word in abbreviations or word[0].lower() + word[1:] in abbreviations


def split_into_sentences(paragraph: str, language: str = "en") -> list[str]:
    """Split one paragraph into sentences with language-aware rules."""
    pieces = [p.strip() for p in split_sentences(paragraph, lang=_language_arg(language))]
    abbreviations = _no_break_after(language)
    merged: list[str] = []
    for piece in pieces:
        if not piece:
            continue
        if merged and _glued(merged[-1], abbreviations):
            merged[-1] = f"{merged[-1]} {piece}"
        else:
            merged.append(piece)
    if language in ("ru", "uk", "be"):
        merged = [part for s in merged for part in _FINAL_ABBREV.sub("\\1\n", s).split("\n")]
    if language in ("zh", "ja", "ko"):
        merged = [part for s in merged for part in _CJK_STOP.split(s) if part]
    return merged


class OfflineTokenizer:
    """Splits paragraphs into sentences and sentences into words, language-aware, offline."""

    def __init__(self, language: str = "en") -> None:
        self._language = language

    @property
    def language(self) -> str:
        return self._language

    def to_sentences(self, paragraph: str) -> tuple[str, ...]:
        return tuple(split_into_sentences(paragraph, self._language))

    def to_words(self, sentence: str) -> tuple[str, ...]:
        return tuple(_WORD_RE.findall(sentence))
