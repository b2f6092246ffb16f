"""The people of one article as the text tells of them, for the resolver (`resolve`): the
gender it tells of each (read once, when first asked), who shares a surname with a relative,
which mentions can stand for a person, and the person a profile is about.

Apart from the resolver's search: these are facts of the whole article, the same for every
quote, kept once per article; the search asks them of each candidate.
"""

from __future__ import annotations

import re
from collections import Counter

from summarizer.quotes.gender import genders, name_gender
from summarizer.quotes.given_names import female_share
from summarizer.quotes.name_lexicon import FIRM_ROLES, NAME_PARTICLES
from summarizer.quotes.names import NameIndex
from summarizer.quotes.phrase_lexicon import NON_PERSON_HEADS
from summarizer.quotes.place_words import PLACE_NAMES
from summarizer.quotes.pronoun_lexicon import COURTESY_TITLES
from summarizer.quotes.redescribe import demonym_mention
from summarizer.text.lexicon import UPPER

PROTAGONIST_MENTIONS = 4  # mentions that make someone the person a profile is about
PROTAGONIST_LEAD = 2  # ... when they are mentioned this many times as often as anyone else
FAMILY_MENTIONS = 2  # full-name mentions that make a second bearer of a surname a relative
# "spokesman for Quick Find", "co-founder of the Seekwell": a role, "of"/"for"/"at", a name
_FIRM_OF = re.compile(
    r"(?<![\w])(?:" + "|".join(sorted(FIRM_ROLES)) + r")\s+(?:of|for|at)\s+(?:the\s+)?"
    r"(?P<name>[" + UPPER + r"][\w’'&-]*(?:\s+[" + UPPER + r"][\w’'&-]*){0,3})"
)


def _acronym(who: str) -> bool:
    """One word in capitals ("EA", "NHS"): a body's name. A person known by one (a rapper,
    a politician's initials) gets a "he" or "she" the text tells (`genders`) and still fits."""
    return " " not in who and who.isupper() and len(who.strip(".")) > 1


class Cast:
    """The people of one article (`masked`, its names in `index`)."""

    def __init__(self, masked: str, index: NameIndex) -> None:
        self._masked, self._index = masked, index
        self._genders: dict[str, str] | None = None
        self._counts: Counter[str] | None = None  # mentions per person, when first asked
        self._firms: set[str] | None = None  # names written as someone's firm (`firm`)

    def fits(self, who: str, gender: str | None) -> bool:
        """`who` can be the person a word of `gender` points to (a body described, "the
        paper's editorial board", is no "he" or "she"): the gender the text tells of them, else
        their given name's when it is clear ("Tom Hale" is no "she"), else either."""
        if gender is None:
            return True
        if who[:1].islower() and who.split()[-1].strip(".,").lower() in NON_PERSON_HEADS:
            return False
        if who in PLACE_NAMES:
            # "Greece has denied it ... its bills He said:": a caption run on makes the
            # country the subject, and its "he" counts for it; a country is no "he" (Session 16)
            return False
        if self._genders is None:
            mentions = self._index.mentions_between(0, len(self._masked) + 1)
            self._genders = genders(self._masked, mentions, self._index.resolve_name)
        told = self._genders.get(who)
        if told is None and _acronym(who):
            return False  # "EA said the market grew. '...,' he said": a firm, not the "he"
        last = who.split()[-1]
        if told is None and last != who and not self._other_bearer(who, last):
            # "Uncle Bongo" as the cue gave him, "Bongo ... he had" in the narration: the
            # gender told of the surname, unless a family shares it (Session 13: "she" given
            # to the previous speaker, a man)
            told = self._genders.get(last)
        return (told or self._name_gender(who) or gender) == gender

    def _other_bearer(self, who: str, last: str) -> bool:
        """Whether what the text tells of the bare surname `last` may be another's than
        `who`'s: a family bears it (`family`), or someone else the text names in full does
        and `who`'s given name tells a gender of its own ("Janie Hendrix" in a story where
        "Hendrix ... he" is Jimi: Session 21, her "she said" found nobody)."""
        if self.family(last):
            return True
        return bool(self._index.others.get(last)) and name_gender(who) is not None

    def a_name(self, pos: int, name: str) -> bool:
        """A mention that can stand for a person: not a demonym after "the" ("The 21-year-old
        Scot"), nor one word the text also writes in lower case ("Doctors warned ..."), nor
        someone's firm (`firm`)."""
        if self.firm(name):
            return False
        if " " in name:
            return True
        return not demonym_mention(self._masked, pos, name) and self._index.plausible(name)

    def firm(self, name: str) -> bool:
        """Whether the text writes `name` as someone's firm, team or body ("said Tom Reed,
        spokesman for Quick Find", "co-founder of Seekwell") and it is no person's name: it
        opens with no given name or courtesy title. Such a name in the narration is no "he"
        (Session 18: a spokesman's words given to his firm) and no person the previous
        speaker's words might be. A surname alone counts as the full name the text gives
        ("spokesman for Blair" and "Tony Blair")."""
        if self._firms is None:
            self._firms = {m["name"] for m in _FIRM_OF.finditer(self._masked)}
        full = self._index.resolve_name(name)  # "Find" for "Quick Find"
        if full not in self._firms:
            return False
        first = full.split()[0]
        return first.rstrip(".") not in COURTESY_TITLES and female_share(first) is None

    def _name_gender(self, who: str) -> str | None:
        """The gender `who`'s given name tells, or its courtesy title ("Mr Robertson", a name
        the index keeps so: `shared_surname.titled_other`); for a surname the index keeps bare
        because it is written two ways ("Pieter de Vries", "De Vries"), the one its full names
        agree on, a particle-led spelling aside."""
        title, _, rest = who.partition(" ")
        if title in COURTESY_TITLES and rest and " " not in rest:
            return COURTESY_TITLES[title]
        if " " in who:
            return name_gender(who)
        names = {self._index.full.get(who), *self._index.others.get(who, ())} - {None}
        told = {name_gender(n) for n in names if n and n.split()[0].lower() not in NAME_PARTICLES}
        return told.pop() if len(told) == 1 else None

    def gender_of(self, who: str) -> str | None:
        """The gender the text tells of `who` ("m", "f"), None when it tells none."""
        self.fits(who, "m")  # reads the genders once
        return (self._genders or {}).get(who)

    def told(self, who: str) -> str | None:
        """The gender the text tells of `who`, as read so far (None before `fits` reads it)."""
        return (self._genders or {}).get(who)

    def protagonist(self, gender: str | None) -> str | None:
        """The person a profile is about, for a "he"/"she" with no one nearer: known by a full
        name, mentioned at least PROTAGONIST_MENTIONS times and PROTAGONIST_LEAD times as often
        as anyone else, with the pronoun's gender, which the text must tell."""
        if gender is None:
            return None
        if self._counts is None:
            mentions = self._index.mentions_between(0, len(self._masked) + 1)
            self._counts = Counter(self._index.resolve_name(name) for _, name in mentions)
        ranked = self._counts.most_common(2)
        if not ranked or ranked[0][1] < PROTAGONIST_MENTIONS:
            return None
        top, n = ranked[0]
        full = top if " " in top else self._index.full.get(top)
        if " " not in top and self.family(top):
            # "Trent" for Carl and Paula Trent: a family's surname counts both of them,
            # and which one "he" or "she" is stays open (Session 13: a lawyer's words given
            # to her client's husband, through a gender the text told of his wife)
            return None
        if full is None or (len(ranked) > 1 and n < PROTAGONIST_LEAD * ranked[1][1]):
            return None  # a word no full name ends with ("Nice", the town) may be no person
        self.fits(top, gender)  # reads the genders once
        return full if self._genders and self._genders.get(top) == gender else None

    def family(self, surname: str) -> bool:
        """Two people the text names in full with `surname`, each at least
        `FAMILY_MENTIONS` times ("Paula Trent" and "Carl Trent"); a stray run glued to the
        surname once ("Daily Post Trent") is no relative."""
        names = {self._index.full.get(surname), *self._index.others.get(surname, ())} - {None}
        full = [n for n in names if n and self._in_full(n) >= FAMILY_MENTIONS]
        return len(full) >= 2

    def _in_full(self, name: str) -> int:
        """Mentions of `name` in full or by its first and last word ("Carl Trent" for
        "Carl Peter Trent")."""
        words = name.split()
        short = f"{words[0]} {words[-1]}"
        return self._masked.count(name) + (self._masked.count(short) if short != name else 0)
