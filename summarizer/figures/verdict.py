"""Judging one master match: a figure (with kind, value, unit and qualifier) or not.

`judge_match` runs the steps: `summarizer.figures.parts` reads the match,
`summarizer.figures.idioms`, `summarizer.figures.names` and `summarizer.figures.bare` throw out
what only looks like a quantity (ways of speaking, numbers inside names, page numbers, dates,
times, phone numbers, list markers, lone years, scores) and `summarizer.figures.clues` reads
the words around it; what passes gets its kind, value (scale applied, a range's ends), unit
and qualifier, and `summarizer.figures.dress` its unit and penalties. Apart from
`summarizer.figures.reading`, which finds the matches to judge.
"""

from __future__ import annotations

import re

from summarizer.figures.bare import golf_round, is_year, not_a_quantity, talked_about, too_small
from summarizer.figures.clues import (
    LOOK_AROUND,
    SPACED_MINUS,
    an_age,
    means_million,
    multiplier,
    signed,
    spaced_minus,
)
from summarizer.figures.dress import dress, harmed, next_word, ranked, victims
from summarizer.figures.fixed_patterns import BLOCK_AFTER, VOTE_RESULT, WORDLIKE
from summarizer.figures.hits import Hit, overlaps
from summarizer.figures.idioms import furniture, idiom
from summarizer.figures.language_words import SHARE_WORDS
from summarizer.figures.lexicon import FRACTIONS, ONE_IDIOMS
from summarizer.figures.meaning import measure
from summarizer.figures.names import (
    REFERENCE_SET,
    calibre,
    in_a_name,
    model_name,
    named_money,
    names_it,
    race_name,
    rank_gap,
    show_name,
)
from summarizer.figures.numbers import parse_words
from summarizer.figures.parts import (
    compound_duration,
    denominator,
    figure_range,
    hyphen_word,
    kind_of,
    read,
)
from summarizer.figures.patterns import patterns
from summarizer.figures.reject_words import PAIR_TOLD, PAIR_TOLD_OTHER, SHOT_NAMES, TWO_WORDS

OPENERS = "\"“‘'«(["
CENTS = 100  # hundredths of a dollar, euro or pound
WHOLE_UNITS = frozenset(
    {"dollars", "dollar", "euros", "euro", "pounds", "pound", "yuan", "usd", "eur", "gbp"}
)
MILLION = 1e6  # "35m of its devices", "1.2m tons": "m" as a scale
PAIR_PENALTY = 1.5  # "her two daughters" is a figure, seldom a key one (unless told again)
TOLD_PAIR_PENALTY = 0.5  # ... and a pair told again is still seldom the story's figure
LEADING_ZERO = re.compile(
    r"0\d+$"
)  # a whole number with a zero before its digits ("04.69" is a time)
TIMES = (" times", " time ")  # after a number: how often, never part of a name
TIMES_NOUN = "times"  # "four times more": the counted "noun" of a multiplier
SHOT_SET = frozenset(SHOT_NAMES.split())
PAIR_TOLD_SET = frozenset(PAIR_TOLD.split())
ONE_IDIOM_SET = frozenset(ONE_IDIOMS.split())  # "one-time", "one-man": ways of speaking
SHARE_NOUNS = frozenset(w for words in SHARE_WORDS.values() for w in words)  # "trois quarts"
TWO_SET = frozenset(TWO_WORDS.split())  # "two", "deux", "dos", ...
PAIR_TOLD_BY = {lang: PAIR_TOLD_SET | set(w.split()) for lang, w in PAIR_TOLD_OTHER.items()}


def judge_match(text: str, m: re.Match[str], language: str, blocked: list) -> Hit | None:
    """Decide whether one master match is a figure; return it with kind and value."""
    r = read(m, language)
    if r is None or overlaps(m.span("num"), blocked):
        return None
    end = m.end()
    if idiom(text, r, m.start(), end) or in_a_name(text, m, r):
        return None
    if language == "en" and show_name(text, m, r):
        return None  # "told 60 Minutes", "the 24 Hours of Le Mans": a name
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
    if r.suffix == "unit" and calibre(text, start, end, measure(m["unit"].strip()), r.value):
        return None  # "a 9mm handgun", "5.56mm rounds": which gun, no length measured
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
    if kind == "number" and victims(text, word, end):
        kind, noun = "count", "people"  # "a car bomb killed seven", "the nine dead"
    if joined_word == "point" and next_word(text, end) in SHOT_SET:
        return None  # "a shot from three-point range": its name
    if kind == "number" and golf_round(text, start, end):
        return None  # "shot a 67": a golfer's score
    if kind == "number" and (ranked(text, start, word) or BLOCK_AFTER.match(text, end)):
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
    timed = compound_duration(m, r)  # "one minute 48.25 seconds": no idiom
    small = too_small(r, kind, value, qualified) and not (joined or fresh_pair or timed)
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
    dress(hit, text, m, r, noun, per, language)
    told = fresh_pair and talked_about(m.string, r, kind, noun)
    if fresh_pair and not (told or harmed(text, hit.start, hit.end)):
        hit.penalty += PAIR_PENALTY  # "her two daughters": a figure, seldom a key one
    elif pair and not harmed(text, hit.start, hit.end):
        hit.penalty += TOLD_PAIR_PENALTY  # "two sources said ... the sources": still a pair
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
