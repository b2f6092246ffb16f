"""Reading numbers as written: digit groups in several locales, English number words, scales.

Kept apart from `summarizer.figures.judge` so the parsing rules can be tested on their own and
the figure finder stays about *where* quantities are, not how to read them.
"""

from __future__ import annotations

import re
from collections import Counter


def _set(words: str) -> frozenset[str]:
    return frozenset(words.split())


UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}  # fmt: skip
TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip
BIG = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}

# Scale words that may follow digits ("1.2 million", "48 Mio.", "3 млн"); keys are lowercase.
SCALES = {
    "thousand": 1e3, "tausend": 1e3, "k": 1e3, "тыс": 1e3, "тыс.": 1e3,
    "million": 1e6, "millions": 1e6, "mln": 1e6, "mn": 1e6, "m": 1e6, "mio": 1e6, "mio.": 1e6,
    "millionen": 1e6, "млн": 1e6, "млн.": 1e6,
    "billion": 1e9, "bn": 1e9, "b": 1e9, "milliard": 1e9, "milliards": 1e9, "milliarde": 1e9,
    "milliarden": 1e9, "mrd": 1e9, "mrd.": 1e9, "млрд": 1e9, "млрд.": 1e9,
    "trillion": 1e12, "tn": 1e12,
}  # fmt: skip

# Russian scale words decline (тысяча, миллионов, миллиарда): matched by their stems.
_RU_SCALE_STEMS = (("тысяч", 1e3), ("миллион", 1e6), ("миллиард", 1e9), ("триллион", 1e12))

FRACTIONS = {
    "half": 0.5, "third": 1 / 3, "thirds": 1 / 3, "quarter": 0.25, "quarters": 0.25,
    "fifth": 0.2, "fifths": 0.2, "tenth": 0.1, "tenths": 0.1,
}  # fmt: skip

# Languages that write 1.200,5 (dot or space groups, decimal comma).
DECIMAL_COMMA_LANGS = frozenset({"de", "fr", "ru", "es", "it", "pt", "nl", "pl", "uk", "tr"})

_GROUPED_COMMA = re.compile(r"\d{1,3}(?:,\d{3})+")
_GROUPED_DOT = re.compile(r"\d{1,3}(?:\.\d{3})+")
_SPACES = re.compile(r"[\s\u00a0\u202f]")
_WORD_SEP = re.compile(r"[\s\-]+")


def parse_digits(raw: str, language: str = "en", scaled: bool = False) -> float | None:
    """Read "1,200", "1.200" (de), "12,5" (de), "1 200" (fr); `scaled` means a scale word follows.

    A lone "1.200" is 1.2 in English and 1200 in decimal-comma languages, unless a scale word
    follows ("1.2 Mio." is never 1200 million).
    """
    s = raw if raw.isdecimal() else _SPACES.sub("", raw)  # most are plain digits: skip the regex
    comma_decimal = language in DECIMAL_COMMA_LANGS
    if "," in s and "." in s:
        if s.rfind(",") > s.rfind("."):
            s = s.replace(".", "").replace(",", ".")
        else:
            s = s.replace(",", "")
    elif "," in s:
        if _GROUPED_COMMA.fullmatch(s) and not (comma_decimal and s.count(",") == 1):
            s = s.replace(",", "")
        else:
            s = s.replace(",", ".")
    elif "." in s and (
        s.count(".") > 1 or (comma_decimal and not scaled and _GROUPED_DOT.fullmatch(s))
    ):
        s = s.replace(".", "")
    try:
        return float(s)
    except ValueError:
        return None


def parse_words(raw: str) -> float | None:
    """Read English number words: "fifteen", "two hundred and fifty", "a dozen", "three million"."""
    words = [w for w in _WORD_SEP.split(raw.lower()) if w and w != "and"]
    if not words:
        return None
    total = 0.0
    current = 0.0
    seen = False
    for i, w in enumerate(words):
        if w == "a" and i == 0:
            current = 1
            continue
        if w in UNITS:
            current += UNITS[w]
        elif w in TENS:
            current += TENS[w]
        elif w == "dozen":
            current = (current or 1) * 12
        elif w == "hundred":
            current = (current or 1) * 100
        elif w in BIG:
            total += (current or 1) * BIG[w]
            current = 0
        else:
            return None
        seen = True
    return total + current if seen else None


def parse_fraction(raw: str) -> float | None:
    """Read "half", "a third", "two-thirds", "three quarters" as a share (0..1)."""
    words = [w for w in _WORD_SEP.split(raw.lower()) if w]
    if not words or words[-1] not in FRACTIONS:
        return None
    base = FRACTIONS[words[-1]]
    if len(words) == 1 or words[0] in {"a", "an", "one"}:
        return base
    count = UNITS.get(words[0])
    return None if count is None else count * base


def scale_of(word: str | None) -> float:
    """Multiplier of a scale word ("bn", "Mio.", "million"); 1 when absent or unknown."""
    if not word:
        return 1.0
    key = word.strip().lower()
    for stem, scale in _RU_SCALE_STEMS:
        if key.startswith(stem):
            return scale
    return SCALES.get(key, SCALES.get(key.rstrip("."), 1.0))


_LANG_HINTS = {
    "en": _set("the and of to is in that for was with on said were has have"),
    "de": _set("der die das und ist nicht mit den von zu sich auf für im dem ein eine"),
    "fr": _set("le la les des et est une du pour dans que qui sur au aux pas"),
}
_WORD = re.compile(r"[^\W\d_]+")
_CYRILLIC = re.compile(r"[а-яА-ЯёЁ]")


_NAMES = {"english": "en", "german": "de", "deutsch": "de", "french": "fr", "russian": "ru"}


def number_language(language: str | None, text: str) -> str:
    """Two-letter code that decides the number format: given ("pt-BR", "German") or guessed."""
    if not language:
        return guess_language(text)
    low = language.strip().lower()
    return _NAMES.get(low, re.split(r"[-_]", low)[0][:2] or "en")


# For _word_counts: ASCII letters and every byte of a non-ASCII character (UTF-8) stay, the
# rest of ASCII (digits, "_", punctuation, spaces) becomes a space.
_LETTER_BYTES = bytes(i if chr(i).isalpha() or i >= 128 else 32 for i in range(128)) + bytes(
    range(128, 256)
)


def _word_counts(low: str) -> Counter[str]:
    """`Counter(_WORD.findall(low))`, several times faster.

    bytes.translate and split cut the text at ASCII non-letters in C; a piece with no other
    character is one whole word, and only the pieces with non-ASCII characters (rare outside
    Russian) go through the regex, whose Unicode class tests cost ~40 ns per character.
    """
    raw = low.encode("utf-8", "surrogatepass").translate(_LETTER_BYTES)
    seen = Counter(raw.decode("utf-8", "surrogatepass").split())
    for piece in [p for p in seen if not p.isascii()]:
        n = seen.pop(piece)
        for word in _WORD.findall(piece):
            seen[word] += n
    return seen


def _mostly_cyrillic(sample: str) -> bool:
    """More than a tenth of `sample` is [а-яА-ЯёЁ] (all of them UTF-8 bytes D0 xx or D1 xx)."""
    if sample.isascii():
        return False
    raw = sample.encode("utf-8", "surrogatepass")
    if raw.count(b"\xd0") + raw.count(b"\xd1") <= len(sample) / 10:  # an upper bound: memchr
        return False
    return len(_CYRILLIC.findall(sample)) > len(sample) / 10


def guess_language(text: str) -> str:
    """Cheap language guess from function words: enough to pick the number format."""
    sample = text[:3000]
    if _mostly_cyrillic(sample):
        return "ru"
    seen = _word_counts(sample.lower())
    counts = {
        lang: sum(seen[w] for w in hints.intersection(seen)) for lang, hints in _LANG_HINTS.items()
    }
    best = max(counts, key=lambda k: counts[k])
    return best if counts[best] > counts["en"] else "en"
