"""Short context phrases for figures: the figure's clause, trimmed to a few telling words.

A figure alone ("at least 15 documents") needs what it is about ("The two sides also signed");
the whole sentence is too long for a bullet, so we cut at clause boundaries and keep 3-12 words.
"""

from __future__ import annotations

import re

from summarizer.text.chars import char_positions


def _set(words: str) -> frozenset[str]:
    return frozenset(words.split())


MAX_WORDS = 12
MIN_WORDS = 3
WINDOW = 300  # characters of sentence kept on each side of a figure

ABBREVIATIONS = _set(
    "mr mrs ms dr st prof gen sen rep gov lt col sgt jr sr inc ltd co corp vs etc no nr mio mrd "
    "ca bzw z.b u.a p.m a.m e.g i.e approx dept est fig vol pp p jan feb mar apr jun jul aug sep "
    "sept oct nov dec"
)


_MARKS = ".!?…"
_MAX_TOKEN = max(map(len, ABBREVIATIONS))  # longer tokens never hold a boundary back

# A match starts at one of the marks of its leading class: `_boundaries` tries it only there.
_BOUNDARY = re.compile(
    r"[.!?…\n](?:(?<=[.!?…])[.!?…]*[\"”»’')\]]*\s+(?=[\"“«(\[]?[A-ZА-ЯЁÀ-Ý0-9])|(?<=\n)\n*)"
)
_MARKER = re.compile(r"\s*(?:\d{1,2}[.)]|[-•*])\s+")
_MONTH_NEXT = re.compile(r"[A-ZÄÖÜ][a-zäöüé]+")
# Clause cuts: [;()[]—–"“”«»], or [,:] then a space, or " - ". Written as one leading class
# (the three branches' first characters are disjoint) so the engine skips ahead in C.
_HARD = re.compile(r"[;()\[\]—–\"“”«»,:\s](?:(?<=[,:])\s|(?<=\s)-\s|(?<=[;()\[\]—–\"“”«»]))")
_SOFT = _set(
    "and but while whereas which who whom when where after before because although though "
    "compared according including despite amid unlike und aber während et mais и но"
)
_LEADING_JUNK = _set("and but or while whereas that which who so then also und et и")
_DANGLING = _set(
    "of for by to at from with about in on than as into over under the a an von für um auf de "
    "à en par"
)
_REPORTING = re.compile(
    r"^(?:.*\s)?(?:said|says|told|added|reported|announced|stated|insisted)"
    r"(?:\s+that)?\s+",
    re.IGNORECASE,
)
_ATTRIBUTION = re.compile(
    r"\b(?:said|says|told|added|reported|according|sagte|a déclaré|заявил)\b", re.IGNORECASE
)
_STRIP = "\"“”«»'‘’.,;:()[]—– "


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Sentence (start, end) offsets; paragraph and line breaks always end a sentence."""
    spans = []
    start = 0
    for m in _boundaries(text):
        end = m.start()
        sep = m.group()
        # The word before the mark: no "\n" lies between `start` and `end` (every "\n" starts
        # or is inside a match, and a match with one always moves `start` past it). Its test is
        # skipped when it ends in a lone mark and is longer than any token that can hold the
        # boundary back: rstrip then removes only that mark (no character lowercases to a
        # mark), and lower() never shortens a string, so the token is too long as well.
        word = text.rfind(" ", start, end) + 1 or start
        if "\n" not in sep and (end - word <= _MAX_TOKEN or text[end - 1] in _MARKS):
            token = text[word : end + 1].lower().rstrip(_MARKS)
            if token in ABBREVIATIONS or (len(token) == 1 and token.isalpha()):
                continue
            if token.isdigit() and len(token) <= 2 and _MONTH_NEXT.match(text, m.end()):
                continue  # German "am 5. Mai"
        first = text[start : start + 1]
        if start < end and not (first.isspace() or first.isdigit() or first in _MARKER_FIRST):
            spans.append((start, end + len(sep.rstrip())))  # the usual case, told cheaply
        elif text[start:end].strip():
            spans.append((_skip_marker(text, start), end + len(sep.rstrip())))
        start = m.end()
    if text[start:].strip() or not spans:
        spans.append((_skip_marker(text, start), len(text)))
    return spans


def _boundaries(text: str) -> list[re.Match[str]]:
    """`_BOUNDARY.finditer(text)`, tried only where a match can start: at one of its marks.

    str.find hops between marks in C; the regex engine would test every character.
    """
    marks = char_positions(text, ".!?…\n")
    found = []
    end = 0
    for pos in marks:
        if pos >= end and (m := _BOUNDARY.match(text, pos)):
            found.append(m)
            end = m.end()
    return found


_MARKER_FIRST = frozenset("-•*")


def _skip_marker(text: str, start: int) -> int:
    """Start of a sentence past a list marker ("3. A tax ...")."""
    first = text[start : start + 1]  # cheap test: most sentences start with a letter
    if not (first.isspace() or first.isdigit() or first in _MARKER_FIRST):
        return start
    m = _MARKER.match(text, start)
    return m.end() if m else start


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
