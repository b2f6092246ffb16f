"""A context phrase's tail mended against its sentence: a colon kept, a cut word put back.

The trimmer cuts a phrase's tail at word counts and clause marks; reading 25 of issue #18
found tails it left unreadable: "It covers … security measures" (the colon after the figure
lost, so the list reads as the figure's object), "About … fall" (the verb's "under that
category" cut), "… of all income" (the head noun "gains" cut), "to raise … to pay" (an
infinitive whose object was cut). Each mend looks at the sentence's words right after the
phrase's end and changes the tail only.
"""

from __future__ import annotations

import re

from summarizer.figures.phrase_fragment_words import (
    NOT_PLURAL,
    OPEN_PREPOSITIONS,
    REPORTING,
    RUN_OPENERS,
    SUBORDINATORS,
)
from summarizer.figures.phrase_kinds import finite, verb_like
from summarizer.figures.phrase_sets import MAX_WORDS, SOFT_MAX
from summarizer.figures.phrase_words import AUXILIARIES

MARK = "…"
_PREPOSITIONS = frozenset(OPEN_PREPOSITIONS.split())
_FUNCTION_WORDS = (OPEN_PREPOSITIONS, RUN_OPENERS, AUXILIARIES, SUBORDINATORS, REPORTING)
_FUNCTION = frozenset(" ".join(_FUNCTION_WORDS).split()) | {
    "where",
    "unless",
    "and",
    "or",
    "but",
    "that",
    "who",
    "which",
    "than",
    "not",
    "within",  # "… to the state within": prepositions that may end a phrase
    "without",
    "beyond",
    "upon",
    "via",
}
Words = list[str]
_ARTICLES = frozenset(("a", "an", "the"))
_NUMBER_WORDS = frozenset(RUN_OPENERS.split()) | {"one", "another", "none"}
_NOT_PLURAL = frozenset(NOT_PLURAL.split())
_CLAUSE_END = re.compile(r"[,;:.!?()\"“”—–]")
_WORD = re.compile(r"[\w’'-]+")


def mended_tail(phrase: str, text: str, s_end: int, f_end: int) -> str:
    """`phrase` with its tail mended (`_colon`, `_verb_tail`, `_head_noun`, `_dangling`)."""
    if phrase.count(MARK) != 1:
        return phrase
    left, tail = phrase.split(MARK)
    words = tail.split()
    after = _after(text, f_end, s_end, words)
    if after is None:
        return phrase
    rest, clause_rest = after
    if not words:
        return phrase
    if text[f_end : f_end + 2] == ": " and not tail.startswith(":"):
        return f"{left}{MARK}:{tail}"  # "It covers …: security measures"
    size = len(phrase.split())
    verb = len(words) == 1 and words[0].isalpha() and words[0].islower()
    verb = verb and (_verb(words[0]) or len(left.split()) == 1)  # "About … fall"
    verb = verb and all(w.isalpha() for w in clause_rest)
    fits = size + len(clause_rest) <= MAX_WORDS
    if verb and clause_rest and clause_rest[0] in _PREPOSITIONS and fits:
        return " ".join([phrase, *clause_rest])  # "About … fall | under that category"
    if rest and _article_noun(words, rest) and size < SOFT_MAX:
        return f"{phrase} {rest[0]}"  # "… of an entire | coastline"
    if rest and _head_noun(words[-1], rest) and size < SOFT_MAX:
        return f"{phrase} {rest[0]}"  # "… of all income | gains"
    dangling = len(words) >= 2 and words[-2] == "to" and words[-1].isalpha()
    dangling = dangling and words[-1].islower() and words[-1] not in _NUMBER_WORDS
    dangling = dangling and (len(words) == 2 or _noun(words[-3]))  # not "gives her … to one"
    if dangling and rest and rest[0].islower() and len(left.split()) >= 2:
        return " ".join([left.rstrip(), MARK, *words[:-2]]).rstrip()  # "raise … | to pay"
    return phrase


def _after(
    text: str, f_end: int, s_end: int, words: list[str]
) -> tuple[list[str], list[str]] | None:
    """The sentence's words after the phrase's tail (`words`) and those up to its clause's
    end, or None when the tail is not found right after the figure."""
    span = text[f_end:s_end]
    pos = 0
    for word in words:
        bare = word.strip('.,;:!?"“”‘’()')
        if not bare:
            continue
        found = span.find(bare, pos)
        if found < 0 or found - pos > 40:
            return None
        pos = found + len(bare)
    rest_text = text[f_end + pos : s_end]
    cut = _CLAUSE_END.search(rest_text)
    clause_text = rest_text[: cut.start()] if cut else rest_text
    rest = [] if _CLAUSE_END.match(rest_text.lstrip()) else _WORD.findall(rest_text[:200])[:3]
    return rest, _WORD.findall(clause_text)


def _verb(word: str) -> bool:
    """A past, participle or auxiliary form ("… flowed | in")."""
    return verb_like(word) or finite(word)


def _noun(word: str) -> bool:
    """A lower-case plural that no infinitive hangs on ("… of stamps | to choose")."""
    return _plural(word) and not _verb(word)


def _plural(word: str) -> bool:
    """A lower-case word that reads as a plural noun: "gains", "stamps" (not "as", "this")."""
    if not (word.isalpha() and word.islower() and len(word) > 3 and word not in _NOT_PLURAL):
        return False
    return word.endswith("s") and not word.endswith(("ss", "us", "is"))


def _head_noun(last: str, rest: list[str]) -> bool:
    """Whether the next word is the head noun of a compound the tail ends inside ("income |
    gains from"): a lower-case plural after a lower-case content word, then a preposition,
    a clause mark or the end; not a verb ("… of the city | says that")."""
    nxt = rest[0]
    if not (last.isalpha() and last.islower() and last not in _FUNCTION):
        return False
    if not _plural(nxt):
        return False
    if nxt in _FUNCTION or verb_like(nxt) or finite(nxt):
        return False
    follow = rest[1] if len(rest) > 1 else ""
    return not follow or follow in _PREPOSITIONS


def _article_noun(words: Words, rest: Words) -> bool:
    """Whether the tail ends on an article and an adjective whose noun was cut ("… of an
    entire | coastline"): the next word is a lower-case content word."""
    if len(words) < 2 or words[-2] not in _ARTICLES or not words[-1].isalpha():
        return False  # a capitalised "The Top" is a name's, not an article and an adjective
    if not words[-1].islower():
        return False
    nxt = rest[0]
    return nxt.isalpha() and nxt.islower() and nxt not in _FUNCTION and not _verb(nxt)
