"""A cut tail that stops inside a verb's complement: a copula left without what it says ("…
of the things found then are still | an issue today"), a verb cut from its infinitive ("as
it continues | to emerge from …"), a period cut from its end month ("for the three months |
to September").

Apart from `phrase_edges` and `phrase_ends` (which read a tail's last word, or the phrase it
was cut inside) because each rule here reads the verb group at the tail's end: the tail grows
to the complement's end when that fits SOFT_MAX words with the start, and otherwise shrinks to
before the verb group (or the clause or phrase it opens), or stays as it was. English only.
"""

from __future__ import annotations

from summarizer.figures.lexicon import MONTHS_EN
from summarizer.figures.phrase_kinds import alnum, verb_like
from summarizer.figures.phrase_sets import (
    DANGLING_SET,
    OPENERS,
    RELATIVE,
    SOFT,
    SOFT_MAX,
    SUBJECTS,
    SUBORDINATOR_SET,
)
from summarizer.figures.phrase_words import (
    COPULA_ADVERBS,
    COPULAS,
    INFINITIVE_TAKERS,
    PERIOD_NOUNS,
    PHRASE_STOPS,
)

COMPLEMENT_WORDS = 5  # words at most of a copula's or an infinitive's complement taken back
PERIOD_BACK = 5  # words back at most to the preposition a period phrase opens with

_COPULAS = frozenset(COPULAS.split())
_ADVERBS = frozenset(COPULA_ADVERBS.split())
_TAKERS = frozenset(INFINITIVE_TAKERS.split())
_PERIODS = frozenset(PERIOD_NOUNS.split())
_MONTHS = frozenset(MONTHS_EN.split())
_STOPS = frozenset(PHRASE_STOPS.split()) | SOFT
_CLAUSE_OPENS = RELATIVE | SUBJECTS | SUBORDINATOR_SET | {"it", "there", "this"}
_PERIOD_PREPOSITIONS = frozenset({"for", "in", "over", "during"})
_SUBORDINATE = SUBORDINATOR_SET | {"and", "but"}  # not "who": its noun would be left alone


def verb_tail(left: list[str], right: list[str], right0: list[str]) -> list[str]:
    """`right` (a prefix of `right0`, the clause's words after the figure) grown to the end of
    the complement its last verb group needs, or shrunk to before that verb group."""
    if not right or right0[: len(right)] != right or len(right) >= len(right0):
        return right
    n = len(right)
    while n > 1 and right[n - 1].lower() in DANGLING_SET:
        n -= 1  # "are still an": the dangling "an" goes anyway
    if not right[n - 1][-1:].isalnum():
        return right  # a comma or a bracket closed it
    room = SOFT_MAX - len(left)
    for rule in (_copula, _infinitive, _period):
        kept = rule(right0, n, room)
        if kept is not None:
            return kept
    return right


def _low(word: str) -> str:
    return word.lower().rstrip(",.;:")


def _complement_end(words: list[str], i: int) -> int | None:
    """Where the complement opening at `words[i]` ends: at a comma or the clause's end, before
    a conjunction, relative word or subordinator; None past COMPLEMENT_WORDS words or before a
    comparison's "than"."""
    for e in range(i, min(len(words), i + COMPLEMENT_WORDS)):
        if e > i and _low(words[e]) in _STOPS:
            return None if _low(words[e]) == "than" else e  # "more | than …": a base to come
        if not words[e][-1:].isalnum():
            return e + 1
    end = min(len(words), i + COMPLEMENT_WORDS)
    return end if end == len(words) and end > i else None


def _copula(words: list[str], n: int, room: int) -> list[str] | None:
    """ "… of the things found then are still | an issue today": the complement comes along,
    or the copula and its adverbs go ("… of the things found then")."""
    j = n - 1
    while j > 0 and _low(words[j]) in _ADVERBS:
        j -= 1
    if _low(words[j]) not in _COPULAS or j == n - 1:
        return None  # a copula alone at the end: `phrase_edges.finish_tail` drops it
    end = None if verb_like(words[n]) else _complement_end(words, n)  # "were still | paying"
    if end is not None and end <= room and alnum(words[n]):
        return words[:end]
    k = j - (j > 0 and _low(words[j - 1]) in _CLAUSE_OPENS)
    return words[:k] if k > 0 else None


def _infinitive(words: list[str], n: int, room: int) -> list[str] | None:
    """ "as it continues | to emerge from …": the infinitive comes along; when it does not
    fit, the clause the verb ends goes from its subordinator ("… in 2004")."""
    if _low(words[n - 1]) not in _TAKERS or n + 1 >= len(words) or _low(words[n]) != "to":
        return None
    verb = words[n + 1]
    if not verb.isalpha() or not verb.islower() or verb in OPENERS or verb in _STOPS:
        return None  # "plans | to the council": a preposition, no infinitive
    end = _complement_end(words, n + 2) if n + 2 < len(words) else n + 2
    if end is not None and end <= room:
        return words[:end]
    k = max((i for i in range(1, n - 1) if _low(words[i]) in _SUBORDINATE), default=None)
    if k is not None:
        return words[:k]
    return words[: n + 2] if n + 2 <= room and n + 2 == len(words) else None


def _period(words: list[str], n: int, room: int) -> list[str] | None:
    """ "for the three months | to September": the period ends on its month, or goes whole."""
    if _low(words[n - 1]) not in _PERIODS or n + 1 >= len(words) or words[n] != "to":
        return None
    if words[n + 1].rstrip(",.;:") not in _MONTHS:
        return None
    end = n + 2
    if end < len(words) and len(year := words[end].rstrip(",.;:")) == 4 and year.isdigit():
        end += 1  # "to September 2004"
    if end <= room:
        return words[:end]
    back = range(n - 2, max(0, n - PERIOD_BACK - 1), -1)
    k = next((i for i in back if _low(words[i]) in _PERIOD_PREPOSITIONS), None)
    return words[:k] if k else None
