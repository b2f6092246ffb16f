"""Short context phrases for figures: the figure's clause, trimmed to a few telling words.

A figure alone ("at least 15 documents") needs what it is about ("The two sides also signed");
the whole sentence is too long for a bullet, so we cut at clause boundaries and keep 3-12 words.
"""

from __future__ import annotations

import re

from summarizer.figures.lexicon import (
    ATTRIBUTION_CUES,
    DANGLING,
    LEADING_JUNK,
    REPORTING_VERBS,
    SOFT_CUTS,
)


def _set(words: str) -> frozenset[str]:
    return frozenset(words.split())


MAX_WORDS = 12
MIN_WORDS = 3
WINDOW = 300  # characters of sentence kept on each side of a figure

# Clause cuts: [;()[]—–"“”«»], or [,:] then a space, or " - ". Written as one leading class
# (the three branches' first characters are disjoint) so the engine skips ahead in C.
_HARD = re.compile(r"[;()\[\]—–\"“”«»,:\s](?:(?<=[,:])\s|(?<=\s)-\s|(?<=[;()\[\]—–\"“”«»]))")
_SOFT = _set(SOFT_CUTS)
_LEADING_JUNK = _set(LEADING_JUNK)
_DANGLING = _set(DANGLING)
_REPORTING = re.compile(
    r"^(?:.*\s)?(?:" + "|".join(REPORTING_VERBS.split()) + r")(?:\s+that)?\s+", re.IGNORECASE
)
_ATTRIBUTION = re.compile(r"\b(?:" + "|".join(ATTRIBUTION_CUES) + r")\b", re.IGNORECASE)
_STRIP = "\"“”«»'‘’.,;:()[]—– "


def _clauses(text: str, start: int, end: int, fig: tuple[int, int]) -> list[tuple[int, int]]:
    cuts = [start]
    for m in _HARD.finditer(text, start, end):
        if m.end() <= fig[0] or m.start() >= fig[1]:
            cuts += [m.start(), m.end()]
    cuts.append(end)
    return [(cuts[i], cuts[i + 1]) for i in range(0, len(cuts), 2) if cuts[i] < cuts[i + 1]]


# A word is a whitespace-separated token with _STRIP characters stripped off both ends (tokens
# of only those characters drop out); one findall does it in C: first to last non-_STRIP char.
_NOT_STRIP = rf"[^\s{re.escape(_STRIP)}]"
_WORD = re.compile(rf"{_NOT_STRIP}(?:\S*{_NOT_STRIP})?")


def _words(s: str) -> list[str]:
    return _WORD.findall(s)


def context_phrase(text: str, s_start: int, s_end: int, f_start: int, f_end: int) -> str:
    """A few words around the figure from its own clause, with "…" where the figure was."""
    # A run-on "sentence" (tables, lists without punctuation) must not cost O(length) per figure.
    if f_start - s_start > WINDOW:
        s_start = text.find(" ", f_start - WINDOW, f_start) + 1 or f_start - WINDOW
    if s_end - f_end > WINDOW:
        s_end = (
            text.rfind(" ", f_end, f_end + WINDOW)
            if " " in text[f_end : f_end + WINDOW]
            else f_end + WINDOW
        )
    clauses = _clauses(text, s_start, s_end, (f_start, f_end))
    idx = next((i for i, (a, b) in enumerate(clauses) if a <= f_start < b), None)
    if idx is None:
        return ""
    a, b = clauses[idx]
    left = _words(text[a:f_start])
    right = _words(text[f_end:b])
    if len(left) + len(right) >= MIN_WORDS:
        return _trim(left, right)
    # Too short: borrow the sentence's opening clause (usually the subject), then neighbours.
    order = [0, *range(idx - 1, 0, -1), *range(idx + 1, len(clauses))]
    borrowed: dict[int, list[str]] = {}
    for j in order:
        if len(left) + len(right) + sum(map(len, borrowed.values())) >= MIN_WORDS:
            break
        words = _words(text[clauses[j][0] : clauses[j][1]]) if j != idx else []
        if words and not _ATTRIBUTION.search(" ".join(words)):
            borrowed[j] = words
    for j in sorted(borrowed, reverse=True):
        if j < idx:
            left = borrowed[j] + left
    for j in sorted(borrowed):
        if j > idx:
            right = right + borrowed[j]
    return _trim(left, right)


def _trim(left: list[str], right: list[str]) -> str:
    if len(left) + len(right) > MAX_WORDS:
        cut = next(
            (i for i, w in enumerate(right) if w.lower() in _SOFT and len(left) + i >= MIN_WORDS),
            None,
        )
        if cut is not None:
            right = right[:cut]
    if len(left) + len(right) > MAX_WORDS:
        cut = max((i for i, w in enumerate(left) if w.lower() in _SOFT), default=None)
        if cut is not None and len(left) - cut - 1 >= MIN_WORDS:
            left = left[cut + 1 :]
    joined = " ".join(left)
    said = _REPORTING.match(joined + " ")
    if said and len(joined[said.end() :].split()) >= MIN_WORDS:
        left = joined[said.end() :].split()
    if len(left) + len(right) > MAX_WORDS:
        right = right[: max(3, MAX_WORDS - len(left))]
        left = left[-(MAX_WORDS - len(right)) :] if len(right) < MAX_WORDS else []
    while left and left[0].lower() in _LEADING_JUNK:
        left = left[1:]
    while right and right[-1].lower() in _DANGLING:
        right = right[:-1]
    if not right:
        while left and left[-1].lower() in _DANGLING:
            left = left[:-1]
    if left and right:
        return f"{' '.join(left)} … {' '.join(right)}"
    return " ".join(left or right)
