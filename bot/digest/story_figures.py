"""Figures an item names, by value, whatever their spelling: what story matching counts as facts.

Split from bot.digest.story_fingerprint (session 13) so the number reading, the module's longest
job, stands alone: 12,000 = 12.000 = 12 000 = twelve thousand = 12k; 1,5 Mio = 1.5 million =
£1.5m; ventimila = 20.000; quarenta = 40; "94mph" = 151 (km/h); scores ("2-1") and shares ("16%")
as figures of their own; years marked apart (YEAR). `roughly` and `specific` say how much two
figures agree and how much one says. Word lists in bot.digest.story_figures_lexicon. Pure: no I/O.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from bot.digest.filters import fold
from bot.digest.story_duration import MONTHS
from bot.digest.story_figures_lexicon import (
    CURRENCY_MAGNITUDES,
    CURRENCY_SIGNS,
    GLUED_MAGNITUDES,
    MAGNITUDES,
    MAGNITUDES_BEFORE_CURRENCY,
    PERCENT_WORDS,
    SPELLED_FIGURES,
    SPELLED_NUMBERS,
    UNIT_CONVERSIONS,
)

_TOKEN = re.compile(r"\w+")
# A number as people write it: 12,000 / 12.000 / 12 000 (thousands), 4,25 / 4.25 (a decimal),
# optionally scaled by a word after it (1,5 Mio, 2.3 million).
_NUMBER = re.compile(
    r"(?<![\w.,])(\d{1,3}(?:([,.\u00a0\u202f ])\d{3}(?!\d))(?:\2\d{3}(?!\d))*|\d+)"
    r"(?:[.,](\d+))?"
)
# A score or a share names its event more surely than its digits alone: "4-0" and "4:0" are one
# figure, "16%" another than a 16th of the month.
# A comma or full stop after it ends the clause ("2:0, match over"); a digit around it is another
# number (4.1-2, 1:20,5).
# "1:42", "5:30": one digit, a colon and two digits are a clock time (or a round's minute), not
# a score (round 8: "waved it off after 1:42 of round seven" read as a score of 42-1).
_SCORE = re.compile(
    r"(?<!\d)(?<!\d[.,:])(?!\d:\d\d(?!\d))(\d{1,2}) ?[-:–] ?(\d{1,2})(?!\d)(?![.,:]\d)"
)
_SCALE = {fold(w): value for value, words in MAGNITUDES.items() for w in words}
_AFTER = re.compile(
    r"\s?(%|(?:"
    + "|".join(re.escape(w) for w in sorted({*_SCALE, *PERCENT_WORDS}, key=len, reverse=True))
    + r")\b)"
)
_NUMBER_WORDS = {fold(w): value for value, words in SPELLED_NUMBERS.items() for w in words}
_SPELLED = re.compile(  # "twelve thousand", "три тысячи", "tres mil": a figure in words
    rf"\b({'|'.join(sorted(_NUMBER_WORDS, key=len, reverse=True))})"
    rf"[ -]({'|'.join(re.escape(w) for w in sorted(_SCALE, key=len, reverse=True))})\b"
)  # "six-million-pound" too
_FIGURE_WORDS = {fold(w): value for value, words in SPELLED_FIGURES.items() for w in words}
_BARE = re.compile(  # "quarenta animais", "seiscientas hectáreas": a figure without a magnitude
    rf"\b({'|'.join(sorted(_FIGURE_WORDS, key=len, reverse=True))})\b"
    rf"(?! ?(?:{'|'.join(re.escape(w) for w in sorted(_SCALE, key=len, reverse=True))})\b)"
    # nor the first part of a compound: "forty-eight", "cuarenta y ocho", "сорок восемь"
    rf"(?!-|\s(?:y|e|et|and)\s|\s(?:{'|'.join(sorted(_NUMBER_WORDS, key=len, reverse=True))})\b)"
)
_SCALE_FIRST = frozenset(w.split()[0] for w in _SCALE)  # "mil millones": "mil"
_GLUED_SCALE = {fold(w): value for value, words in GLUED_MAGNITUDES.items() for w in words}
_GLUED = re.compile(  # "ventimila", "dertigduizend", "zwanzigtausend"
    rf"\b({'|'.join(sorted(_NUMBER_WORDS, key=len, reverse=True))})"
    rf"({'|'.join(sorted(_GLUED_SCALE, key=len, reverse=True))})\b"
)
_CURRENCY_SCALE = re.compile(
    rf"({'|'.join(map(re.escape, CURRENCY_MAGNITUDES))})\b"
)  # "£310m": after a currency sign only
_SIGN = re.compile(f"[{re.escape(CURRENCY_SIGNS)}]")
_SCALE_BEFORE_CURRENCY = re.compile(  # "400 M€", "1,2 Md€", "3 Mrd. €"
    rf"\s?({'|'.join(sorted(MAGNITUDES_BEFORE_CURRENCY, key=len, reverse=True))})\.?\s?"
    rf"[{re.escape(CURRENCY_SIGNS)}]"
)
_UNITS = "|".join(re.escape(u) for u in sorted(UNIT_CONVERSIONS, key=len, reverse=True))
_UNIT = re.compile(rf"(?<![\d.,])(\d+(?:[.,]\d+)?)[ -]?({_UNITS})(?![\w/])")  # "94mph", "151 km/h"
_UNIT_ANY = re.compile(rf"(?:{_UNITS})(?![\w/])")
_SPELLED_UNIT_ANY = re.compile(rf"[a-zа-я][ -](?:{_UNITS})(?![\w/])")
_SPELLED_UNIT = re.compile(  # "six milles", "twelve miles"
    rf"\b({'|'.join(sorted(_NUMBER_WORDS, key=len, reverse=True))})[ -]({_UNITS})(?![\w/])"
)
# A number glued to "m" without a currency sign is millions as often as metres in news
# headlines ("watched by 14m" / "Record 14 million watch", "sells 3m copies" / "three million
# copies"; round 48, read in session 17): such a number gives both values, so either spelling of
# the other copy meets it. False: metres only (CURRENCY_MAGNITUDES).
GLUED_MILLIONS = True
# one or two digits, or a decimal: "400m" and "100m" are races, never read as millions here
_GLUED_M = re.compile(r"(?<![\w.,£$€¥₽])(\d{1,2}(?:[.,]\d{1,2})?)m\b")
FIGURE_DIGITS = 6  # significant digits a figure keeps: 1.2e+06 = 1,2 Mio = 1 200 000
YEARS = range(1900, 2101)  # a year is shared by too many stories to be evidence
YEAR = "y"  # marks a plain four-digit year among the figures (y2026), apart from a count 2,000
# A round figure agrees roughly with a more precise one within ROUGH_SHARE of it ("dépasse les
# 400 M€" / "412 millions", "almost two million" / "1.9m", "more than 9,000" / "9 412"): the
# round one has at most ROUGH_DIGITS significant digits and fewer than the other; both are at
# least ROUGH_MIN (a quake's magnitude, a share or a small count is never rounded by a copy).
ROUGH_SHARE = 0.06
ROUGH_DIGITS = 2
ROUGH_MIN = 100


def _value(number: re.Match[str], text: str) -> tuple[str, bool]:
    """The number's value as one spelling (12,000 = 12.000 = 12 000 = 12 thousand -> "12000")
    and whether a share word or sign follows it."""
    digits = number.group(1)
    value = float(re.sub(r"\D", "", digits) + "." + (number.group(3) or "0"))
    after = _AFTER.match(text, number.end())
    word = after.group(1) if after else ""
    if not word and not number.group(3) and digits.isdigit() and int(digits) in YEARS:
        return f"{YEAR}{digits}", False  # a year, not the count 2,000
    value *= _SCALE.get(word, 1)
    if not word and _SIGN.search(text, number.end(), number.end() + 7):
        before_sign = _SCALE_BEFORE_CURRENCY.match(text, number.end())
        value *= MAGNITUDES_BEFORE_CURRENCY[before_sign.group(1)] if before_sign else 1
    start = number.start()
    if not word and start and text[start - 1] in CURRENCY_SIGNS:
        money = _CURRENCY_SCALE.match(text, number.end())
        value *= CURRENCY_MAGNITUDES[money.group(1)] if money else 1
    return f"{value:.{FIGURE_DIGITS}g}", word == "%" or word in PERCENT_WORDS


def figures(text: str) -> set[str]:
    """The numbers of `text` by value, with its scores ("2-1") and shares ("16%") as figures of
    their own."""
    text = fold(text)
    out = set()
    for number in _NUMBER.finditer(text):
        value, share = _value(number, text)
        out.add(value)
        if share:
            out.add(f"{value}%")
    # one score whichever side is named first: "2-1" at home is "1:2" from the visitors' side
    out.update("-".join(sorted((a, b), key=int, reverse=True)) for a, b in _SCORE.findall(text))
    # figures in words: the patterns are long alternations, so each runs only when a word it
    # needs is there (most texts give their figures in digits)
    tokens = frozenset(_TOKEN.findall(text))
    if not tokens.isdisjoint(_SCALE_FIRST):
        for word, scale in _SPELLED.findall(text):
            out.add(f"{_NUMBER_WORDS[word] * _SCALE[scale]:.{FIGURE_DIGITS}g}")
    if any(scale in text for scale in _GLUED_SCALE):
        for word, scale in _GLUED.findall(text):
            out.add(f"{_NUMBER_WORDS[word] * _GLUED_SCALE[scale]:.{FIGURE_DIGITS}g}")
    if not tokens.isdisjoint(_FIGURE_WORDS):
        out.update(f"{_FIGURE_WORDS[word]:.{FIGURE_DIGITS}g}" for word in _BARE.findall(text))
    if GLUED_MILLIONS:
        out.update(_glued_millions(text))
    if _UNIT_ANY.search(text):  # most texts name no mile, knot or mph: one scan
        given, metric = _converted(text)
        out = (out - given) | metric
    return out


def _glued_millions(text: str) -> set[str]:
    """The millions a number glued to "m" may be without a currency sign ("14m viewers",
    "sells 3m copies"), beside the metres `_value` reads (GLUED_MILLIONS)."""
    return {
        f"{float(whole.replace(',', '.')) * 1e6:.{FIGURE_DIGITS}g}"
        for whole in _GLUED_M.findall(text)
    }


def _converted(text: str) -> tuple[set[str], set[str]]:
    """Measures in miles, knots or mph as the figures written and as their value in km or km/h
    rounded to the whole ("94mph" -> 151, "six milles" -> 11): the figure is kept in the metric
    unit only, so "94mph" and "151 km/h" are one figure, and two items giving "94mph" share one
    figure, not two."""
    measures = []
    for digits, unit in _UNIT.findall(text):
        head, sep, tail = digits.replace(",", ".").partition(".")
        value = float(head + tail) if sep and len(tail) == 3 else float(digits.replace(",", "."))
        measures.append((value, unit))
    if _SPELLED_UNIT_ANY.search(text):
        spelled = ((_NUMBER_WORDS[word], unit) for word, unit in _SPELLED_UNIT.findall(text))
        measures += [(value, unit) for value, unit in spelled if value > 1]  # not "a mile"
    given, metric = set(), set()
    for value, unit in measures:
        converted = round(value * UNIT_CONVERSIONS[unit])
        if converted:
            given.add(f"{value:.{FIGURE_DIGITS}g}")
            metric.add(f"{float(converted):.{FIGURE_DIGITS}g}")
    return given, metric


def rough_values(numbers: Iterable[str]) -> tuple[tuple[float, int], ...]:
    """(value, significant digits) of the plain figures of at least ROUGH_MIN: not a year, a
    score or a share."""
    out = []
    for number in numbers:
        if number[0] == YEAR or "-" in number[1:] or number[-1] == "%" or number.endswith(MONTHS):
            continue
        value = float(number)
        if value >= ROUGH_MIN:
            out.append((value, len(str(round(value)).rstrip("0"))))
    return tuple(out)


def shares_and_counts(numbers: Iterable[str]) -> tuple[frozenset[str], frozenset[str]]:
    """An item's shares (16%, and their bare digits) and its other figures but years
    (story_headline_figures.SHARES_APART; Fingerprint.shares, .counts)."""
    numbers = frozenset(numbers)
    shares = {n for n in numbers if n.endswith("%")}
    shares |= {n for n in numbers if f"{n}%" in shares}
    return frozenset(shares), frozenset({n for n in numbers if n[0] != YEAR} - shares)


def roughly(mine: tuple[tuple[float, int], ...], theirs: tuple[tuple[float, int], ...]) -> bool:
    """Whether a round figure of one side and a more precise one of the other agree within
    ROUGH_SHARE (400 / 412, 2,000,000 / 1,900,000); equal figures are shared, not rough."""
    for x, dx in mine:
        for y, dy in theirs:
            if x == y or abs(x - y) > ROUGH_SHARE * max(x, y):
                continue
            if min(dx, dy) <= ROUGH_DIGITS and dx != dy:
                return True
    return False


def specific(number: str) -> bool:
    """A figure unlikely to be shared by chance: not a day of the month, a small count or a
    year."""
    if number.startswith(YEAR) or number.endswith(MONTHS):  # a span is a key, not a fact
        return False
    return not number.isdigit() or int(number) > 31
