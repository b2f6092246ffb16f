"""Figures that are not one number with a suffix: shares in words ("two-thirds of them"),
"over a decade", vague amounts ("dozens of homes"), written fractions ("10 1/2 miles", "½ cup",
"1/32 of an inch") and scientific notation ("2.998×10−8 m"), each kept whole.

Each finder is tried only at its possible starts (`summarizer.figures.starts`), like the
number finder in `summarizer.figures.scan`.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from summarizer.figures.fixed_patterns import (
    DECADE_RE,
    FRACTION_RE,
    OPEN_END,
    SPLIT_SECOND_RE,
    STARS_AFTER,
    TIMING_RE,
    VAGUE_CAPS_PLURAL,
    VAGUE_MONEY_RE,
    VAGUE_OWNER,
    VAGUE_RE,
)
from summarizer.figures.hits import Hit, noun_end, plural, step_back, word_set
from summarizer.figures.language_patterns import approx_re, one_in_re, share_re
from summarizer.figures.language_words import (
    APPROX_NUMBERS,
    EVERY_NTH,
    ONE_IN_NUMBERS,
    SHARE_BY,
    SHARE_COUNTS,
    SHARE_NOT_AFTER,
    SHARE_OF,
    SHARE_OF_IT,
    SHARE_ORDINALS,
    SHARE_WORDS,
)
from summarizer.figures.lexicon import MONEY_VERBS, ORDINAL_LEADS, VAGUE_AMOUNTS, VULGAR_FRACTIONS
from summarizer.figures.meaning import measure, singular
from summarizer.figures.numbers import parse_fraction
from summarizer.figures.patterns import PARTITIVE, patterns
from summarizer.figures.reject_words import WHEN_WORDS
from summarizer.figures.starts import finditer_at

PARTITIVE_RE = re.compile(PARTITIVE)  # " of us", " of whom": the pronoun is the whole group

HALVES = word_set(ORDINAL_LEADS)
HALF = 0.5
WHOLE_SHARES = frozenset({"driekwart", "dreiviertel"})  # a count and its fraction in one word
SHARE_REACH = 40  # characters read after a share for its "of" and noun
ELIDED = ("'", "’")  # "d'un tiers", "dell'anno"
CYRILLIC = "абвгдеёжзийклмнопрстуфхцчшщъыьэюя"
SHARE_STEMS = {lang: {w[:4] for w in words} for lang, words in SHARE_WORDS.items()}
SHARE_OF_WORDS = {
    lang: sorted(words.split(), key=len, reverse=True) for lang, words in SHARE_OF.items()
}
SHARE_BY_SETS = {lang: word_set(words) for lang, words in SHARE_BY.items()}
SHARE_NOT_AFTER_SET = word_set(SHARE_NOT_AFTER)
SHARE_OF_IT_SET = word_set(SHARE_OF_IT)
ONE_IN_COUNTED = frozenset({"fr", "it"})  # "sur"/"su" then a plural: "sur deux ans" counts
COUNT_THEN_COMMA = re.compile(r"\d,\s+$")  # a share right after a number and its comma
SHARE_ORDINAL_SET = word_set(SHARE_ORDINALS)
APPROX_REACH = 60  # characters read after "une vingtaine de" for its noun
APPROX_STEMS = {lang: {w[:5] for w in words} for lang, words in APPROX_NUMBERS.items()}
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
    1.0  # "more than a decade ago": when, not how long (as `dress` ranks "14 years after")
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
            if not (m["part"] or m["of"] is not None or _by(low, start, m.end())):
                continue
            hits.append(Hit(start, m.end(), m.span("num"), "fraction", value, start < m.start()))
    return hits


def _by(low: str, start: int, end: int) -> bool:
    """A share after "by" (and maybe a qualifier), not before a word it qualifies: "cut by a
    third", "down by more than a fifth.", "by one-fifth since April"; not "by half a point"."""
    before = low[max(0, start - FRACTION_LEAD) : start].split()[-1:]
    return before == ["by"] and OPEN_END.match(low, end) is not None


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
        end, noun = _vague_noun(text, m.end("amount"), m.end(), language)
        unit = singular(_head(noun), language) if noun else None
        end = end or m.end("amount")  # no noun: the span ends on the amount, never on "of"
        hits.append(Hit(m.start(), end, m.span(), "count", value, True, unit,
                        None, None, phrase + " of", VAGUE_PENALTY))  # fmt: skip
    if language == "en":
        hits += _vague_money(low, vague_starts)
    return hits


def _vague_noun(text: str, amount: int, pos: int, language: str) -> tuple[int | None, str]:
    """(end, counted noun) after a vague amount's "of" (`pos`; `amount` is where the amount
    ends): a plural, also after capitalised words ("millions of HIV-positive Africans") or a
    possessive ("thousands of his possessions"); a pronoun ("millions of us") ends the figure
    with no noun, as "12 of them" does; (None, "") when nothing counts."""
    if language == "en":
        pronoun = PARTITIVE_RE.match(text, amount)
        if pronoun:
            return pronoun.end(), ""
        caps = VAGUE_CAPS_PLURAL.match(text, pos)
        if caps:
            return caps.end(), caps["noun"]  # "thousands of PCs": PC
        owner = VAGUE_OWNER.match(text, pos)
        start = owner.end() - 1 if owner else pos
        end = noun_end(text, start, language, words=True)
        return (end, text[start:end].strip()) if end else (None, "")
    end = noun_end(text, pos, language)
    return (end, text[pos:end]) if end else (None, "")


def _head(noun: str) -> str:
    """The counted noun's head: its last word, with the capitalised words of its name before it
    ("South Koreans"), not a modifier ("HIV-positive Africans": Africans)."""
    words = noun.split()
    head = len(words) - 1
    while head > 0 and words[-1][:1].isupper() and words[head - 1].istitle():
        head -= 1
    return " ".join(words[head:])


def shares(low: str, language: str) -> list[Hit]:
    """Shares in words in the other languages read: "trois quarts des domaines", "Ein Viertel
    der Einnahmen", "Casi la mitad de los visitantes", "um ein Drittel", "Треть урожая" (each
    before its "of", or after its "by"; see `language_words.SHARE_WORDS`)."""
    pattern = share_re(language)
    if pattern is None or not any(w in low for w in SHARE_STEMS[language]):
        return []
    words, counts = SHARE_WORDS[language], SHARE_COUNTS.get(language, {})
    hits: list[Hit] = []
    for m in pattern.finditer(low):
        frac = " ".join(m["frac"].split())
        count = counts.get(m["count"]) if m["count"] else None
        whole = words[frac] == HALF or frac in WHOLE_SHARES  # "la mitad", "driekwart"
        if (whole and count not in (None, 1)) or (count is None and not whole and language != "ru"):
            continue  # "les quarts de finale": no share
        prev = low[max(0, m.start() - FRACTION_LEAD) : m.start()].split()[-1:]
        if prev and prev[0] in SHARE_ORDINAL_SET:
            continue  # "la segunda mitad", "в первой половине"
        by = bool(prev) and (prev[0] in SHARE_BY_SETS.get(language, ()) or prev[0][-2:] in ELIDED)
        start = step_back(low, m.start(), 0, between=False)  # "casi la mitad"
        told = COUNT_THEN_COMMA.search(low, max(0, start - FRACTION_LEAD), start) is not None
        if not (by or told or _of_follows(low, m.end(), language)):
            continue  # told: "circa 600, quasi la metà ex dipendenti" is a share of the 600
        value = words[frac] * (1 if whole else count or 1)
        qual = " ".join(low[start : m.start()].split()) or None
        hits.append(Hit(start, m.end(), m.span("frac"), "fraction", value, qual is not None,
                        qual=qual))  # fmt: skip
    return hits


def one_in(low: str, language: str) -> list[Hit]:
    """ "un TGV sur trois" (1/3), "deux TER sur cinq" (0.4), "jedes dritte Opfer" (1/3): one in N
    in the other languages read; not "un accord sur deux ans" (a span of two years)."""
    pattern = one_in_re(language)
    if pattern is None:
        return []
    hits: list[Hit] = []
    for m in pattern.finditer(low):
        if "nth" in pattern.groupindex and m["nth"]:
            stems = EVERY_NTH[language][1]
            value = 1 / next(n for stem, n in stems.items() if m["nth"].startswith(stem))
        else:
            part, whole = (_small(x, language) for x in m.group("a", "b"))
            after = low[m.end() : m.end() + SHARE_REACH].split()[:1]
            noun = after[0].strip(".,;:") if after else ""
            counted = language in ONE_IN_COUNTED and bool(noun) and plural(noun, language)
            if not 0 < part < whole or counted:
                continue  # "un accord sur deux ans", "uno su tre regioni": no share here
            value = part / whole
        hits.append(Hit(m.start(), m.end(), m.span(), "fraction", value, False))
    return hits


def _small(word: str, language: str) -> int:
    return ONE_IN_NUMBERS[language].get(word) or (int(word) if word.isdigit() else 0)


def _of_follows(low: str, end: int, language: str) -> bool:
    """Whether the words after a share say what it is a share of: "des domaines", "der
    Einnahmen", "урожая" (a Russian genitive follows directly); not "d'heure", "de finale"."""
    rest = low[end : end + SHARE_REACH].lstrip()
    if language == "ru":
        first = rest.split()[:1]
        return bool(first) and first[0][:1] in CYRILLIC and first[0] not in SHARE_NOT_AFTER_SET
    if rest.split()[:1] and rest.split()[0].strip(".,;:") in SHARE_OF_IT_SET:
        return True  # "een derde daarvan"
    for word in SHARE_OF_WORDS.get(language, ()):
        if rest.startswith(word) and (word[-1] in ELIDED or rest[len(word) : len(word) + 1] == " "):
            noun = rest[len(word) :].split()[:1]
            return bool(noun) and noun[0].strip(".,;:") not in SHARE_NOT_AFTER_SET
    return False


def approximate(text: str, low: str, language: str) -> list[Hit]:
    """ "une vingtaine de personnes", "un migliaio di case": a round number written as a noun,
    the count of the noun after it (about 20 people); none without a noun."""
    pattern = approx_re(language)
    if pattern is None or not any(w in low for w in APPROX_STEMS[language]):
        return []
    hits: list[Hit] = []
    for m in pattern.finditer(low):
        value = APPROX_NUMBERS[language][m["word"]]
        # The noun after "de " or "d'" ("d'habitants"): read as if a space stood before it.
        tail = " " + text[m.end() : m.end() + APPROX_REACH]
        counted = noun_end(tail, 0, language) if m.end() > m.end("word") else None
        end = m.end() + counted - 1 if counted else None
        if end is None:
            continue  # "une quarantaine de 14 jours": a quarantine; a round number counts a noun
        qual = " ".join(text[m.start() : m.end("word")].split())
        unit = singular(text[m.end() : end], language)
        hits.append(Hit(m.start(), end, m.span("word"), "count", float(value), True, unit,
                        qual=qual))  # fmt: skip
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
            continue  # "2 1/2 out of 5 stars": a rating
        start = step_back(low, m.start(), 0, between=False)  # "more than 7 1/2 miles"
        qual = " ".join(low[start : m.start()].split()) or None
        hits.append(Hit(start, end, m.span(), kind, value, qual is not None, unit, qual=qual))
    return hits
