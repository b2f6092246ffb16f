"""The person a role description means: "the spokeswoman" is the one person the text named
with that role before the quote ("spokeswoman Ana Ruiz", "Ana Ruiz, a spokeswoman for the
firm"), when the narration just spoke of them or they spoke just before.

Apart from the resolver's search back through the narration (`antecedent`): a role is looked
up by the name it was given with, anywhere before the quote, not by the last fitting subject.
"""

from __future__ import annotations

from summarizer.quotes.name_lexicon import ROLES
from summarizer.quotes.names import NameIndex
from summarizer.quotes.narration import is_subject, role_patterns
from summarizer.quotes.raw_quote import RawQuote

ROLE_DESCRIPTION_WORDS = 3  # "the spokeswoman", "the ministry's spokesman": no longer


def holders(masked: str, index: NameIndex, raw: RawQuote, description: str) -> set[str]:
    """The people the text names with the head word of `description` before the quote
    ("Coach Tom Ray", "Tom Ray, the coach")."""
    head = description.split()[-1].strip(".,").lower()
    before = masked[: raw.open_pos]
    found = {
        index.resolve_name(m.group("name"))
        for pattern in role_patterns(head)
        for m in pattern.finditer(before)
    }
    return {h for h in found if h.split()[-1] in index.people}


def role_holder(
    masked: str,
    index: NameIndex,
    paras: list[tuple[int, int]],
    raw: RawQuote,
    description: str,
    previous: RawQuote | None = None,
) -> str | None:
    """The one person the text named with the role of "the spokeswoman" before the quote
    ("spokeswoman Ana Ruiz", "Ana Ruiz, a spokeswoman for the firm"), when the narration
    spoke of them last or they spoke the quote just before (a name in their own appositive
    comes between: "Secretary Ravi Dias, who is President Anil Dias's brother, said"); None
    when nobody or more than one person held it, or someone else came between ("the
    governor" is not a former governor named paragraphs before)."""
    words = description.split()
    if len(words) > ROLE_DESCRIPTION_WORDS or words[0].lower() != "the":
        return None
    role = words[-1].strip(".,").lower()
    if role not in ROLES:
        return None
    named = holders(masked, index, raw, description)  # the role is the head word
    if len(named) != 1:
        return None
    holder = named.pop()  # ... and the person the narration spoke of last
    if index.last_person_before(raw.open_pos) == holder:
        return holder
    if _recent_subject(masked, index, paras, raw, holder):
        return holder  # "On tape, Mr Ray is heard asking Dee ...⏎Dee replies: ... The mayor says:"
    spoke_last = previous is not None and raw.first_para - previous.para <= 1
    return holder if spoke_last and previous.resolved == holder else None


def _recent_subject(
    masked: str, index: NameIndex, paras: list[tuple[int, int]], raw: RawQuote, holder: str
) -> bool:
    """Whether the one holder of a role is a subject in the paragraph before the quote's
    or in its own, before it: the narration just spoke of them, if not last."""
    start = paras[max(0, raw.first_para - 1)][0]
    return any(
        index.resolve_name(n) == holder and is_subject(masked, p, n)
        for p, n in index.mentions_between(start, raw.open_pos)
    )
