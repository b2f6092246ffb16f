"""Surnames with a courtesy title, BBC style ("Mr Smith said", "Mrs Smith added"): the title
tells the speaker's gender. When a couple shares the surname ("Peter and Mary Smith", "Peter
Smith and his wife Mary"), "Mrs Smith" is not the one full name the text gives, so the speaker
stays as the text wrote it ("Mrs Smith") rather than a guess at the full name.
"""

from __future__ import annotations

import re
from functools import cache

from summarizer.quotes.gender import name_gender
from summarizer.quotes.pronoun_lexicon import COURTESY_TITLES

TITLE_REACH = 200  # characters before an opening mark read for 'Mrs Smith said: "'


@cache
def _titled(surname: str) -> re.Pattern[str]:
    titles = "|".join(sorted(COURTESY_TITLES, key=len, reverse=True))
    return re.compile(rf"\b(?P<title>{titles})\.?[ \t\u00a0]+{re.escape(surname)}\b")


def cue_title(masked: str, start: int, end: int, surname: str) -> str | None:
    """The courtesy title written before `surname` last in masked[start:end] ("Mrs"), if any."""
    found = None
    for m in _titled(surname).finditer(masked, max(0, start), end):
        found = m.group("title")
    return found


def title_genders(masked: str, surname: str) -> set[str]:
    """The genders ("m", "f") of the courtesy titles the text writes before `surname`."""
    return {COURTESY_TITLES[m.group("title")] for m in _titled(surname).finditer(masked)}


def title_fits_name(title: str, who: str) -> bool:
    """False when the given name of `who` is clearly of the other gender than `title` tells
    ("Mrs Farley" and "Thomas Farley"). Why: a mother and her son share the surname and the text
    may give only his full name; the "Mrs" before each "Farley" (resolved to him) then tells
    the boy's gender as "f", and the mother's words are credited to him. The given name is
    evidence enough against."""
    told = name_gender(who)
    return told is None or told == COURTESY_TITLES[title]
