"""'"...," the company said': the body the text named before the quote, when exactly one name
of that kind stands there ("Norvik Foods Ltd ... the company said" -> Norvik Foods Ltd).

Issue #17 credits an organisation only where the text says the organisation itself spoke: a
description of a body is that, and its name is what the reader knows it by. A name is of the
kind when it ends in one of the kind's words (`BODY_KIND_NAME_ENDS`: "Ltd", "FC"; "Ministry of
Health" too), or the text calls it so right before it ("the firm Caldera Mining"); two such
names, or none, keep the description. "X, the company" is left alone: "In London, the company
..." reads the same.
"""

from __future__ import annotations

import re
from functools import cache

from summarizer.quotes.name_lexicon import NOT_NAMES
from summarizer.quotes.phrase_lexicon import BODY_HEADS_BEFORE_OF, BODY_KIND_NAME_ENDS
from summarizer.quotes.word_kinds import TITLE_SET
from summarizer.text.lexicon import UPPER

_CAP = rf"[{UPPER}][\w&'’-]*"
_RUN = rf"{_CAP}(?:[ \t]+(?:of[ \t]+(?:the[ \t]+)?|&[ \t]+)?{_CAP})*"
_DOTS = ".\u2024"  # a masked abbreviation dot ("Ltd.") reads as a dot leader


@cache
def _patterns(kind: str) -> tuple[re.Pattern[str], ...]:
    """The ways a text names a body of `kind`: a name ending in one of its words ("Health
    Ministry"), one opened by a head word and "of" ("Ministry of Health"), a name right after
    "the <kind>" ("the firm Caldera Mining")."""
    ends = BODY_KIND_NAME_ENDS[kind]
    end_words = "|".join(re.escape(e) for e in ends)
    heads = "|".join(re.escape(e) for e in ends if e in BODY_HEADS_BEFORE_OF) or "(?!)"
    return (
        re.compile(rf"(?P<name>{_RUN}[ \t]+(?:{end_words}))\b"),
        re.compile(rf"(?P<name>(?:{heads})[ \t]+of[ \t]+(?:the[ \t]+)?{_RUN})"),
        re.compile(rf"\b[Tt]he[ \t]+{re.escape(kind)}[ \t]+(?P<name>{_RUN})"),
    )


def _clean(name: str, after_kind: bool) -> str:
    """The name without leading words that name nobody ("The", "Yesterday"), a possessive or
    end dots; "" when it came `after_kind` ("the company ...") and a word of it is a title
    ("the company Chairman Jo Lee": a person)."""
    words = name.split()
    while words and words[0] in NOT_NAMES:
        words.pop(0)
    if after_kind and any(w.lower() in TITLE_SET for w in words):
        return ""
    return " ".join(words).rstrip(_DOTS).removesuffix("'s").removesuffix("’s")


def named_body(before: str, description: str) -> str | None:
    """The one body of the description's kind ("the company", "the club") named in `before`
    (the text before the quote), else None."""
    words = description.split()
    if len(words) != 2 or words[0].lower() != "the":
        return None
    kind = words[1].strip(".,").lower()
    if kind not in BODY_KIND_NAME_ENDS:
        return None
    patterns = _patterns(kind)
    found = {
        _clean(m.group("name"), p is patterns[-1]) for p in patterns for m in p.finditer(before)
    }
    found -= {"", *BODY_KIND_NAME_ENDS[kind]}  # "The Ministry" alone names none
    return found.pop() if len(found) == 1 else None
