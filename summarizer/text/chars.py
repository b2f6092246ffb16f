"""Character scans done in C, for the pipeline stages that would otherwise loop in Python.

A regex character class, `set(text)` or a comprehension looks at every character of a long
text as a Python object; str.find (memchr) and bytes.translate run over the raw buffer. Every
translate table of the library lives here, each behind a helper that names what it does.

Most helpers read UTF-8 bytes: an ASCII byte there is always an ASCII character (UTF-8 never
uses one inside another character), so a table of the 128 ASCII bytes acts on the characters.
"""

from __future__ import annotations

import string

ASCII_LETTERS = string.ascii_letters.encode()
ASCII_UPPER = string.ascii_uppercase.encode()

_ASCII_BYTES = bytes(range(128))
_ASCII_NOT_ALNUM = bytes(i for i in range(128) if not chr(i).isalnum())
# ASCII letters and digits stay, every other ASCII byte becomes a space, bytes >= 0x80 stay.
_ASCII_NOT_ALNUM_TO_SPACE = bytes(i if chr(i).isalnum() else 32 for i in range(128)) + bytes(
    range(128, 256)
)
# The curly apostrophes (and the reversed one) NLTK's English stemmer reads as "'".
STRAIGHT_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201b": "'"})


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


def count_ascii(raw: bytes, members: bytes) -> int:
    """How many bytes of `raw` are among `members` (ASCII bytes): for UTF-8, how many of those
    characters its text has. Plain: `sum(ch in members for ch in text)`."""
    return len(raw) - len(raw.translate(None, members))


def ascii_non_alnum_to_space(raw: bytes) -> bytes:
    """Every ASCII byte that is not a letter or digit becomes a space; the others stay.

    Splitting the result at whitespace gives the runs of letters and digits, for the ASCII
    ones (non-ASCII bytes are left in the runs). Plain:
    `bytes(b if b >= 128 or chr(b).isalnum() else 32 for b in raw)`.
    """
    return raw.translate(_ASCII_NOT_ALNUM_TO_SPACE)


def drop_ascii_non_alnum(raw: bytes) -> bytes:
    """`raw` without its ASCII bytes that are not letters or digits."""
    return raw.translate(None, _ASCII_NOT_ALNUM)


def ascii_alnum_runs(text: str) -> list[str]:
    """For ASCII `text`, `re.findall(r"[^\\W_]+", text)`: runs of letters and digits."""
    return ascii_non_alnum_to_space(text.encode()).decode().split()
