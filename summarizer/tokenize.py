"""A sumy-compatible tokenizer that needs no downloaded data.

sumy's stock `Tokenizer` loads NLTK punkt models at run time and raises `LookupError` on a machine
without them. sumy's parsers and `Sentence` only call `to_sentences(paragraph)` and
`to_words(sentence)`, so this class offers exactly that, with sentence rules that ship inside the
pysbd package and a regular-expression word splitter.
"""

from __future__ import annotations

import re
from functools import lru_cache

import pysbd
from pysbd.languages import LANGUAGE_CODES

# Letters or digits, with inner apostrophes and hyphens ("don't", "well-known", "l'homme").
_WORD_RE = re.compile(r"[^\W_]+(?:['’\-][^\W_]+)*")


@lru_cache(maxsize=32)
def _segmenter(language: str) -> pysbd.Segmenter:
    code = language if language in LANGUAGE_CODES else "en"
    return pysbd.Segmenter(language=code, clean=False)


class OfflineTokenizer:
    """Splits paragraphs into sentences and sentences into words, language-aware, offline."""

    def __init__(self, language: str = "en") -> None:
        self._language = language

    @property
    def language(self) -> str:
        return self._language

    def to_sentences(self, paragraph: str) -> tuple[str, ...]:
        parts = _segmenter(self._language).segment(paragraph)
        return tuple(s.strip() for s in parts if s.strip())

    def to_words(self, sentence: str) -> tuple[str, ...]:
        return tuple(_WORD_RE.findall(sentence))
