"""A phrase that opens at a bare verb, in a sentence too long for a whole clause, gets its
subject's head.

`context_fallback` takes a whole run of the sentence when one fits SOFT_MAX words; in a long
sentence none does, and the bullet would still read "has repeatedly pledged …" or "depriving
the government of …". The subject's head alone (a name, or a short noun phrase with its
modifiers, asides and relative clauses dropped) says who did it in a word or two: "Trump has
repeatedly pledged …", "Beijing, establishing a bank with a … capital base". The text's words are
kept as written; a participle after a comma keeps its comma.
"""

from __future__ import annotations

import re
from itertools import pairwise

from summarizer.figures.clauses import figure_clauses
from summarizer.figures.context_tokens import clause_words
from summarizer.figures.phrase_fragment import fragment, open_fragment
from summarizer.figures.phrase_fragment_words import (
    CONJUNCTIONS,
    HEAD_OPENERS,
    NOT_HEADED,
    OPEN_PREPOSITIONS,
    OPENER_STARTS,
    RELATIVES,
    REPORTING,
    RUN_OPENERS,
    SUBORDINATORS,
)
from summarizer.figures.phrase_kinds import finite, verb_like
from summarizer.figures.phrase_sets import SOFT_MAX
from summarizer.figures.phrase_subject_far import agrees
from summarizer.figures.phrase_words import AUXILIARIES

HEAD_WORDS = 3  # words at most of a subject's head ("the agency", "three taxes", "Donald Trump")
ATTRIBUTION_WORDS = 6  # words at most of a middle clause that says who said it
LABEL_WORDS = 3  # words at most of a label before a colon that opens a sentence ("Editor's note:")
_FUNCTION_WORDS = " ".join((OPENER_STARTS, CONJUNCTIONS, RELATIVES, OPEN_PREPOSITIONS, AUXILIARIES))
_STOPS = frozenset(_FUNCTION_WORDS.split()) | {"that", "who"}
_OPENERS = frozenset(OPENER_STARTS.split()) | frozenset(OPEN_PREPOSITIONS.split())
_OPENERS |= frozenset(CONJUNCTIONS.split()) | frozenset(HEAD_OPENERS.split())
_DETERMINERS = frozenset(RUN_OPENERS.split()) - {"he", "she", "it", "they", "we", "i", "there"}
_AUXILIARIES = frozenset(AUXILIARIES.split())
_PRONOUNS = frozenset(("he", "she", "it", "they", "we", "i", "you", "there"))
_SUBORDINATORS = frozenset(SUBORDINATORS.split())
_QUOTES = '"“”'
_CHAIN = frozenset(("and", "but", "also", "then"))
_COPULAS = frozenset(("is", "was"))
_ARTICLES = frozenset(("a", "an", "the"))
_NOT_HEADED = frozenset(NOT_HEADED.split())
_REPORTING = frozenset(REPORTING.split())
_HEAD_STRIP = ",;:!?\"“”‘’'()[]—–"
_PUNCTUATION = ".,;:!?\"“”‘’'()[]—–-"


def headed(phrase: str, text: str, s_start: int, s_end: int, f_start: int, f_end: int) -> str:
    """`phrase` with the head of its sentence's subject before it when it opens at a bare
    verb or participle that predicates that subject: a participle after a comma, a second
    predicate after "and"/"but", or a relative clause on a noun the subject is ("Trump ... is
    a birther who | has pledged …"); else ""."""
    if open_fragment(phrase) != "verb":
        return ""
    rest = phrase.split()
    verb = rest[0].strip(_PUNCTUATION)
    if verb.lower() in _NOT_HEADED:
        return ""
    text, clauses, idx, f_start, f_end = figure_clauses(text, s_start, s_end, f_start, f_end)
    if idx is None:
        return ""
    first = clauses[0][0]
    found = [m.start() for m in re.finditer(rf"\b{re.escape(verb)}\b", text[first:f_start])]
    if not found:
        return ""
    at = first + found[-1]
    first = max(first, *(text.rfind(c, first, at) + 1 for c in ":;"))  # "turnout was low: | X"
    before = text[first:at]
    words = clause_words(text[first:at])
    head = subject_head(words)
    if not head or not agrees(head, rest) or not _predicates(before, verb, words):
        return ""
    joined = " ".join(head) + ("," if verb.endswith("ing") else "") + " " + phrase
    if len(joined.split()) > SOFT_MAX or fragment(joined):
        return ""
    return joined


def _predicates(before: str, verb: str, words: list[str]) -> bool:
    """Whether the verb after `before` predicates the sentence's subject: a participle after
    a comma, a predicate after "and"/"but" (and an adverb), or a relative clause on the noun
    a copula gives the subject ("is a serial liar ... who")."""
    tail = before.rstrip()
    mid = [w.lower().strip(_PUNCTUATION) for w in tail.split()[1:]]
    if any(c in tail for c in _QUOTES):
        return False  # "“The key to … was …,” Mr. Hedge said, | referring": a quote's words
    if verb.endswith("ing") and any(a == "and" and _new_subject(b) for a, b in pairwise(mid)):
        return False  # "X screened … and the Department completed …, | approving"
    if any(w in _SUBORDINATORS for w in mid[:-1]) or mid[-1:] == ["that"]:
        return False  # "the deal came ... that Iran ... and the US lifted sanctions, | giving"
    last = [w.lower() for w in tail.split()[-2:]]
    if verb.endswith("ing"):
        return tail.endswith(",")
    if (last and last[-1] in _CHAIN) or (
        last[:1] and last[0] in _CHAIN and last[-1].endswith("ly")
    ):
        return True
    if last and last[-1] == "who":
        low = [w.lower() for w in words]
        return any(w in _COPULAS and n in _ARTICLES for w, n in pairwise(low))
    return False


def subject_head(words: list[str]) -> list[str]:
    """The head of the subject `words` (a clause's words) open with: a name, or a determiner
    or number word and up to two nouns, when a verb, an adverb, a relative word, an aside or
    a modifier's preposition follows it; a label before a colon ("Editor's note:") is passed.
    [] when the clause opens otherwise (an opener, a pronoun, a verb)."""
    for i, word in enumerate(words[:LABEL_WORDS]):
        if word.endswith(":"):
            words = words[i + 1 :]
            break
    if not words:
        return []
    low = words[0].strip(_PUNCTUATION).lower()
    if low in _OPENERS or low in _PRONOUNS or not (words[0][:1].isupper() or low in _DETERMINERS):
        return []
    if any(w.lower().split("’")[0].split("'")[0] in _PRONOUNS for w in words[: HEAD_WORDS + 1]):
        return []  # "Even here, she", "They’ve": no name or noun to show
    if verb_like(low) and len(words) > 1 and words[1].lower() in _DETERMINERS:
        return []  # "Counting the four casinos, …": a participle, no subject
    head: list[str] = []
    for i, word in enumerate(words[: HEAD_WORDS + 1]):
        bare = word.strip(_HEAD_STRIP)  # "Sen." keeps its dot
        if not bare or (_stop(bare) and not _modifier(words, i)) or (head and _present(words, i)):
            break
        head.append(bare)
        if word.endswith((",", ";", ":")):
            break  # "Trade, …": an aside follows
    if not head or len(head) > HEAD_WORDS or len(head) == len(words):
        return []
    if head[-1].endswith(("'s", "’s")):
        return []  # "Ted Cruz's | preferred candidates": the head is further on
    if head[0].lower() in _DETERMINERS and len(head) == 1:
        return []  # "the" alone
    return head if _verb_after(words[len(head) :]) else []


def _stop(word: str) -> bool:
    """A word that ends a subject's head: a verb, an adverb, a function word."""
    low = word.lower()
    if not word.islower():
        return False
    return low in _STOPS or finite(low) or verb_like(low) or low.endswith("ly")


def _modifier(words: list[str], i: int) -> bool:
    """An "-ing"/"-ed" word between a determiner and a noun ("the mining firm")."""
    if i == 0 or i + 1 >= len(words) or words[i - 1].lower() not in _DETERMINERS:
        return False
    word, nxt = words[i], words[i + 1].strip(_PUNCTUATION)
    return not finite(word) and word.endswith(("ing", "ed")) and nxt.isalpha() and not _stop(nxt)


def _new_subject(word: str) -> bool:
    """A word after "and" that opens a new subject: a determiner or a name."""
    return word in ("the", "a", "an") or word in _PRONOUNS


def _present(words: list[str], i: int) -> bool:
    """A present verb after a noun ("firm | says that", "Lopez | ignores her")."""
    word = words[i].strip(_PUNCTUATION)
    nxt = words[i + 1].strip(_PUNCTUATION).lower() if i + 1 < len(words) else ""
    if not word.islower() or not word.endswith("s") or word.endswith("ss"):
        return False
    return nxt in _DETERMINERS or nxt in _PRONOUNS or nxt == "that"  # not "voters | have"


def _verb_after(words: list[str]) -> bool:
    """Whether the words after a head open a predicate: a verb ("says", "answered", "has"),
    an adverb before one ("regularly ignores"), or an aside, relative clause or modifier
    after which the clause holds a past or auxiliary verb."""
    bare = [w.strip(_PUNCTUATION) for w in words]
    if not bare or not bare[0].islower():
        return False
    nxt = bare[1] if len(bare) > 1 else ""
    if bare[0].endswith("ly"):
        bare = bare[1:] or [""]
        nxt = bare[0]
    first = bare[0]
    if finite(first) or first in _AUXILIARIES or (verb_like(first) and first.endswith("ed")):
        return True
    if first.endswith("s") and not first.endswith("ss") and first not in _STOPS:
        return nxt.islower() or not nxt  # "says that", "ignores her"
    return any(w.islower() and (finite(w) or w in _AUXILIARIES) for w in bare[1:])


def attribution(words: list[str]) -> bool:
    """Whether a clause's words only say who said it: "according to the theatre", "he said",
    "the minister told reporters" (at most ATTRIBUTION_WORDS words)."""
    low = [w.lower().strip(_PUNCTUATION) for w in words]
    if not low or len(low) > ATTRIBUTION_WORDS:
        return False
    if low[:2] == ["according", "to"]:
        return True
    return any(w in _REPORTING for w in low[:4]) and not any(w in _SUBORDINATORS for w in low)
