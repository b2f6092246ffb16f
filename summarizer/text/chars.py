"""Character scans done in C, for the pipeline stages that would otherwise loop in Python.

A regex character class, `set(text)` or a comprehension looks at every character of a long
text as a Python object; str.find (memchr) and bytes.translate run over the raw buffer.
"""

from __future__ import annotations

_ASCII_BYTES = bytes(range(128))


def occurrences(text: str, word: str) -> list[int]:
    """Every start of `word` in `text` (each search reads the whole text: the fewer the better)."""
    found = []
    i = text.find(word)
    while i >= 0:
        found.append(i)
        i = text.find(word, i + 1)
    return found


def char_positions(text: str, chars: str) -> list[int]:
    """Every position of any of `chars` in `text`, in order."""
    found: list[int] = []
    for ch in chars:
        found += occurrences(text, ch)
    found.sort()
    return found


def non_ascii(text: str) -> str:
    """The non-ASCII characters of `text`, in order: deleting the ASCII bytes of its UTF-8
    leaves them whole ("" for ASCII text; lone surrogates survive too)."""
    if text.isascii():
        return ""
    rest = text.encode("utf-8", "surrogatepass").translate(None, _ASCII_BYTES)
    return rest.decode("utf-8", "surrogatepass")
