"""Reading one number where a trigger is: the master pattern's match judged as a figure or not.

The master pattern (`summarizer.figures.patterns`) is matched on lowercased text after stepping
back over a qualifier ("more than"). `_judge` runs the steps: `summarizer.figures.parts`
reads the match, `summarizer.figures.rejects` throws out what only looks like a quantity (dates,
times, phone and page numbers, list markers, lone years, scores, numbers inside names) and
`summarizer.figures.clues` reads the words around it; what passes gets its kind, value (scale
applied, a range's ends), unit and qualifier.
"""

from __future__ import annotations

import re

from summarizer.figures.clues import (
    LOOK_AROUND,
    SPACED_MINUS,
    an_age,
    means_million,
    multiplier,
    signed,
    spaced_minus,
    weighed,
)
from summarizer.figures.fixed_patterns import (
    BLOCK_AFTER,
    NEXT_WORDS,
    TOP_BEFORE,
    VOTE_RESULT,
    WORDLIKE,
)
from summarizer.figures.hits import (
    Hit,
    overlaps,
    step_back,
)
from summarizer.figures.language_words import SHARE_WORDS
from summarizer.figures.lexicon import DURATION_ABBREVIATIONS, FRACTIONS, ONE_IDIOMS
from summarizer.figures.meaning import duration, measure, singular
from summarizer.figures.numbers import (
    composed_end,
    parse_words,
)
from summarizer.figures.particles import particle
from summarizer.figures.parts import (
    Reading,
    denominator,
    figure_range,
    hyphen_word,
    in_smallest_unit,
    kind_of,
    read,
    unit_of,
)
from summarizer.figures.patterns import patterns
from summarizer.figures.reject_words import (
    CLOCK_AFTER,
    CLOCK_BEFORE,
    DESCRIBING_AFTER,
    DOCUMENT_UNITS,
    HARM_WORDS,
    KIN,
    PAIR_TOLD,
    PAIR_TOLD_OTHER,
    SHOT_NAMES,
    TWO_WORDS,
    VICTIMS_AFTER,
    VICTIMS_BEFORE,
    WHEN_WORDS,
)
from summarizer.figures.rejects import (
    MIN_BARE_NUMBER,
    REFERENCE_SET,
    furniture,
    golf_round,
    idiom,
    in_a_name,
    is_year,
    model_name,
    named_money,
    names_it,
    not_a_quantity,
    race_name,
    rank_gap,
    talked_about,
    too_small,
)
from summarizer.figures.starts import finditer_at

# -- what makes a figure ------------------------------------------------------------------------
# Four digits in this span before "to" and a scaled amount are a year ("in 2004 to 789m euros").
YEAR_DIGITS, RANGE_YEARS = 4, (1800, 2100)
SHORT_YEAR_DIGITS = (2, 4)  # "2018 to 19", "2018 to 2020": the second number is a year too
OPENERS = "\"“‘'«(["
CENTS = 100  # hundredths of a dollar, euro or pound
WHOLE_UNITS = frozenset(
    {"dollars", "dollar", "euros", "euro", "pounds", "pound", "yuan", "usd", "eur", "gbp"}
)
MILLION = 1e6  # "35m of its devices", "1.2m tons": "m" as a scale
SMALL_WORD_PENALTY = 0.5  # "two trials" counts, but rarely is what a reader must know
PAIR_PENALTY = 1.5  # "her two daughters" is a figure, seldom a key one (unless told again)
HONOUR_PENALTY = 1.5  # "a 10-time All-Star", "three-time winner": who someone is
SCORE_UNITS = frozenset({"point", "goal", "run", "touchdown", "basket"})  # what games score
SCORE_PENALTY = 1.5  # a score is a quantity, but the labels (and readers) want the news
LEADING_ZERO = re.compile(
    r"0\d+$"
)  # a whole number with a zero before its digits ("04.69" is a time)
TIMES = (" times", " time ")  # after a number: how often, never part of a name
TIMES_NOUN = "times"  # "four times more": the counted "noun" of a multiplier
KIN_SET = frozenset(KIN.split())
HARM_SET = frozenset(HARM_WORDS.split())
VICTIMS_BEFORE_SET = frozenset(VICTIMS_BEFORE.split())
VICTIMS_AFTER_SET = frozenset(VICTIMS_AFTER.split())
WHEN_SET = frozenset(WHEN_WORDS.split())
WHEN_PENALTY = 1.0  # a span of time that dates something
TOLD_PENALTY = 1.0  # "the two teams", "the three men": counted before, told again
THE = "the "
KIN_PENALTY = 1.5  # as a score: a true count that is seldom the news
SHOT_SET = frozenset(SHOT_NAMES.split())
PAIR_TOLD_SET = frozenset(PAIR_TOLD.split())
ABBREVIATED = frozenset(DURATION_ABBREVIATIONS.split())  # "secs", "hrs", "mins"
ONE_IDIOM_SET = frozenset(ONE_IDIOMS.split())  # "one-time", "one-man": ways of speaking
SHARE_NOUNS = frozenset(w for words in SHARE_WORDS.values() for w in words)  # "trois quarts"
TWO_SET = frozenset(TWO_WORDS.split())  # "two", "deux", "dos", ...
PAIR_TOLD_BY = {lang: PAIR_TOLD_SET | set(w.split()) for lang, w in PAIR_TOLD_OTHER.items()}
TOP = "top"  # "fell out of the top 50": a bare number after it is a rank
RANKED = "ranked"  # "ranked 212 in the world"
CLOCK_AFTER_SET = frozenset(CLOCK_AFTER.split())
CLOCK_BEFORE_SET = frozenset(CLOCK_BEFORE.split())
CLOCK_UNITS = frozenset({"minute", "second"})
DESCRIBING_SET = frozenset(DESCRIBING_AFTER.split())
DOCUMENT_SET = frozenset(DOCUMENT_UNITS.split())
OTHER = "other "  # "nine other riders": counted beside the ones the story is about
SIDE_PENALTY = 1.0  # a clock mark, a document's length, "N other X": true, seldom the news


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
        if m and m["qual"] and particle(text, m, language):  # "added up to £40": no "up to"
            m = pattern.match(low, m.start("cur") if m["cur"] else m.start("num"))
        if m and m["num"][0].isalpha() and len(m["num"].split()) > 1:
            m = _composed(text, pattern, m)  # "three Nine Counties teams": 3, not 12
        if m and m["dur"] and _capital_abbreviation(text, m):
            m = pattern.match(low, m.start(), m.start("dur"))  # "12 SEC filings": no seconds
        if not m:
            continue
        if _year_then_scaled(m):  # "rose in 2004 to 789m euros": the year is no low end
            m = pattern.match(low, m.start("cur2") if m["cur2"] else m.start("num2"))
            if not m:
                continue
        done = m.end()
        hit = _judge(text, m, language, blocked)
        if hit is not None and _falls(hit):  # "from 500 to 3m euros": no range; read apart
            m, done = _first_end(pattern, m), _first_end_at(m)
            hit = _judge(text, m, language, blocked) if m else None
        if hit is None and m and _year_then_count(m):  # "2018 to 3.9 million headsets"
            m = pattern.match(low, m.start("cur2") if m["cur2"] else m.start("num2"))
            hit = _judge(text, m, language, blocked) if m else None
        if hit is not None:
            done = min(done, hit.end)  # a figure cut short leaves the rest to read
        if hit:
            hits.append(hit)
    return hits


def _composed(text: str, pattern: re.Pattern[str], m: re.Match[str]) -> re.Match[str] | None:
    """The match again, ending where its number words stop making one number
    (`numbers.composed_end`): the rest is another number or a name's ("Six Nations")."""
    keep = composed_end(text[m.start("num") : m.end("num")])
    if keep == len(m["num"]):
        return m
    return pattern.match(m.string, m.start(), m.start("num") + keep)


def _capital_abbreviation(text: str, m: re.Match[str]) -> bool:
    """Whether the match's span of time is an abbreviation written in capitals ("SEC", "MIN"):
    a name's, not a time unit's (German "20 Min." is capitalised only at its first letter)."""
    said = text[m.start("dur") : m.end("dur")].split()
    return bool(said) and said[0].lower() in ABBREVIATED and said[0].isupper()


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


def _year_then_scaled(m: re.Match[str]) -> bool:
    """A year, then a scaled amount: "in 2004 to 789m euros" (a year, then the amount), since a
    range's low end written bare takes the high end's scale, and 2004m would top 789m."""
    first = m["num"]
    if not m["num2"] or m["cur"] or m["scale"] or m["between"] or m["qual"]:
        return False
    if not (first.isdigit() and len(first) == YEAR_DIGITS):
        return False
    if not RANGE_YEARS[0] <= int(first) <= RANGE_YEARS[1]:
        return False
    return bool(m["scale2"] or m["scale_after"] or m["mcode"])


def _falls(hit: Hit) -> bool:
    """Whether a range's low end tops its high end once scaled: two figures, not a range."""
    return hit.high is not None and hit.value is not None and hit.value > hit.high


def _first_end_at(m: re.Match[str]) -> int:
    """Where a range's first end stops: after its scale if it has one ("3m"), else its digits."""
    return m.end("scale") if m["scale"] else m.end("num")


def _first_end(pattern: re.Pattern[str], m: re.Match[str]) -> re.Match[str] | None:
    """The match again, up to the end of its range's first end (the second read on its own)."""
    return pattern.match(m.string, m.start(), _first_end_at(m))


def _judge(text: str, m: re.Match[str], language: str, blocked: list) -> Hit | None:
    """Decide whether one master match is a figure; return it with kind and value."""
    r = read(m, language)
    if r is None or overlaps(m.span("num"), blocked):
        return None
    end = m.end()
    if idiom(text, r, m.start(), end) or in_a_name(text, m, r):
        return None
    if LEADING_ZERO.match(r.num):
        return None  # "007 fanatics", "0800 numbers": a code or a name, no count
    if r.suffix == "ratio" and r.value > denominator(m):
        r.suffix, end = None, m.start("ratio")  # "$8000 in 5 years": no share
    if r.num2 and overlaps(m.span("num2"), blocked):
        return None
    start = m.start()
    if r.between and not r.num2:  # "between" with no second number: the figure starts after it
        start = m.start("qual") if r.qual else m.start("cur") if m["cur"] else m.start("num")
    if r.suffix == "unit" and race_name(text, start, end, measure(m["unit"].strip())):
        return None  # "the 100m final", "the 60m hurdles", "the women's 800m": a race's name
    if r.suffix == "unit" and m["unit"].strip() == "m" and means_million(text, m.end(), language):
        r.suffix, r.scaled, r.scale = None, True, MILLION
    value = r.value * r.scale
    before = text[max(0, start - LOOK_AROUND) : start]
    # The last word of `before` (rsplit cuts only it off; isspace: nothing but whitespace).
    tail = before.rsplit(None, 1)[-1] if before[-1:].isspace() and not before.isspace() else ""
    bare_tail = tail.lstrip(OPENERS)  # '"Season 6 teasers': the word after a quotation mark
    word = bare_tail if WORDLIKE.fullmatch(bare_tail) else ""  # the word right before it
    after = text[end : end + LOOK_AROUND]
    bare = r.suffix is None and not r.money  # no unit, currency or other suffix
    if bare and not_a_quantity(text, r, start, end, value, word, after, language):
        return None
    named = word or (tail if tail in REFERENCE_SET else "")  # "§" is no word
    # "Boeing 737", not "Jo three" nor "Rotate 90°" (a unit makes it a measure, not a name,
    # and so does a span of time: "near Leeds 9 years ago")
    plain = not (r.qual or r.money or r.is_words or r.scaled)  # "Lavorano 370 mila": a count
    plain = plain and r.suffix not in {"pct", "unit", "dur", "age"}  # "Een 36-jarige man"
    plain = plain and not after.startswith(TIMES)  # "beat Federer 3 times": a count, no name
    if named and (names_it(named, r) if plain else named.lower() in REFERENCE_SET):
        return None
    if is_year(text, m, r, value, word):
        return None
    start, value = signed(text, start, value)
    if r.suffix == "unit" and value > 0 and spaced_minus(text, start, m["unit"]):
        start, value = start - len(SPACED_MINUS), -value  # "convert - 15 degrees celsius"
    qualified = bool(r.qual) or bool(r.between and r.num2)
    qual = " ".join(r.qual.split()) if r.qual else None
    if r.suffix == "ratio":
        share = value / (denominator(m) or 1)
        return Hit(start, end, m.span("num"), "ratio", share, qualified, qual=qual)
    kind, end, noun, per = kind_of(text, m, r, end, value, tail, word, after, language)
    joined_word = hyphen_word(m) if r.suffix == "hyph" else ""
    if r.is_words and (noun.lower() in FRACTIONS or noun.lower() in SHARE_NOUNS):
        return None  # "three quarters of voters": a share, which `shapes.fractions` reads
    if kind == "number" and _victims(text, word, end):
        kind, noun = "count", "people"  # "a car bomb killed seven", "the nine dead"
    if joined_word == "point" and _next_word(text, end) in SHOT_SET:
        return None  # "a shot from three-point range": its name
    if kind == "number" and golf_round(text, start, end):
        return None  # "shot a 67": a golfer's score
    if kind == "number" and (_ranked(text, start, word) or BLOCK_AFTER.match(text, end)):
        return None  # "out of the top 50": a rank; "the 3200 block of Elm Street": an address
    if kind == "count" and furniture(text, start, end, noun):
        return None  # "3 comments" ending a line, "the full article contains 412 words"
    if kind == "count" and VOTE_RESULT.match(text, end) and noun.lower().startswith("vote"):
        return None  # "by seven votes to four": a vote's result, as a score is
    if kind == "count" and rank_gap(text, end, noun):
        return None  # "two places higher than Hull": ranks, no quantity
    if kind in {"count", "number"} and model_name(text, r, value, end):
        return None  # "reports of 5230 owners" where "the 5230's features": a phone's owners
    if kind == "money" and language == "en" and named_money(text, m, value):
        return None  # "50 Cent"
    joined = bool(joined_word) and not (value == 1 and joined_word in ONE_IDIOM_SET)
    pair = r.num.lower() in TWO_SET and kind == "count" and bool(noun) and not r.qual
    told_set = PAIR_TOLD_BY.get(language, PAIR_TOLD_SET)
    fresh_pair = pair and word.lower() not in told_set  # "her two daughters"; "the two sides"
    small = too_small(r, kind, value, qualified) and not (joined or fresh_pair)
    if small and not talked_about(m.string, r, kind, noun):
        return None
    if r.yearish and not r.suffix and kind != "count":
        return None
    if kind == "count" and noun.lower() == TIMES_NOUN and multiplier(text, end):
        kind, noun = "ratio", ""  # "four times more", "three times as many": no count of times
    if kind in {"number", "duration"} and an_age(text, start, value, tail, after):
        kind = "age"  # after too_small: "aged 7" stays as rare a figure as a bare "7"
    scale, low, high = figure_range(m, r, value, language)
    if kind == "money" and m["money"] and m["money"].strip() in WHOLE_UNITS and not r.scaled:
        low, end = _with_cents(m, end, low, language)
    hit = Hit(start, end, m.span("num"), kind, low, qualified, None, scale, high, qual)
    _dress(hit, text, m, r, noun, per, language)
    told = fresh_pair and talked_about(m.string, r, kind, noun)
    if fresh_pair and not (told or _harmed(text, hit.start, hit.end)):
        hit.penalty += PAIR_PENALTY  # "her two daughters": a figure, seldom a key one
    return hit


def _with_cents(m: re.Match[str], end: int, low: float, language: str) -> tuple[float, int]:
    """ "4 dollars 25 cents", "17 USD 25.": (the amount with its cents, where it ends)."""
    cents = patterns(language).cents_after.match(m.string, end)
    if not cents or end != m.end() or low != int(low):
        return low, end
    part = cents["cents"]
    amount = parse_words(part) if part[0].isalpha() else float(part)
    if amount is None or amount >= CENTS:
        return low, end
    return low + amount / CENTS, cents.end()


def _dress(
    hit: Hit, text: str, m: re.Match[str], r: Reading, noun: str, per: str, language: str
) -> None:
    """Set a hit's unit (a rate's too) and the penalties that rank it below its kind."""
    hit.unit = unit_of(m, r, hit.kind, noun, language)
    if hit.kind == "duration" and hit.value is not None and hit.high is None:
        hit.value, hit.unit = in_smallest_unit(m, r, hit.value, hit.unit)  # "3 hours 12 minutes"
    if hit.kind == "count" and not r.is_words and noun[:1].isupper() and language != "de":
        last = noun.split()[-1]  # "27,000 Model S cars", "12 Danish anglers": the plural
        hit.unit = singular(last, language) if last[:1].islower() else noun  # "27000 Model S"
    if hit.unit == "GBP" and not m["cur"] and weighed(text, hit.start):
        hit.kind, hit.unit = "measure", "lb"  # "weighs 25 pounds"
    if per and hit.unit:
        per_unit = duration(per) or measure(per) or singular(per, language)  # "gramme": "g"
        hit.unit = f"{hit.unit}/{per_unit}"  # "USD/share"
    small = r.is_words and hit.value is not None and hit.value < MIN_BARE_NUMBER
    small = small and not (hit.kind == "count" and _harmed(text, hit.start, hit.end))
    if small:
        hit.penalty = SMALL_WORD_PENALTY  # "two trials", "three-time": true, seldom the news
    if r.suffix == "hyph" and hyphen_word(m) == "time":
        hit.penalty += HONOUR_PENALTY  # "a 10-time All-Star" describes someone
    if hit.unit and hit.unit.split()[-1] in SCORE_UNITS:
        hit.penalty += SCORE_PENALTY  # "31 points in the last quarter": a game's score
    if hit.kind == "duration" and _next_word(text, hit.end) in WHEN_SET:
        hit.penalty += WHEN_PENALTY  # "12 years after she sold him land": when, not how long
    if _side_figure(text, hit, r.suffix == "hyph" and hyphen_word(m), noun):
        hit.penalty += SIDE_PENALTY
    told = small and r.suffix != "hyph"  # "the two-hour mark": "the" is the mark's
    if told and text[max(0, hit.start - len(THE)) : hit.start].lower() == THE:
        hit.penalty += TOLD_PENALTY  # "the two teams": a pair the story has already named
    if hit.kind == "count" and hit.unit and hit.unit.split()[-1] in KIN_SET:
        hit.penalty += KIN_PENALTY  # "married with four children" tells who, not what happened


def _side_figure(text: str, hit: Hit, joined: str | bool, noun: str) -> bool:
    """A true figure beside the story: a mark on a game's clock ("with 8 minutes left", "on 63
    minutes"), "a 12-year veteran", "a 40-page memo", "nine other riders"."""
    if hit.unit in CLOCK_UNITS and hit.kind == "duration":
        before = text[max(0, hit.start - LOOK_AROUND) : hit.start].split()
        if _next_word(text, hit.end) in CLOCK_AFTER_SET:
            return True
        if before and before[-1].lower() in CLOCK_BEFORE_SET:
            return True
    if joined == "year" and _next_word(text, hit.end) in DESCRIBING_SET:
        return True
    if joined in DOCUMENT_SET:
        return True
    return hit.kind == "count" and noun.lower().startswith(OTHER)  # the unit drops "other"


def _ranked(text: str, start: int, word: str) -> bool:
    """A bare number that is a place in a ranking: "fell out of the top 50", "ranked 212 in
    the world"."""
    if word.lower() == RANKED:
        return True
    lead = max(0, start - LOOK_AROUND)
    return word.lower() == TOP and TOP_BEFORE.search(text, lead, start) is not None


def _victims(text: str, word: str, end: int) -> bool:
    """A bare number that counts people killed or hurt: "a car bomb killed seven", "the nine
    dead"."""
    return word.lower() in VICTIMS_BEFORE_SET or _next_word(text, end) in VICTIMS_AFTER_SET


def _next_word(text: str, end: int) -> str:
    """The word right after a figure, lower-case ("" when none follows)."""
    m = NEXT_WORDS.match(text, end)
    return m.group().split()[0].lower() if m else ""


def _harmed(text: str, start: int, end: int) -> bool:
    """Whether the words around a count say its people were killed, hurt or lost: "eight people
    were killed", "killing three" (the word before, or one of the three after)."""
    after = NEXT_WORDS.match(text, end)
    words = after.group().lower().split() if after else []
    before = text[max(0, start - LOOK_AROUND) : start].split()[-1:]
    return any(w.strip(".,;:") in HARM_SET for w in words + [b.lower() for b in before])
