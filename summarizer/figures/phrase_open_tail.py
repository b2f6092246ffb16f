"""A cut tail that stops where its phrase is still open: a noun that wants its infinitive
("in an attempt | to cure"), an infinitive whose object a second verb shares ("to weaken | or
repeal the law"), a verb cut from its pronoun object ("don't like | her"), a definite noun cut
from its "of" ("in the introduction | of the levy").

Apart from `phrase_ends` and `phrase_verb_tail` (whose rules read a possessive, a pair, a
copula) and kept small: each rule here grows the tail to the phrase's end when that fits
SOFT_MAX words with the start, and otherwise shrinks it to before the open phrase (or leaves
it). English only.
"""

from __future__ import annotations

from summarizer.figures.phrase_kinds import verb_like
from summarizer.figures.phrase_open_tail_words import (
    DETERMINERS,
    GROUP_STOPS,
    INFINITIVE_NOUNS,
    OBJECT_PRONOUNS,
    OF_NOUNS,
)
from summarizer.figures.phrase_sets import FUNCTION_WORD_SET, PREPOSITIONS, SOFT, SOFT_MAX

GROUP_WORDS = 5  # words at most of the group a grown tail takes ("cure the brain disease")
BACK = 3  # words back at most from an open noun to its preposition ("in an attempt")

_NOUNS = frozenset(INFINITIVE_NOUNS.split())
_PRONOUNS = frozenset(OBJECT_PRONOUNS.split())
_DETERMINERS = frozenset(DETERMINERS.split())
_OF_NOUNS = frozenset(OF_NOUNS.split())
_STOPS = frozenset(GROUP_STOPS.split()) | PREPOSITIONS | SOFT


def open_tail(left: list[str], right: list[str], right0: list[str]) -> list[str]:
    """`right` (a prefix of `right0`, the clause's words after the figure) grown to the end of
    the phrase it was cut inside, or shrunk to before it (see the module's docstring)."""
    n = len(right)
    if not right or n >= len(right0) or right0[:n] != right or not right[-1].isalpha():
        return right
    room = SOFT_MAX - len(left)
    last, nxt = right[-1].lower(), right0[n].lower()
    if last in _NOUNS and nxt == "to" and right[-1].islower():
        end = _group_end(right0, n + 2) if n + 2 < len(right0) else None
        if end is not None and end <= room:
            return right0[:end]  # "in an attempt | to cure the disease"
        return right[: _preposition(right)]  # "spending … | in an attempt": the phrase goes
    shared = n >= 2 and right[-2].lower() == "to" and _bare(right[-1]) and nxt in ("or", "and")
    if shared and n + 1 < len(right0) and _bare(right0[n + 1]):
        end = _group_end(right0, n + 2)
        if end is not None and end <= room:
            return right0[:end]  # "to weaken | or repeal the law"
        return right[:-2]  # "efforts by the council | to weaken": the shared verb goes
    if nxt.rstrip(",.") in _PRONOUNS and _bare(right[-1]) and n + 1 <= room:
        end = n + 1
        if nxt == "her" and end < len(right0) and right0[end].lower() in PREPOSITIONS:
            grown = _group_end(right0, end + 1)  # "briefing her | on the plans": "her" no owner
            end = grown if grown is not None and grown <= room else end
        return right0[:end]  # "saying they don't like | her"
    if nxt == "of" and n >= 2 and right[-2].lower() == "the" and _bare(right[-1]):
        end = _group_end(right0, n + 1)
        if end is not None and end <= room:
            return right0[:end]  # "a delay in the introduction | of the levy"
        k = _preposition(right)
        if right[-1] in _OF_NOUNS and 0 < k < n - 1 and _noun(right[k - 1]):
            return right[:k]  # "a … delay | in the introduction": the half-said phrase goes
    return right


def _bare(word: str) -> bool:
    """A lower-case content word (a verb or a noun, not a function word)."""
    return word.isalpha() and word.islower() and word not in FUNCTION_WORD_SET


def _noun(word: str) -> bool:
    """A content word that is no verb form ("delay", not "eroding")."""
    return _bare(word) and not verb_like(word)


def _preposition(words: list[str]) -> int:
    """Where the prepositional phrase of the last word opens ("in an attempt"), else the end."""
    for k in range(len(words) - 2, max(-1, len(words) - 2 - BACK), -1):
        if words[k].lower() in PREPOSITIONS:
            return k
    return len(words)


def _group_end(words: list[str], i: int) -> int | None:
    """Where the verb or noun group opening at `words[i]` ends: after a word with a comma, or
    before a preposition, a conjunction or a clause's start, up to GROUP_WORDS words; None when
    it holds no content word or runs on past them."""
    end, content = i, False
    while end < len(words) and end - i < GROUP_WORDS:
        word = words[end]
        low = word.lower().strip("“”\"',.")
        if end > i and low in _STOPS and low not in _DETERMINERS:
            break
        content |= low not in FUNCTION_WORD_SET or verb_like(word)
        end += 1
        if word[-1:] in ",.;:":
            break
    else:
        if end < len(words) and words[end].lower() not in _STOPS:
            return None  # the group runs on: no edge in reach
    return end if content else None


def object_end(words: list[str], whole: list[str]) -> bool:
    """Whether `words` (a prefix of `whole`) end on "her" as a verb's object ("they don't like
    her", "briefing her on"), which a cut keeps, not on a possessive that lost its noun ("in
    her", "having started her | channel")."""
    if len(words) < 2 or words[-1].lower().rstrip(",") != "her" or not _bare(words[-2]):
        return False
    n = len(words)
    nxt = whole[n].lower() if whole[:n] == words and n < len(whole) else ""
    if nxt and nxt not in PREPOSITIONS and not words[-1].endswith(","):
        return False  # "her | channel": a possessive
    before = words[-3].lower() if len(words) > 2 else ""
    helped = before in _HELPERS or before.endswith("n't")  # "don't like", "to like"
    return helped or (verb_like(words[-2]) and words[-2].lower() not in PREPOSITIONS)


_HELPERS = frozenset(("to", "will", "would", "can", "could", "do", "does", "did", "not", "never"))
