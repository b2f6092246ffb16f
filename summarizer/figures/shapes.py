"""Figures that are not one number with a suffix: shares in words ("two-thirds of them"),
"over a decade", vague amounts ("dozens of homes"), written fractions ("10 1/2 miles", "½ cup",
"1/32 of an inch") and scientific notation ("2.998×10−8 m"), each kept whole.

Each finder is tried only at its possible starts (`summarizer.figures.starts`), like the
number finder in `summarizer.figures.judge`.
"""

from __future__ import annotations

from bisect import bisect_left

from summarizer.figures.hits import Hit, noun_end, step_back, word_set
from summarizer.figures.lexicon import (
    MONEY_VERBS,
    ORDINAL_LEADS,
    VAGUE_AMOUNTS,
    VULGAR_FRACTIONS,
    WHEN_WORDS,
)
from summarizer.figures.meaning import measure, singular
from summarizer.figures.numbers import parse_fraction
from summarizer.figures.patterns import (
    DECADE_RE,
    FRACTION_RE,
    SPLIT_SECOND_RE,
    STARS_AFTER,
    TIMING_RE,
    VAGUE_MONEY_RE,
    VAGUE_RE,
    patterns,
)
from summarizer.figures.starts import finditer_at

HALVES = word_set(ORDINAL_LEADS)
FRACTION_LEAD = 12  # characters before a fraction read for an ordinal ("the second half")
SECONDS_PER_MINUTE = 60
DECADE_YEARS, CENTURY_YEARS = 10.0, 100.0  # the value of "over a decade", "a century"
VAGUE_PENALTY = 2.0  # "dozens of homes" ranks below counted figures: nobody counted it
WHEN_AFTER = word_set(WHEN_WORDS)
MONEY_VERB_SET = word_set(MONEY_VERBS)
VAGUE_MONEY_PENALTY = 3.0  # "made millions" ranks as "dozens of homes" does: money, not counted
VERB_REACH = 16  # characters before a bare "millions" read for its verb
WORD_REACH = 12  # characters after a figure read for its next word
DATING_PENALTY = (
    1.0  # "more than a decade ago": when, not how long (as `reading` ranks "14 years after")
)
MARK_REACH = 14  # characters from a number's start to its "/" or "×10" ("10 1/2", "2.998×10")
FRACTION_MARKS = ("/", "⁄", "×", "x 10", "x10", "*10", *VULGAR_FRACTIONS)
SUPERSCRIPTS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹⁻−", "0123456789--")


def fractions(low: str, fraction_starts: list[int]) -> list[Hit]:
    """ "two-thirds of them", "half of", "by a third." (not "the second half")."""
    hits: list[Hit] = []
    for m in finditer_at(FRACTION_RE, low, fraction_starts):
        value = parse_fraction(m.group("num"))
        prev = low[max(0, m.start() - FRACTION_LEAD) : m.start()].split()[-1:]
        if value is not None and not (prev and prev[0] in HALVES):
            start = step_back(low, m.start(), 0, between=False)
            hits.append(Hit(start, m.end(), m.span("num"), "fraction", value, start < m.start()))
    return hits


def decades(low: str, decade_starts: list[int]) -> list[Hit]:
    """ "over a decade", "nearly a century": only with a qualifier."""
    hits: list[Hit] = []
    for m in finditer_at(DECADE_RE, low, decade_starts):
        start = step_back(low, m.start(), 0, between=False)
        if start < m.start():
            years = CENTURY_YEARS if "century" in m.group() else DECADE_YEARS
            qual = " ".join(low[start : m.start()].split())  # "more than"
            after = low[m.end() : m.end() + WORD_REACH].split()[:1]
            dating = DATING_PENALTY if after and after[0].strip(".,;:") in WHEN_AFTER else 0.0
            # "over a decade" is as rough as "dozens of": nobody counted the years.
            hits.append(Hit(start, m.end(), m.span(), "duration", years, True, "year", qual=qual,
                            penalty=VAGUE_PENALTY + dating))  # fmt: skip
    return hits


def timings(low: str, digit_starts: list[int]) -> list[Hit]:
    """Times in seconds that the number pattern cannot read: "1'41.6" (a lap, 101.6 seconds)
    and ".2 seconds" (no zero before the point)."""
    hits: list[Hit] = []
    for i in digit_starts:
        if low.startswith(".", i - 1) and (m := SPLIT_SECOND_RE.match(low, i - 1)):
            value = float("0." + m["sec"])
        elif m := TIMING_RE.match(low, i):
            value = int(m["min"]) * SECONDS_PER_MINUTE + float(m["sec"])
        else:
            continue
        hits.append(Hit(m.start(), m.end(), m.span(), "duration", value, False, "second"))
    return hits


def vague(text: str, low: str, vague_starts: list[int], language: str) -> list[Hit]:
    """ "dozens of homes", "tens of thousands of people": approximate figures, valued at the
    scale they name (12, 10,000: an order of magnitude, as the quantity benchmarks read them),
    with the counted noun when one follows."""
    hits: list[Hit] = []
    for m in finditer_at(VAGUE_RE, low, vague_starts):
        phrase = " ".join(m.group("amount").split())
        value = VAGUE_AMOUNTS.get(phrase.replace(" ", "_"))
        if value is None:
            continue
        end = noun_end(text, m.end(), language)
        noun = text[m.end() : end] if end else ""
        unit = singular(noun, language) if noun else None
        hits.append(Hit(m.start(), end or m.end(), m.span(), "count", value, True, unit,
                        None, None, phrase + " of", VAGUE_PENALTY))  # fmt: skip
    if language == "en":
        hits += _vague_money(low, vague_starts)
    return hits


def _vague_money(low: str, vague_starts: list[int]) -> list[Hit]:
    """ "raised millions for the museum": money nobody counted, after a verb of money."""
    hits: list[Hit] = []
    for m in finditer_at(VAGUE_MONEY_RE, low, vague_starts):
        before = low[max(0, m.start() - VERB_REACH) : m.start()].split()
        if not before or before[-1] not in MONEY_VERB_SET:
            continue
        value = VAGUE_AMOUNTS[m["amount"]]
        hits.append(Hit(m.start(), m.end(), m.span(), "money", value, True, None, None, None,
                        m["amount"], VAGUE_MONEY_PENALTY))  # fmt: skip
    return hits


def written_starts(low: str, digit_starts: list[int]) -> list[int]:
    """Where a written fraction or a power of ten may start: digit runs a few characters
    before a slash or a "10" after a multiplication sign, and vulgar fraction characters.
    Found with str.find, so a text without any costs a few C scans."""
    marks = [i for ch in FRACTION_MARKS if ch in low for i in _all(low, ch)]
    if not marks:
        return []
    near: list[int] = []
    for mark in sorted(marks):
        lo = bisect_left(digit_starts, mark - MARK_REACH)
        hi = bisect_left(digit_starts, mark + 1)
        near.extend(digit_starts[lo:hi])
        if low[mark] in VULGAR_FRACTIONS:
            near.append(mark)
    return sorted(set(near))


def _all(low: str, ch: str) -> list[int]:
    out, i = [], low.find(ch)
    while i >= 0:
        out.append(i)
        i = low.find(ch, i + 1)
    return out


def written(text: str, low: str, starts: list[int], language: str) -> list[Hit]:
    """ "10 1/2 miles", "7 3/4%", "½ cup", "1/32 of an inch", "2.998×10−8 m": one figure each.

    A bare "1/32" stays no figure ("24/7", "9/11" are names, not shares), but neither is it
    ever read as two numbers.
    """
    hits: list[Hit] = []
    if not starts:
        return hits
    found = patterns(language)
    for m in finditer_at(found.scientific, low, starts):
        exponent = int((m["exp"] or m["neg"] or m["sup"]).translate(SUPERSCRIPTS))
        value = float(m["mant"]) * 10.0**exponent
        unit = measure(m["unit"]) if m["unit"] else None
        start = step_back(low, m.start(), 0, between=False)  # "about 6.02 x 10^23"
        qual = " ".join(low[start : m.start()].split()) or None
        kind = "measure" if unit else "number"
        hits.append(Hit(start, m.end(), m.span(), kind, value, qual is not None, unit, qual=qual))
    for m in finditer_at(found.written_fraction, low, starts):
        if m["vulgar"]:
            part = VULGAR_FRACTIONS[m["vulgar"]]
        else:
            top, bottom = int(m["n"]), int(m["d"])
            if not 0 < top < bottom:
                continue  # "24/7", "3/0"
            part = top / bottom
        value = (int(m["whole"]) if m["whole"] else 0) + part
        end, unit, kind = m.end(), None, "number"
        if m["pct"]:
            unit, kind = "%", "percent"
        elif m["unit"]:
            unit, kind = measure(m["unit"]), "measure"
        elif m["of"] is not None:
            kind = "fraction"
        elif m["whole"]:  # "9/11 investigations", "24/7 coverage": names; "2 1/2 laps" counts
            noun = noun_end(text, m.end(), language)
            if noun:
                end, kind = noun, "count"
                unit = singular(text[m.end() : noun], language)
        if kind == "number" and not m["whole"]:
            continue  # a bare "1/32" says nothing on its own
        if kind == "number" and STARS_AFTER.match(text, m.end()):
            continue  # "3 1/2 out of 4 stars": a rating
        start = step_back(low, m.start(), 0, between=False)  # "more than 10 1/2 miles"
        qual = " ".join(low[start : m.start()].split()) or None
        hits.append(Hit(start, end, m.span(), kind, value, qual is not None, unit, qual=qual))
    return hits
