"""A review label before a quote ("EXPERT VERDICT: '...'") and the one person the text says
gives that verdict ("Here, Dr Jo Lee, a consultant, offers his verdict").

Product and menu reviews print each item's quote after a label in capitals that names the
kind of comment, not the person; the person is named once, in the lead-in. Read as a name,
the label named nobody, and a whole article's quotes went unattributed (Session 13, second
pass). The label is credited only when exactly one person in the text is said to give that
very kind of comment: two reviewers, or none, leave the quotes unattributed.
"""

from __future__ import annotations

import re

from summarizer.quotes.names import NameIndex
from summarizer.quotes.narration import is_subject

# Words a review label ends in: the kind of comment it introduces.
LABEL_NOUNS = frozenset(
    {"verdict", "view", "opinion", "assessment", "advice", "tip", "tips", "take", "comment"}
)
_MAX_LABEL_WORDS = 3  # "VERDICT", "EXPERT VERDICT", "OUR EXPERT'S VERDICT"
# "... gives his verdict", "offered her expert verdict": the verb's subject gives the label's kind.
_GIVES = re.compile(
    r"\b(?:gives|gave|offers|offered|delivers|delivered|shares|shared|provides|provided)"
    r"[ \t\u00a0]+(?:us[ \t\u00a0]+)?(?:his|her|their)[ \t\u00a0]+"
    r"(?:(?:expert|professional|honest|own)[ \t\u00a0]+)?(?P<noun>[a-z]+)\b"
)
_JOIN = re.compile(r"(?:,?[ \t\u00a0]+(?:and|but|while)|;)[ \t\u00a0]+")  # clauses joined
_SENTENCE_START = re.compile(r"(?:^|[.!?][\"”’]?\s+|\n)(?=\S)")


def label_noun(label: str) -> str | None:
    """The kind of comment a label names ("EXPERT VERDICT" -> "verdict"), else None."""
    words = label.strip(" :").split()
    if not words or len(words) > _MAX_LABEL_WORDS:
        return None
    noun = words[-1].lower().strip("'’")
    return noun if noun in LABEL_NOUNS else None


def label_giver(text: str, index: NameIndex, label: str) -> str | None:
    """The one person the text says gives the kind of comment `label` names; None when the
    label names no such kind, or when no one or more than one person gives it."""
    noun = label_noun(label)
    if noun is None:
        return None
    givers: set[str] = set()
    for m in _GIVES.finditer(text):
        if m["noun"] != noun:
            continue
        start = max(s.end() for s in _SENTENCE_START.finditer(text, 0, m.start() + 1))
        joins = list(_JOIN.finditer(text, start, m.start()))
        start = joins[-1].end() if joins else start  # the verb's own clause
        # its people who can be its subject ("at Queen Mary Hospital" is none); someone the
        # index does not know as a person ("and Tom Ashby offers his verdict") is no one here,
        # so the verdict's giver is unclear
        mentions = index.mentions_between(start, m.start())
        people = [index.resolve_name(n) for p, n in mentions if is_subject(text, p, n)]
        if len(set(people)) != 1:
            return None  # nobody, or two people, in the sentence that gives it: unclear
        givers.update(people)
    return givers.pop() if len(givers) == 1 else None
