"""Names, places, weekdays and ordinals an item names: what pins a story to who, where and when.

Split from bot.digest.story_fingerprint (session 13): each reads a title or lead and gives folded
keys a fingerprint holds (names cut to ANCHOR_CHARS letters so that inflected forms meet;
weekdays "1" to "7"; "3:quarter"). Word lists in bot.digest.story_anchors_lexicon. Pure: no I/O.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from bot.digest.filters import fold
from bot.digest.story_anchors_lexicon import (
    CALENDAR,
    ORDINALS,
    PLACE_PREPOSITIONS,
    WEEKDAY_SUFFIXED,
    WEEKDAYS,
)

ANCHOR_CHARS = 5  # a name's first letters: enough to tell names apart, few enough for endings
ANCHOR_MIN = 3  # shorter capitalised words (initials, "Mr") are no names
_TOKEN = re.compile(r"\w+")
_CAPITAL = re.compile(r"(?<![\w'’-])[^\W\d_][\w'’-]*")
_PLACE = re.compile(
    r"(?<![\w'’-])(?:"
    + "|".join(sorted(map(re.escape, PLACE_PREPOSITIONS), key=len, reverse=True))
    + r")\s+([^\W\d_][\w'’-]*)",
    re.IGNORECASE,
)
# A possessive ending is no part of a name ("Vane's letter" names Vane): off the word before it
# is cut to ANCHOR_CHARS, so that a short name meets itself (round 34, in-sample; docs/digest.md,
# "Session 15: daily recall"). False: kept.
POSSESSIVE_OFF = True
_POSSESSIVE = re.compile(r"['’]s?$")
_SENTENCE_END = frozenset(".!?:;–—|")  # after an opening quote comes a name more often
_CALENDAR = frozenset(fold(w) for w in CALENDAR)
_ORDINAL = {fold(w): str(n) for n, words in ORDINALS.items() for w in words}
_COUNTED = re.compile(  # an ordinal and the word it counts, right after it
    rf"\b({'|'.join(sorted(_ORDINAL, key=len, reverse=True))})[ -]([^\W\d_]{{3,}})"
)
_WEEKDAY = re.compile(
    r"\b(?:("
    + "|".join(sorted((w for ws in WEEKDAYS.values() for w in ws), key=len, reverse=True))
    + r")\w{0,10}|("
    + "|".join(WEEKDAY_SUFFIXED)
    + r")[- ]feira)\b"
)
_DAY_OF = {w: str(day) for day, words in WEEKDAYS.items() for w in words} | {
    w: str(day) for w, day in WEEKDAY_SUFFIXED.items()
}


def ordinals(text: str, stem: Callable[[str], str], stops: frozenset[str]) -> frozenset[str]:
    """Ordinals with the word right after them ("im dritten Quartal" -> "3:quartal",
    "third-quarter profit" -> "3:quarter"); "segunda-feira" is a weekday."""
    folded = fold(text)
    if _ORDINAL.keys().isdisjoint(_TOKEN.findall(folded)):
        return _EMPTY
    out = set()
    for ordinal, counted in _COUNTED.findall(folded):
        if counted not in stops and counted not in _ORDINAL and counted != "feira":
            out.add(f"{_ORDINAL[ordinal]}:{stem(counted)}")
    return frozen(out)


def frozen(items: Iterable[str]) -> frozenset[str]:
    """The items as a frozenset; the empty one shared (most items name no weekday, place or
    ordinal: 216 bytes each otherwise)."""
    return frozenset(items) or _EMPTY


_EMPTY: frozenset[str] = frozenset()


def places(text: str, stops: frozenset[str]) -> frozenset[str]:
    """Capitalised words after a PLACE_PREPOSITIONS word, folded and cut to ANCHOR_CHARS."""
    out = set()
    for match in _PLACE.finditer(text):
        word = match.group(1)
        folded = _POSSESSIVE.sub("", fold(word)) if POSSESSIVE_OFF else fold(word)
        if word[0].isupper() and len(folded) >= ANCHOR_MIN and folded not in stops | _CALENDAR:
            out.add(folded[:ANCHOR_CHARS])
    return frozen(out)


def weekdays(text: str) -> frozenset[str]:
    """The weekdays a text names ("on Tuesday", "Dienstagmorgen", "na segunda-feira")."""
    return frozen(_DAY_OF[a or b] for a, b in _WEEKDAY.findall(fold(text)))


def anchors(text: str, stops: frozenset[str]) -> tuple[set[str], set[str]]:
    """Names: capitalised words not at a sentence start; and all capitalised words (a headline
    often starts with a name). Folded and cut to ANCHOR_CHARS so that inflected and
    transliterated spellings (Zlatoust, Zlatousta) meet."""
    anchors, capitals = set(), set()
    for token in _CAPITAL.finditer(text):
        word = fold(token.group())
        if POSSESSIVE_OFF:
            word = _POSSESSIVE.sub("", word)
        if not token.group()[0].isupper() or word in stops or word in _CALENDAR:
            continue
        if len(word) < ANCHOR_MIN:
            continue
        capitals.add(word[:ANCHOR_CHARS])
        before = text[: token.start()].rstrip()
        if before and before[-1] not in _SENTENCE_END:
            anchors.add(word[:ANCHOR_CHARS])
    return anchors, capitals
