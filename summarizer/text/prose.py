"""Whether a text is prose at all: the check every summary makes before it reads a text.

Its own module because it is a job apart from naming a text's language (`language`): it needs
no model, only the text's characters and tokens. Prose is mostly letters, mostly word-shaped
tokens and light on the symbols code is made of; a text that is not raises NotLanguageError, one
with (almost) nothing in it EmptyTextError, so code or a table of figures is refused with a
message instead of being summarized into nonsense.
"""

from __future__ import annotations

import re
from functools import cache
from itertools import compress, filterfalse, repeat
from operator import not_

from summarizer.errors import EmptyTextError, NotLanguageError
from summarizer.text.chars import ASCII_LETTERS, count_ascii, non_ascii

MIN_WORDS = 5  # fewer words than this is not an article
_MIN_LETTER_SHARE = 0.5  # of non-space characters
_MIN_WORD_SHARE = 0.5  # of whitespace-separated tokens that are words
_MAX_CODE_SYMBOL_SHARE = 0.04  # of non-space characters
_PROSE_WINDOW_CHARS = 3000  # check_prose reads the start, middle and end of a long text

_SPACE_RE = re.compile(r"\s")
# A token that reads as a word: letters (with inner apostrophes/hyphens/dots), maybe wrapped in
# quotes or brackets and followed by punctuation. Numbers like "1,200" or "25%" also count:
# they are part of prose as long as words surround them.
_WORD_LEAD = "\"'“”‘’«»„([¿¡*-"
_WORD_TRAIL = "\"'“”‘’«»)].,;:!?…*-"
_WORDLIKE_RE = re.compile(
    r"^[" + re.escape(_WORD_LEAD) + r"]*"
    r"(?:[^\W\d_]+(?:['’.\-][^\W\d_]+)*\.?|[$€£¥]?\d[\d.,:]*(?:%|[^\W\d_]{1,3})?)"
    r"[" + re.escape(_WORD_TRAIL) + r"]*$"
)
_LETTER_RE = re.compile(r"[^\W\d_]")
_CODE_SYMBOLS = b"{}[]<>=;|\\^~`#@_"
# Tokens only code has: calls "f(x)", comparisons, arrows, lone operators and braces.
_CODE_TOKEN_RE = re.compile(
    r"[^\W\d]\(|[=!<>]=|->|=>|::|\+\+|&&|\|\||^(?:[{}()\[\];*/+%=<>]{1,3}|--)$|[)\]\d'\"];$|\{$"
)
# Every match of _CODE_TOKEN_RE holds one of these, or is the token "--" (the only pattern a
# "-" can complete without one of them: "->" needs ">"): other tokens need no regex. Hyphenated
# words, the commonest tokens with a code character, are thus left out.
_CODE_TOKEN_CHARS = frozenset("(){}[]<>=:;+*/%&|")
_MAX_CODE_TOKEN_SHARE = 0.12  # of tokens
# A bullet opening a line ("* ", "- ", "-- ", "• ", "+ "): list markup, not an operator.
_BULLETS = re.compile(r"(?m)^[ \t]*(?:[*+•▪►-]|--)[ \t]+")


def check_prose(text: str) -> None:
    """Raise EmptyTextError when there is (almost) nothing, NotLanguageError when it is not prose.

    Prose is mostly letters, mostly word-shaped tokens, and light on the symbols code is made of.
    A long text is judged by three windows (start, middle, end): the shares do not need every
    character, and the check then costs the same for a long read as for a short note.
    """
    text = _prose_sample(text)
    if "\n" in text:  # a list of prose items is prose: its bullets are no code symbols
        text = _BULLETS.sub("", text)
    tokens = text.split()
    # Counted with C-level loops (bytes.translate, map over str methods), not per-character Python.
    chars = "".join(tokens)  # the non-space characters
    if not chars:
        raise EmptyTextError(detail="blank")
    raw = chars.encode("utf-8", "surrogatepass")
    wide = non_ascii(chars)  # the non-ASCII characters, tested one by one where needed
    letters = count_ascii(raw, ASCII_LETTERS) + sum(map(str.isalpha, wide))
    if letters / len(chars) < _MIN_LETTER_SHARE:
        raise NotLanguageError(detail=f"letters are {letters / len(chars):.0%} of characters")
    symbols = count_ascii(raw, _CODE_SYMBOLS)  # each is one ASCII byte of the UTF-8
    if symbols / len(chars) > _MAX_CODE_SYMBOL_SHARE:
        raise NotLanguageError(detail=f"code symbols are {symbols / len(chars):.0%} of characters")
    # All-letter tokens are word-like, have a letter and hold no code pattern (each code pattern
    # needs a non-letter), so only the other tokens go through the regexes. Letters between
    # leading and trailing marks ("word," or "(word") are word-like too (_WORDLIKE_RE matches
    # them) and have a letter (a letter is a \w that is not a digit or "_"): only the `rest`
    # need those two tests.
    others = list(filterfalse(str.isalpha, tokens))
    plain = len(tokens) - len(others)
    rest = _not_marked_words(others)
    marked = len(others) - len(rest)
    suspects = list(filterfalse(_CODE_TOKEN_CHARS.isdisjoint, others))
    code = sum(map(bool, map(_CODE_TOKEN_RE.search, suspects))) + others.count("--")
    if code / len(tokens) > _MAX_CODE_TOKEN_SHARE:
        raise NotLanguageError(detail=f"code-like tokens are {code / len(tokens):.0%} of tokens")
    cjk = _count_cjk(wide)
    lettered = plain + marked + sum(map(_has_letter, rest)) + cjk // 2
    if lettered < MIN_WORDS:
        raise EmptyTextError(detail=f"{lettered} words")
    if cjk > letters * 0.3:  # no spaces between words: the token shape test does not apply
        return
    wordlike = plain + marked + sum(1 for t in rest if _WORDLIKE_RE.match(t))
    if wordlike / len(tokens) < _MIN_WORD_SHARE:
        raise NotLanguageError(detail=f"words are {wordlike / len(tokens):.0%} of tokens")


def _count_cjk(wide: str) -> int:
    """len(_cjk_re().findall(text)), `wide` being the text's non-ASCII characters (spaces dropped
    or not: CJK characters are none): each match is one character past U+3040, so none when
    they all come before it."""
    return len(_cjk_re().findall(wide)) if wide and max(wide) >= "\u3040" else 0


@cache
def _cjk_re() -> re.Pattern[str]:
    """Kana and ideographs; compiled on first use, as only CJK texts need it (a class this wide
    costs milliseconds to compile)."""
    return re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")


def _not_marked_words(others: list[str]) -> list[str]:
    """The tokens that are not letters between `_WORD_LEAD` and `_WORD_TRAIL` marks (C loops)."""
    cores = map(str.rstrip, map(str.lstrip, others, repeat(_WORD_LEAD)), repeat(_WORD_TRAIL))
    return list(compress(others, map(not_, map(str.isalpha, cores))))


def _prose_sample(text: str) -> str:
    """The whole text, or three windows of it with the words cut at the window edges dropped."""
    size = _PROSE_WINDOW_CHARS
    if len(text) <= 3 * size:
        return text
    middle = (len(text) - size) // 2
    return "\n".join(
        (
            _whole_words(text[:size], start=False, end=True),
            _whole_words(text[middle : middle + size], start=True, end=True),
            _whole_words(text[-size:], start=True, end=False),
        )
    )


def _whole_words(window: str, start: bool, end: bool) -> str:
    """Drop the partial word at a cut edge (a window with no space at all is kept whole)."""
    if start and (found := _SPACE_RE.search(window)):
        window = window[found.end() :]
    if end:
        window = window[: _last_space(window)]
    return window


def _last_space(window: str) -> int | None:
    """Where `re.search(r"\\s(?=\\S*$)", window)` starts (None: no match), without that regex's
    walk over every word of the window: the last whitespace, found from the end.

    `$` also matches before a final "\\n": then the last whitespace before that "\\n" matches
    if there is one, else the "\\n" itself does.
    """
    body = window[:-1] if window.endswith("\n") else window
    found = _SPACE_RE.search(body[::-1])
    if found:
        return len(body) - 1 - found.start()
    return len(body) if len(body) < len(window) else None


def _has_letter(token: str) -> bool:
    """any(c.isalpha() for c in token); the regex finds a candidate fast ([^\\W\\d_] also
    takes non-decimal numerals such as "½", so a candidate that is not a letter is re-checked)."""
    found = _LETTER_RE.search(token)
    if found is None:
        return False
    return found.group().isalpha() or any(map(str.isalpha, token))
