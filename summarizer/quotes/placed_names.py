"""Names the text places where only a person stands, for `names.NameIndex`: the article gave
the full name, and a mention of it is a sentence's subject behind words that leave no doubt,
though no title, role or speech verb sits right next to the run itself.

- the full name opens a sentence before a word in lower case, and its first word is a given
  name of one gender (`gender.given_gender`): "Mike Ruddock paid tribute to his side.";
  after a time adverb with no comma, a given name mostly one gender's will do ("Earlier Tony
  Blair defended ...": reading24e);
- the surname or the full name opens the main clause after a fronted phrase: "Despite carding
  a 68, Trahan was still surprised ...", "Speaking on Monday, Jo Lee said ...";
- a job word leads the surname at a sentence's start: "Celtic manager O'Neill is no ...";
- a courtesy title leads the surname: "Ms King has represented ..." (a surname that is also a
  title word, which the reading of a run leaves out: `cap_runs`).

Without these the resolver knew no person there, and a "he said" after such a sentence went
to nobody or past it to someone named earlier (dev pages of bbc_train8-12 and the real pages,
read in session 21: in-sample). Each pattern is read once per article.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from summarizer.quotes.gender import given_gender
from summarizer.quotes.given_names import female_share
from summarizer.quotes.phrase_lexicon import (
    FRONTED_LEADS,
    PLAYING_POSITIONS,
    SENTENCE_CONNECTIVES,
    TIME_LEADS,
)
from summarizer.quotes.pronoun_lexicon import COURTESY_TITLES
from summarizer.quotes.word_kinds import is_job, is_title
from summarizer.text.lexicon import UPPER

_WORD = r"[" + UPPER + r"][\w’'-]+"
_RUN = _WORD + r"(?:[ \t]+" + _WORD + r"){0,2}"
# Where a sentence starts, besides the text's start: after ". " (maybe a closing mark between)
# or a line break. The patterns below are tried only there (a pattern that opens with the
# choice of starts is tried at every character, five times slower on a long article).
_STARTS = re.compile(r"[.!?][\"”’]?[ \t]+|\n[ \t]*")
_LOWER_NEXT = r"(?=[ \t]+[a-z])"
_FIRST = re.compile(r"[" + UPPER + r"][a-z]*")
_OPENING_RUN = re.compile(r"(?P<run>" + _WORD + r"(?:[ \t]+" + _WORD + r"){1,2})" + _LOWER_NEXT)
# "Despite carding a 68, Trahan was": a lead word, up to eight words with no comma, a comma.
_FRONTED = re.compile(
    r"(?P<lead>[" + UPPER + r"][a-z]+)(?:[ \t]+[^\s,;:.!?\"“”«»]+){0,8}?,[ \t]+"
    r"(?P<run>" + _RUN + r")" + _LOWER_NEXT
)
# "Celtic manager O'Neill is", "Lyon wing Jo Lee is": up to two capitalised words, a job word,
# one capitalised word or two (a full name: reading25).
_ROLE_LED = re.compile(
    r"(?:" + _WORD + r"[ \t]+){0,2}(?P<role>[a-z][\w-]*)[ \t]+"
    r"(?P<run>" + _WORD + r"(?:[ \t]+" + _WORD + r")?)" + _LOWER_NEXT
)
# A courtesy title, then the word it leads (the title's left edge is checked apart: a pattern
# that opens with a lookbehind is tried at every character).
_TITLED = re.compile(
    r"(?:" + "|".join(sorted(COURTESY_TITLES)) + r")[.\u2024]?[ \t]+(?P<run>" + _WORD + r")\b"
)


@dataclass(frozen=True, slots=True)
class Placements:
    """The runs of one text that stand in a person's place, by the pattern that found them."""

    opening: frozenset[str]  # full names that open a sentence before a word in lower case
    timed: frozenset[str]  # the same after a time adverb ("Earlier Tony Blair defended")
    fronted: frozenset[str]  # names (a word or a full name) that open a main clause
    role_led: frozenset[str]  # one word after a job word at a sentence's start
    titled: frozenset[str]  # one word after a courtesy title

    def person(self, key: str, full: str) -> bool:
        """Whether the surname `key` of the full name `full` stands where a person does."""
        if full in self.opening and given_gender(full.split()[0]) is not None:
            return True
        if full in self.timed and _given_name(full.split()[0]):
            return True
        return any(
            word in placed for word in (key, full) for placed in (self.fronted, self.role_led)
        )


def _given_name(word: str) -> bool:
    """A given name mostly one gender's bearers have ("Tony": 5% women's, so no gender for
    a pronoun, but a person's name all the same), not one shared evenly. Only after a time
    adverb, which leaves the run no caption's first words (reading24e: "Earlier Tony Blair
    defended the plans." was no person's sentence; a sentence opening "Ray Moss chats ..."
    may be a caption, and stays a person's only with a clear gender)."""
    share = female_share(word)
    return share is not None and not GIVEN_EVEN[0] < share < GIVEN_EVEN[1]


GIVEN_EVEN = (0.1, 0.9)  # a given name's share of women's bearers read as no clear gender


def _role_word(word: str) -> bool:
    """A job, a title or a playing position: what a person leading a name is."""
    return is_job(word) or is_title(word) or word in PLAYING_POSITIONS


# A connective's comma and the space after it ("Meanwhile, "), or the space alone ("But ").
_CONNECTIVE_GAP = re.compile(r",?[ \t]+")


def _past_connective(
    text: str, first: re.Match[str], start: int
) -> tuple[re.Match[str] | None, int]:
    """The first word after a connective that opens the sentence ("Meanwhile, Jo Lee is",
    "But Jo Lee said"), where the sentence's subject starts, and that place; `first` as it is
    otherwise. A time adverb with no comma stays: it is read as such ("Later Jo Lee ...")."""
    low = first.group().lower()
    if low not in SENTENCE_CONNECTIVES:
        return first, start
    gap = _CONNECTIVE_GAP.match(text, first.end())
    if gap is None or (low in TIME_LEADS and "," not in gap.group()):
        return first, start
    return _FIRST.match(text, gap.end()), gap.end()


def placements(text: str) -> Placements:
    """Read the four patterns of `text` once."""
    opening, timed, fronted, role_led = set(), set(), set(), set()
    for start in (0, *(m.end() for m in _STARTS.finditer(text))):
        first = _FIRST.match(text, start)
        if first is None:
            continue  # every pattern opens with a capital
        first, start = _past_connective(text, first, start)
        if first is None:
            continue
        if first.group().lower() in TIME_LEADS and text[first.end() : first.end() + 1] == " ":
            # "Earlier Tony Blair defended the plans.": a time adverb with no comma after it
            if m := _OPENING_RUN.match(text, first.end() + 1):
                timed.add(m["run"])
            continue
        if first.group().lower() in FRONTED_LEADS:
            if m := _FRONTED.match(text, start):
                fronted.add(m["run"])
            continue
        if m := _OPENING_RUN.match(text, start):
            opening.add(m["run"])
        if (m := _ROLE_LED.match(text, start)) and _role_word(m["role"]):
            role_led.add(m["run"])
    titled = {
        m["run"]
        for m in _TITLED.finditer(text)
        if m.start() == 0 or not (text[m.start() - 1].isalnum() or text[m.start() - 1] in "_-")
    }
    return Placements(
        frozenset(opening),
        frozenset(timed),
        frozenset(fronted),
        frozenset(role_led),
        frozenset(titled),
    )
