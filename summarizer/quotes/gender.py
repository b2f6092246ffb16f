"""Who is he, who is she: a person's gender where the article itself tells it.

Read from a title or a gendered role word right before a mention ("Ms. Jean", "widow Crystal
Hefner"), and from he/she pronoun forms in the rest of the sentence after a mention, up to the
next person mentioned ("Nagasu made comments ... and now she's ..."). Where the text tells
nothing, a given name that is clearly one gender (`name_gender`: "Ann", "Tom", not "Jean" or
"Andrea") rules out pronouns of the other; the text's own word always wins over the name.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from summarizer.quotes.given_names import female_share
from summarizer.quotes.pronoun_lexicon import (
    COURTESY_TITLES,
    FEMININE_FORMS,
    FEMININE_PRONOUNS,
    FEMININE_WORDS,
    MASCULINE_FORMS,
    MASCULINE_PRONOUNS,
    MASCULINE_WORDS,
    OBJECT_HER_NEXT,
    OBJECT_PRONOUNS,
)
from summarizer.quotes.word_kinds import TITLE_SET, is_job

TITLE_WEIGHT = 3  # a title before a name counts as three pronouns after it
MARGIN = 2  # one gender's votes must be over this many times the other's
WINDOW = 160  # characters after a mention read for pronouns
_WORD = re.compile(r"[^\W\d_]+")
# The window ends with the clause: a pronoun after a comma or a dash may be someone else's
# ("Raised on the songs of Edith Marlowe and the films of her husband, he had ...").
_CLAUSE_END = re.compile(r"[.!?…][\"”’»)]*\s|\n|,|\s[—–]\s")
# "... with Ann in which she told him": a pronoun after a relative one is the new clause's.
_RELATIVE = re.compile(r"\b(?:which|who|whom|whose)\b")
NAME_CONFIDENCE = 0.95  # a given name tells a gender only when this share of its bearers has it
_MASCULINE_TITLES = MASCULINE_WORDS - MASCULINE_FORMS
_FEMININE_TITLES = FEMININE_WORDS - FEMININE_FORMS


def pronoun_gender(pronoun: str) -> str | None:
    """ "m", "f", or None for a pronoun that tells no gender."""
    low = pronoun.lower()
    if low in MASCULINE_PRONOUNS:
        return "m"
    return "f" if low in FEMININE_PRONOUNS else None


def word_gender(words: list[str]) -> str | None:
    """The gender a description's words tell ("the actress", "the 31-year-old mother")."""
    low = {w.lower().strip(".,") for w in words}
    m, f = bool(low & _MASCULINE_TITLES), bool(low & _FEMININE_TITLES)
    return "m" if m and not f else "f" if f and not m else None


def says_gender(sentence: str, gender: str) -> bool:
    """Whether `sentence` holds a word of `gender` ("her", "mother", "Ms."): someone of that
    gender may be in it although it names nobody."""
    told = MASCULINE_WORDS if gender == "m" else FEMININE_WORDS
    return any(w.lower() in told for w in _WORD.findall(sentence))


def _leads_a_name(word: str) -> bool:
    """A title or job before a given name ("Mrs", "Gen.", "Aide"), never read as one."""
    bare = word.rstrip(".")
    return bare in COURTESY_TITLES or bare.lower() in TITLE_SET or is_job(bare)


def name_gender(who: str) -> str | None:
    """ "m" or "f" when the given name of `who` (a full name: "Ann Lee") is clearly one
    gender's; None for a surname alone ("Hale"), an initial, or a name both genders bear."""
    words = who.split()
    while words and _leads_a_name(words[0]):
        words = words[1:]  # "Chancellor Angela Merkel": "chancellor" is in the list, as a man's
    if len(words) < 2 or not words[0][:1].isupper():
        return None
    return given_gender(words[0])


def given_gender(word: str) -> str | None:
    """ "m" or "f" when `word`, as a given name, is clearly one gender's ("Tom", "Ann")."""
    share = female_share(word)
    if share is None:
        return None
    return "f" if share >= NAME_CONFIDENCE else "m" if share <= 1 - NAME_CONFIDENCE else None


def _object_form(word: str, after: str | None) -> bool:
    """ "him", or "her" as an object ("before Lee identified her,", "told her that"), not
    as an owner ("her bag"): in the clause of the name before it, someone else (Session 21: a
    minister who "identified her" was read as a woman, and his "he said" found nobody)."""
    if word in OBJECT_PRONOUNS:
        return True
    return word == "her" and (after is None or after in OBJECT_HER_NEXT)


def genders(
    masked: str, mentions: list[tuple[int, str]], resolve: Callable[[str], str]
) -> dict[str, str]:
    """Resolved name -> "m" or "f", for the people the text tells a gender of: titles before
    a mention, and pronouns after it in its clause, up to a relative pronoun ("Lee posted a
    text he had with Ann in which she told him": "she" is Ann's), no object form."""
    votes: dict[str, list[int]] = {}
    for k, (pos, name) in enumerate(mentions):
        vote = votes.setdefault(resolve(name), [0, 0])
        before = masked[max(0, pos - 24) : pos].split()
        title = before[-1].strip(".,;:\u2024").lower() if before else ""
        if title in _MASCULINE_TITLES:
            vote[0] += TITLE_WEIGHT
        elif title in _FEMININE_TITLES:
            vote[1] += TITLE_WEIGHT
        start = pos + len(name)
        end = min(mentions[k + 1][0] if k + 1 < len(mentions) else len(masked), start + WINDOW)
        stop = _CLAUSE_END.search(masked, start, end)
        stop = _RELATIVE.search(masked, start, stop.start() if stop else end) or stop
        words = _WORD.findall(masked, start, stop.start() if stop else end)
        for i, word in enumerate(words):
            low = word.lower()
            if _object_form(low, words[i + 1].lower() if i + 1 < len(words) else None):
                continue
            vote[0] += low in MASCULINE_FORMS
            vote[1] += low in FEMININE_FORMS
    out: dict[str, str] = {}
    for who, (m, f) in votes.items():
        if m > MARGIN * f:
            out[who] = "m"
        elif f > MARGIN * m:
            out[who] = "f"
    return out
