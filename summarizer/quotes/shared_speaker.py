"""Which of two people who share a surname a quote's bare surname speaker is, or nobody.

Shown as the speaker, "— Clinton" in a story that names both Hillary and Bill Clinton, or
"— Bush" beside Jeb, George W. and Laura Bush, leaves the reader to guess, and the guess may
be wrong (reading24, check set: Bill's words under "Clinton" in a story about Hillary). The
full name is shown when the text tells which of them it means; else nobody is credited, as an
unattributed quote misleads less than a wrong name (reading24b). The text tells it when:

- only one of them is a person: the others are runs like "Team Trump" or a headline's
  "Succeed Brooks", or other spellings of one name ("Pete" and "Peter Santilli");
- a pronoun's or a courtesy title's gender fits only one ("she said" among Hillary and Bill;
  a pronoun only when the text tells that gender of the bare surname too);
- only one of them is named in full before the quote (the other comes in later);
- the headline names one of them in full and no other, and the quote's paragraph speaks of
  no one's relative ("Mr. Bush also praised his younger brother's ...": the relative may be
  the one speaking).

Not told by: the last quote's speaker ('"...," Frank Jordan told CNN.' then '"...," Jordan
said' of his son), nor by who came in as someone's relative (the story may be the son's):
both were tried in reading24b and named the wrong person on CNN/DM dev pages; nor by the
gender the text tells of the bare surname (a "her" near "Murphy" that was another woman's
gave a senator's words to a teacher killed at Sandy Hook, PolNeAR train).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from summarizer.quotes.gender import name_gender
from summarizer.quotes.given_names import female_share
from summarizer.quotes.name_lexicon import KIN_WORDS
from summarizer.quotes.names import NameIndex
from summarizer.quotes.raw_quote import RawQuote
from summarizer.quotes.word_kinds import is_job, is_title

# "his younger brother", "her husband": the narration speaks of someone's relative
_KIN_WORD = re.compile(
    r"\b(?i:his|her|their)\s+(?:[\w-]+\s+){0,2}?(?:"
    + "|".join(re.escape(k) for k in sorted(KIN_WORDS, key=len, reverse=True))
    + r")\b"
)


# When the text does not tell which of them: True shows the bare surname as the text and the
# cue's resolution gave it ("Clinton said"; "she said" after "Clinton told ..."), as before
# reading24b, so PolNeAR's speaker accuracy does not drop (issue #17 forbids it: 0.940 ->
# 0.902 with False). False credits nobody; crediting nobody only after a pronoun left every
# labelled set's wrong rate as it was and made 2-5 % of right quotes unattributed (session 24).
UNTOLD_AS_WRITTEN = True


def shared(index: NameIndex, who: str | None) -> bool:
    """Whether `who` is a bare surname two or more people in the text go by."""
    return (
        who is not None and " " not in who and bool(index.others.get(who)) and (who in index.full)
    )


def shared_speaker(
    text: str,
    index: NameIndex,
    raw: RawQuote,
    surname: str,
    gender: str | None,
    gender_of: Callable[[str], str | None],
    pronoun: bool = False,
    title: str | None = None,
) -> str | None:
    """The full name of the one person `surname` means as the speaker of `raw` (see the module
    docstring), None when the text does not tell. `gender`: the pronoun's or the cue's
    courtesy title's ("m", "f"); `pronoun`: the cue is a pronoun whose antecedent search found
    the bare surname, which then must be told of the pronoun's gender; `gender_of`: what the
    text tells of a person's (or a bare surname's) gender; `title`: the article's headline
    (else the text's first line, when it reads as one)."""
    people = distinct_people(text, {index.full[surname], *index.others[surname]})
    if len(people) == 1:  # "Team Trump", "Senators Rubio", "Sandy" for "Sandra": one person
        return people[0]
    if pronoun and gender_of(surname) != gender:
        # '"...," he said' after "Mrs. Clinton": the search found the bare surname, but the
        # text tells it of the other gender, or of none: who "he" is stays open (reading24b:
        # a congressman's words, found to be "Clinton", went to Bill Clinton)
        return None
    if gender is not None:  # not one the given name or the text tells is of the other gender
        people = [p for p in people if (likely_gender(p) or gender_of(p)) in (gender, None)]
        if len(people) < 2:
            return people[0] if people else None
    before = [p for p in people if 0 <= text.find(p) < raw.open_pos]
    if len(before) == 1:  # a given name the table knows: not "Given Sanders' lead, ..."
        return before[0] if female_share(before[0].split()[0]) is not None else None
    start = text.rfind("\n", 0, raw.open_pos) + 1
    end = text.find("\n", raw.close_pos)
    narration = text[start : raw.open_pos] + " " + text[raw.close_pos : max(end, raw.close_pos)]
    if _KIN_WORD.search(narration):
        return None  # "Mr. Bush also praised his younger brother's ...": a relative speaks
    return before[0] if before and _leads(title or _headline(text), before) else None


def likely_gender(full: str) -> str | None:
    """The gender most bearers of `full`'s given name have ("Hillary": "f"; `name_gender`
    asks for near certainty), None for a given name the table does not know."""
    clear = name_gender(full)
    share = female_share(full.split()[0]) if clear is None and " " in full else None
    return clear if share is None else "f" if share >= 0.5 else "m"


def distinct_people(text: str, names: set[str]) -> list[str]:
    """The people among `names` (full names with one surname), each once: not a run whose
    first word is no given name (`_not_given`: "Team Trump", "Senators Rubio", "Asserting
    Clinton", a headline's "Succeed Brooks"), and one name for the ways the
    text spells one person ("Alan Grayson" and "Alan Mark Grayson", "Pete" and "Peter
    Santilli", "Hilary" and "Hillary Clinton"), as the text spells them most, in the order
    the text first names them."""
    lower = set(_LOWER_WORD.findall(text))
    headline = _headline(text)  # a headline capitalises every word
    body = text.lstrip()[len(headline) :]
    real = sorted(
        (n for n in names if not _not_given(n.split()[0], lower, n in body)),
        key=lambda n: (text.find(n) if n in text else len(text), n),
    )
    groups: list[list[str]] = []
    for name in real:
        group = next((g for g in groups if _same_person(name, g[0])), None)
        if group is None:
            groups.append([name])
        else:
            group.append(name)
    # each person under the spelling the text uses most ("Hillary", not a stray "Hilary")
    return [
        max(g, key=lambda n: (text.count(n), text.count(n.split()[0]), -g.index(n))) for g in groups
    ]


_LOWER_WORD = re.compile(r"(?<![\w'’])[a-z][a-z-]+")
PREFIX = 3  # letters two spellings of one given name share ("Pete"/"Peter", "Sandy"/"Sandra")


def _not_given(word: str, lower: set[str], in_body: bool) -> bool:
    """A first word that is no given name: one the given-name table does not know that the
    text writes in lower case too, or that ends in "-ing", or that only its headline
    writes before the surname ("Phillips Said to Succeed Brooks", "Under-siege Kemble")."""
    if not in_body:
        return female_share(word) is None
    if female_share(word) is not None:
        return False
    single = word.removesuffix("s")  # "Senators Rubio", "Professors Foner": a title
    return word.lower() in lower or word.endswith("ing") or is_title(single) or is_job(single)


def _same_person(a: str, b: str) -> bool:
    """Two spellings of one person: one name's words within the other's, or given names that
    start alike."""
    x = {w.strip(".") for w in a.split()}
    y = {w.strip(".") for w in b.split()}
    if x <= y or y <= x:
        return True
    (first, *rest), (other, *others) = a.split(), b.split()
    return rest == others and first[:PREFIX].lower() == other[:PREFIX].lower()


HEADLINE_WORDS = 20  # a first line longer than this, or ending in a stop, is the story's


def _leads(headline: str, people: list[str]) -> bool:
    """Whether the first of `people` (in order of first mention) is the one the story is
    about: named in full in its headline, and no other of them there (not one named first
    in a list of victims: reading24b, a mother's words under her dead son's name)."""
    return people[0] in headline and not any(p in headline for p in people[1:])


def _headline(text: str) -> str:
    """The text's first line when it reads as a headline, else "" ("(CNN)The last time Frank
    Jordan spoke with his son, ...": the story's first sentence; an article's text without
    its title starts so)."""
    first = text.lstrip().split("\n", 1)[0]
    words = first.split()
    if len(words) > HEADLINE_WORDS or first.rstrip().endswith((".", "!", "?")):
        return ""
    return first
