"""Where a figure may start: the cheap first pass of `summarizer.figures.scan`.

Digits, currency signs and number words are found with str.find (a C loop over the text), or
for the words in a long text with one numpy pass, not with the trigger regexes, which would
test every character. Only at these positions does `figures` try its patterns (`finditer_at`),
so the result is what a full `finditer` would give.
"""

from __future__ import annotations

import re
from functools import lru_cache

import numpy as np

from summarizer.figures.language_words import OTHER_NUMBER_WORDS, RU_NUMBER_STARTS
from summarizer.figures.lexicon import CURRENCY_CODES, SIGN_CHARS, SIGN_PREFIX
from summarizer.figures.regex_words import number_languages
from summarizer.text.chars import char_positions, non_ascii, occurrences

# Digit runs, currency signs, '+' and '('.
_ANCHORS = re.compile(rf"[\d{SIGN_CHARS}+(](?:(?<=\d)\d*|)")
_ASCII_ANCHORS = "0123456789+(" + "".join(c for c in SIGN_CHARS if c.isascii())
_OTHER_SIGNS = "".join(c for c in SIGN_CHARS if not c.isascii())

# Every number word (lexicon.NUMBER_WORDS) starts with one of these ("thir": thirteen, thirty
# and the fraction "third").
WORD_STARTS = frozenset({
    "one", "two", "three", "four", "forty", "five", "fift", "six", "seven", "eight", "nine",
    "ten", "eleven", "twelve", "twenty", "thir",
})  # fmt: skip
RU_STARTS = frozenset(RU_NUMBER_STARTS.split())
# Fractions that start like a number stem ("three quarters", "two-thirds"), found among its hits.
_STEM_FRACTIONS = (
    ("thir", "third"), ("fift", "fifth"), ("ten", "tenth"), ("six", "sixth"),
    ("seven", "seventh"), ("eight", "eighth"),
)  # fmt: skip
_CODE_ENDS = frozenset(c[-1] for c in CURRENCY_CODES)
# An HTML character reference left in a text ("caf&#233;"): its digits are a letter, no number.
CHAR_REF = "&#"


def finditer_at(pattern: re.Pattern[str], text: str, starts: list[int]) -> list[re.Match[str]]:
    """`pattern.finditer(text)` when `starts` (sorted) holds every position a match can start at.

    Only for patterns that never match the empty string.
    """
    found: list[re.Match[str]] = []
    end = 0
    for pos in starts:
        if pos >= end:
            m = pattern.match(text, pos)
            if m:
                found.append(m)
                end = m.end()
    return found


def _near(low: str, starts: list[int], letters: int) -> set[int]:
    """`starts`, and the positions up to `letters` non-space characters before each."""
    out: set[int] = set()
    for i in starts:
        j, left = i, letters
        while j > 0 and left:
            j -= 1
            if not (low[j].isspace() or low[j] == "-"):
                left -= 1
        out.update(range(j, i + 1))
    return out


# Every word whose starts `word_starts` needs, besides the number stems of the language.
_OTHER_NEEDLES = ("hundred", "thousand", "dozen", "illion", "pair", "quarter", "half",
                  "decade", "century")  # fmt: skip


@lru_cache(maxsize=16)
def stems(language: str) -> frozenset[str]:
    """Where a `language` article's number words may start: English stems, and the first three
    letters of each number word of the other languages it is read with (`number_languages`)."""
    out = set(WORD_STARTS)
    for lang in number_languages(language):
        out |= RU_STARTS if lang == "ru" else {w[:3] for w in OTHER_NUMBER_WORDS.get(lang, ())}
    return frozenset(out)


def _needles(language: str) -> tuple[str, ...]:
    return (*sorted(stems(language) - set(_OTHER_NEEDLES)), *_OTHER_NEEDLES)


_TABLE_FROM = 1000  # characters; below ~900 the per-word searches cost less than numpy's calls


def _prefix_hash(prefix: str) -> int:
    """The hash `_occurrences_all` gives a window: ((c0 * 31 + c1) * 31 + c2 ...) mod 2**16."""
    value = 0
    for c in prefix:
        value = (value * 31 + ord(c)) & 0xFFFF
    return value


@lru_cache(maxsize=16)
def _tables(language: str) -> tuple[np.ndarray, np.ndarray, dict[str, list[str]]]:
    """Hash tables of the needles' first 3 (3-letter ones) or 4 letters, and prefix -> needles."""
    short, long = np.zeros(1 << 16, bool), np.zeros(1 << 16, bool)
    by_prefix: dict[str, list[str]] = {}
    for word in _needles(language):
        prefix = word[:3] if len(word) == 3 else word[:4]
        (short if len(word) == 3 else long)[_prefix_hash(prefix)] = True
        by_prefix.setdefault(prefix, []).append(word)
    return short, long, by_prefix


def _occurrences_all(low: str, language: str) -> dict[str, list[int]]:
    """`occurrences(low, word)` for every needle of `language`, in one pass over a long text.

    Each str.find reads the whole text (~0.5 ns a character even where the word never occurs),
    twenty-odd times over. Here numpy hashes the 3- and 4-character window at every position
    at once, and only positions whose hash is a needle's (every start of a needle, and a few
    others by collision) are checked, exactly, in Python: the same lists, in the same order.
    Code points above U+FFFF wrap in uint16: the hash is still a function of the text, and
    the needles, all ASCII, hash alike whichever way.
    """
    if len(low) < _TABLE_FROM:
        return {word: occurrences(low, word) for word in _needles(language)}
    if low.isascii():
        codes = np.frombuffer(low.encode(), dtype=np.uint8)
    else:
        codes = np.frombuffer(low.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    a = np.zeros(len(low) + 3, np.uint16)  # padded: windows at the end hash, and never match
    a[: len(low)] = codes
    head = (a[:-3] * 31 + a[1:-2]) * 31 + a[2:-1]  # uint16: wraps, as _prefix_hash masks
    short, long, by_prefix = _tables(language)
    hits = short.take(head) | long.take(head * 31 + a[3:])
    found: dict[str, list[int]] = {word: [] for word in _needles(language)}
    for p in np.flatnonzero(hits).tolist():
        for word in by_prefix.get(low[p : p + 3], ()):
            found[word].append(p)
        for word in by_prefix.get(low[p : p + 4], ()):  # at the very end, maybe a 3-letter key
            if len(word) > 3 and low.startswith(word, p):
                found[word].append(p)
    return found


def word_starts(low: str, language: str = "en") -> tuple[set[int], list[int], list[int], list[int]]:
    """Possible starts of the trigger's number words, and of FRACTION_RE, DECADE_RE and VAGUE_RE
    matches."""
    found = _occurrences_all(low, language)
    at = {stem: found[stem] for stem in stems(language)}
    scales = [  # "a hundred": the "a" is one letter before
        *found["hundred"],
        *found["thousand"],
        *found["dozen"],
        *(i - 1 for i in found["illion"] if i and low[i - 1] in "mb"),
    ]
    pairs = found["pair"]  # "a pair of"
    fractions = [  # "three quarters", "two-thirds": up to 5 letters before
        *found["quarter"],
        *found["half"],
        *(i for stem, word in _STEM_FRACTIONS for i in at[stem] if low.startswith(word, i)),
    ]
    decades = [*found["decade"], *found["century"]]  # "a half-decade"
    shares = [*found["half"], *found["quarter"]]  # "a quarter million", "three quarters billion"
    numbers = set().union(*at.values()) | _near(low, scales, 1) | _near(low, pairs, 1)
    numbers |= _near(low, shares, 1)
    # "dozens of", "lose millions."
    vague = [i for i in scales if low[i : i + 9].rstrip(" -ofthe.,;:!?)").endswith("s")]
    return (
        numbers,
        sorted(_near(low, fractions, 5)),
        sorted(_near(low, decades, 7)),
        sorted(_near(low, vague, 6)),  # "tens of thousands"
    )


_ASCII_DIGITS = frozenset("0123456789")
_DECIMAL = re.compile(r"\d")


def _other_decimals(low: str) -> bool:
    """Whether `low` has a decimal digit other than 0-9 (Arabic-Indic, ...), which \\d matches.

    Only the non-ASCII characters go through the regex, and only when one of them is at least
    U+0660, the first such digit (Latin, Greek and Cyrillic text never gets that far): a regex
    over the whole text would test a Unicode category at every character.
    """
    rest = non_ascii(low)
    return bool(rest) and max(rest) >= "\u0660" and _DECIMAL.search(rest) is not None


def _anchors(low: str) -> list[int]:
    """Starts of the `_ANCHORS` matches: digit runs, currency signs, '+' and '('.

    str.find jumps from one occurrence to the next in C (memchr), where the regex tests every
    character against its class (and \\d is a Unicode category): several times faster. Texts
    with other decimal digits, which \\d also matches, keep the regex.
    """
    if _other_decimals(low):
        return [m.start() for m in _ANCHORS.finditer(low)]
    rest = non_ascii(low)  # most signs are not ASCII: look only for those the text has
    found = char_positions(low, _ASCII_ANCHORS + "".join(c for c in _OTHER_SIGNS if c in rest))
    # A digit right after a digit is inside a run that _ANCHORS matched as one.
    digits = _ASCII_DIGITS
    return [p for p in found if not (p and low[p] in digits and low[p - 1] in digits)]


def starts(low: str, trigger: set[int]) -> tuple[list[int], list[int]]:
    """Possible starts of TRIGGER matches (`trigger`: its number words), and of dates, times and
    phone numbers."""
    digits = _anchors(low)
    if CHAR_REF in low:  # "volvi&#243;": no number (most texts have none: one str.find)
        digits = [p for p in digits if p < len(CHAR_REF) or low[p - len(CHAR_REF) : p] != CHAR_REF]
    for pos in digits:
        ch = low[pos]
        if ch.isdigit():
            trigger.add(pos)
            end = pos - 1 if pos and low[pos - 1].isspace() else pos  # "usd 5", "rs.5"
            if end and low[end - 1] in _CODE_ENDS:
                trigger.update(
                    end - len(c) for c in CURRENCY_CODES if low[max(0, end - len(c)) : end] == c
                )
        elif ch not in "+(":
            trigger.update(range(max(0, pos - SIGN_PREFIX), pos + 1))  # "mxn$", "a$", "$"
    return sorted(trigger), digits
