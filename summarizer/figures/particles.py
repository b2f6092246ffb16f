"""A qualifier word that is the particle of the verb before it: "the bill added up to £40"
totalled £40 and "she handed over £5,000" gave £5,000; neither says "at most" nor "more than".

`reading.numbers` reads such a figure again from its number, without the qualifier. The verbs
and their exceptions are data (`lexicon.PARTICLE_VERBS` and the lists after it).
"""

from __future__ import annotations

import re

from summarizer.figures.fixed_patterns import NEXT_WORDS, TO_AFTER
from summarizer.figures.lexicon import (
    ASKING_HEADS,
    PARTICLE_COUNT_ONLY,
    PARTICLE_NOT_BEFORE_TO,
    PARTICLE_VERBS,
    PASSIVE_LEADS,
    TAKEOVER_NOUNS,
    TOPIC_HEADS,
)
from summarizer.figures.meaning_words import SPLIT_PARTICLE_VERBS

VERBS = {
    lang: {qual: frozenset(verbs.split()) for qual, verbs in by_qual.items()}
    for lang, by_qual in PARTICLE_VERBS.items()
}
SPLIT = {
    lang: {qual: frozenset(verbs.split()) for qual, verbs in by_qual.items()}
    for lang, by_qual in SPLIT_PARTICLE_VERBS.items()
}
SPLIT_REACH = 2  # words of the object between such a verb and its particle ("pushed the rate up")
COUNT_ONLY = frozenset(PARTICLE_COUNT_ONLY.split())
NOT_BEFORE_TO = frozenset(PARTICLE_NOT_BEFORE_TO.split())
PASSIVE = frozenset(PASSIVE_LEADS.split())
TAKEN_OVER = frozenset(TAKEOVER_NOUNS.split())
TAKEN_REACH = 2  # words after the number read for what was taken over ("300 high-street shops")
REACH = 30  # characters read before the qualifier for the verb and its auxiliary
# What makes a figure more than a plain count: a currency or a suffix of the master pattern.
NOT_COUNT = ("cur", "pct", "age", "money", "hyph", "dur", "unit", "ratio")
TOPICS = frozenset(TOPIC_HEADS.split())
ASKING = frozenset(ASKING_HEADS.split())


def particle(text: str, m: re.Match[str], language: str) -> bool:
    """Whether the master match `m`'s qualifier is the particle of the verb right before it."""
    verbs = VERBS.get(language)
    if not verbs:
        return False
    start = m.start("qual")
    before = text[max(0, start - REACH) : start].split()
    verb = before[-1].lower() if before else ""
    if _split(before, " ".join(m["qual"].split()), language):
        return True  # "pushed rates up to 2.25%": raised them to it
    if verb not in verbs.get(" ".join(m["qual"].split()), ()):
        return False
    if len(before) > 1 and before[-2].lower() in PASSIVE:
        return False  # "was handed over £5,000": given more than that
    if verb in COUNT_ONLY:  # "took over 10 hours", "took over 300 wickets": more than that
        return not any(m[group] for group in NOT_COUNT) and _taken_over(text, m.end())
    return not (verb in NOT_BEFORE_TO and TO_AFTER.match(text, m.end()))


def topic(text: str, m: re.Match[str], language: str) -> bool:
    """Whether the master match `m`'s "about" means "concerning" (the word before it is in
    TOPIC_HEADS, or in ASKING_HEADS before a number word): no qualifier, the number read alone."""
    if language != "en" or " ".join(m["qual"].split()) != "about":
        return False
    before = text[max(0, m.start("qual") - REACH) : m.start("qual")].split()
    word = before[-1].lower().strip(",;:") if before else ""
    return word in TOPICS or (word in ASKING and m["num"][:1].isalpha())


def _split(before: list[str], qual: str, language: str) -> bool:
    """Whether a verb of SPLIT_PARTICLE_VERBS stands one or two plain lower-case words (its
    object) before the qualifier: "pushed rates up to", "drove the price up to"."""
    verbs = SPLIT.get(language, {}).get(qual, frozenset())
    for n in range(1, SPLIT_REACH + 1):
        if len(before) <= n or not all(w.isalpha() and w.islower() for w in before[-n:]):
            return False
        if before[-n - 1].lower() in verbs:
            return True
    return False


def _taken_over(text: str, end: int) -> bool:
    """Whether the count ending at `end` counts what a takeover takes ("took over 300 shops")."""
    after = NEXT_WORDS.match(text, end)
    words = after.group().lower().split()[:TAKEN_REACH] if after else []
    return any(word.strip(".,;:!?") in TAKEN_OVER for word in words)
