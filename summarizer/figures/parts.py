"""A master-pattern match read into its parts: the number's value and scale, the kind of figure,
its unit, the ends of a range and the counted noun or rate that extends it."""

from __future__ import annotations

import re
from dataclasses import dataclass

from summarizer.figures.clues import AGES, capital_count, group_end, model_count, name_after
from summarizer.figures.fixed_patterns import (
    HYPHEN_TIME,
    NAME_AFTER,
    PART_OF_THE,
    POSSESSIVE_OF,
    RATE,
)
from summarizer.figures.hits import (
    noun_end,
    plural,
    word_set,
)
from summarizer.figures.lexicon import BIG, HYPHEN_COUNTS, IN_YEARS, SMALLER_UNITS, STRENGTH_WORD
from summarizer.figures.meaning import currency, duration, measure, singular
from summarizer.figures.numbers import (
    PAIRS,
    parse_digits,
    parse_words,
    scale_of,
)
from summarizer.figures.years import counted_after

SCALE_THEN_OF = re.compile(r" (?:de|di) (?=[^\W\d])")  # after "millones", "milioni"
SCALE_OF_LANGUAGES = frozenset({"fr", "es", "it", "pt"})
OF = " of "  # "a pair of shoes": the counted noun comes after it
# "100,000-plus subscribers": at least that many, the counted noun after the hyphened "plus"
HYPHEN_ROUGH = re.compile(r"-plus(?= [^\W\d])")
FIRST_YEAR, LAST_YEAR = 1000, 2099  # a bare four-digit number in this range is a year
RECENT_YEARS = (1900, 2999)  # "the 2018 elections" is a year; so is "by 2100" after YEAR_LEADS
HALF = 0.5
MIN_WORD_COUNT = 2  # "one of these": a number word below this counts nothing
MIN_BARE_WORD = 3  # "the two sides": a lone number word below this is prose
LEAD_REACH = 8  # characters read before a number for the word that leads it ("of", "to")
HYPHEN_COUNT_SET = word_set(HYPHEN_COUNTS)
RATED = frozenset({"money", "measure", "count", "percent"})  # take "a month", "per person"
# The master pattern's last element, one group per alternative: the one that matched (if any)
# closed last, as nothing follows it, so it is `Match.lastgroup` (one lookup, not eight).
_SUFFIXES = frozenset({"pct", "age", "money", "hyph", "dur", "unit", "ratio", "part"})
_KINDS = {
    "pct": "percent",
    "age": "age",
    "money": "money",
    "hyph": "measure",
    "dur": "duration",
    "unit": "measure",
    "part": "count",
}


@dataclass(slots=True)
class Reading:
    """A master match, read once for the steps of `verdict.judge_match`."""

    num: str
    is_words: bool  # "fifteen", not "15"
    qual: str | None
    num2: str | None  # the second number of a range
    between: str | None
    suffix: str | None  # the suffix group that matched (see _SUFFIXES), if any
    money: bool
    scaled: bool
    value: float  # the number as written, before its scale
    scale: float = 1.0  # what the scale word multiplies by
    yearish: bool = False  # four digits that read as a year unless a counted noun follows


def read(m: re.Match[str], language: str) -> Reading | None:
    """The match's parts and the number's value; None for the commonest rejects, which the
    later steps reject as well: a bare year ("in 1987"), a bare "one" or "two"."""
    num = m.group("num")
    is_words = num[0].isalpha()
    suffix = m.lastgroup if m.lastgroup in _SUFFIXES else None  # see _SUFFIXES
    money = bool(m["cur"]) or suffix == "money"
    scaled = bool(m["scale"] or m["scale_after"] or m["mcode"])
    qual = m["qual"]
    value = parse_words(num) if is_words else parse_digits(num, language, scaled)
    if value is None:
        return None
    if m["half"]:
        value += HALF  # "two and a half years"
    yearish = num.isdigit() and len(num) == 4 and FIRST_YEAR <= value <= LAST_YEAR
    if suffix is None and not scaled:
        if yearish and not _may_count(m, value):
            return None
        followed = m.string[m.end() : m.end() + 1] == " "  # "two trials": a noun may follow
        small = value < MIN_WORD_COUNT or (value < MIN_BARE_WORD and not qual and not followed)
        if is_words and not money and small:
            return None
    reading = Reading(num, is_words, qual, m["num2"], m["between"], suffix, money, scaled, value)
    reading.scale = scale_of(m["scale"] or m["scale_after"] or "m") if scaled else 1.0
    reading.yearish = yearish
    return reading


def _may_count(m: re.Match[str], value: float) -> bool:
    """Four digits that read as a year may count something: "more than 1000 customers",
    "1500 workers", "a fleet of 2000 trawlers" (a word follows; `verdict` keeps them only when
    it is a counted noun)."""
    if not (m["qual"] or value < RECENT_YEARS[0]):
        lead = m.string[max(0, m.start() - LEAD_REACH) : m.start()].split()[-1:]
        return bool(lead) and counted_after(m.string, m.end(), lead[0], value)
    after = m.string[m.end() : m.end() + 2]
    return after[:1] == " " and after[1:2].isalpha()


def hyphen_word(m: re.Match[str]) -> str:
    """The unit of a hyphenated figure: "year" of "30-year" (and of "30 - year", as tokenised
    text writes it)."""
    return m["hyph"].lstrip(" -")


def denominator(m: re.Match[str]) -> float:
    """The whole of "seven in ten", "3 out of 5"."""
    word = m["ratio"].split()[-1]
    return (parse_words(word) or 0.0) if word.isalpha() else float(word.replace(",", ""))


def figure_range(
    m: re.Match[str], r: Reading, value: float, language: str
) -> tuple[float | None, float, float | None]:
    """(scale, low, high): a scale written once applies to both ends ("$89 to $93 billion")."""
    scale = r.scale if r.scaled else None
    if r.is_words and scale is None:  # "three million": the scale is a word of the number
        scale = next((BIG[w] for w in reversed(r.num.split()) if w in BIG), None)
    if not r.num2:
        return scale, value, None
    num2 = m["num2"]
    top = parse_words(num2) if num2[0].isalpha() else parse_digits(num2, language, False)
    if top is None:
        return scale, value, None
    scale2 = scale_of(m["scale2"]) if m["scale2"] else scale
    if scale is None and scale2 is not None:
        scale, value = scale2, value * scale2
    return scale, value, top * (scale2 or 1.0)


def _through_name(text: str, pos: int, language: str) -> int | None:
    """End of a capitalised number word's noun through a name to a lower-case plural ("Three
    Riverside United players"). A name alone ("Five Little Pigs") counts nothing, nor does a
    plural name, which is what the number names ("In Seven Rooms traces her career", "Three Lions
    fans"), unless the name has a number word of its own first: "Seven Three Lions players"
    counts players, the plural being the name's."""
    counted = noun_end(text, pos, language, words=True)
    if counted is None:
        return None
    *name, last = text[pos:counted].split()
    if not last[:1].islower():
        return None
    if name and parse_words(name[0].lower()) is not None:
        return counted  # "Seven Three Lions players": "Three Lions" is the name
    return None if any(plural(word.lower(), language) for word in name) else counted


def _first_plural(text: str, start: int, end: int) -> int:
    """Where the first plural of `text[start:end]` ends ("240 of the accounts held balances"
    counts accounts)."""
    offset = start
    for token in text[start:end].split():
        offset = text.index(token, offset) + len(token)
        if plural(token, "en"):
            return offset
    return end


def unit_of(m: re.Match[str], r: Reading, kind: str, noun: str, language: str) -> str | None:
    """The figure's normalised unit (see `Figure.unit`)."""
    if kind == "percent":
        said = (m["pct"] or "").lower()
        return "pp" if "point" in said or "punkt" in said else "%"  # "0.3 percentage points"
    if kind == "money":
        written = m["cur"] or m["cur2"] or m["money"] or ""
        if m["scale_after"] and not (m["cur"] or m["cur2"]):
            written = written[: m.start("scale_after") - m.start("money")]  # "USD million"
        elif m["mcode"] and not (m["cur"] or m["cur2"]):
            written = m["mcode"][1:]  # "MUSD": USD
        return currency(written)
    if kind == "count" and r.suffix == "hyph" and hyphen_word(m) == STRENGTH_WORD:
        return singular(noun.split()[-1], language) if noun else None  # "40-strong squad"
    if kind == "count" and r.suffix == "hyph":
        return singular(hyphen_word(m), language)  # "a three-game streak": games
    if kind == "count":
        return singular(noun, language) if noun else None
    if r.suffix == "unit":
        return measure(m["unit"])
    if r.suffix == "hyph":
        word = hyphen_word(m)
        return duration(word) or measure(word) or singular(word, language)
    if r.suffix == "dur":
        return duration(m["dur"].split()[0])
    if kind == "duration" and noun:
        return duration(noun)  # "five-plus months" (`kind_of`)
    if kind == "age":
        said = m["age"].strip(" -") if r.suffix == "age" else ""
        return (duration(said.split("-")[0].split()[0]) if said else None) or "year"
    return None


def in_smallest_unit(
    m: re.Match[str], r: Reading, value: float, unit: str | None
) -> tuple[float, str | None]:
    """A duration in one unit: "3 hours 12 minutes" is 192 minutes, "8 anni e 4 mesi" 100
    months, "over two decades" 20 years (as the labels' README reads them)."""
    if unit in IN_YEARS:
        return value * IN_YEARS[unit], "year"
    if r.suffix != "dur" or r.num2:
        return value, unit
    second = _SECOND_PART.search(m["dur"])
    smaller = duration(second["unit"]) if second else None
    factor = SMALLER_UNITS.get((unit or "", smaller or ""))
    if second is None or factor is None:
        return value, unit
    return value * factor + float(second["n"]), smaller


_SECOND_PART = re.compile(r"(?P<n>\d+(?:\.\d+)?)\s(?P<unit>\w+)$")  # "2 minutes 30.40 seconds"


def compound_duration(m: re.Match[str], r: Reading) -> bool:
    """Whether a duration goes on in a smaller unit ("one minute 48.25 seconds"): a time to the
    second, however small its first number (a bare "one minute" is an idiom)."""
    return r.suffix == "dur" and _SECOND_PART.search(m["dur"]) is not None


def kind_of(
    text: str,
    m: re.Match[str],
    r: Reading,
    end: int,
    value: float,
    tail: str,
    word: str,
    after: str,
    language: str,
) -> tuple[str, int, str, str]:
    """What the figure counts, where it ends, the counted noun and what it is per: a counted
    noun ("1,024 sea turtles") or a rate ("£950 a month") extends it."""
    kind = _KINDS.get(r.suffix or "", "money" if r.money else "number")
    noun = ""
    if r.suffix == "hyph" and HYPHEN_TIME.match("-" + hyphen_word(m)):
        kind = "duration"
    elif r.suffix == "hyph" and hyphen_word(m) in HYPHEN_COUNT_SET:
        kind = "count"  # "a three-match ban", "a 14-time winner"
    elif r.suffix == "hyph" and hyphen_word(m) == STRENGTH_WORD:
        kind, group = "count", group_end(text, end)  # "a 2,700-strong crowd": 2,700 in it
        if group:
            noun, end = text[end:group].strip(), group
    if kind == "number":
        lower_word = r.is_words and text[m.start("num")].islower()  # not "Five Acts"
        of = len(OF) - 1 if r.num.split()[-1] in PAIRS and text.startswith(OF, end) else 0
        if r.scaled and not of and language in SCALE_OF_LANGUAGES:
            scale_of = SCALE_THEN_OF.match(text, end)  # "11,2 millones de turistas"
            of = scale_of.end() - end - 1 if scale_of else 0
        owned = POSSESSIVE_OF.match(text, end) if r.is_words and not of else None
        if not (r.is_words or of or r.scaled or r.money) and language == "en":
            owned = PART_OF_THE.match(text, end)  # "140 of the homes"
        of = owned.end() - end - 1 if owned else of  # "four of his players"
        rough = HYPHEN_ROUGH.match(text, end) if not of else None
        of = rough.end() - end if rough else of  # "100,000-plus subscribers"
        counted = noun_end(text, end + of, language, lower_word)  # "a pair of shoes"
        if counted and owned and not r.is_words:
            counted = _first_plural(text, end + of, counted)  # "240 of the accounts held ..."
        if not counted and r.is_words and not lower_word and language == "en":
            counted = _through_name(text, end + of, language)  # "Three Riverside United players"
        if not counted and language == "en" and not r.is_words:
            counted = capital_count(text, end, r.scaled)  # "2.6 million Finns", "12 Danish anglers"
            counted = counted or model_count(text, end)  # "40 Boeing 737 Max 8 jets"
        plain = not (counted or r.is_words or r.scaled or r.money)
        named = name_after(text, end, value) if plain else None
        if counted:
            noun = text[end + of : counted].strip()
            spans = rough is not None and duration(noun) == singular(noun, language)
            end, kind = counted, "duration" if spans else "count"  # "five-plus months": a span
        elif rough:  # "an estimated 28,000-plus at a park": the span keeps its "-plus"
            end = rough.end()
        elif named:  # "27000 Model S": a count of the thing the name names ("... S cars")
            name = NAME_AFTER.match(text, end)
            noun = text[name.end() : named].strip() if name and name.end() < named else ""
            noun = noun or text[end:named].strip()
            end, kind = named, "count"
        elif AGES[0] <= value < AGES[1] and (
            (tail[:1].isalpha() and tail.endswith(",") and after[:1] == ",") or word == "aged"
        ):
            kind = "age"  # "Lia Moreno, 29, said", "aged 15"
    per = ""
    if kind in RATED:
        rate = RATE.match(text, end)
        if rate:
            end, per = rate.end(), re.split(r"[\s/-]+", rate.group())[-1]  # "-a-share", "/day"
    return kind, end, noun, per
