"""Dressing a judged figure: its unit (a rate's too) and the penalties that rank it below its
kind, with the word tests around a figure that judging shares (`next_word`, `harmed`,
`ranked`, `victims`).

Apart from `summarizer.figures.verdict` because a penalty never decides whether a number is a
figure, only how far down the key figures it ranks: "her two daughters", "a 10-time
All-Star", "31 points", "with 8 minutes left", "married with four children", "in 40 games".
"""

from __future__ import annotations

import re

from summarizer.figures.bare import MIN_BARE_NUMBER
from summarizer.figures.clues import LOOK_AROUND, weighed
from summarizer.figures.fixed_patterns import NEXT_WORDS, TOP_BEFORE
from summarizer.figures.hits import Hit
from summarizer.figures.meaning import duration, measure, singular
from summarizer.figures.parts import Reading, hyphen_word, in_smallest_unit, unit_of
from summarizer.figures.reject_words import (
    CLOCK_AFTER,
    CLOCK_BEFORE,
    DESCRIBING_AFTER,
    DOCUMENT_UNITS,
    HARM_WORDS,
    KIN,
    TELLING_NOUNS,
    VICTIMS_AFTER,
    VICTIMS_BEFORE,
    WHEN_WORDS,
)

SMALL_WORD_PENALTY = 0.5  # "two trials" counts, but rarely is what a reader must know
# ... but a span of time in words is how stories give a sentence, a contract or a delay ("up to
# six weeks", "a one-year deal", "jailed for eight weeks"): durations carry no such penalty.
FRAME_UNITS = frozenset({"game", "match", "season"})  # what a record is counted over
FRAME_PENALTY = 1.0  # "47 points in 40 games", "his eight seasons": the frame, not the record
HONOUR_PENALTY = 1.5  # "a 10-time All-Star", "three-time winner": who someone is
SCORE_UNITS = frozenset({"point", "goal", "run", "touchdown", "basket"})  # what games score
SCORE_PENALTY = 1.5  # a score is a quantity, but the labels (and readers) want the news
KIN_SET = frozenset(KIN.split())
TELLING_SET = frozenset(TELLING_NOUNS.split())
HARM_SET = frozenset(HARM_WORDS.split())
VICTIMS_BEFORE_SET = frozenset(VICTIMS_BEFORE.split())
VICTIMS_AFTER_SET = frozenset(VICTIMS_AFTER.split())
WHEN_SET = frozenset(WHEN_WORDS.split())
WHEN_PENALTY = 1.0  # a span of time that dates something
TOLD_PENALTY = 1.0  # "the two teams", "the three men": counted before, told again
THE = "the "
KIN_PENALTY = 1.5  # as a score: a true count that is seldom the news
TOP = "top"  # "fell out of the top 50": a bare number after it is a rank
RANKED = "ranked"  # "ranked 212 in the world"
CLOCK_AFTER_SET = frozenset(CLOCK_AFTER.split())
CLOCK_BEFORE_SET = frozenset(CLOCK_BEFORE.split())
CLOCK_UNITS = frozenset({"minute", "second"})
DESCRIBING_SET = frozenset(DESCRIBING_AFTER.split())
DOCUMENT_SET = frozenset(DOCUMENT_UNITS.split())
OTHER = "other "  # "nine other riders": counted beside the ones the story is about
SIDE_PENALTY = 1.0  # a clock mark, a document's length, "N other X": true, seldom the news


def dress(
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
    small = small and not (hit.kind == "count" and harmed(text, hit.start, hit.end))
    if small and hit.kind != "duration":
        hit.penalty = SMALL_WORD_PENALTY  # "two trials", "three-time": true, seldom the news
    if hit.kind == "count" and hit.unit and hit.unit.split()[-1].lower() in FRAME_UNITS:
        hit.penalty += FRAME_PENALTY  # "won 16 of their past 19 games", "a 16-game schedule"
    if r.suffix == "hyph" and hyphen_word(m) == "time":
        hit.penalty += HONOUR_PENALTY  # "a 10-time All-Star" describes someone
    if hit.unit and hit.unit.split()[-1] in SCORE_UNITS:
        hit.penalty += SCORE_PENALTY  # "31 points in the last quarter": a game's score
    if hit.kind == "duration" and next_word(text, hit.end) in WHEN_SET:
        hit.penalty += WHEN_PENALTY  # "12 years after she sold him land": when, not how long
    if _side_figure(text, hit, r.suffix == "hyph" and hyphen_word(m), noun):
        hit.penalty += SIDE_PENALTY
    told = small and r.suffix != "hyph"  # "the two-hour mark": "the" is the mark's
    if told and text[max(0, hit.start - len(THE)) : hit.start].lower() == THE:
        hit.penalty += TOLD_PENALTY  # "the two teams": a pair the story has already named
    if hit.kind == "count" and hit.unit and hit.unit.split()[-1] in KIN_SET:
        hit.penalty += KIN_PENALTY  # "married with four children" tells who, not what happened
    elif hit.kind == "count" and hit.unit and hit.unit.split()[-1] in TELLING_SET:
        hit.penalty += KIN_PENALTY  # "two sources said", "three reasons": how it is told


def _side_figure(text: str, hit: Hit, joined: str | bool, noun: str) -> bool:
    """A true figure beside the story: a mark on a game's clock ("with 8 minutes left", "on 63
    minutes"), "a 12-year veteran", "a 40-page memo", "nine other riders"."""
    if hit.unit in CLOCK_UNITS and hit.kind == "duration":
        before = text[max(0, hit.start - LOOK_AROUND) : hit.start].split()
        if next_word(text, hit.end) in CLOCK_AFTER_SET:
            return True
        if before and before[-1].lower() in CLOCK_BEFORE_SET:
            return True
    if joined == "year" and next_word(text, hit.end) in DESCRIBING_SET:
        return True
    if joined in DOCUMENT_SET:
        return True
    return hit.kind == "count" and noun.lower().startswith(OTHER)  # the unit drops "other"


def ranked(text: str, start: int, word: str) -> bool:
    """A bare number that is a place in a ranking: "fell out of the top 50", "ranked 212 in
    the world"."""
    if word.lower() == RANKED:
        return True
    lead = max(0, start - LOOK_AROUND)
    return word.lower() == TOP and TOP_BEFORE.search(text, lead, start) is not None


def victims(text: str, word: str, end: int) -> bool:
    """A bare number that counts people killed or hurt: "a car bomb killed seven", "the nine
    dead"."""
    return word.lower() in VICTIMS_BEFORE_SET or next_word(text, end) in VICTIMS_AFTER_SET


def next_word(text: str, end: int) -> str:
    """The word right after a figure, lower-case ("" when none follows)."""
    m = NEXT_WORDS.match(text, end)
    return m.group().split()[0].lower() if m else ""


def harmed(text: str, start: int, end: int) -> bool:
    """Whether the words around a count say its people were killed, hurt or lost: "eight people
    were killed", "killing three" (the word before, or one of the three after)."""
    after = NEXT_WORDS.match(text, end)
    words = after.group().lower().split() if after else []
    before = text[max(0, start - LOOK_AROUND) : start].split()[-1:]
    return any(w.strip(".,;:") in HARM_SET for w in words + [b.lower() for b in before])
