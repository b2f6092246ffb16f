"""Characters a bad conversion lost: each byte of a UTF-8 character became "?" ("can???t",
"???Dancing with the Stars???"), or each character one "?" ("doesn?t"). Pages are saved so,
and printed as they are the reply reads as garbage and the quote finder sees no quote marks.

A run is repaired only where the text proves the damage: a run between two letters of one
word ("can???t"; for single marks a contraction, "doesn?t") or two around a phrase ("the
???car passing by??? effect"), seen at least once. On the 400 real pages of the project's
evaluation set a run of exactly three "?" occurs on no page whose saved copy is undamaged,
and a contraction written with one "?" on none; genuine "What?" and "Really???" are left
alone where nothing proves damage. Then each run of that width reads by
its neighbours (counted on those pages, where an undamaged copy of the same words showed what
was lost):

- between two letters: an apostrophe before a contraction's end or after a one-letter word
  ("can’t", "O’Neill"), a dash between numbers ("27–6"), else an em dash ("victims—even");
- at a word's start, after a space or an opening bracket: an opening quote mark ("the ’70s"
  keeps its apostrophe);
- after a word or a comma, before a space or punctuation: a closing quote mark when the line
  has one open; with none, an apostrophe after a plural's "s" or a dropped g before more
  words ("lawyers’ case"), else an ellipsis (a teaser's "…"). With one "?" a character only
  a quote left open, or a comma, makes the mark a closing one: "What?" stays;
- between spaces: a dash (three marks only: "a show — opening"), a bullet at a line's start.

A quote opened inside an open quote takes single marks ("say, ‘Have a drink,’”). Longer runs
are read only where they close quotes: six marks close two, four are a question's own "?" and
a closing mark ("not?”"). Two marks are a lost two-byte letter ("é", "ü", "ñ"): put back only
in a word that reads one way (`TWO_BYTE_WORDS`: "fianc??e"). Any other run is left: an emoji
is four marks.
"""

from __future__ import annotations

import re
from functools import cache

from summarizer.text.lost_chars_lexicon import (
    APOSTROPHE,
    APOSTROPHE_ENDINGS,
    BULLET,
    CLOSES_AFTER,
    CLOSING_AFTER,
    CLOSING_QUOTE,
    CONTRACTION_TAIL,
    DASH,
    DECADE,
    ELLIPSIS,
    INNER_CLOSING_QUOTE,
    INNER_OPENING_QUOTE,
    ONE_MARK_CLOSES_AFTER,
    ONE_MARK_PROOF,
    OPENING_BEFORE,
    OPENING_QUOTE,
    RANGE_DASH,
    THREE_MARK_PROOF,
    TWO_BYTE_MARKS,
    TWO_BYTE_WORDS,
)

BYTES_A_CHARACTER = 3  # "’", "“", "”", "—", "…": three bytes each in UTF-8
ONE_MARK = 1  # a conversion that wrote one "?" for each character it could not map
WIDTHS = (BYTES_A_CHARACTER, ONE_MARK)

_PROOF = {
    BYTES_A_CHARACTER: THREE_MARK_PROOF,
    ONE_MARK: ONE_MARK_PROOF,
}
# A run of the width; for three, also longer runs (`_mark` reads those that close quotes).
_RUN = {
    BYTES_A_CHARACTER: re.compile(r"(?<!\?)\?{3,}(?!\?)"),
    ONE_MARK: re.compile(r"(?<!\?)\?(?!\?)"),
}


def repair_lost_chars(text: str, evidence: str = "") -> str:
    """`text` with the "?" runs that stand for a lost character replaced by that character,
    where `text` or `evidence` (more of the same page: its body, for a title) proves damage of
    that width; the same string otherwise."""
    if "?" not in text:
        return text
    if TWO_BYTE_MARKS in text:
        text = _two_byte_words().sub(_two_byte_word, text)
    for width in WIDTHS:
        if _proves(width, text) or (evidence and _proves(width, evidence)):
            text = "\n".join(_repaired_line(line, width) for line in text.split("\n"))
    return text


def _proves(width: int, text: str) -> bool:
    return "?" in text and _PROOF[width].search(text) is not None


def _repaired_line(line: str, width: int) -> str:
    """One line (a quote mark opened on it may close on it) with its runs replaced."""
    if "?" not in line:
        return line
    parts: list[str] = []
    done = 0
    depth = 0  # quote marks open: a second one opens a quote inside a quote
    for run in _RUN[width].finditer(line):
        mark, depth = _mark(line, run.start(), run.end(), width, depth)
        parts += (line[done : run.start()], mark)
        done = run.end()
    return "".join(parts) + line[done:]


def _mark(line: str, start: int, end: int, width: int, depth: int) -> tuple[str, int]:
    """The character the run `line[start:end]` stands for (the run itself when unclear), and
    how many quote marks are open after it."""
    run = line[start:end]
    before = line[start - 1] if start else " "  # a line's start and end read as spaces
    after = line[end] if end < len(line) else " "
    closing = (before.isalnum() or before in CLOSES_AFTER) and after in CLOSING_AFTER
    if len(run) > width:  # "not????", "drink,??????": a "?" or an inner quote's close first
        lost, question = divmod(len(run), width)
        if question > 1 or not closing or depth < lost:
            return run, depth
        marks = "?" * question
        for _ in range(lost):
            mark, depth = _closing_mark(line, start, depth)
            marks += mark
        return marks, depth
    if before.isalnum() and after.isalnum():
        return _inside_word(line, start, end, width), depth
    if before in OPENING_BEFORE and after.isalnum():
        if DECADE.match(line, end):
            return APOSTROPHE, depth
        return (INNER_OPENING_QUOTE if depth else OPENING_QUOTE), min(depth + 1, 2)
    if closing:
        return _closing(line, start, end, width, depth)
    if width == BYTES_A_CHARACTER and before in " \t" and after in " \t":
        if not line[:start].strip():
            return BULLET, depth
        numbers = line[:start].rstrip()[-1:].isdigit() and line[end:].lstrip()[:1].isdigit()
        return (RANGE_DASH if numbers else DASH), depth
    return run, depth


def _inside_word(line: str, start: int, end: int, width: int) -> str:
    """A run between two letters or digits: "can???t", "O???Neill", "27?6", "victims???even"."""
    if CONTRACTION_TAIL.match(line, end):
        return APOSTROPHE
    if line[start - 1].isalpha() and (start < 2 or not line[start - 2].isalnum()):
        return APOSTROPHE  # after a one-letter word: "O’Neill", "l’homme"
    if line[start - 1].isdigit() and line[end].isdigit():
        return RANGE_DASH
    return DASH if width == BYTES_A_CHARACTER else line[start:end]


def _closing(line: str, start: int, end: int, width: int, depth: int) -> tuple[str, int]:
    """A run after a word or punctuation, before a space or punctuation (`_mark`)."""
    before = line[start - 1] if start else " "
    if depth:
        return _closing_mark(line, start, depth)
    if width != BYTES_A_CHARACTER:
        return (CLOSING_QUOTE if before in ONE_MARK_CLOSES_AFTER else line[start:end]), 0
    if before in CLOSES_AFTER:
        return CLOSING_QUOTE, 0  # a quote opened on an earlier line: "... of it.???"
    rest = line[end:]
    if rest.strip() and rest[:1] in " \t" and line[:start].endswith(APOSTROPHE_ENDINGS):
        return APOSTROPHE, 0  # "the lawyers’ case", "boot-scootin’ with"
    return ELLIPSIS, 0


def _closing_mark(line: str, start: int, depth: int) -> tuple[str, int]:
    """The mark that closes the innermost open quote. An apostrophe typed before the run
    closed the inner one already ("say, ???decaf,'??? said"): the run closes the outer."""
    if depth > 1 and line[start - 1 : start] != "'":
        return INNER_CLOSING_QUOTE, depth - 1
    return CLOSING_QUOTE, 0


def _damaged(word: str) -> str:
    return "".join(TWO_BYTE_MARKS if ord(char) > 0x7F else char for char in word)


@cache
def _two_byte_words() -> re.Pattern[str]:
    """A damaged spelling of a `TWO_BYTE_WORDS` word, standing alone (no letter, digit or "?"
    beside it), in any case."""
    damaged = {re.escape(_damaged(word)) for word in TWO_BYTE_WORDS.split()}
    spellings = sorted(damaged, key=len, reverse=True)
    return re.compile(rf"(?<![\w?])(?:{'|'.join(spellings)})(?![\w?])", re.IGNORECASE)


@cache
def _words_by_damage() -> dict[str, str]:
    return {_damaged(word).casefold(): word for word in TWO_BYTE_WORDS.split()}


def _two_byte_word(found: re.Match[str]) -> str:
    """The word as written, each "??" the letter it lost (in capitals in a word in capitals)."""
    written = found[0]
    word = _words_by_damage()[written.casefold()]
    shout = written.isupper()
    letters = iter(char.upper() if shout else char for char in word if ord(char) > 0x7F)
    return re.sub(r"\?\?", lambda _: next(letters), written)
