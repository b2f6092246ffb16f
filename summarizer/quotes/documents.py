"""A document's sender as a quote's speaker: '," read a letter from Jo Lee', '," said a
statement from Acme Corp', '," a note signed by Dr Ann Bell said'.

The document itself is no speaker (`credit` leaves "the letter" unattributed: a quote credited
to an object misleads), but a document the text says came from someone it names tells who
wrote the words. A sender described ("the pioneers") stays unattributed: the text named them
before, in other words ("an early internet pioneer group"), and the description alone reads
as a guess.

Apart from `after` and `speakers` because both the cue after a quote and the parsing of a
subject phrase read it (English only: the phrase is a few fixed words).
"""

from __future__ import annotations

import re

# Written things someone sends: what "a ... from X" hands X's words in.
SENT_THINGS = (
    "statement", "letter", "open letter", "note", "message", "email", "e-mail", "memo",
    "release", "press release", "announcement", "notice", "post", "tweet", "petition",
    "editorial", "report", "document",
)  # fmt: skip
# "a letter [sent|signed|...] from|by X": the sender after the preposition.
_SENT = r"(?:(?:sent|signed|issued|written|released|posted|published)[ \t]+)?"
_THING = r"(?:" + "|".join(re.escape(t).replace(r"\ ", r"[ \t]+") for t in SENT_THINGS) + r")"
_DOCUMENT_FROM = re.compile(
    r"(?:a|an|the|one)[ \t]+(?:[\w'’-]+[ \t]+){0,2}?" + _THING + r"[ \t]+" + _SENT
    + r"(?:from|by|on[ \t]+behalf[ \t]+of)[ \t]+(?P<author>\S[^\n]*)",
    re.IGNORECASE,
)  # fmt: skip


def sender(phrase: str) -> str | None:
    """The words after "from"/"by" when `phrase` is a document someone sent ("a letter from
    the pioneers, sent days before" -> "the pioneers, sent days before"), else None."""
    m = _DOCUMENT_FROM.match(phrase)
    return m.group("author") if m else None


def sender_at(text: str, pos: int) -> int:
    """Where the sender's words start when a sent document opens `text` at `pos` ("a letter
    from the pioneers" -> where "the pioneers" starts), else -1."""
    m = _DOCUMENT_FROM.match(text, pos)
    return m.start("author") if m else -1
