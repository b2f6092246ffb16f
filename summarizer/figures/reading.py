"""Reading one number where a trigger is: the master pattern's match judged as a figure or not.

The master pattern (`summarizer.figures.patterns`) is matched on lowercased text after stepping
back over a qualifier ("more than"). Filters here throw out what only looks like a quantity
(dates, times, phone and page numbers, list markers, lone years, scores, numbers inside names);
what passes gets its kind, value (scale applied, a range's ends), unit and qualifier.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from summarizer.figures.hits import (
    NOUN_STOP_SET,
    QUAL_SET,
    Hit,
    noun_end,
    overlaps,
    plural,
    step_back,
    word_set,
)
from summarizer.figures.lexicon import (
    BIG,
    BRACKET_LEADS,
    CLAUSE_OPENERS,
    DIAL_WORDS,
    EMERGENCY_NUMBERS,
    FRACTIONS,
    HYPHEN_COUNTS,
    INTENSIFIED,
    MILLION_OF,
    NAME_OK,
    REFERENCES,
    SENTENCE_STARTERS,
    STREET_WORDS,
    WEIGHT_CUES,
    YEAR_LEADS,
)
from summarizer.figures.meaning import currency, duration, measure, singular
from summarizer.figures.numbers import (
    PAIRS,
    parse_digits,
    parse_words,
    scale_of,
)
from summarizer.figures.patterns import (
    AGE_LEAD,
    CAPITAL_NEXT,
    EMERGENCY,
    HYPHEN_TIME,
    MINUS,
    NAME_AFTER,
    NEXT_WORDS,
    RATE,
    TIME_AFTER,
    WORDLIKE,
    patterns,
)
from summarizer.figures.starts import finditer_at

REFERENCE_SET = word_set(REFERENCES)
NAME_OK_SET = word_set(NAME_OK)
YEAR_LEAD_SET = word_set(YEAR_LEADS)
MILLION_OF_SET = word_set(MILLION_OF)
HYPHEN_COUNT_SET = word_set(HYPHEN_COUNTS)
DIAL_SET = word_set(DIAL_WORDS)
BRACKET_SET = word_set(BRACKET_LEADS)
STREET_SET = word_set(STREET_WORDS)
NOT_NAMES = NAME_OK_SET | word_set(SENTENCE_STARTERS.lower()) | word_set(CLAUSE_OPENERS)
NAMED_COUNT_MIN = 1000  # "23 Essex Street" is an address; "27000 Model S" a count of cars
AGO = " ago"
STAMP_WINDOW = 60  # characters on each side of "N days ago" searched for another stamp
WHOLE = 100.0  # per cent
INTENSIFIED_SET = word_set(INTENSIFIED)
SPACED_MINUS = "- "
TEMPERATURE = re.compile(r"°|degree|celsius|fahrenheit", re.IGNORECASE)
OF = " of "  # "a pair of shoes": the counted noun comes after it
OPENERS = "\"“‘'«(["

# -- what makes a figure ------------------------------------------------------------------------
SHORT_YEAR_DIGITS = (2, 4)  # "2018 to 19", "2018 to 2020": the second number is a year too
FIRST_YEAR, LAST_YEAR = 1000, 2099  # a bare four-digit number in this range is a year
TALKED_ABOUT = 2  # mentions of a noun that make "two X" a figure
RECENT_YEARS = (1900, 2999)  # "the 2018 elections" is a year; so is "by 2100" after YEAR_LEADS
WEIGHT_WINDOW = 60  # characters before "25 pounds" read for a word of weight
CENTS = 100  # hundredths of a dollar, euro or pound
WHOLE_UNITS = frozenset(
    {"dollars", "dollar", "euros", "euro", "pounds", "pound", "yuan", "usd", "eur", "gbp"}
)
MILLION = 1e6  # "35m of its devices", "1.2m tons": "m" as a scale
LOOK_AROUND = 40  # characters read on each side of a figure for the words next to it
MIN_WORD_COUNT = 2  # "one of these": a number word below this counts nothing
MIN_BARE_WORD = 3  # "the two sides": a lone number word below this is prose
MIN_BARE_WORD_NUMBER = 100  # "twelve" on its own is prose; "two hundred" is a figure
MIN_BARE_NUMBER = 10  # a bare "7" with nothing counted or qualified says too little
AGES = (10, 120)  # "Lia Moreno, 29, said": a bare number in this range between commas

RATED = frozenset({"money", "measure", "count"})  # kinds that take "a month", "per person"
SMALL_WORD_PENALTY = 1.5  # "two trials" counts, but rarely is what a reader must know
SCORE_UNITS = frozenset({"point", "goal", "run", "touchdown", "basket"})  # what games score
SCORE_PENALTY = 1.5  # a score is a quantity, but the labels (and readers) want the news


def numbers(
    text: str, low: str, language: str, trigger_starts: list[int], blocked: list[tuple[int, int]]
) -> list[Hit]:
    """The figures built on a number: the master pattern at each trigger, then `_judge`."""
    hits: list[Hit] = []
    found = patterns(language)
    pattern = found.master
    done = 0
    for t in finditer_at(found.trigger, low, trigger_starts):
        if t.start() < done:
            continue
        m = pattern.match(low, step_back(low, t.start(), done))
        if not m:
            continue
        done = m.end()
        hit = _judge(text, m, language, blocked)
        if hit is None and _year_then_count(m):  # "2018 to 3.9 million headsets"
            m = pattern.match(low, m.start("cur2") if m["cur2"] else m.start("num2"))
            hit = _judge(text, m, language, blocked) if m else None
        if hit is not None:
            done = min(done, hit.end)  # a figure cut short leaves the rest to read
        if hit:
            hits.append(hit)
    return hits


def _year_then_count(m: re.Match[str]) -> bool:
    """A year, then a number that is no year: "from 2018 to 3.9 million" is no range (but
    "2013-14" is a season, and "2018 to 19" its short form)."""
    first, second = m["num"], m["num2"]
    if not second or m["cur"] or m["scale"] or not (first.isdigit() and len(first) == 4):
        return False
    joiner = m.string[m.end("num") : m.start("cur2") if m["cur2"] else m.start("num2")]
    if not any(c.isalpha() for c in joiner):
        return False  # a dash joins years: "2013-14"
    return not (second.isdigit() and len(second) in SHORT_YEAR_DIGITS)


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
class _Reading:
    """A master match, read once for the steps of `_judge`."""

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


def _judge(text: str, m: re.Match[str], language: str, blocked: list) -> Hit | None:
    """Decide whether one master match is a figure; return it with kind and value."""
    r = _read(m, language)
    if r is None or overlaps(m.span("num"), blocked):
        return None
    end = m.end()
    if _idiom(text, r, end):
        return None
    if r.suffix == "ratio" and r.value > _denominator(m):
        r.suffix, end = None, m.start("ratio")  # "$10000 in 3 years": no share
    if r.num2 and overlaps(m.span("num2"), blocked):
        return None
    start = m.start()
    if r.between and not r.num2:  # "between" with no second number: the figure starts after it
        start = m.start("qual") if r.qual else m.start("cur") if m["cur"] else m.start("num")
    if r.suffix == "unit" and m["unit"].strip() == "m" and _means_million(text, m.end(), language):
        r.suffix, r.scaled, r.scale = None, True, MILLION
    value = r.value * r.scale
    before = text[max(0, start - LOOK_AROUND) : start]
    # The last word of `before` (rsplit cuts only it off; isspace: nothing but whitespace).
    tail = before.rsplit(None, 1)[-1] if before[-1:].isspace() and not before.isspace() else ""
    bare_tail = tail.lstrip(OPENERS)  # '"Season 6 teasers': the word after a quotation mark
    word = bare_tail if WORDLIKE.fullmatch(bare_tail) else ""  # the word right before it
    after = text[end : end + LOOK_AROUND]
    bare = r.suffix is None and not r.money  # no unit, currency or other suffix
    if bare and _not_a_quantity(text, r, start, end, value, word, after, language):
        return None
    named = word or (tail if tail in REFERENCE_SET else "")  # "§" is no word
    # "Boeing 737", not "Jo three" nor "Rotate 90°" (a unit makes it a measure, not a name)
    plain = not (r.qual or r.money or r.is_words) and r.suffix not in {"pct", "unit"}
    if named and (_names_it(named, r) if plain else named.lower() in REFERENCE_SET):
        return None
    if _is_year(m, r, value, word):
        return None
    start, value = _signed(text, start, value)
    if r.suffix == "unit" and value > 0 and _spaced_minus(text, start, m["unit"]):
        start, value = start - len(SPACED_MINUS), -value  # "convert - 20 degrees fahrenheit"
    qualified = bool(r.qual) or bool(r.between and r.num2)
    qual = " ".join(r.qual.split()) if r.qual else None
    if r.suffix == "ratio":
        share = value / (_denominator(m) or 1)
        return Hit(start, end, m.span("num"), "ratio", share, qualified, qual=qual)
    kind, end, noun, per = _kind(text, m, r, end, value, tail, word, after, language)
    if r.is_words and noun.lower() in FRACTIONS:
        return None  # "three quarters of voters": a share, which `shapes.fractions` reads
    if _too_small(r, kind, value, qualified) and not _talked_about(m.string, r, kind, noun):
        return None
    if r.yearish and not r.suffix and kind != "count":
        return None
    if kind in {"number", "duration"} and _an_age(text, start, value, tail, after):
        kind = "age"  # after _too_small: "aged 7" stays as rare a figure as a bare "7"
    scale, low, high = _range(m, r, value, language)
    if kind == "money" and m["money"] and m["money"].strip() in WHOLE_UNITS and not r.scaled:
        low, end = _with_cents(m, end, low, language)
    hit = Hit(start, end, m.span("num"), kind, low, qualified, None, scale, high, qual)
    _dress(hit, text, m, r, noun, per, language)
    return hit


def _idiom(text: str, r: _Reading, end: int) -> bool:
    """A number that is a way of speaking or a page's furniture, not a quantity."""
    if r.suffix == "pct" and r.value == WHOLE and _word_after(text, end) in INTENSIFIED_SET:
        return True  # "100% no", "100% sure"
    return r.suffix == "dur" and _stamped(text, end)  # "bensky 41 days ago" among comments


def _with_cents(m: re.Match[str], end: int, low: float, language: str) -> tuple[float, int]:
    """ "3 dollars 50 cents", "17 USD 25.": (the amount with its cents, where it ends)."""
    cents = patterns(language).cents_after.match(m.string, end)
    if not cents or end != m.end() or low != int(low):
        return low, end
    part = cents["cents"]
    amount = parse_words(part) if part[0].isalpha() else float(part)
    if amount is None or amount >= CENTS:
        return low, end
    return low + amount / CENTS, cents.end()


def _dress(
    hit: Hit, text: str, m: re.Match[str], r: _Reading, noun: str, per: str, language: str
) -> None:
    """Set a hit's unit (a rate's too) and the penalties that rank it below its kind."""
    hit.unit = _unit(m, r, hit.kind, noun, language)
    if hit.kind == "count" and not r.is_words and noun[:1].isupper():
        hit.unit = noun  # a name counted: "27000 Model S"
    if hit.unit == "GBP" and not m["cur"] and _weighed(text, hit.start):
        hit.kind, hit.unit = "measure", "lb"  # "weighs 25 pounds"
    if per and hit.unit:
        hit.unit = f"{hit.unit}/{duration(per) or singular(per, language)}"  # "USD/share"
    if r.is_words and hit.value is not None and hit.value < MIN_BARE_NUMBER:
        hit.penalty = SMALL_WORD_PENALTY  # "two trials", "three-time": true, seldom the news
    if r.suffix == "hyph" and m["hyph"][1:] == "time":
        hit.penalty += SMALL_WORD_PENALTY  # "a 10-time All-Star" describes someone
    if hit.unit and hit.unit.split()[-1] in SCORE_UNITS:
        hit.penalty += SCORE_PENALTY  # "27 points in the final round": a game's score


def _denominator(m: re.Match[str]) -> float:
    """The whole of "seven in ten", "3 out of 5"."""
    word = m["ratio"].split()[-1]
    return (parse_words(word) or 0.0) if word.isalpha() else float(word)


def _range(
    m: re.Match[str], r: _Reading, value: float, language: str
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


def _unit(m: re.Match[str], r: _Reading, kind: str, noun: str, language: str) -> str | None:
    """The figure's normalised unit (see `Figure.unit`)."""
    if kind == "percent":
        return "%"
    if kind == "money":
        written = m["cur"] or m["cur2"] or m["money"] or ""
        if m["scale_after"] and not (m["cur"] or m["cur2"]):
            written = written[: m.start("scale_after") - m.start("money")]  # "USD million"
        elif m["mcode"] and not (m["cur"] or m["cur2"]):
            written = m["mcode"][1:]  # "MUSD": USD
        return currency(written)
    if kind == "count":
        return singular(noun, language) if noun else None
    if r.suffix == "unit":
        return measure(m["unit"])
    if r.suffix == "hyph":
        word = m["hyph"][1:]
        return duration(word) or measure(word) or singular(word, language)
    if r.suffix == "dur":
        return duration(m["dur"].split()[0])
    if kind == "age":
        said = m["age"].strip(" -") if r.suffix == "age" else ""
        return (duration(said.split("-")[0].split()[0]) if said else None) or "year"
    return None


def _read(m: re.Match[str], language: str) -> _Reading | None:
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
    yearish = num.isdigit() and len(num) == 4 and FIRST_YEAR <= value <= LAST_YEAR
    if suffix is None and not scaled:
        if yearish and not _may_count(m, value):
            return None
        followed = m.string[m.end() : m.end() + 1] == " "  # "two trials": a noun may follow
        small = value < MIN_WORD_COUNT or (value < MIN_BARE_WORD and not qual and not followed)
        if is_words and not money and small:
            return None
    reading = _Reading(num, is_words, qual, m["num2"], m["between"], suffix, money, scaled, value)
    reading.scale = scale_of(m["scale"] or m["scale_after"] or "m") if scaled else 1.0
    reading.yearish = yearish
    return reading


def _may_count(m: re.Match[str], value: float) -> bool:
    """Four digits that read as a year may count something: "more than 1000 customers",
    "1500 workers" (a word follows; `_judge` keeps them only when it is a counted noun)."""
    if not (m["qual"] or value < RECENT_YEARS[0]):
        return False
    after = m.string[m.end() : m.end() + 2]
    return after[:1] == " " and after[1:2].isalpha()


def _not_a_quantity(
    text: str, r: _Reading, start: int, end: int, value: float, word: str, after: str, language: str
) -> bool:
    """A bare number (no unit, currency or suffix) that is part of something else: an ordinal
    or a code, an address or a name, a date or a time, odds, a score, an emergency number, a
    day of a month, a list marker. The cheap tests come first."""
    if end < len(text) and (text[end].isalnum() or (text[end] == "-" and after[1:2].isalpha())):
        return True  # "5th", "1990s", "3-D"
    if text[start - 1 : start] in {"'", "’"}:
        return True  # "since ’83": a year
    if TIME_AFTER.match(text, start + len(r.num)) and r.num2 is None:
        return True  # "12 hr 33 min ago"
    if language == "en" and not r.is_words and CAPITAL_NEXT.match(after):
        # "23 Essex Street", "Apollo 11 Crew" (cheaper than the date test); but "27000 Model S"
        # counts cars of that name.
        return r.scaled or _name_after(text, end, value) is None
    found = patterns(language)
    if found.date_after.match(after) or TIME_AFTER.match(after):
        return True
    if after[:1] == "/" and after[1:2].isdigit():
        return True  # odds and fractions: "40/1", "24/7"
    if r.num2 and not r.between and (parse_digits(r.num2) or 0) <= value:
        return True  # a score: "29-10 winners", "won 3-1", a tie "89-89"
    if value in EMERGENCY_NUMBERS and (EMERGENCY.match(after) or word.lower() in DIAL_SET):
        return True  # "a 911 call", "called 911"
    if after[:1] == "?" and after[1:2].isdigit():
        return True  # "27?6": a score whose dash the page lost
    if r.num2 and word.lower() in BRACKET_SET and value < AGES[1]:
        return True  # "adults 18-49": an age bracket names a group, it counts nothing
    if not r.is_words and word and found.month_word.fullmatch(word) and not r.qual:
        return True  # "March 5"
    # A list marker (the cheap test first: the line can be a long paragraph).
    return after[:1] in {".", ")"} and not text[text.rfind("\n", 0, start) + 1 : start].strip()


def _names_it(word: str, r: _Reading) -> bool:
    """The word before the number makes it a reference or part of a name: "page 12",
    "Windows 10", "Boeing 737", "S&P 500", "§ 630" (but not "In 2016", "Only 5", "I'm 18")."""
    if word.lower() in REFERENCE_SET:
        return True
    if "'" in word or "’" in word:
        return False  # "She's", "Apple's": a contraction or a possessive, no name
    # islower(): no character isupper (the usual case, told without a loop).
    capital = not word.islower() and (word[0].isupper() or any(c.isupper() for c in word[1:]))
    return capital and word.lower() not in NAME_OK_SET and not _qualifier(word)


def _is_year(m: re.Match[str], r: _Reading, value: float, word: str) -> bool:
    """A year on its own ("in 1987", "в 2023 году", "by 2100"), not "1,200 years"."""
    four_digits = r.suffix is None and not r.scaled and r.num.isdigit() and len(r.num) == 4
    if four_digits and LAST_YEAR < value <= RECENT_YEARS[1] and word.lower() in YEAR_LEAD_SET:
        return True
    if not r.yearish or r.scaled:
        return False
    if r.suffix is None and r.qual is None and word.lower() in YEAR_LEAD_SET:
        return True
    if r.suffix is None and (r.qual or value < RECENT_YEARS[0]):
        return False  # "more than 1000 customers": `_judge` keeps it only with a counted noun
    return r.suffix is None or (r.suffix == "dur" and m["dur"].strip().startswith("год"))


def _kind(
    text: str,
    m: re.Match[str],
    r: _Reading,
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
    if r.suffix == "hyph" and HYPHEN_TIME.match(m["hyph"]):
        kind = "duration"
    elif r.suffix == "hyph" and m["hyph"][1:] in HYPHEN_COUNT_SET:
        kind = "count"  # "a three-match ban", "a 14-time winner"
    if kind == "number":
        lower_word = r.is_words and text[m.start("num")].islower()  # not "Five Acts"
        of = len(OF) - 1 if r.num.split()[-1] in PAIRS and text.startswith(OF, end) else 0
        counted = noun_end(text, end + of, language, lower_word)  # "a pair of shoes"
        plain = not (counted or r.is_words or r.scaled or r.money)
        named = _name_after(text, end, value) if plain else None
        if counted:
            noun = text[end + of : counted].strip()
            end, kind = counted, "count"
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
            end, per = rate.end(), rate.group().split()[-1]
    return kind, end, noun, per


def _name_after(text: str, end: int, value: float) -> int | None:
    """Where a count of a named thing ends ("27000 Model S", "4,000 Galaxy S9 phones"): after
    a big number, a capitalised name that is no street, and the plural that may follow it."""
    if value < NAMED_COUNT_MIN:
        return None
    m = NAME_AFTER.match(text, end)
    if not m or m["name"].split()[-1].lower().rstrip(".") in STREET_SET:
        return None
    if m["name"].split()[0].lower() in NOT_NAMES:
        return None  # "64million Without a change ...": the next sentence, run on
    return noun_end(text, m.end(), "en") or m.end()


def _word_after(text: str, end: int) -> str:
    m = NEXT_WORDS.match(text, end)
    return m.group().split()[0].lower() if m else ""


def _stamped(text: str, end: int) -> bool:
    """ "41 days ago" with another "... ago" close by: a list of comments' time stamps."""
    if not text.startswith(AGO, end):
        return False
    after = end + len(AGO)
    before = text[max(0, end - STAMP_WINDOW) : end]
    return AGO in before or AGO in text[after : after + STAMP_WINDOW]


def _weighed(text: str, start: int) -> bool:
    """Whether the words before a figure speak of weight ("the bag weighed 25 pounds")."""
    before = text[max(0, start - WEIGHT_WINDOW) : start].lower()
    return any(cue in before for cue in WEIGHT_CUES)


def _an_age(text: str, start: int, value: float, tail: str, after: str) -> bool:
    """Someone's age, told by the words around it: "aged 40", "dies at 84", "the age of 80",
    "Mr. Jean, 26." (a sentence's end after a name), "Anna Brok (34)"."""
    if AGE_LEAD.search(text, max(0, start - LOOK_AROUND), start):
        return True
    if not AGES[0] <= value < AGES[1]:
        return False
    if tail == ",":  # "Ann Lee , 48," (a comma apart from the name, as pages lose markup)
        words = text[max(0, start - LOOK_AROUND) : start].split()
        tail = words[-2] + "," if len(words) > 1 and words[-2].isalpha() else ""
    if tail[:1].isupper() and tail.endswith(",") and after[:1] in {",", ".", ";"}:
        return after[:1] == "," or after[1:2] in {"", " ", "\n"}
    if text[start - 1 : start] != "(" or after[:1] != ")":
        return False
    name = text[max(0, start - LOOK_AROUND) : start - 1].split()[-1:]
    return bool(name) and name[0][:1].isupper() and name[0].isalpha()


def _too_small(r: _Reading, kind: str, value: float, qualified: bool) -> bool:
    """Numbers too small to be news on their own: "more than one of these", "one day, ...",
    "the two sides", a bare "seven", a bare "7"."""
    plain = kind in {"count", "number"}
    if r.is_words and value < MIN_WORD_COUNT and not r.scaled and plain:
        return True  # "more than one of these", "the only one"
    if r.is_words and value < MIN_WORD_COUNT and not r.qual and kind == "duration":
        return True  # "one day, ..." is an idiom, not a quantity
    if r.is_words and not r.qual and not r.scaled:
        if value < MIN_BARE_WORD and plain:
            return True  # "one of", "the two sides"
        if kind == "number" and value < MIN_BARE_WORD_NUMBER:
            return True
    return kind == "number" and not qualified and (value < MIN_BARE_NUMBER or value != value)


def _signed(text: str, start: int, value: float) -> tuple[int, float]:
    """(start, value) with a sign in front read: "-1.3%", "−40", "minus-260 degrees" (not
    the dash of "COVID-19" or "10-20")."""
    if start and text[start - 1] in "-−" and (start == 1 or not text[start - 2].isalnum()):
        return start - 1, -value
    window = max(0, start - len("minus-"))
    m = MINUS.search(text, window, start) if "inus" in text[window:start].lower() else None
    if m:
        return m.start(), -value
    return start, value


def _spaced_minus(text: str, start: int, unit: str) -> bool:
    """A "- " before a temperature, after a word (not "10 - 20"): a minus set apart."""
    if (
        not TEMPERATURE.search(unit)
        or text[max(0, start - len(SPACED_MINUS)) : start] != SPACED_MINUS
    ):
        return False
    before = text[: start - len(SPACED_MINUS)].rstrip()
    return not before or before[-1].isalpha()


def _means_million(text: str, pos: int, language: str) -> bool:
    """ "35m of its devices", "1.2m tons": an "m" glued to a number is a million when a
    plural or "of" and a determiner follows, else metres ("48m", "1.8m tall")."""
    m = NEXT_WORDS.match(text, pos)
    if not m:
        return False
    words = m.group().lower().split()
    if words[0] == "of":
        return len(words) > 1 and words[1] in MILLION_OF_SET
    return plural(words[0], language) and words[0] not in NOUN_STOP_SET


def _qualifier(word: str) -> bool:
    return " ".join(word.lower().split()) in QUAL_SET


def _talked_about(low: str, r: _Reading, kind: str, noun: str) -> bool:
    """ "two trials" in a story that mentions trials again: a small number word counting what
    the article is about is a figure (a lone "the two sides" is prose)."""
    if not (kind == "count" and r.is_words and r.value >= MIN_WORD_COUNT and noun):
        return False
    head = singular(noun, "en").split()[-1]
    if low.count(head) < TALKED_ABOUT:
        return False  # the cheap test first: most nouns come once
    mentions = re.findall(rf"\b{re.escape(head)}(?:s|es)?\b", low)  # "trial", "trials"
    return len(mentions) >= TALKED_ABOUT
