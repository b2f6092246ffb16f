"""Four-digit numbers: a year or a count, told by the words next to them.

"1500 workers" counts workers, and "in 2015 officials said" is a year; after "of" or "to" either
may come ("a fleet of 1200 trawlers", "the summer of 2019"), and then the word right after the
number decides: a plural noun counts, a noun a year names keeps a year ("back to 2008 levels",
"the 2150 target").
"""

from __future__ import annotations

from summarizer.figures.fixed_patterns import NEXT_WORDS
from summarizer.figures.hits import NOUN_STOP_SET, plural, word_set
from summarizer.figures.lexicon import COUNT_LEADS, YEAR_EVENTS, YEAR_NOUNS, YEAR_VERBS

COUNT_LEAD_SET = word_set(COUNT_LEADS)
YEAR_NOUN_SET = word_set(YEAR_NOUNS)
YEAR_VERB_SET = word_set(YEAR_VERBS)
YEAR_EVENT_SET = word_set(YEAR_EVENTS)
EVENT_YEARS = (1900, 2099)  # years that date an event: "the summer of 2019 floods"


def _words_after(text: str, end: int) -> list[str]:
    m = NEXT_WORDS.match(text, end)
    return m.group().lower().split() if m else []


def counted_after(text: str, end: int, lead: str, value: float) -> bool:
    """Whether a four-digit number after `lead` ("of", "to") counts the plural noun right
    after it: "a fleet of 1200 trawlers", "rose to 1500 members", "a wave of 1500 attacks"
    (not "back to 2008 levels", "the summer of 2019 floods", "the summer of 2019 brings")."""
    if lead.lower() not in COUNT_LEAD_SET or text[end : end + 1] != " ":
        return False
    words = _words_after(text, end)
    if not words or not text[end + 1 : end + 2].islower():
        return False  # "to 1500 Members": a name, or the next sentence run on
    first = words[0]
    if first in NOUN_STOP_SET or first in YEAR_NOUN_SET or first in YEAR_VERB_SET:
        return False
    if first in YEAR_EVENT_SET and EVENT_YEARS[0] <= value <= EVENT_YEARS[1]:
        return False
    return plural(first, "en")


def dated_after(text: str, end: int) -> bool:
    """Whether the noun after a four-digit number is one a year names ("the 2150 target", "back
    to 2008 levels", "the 2150 climate goal"): the first plural, or else the last word before a
    stop word or the end of the phrase ("2150 season tickets" counts tickets)."""
    head = ""
    for word in _words_after(text, end):
        if word in NOUN_STOP_SET:
            break
        head = word
        if plural(word, "en"):
            break
    return head in YEAR_NOUN_SET
