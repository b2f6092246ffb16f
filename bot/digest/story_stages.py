"""The stages of an event an item names: a strike called or ended, a match previewed or played.

Split from bot.digest.story_fingerprint (session 13): marker words stemmed in the item's
language (`stage_words`), phrases in any language (`phrase_stages`), stages of a kind the item
never names dropped (`of_named_kinds`), whole words read unstemmed (`whole_word_stages`: a
nomination), the later of two stages of one event kept (`later_stages`). Word lists in
bot.digest.story_lexicon. Pure: no I/O.
"""

from __future__ import annotations

import re
from functools import cache

from bot.digest.filters import fold, stemmer
from bot.digest.story_lexicon import (
    INNER_KINDS,
    LATER_STAGE,
    PLEA_WORDS,
    STAGE_KINDS,
    STAGE_PHRASES,
    STAGE_WHOLE_WORDS,
    STAGES,
)

_TOKEN = re.compile(r"\w+")
PLEA = frozenset(PLEA_WORDS)
VERDICT = "trial:verdict"
# A stop word marks a stage only when listed as it is: Portuguese "para" stems like Spanish
# "paros" (a strike), "according" like "accord".
MARKER_WORDS = frozenset(
    fold(w) for stages in STAGES.values() for words in stages.values() for w in words
)
# phrases are few and rarely ambiguous across languages: all are checked, whatever the language
_PHRASES = tuple(
    (" ".join(_TOKEN.findall(fold(phrase))), f"{dimension}:{stage}")
    for dimension, stages in STAGE_PHRASES.items()
    for stage, phrases in stages.items()
    for phrase in phrases
)

# Read STAGE_WHOLE_WORDS (an award's nominations as a preview, its winners a result). Read rounds
# pooled (in-sample; docs/digest.md, "Session 16, second precision pass"): every 24 h 14 -> 10
# false pairs (round 44's nominations and winners), every 3, 6, 12 h unchanged, no true pair
# lost; round 44's false silent repeat every 3, 6 and 12 h gone; round 6 (no times) 30 -> 22
# false merges (a prize's shortlist and its winner). False: off.
WHOLE_WORD_STAGES = True
# one pattern per stage; no word joined by a hyphen to the one before: "Oscar-nominated" is a
# credential of the film or its maker, not the nominations' news
_WHOLE_WORDS = tuple(
    (
        re.compile(rf"(?<![\w-])(?:{'|'.join(re.escape(fold(w)) for w in words)})(?![\w-])"),
        f"{dimension}:{stage}",
    )
    for dimension, stages in STAGE_WHOLE_WORDS.items()
    for stage, words in stages.items()
)


@cache
def stage_words(language: str) -> dict[str, str]:
    """Stemmed marker word -> "dimension:stage", in the item's language."""
    stem = stemmer(language)
    return {
        stem(fold(word)): f"{dimension}:{stage}"
        for dimension, stages in STAGES.items()
        for stage, words in stages.items()
        for word in words
    }


_KINDS = {d: tuple(fold(w) for w in words) for d, words in STAGE_KINDS.items()}
_INNER_KINDS = tuple(fold(w) for w in INNER_KINDS)


def of_named_kinds(stages: set[str], text: str) -> set[str]:
    """The stages whose kind of event (STAGE_KINDS) the text names too: "cut" is no rate
    decision unless a rate, a central bank or inflation is named, "opens" no trial's start
    without a court. Dimensions without kind words (a match: a report names its teams) keep
    their stages. Only stage words are checked: phrases ("trial opens") are specific enough,
    and checking them too cost a true pair of round 3 for no gain (docs/digest.md, session 10)."""
    dimensions = {s.partition(":")[0] for s in stages}
    if dimensions.isdisjoint(_KINDS):
        return stages
    words = _TOKEN.findall(fold(text))
    named = {d for d in dimensions if d not in _KINDS}
    for dimension in dimensions - named:
        kinds = _KINDS[dimension]
        inner = tuple(k for k in _INNER_KINDS if k in kinds)
        if any(w.startswith(kinds) or any(k in w for k in inner) for w in words):
            named.add(dimension)
    return {s for s in stages if s.partition(":")[0] in named}


def later_stages(stages: set[str]) -> frozenset[str]:
    """Of two stages of one dimension, the one that comes first in LATER_STAGE: a strike that
    ends is over, a strike called is an announcement."""
    named = {s for s in stages}
    for dimension, order in LATER_STAGE.items():
        later = next((f"{dimension}:{s}" for s in order if f"{dimension}:{s}" in named), None)
        if later:
            named = {s for s in named if s.partition(":")[0] != dimension or s == later}
    return frozenset(named)


def phrase_stages(text: str) -> set[str]:
    """Stages named by a phrase of several words ("ahead of", "vor dem")."""
    folded = f" {' '.join(_TOKEN.findall(fold(text)))} "
    return {stage for phrase, stage in _PHRASES if f" {phrase} " in folded}


def whole_word_stages(text: str) -> set[str]:
    """Stages named by whole words (STAGE_WHOLE_WORDS: an award's nominations), none joined by
    a hyphen to the word before ("the Oscar-nominated film" is a credential)."""
    if not WHOLE_WORD_STAGES:
        return set()
    folded = fold(text)
    return {stage for pattern, stage in _WHOLE_WORDS if pattern.search(folded)}
