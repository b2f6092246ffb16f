"""What kind of thing a detected speaker is: a person's name, a description of a person, an
organisation, a place or an object (`speaker_kind`). Used by the #17 target "at most 1 in 50 key
quotes credited to an organisation, a place or an object where a person said it"
(`bench/quote_targets.py`, through `bench.realpages`); tested in tests/test_bench_quote_targets.py.

The strict judges (tests/realpages_speakers.py, tests/polnear_speakers.py) only tell a
description (first word lower case or a determiner: `described`) from a name, and the right
person from anyone else; neither says whether a wrong name is another person or a body, a place
or a thing. This judge adds that, in this order:

1. A description (`described`, or opened by a word such as "One" or "His", or ending in a word
   in lower case: "WWE fans") is a person's when its head noun (the last word before a
   preposition, a comma or a relative word) is a person noun, an agent noun ("commenter"), an
   age ("24-year-old") or a pronoun; a body's ("the Google team"), a place's ("the city"), else
   an object's ("the website", "a big red button", "the statement").
2. A name is a person's when the page's labels call it one: its words are all in a labelled
   person's mention ("Poodle" for "Lee 'Uncle Poodle' Thompson") or it ends with that surname;
   an organisation when it names a labelled organisation (`organisation_named`).
3. A place when it is one of `PLACES` ("Turkey", "New York"), unless the text gives it a title
   or a first name ("Mr Jordan", "Michael Jordan").
4. An organisation when it is an acronym ("EA"); a person when it opens with a title or a given
   name ("Mrs Creag", "Charlotte Roe"); an organisation when it ends in a body's word
   ("Syracuse University").
5. A name of two or more words is a person's ("Tiger Woods"), unless every word of it stands in
   lower case in the text too ("Intellectual Property": the page says "intellectual property"),
   an object's name. A single word is a person's only when the text gives it a title or a first
   name somewhere ("Mr Montieth", "Tom Montieth"); else it is an object ("Scroll"), which
   counts against the target as an organisation or a place would.

The given names are the finder's table of given names (derived from an outside name list, not a
judgement of the finder's); every other word list is the judge's own (tests/speaker_kind_words.py).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from summarizer.quotes.given_names import female_share
from tests.realpages_speakers import described, organisation_named
from tests.speaker_kind_words import (
    BODY_HEADS,
    BODY_NAME_ENDS,
    DESCRIPTION_OPENERS,
    NOT_FIRST_NAMES,
    PERSON_ENDINGS,
    PERSON_HEADS,
    PERSON_TITLES,
    PLACE_HEADS,
    PLACES,
    THING_HEADS,
)

PERSON, DESCRIPTION, ORGANISATION, PLACE, OBJECT = (
    "person", "description", "organisation", "place", "object",
)  # fmt: skip
NOT_A_PERSON = frozenset({ORGANISATION, PLACE, OBJECT})
_PRONOUNS = frozenset({"he", "she", "they", "i", "we", "you", "him", "her", "them"})
_HEAD_STOPS = frozenset({"for", "of", "at", "in", "from", "with", "on", "to", "by", "who",
                         "that", "which", "whose", "said", "says"})  # fmt: skip
_AGE = re.compile(r"\d+-(?:year|month|week)s?-old")
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_ACRONYM = re.compile(r"[A-Z][A-Z0-9&]{1,6}")


def _words(s: str) -> list[str]:
    """Lower-case words, hyphens and possessives split off ("Goran-Eriksson's" -> goran,
    eriksson), honorifics kept."""
    out = []
    for w in _WORD.findall(s.replace("’", "'")):
        out.append(w.lower().removesuffix("'s"))
    return [w for w in out if w]


def _person_noun(word: str) -> bool:
    low = word.lower().strip(".,;:'\"")
    if low in _PRONOUNS or _AGE.fullmatch(low):
        return True
    if low in THING_HEADS or low.endswith(("ment", "ments")):
        return False
    parts = low.split("-")
    if any(p in PERSON_HEADS or p.removesuffix("s") in PERSON_HEADS for p in parts):
        return True  # "mother-of-two", "co-founder"
    return low.endswith(PERSON_ENDINGS) and len(low) > 4


def _head_words(description: str) -> list[str]:
    """The words of a description up to its head noun: those before a preposition, a comma
    or a relative word ("A spokeswoman for the embassy" -> A, spokeswoman)."""
    words = []
    for tok in description.replace("’", "'").split():
        word = tok.strip(".;:\"'()").removesuffix("'s")
        if word.lower() in _HEAD_STOPS:
            break
        if word:
            words.append(word)
        if tok.endswith(","):
            break
    return words


def _description_kind(description: str) -> str:
    """The kind of the head noun (the last word before a preposition), or, when it is none of
    the lists' ("a source close to", "the attendant patiently"), a person's if an earlier
    word is a person noun."""
    words = _head_words(description)
    head = words[-1] if words else ""
    low = head.lower()
    if _person_noun(head):
        return DESCRIPTION
    if low in BODY_HEADS or low.removesuffix("s") in BODY_HEADS:
        return ORGANISATION
    if low in PLACE_HEADS or low.removesuffix("s") in PLACE_HEADS:
        return PLACE
    if any(_person_noun(w) for w in words[:-1]) and not _a_noun(low):
        return DESCRIPTION
    return OBJECT


def _a_noun(low: str) -> bool:
    """A head that is a thing's noun for sure: a listed thing or a "-ment", "-tion" noun."""
    return low in THING_HEADS or low.endswith(("ment", "ments", "tion", "tions", "sion"))


def _a_description(speaker: str) -> bool:
    words = speaker.split()
    last = words[-1].strip(".,;:")
    return (
        described(speaker)
        or words[0].lower() in DESCRIPTION_OPENERS
        or (len(words) > 1 and last.isalpha() and last.islower())
    )


def _labelled(words: list[str], speaker: str, mentions: Iterable[tuple[str, str]]) -> str | None:
    for mention, kind in mentions:
        if kind == "person":
            m = [w for w in _words(mention) if w not in PERSON_TITLES]
            if m and (set(words) <= set(m) or words[-1] == m[-1]):
                return PERSON
        elif kind == "organisation" and organisation_named(speaker, mention):
            return ORGANISATION
    return None


def _first_name(word: str) -> bool:
    """A title or a given name: "Mr", "Dr.", "Charlotte"."""
    word = word.strip(".,;:")
    return word.lower() in PERSON_TITLES or female_share(word) is not None


def _named_person_in_text(last: str, text: str) -> bool:
    """The text gives `last` (a name's last word) a title or a first name before it: a
    capitalised word that is no function word and no place ("Mr Montieth", "Ali Rahimi")."""
    for m in re.finditer(rf"([^\W\d_][\w.'’-]*)[ \t]+{re.escape(last)}(?![\w-])", text):
        before = m.group(1).rstrip(".")
        low = before.lower()
        if before[:1].isupper() and low not in NOT_FIRST_NAMES and low not in PLACES:
            return True
    return False


def _in_lower_case(word: str, text: str) -> bool:
    return re.search(rf"(?<![\w-]){re.escape(word.lower())}(?![\w-])", text) is not None


def speaker_kind(speaker: str, text: str = "", mentions: Iterable[tuple[str, str]] = ()) -> str:
    """ "person", "description" (of a person), "organisation", "place" or "object" for a
    detected speaker, given the page `text` and its labelled speaker `mentions` as (mention,
    speaker kind) pairs (the rules in the module docstring)."""
    speaker = " ".join(speaker.split())
    words = _words(speaker)
    if not words:
        return OBJECT
    if _a_description(speaker):
        return _description_kind(speaker)
    labelled = _labelled(words, speaker, list(mentions))
    if labelled:
        return labelled
    bare = speaker.strip(".,;:")
    names = bare.split()
    last = names[-1].removesuffix("'s").removesuffix("’s")
    if bare.lower() in PLACES:
        return PERSON if _named_person_in_text(last, text) else PLACE
    if _ACRONYM.fullmatch(bare.replace(".", "")):
        return ORGANISATION  # before given names: "EA" is one
    if _first_name(names[0]):
        return PERSON
    if words[-1] in BODY_NAME_ENDS:
        return ORGANISATION
    if len(names) > 1:
        if all(_in_lower_case(w, text) for w in words):
            return OBJECT
        return PERSON
    return PERSON if _named_person_in_text(last, text) else OBJECT
