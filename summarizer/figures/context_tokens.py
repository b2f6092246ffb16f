"""The words of a piece of a clause's text, as the context phrase counts and shows them.

Apart from `context`, which calls it for every clause it reads, because telling a word's
punctuation from a plural's possessive apostrophe ("two weeks' wages", kept) and a closing
single quotation mark ("the 'Lost Boys' tour", dropped) is text work of its own.
"""

from __future__ import annotations

from summarizer.figures.context_sets import NOT_OWNED, OPEN_SINGLE, POSSESSIVE, WORD


def clause_words(s: str, before: str = "") -> list[str]:
    """The words of `s`; `before`: the sentence's text before it, where a single quotation
    mark may open."""
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
