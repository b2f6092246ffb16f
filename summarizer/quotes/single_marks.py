"""Where a quote in single marks ends: a curly ‘...’ at its closing ’ (not an apostrophe), a
British 'quote' at a ' after end punctuation or a word's last letter, past phrases nested in
double marks; each search remembered per paragraph (`NextMatch`).

Apart from the pairing (`marks`): single marks do not nest on the scanner's stack, so their
end is found by these searches ahead, which carry most of the scan's performance care.
"""

from __future__ import annotations

import re

from summarizer.quotes.mark_rules import SENTENCE_CLOSE, glued_open
from summarizer.quotes.pronoun_lexicon import FIRST_OR_SECOND_PERSON_WORDS

# The closing ' of a British 'quote': after punctuation ("hard,'", a caption's "Fly:' A
# boy"; a curly ’ there too, as careless typing closes it: "'... you say?’ Miss"), or after a
# word's last letter before punctuation ("reason'.") or a space and a capital ("old' The
# ...": a caption run into the text lost the quote's stop; before a word in lower case only a
# title's, `title_end`); after an "s" only before punctuation (a plural possessive has its
# noun next: "the players' union", but "'... pitch forks', the paper said"); never before a
# word (a headline's "'Easy Money' Opens Big"). Or, first, a reopening mark after a
# sentence's end and a space, with a space after it (`mark_rules.SPACED_OPEN_AFTER`) or not
# (". 'With ...": a closing mark never follows a space), or a double mark. A quote that ends
# on a nested one closes after its mark ('... been "forgotten."\'.'), spaced too when a cue
# follows ('"Did you?" \' an aide said').
STRAIGHT_SINGLE_END = re.compile(
    r"(?<=[,.!?…:;])['’](?![^\W\d_])"
    r"|(?P<letter>(?<=[^\W\d_s])'(?=[.,;:!?)]| [A-Z]|\s*\Z)|(?<=s)'(?=[.,;:!?]))"
    r"|(?P<reopen>(?<=[.!?…] )')(?= ?[A-Z])|(?<=[,.!?…][\"”])'(?![^\W\d_])"
    r"|(?<=[,.!?…][\"”] )'(?= [a-z])|[\"“”«»„]"
)
# A phrase in double marks nested in a ' quote: its closing mark, within _NESTED_CHARS.
_NESTED_CLOSE = re.compile(r'(?<=\S)["”]')
_NESTED_CHARS = 80
_NESTED_MAX = 3
_INNER_OPEN = re.compile(r"(?<![\w'’])'(?=\w)")  # a ' that opens a word: "of 'no first use'"
# A ' after a word's last letter, before a word in lower case: an apostrophe ("goin' home")
# or the close of a title ("the 'Queen of Everything' feature"), taken only for a title.
BEFORE_LOWER = re.compile(r"(?<=[^\W\d_s])'(?=\s+[a-z])")
_TITLE_WORDS = 6
_TITLE_CHARS = 80  # read no further: a title is short (and a long stretch is read once)
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
    either of them; nor is a spaced mark glued to a caption's last word (`glued_open`). Such a
    quote with no cue of its own goes on with the speaker of the quote before it, or of the
    part it runs on from, when they say who speaks (`credit`, Session 16b); else it is kept
    unattributed (Session 21: dropping them lost whole quoted paragraphs on Daily Mail pages,
    and a quote nobody is credited with is better than none or a guess)."""
    if text[open_pos : open_pos + 1] != "'" or not spans:
        return False
    if not _SENTENCE_OPEN.search(text[max(0, open_pos - _OPEN_REACH) : open_pos]) and not (
        text[open_pos + 1 : open_pos + 2] == " " and glued_open(text, open_pos)
    ):
        return False
    # a sentence's end, or a cue's comma; maybe a nested quote's mark after it ('"lost."')
    words = text[spans[-1][0] : spans[-1][1]].rstrip().rstrip('"”')
    return bool(words) and words[-1] in SENTENCE_CLOSE


# A single mark that reopens a quote after a sentence's end (the next paragraph of a text
# that lost its breaks).
_REOPENS = re.compile(r"[.!?…] ['‘]")
# A speaker's words about themselves or to the reader ("US" is no "us").
_IN_PERSON = re.compile(
    r"\b(?:"
    + "|".join(
        w if w == "I" else f"[{w[0].upper()}{w[0]}]{w[1:]}" for w in FIRST_OR_SECOND_PERSON_WORDS
    )
    + r")\b|\bI['’]"
)


def colon_single(text: str, open_pos: int, spans: list[tuple[int, int]]) -> bool:
    """A ' quote right after a colon that opens with a capital and ends a sentence ("A
    statement read: 'The match is forfeited.'"): the colon says a quote comes, so no
    apostrophe is either mark, and the quote is kept when its cue names nobody the finder can
    read (Session 21: written statements on Daily Mail pages were dropped)."""
    if text[open_pos : open_pos + 1] != "'" or not spans:
        return False
    if text[max(0, open_pos - _OPEN_REACH) : open_pos].rstrip()[-1:] != ":":
        return False
    words = text[spans[-1][0] : spans[-1][1]].strip()
    first = text[spans[0][0] : spans[0][1]].lstrip()[:1]
    return first.isupper() and words[-1:] in ".!?…"


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


class GluedHeads:
    """Whether a mark glued to a caption (`mark_rules.glued_open`) opens a quote, for one
    paragraph; both searches remembered (`NextMatch`), so a paragraph of many such marks is
    read once."""

    __slots__ = ("_persons", "_reopens")

    def __init__(self, p: str) -> None:
        self._reopens = NextMatch(_REOPENS, p)
        self._persons = NextMatch(_IN_PERSON, p)

    def speaks(self, i: int, end: int) -> bool:
        """The glued mark at `i` opens a quote ending at `end` (-1: the paragraph's end)
        unless a mark reopens the next paragraph's quote before that end while the words up to
        it speak in neither the first nor the second person ("... called its ' Home Glory
        range. Nobody liked it. ' We got it wrong,' said Ardley": a stray mark in the
        reporter's sentence; "... meetings ' Somebody suggested it and I laughed. ' We ..."
        is a quote run on over paragraphs)."""
        m = self._reopens.search(i + 1)
        if m is None or (end > 0 and m.start() >= end):
            return True
        person = self._persons.search(i + 1)
        return person is not None and person.start() < m.start()


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
        if m is None or m.group() not in "'’":
            return -1, False
        if m.lastgroup == "reopen":
            return m.start(), True
        if m.lastgroup != "letter" or not _INNER_OPEN.search(p, start, m.start()):
            return m.start(), False
        at = m.end()
    return -1, False


def title_end(lower: NextMatch, p: str, start: int, end: int) -> int:
    """Where a ' quote opened right before `start` closes as a title, before the word in lower
    case it names ("the 'Queen of Everything' feature and said ..."), when that comes before
    `end` (-1: the paragraph's end); else -1. Left open, a title ran on over the text to the
    next quote's closing mark and took that quote with it. A title is at most six words, the
    first and every long one capitalised; any other ' before a word in lower case may be an
    apostrophe ("we were just messin' about") and closes nothing.

    `lower` searches `p` for `BEFORE_LOWER`."""
    m = lower.search(start)
    if m is None or 0 <= end <= m.start() or m.start() - start > _TITLE_CHARS:
        return -1
    words = p[start : m.start()].split()
    if not words or len(words) > _TITLE_WORDS or not words[0][:1].isupper():
        return -1
    return m.start() if all(w[:1].isupper() for w in words if len(w) > 3) else -1


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
