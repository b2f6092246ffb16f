"""Where a quote in single marks ends: a curly ‘...’ at its closing ’ (not an apostrophe), a
British 'quote' at a ' after end punctuation or a word's last letter, past phrases nested in
double marks; each search remembered per paragraph (`NextMatch`).

Apart from the pairing (`marks`): single marks do not nest on the scanner's stack, so their
end is found by these searches ahead, which carry most of the scan's performance care.
"""

from __future__ import annotations

import re

from summarizer.quotes.mark_rules import SENTENCE_CLOSE

# The closing ' of a British 'quote': after end punctuation ("hard,'"), or after a word's
# last letter before punctuation ("reason'.") but not after an "s" (plural possessives:
# "the players' union."); not before a word (a headline's "'Easy Money' Opens Big"). Or,
# first, a reopening mark after a sentence's end and a space, with a space after it
# (`mark_rules.SPACED_OPEN_AFTER`) or not (". 'With ...": a closing mark never follows a
# space), or a double mark.
STRAIGHT_SINGLE_END = re.compile(
    r"(?<=[,.!?…])'(?![^\W\d_])|(?P<letter>(?<=[^\W\d_s])'(?=[.,;:!?)]))"
    r"|(?P<reopen>(?<=[.!?…] )')(?= ?[A-Z])|[\"“”«»„]"
)
# A phrase in double marks nested in a ' quote: its closing mark, within _NESTED_CHARS.
_NESTED_CLOSE = re.compile(r'(?<=\S)["”]')
_NESTED_CHARS = 80
_NESTED_MAX = 3
_INNER_OPEN = re.compile(r"(?<![\w'’])'(?=\w)")  # a ' that opens a word: "of 'no first use'"
# The closing ’ of a curly single quote (not after whitespace), or a double mark first. Searched
# from a position (no slice): a lookbehind there sees the same characters as in the slice.
# A straight ' after a comma (or ! ?) and before a cue in lower case closes a ‘ quote too, as
# careless typing does ("‘I think so,' continued the author."): `single_close`. So does one
# after a sentence end and before the reporter's next sentence ("‘... no time.' Belgium ...").
SINGLE_END = re.compile(
    r"’(?![^\W\d_])(?<!\s’)|(?<=[,!?])'(?= [a-z])|(?<=[.!?…])'(?= [A-Z])|[\"“”«»„]"
)
# Any quotation mark but an apostrophe inside a word ("don’t"), which ends no quote.
ANY_SINGLE = re.compile(r"[‘\"“”„«»]|’(?![^\W\d_])")


# A straight ' that opens a sentence of a text that lost its paragraph breaks: the text's or a
# line's start, or a sentence end (maybe closing marks after it) and a space before it.
_SENTENCE_OPEN = re.compile(r"(?:\A|\n[ \t]*|[.!?…][\"”’']*[ \t\u00a0]+)\Z")
_OPEN_REACH = 8  # characters read back from the mark


def sentence_single(text: str, open_pos: int, spans: list[tuple[int, int]]) -> bool:
    """A ' quote that opens a sentence ("... late. ' We came back ... now.'") and whose words
    end one: the Daily Mail's paragraphs run together keep a quote's marks in this shape, the
    mark spaced from the words, so no apostrophe (a word's "don't", a plural "players' ") is
    either of them. Such a quote with no cue of its own is kept when the quote before it, or
    the part it runs on from, says who speaks (`find`): Session 16b."""
    if text[open_pos : open_pos + 1] != "'" or not spans:
        return False
    if not _SENTENCE_OPEN.search(text[max(0, open_pos - _OPEN_REACH) : open_pos]):
        return False
    words = text[spans[-1][0] : spans[-1][1]].rstrip()
    return bool(words) and words[-1] in SENTENCE_CLOSE  # a sentence's end, or a cue's comma


class NextMatch:
    """`pattern.search(text, start)`, remembered: each opening mark of a paragraph searches on
    from itself, and without this a paragraph of n unclosed ‘ (or ') marks is read n times.

    A search from `start` reads up to its match (or the end). Whether the pattern matches at a
    position does not depend on where the search began, so any start up to that match finds
    the same one, and only a start past it reads further.
    """

    __slots__ = ("_end", "_match", "_pattern", "_start", "_text")

    def __init__(self, pattern: re.Pattern[str], text: str) -> None:
        self._pattern, self._text = pattern, text
        self._start, self._end = 1, 0  # nothing searched yet
        self._match: re.Match[str] | None = None

    def search(self, start: int) -> re.Match[str] | None:
        if not self._start <= start <= self._end:
            self._match = self._pattern.search(self._text, start)
            self._start = start
            self._end = self._match.start() if self._match else len(self._text)
        return self._match


def single_close(ends: NextMatch, start: int, p: str) -> int:
    """Closing ’ of a curly single quote: followed by a non-letter, with no double mark before
    but a short phrase nested in double marks ("‘... I thought, “What a player”. He is ...’"),
    which it looks past as `past_nested` does for a straight ' quote.

    `ends` searches paragraph `p` for `SINGLE_END` (a ’ after whitespace opens nothing and
    closes nothing: the pattern skips it)."""
    for _ in range(_NESTED_MAX):
        m = ends.search(start)
        if m is None or m.group() in "’'":
            break
        if m.group() not in '"“':
            return -1
        close = _NESTED_CLOSE.search(p, m.end(), m.end() + _NESTED_CHARS)
        if close is None:
            return -1
        start = close.end()
    else:
        m = ends.search(start)
    return m.start() if m and m.group() in "’'" else -1


def straight_single_end(ends: NextMatch, p: str, start: int) -> tuple[int, bool]:
    """British 'Speech,' he said: the closing ' follows end punctuation (never an apostrophe),
    or a word before punctuation ("... shot'."), unless a ' opens a word inside the quote
    before it: that one it closes ("'With our policy of 'no first use', we ..."). Returns its
    position (-1: none) and whether it is a spaced reopening mark instead
    (`mark_rules.SPACED_OPEN_AFTER`).

    `ends` searches paragraph `p` for `STRAIGHT_SINGLE_END` from `start`."""
    at = start
    for _ in range(_NESTED_MAX):
        m = ends.search(at)
        if m is None or m.group() != "'":
            return -1, False
        if m.lastgroup == "reopen":
            return m.start(), True
        if m.lastgroup != "letter" or not _INNER_OPEN.search(p, start, m.start()):
            return m.start(), False
        at = m.end()
    return -1, False


def past_nested(ends: NextMatch, p: str, start: int) -> int:
    """Where to look for the end of a ' quote opened before `start`: past each short phrase in
    double marks inside it ('I know the motto "slow and steady" but ...,' she said)."""
    for _ in range(_NESTED_MAX):
        m = ends.search(start)
        if m is None or m.group() not in '"“':
            break
        close = _NESTED_CLOSE.search(p, m.end(), m.end() + _NESTED_CHARS)
        if close is None:
            break
        start = close.end()
    return start
