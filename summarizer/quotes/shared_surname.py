"""Which of two people who share a surname a bare "Rajapakse said" or "Ms. Jean said" means.

A surname alone, when the text names two people with it (two brothers, a mother and her son),
reads as whichever the reader met first; shown as the speaker, it may well read as the wrong
one (session 20: a mother's words under "— Jean", the surname of her son, whose killing the
story is about). The cue often tells them apart, and then the full name is shown:

- the role written before the surname is the one a full name was introduced with ("Defence
  Secretary Rajapakse" after "Defence Secretary Gotabhaya Rajapakse", not "President
  Mahinda Rajapakse");
- a courtesy title's gender fits the person named in full last before the quote, as the text
  tells it ("Ms. Jean" after "his mother, Allison Jean, said ...").

Otherwise the surname stays as written: a guess at the full name would be worse.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from summarizer.quotes.gender import name_gender
from summarizer.quotes.pronoun_lexicon import COURTESY_TITLES
from summarizer.quotes.word_kinds import TITLE_SET, is_job, is_title

ROLE_WORDS = 3  # words of a role read before a surname ("Defence Secretary", "Foreign Minister")
_WORD = re.compile(r"[^\W\d_][\w'’.-]*")


def _role_before(cue: str, surname: str) -> str | None:
    """The role words right before the last `surname` in `cue` ("Defence Secretary" in
    "Defence Secretary Rajapakse said"), None when no role or title word stands there."""
    at = [m.start() for m in re.finditer(rf"(?<![\w-]){re.escape(surname)}(?![\w-])", cue)]
    if not at:
        return None
    role: list[str] = []
    for word in reversed(cue[: at[-1]].split()[-ROLE_WORDS:]):
        if not _WORD.fullmatch(word) or not (word[:1].isupper() or _role_word(word)):
            break
        role.insert(0, word)
    while role and role[0].lower() in _DETERMINERS:
        role.pop(0)
    if not role or not _role_word(role[-1]):
        return None  # "Ray Rajapakse": a given name before the surname, no role
    return " ".join(role)


_DETERMINERS = frozenset({"the", "a", "an"})


def _role_word(word: str) -> bool:
    low = word.lower().rstrip(".")
    return is_job(word) or is_title(word) or low in TITLE_SET


def by_role(text: str, cue: str, surname: str, people: Iterable[str]) -> str | None:
    """The one of `people` (full names with `surname`) the text writes right after the role
    that leads `surname` in `cue`; None when no role leads it or not exactly one fits."""
    role = _role_before(cue, surname)
    if role is None:
        return None
    lead = r"\s+".join(re.escape(w) for w in role.split())
    found = {
        full
        for full in people
        if re.search(rf"(?<![\w-]){lead}\s+{re.escape(full)}(?![\w-])", text, re.I)
    }
    return found.pop() if len(found) == 1 else None


def named_last(
    text: str, before: int, people: Iterable[str], gender: str, told: Callable[[str], str | None]
) -> str | None:
    """The one of `people` named in full last before position `before`, when the text tells
    that person's gender as `gender` (`told`); None when that one is of the other gender, or
    of none the text tells, or none of them is named in full before `before`."""
    last = {full: text.rfind(full, 0, before) for full in people}
    named = [full for full, at in last.items() if at >= 0]
    if not named:
        return None
    nearest = max(named, key=lambda full: (last[full], full))
    return nearest if told(nearest) == gender else None


# A courtesy title right before a surname, and the gender it tells ("Mr Lee", "Mrs. Lee").
_COURTESY_BEFORE = re.compile(r"\b(?P<title>" + "|".join(COURTESY_TITLES) + r")[.\u2024]?[ \t]+\Z")


def titled_other(text: str, start: int, name: str, full: str | None) -> tuple[int, str] | None:
    """The surname `name` at `start` after a courtesy title whose gender is not that of
    `full`, the one full name the text gave with it ("Mr Robertson" after "Summer Robertson"):
    another person, her father, named by title and surname as the text does, and where the
    title starts; None otherwise. As the bare surname, his "he explained" found the
    daughter, no "he" (Session 21)."""
    if full is None:
        return None
    m = _COURTESY_BEFORE.search(text, max(0, start - 8), start)
    if m is None:
        return None
    told = name_gender(full)
    if told is None or told == COURTESY_TITLES[m["title"]]:
        return None
    return m.start(), f"{m['title']} {name}"


# The relatives a courtesy title may name, by the title ("Mrs Creag" for "his mother Claire"):
# those who go by the family's surname and are of the title's gender.
KIN_BY_TITLE: dict[str, tuple[str, ...]] = {
    "Mr": ("father", "husband", "brother", "son", "grandfather", "stepfather"),
    "Mrs": ("mother", "wife", "widow", "grandmother", "stepmother"),
    "Ms": ("mother", "wife", "widow", "grandmother", "stepmother", "sister", "daughter"),
    "Miss": ("sister", "daughter"),
}
# "his mother Claire, 34,", "her husband, Dan,": a relative by a given name alone (no surname
# after it; that is a full name the index knows).
_KIN_GIVEN = {
    title: re.compile(
        r"\b(?i:his|her|their)[ \t]+(?:" + "|".join(kin) + r")[ \t]*,?[ \t]+"
        r"([A-Z][a-z’'-]+)\b(?![ \t]+[A-Z])"
    )
    for title, kin in KIN_BY_TITLE.items()
}


def kin_named(text: str, title: str, surname: str, full: str | None) -> str | None:
    """The given name of the one relative the text brought in by it alone whom "`title`
    <surname>" means, when `full`, the one person named in full with that surname, is of the
    other gender ("Mrs Creag" after "James Creag, 11" and "His mother Claire, 34, said"): the
    name the text gave her, so her words all go under one name (cnndm4 dev, read in session
    22: in-sample; twelve quotes of a mother under "Mrs Creag", a name the reader knew as
    Claire). None when no relative or two fit, or when the text named them "`title`
    <surname>" first ("Her father Mr Robertson, 51, said", later "her father John"): the name
    stays as the text introduced it."""
    title = title.rstrip(".")
    pattern = _KIN_GIVEN.get(title)
    if pattern is None or full is None:
        return None
    told = name_gender(full)
    if told is None or told == COURTESY_TITLES[title]:
        return None
    found = [(m.start(), m.group(1)) for m in pattern.finditer(text)]
    if len({name for _, name in found}) != 1:
        return None
    titled = re.search(rf"\b{title}\.?[ \t]+{re.escape(surname)}\b", text)
    return found[0][1] if titled is None or found[0][0] < titled.start() else None
