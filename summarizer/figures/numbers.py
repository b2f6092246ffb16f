"""Reading numbers as written: digit groups in several locales, English number words, scales.

Kept apart from `summarizer.figures.judge` so the parsing rules can be tested on their own and
the figure finder stays about *where* quantities are, not how to read them.
"""

from __future__ import annotations

import re

from summarizer.figures.language_words import (
    MULTIPLIERS,
    NUMBER_JOINS,
    OTHER_NUMBER_WORDS,
    RU_NUMBER_WORDS,
)
from summarizer.figures.lexicon import (
    BIG,
    DECIMAL_COMMA_LANGS,
    FRACTIONS,
    ONES,
    PAIR_WORDS,
    RU_SCALE_STEMS,
    SCALES,
    TENS,
)
from summarizer.text.language import normalize_code

_GROUPED_COMMA = re.compile(r"\d{1,3}(?:,\d{3})+")
_GROUPED_INDIAN = re.compile(r"\d{1,2}(?:,\d{2})+,\d{3}")  # "12,34,567" (lakh groups)
_GROUPED_DOT = re.compile(r"\d{1,3}(?:\.\d{3})+")
_SPACES = re.compile(r"[\s\u00a0\u202f]")
_WORD_SEP = re.compile(r"[\s\-]+")
# Every other language's number words in one table: a word in two languages has one value.
OTHER_WORDS = {w: v for words in OTHER_NUMBER_WORDS.values() for w, v in words.items()}
PAIRS = frozenset(PAIR_WORDS.split())
HYPHENATED = sorted((w for w in OTHER_WORDS if "-" in w), key=len, reverse=True)
JOIN_WORDS = frozenset(j.strip("_") for j in NUMBER_JOINS.values() if j.startswith("_"))


def parse_digits(raw: str, language: str = "en", scaled: bool = False) -> float | None:
    """Read "1,200", "1.200" (de), "12,5" (de), "1 200" (fr); `scaled` means a scale word follows.

    A lone "1.200" is 1.2 in English and 1200 in decimal-comma languages; before a scale word
    too when two or three digits lead ("15.800 millones"), but "1.2 Mio." is never 1200 million.
    """
    s = raw if raw.isdecimal() else _SPACES.sub("", raw)  # most are plain digits: skip the regex
    comma_decimal = language in DECIMAL_COMMA_LANGS
    if "," in s and "." in s:
        if s.rfind(",") > s.rfind("."):
            s = s.replace(".", "").replace(",", ".")
        else:
            s = s.replace(",", "")
    elif "," in s:
        grouped = _GROUPED_COMMA.fullmatch(s) or _GROUPED_INDIAN.fullmatch(s)
        if grouped and not (comma_decimal and s.count(",") == 1):
            s = s.replace(",", "")
        else:
            s = s.replace(",", ".")
    elif "." in s and (
        s.count(".") > 1 or (comma_decimal and _GROUPED_DOT.fullmatch(s) and _grouped(s, scaled))
    ):
        s = s.replace(".", "")
    try:
        return float(s)
    except ValueError:
        return None


def _grouped(s: str, scaled: bool) -> bool:
    """Whether one dot in a decimal-comma language's number groups thousands: always without a
    scale; before one after 2 or 3 digits ("15.800 millones" is 15,800 million) or before 3
    ("1.200 millones de euros", "2.500 Millionen"), where "1.2 Mio." is an English-style 1.2."""
    return not scaled or s.index(".") >= 2 or len(s) - s.index(".") == 4


def parse_words(raw: str) -> float | None:
    """Read number words: "fifteen", "two hundred and fifty", "a dozen", "three million",
    "двести пятьдесят"."""
    words = [w for w in _WORD_SEP.split(raw.lower()) if w and w != "and"]
    if not words:
        return None
    if words[0] in RU_NUMBER_WORDS:
        values = [RU_NUMBER_WORDS.get(w) for w in words]
        return None if None in values else float(sum(v for v in values if v is not None))
    if words[0] in OTHER_WORDS or raw.split("-")[0].lower() in OTHER_WORDS:
        return _parse_other(raw.lower())
    if len(words) == 2 and words[0] == "a" and words[1] in PAIRS:
        return 2.0  # "a pair of"
    if len(words) == 3 and words[:2] == ["half", "a"] and words[2] in BIG:
        return BIG[words[2]] / 2  # "half a million"
    total = 0.0
    current = 0.0
    seen = False
    for i, w in enumerate(words):
        if w == "a" and i == 0:
            current = 1
            continue
        if w in ONES:
            current += ONES[w]
        elif w in TENS:
            current += TENS[w]
        elif w == "dozen":
            current = (current or 1) * 12
        elif w == "hundred":
            current = (current or 1) * 100
        elif w in BIG:
            total += (current or 1) * BIG[w]
            current = 0
        elif w in FRACTIONS and i + 1 < len(words) and words[i + 1] in BIG:
            current = (current or 1) * FRACTIONS[w]  # "a quarter million", "three quarters"
        else:
            return None
        seen = True
    return total + current if seen else None


def _parse_other(raw: str) -> float | None:
    """ "zwölf", "vingt-deux", "quatre-vingt-dix", "treinta y cinco", "dos mil quinientos"."""
    values: list[int] = []
    for token in raw.split():
        if token in OTHER_WORDS:
            values.append(OTHER_WORDS[token])
            continue
        if token in JOIN_WORDS:
            continue
        for word in HYPHENATED:  # "quatre-vingt-dix": one word with a hyphen, then another
            token = token.replace(word, word.replace("-", "_"))
        for part in token.split("-"):
            value = OTHER_WORDS.get(part.replace("_", "-"))
            if value is None:
                return None
            values.append(value)
    total, current = 0, 0
    for value in values:
        if value in MULTIPLIERS and value > min(MULTIPLIERS):  # "dos mil": thousands close
            total, current = total + (current or 1) * value, 0
        elif value in MULTIPLIERS:
            current = (current or 1) * value  # "deux cents"
        else:
            current += value
    return float(total + current) if values else None


# What multiplies the words before it ("four hundred", "two dozen", "dos mil") when it ends a
# word run; the other languages' ones are the MULTIPLIERS values of their words.
_TIMES = {"hundred": 100.0, "dozen": 12.0, **BIG}
_RUN_SKIPS = JOIN_WORDS | {"and"}  # joins inside a run: "a hundred and five", "treinta y cinco"
_TOKEN = re.compile(r"\S+")
TEN = 10  # a number ending in it leaves no ones place


def composed_end(raw: str) -> int:
    """How much of a run of number words (`raw`, as written) makes one number: its length, or
    where a word stops composing with the one before ("four Six Nations" ends after "four").

    Words compose when a smaller place fills a bigger one ("twenty four", "hundred and five",
    "двести пятьдесят") or a multiplier scales what came before ("four hundred", "dos mil");
    "four six" or "one two-hour" are two numbers. A capitalised word after a lower-case start
    opens a name ("forty One Nation MPs"), unless it multiplies (German capitalises "Hundert").
    A word this cannot value ("a pair", "half a million") leaves the run whole.
    """
    lower_start = raw[:1].islower()
    prev: tuple[float, bool] | None = None
    end = 0
    for m in _TOKEN.finditer(raw):
        word = m.group()
        low = word.lower()
        if low in _RUN_SKIPS and prev is not None:
            continue
        cur = (1.0, False) if prev is None and low in {"a", "an"} else _run_word(low)
        if cur is None:
            return len(raw)
        if prev is not None:
            named = lower_start and word[0].isupper() and not cur[1]
            if named or not _composes(prev, cur):
                return end
        prev, end = cur, m.end()
    return len(raw)


def _run_word(low: str) -> tuple[float, bool] | None:
    """(value, multiplies) of one word of a run ("twenty-four" is one word), or None."""
    if low in _TIMES:
        return _TIMES[low], True
    if OTHER_WORDS.get(low) in MULTIPLIERS:
        return OTHER_WORDS[low], True
    value = parse_words(low)
    return None if value is None else (value, False)


def _composes(prev: tuple[float, bool], cur: tuple[float, bool]) -> bool:
    """Whether `cur` goes on the number `prev` ends: a bigger multiplier, or a value that fits
    the place `prev` leaves empty (20 leaves the ones, 200 and "hundred" the tens)."""
    value, times = cur
    if times:
        return value > prev[0]
    return 0 < value < (prev[0] if prev[1] else _place(prev[0]))


def _place(value: float) -> int:
    """The smallest place a number fills: 1 for 24 or 15, 10 for 20, 100 for 200; 1 for 10 and
    110 too ("ten six" is two numbers: the teens have words of their own)."""
    if value <= 0 or value != int(value) or int(value) % 100 == TEN:
        return 1
    n, place = int(value), 1
    while n % (place * 10) == 0:
        place *= 10
    return place


def parse_fraction(raw: str) -> float | None:
    """Read "half", "a third", "two-thirds", "three quarters" as a share (0..1)."""
    words = [w for w in _WORD_SEP.split(raw.lower()) if w]
    if not words or words[-1] not in FRACTIONS:
        return None
    base = FRACTIONS[words[-1]]
    if len(words) == 1 or words[0] in {"a", "an", "one"}:
        return base
    count = ONES.get(words[0])
    return None if count is None else count * base


def scale_of(word: str | None) -> float:
    """Multiplier of a scale word ("bn", "Mio.", "million"); 1 when absent or unknown."""
    if not word:
        return 1.0
    key = " ".join(word.split()).lower().lstrip("-")  # "$1.1-million"
    for stem, scale in RU_SCALE_STEMS:
        if key.startswith(stem):
            return scale
    return SCALES.get(key, SCALES.get(key.rstrip("."), 1.0))


def number_language(language: str) -> str:
    """The two-letter code whose number format `language` reads ("pt-BR" -> "pt", "german" ->
    "de"): a three-letter code of the languages told apart here starts with those two letters
    ("eng", "deu", "fra", "rus")."""
    return normalize_code(language)[:2]
