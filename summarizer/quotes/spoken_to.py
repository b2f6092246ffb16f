"""Cues before a quote whose grammatical subject did not say it.

'Lee was asked, “...?”' puts the words to Lee: they are the asker's, whom such a cue does not
name, so nobody is credited (round 10: an interviewer's question shown under the senator it was
put to). 'The Herald reported on an email from the campaign's field director, "..."' quotes
the email: its writer's words (the description the text gives), never the outlet's (round 10:
an aide's email credited to "Politico").
"""

from __future__ import annotations

import re

from summarizer.quotes.noun_phrase import take_np
from summarizer.quotes.raw_quote import RawQuote
from summarizer.quotes.speakers import Speaker, parse_speaker

# Verbs whose passive makes the subject the one spoken to ("was asked", "were told").
SPOKEN_TO_VERBS = frozenset(
    {
        "asked",
        "told",
        "questioned",
        "pressed",
        "quizzed",
        "challenged",
        "warned",
        "informed",
        "reminded",
        "assured",
        "urged",
    }
)
# A passive auxiliary ending the words before the verb, maybe with an adverb ("was later").
_PASSIVE_AUX = re.compile(
    r"\b(?:was|were|is|are|been|being|be|gets?|got)\s+(?:(?:later|then|also|again|\w+ly)\s+)?$",
    re.I,
)
# Verbs that pass on a document rather than speak ("reported on a memo from ...").
REPORT_VERBS = frozenset(
    {
        "report",
        "reported",
        "reports",
        "cite",
        "cited",
        "cites",
        "quote",
        "quoted",
        "quotes",
        "publish",
        "published",
        "publishes",
        "reveal",
        "revealed",
        "reveals",
        "obtained",
        "posted",
        "shared",
        "released",
        "leaked",
    }
)
_DOCUMENTS = (
    "e-?mails?|memos?|memorandum|letters?|messages?|notes?|texts?|text messages?|documents?"
    "|cables?|faxe?s?|voicemails?|briefings?"
)
# "about an email from X ...," / "a memo written by X to ...": the document and its writer.
_DOCUMENT_FROM = re.compile(
    r"^\s*(?:(?:about|on|of|in)\s+)?(?:an?|the|this|that|one|another)\s+"
    r"(?:[\w’'-]+\s+){0,2}?(?:" + _DOCUMENTS + r")\s+(?:(?:written|sent)\s+)?(?:from|by)\s+"
    r"(?P<who>[^\"“”]+?),?\s*$",
    re.I,
)


def spoken_to(head: str, verb: str) -> bool:
    """Whether the cue reads 'X was asked' / 'X were told' (`head` the words before `verb`):
    the quote was said to its subject, not by them."""
    return verb.lower() in SPOKEN_TO_VERBS and _PASSIVE_AUX.search(head) is not None


def reported_document(verb: str, tail: str) -> tuple[bool, Speaker | None]:
    """Whether 'X <reported> about an email from Y ...,' quotes a document rather than X
    (`tail` the words between the verb and the quote), and the writer: Y when it reads as a
    name or a description of a person, else None (unattributed)."""
    if verb.lower() not in REPORT_VERBS:
        return False, None
    m = _DOCUMENT_FROM.match(tail)
    if m is None:
        return False, None
    writer = parse_speaker(take_np(m.group("who")))
    if writer is None or writer.kind not in ("name", "description"):
        return True, None
    return True, writer


# "Lee was asked, “" right before a quote's opening mark: a question put to Lee.
_PUT_TO = re.compile(
    r"\b(?:was|were|is|are|been|being|gets?|got)\s+(?:(?:later|then|also|again|\w+ly)\s+)?"
    r"(?:asked|questioned|pressed|quizzed)\s*[,:]?\s*$",
    re.I,
)


def put_to(masked: str, open_pos: int) -> bool:
    """Whether the quote opening at `open_pos` is a question put to the subject before it
    ("Lee was asked, “...?”"): an answer's "She said" after it may still name Lee, from
    that sentence."""
    return _PUT_TO.search(masked, max(0, open_pos - 80), open_pos) is not None


def asked_before(masked: str, previous: RawQuote | None, close: int) -> bool:
    """Whether the quote closing at `close` is `previous`, a question put to someone
    (`put_to`)."""
    return (
        previous is not None and previous.close_pos == close and put_to(masked, previous.open_pos)
    )
