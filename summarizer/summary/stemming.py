"""One memoised `word -> stem` per stemmer, and English stems from C where they equal NLTK's.

Stemming dominates sumy's per-word cost (NLTK Snowball is pure Python) and news repeats its
words, so every stemmer gets one bounded cache shared by all summarizer instances; equal
stemmers (two `SumyStemmer("english")`) share it.

sumy's English stemmer is NLTK's Snowball. PyStemmer 2.2 (Snowball 2.2 in C) gives the same
stems except where NLTK tracks the R1 and R2 regions by hand and loses them: when a suffix that
is replaced (not just cut) starts before R2 does (`_regions_may_drift`). Every other word goes
to C, so a summary imports NLTK (~0.2 s and ~60 MB per process) only for such rare words
("realization", "sensationally", "x-rated") or for other languages. The rule was checked against
NLTK on every distinct word of ../shared/data (about 390,000) and on 6 million built words
(short stems times suffix chains): no word it sends to C stems differently
(`python -m bench.agreement --stems-only` re-checks the benchmark vocabulary).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from typing import Any

from summarizer.text.chars import STRAIGHT_APOSTROPHES
from summarizer.text.language import SumyStemmer

STEM_CACHE_SIZE = 1 << 17
MAX_STEMMERS = 32
ENGLISH = SumyStemmer("english")

# NLTK's stems of words where Snowball 3 (PyStemmer 3.x) differs from Snowball 2.2 and from
# NLTK: if the installed C stemmer disagrees on any, it is not used at all.
CANARIES: dict[str, str] = {
    "added": "ad",
    "adding": "ad",
    "egging": "eg",
    "evening": "even",
    "evenings": "even",
    "biologist": "biologist",
    "emergency": "emerg",
    "intercity": "interc",
    "interfered": "interf",
    "internal": "intern",
    "internment": "intern",
    "generously": "generous",
    "communication": "communic",
    "arsenal": "arsenal",
    "dying": "die",
    "skies": "sky",
    "news": "news",
    "united": "unit",
    "running": "run",
    "happily": "happili",
}

_VOWELS = frozenset("aeiouy")
_STEP1B_SUFFIXES = ("eedly", "ingly", "edly", "eed", "ing", "ed")
_E_ADDED_AFTER = ("at", "bl", "iz")
# Replaced suffixes whose R2 NLTK sets to "" when R2 starts inside them, where the true R2
# still holds their last letter: step 2's -izer and -ization (both to -ize) and step 3's
# -ational (to -ate), which follows step 2's -ally, -alism and -ality.
_DRIFTING_SUFFIXES = ("izer", "izat", "ationall", "ationalis", "ationalit")

_caches: dict[Any, Callable[[str], str]] = {}


def stem_function(stemmer: Callable[[str], str]) -> Callable[[str], str]:
    """`word -> stemmer(word.lower())`, memoised per stemmer (sumy's `stem_word`, cached)."""
    try:
        function = _caches.get(stemmer)
    except TypeError:  # an unhashable stemmer object: stem without a cache
        return lambda word: stemmer(str(word).lower())
    if function is None:
        if len(_caches) >= MAX_STEMMERS:
            _caches.pop(next(iter(_caches)))
        c_stem = english_c_stem() if stemmer == ENGLISH else None
        function = _cached(stemmer) if c_stem is None else _cached_english(stemmer, c_stem)
        _caches[stemmer] = function
    return function


def clear_caches() -> None:
    """Forget cached stems (benchmarks use it to time cold runs)."""
    _caches.clear()


def _cached(stemmer: Callable[[str], str]) -> Callable[[str], str]:
    @lru_cache(maxsize=STEM_CACHE_SIZE)
    def stem(word: str) -> str:
        return stemmer(str(word).lower())

    return stem


def _cached_english(
    stemmer: Callable[[str], str], c_stem: Callable[[str], str]
) -> Callable[[str], str]:
    @lru_cache(maxsize=STEM_CACHE_SIZE)
    def stem(word: str) -> str:
        lowered = str(word).lower()
        straight = lowered if lowered.isascii() else lowered.translate(STRAIGHT_APOSTROPHES)
        return c_stem(straight) if c_stem_agrees(straight) else stemmer(lowered)

    return stem


@lru_cache(maxsize=1)
def english_c_stem() -> Callable[[str], str] | None:
    """PyStemmer's English `stemWord`, or None when it is missing or not Snowball 2.2's."""
    try:
        import Stemmer  # PyStemmer
    except ImportError:
        return None
    native = Stemmer.Stemmer("english")
    native.maxCacheSize = 0  # our lru_cache in front of it already remembers stems
    c_stem: Callable[[str], str] = native.stemWord
    if any(c_stem(word) != stem for word, stem in CANARIES.items()):
        return None
    return c_stem


def c_stem_agrees(word: str) -> bool:
    """Whether C Snowball stems `word` (lower case, straight apostrophes) as NLTK does."""
    if word.startswith("'"):  # NLTK strips one apostrophe, and the regions move with it
        return False
    marked, r1, r2 = _regions(word)
    return not _regions_may_drift(marked, r1, r2) and not _added_e_may_drift(marked, r1, r2)


def _regions(word: str) -> tuple[str, int, int]:
    """(word with consonant y as "Y", where R1 starts, where R2 starts): Snowball's regions,
    with NLTK's exceptions for gener-, commun- and arsen-."""
    chars = list(word)
    for i, char in enumerate(chars):
        if char == "y" and (i == 0 or chars[i - 1] in _VOWELS):
            chars[i] = "Y"
    marked = "".join(chars)
    if marked.startswith(("gener", "arsen")):
        r1 = 5
    elif marked.startswith("commun"):
        r1 = 6
    else:
        r1 = _after_vowel_consonant(marked, 0)
    return marked, r1, _after_vowel_consonant(marked, r1)


def _after_vowel_consonant(word: str, start: int) -> int:
    """Where the region after the first non-vowel following a vowel at or after `start` begins
    (the word's length when there is none)."""
    for i in range(start + 1, len(word)):
        if word[i] not in _VOWELS and word[i - 1] in _VOWELS:
            return i + 1
    return len(word)


def _regions_may_drift(word: str, r1: int, r2: int) -> bool:
    """A drifting suffix inside R1 (so it is replaced) that starts before R2 does."""
    for suffix in _DRIFTING_SUFFIXES:
        start = word.find(suffix, r1)
        while start != -1:
            if start < r2:
                return True
            start = word.find(suffix, start + 1)
    return False


def _added_e_may_drift(word: str, r1: int, r2: int) -> bool:
    """Step 1b cuts -ed/-ing and adds "e" after -at, -bl or -iz; NLTK then appends "e" to R1
    always and to R2 by a rule of thumb. The stem differs when that changes step 5's choice to
    keep the final e, which it keeps after a short syllable."""
    stem = _without_step1b_suffix(_without_plural(word))
    if stem is None or not stem.endswith(_E_ADDED_AFTER):
        return False
    size = len(stem)
    nltk_r2_has_e = size + 1 > 5 or max(0, size - r1) + 1 >= 3
    return r1 > size or (nltk_r2_has_e != (r2 <= size) and _short_before_e(stem + "e"))


def _without_plural(word: str) -> str:
    """Snowball's step 0 and step 1a (possessives, plurals), as NLTK applies them."""
    for suffix in ("'s'", "'s", "'"):
        if word.endswith(suffix):
            word = word[: -len(suffix)]
            break
    if word.endswith("sses"):
        return word[:-2]
    if word.endswith(("ied", "ies")):
        return word[:-2] if len(word) > 4 else word[:-1]
    if word.endswith(("us", "ss")):
        return word
    if word.endswith("s") and any(c in _VOWELS for c in word[:-2]):
        return word[:-1]
    return word


def _without_step1b_suffix(word: str) -> str | None:
    """The word without the -ed/-ing family suffix step 1b may cut (None: no such suffix)."""
    for suffix in _STEP1B_SUFFIXES:
        if word.endswith(suffix):
            return None if suffix.startswith("ee") else word[: -len(suffix)]
    return None


def _short_before_e(word: str) -> bool:
    """NLTK's step-5 test for keeping a final e: the syllable before it is short."""
    return not (
        len(word) >= 4
        and (
            word[-2] in _VOWELS
            or word[-2] in "wxY"
            or word[-3] not in _VOWELS
            or word[-4] in _VOWELS
        )
    )
