"""Where given words occur as whole words: found with `str.find`, no regex built per article.

In real use every article is new, so a pattern made of its names (or one per word) would be
compiled for each article (~0.6 ms for a few dozen names), where Python's regex cache hides the
cost in a benchmark that repeats one text. The tests here are the regexes' own, spelled out:
`\\w` is a character for which `str.isalnum()` holds, or "_" (as in `re` for `str` patterns).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

_APOSTROPHES = "'’"


def _word_char(ch: str) -> bool:
    """`ch` matches `\\w`."""
    return ch.isalnum() or ch == "_"


def _occurrences(text: str, word: str) -> Iterator[int]:
    """Every position where `word` starts in `text`, overlapping ones included, in order."""
    p = text.find(word)
    while p >= 0:
        yield p
        p = text.find(word, p + 1)


def _open_before(text: str, p: int) -> bool:
    """No word character or apostrophe right before position `p` (the text start counts)."""
    return p == 0 or not (_word_char(text[p - 1]) or text[p - 1] in _APOSTROPHES)


def has_free_occurrence(text: str, word: str) -> bool:
    """`re.search(re.escape(word) + r"(?<![\\w'’]" + f".{{{len(word)}}})" + r"(?![\\w'’])", text)`.

    For a `word` without a newline (the `.`s then match the word itself): an occurrence with
    neither a word character nor an apostrophe on either side.
    """
    n = len(word)
    for p in _occurrences(text, word):
        e = p + n
        after_free = e == len(text) or not (_word_char(text[e]) or text[e] in _APOSTROPHES)
        if after_free and _open_before(text, p):
            return True
    return False


def find_mentions(text: str, names: Iterable[str]) -> list[tuple[int, str]]:
    """(position, name) of each mention, as `re.finditer` gives them for the plain pattern: the
    names as alternatives, longest first, each after `(?<![\\w'’])`, then `(?![\\w])`.

    Names have no whitespace. At one position the names that match are prefixes of one another,
    so the regex takes the longest that passes the test after it (a longer name escapes to a
    longer pattern: the order by escaped length agrees), then goes on past that match. So: the
    longest good name at each position, then the leftmost ones that do not overlap.
    """
    best: dict[int, str] = {}
    for name in names:
        n = len(name)
        for p in _occurrences(text, name):
            e = p + n
            free = (e == len(text) or not _word_char(text[e])) and _open_before(text, p)
            if free and n > len(best.get(p, "")):
                best[p] = name
    found: list[tuple[int, str]] = []
    end = 0
    for p in sorted(best):
        if p >= end:
            found.append((p, best[p]))
            end = p + len(best[p])
    return found
