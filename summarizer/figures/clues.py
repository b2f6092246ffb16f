"""The words around a number that change what it is: an age ("Lia Moreno, 29,"), a weight
("weighed 25 pounds"), a sign ("minus-260"), an "m" that is a million ("35m of its devices"),
or a capitalised name that it counts ("27000 Model S")."""

from __future__ import annotations

import re

from summarizer.figures.context_words import SENTENCE_STARTERS
from summarizer.figures.fixed_patterns import (
    AGE_LEAD,
    CONVERTED_M,
    JOINED_M,
    MINUS,
    MODEL_COUNT,
    MONEY_LEAD_M,
    NAME_AFTER,
    NAME_FOLLOW,
    NAME_LEAD,
    NEXT_WORDS,
    PAIRED_METRES,
    PLUS_MINUS,
    PLUS_MINUS_REACH,
    RACE_CUE,
)
from summarizer.figures.hits import (
    NOUN_STOP_SET,
    noun_end,
    plural,
    word_set,
)
from summarizer.figures.lexicon import (
    GROUP_NOUNS,
    GROUP_REACH,
    MILLION_NOUNS,
    MILLION_OF,
    MONTHS_EN,
    MULTIPLIED,
    MULTIPLIER_AFTER,
    MULTIPLIER_AS,
    NOT_COMPARED,
    WEIGHT_CUES,
)
from summarizer.figures.reject_words import (
    CLAUSE_OPENERS,
    NAME_OK,
    RACE_AFTER,
    RACE_AFTER_IN_RACE,
    STREET_WORDS,
)

NAME_OK_SET = word_set(NAME_OK)
GROUP_SET = word_set(GROUP_NOUNS)
MULTIPLIER_AFTER_SET = word_set(MULTIPLIER_AFTER)
MULTIPLIED_SET = word_set(MULTIPLIED)
NOT_COMPARED_SET = word_set(NOT_COMPARED)
CLAUSE_STOP = re.compile(r"\s*(?:[.,;:!?)]|$)")  # "five million times faster.": nothing after
NEXT_WORD = re.compile(r"\s+([^\W\d_][\w'’-]*)")  # one word after a space, no punctuation
GROUP_JOIN = "and"  # "a 40-strong music and theatre troupe": two nouns before the group
MONTH_SET = word_set(MONTHS_EN)
LETTER_PLURAL = re.compile(r"[A-Z]-[a-z]+s")  # "V-bucks", "X-rays"
NAMED_COUNT_MIN = 1000  # "23 Essex Street" is an address; "27000 Model S" a count of cars
STREET_SET = word_set(STREET_WORDS)
NOT_NAMES = NAME_OK_SET | word_set(SENTENCE_STARTERS.lower()) | word_set(CLAUSE_OPENERS)
TEMPERATURE = re.compile(r"°|degree|celsius|fahrenheit", re.IGNORECASE)
SPACED_MINUS = "- "
POSSESSIVES = ("'s", "’s")  # after a name: its owner ("Clinton's lawyers")
SIGN_JOINERS = "%°"  # a dash after these joins two figures ("80%-10%"), no sign
MINUS_HINTS = ("inus", "oins", "enos", "eno ", "инус")  # a cheap look before MINUS
WEIGHT_WINDOW = 60  # characters before "25 pounds" read for a word of weight
MILLION_OF_SET = word_set(MILLION_OF)
MILLION_NOUN_SET = word_set(MILLION_NOUNS)
RACE_AFTER_SET = word_set(RACE_AFTER)
PAIR_REACH = 32  # characters back at most to the distance another is joined to
RACE_AFTER_IN_RACE_SET = word_set(RACE_AFTER_IN_RACE)
RACE_WINDOW = 120  # characters read on each side of a number + "m" for the words of a race
LEAD_REACH = 80  # characters read before a number + "m" for a verb of money ("raised 40m and 65m")
LOOK_AROUND = 40  # characters read on each side of a figure for the words next to it
DIGITS_BEFORE = re.compile(r"\d+$")  # the digits of a number ending where a name may go on
DIGITS_REACH = 12  # characters read back for them
AGES = (10, 120)  # "Lia Moreno, 29, said": a bare number in this range between commas
COPULAS = frozenset({"was", "is"})  # "Moreno was 41": after a name, an age
PERSONS = frozenset({"he", "she"})
BARE_ENDS = frozenset({" ", ",", ".", ";", ""})  # a bare number ends there, no unit glued


def an_age(text: str, start: int, value: float, tail: str, after: str) -> bool:
    """Someone's age, told by the words around it: "aged 40", "dies at 84", "the age of 80",
    "Mr. Jean, 26." (a sentence's end after a name), "Anna Brok (34)"."""
    if AGE_LEAD.search(text, max(0, start - LOOK_AROUND), start):
        return True
    if not AGES[0] <= value < AGES[1]:
        return False
    if tail.lower() in COPULAS and after[:1] in BARE_ENDS:
        # "Moreno was 41 and ...", "she was 15 at the time": a person's age
        words = text[max(0, start - LOOK_AROUND) : start].split()
        subject = words[-2] if len(words) > 1 else ""
        return subject.istitle() or subject.lower() in PERSONS
    if tail == ",":  # "Ann Lee , 48," (a comma apart from the name, as pages lose markup)
        words = text[max(0, start - LOOK_AROUND) : start].split()
        tail = words[-2] + "," if len(words) > 1 and words[-2].isalpha() else ""
    if tail[:1].isupper() and tail.endswith(",") and after[:1] in {",", ".", ";"}:
        return after[:1] == "," or after[1:2] in {"", " ", "\n"}
    if text[start - 1 : start] != "(" or after[:1] != ")":
        return False
    name = text[max(0, start - LOOK_AROUND) : start - 1].split()[-1:]
    return bool(name) and name[0][:1].isupper() and name[0].isalpha()


def weighed(text: str, start: int) -> bool:
    """Whether the words before a figure speak of weight ("the bag weighed 25 pounds")."""
    before = text[max(0, start - WEIGHT_WINDOW) : start].lower()
    return any(cue in before for cue in WEIGHT_CUES)


def signed(text: str, start: int, value: float) -> tuple[int, float]:
    """(start, value) with a sign in front read: "-1.3%", "−40", "minus-260 degrees" (not
    the dash of "COVID-19" or "10-20"); "+/-3 points" is a margin, no sign: the span takes
    its "+/-" and the value stays as written."""
    plus_minus = PLUS_MINUS.search(text, max(0, start - PLUS_MINUS_REACH), start)
    if plus_minus:
        return plus_minus.start(), value
    if start and text[start - 1] in "-−" and (start == 1 or not _joins(text[start - 2])):
        return start - 1, -value
    window = max(0, start - len("minus-"))
    before = text[window:start].lower()
    hinted = any(hint in before for hint in MINUS_HINTS)
    m = MINUS.search(text, window, start) if hinted else None
    if m:
        return m.start(), -value
    return start, value


def _joins(before: str) -> bool:
    """Whether the character before a dash makes the dash a joiner, no sign: a word or number
    ("COVID-19", "10-20") or a closed figure ("80%-10%": a poll's split, "5°-7°")."""
    return before.isalnum() or before in SIGN_JOINERS


def spaced_minus(text: str, start: int, unit: str) -> bool:
    """A "- " before a temperature, after a word (not "10 - 20"): a minus set apart."""
    if (
        not TEMPERATURE.search(unit)
        or text[max(0, start - len(SPACED_MINUS)) : start] != SPACED_MINUS
    ):
        return False
    before = text[: start - len(SPACED_MINUS)].rstrip()
    return not before or before[-1].isalpha()


def means_million(text: str, pos: int, language: str) -> bool:
    """ "35m of its devices", "1.2m tons", "a 60m deal": an "m" glued to a number is a million
    when a plural, a word of money, or "of" and a determiner follows, else metres ("48m", "1.8m
    tall"). A race keeps it metres: "400m runners", "60m indoors", "the 400 m haies", and in a
    race's words "the 100m and 200m events" or "the final 200m of the night". An "Nm" joined
    to another before a word of money ("100m and 200m dollars") is a million as that one is, and
    so is one after a verb of money ("raised 40m and 65m") or before a bracketed conversion
    ("a total of 204.3m (£109m)")."""
    if (JOINED_M.match(text, pos) and not _raced(text, pos)) or CONVERTED_M.match(text, pos):
        return True
    m = NEXT_WORDS.match(text, pos)
    words = m.group().lower().split() if m else [""]
    first = words[0]
    if first in RACE_AFTER_SET:
        return False
    if MONEY_LEAD_M.search(text, max(0, pos - LEAD_REACH), pos):
        return True  # "raised 40m and 65m", "paid about 3.5m for it"
    if not m:
        return False
    if first == "of":
        if len(words) < 2 or words[1] not in MILLION_OF_SET:
            return False
        # "the last 100m of the race" is a stretch of it; "60m of its shares" stays a million
        return (len(words) > 2 and plural(words[2], language)) or not _raced(text, pos)
    if first in MILLION_NOUN_SET:
        return True
    if first in RACE_AFTER_IN_RACE_SET and (_raced(text, pos) or _paired(text, pos)):
        return False
    return plural(first, language) and first not in NOUN_STOP_SET


def _paired(text: str, pos: int) -> bool:
    """Whether the "Nm" ending at `pos` follows another "Nm" it is joined to ("the 100m and
    200m events"): a pair of distances, metres both."""
    return PAIRED_METRES.search(text, max(0, pos - PAIR_REACH), pos) is not None


def _raced(text: str, pos: int) -> bool:
    """Whether the sentence around `pos` speaks of a race: "sprint", "freestyle", "1:45.3"."""
    lo, hi = max(0, pos - RACE_WINDOW), pos + RACE_WINDOW
    lo = max(lo, text.rfind(". ", lo, pos) + 1, text.rfind("\n", lo, pos) + 1)
    ends = [i for i in (text.find(". ", pos, hi), text.find("\n", pos, hi)) if i >= 0]
    return RACE_CUE.search(text[lo : min(ends, default=hi)].lower()) is not None


def name_after(text: str, end: int, value: float) -> int | None:
    """Where a count of a named thing ends ("27000 Model S", "4,000 Galaxy S9 phones"): after
    a big number, a capitalised name that is no street, and the plural that may follow it."""
    if value < NAMED_COUNT_MIN:
        return None
    m = NAME_AFTER.match(text, end)
    if not m or m["name"].split()[-1].lower().rstrip(".") in STREET_SET:
        return None
    if _next_word(text, m.end()).rstrip(".,") in STREET_SET:
        return None  # "1420 Maple Grove Road": an address
    if m["name"].split()[0].lower() in NOT_NAMES:
        return None  # "64million Without a change ...": the next sentence, run on
    if text.startswith(POSSESSIVES, m.end()):
        return None  # "the 30,000 Clinton's lawyers returned": whose, not what is counted
    return noun_end(text, m.end(), "en") or m.end()


def model_count(text: str, end: int) -> int | None:
    """Where a count of things named by a model ends: "40 Boeing 737 Max 8 jets" counts jets (a
    name with a digit in it, then a lower-case plural); None for anything else."""
    m = MODEL_COUNT.match(text, end)
    if not m or not any(c.isdigit() for c in m["name"]) or not plural(m["noun"], "en"):
        return None
    if m["first"].rstrip(".") in MONTH_SET:
        return None  # "14 March 2016 Dramatic scenes": a date, then the next line
    return m.end()


ACRONYM_LETTERS = (2, 4)  # "UK", "NHS", "NATO": an all-capitals name may lead a counted noun


def _next_word(text: str, pos: int) -> str:
    m = NEXT_WORDS.match(text, pos)
    return m.group().split()[0].lower() if m else ""


def _title(word: str) -> bool:
    return word.isalpha() and word[0].isupper() and (len(word) == 1 or word[1:].islower())


def _acronym(word: str) -> bool:
    """A short all-capitals name before a count's noun ("1.4 million UK workers")."""
    return (
        word.isalpha() and word.isupper() and ACRONYM_LETTERS[0] <= len(word) <= ACRONYM_LETTERS[1]
    )


def capital_count(text: str, end: int, scaled: bool) -> int | None:
    """Where a count of people or things named with a capital ends: "2.6 million Finns", "12
    Danish anglers", "1.2 million Swiss Germans" (a plural, maybe after capitalised words that
    are no street: "1420 Maple Grove Road" is an address). Without a scale the count needs a
    lower-case plural after the name: a page that lost a full stop runs "she was 17 Police
    arrived ..." and "a 68 Smith is ..." on."""
    counted = noun_end(text, end, "en", True)
    if counted is None:
        return None
    words = text[end:counted].split()
    if not (scaled or words[-1][:1].islower() or LETTER_PLURAL.fullmatch(words[-1])):
        return None  # but "900 V-bucks" ends in a lower-case plural
    if any(w.lower() in STREET_SET or not (_title(w) or _acronym(w)) for w in words[:-1]):
        return None  # "4 USD20 Vouchers", "wins 30 Head coach notes": no plain capitalised name
    if words[0].lower() in NOT_NAMES:
        return None
    if not scaled and words[0].rstrip(".") in MONTH_SET:
        return None  # "the 11 September attacks", "25 October attempts": a date, no count
    if not scaled and len(words) > 1 and named_elsewhere(text, end, words[:-1]):
        return None  # "by 6 Music listeners" where the page writes "station 6 Music for …"
    return counted


def named_elsewhere(text: str, end: int, name: list[str]) -> bool:
    """Whether the digits ending at `end` and the capitalised words after them are, somewhere
    else in the text, a name of their own: after a capitalised word inside a sentence ("BBC 6
    Music"), or with no plural after them ("station 6 Music for a week", "6 Music's"). Then
    "6 Music listeners" are the listeners of a station, not six of them; a count like "12
    Danish anglers" never stands so."""
    digits = DIGITS_BEFORE.search(text, max(0, end - DIGITS_REACH), end)
    if digits is None:
        return False
    said = r"\s+".join(map(re.escape, [digits.group(), *name]))
    for m in re.finditer(rf"(?<![\w.,]){said}(?![\w-])", text):
        if m.start() == digits.start():
            continue
        if NAME_LEAD.search(text, max(0, m.start() - LOOK_AROUND), m.start()):
            return True  # "BBC 6 Music", "on Radio 4 Extra"
        nxt = NAME_FOLLOW.match(text, m.end())
        if nxt and (nxt["mark"] or not plural(nxt["word"], "en")):
            return True  # "6 Music for a week", "6 Music's", "6 Music."
    return False


def group_end(text: str, pos: int) -> int | None:
    """End of the group a "N-strong" figure counts ("a 2,700-strong crowd", "the 13-strong AFI
    jury"): the first group noun within GROUP_REACH words, before punctuation or a function
    word; None when the words after name no group ("the 20-strong Primera Liga")."""
    for _ in range(GROUP_REACH):
        m = NEXT_WORD.match(text, pos)
        if not m:
            return None
        low = m[1].lower()
        if low in GROUP_SET:
            return m.end()
        if low in NOUN_STOP_SET and low != GROUP_JOIN:
            return None
        pos = m.end()
    return None


def multiplier(text: str, pos: int) -> bool:
    """Whether "N times" ending at `pos` multiplies ("four times more", "three times as many",
    "ten times higher than", "three times the size") rather than says how often."""
    m = NEXT_WORD.match(text, pos)
    if not m:
        return False
    low = m[1].lower()
    if low in MULTIPLIER_AFTER_SET:
        return True
    after = NEXT_WORD.match(text, m.end())
    if low == "the":
        return bool(after) and after[1].lower() in MULTIPLIED_SET
    if low == MULTIPLIER_AS:
        said = after[1] if after else ""
        return said.islower() and said not in NOUN_STOP_SET and said not in NOT_COMPARED_SET
    if not low.endswith("er") or low in NOUN_STOP_SET or low in NOT_COMPARED_SET:
        return False  # "three times after that", "the most times ever"
    return (bool(after) and after[1].lower() == "than") or bool(CLAUSE_STOP.match(text, m.end()))
