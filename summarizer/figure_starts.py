"""Where a figure may start: the cheap first pass of `summarizer.figures`.

Digits, currency signs and number words are found with str.find (a C loop over the text), not
with the trigger regexes, which would test every character. Only at these positions does
`figures` try its patterns (`finditer_at`), so the result is what a full `finditer` would give.
"""

from __future__ import annotations

import re

from summarizer.chars import char_positions, non_ascii, occurrences

_ANCHORS = re.compile(r"[\d$£€¥₽₹+(](?:(?<=\d)\d*|)")  # digit runs, signs, '+' and '('

# Every number word (figures.NUMBER_WORDS) starts with one of these ("thir": thirteen, thirty
# and the fraction "third").
WORD_STARTS = frozenset({
    "one", "two", "three", "four", "forty", "five", "fift", "six", "seven", "eight", "nine",
    "ten", "eleven", "twelve", "twenty", "thir",
})  # fmt: skip
# Fractions that start like a number stem ("three quarters", "two-thirds"), found among its hits.
_STEM_FRACTIONS = (("thir", "third"), ("fift", "fifth"), ("ten", "tenth"))
_CODES = ("usd", "eur", "gbp", "rub", "chf", "inr", "rs.", "rs")  # CURRENCY before \s?\d
_CODE_ENDS = frozenset(c[-1] for c in _CODES)


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


def word_starts(low: str) -> tuple[set[int], list[int], list[int]]:
    """Possible starts of the TRIGGER number words, and of FRACTION_RE and DECADE_RE matches."""
    at = {stem: occurrences(low, stem) for stem in WORD_STARTS}
    scales = [  # "a hundred": the "a" is one letter before
        *occurrences(low, "hundred"),
        *occurrences(low, "thousand"),
        *occurrences(low, "dozen"),
        *(i - 1 for i in occurrences(low, "illion") if i and low[i - 1] in "mb"),
    ]
    fractions = [  # "three quarters", "two-thirds": up to 5 letters before
        *occurrences(low, "quarter"),
        *occurrences(low, "half"),
        *(i for stem, word in _STEM_FRACTIONS for i in at[stem] if low.startswith(word, i)),
    ]
    decades = [*occurrences(low, "decade"), *occurrences(low, "century")]  # "a half-decade"
    numbers = set().union(*at.values()) | _near(low, scales, 1)
    return numbers, sorted(_near(low, fractions, 5)), sorted(_near(low, decades, 7))


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
    found = char_positions(low, "0123456789$£€¥₽₹+(")
    # A digit right after a digit is inside a run that _ANCHORS matched as one.
    digits = _ASCII_DIGITS
    return [p for p in found if not (p and low[p] in digits and low[p - 1] in digits)]


def starts(low: str, trigger: set[int]) -> tuple[list[int], list[int]]:
    """Possible starts of TRIGGER matches (`trigger`: its number words), and of dates, times and
    phone numbers."""
    digits = _anchors(low)
    for pos in digits:
        ch = low[pos]
        if ch.isdigit():
            trigger.add(pos)
            end = pos - 1 if pos and low[pos - 1].isspace() else pos  # "usd 5", "rs.5"
            if end and low[end - 1] in _CODE_ENDS:
                trigger.update(end - len(c) for c in _CODES if low[max(0, end - len(c)) : end] == c)
        elif ch not in "+(":
            trigger.update(range(max(0, pos - 2), pos + 1))  # "us$", "a$", "$"
    return sorted(trigger), digits
