"""Short context phrases for figures: the figure's clause, trimmed to a few telling words.

A figure alone ("at least 15 documents") needs what it is about ("The two sides also signed");
the whole sentence is too long for a bullet, so we cut at clause boundaries and keep 3-12 words.
This module assembles the phrase: it takes the figure's clause (`summarizer.figures.clauses`
finds it), lends it a subject or a neighbouring clause when it says too little, and hands the
words to `summarizer.figures.phrase_trim`, which cuts them to length.
"""

from __future__ import annotations

import re

from summarizer.figures.clauses import figure_clauses
from summarizer.figures.lexicon import ATTRIBUTION_CUES
from summarizer.figures.phrase_trim import (
    FUNCTION_WORD_SET,
    MIN_WORDS,
    OPENERS,
    RELATIVE,
    alnum,
    finite,
    telling,
    trim,
    verb_like,
)
from summarizer.figures.phrase_words import SHARED_SUBJECT_JOINS

ANTECEDED = RELATIVE - {"that"}  # "India, where …" (a clause after "that" may be reported speech)
SUBJECT_WORDS = 4  # words at most of a subject a clause opened by "and" + verb borrows
_SHARED_JOINS = frozenset(SHARED_SUBJECT_JOINS.split())
_ATTRIBUTION = re.compile(r"\b(?:" + "|".join(ATTRIBUTION_CUES) + r")\b", re.IGNORECASE)
_STRIP = "\"“”«»'‘’.,;:()[]—– "


# A word is a whitespace-separated token with _STRIP characters stripped off both ends (tokens
# of only those characters drop out); one findall does it in C: first to last non-_STRIP char.
_NOT_STRIP = rf"[^\s{re.escape(_STRIP)}]"
_WORD = re.compile(rf"{_NOT_STRIP}(?:\S*{_NOT_STRIP})?")


def _words(s: str) -> list[str]:
    return _WORD.findall(s)


def context_phrase(text: str, s_start: int, s_end: int, f_start: int, f_end: int) -> str:
    """A few words around the figure from its own clause, with "…" where the figure was."""
    text, clauses, idx, f_start, f_end = figure_clauses(text, s_start, s_end, f_start, f_end)
    if idx is None:
        return ""
    a, b = clauses[idx]
    left = _words(text[a:f_start])
    right = _words(text[f_end:b])
    if left and left[0].lower() in ANTECEDED and idx > 0:
        # "in India, | where … were also killed": a relative clause names its noun before it.
        before = _words(text[clauses[idx - 1][0] : clauses[idx - 1][1]])[-1:]
        left = [before[0] + ",", *left] if before else left
    if idx > 0 and _shares_subject(left, right) and text[a - 2 : a - 1] == ",":
        # "the dollar was up …, | and buying … in Tokyo": the verb's subject is the one before.
        subject = _subject(_words(text[clauses[idx - 1][0] : clauses[idx - 1][1]]))
        left = [*subject[:-1], subject[-1] + ",", *left[1:]] if subject else left
    if telling(left, right) >= MIN_WORDS:
        return trim(left, right)
    # Too short: borrow the clause just before (what the figure's clause goes on from: "sued
    # her in 2005, | settling for $3.4m"), then the sentence's opening clause (usually the
    # subject), then the rest, nearest first.
    order = [*range(idx - 1, -1, -1), *range(idx + 1, len(clauses))]
    # A figure alone between commas ("net users, 36%, carry out a search") is an aside: the
    # clause before names what it counts, the clause after what they do; both are borrowed.
    aside = not left and not right and 0 < idx < len(clauses) - 1
    aside = aside and text[a - 2 : a - 1] == "," and text[b : b + 1] == ","
    if aside:
        order = [idx - 1, idx + 1, *(j for j in order if j not in (idx - 1, idx + 1))]
    borrowed: dict[int, list[str]] = {}
    for j in order:
        enough = telling(left, right) + sum(map(len, borrowed.values())) >= MIN_WORDS
        if enough and not (aside and j == idx + 1 and idx - 1 in borrowed):
            break
        words = _words(text[clauses[j][0] : clauses[j][1]])
        if words and not _ATTRIBUTION.search(" ".join(words)):
            borrowed[j] = words
    for j in sorted(borrowed, reverse=True):
        if j < idx:
            left = [*borrowed[j][:-1], borrowed[j][-1] + ",", *left]
    for j in sorted(borrowed):
        if j > idx:
            right = [*right[:-1], right[-1] + ",", *borrowed[j]] if right else borrowed[j]
    return trim(left, right)


def _shares_subject(left: list[str], right: list[str]) -> bool:
    """A clause opened by "and" and a verb ("and buying … in Tokyo"), long enough to stand as a
    phrase: its subject is the clause's before."""
    opens = len(left) >= 2 and left[0].lower() in _SHARED_JOINS and verb_like(left[1])
    return opens and telling(left, right) >= MIN_WORDS


def _subject(words: list[str]) -> list[str]:
    """The subject that opens a clause, up to its first finite verb ("the dollar | was up"), or
    nothing when it is not a short noun phrase."""
    k = next((i for i, w in enumerate(words[: SUBJECT_WORDS + 1]) if finite(w)), 0)
    if k == 0 or not (words[0].lower() in OPENERS or words[0][:1].isupper()):
        return []
    if any(w.lower() in FUNCTION_WORD_SET - OPENERS for w in words[:k]):
        return []  # "He | was", "So far they | have": a pronoun, no noun phrase
    return words[:k] if all(alnum(w) for w in words[:k]) else []
