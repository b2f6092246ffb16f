"""Where a cut tail ends, by the phrase it was cut inside: a tail never stops on a possessive
before its noun, after the first half of a coordinated pair, on the first word of the next
conjunct, before a comparison's base, before the restrictive clause that says which one, or
on a subject whose verb was cut off.

Apart from `phrase_edges` (which checks the last word alone) because each rule here reads the
words after the cut: the tail grows to the phrase's edge when that fits SOFT_MAX words with
the start, and otherwise shrinks off the half-said words (or stays as it was). Where the rule
keys on words (conjunctions, "than", relative pronouns), `phrase_end_words` has them in the
eight languages read; the possessive and the verb-group rules read English only.
"""

from __future__ import annotations

from collections.abc import Callable
from itertools import pairwise

from summarizer.figures.context_words import REPORTED_THAT
from summarizer.figures.phrase_end_words import (
    COMPARATIVE_ENDINGS,
    COMPARATIVE_LEADS,
    CONJUNCT_OPENERS,
    DEFINITE,
    ENGLISH_RELATIVES,
    FRAME_COPULAS,
    PAIR_CONJUNCTIONS,
    PAIR_PREPOSITIONS,
    RELATIVE_AUXILIARIES,
    RELATIVE_OPENERS,
    THAN_WORDS,
    VERB_FRAMES,
)
from summarizer.figures.phrase_kinds import finite, verb_like
from summarizer.figures.phrase_ranges import range_start, shared_head, span_end
from summarizer.figures.phrase_sets import (
    FUNCTION_WORD_SET,
    PREPOSITIONS,
    SOFT,
    SOFT_MAX,
    SUBJECTS,
)

GROUP_WORDS = 5  # words at most of the noun group a grown tail takes ("the far west coast")
PP_BACK = 8  # words back at most to the preposition a second conjunct repeats
FRAME_REACH = 6  # words back at most to a verb that pairs two things ("contrast X | with Y")
BASE_WORDS = 6  # words at most of a comparison's base ("than those sold in Europe")

_CONJ = frozenset(PAIR_CONJUNCTIONS.split())
_PAIR_PREPS = frozenset(PAIR_PREPOSITIONS.split())
_OPENERS = frozenset(CONJUNCT_OPENERS.split())
_THAN = frozenset(THAN_WORDS.split())
_MORE = frozenset(COMPARATIVE_LEADS.split())
_ENDINGS = tuple(COMPARATIVE_ENDINGS.split())
_RELATIVE = frozenset(RELATIVE_OPENERS.split())
_DEFINITE = frozenset(DEFINITE.split())
_PREPS = _PAIR_PREPS | PREPOSITIONS
# After a verb group "to" mostly opens an infinitive, not a phrase a grown tail may take along.
_PREPS_AFTER_VERB = _PREPS - {"to"}
_FRAMES = {s: p.split("/") for s, p in (f.split(":") for f in VERB_FRAMES.split())}
_STOPS = _CONJ | _PAIR_PREPS | _THAN | _RELATIVE | SOFT | PREPOSITIONS
_ENGLISH_RELATIVES = frozenset(ENGLISH_RELATIVES.split())  # the verb after them is told
_NOT_RELATIVE_VERBS = FUNCTION_WORD_SET - frozenset(RELATIVE_AUXILIARIES.split())
_FRAME_VERBS = frozenset(REPORTED_THAT.split()) | frozenset(FRAME_COPULAS.split())
_SUBJECTS = SUBJECTS | frozenset({"it", "there"})
_CLAUSE_STARTS = SOFT | frozenset({"that"})
_NON_SUBJECT_OPENERS = _OPENERS - _SUBJECTS  # "complaints | are because …": no phrase follows
_POSSESSIVE = ("'s", "’s", "s'", "s’")


def end_tail(left: list[str], right: list[str], right0: list[str]) -> tuple[list[str], list[str]]:
    """`right` (a prefix of `right0`, the clause's words after the figure) ended on a phrase's
    edge; `left` counts against SOFT_MAX, and gives up a reporting frame ("a study showed
    that") when the subject's verb needs the room."""
    right = _next_conjunct(right)
    while right and _low(right[-1]) in _CONJ:
        right = right[:-1]  # "… del norte y | en los pueblos": the pair is read from its "y"
    n = len(right)
    if not right or right0[:n] != right or n >= len(right0):
        return left, right
    for rule in (_span, _possessive, _pair, _than, _relative, _frame):
        end = rule(right0, n, left)
        if end is not None:
            kept = _fitted(left, end)
            return (kept, right0[:end]) if kept is not None else (left, _shrunk(rule, right0, n))
    end = _verb(left, right0, n)
    kept = _fitted(left, end) if end is not None else None
    return (kept, right0[:end]) if kept is not None and end is not None else (left, right)


def _fitted(left: list[str], end: int) -> list[str] | None:
    """`left` when `end` tail words fit SOFT_MAX with it; else its words after a "that" frame
    ("The report is clear that | …") when those fit; else None."""
    if len(left) + end <= SOFT_MAX:
        return left
    that = max((i for i, w in enumerate(left) if _low(w) == "that"), default=None)
    if not that or _low(left[that - 1]) not in _FRAME_VERBS:
        return None  # "the firm that | owns …": a relative clause, no frame
    if len(left) - that - 1 + end <= SOFT_MAX:
        return left[that + 1 :]
    return None


def _shrunk(rule: Callable[..., int | None], words: list[str], n: int) -> list[str]:
    """A tail whose phrase does not fit: without the half-said possessor or defined noun (from
    its preposition, when words are left before it), else as it was."""
    if rule is _span:
        return range_start(words, n, _verbal)
    if rule not in (_possessive, _relative):
        return words[:n]
    k = _last_preposition(words, n)
    return words[:k] if k else words[:n]


def _last_preposition(words: list[str], n: int) -> int | None:
    for k in range(n - 1, max(0, n - GROUP_WORDS - 2), -1):
        if _low(words[k]) in _PAIR_PREPS:
            return k
    return None


def _low(word: str) -> str:
    return word.lower().rstrip(",.;:")


def _verbal(word: str) -> bool:
    return finite(word) or verb_like(word)


def _past_verbs(words: list[str], i: int) -> int:
    """Where the run of verb forms opening at `words[i]` ends ("has been cut")."""
    while i < len(words) and _verbal(words[i]):
        i += 1
    return i


def _next_conjunct(right: list[str]) -> list[str]:
    """Without a last "and both", "or the": the first word of a conjunct the cut left."""
    if len(right) > 2 and _low(right[-2]) in _CONJ and _low(right[-1]) in _OPENERS:
        return right[:-2]
    return right


def _group_end(words: list[str], i: int) -> int:
    """Where the noun group opening at `words[i]` ends: before a preposition, conjunction,
    relative word or verb, after a closing comma, or GROUP_WORDS words on."""
    start = i
    while i < len(words) and i - start < GROUP_WORDS:
        w, low = words[i], _low(words[i])
        if i > start and (low in _STOPS or _verbal(w)):
            break
        i += 1
        if not w[-1:].isalnum():
            return i
    if i < len(words) and not (_low(words[i]) in _STOPS or _verbal(words[i])):
        return start  # "all the other | players": the group runs on past the reach
    return i


def _possessive(words: list[str], n: int, left: list[str]) -> int | None:
    """ "to crews of the late captain's | boat": a possessive needs the noun it owns; when that does
    not fit, the tail stops before the possessor's phrase (at its preposition)."""
    last = words[n - 1]
    if not last.endswith(_POSSESSIVE) or len(last) < 3:
        return None
    nxt = words[n]
    if not nxt[:1].isalnum() or _low(nxt) in _STOPS or finite(nxt):
        return None
    end = _group_end(words, n)
    return end if end > n else None


def _pair(words: list[str], n: int, left: list[str]) -> int | None:
    """A tail cut just before "and"/"or": "in the valleys | and in the towns" (the second
    phrase repeats the preposition) or "farmers | and fishers under strain" (two bare nouns
    sharing what follows): the pair ends together."""
    if _low(words[n]) not in _CONJ or n + 1 >= len(words) or not words[n - 1][-1:].isalnum():
        return None
    second = words[n + 1]
    low = _low(second)
    back = [_low(w) for w in words[max(0, n - PP_BACK) : n - 1]]
    if low in _PAIR_PREPS and low in back:
        end = _group_end(words, n + 2)
        return end if end > n + 2 else None
    first = words[n - 1]
    if (
        not (_bare_noun(first) and _bare_noun(second))
        or first[:1].isupper() != second[:1].isupper()
    ):
        return None
    end = n + 2
    if end == len(words):
        return end  # "for unpaid rent | and fees": the clause ends on the pair
    if _low(words[end]) in _PREPS and second[-1:].isalnum():
        after = _group_end(words, end + 1)
        if after == len(words) and after > end + 1:
            return after  # "farmers and fishers | under strain": what both share, to the end
    return shared_head(words, end, _bare_noun, _STOPS)


def _span(words: list[str], n: int, left: list[str]) -> int | None:
    return span_end(words, n, _group_end)


def _bare_noun(word: str) -> bool:
    low = _low(word)
    return (
        word.isalpha()
        and low not in FUNCTION_WORD_SET
        and low not in _OPENERS
        and low not in _STOPS
        and not _verbal(word)
    )


def _than(words: list[str], n: int, left: list[str]) -> int | None:
    """ "… are now dearer | than the ones bought online": a comparison keeps its base."""
    if _low(words[n]) not in _THAN or n + 1 >= len(words):
        return None
    last = _low(words[n - 1])
    before = _low(words[n - 2]) if n >= 2 else ""
    if (
        not (last.endswith(_ENDINGS) and len(last) > 4)
        and before not in _MORE
        and last not in _MORE
    ):
        return None
    if len(words) - n <= BASE_WORDS + 1:
        return len(words)  # the base is the rest of the clause
    end = _group_end(words, n + 1)
    return end if end > n + 1 else None


def _relative(words: list[str], n: int, left: list[str]) -> int | None:
    """ "from the side | which lost to Wales": a definite noun's restrictive
    clause says which one; it comes along to its verb's next phrase, or the "from the side"
    phrase goes."""
    if n < 3 or _low(words[n]) not in _RELATIVE or n + 1 >= len(words):
        return None
    if _low(words[n - 2]) not in _DEFINITE or not words[n - 1].isalpha():
        return None
    verb = words[n + 1]
    if _low(words[n]) in _ENGLISH_RELATIVES and not _verbal(verb):
        return None  # "in the accounts | that day": no clause
    if not verb.islower() or _low(verb) in _OPENERS or _low(verb) in _NOT_RELATIVE_VERBS:
        return None
    end = _past_verbs(words, n + 2)
    if end < len(words) and _low(words[end]) in _PREPS_AFTER_VERB:
        end += 1
    group = _group_end(words, end) if end < len(words) else end
    return group if group > end or end == len(words) else None


def _frame(words: list[str], n: int, left: list[str]) -> int | None:
    """ "would compare one party's plan to spend … on roads | with a rival one": a verb that
    pairs two things keeps the preposition that brings in the second, with its noun group."""
    prep = _low(words[n])
    said = [_low(w) for w in [*left[-FRAME_REACH:], *words[:n]]]
    verbs = [w for v, w in pairwise(["", *said]) if v not in _PREPS and v not in _OPENERS]
    if not any(prep in p for s, p in _FRAMES.items() for w in verbs if w.startswith(s)):
        return None  # not "By contrast, … | with": a noun, no verb
    end = _group_end(words, n + 1) if n + 1 < len(words) else n + 1
    return end if end > n + 1 else None


def _verb(left: list[str], words: list[str], n: int) -> int | None:
    """ "(a poll found that) … of the calls in May | were to one helpline": a
    subject the cut left without its verb takes the verb group and its next phrase along."""
    opened = max((i for i, w in enumerate(left) if _low(w) in _CLAUSE_STARTS), default=-1)
    said = [*left[opened + 1 :], *words[:n]]
    if any(finite(w) or (verb_like(w) and _low(w) not in PREPOSITIONS) for w in said):
        return None
    if any(_low(w) == "to" and x.islower() and _low(x) not in _OPENERS for w, x in pairwise(said)):
        return None  # "to settle a lawsuit | brought by …": an infinitive's object, no subject
    if not finite(words[n]) or words[n][:1].isupper():
        return None
    end = _past_verbs(words, n + 1)
    if end < len(words) and _low(words[end]) in _PREPS_AFTER_VERB:
        end += 1
    elif end < len(words) and _low(words[end]) not in _NON_SUBJECT_OPENERS:
        return None  # "complaints | are because …", "users | have never": no phrase follows
    group = _group_end(words, end) if end < len(words) else end
    return group if group > end else None
