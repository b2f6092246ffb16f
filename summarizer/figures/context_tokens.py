"""The words of a piece of a clause's text, as the context phrase counts and shows them.

Apart from `context`, which calls it for every clause it reads, because telling a word's
punctuation from a plural's possessive apostrophe ("two weeks' wages", kept) and a closing
single quotation mark ("the 'Lost Boys' tour", dropped) is text work of its own.
"""

from __future__ import annotations

from summarizer.figures.context_sets import (
    ABBREVIATED,
    INITIALS,
    NOT_OWNED,
    OPEN_SINGLE,
    POSSESSIVE,
    WORD,
)


def clause_words(s: str, before: str = "") -> list[str]:
    """The words of `s`; `before`: the sentence's text before it, where a single quotation
    mark may open. An abbreviation keeps its full stop ("Mr. Sanders" -> "Mr.", "the U.S.
    market" -> "U.S."): the strip of sentence punctuation is not for it."""
    words = _words(s, before)
    if "." not in s:
        return words
    return [w + "." if _abbreviation(w) and w + "." in s else w for w in words]


def _abbreviation(word: str) -> bool:
    """A courtesy title or rank written with a full stop, or initials ("U.S", "H.W")."""
    return word in ABBREVIATED or INITIALS.fullmatch(word) is not None


def _words(s: str, before: str) -> list[str]:
    if POSSESSIVE.search(s) is None:
        return WORD.findall(s)
    if OPEN_SINGLE.search(before):
        return WORD.findall(s)
    out = []
    for m in WORD.finditer(s):
        word = m.group()
        owned = POSSESSIVE.match(s, m.end())
        if owned and owned["next"].lower() not in NOT_OWNED and not _quoted(s, m.start()):
            word += s[m.end()]
        out.append(word)
    return out


def _quoted(s: str, pos: int) -> bool:
    """Whether a single quotation mark opens before `pos` (its closing mark looks like a
    plural's apostrophe)."""
    return OPEN_SINGLE.search(s, 0, pos) is not None
