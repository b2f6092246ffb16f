"""Whether an item says its event is another, a second one of a kind, or what followed one.

Split from bot.digest.story_fingerprint (session 13): the headline's "another" and "second"
words, a headline opening on "After ..." or "Again ...", and a lead dating its event by an
earlier one (`Fingerprint.another`, `.after`, `.second`), which keep a second event apart from
the first (bot.digest.story_apart). Word lists in bot.digest.story_another_lexicon and
bot.digest.story_earlier_lexicon. Pure: no I/O.
"""

from __future__ import annotations

import re

from bot.digest.filters import fold
from bot.digest.story_another_lexicon import (
    ANOTHER_AT_START,
    ANOTHER_EVENT,
    SECOND_EVENT,
    SECOND_PARTS,
)
from bot.digest.story_earlier_lexicon import AGAIN_AT_START, EARLIER_EVENT
from bot.digest.story_reference import other_event

_TOKEN = re.compile(r"\w+")
_ANOTHER = frozenset(fold(w) for w in ANOTHER_EVENT)
_ANOTHER_AT_START = frozenset(fold(w) for w in ANOTHER_AT_START)
_SECOND = frozenset(fold(w) for w in SECOND_EVENT)
_SECOND_PARTS = frozenset(fold(w) for w in SECOND_PARTS)
SECOND_LEAD_WORDS = 2  # the lead's opening words read for SECOND_EVENT ("Segundo accidente ...")
# A lead dating its event by another, earlier one ("..., hours after a lorry overturned on the
# same road") counts it as a second event too (story_earlier_lexicon); False: off.
SECOND_BY_REFERENCE = True
_EARLIER = re.compile("|".join(f"(?:{p})" for p in EARLIER_EVENT))
_AGAIN_AT_START = frozenset(AGAIN_AT_START)


def announces_another(title: str) -> bool:
    """Whether the headline says this is another event of a kind told before (an
    ANOTHER_EVENT word, "second", "auch": lower case, or the headline's first word; inside a
    headline "New Mills" is a name), or opens on an ANOTHER_AT_START word ("After Ondine, ...")."""
    words = _TOKEN.findall(title)
    if words and fold(words[0]) in _ANOTHER_AT_START:
        return True
    return _another_word(words)


def _another_word(words: list[str]) -> bool:
    """Whether a headline's words hold an ANOTHER_EVENT word: in lower case, or its first."""
    return any((i == 0 or w.islower()) and fold(w) in _ANOTHER for i, w in enumerate(words))


def counts_second(title: str, lead: str, lead_opening: str, stops: frozenset[str]) -> bool:
    """Whether the headline (a SECOND_EVENT word in lower case, or its first word) or the
    lead's first SECOND_LEAD_WORDS words count the event as the second of its kind ("Zweiter
    Brand in einer Nacht", "... horas después de otro accidente", lead "Segundo accidente del
    día"); "segunda-feira" is a weekday. With SECOND_BY_REFERENCE also a headline opening on
    "again" before a noun (`_again_at_start`) and a lead dating the event by another, earlier
    one (`_names_earlier`, read in `lead_opening`: the lead's first LEAD_WORDS words)."""
    words = _TOKEN.findall(title)
    if any(_second_word(words, i, stops) and (i == 0 or w.islower()) for i, w in enumerate(words)):
        return True
    opening = _TOKEN.findall(lead)[: SECOND_LEAD_WORDS + 1]
    if any(_second_word(opening, i, stops) for i in range(min(len(opening), SECOND_LEAD_WORDS))):
        return True
    return SECOND_BY_REFERENCE and (_again_at_start(words, stops) or _names_earlier(lead_opening))


def _again_at_start(words: list[str], stops: frozenset[str]) -> bool:
    """Whether the headline opens on an AGAIN_AT_START word counting the word after it ("Weer
    ongeluk op de A29"): not a stop word, not a SECOND_PARTS word."""
    if len(words) < 2 or fold(words[0]) not in _AGAIN_AT_START:
        return False
    after = fold(words[1])
    return after not in stops and after not in _SECOND_PARTS


def _names_earlier(opening: str) -> bool:
    """Whether the lead's opening (its first story_fingerprint.LEAD_WORDS words) dates the
    event by another, earlier one
    (story_earlier_lexicon.EARLIER_EVENT: "..., hours after a lorry overturned", "while crews
    were busy at the timber yard"; story_reference.other_event: "the second fire of the
    night"), not by a count of hours since it (a follow-up's)."""
    folded = fold(opening)
    return _EARLIER.search(folded) is not None or other_event(folded) is not None


def _second_word(words: list[str], i: int, stops: frozenset[str]) -> bool:
    """A SECOND_EVENT word counting the word after it: not a SECOND_PARTS word (a runoff, a
    second day), not a stop word ("Secondo la polizia": according to), not "-feira"."""
    after = fold(words[i + 1]) if i + 1 < len(words) else ""
    if fold(words[i]) not in _SECOND or after in _SECOND_PARTS or after == "feira":
        return False
    return bool(after) and after not in stops and words[i + 1].lower() not in stops


def after_only(title: str) -> bool:
    """Whether `announces_another` holds only for the headline's opening ANOTHER_AT_START word: no
    ANOTHER_EVENT word ("Nach dem Unglück: Strecke frei", not "After the fire, a second one")."""
    words = _TOKEN.findall(title)
    if not words or fold(words[0]) not in _ANOTHER_AT_START:
        return False
    return not _another_word(words)
