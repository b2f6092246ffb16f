"""Which characters are quotation marks and when one may open a quote: the scan's alphabet.

Apart from the pairing (`marks`) because both the scanner and the single-mark rules
(`single_marks`) and dialogue lines (`dialogue`) read them, and because these are the rules a
new kind of mark changes.
"""

from __future__ import annotations

import re

# „ is closed by “ (German), ” (Dutch, Polish) or, in careless typing, an ASCII ".
CLOSERS = {'"': '"”', "“": "”", "„": '“”"', "«": "»", "‘": "’"}
# ’ never opens or closes a quote here (a closing ’ is found by `single_marks.single_close`),
# nor does an apostrophe after a letter or digit (Putin's): the scan loop skips both. One
# pattern per mark, each a literal the engine finds in C (a set of marks would be tested at
# every character).
_MARKS = {ch: re.compile(re.escape(ch)) for ch in '"“”„«»‘'} | {"'": re.compile(r"'(?<![^\W_]')")}
# A text that lost its paragraph breaks keeps the mark that reopened each paragraph of one
# quote, and a space after it: "... a sentence end. ' Next paragraph" (or ". " Next"). Read as
# an opening mark where no quote is open, as the reopening of a single-quoted one otherwise.
SPACED_OPEN_AFTER = ".!?…:,"
# A closing mark after end punctuation, before a spaced opening mark: two paragraphs' quotes.
_CLOSING_SINGLES = "'’\"”"
# Single marks that may open a quote glued to a caption (`glued_open`).
_GLUED_SINGLES = "'‘"
# What may stand right before an opening single mark besides a space: a bracket, a dash, or a
# colon with its space lost ("He said:'I got ...'", a Daily Mail page).
SINGLE_OPEN_AFTER = "([—–:"
# What ends a quote's last sentence before its closing mark (a comma: a cue follows).
SENTENCE_CLOSE = ".!?…,"
# NYT-style closing marks: two apostrophes close a “ quote ("...,’’ she said").
_DOUBLE_APOSTROPHE = re.compile(r"(?<=\S)(?:’’|'')")
# A height's inch mark, no quotation mark: 5’2”, 6'11" (feet, an apostrophe, inches); read as
# a closing mark it cut "... someone who is 5’2”. You know ...”" there (reading22b).
_INCH_MARK = re.compile(r"(?<![\w.,])\d[’'′]\d\d?[”\"]")
# Any double (or angle) quotation mark.
ANY_MARK = re.compile(r"[\"“”„«»]")


def spaced_open(p: str, i: int) -> bool:
    """The mark at `i` of paragraph `p` opens a quote although a space follows it: it opens
    the paragraph or follows a sentence end (or ":" / ",") and a space, and a capital follows
    the space (see `SPACED_OPEN_AFTER`)."""
    if p[i + 1 : i + 2] != " " or not p[i + 2 : i + 3].isupper():
        return False
    if i and not p[i - 1].isspace():
        return False
    k = last_visible(p, i)
    if k > 0 and p[k] in _CLOSING_SINGLES and p[k - 1] in SENTENCE_CLOSE:
        return True  # "... the mast.' ' It was ...": a closed quote, then the next one opens
    return k < 0 or p[k] in SPACED_OPEN_AFTER or glued_open(p, i)


def glued_open(p: str, i: int) -> bool:
    """A single mark with a space on each side after a word (or a bracket), before a capital:
    "... in celebration ' I was shocked,' he said". A caption run into the text without its
    stop ends with that word; a quote's own marks never stand apart from its words inside a
    sentence, so the mark opened the paragraph that the lost break glued on. Doubles are left
    out: a text that spaces all its marks ('the "king, " Helter ...') spaces them in a
    sentence too. Callers have checked the spaces and the capital (`spaced_open`)."""
    k = last_visible(p, i)
    return p[i] in _GLUED_SINGLES and k >= 0 and (p[k].isalnum() or p[k] in ")]")


def after_colon(p: str, i: int) -> bool:
    """A straight ' right after a colon (and a space) before a word in lower case opens a
    quote ("One fan commented: 'this girl is so talented!'"): no apostrophe follows a colon.
    Before a capital, the scan's usual test already opens it."""
    return p[i + 1 : i + 2].islower() and last_visible(p, i) >= 0 and p[last_visible(p, i)] == ":"


def last_visible(p: str, end: int) -> int:
    """Where the last character before `end` that is no whitespace is, or -1 (no slice: a
    paragraph of many marks would copy its text for each)."""
    k = end - 1
    while k >= 0 and p[k].isspace():
        k -= 1
    return k


def can_open(ch: str, prev: str, nxt: str) -> bool:
    """Whether mark `ch`, between the characters `prev` and `nxt`, may open a quote."""
    if nxt.isspace() or not nxt:
        return ch in "«„" and bool(nxt)  # French « with a space inside
    if ch == '"':
        return not prev or not (prev.isalnum() or prev in ".,!?;")
    if ch == "‘":
        return prev.isspace() or prev in SINGLE_OPEN_AFTER or prev in '-"“' or not prev
    return ch in "“„«"


def wrong_way_close(ch: str, top: str, prev: str, nxt: str) -> bool:
    """'“Why?“ he asked.': a “ typed for ” after the quote's last stop or comma, with a space or
    the line's end after it, closes the open “ (reading24b: left unread, the quote ran on into
    the answer of the next paragraph, a question and its answer under one speaker)."""
    return ch == top == "“" and (nxt.isspace() or not nxt) and prev in ".,!?…"


def find_marks(text: str) -> list[tuple[int, str]]:
    """(position, mark) of every quotation mark in `text`, in order."""
    found: list[tuple[int, str]] = []
    for ch, pattern in _MARKS.items():
        if ch in text:
            found += [(m.start(), ch) for m in pattern.finditer(text)]
    if "’’" in text or "''" in text:  # read as one closing ”, its apostrophes as no marks
        pairs = [m.start() for m in _DOUBLE_APOSTROPHE.finditer(text)]
        taken = {i for p in pairs for i in (p, p + 1)}
        found = [(i, ch) for i, ch in found if i not in taken] + [(p, "”") for p in pairs]
    if "’" in text or "'" in text:
        inches = {m.end() - 1 for m in _INCH_MARK.finditer(text)}
        found = [(i, ch) for i, ch in found if i not in inches] if inches else found
    found.sort()
    return found
