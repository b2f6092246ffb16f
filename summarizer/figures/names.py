"""A number that is part of a name, a label or a rank, not a quantity: "a mother-of-six", "the
Big Four banks", "page 12", "Boeing 737", "the 100m final", "60 Minutes", "a 9mm handgun",
"the 4380's features", "50 Cent", "two places higher than Hull".

Apart from `summarizer.figures.idioms` (ways of speaking and a page's furniture) and
`summarizer.figures.bare` (a bare number that is a date, a score, a year or too small): what
these tests find is a real number, but it names something (the word before it or after it
says which) instead of counting or measuring it.
"""

from __future__ import annotations

import re

from summarizer.figures.bare import LOOK_BEFORE, POSSESSIVE_MARKS
from summarizer.figures.clues import NAME_OK_SET
from summarizer.figures.dress import next_word
from summarizer.figures.fixed_patterns import CAPITAL_BEFORE, NAME_BEFORE
from summarizer.figures.hits import QUAL_SET, word_set
from summarizer.figures.meaning import singular
from summarizer.figures.parts import FIRST_YEAR, RECENT_YEARS, Reading
from summarizer.figures.reject_words import (
    CALIBRE_AFTER,
    CALIBRE_BORES,
    CALIBRE_OWNERS,
    EVENT_AFTER,
    EVENT_BEFORE,
    NAMED_MONEY,
    RACE_UNITS,
    RANK_AFTER,
    RANK_UNITS,
    REFERENCES,
)

REFERENCE_SET = word_set(REFERENCES)
KIN_OF = "-of-"  # "a mother-of-six": who someone is
RACE_UNIT_SET = word_set(RACE_UNITS)
EVENT_AFTER_SET = word_set(EVENT_AFTER)
EVENT_BEFORE_SET = word_set(EVENT_BEFORE)
MODEL_DIGITS = 3  # digits at least of a model's number written as a possessive ("the 737's")
RANK_UNIT_SET = word_set(RANK_UNITS)
RANK_AFTER_SET = word_set(RANK_AFTER)
NAMED_MONEY_SET = word_set(NAMED_MONEY)
CALIBRE_AFTER_SET = word_set(CALIBRE_AFTER)
CALIBRE_BORE_SET = frozenset(float(b) for b in CALIBRE_BORES.split())
CALIBRE_OWNER_SET = word_set(CALIBRE_OWNERS)
CALIBRE_UNIT = "mm"
CLAUSE_END = re.compile(r"\s*(?:[.,;:!?)—–]|$|\s+(?:and|or|with)\b)")  # no noun after "a 9mm"
PENCE_CAPITAL = "P"


def in_a_name(text: str, m: re.Match[str], r: Reading) -> bool:
    """A number word or a unit that is part of a name or a label, not a quantity: "a
    mother-of-six" (who she is), "the Big Four banks" (a capitalised number word after a
    capitalised word mid-sentence), "the Capital One Cup" (a capitalised unit after a
    capitalised number word and name), "Runs: 5120 Centuries: 9" (a table's label)."""
    num = m.start("num")
    if r.is_words and text.endswith(KIN_OF, max(0, num - len(KIN_OF)), num):
        return num > len(KIN_OF) and text[num - len(KIN_OF) - 1].isalpha()
    lead = max(0, num - LOOK_BEFORE)
    if r.is_words and text[num].isupper() and NAME_BEFORE.search(text, lead, num):
        return True  # "the Big Four banks", "on Channel Four": the number word ends a name
    if r.suffix not in {"unit", "dur"}:
        return False
    said = text[m.start(r.suffix) : m.end(r.suffix)].strip()
    if not said[:1].isupper():
        return False
    if text[m.end() : m.end() + 1] == ":":
        return True  # "5120 Centuries: 9"
    if not (r.is_words and r.suffix == "unit" and text[num].isupper()):
        return False
    return CAPITAL_BEFORE.search(text, lead, num) is not None


def show_name(text: str, m: re.Match[str], r: Reading) -> bool:
    """A span of time with its unit capitalised mid-sentence names a show or a race: "told 60
    Minutes", "on 48 Hours", "the 24 Hours of Le Mans" (English writes the unit lower-case);
    not in a title-cased line, where the words on both sides are capitalised too."""
    if r.suffix != "dur" or r.is_words:
        return False
    said = text[m.start("dur") : m.end("dur")].strip()
    if not (said[:1].isupper() and said[1:2].islower()):
        return False
    before = text[max(0, m.start() - LOOK_BEFORE) : m.start()].split()[-1:]
    after = text[m.end("dur") : m.end("dur") + LOOK_BEFORE].split()[:1]
    return not (before and after and before[0][:1].isupper() and after[0][:1].isupper())


def race_name(text: str, start: int, end: int, unit: str | None) -> bool:
    """A distance that names a race: "the 100m final", "took 400m gold", "the women's 800m"."""
    if unit not in RACE_UNIT_SET:
        return False
    if next_word(text, end) in EVENT_AFTER_SET:
        return True
    before = text[max(0, start - LOOK_BEFORE) : start].lower().split()
    return bool(before) and before[-1] in EVENT_BEFORE_SET


def calibre(text: str, start: int, end: int, unit: str | None, value: float) -> bool:
    """A bore in millimetres that names a gun: "a 9mm handgun", "5.56mm rounds", and "he had a
    9mm." (a common bore after "a" with no noun after it); not "9mm of rain" nor "a 50mm lens"."""
    if unit != CALIBRE_UNIT:
        return False
    if next_word(text, end) in CALIBRE_AFTER_SET:
        return True
    before = text[max(0, start - LOOK_BEFORE) : start].lower().split()
    owned = bool(before) and before[-1] in CALIBRE_OWNER_SET
    return owned and value in CALIBRE_BORE_SET and CLAUSE_END.match(text, end) is not None


def model_name(text: str, r: Reading, value: float, end: int) -> bool:
    """Digits the article also writes as a possessive ("disables some of the 4380's features")
    name a thing, a phone or a plane, so "4380 owners" are its owners, not 4380 people. Never
    a year's digits ("2015's budget", "the 1990's")."""
    num = r.num
    if r.is_words or r.qual or r.scaled or r.num2 or not num.isdigit() or len(num) < MODEL_DIGITS:
        return False
    if FIRST_YEAR <= value <= RECENT_YEARS[1]:
        return False
    if text.startswith(POSSESSIVE_MARKS, end):
        return True  # "the 7610's functions" itself
    for mark in POSSESSIVE_MARKS:
        i = text.find(num + mark)
        while i >= 0:
            if i == 0 or not (text[i - 1].isalnum() or text[i - 1] in ".,"):
                return True
            i = text.find(num + mark, i + 1)
    return False


def rank_gap(text: str, end: int, noun: str) -> bool:
    """A gap in a table or ranking: "two places higher than Hull", "three spots behind"
    (ranks are no figures, and nor is a difference of two)."""
    if not noun or singular(noun.split()[-1], "en").lower() not in RANK_UNIT_SET:
        return False
    return next_word(text, end) in RANK_AFTER_SET


def named_money(text: str, m: re.Match[str], value: float) -> bool:
    """ "50 Cent": a currency word, capitalised and singular after a number other than one, is
    part of a name."""
    if not m["money"] or value == 1:
        return False
    word = text[m.start("money") : m.end("money")].strip()
    if word == PENCE_CAPITAL and text[m.start("money")].isspace():
        return True  # "Group 12 P": pence written apart are a lower-case "p" ("118.5P" is one)
    return word[:1].isupper() and word[1:].islower() and word.lower() in NAMED_MONEY_SET


def names_it(word: str, r: Reading) -> bool:
    """The word before the number makes it a reference or part of a name: "page 12",
    "Windows 10", "Boeing 737", "S&P 500", "§ 630" (but not "In 2016", "Only 5", "I'm 18")."""
    if word.lower() in REFERENCE_SET:
        return True
    if "'" in word or "’" in word:
        return False  # "She's", "Apple's": a contraction or a possessive, no name
    # islower(): no character isupper (the usual case, told without a loop).
    capital = not word.islower() and (word[0].isupper() or any(c.isupper() for c in word[1:]))
    return capital and word.lower() not in NAME_OK_SET and not _qualifier(word)


def _qualifier(word: str) -> bool:
    return " ".join(word.lower().split()) in QUAL_SET
