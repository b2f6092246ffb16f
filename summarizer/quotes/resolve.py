"""Who "he said" or "the keeper said" names: the person the narration just spoke of.

The narration before the quote (back to the previous quote, at most PRONOUN_REACH paragraphs)
is read sentence by sentence from the end: the first sentence with a subject that fits wins
(one a speech verb follows first: "Ferre said"). A subject fits when the text does not give
them the other gender (`gender`). A sentence whose people are all objects or owners ("the
lyrics of Dylan") ends the search with nobody. With no fitting subject
the previous quote's speaker goes on speaking if the quote is near; failing that, nobody: a
wrong name puts words in someone's mouth, an unattributed quote only says less.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from itertools import pairwise

from summarizer.quotes.gender import genders, pronoun_gender, word_gender
from summarizer.quotes.lexicon import (
    LEADER_HEADS,
    NON_PERSON_HEADS,
    OBJECT_LEAD_INS,
    PROTAGONIST_HEADS,
)
from summarizer.quotes.marks import RawQuote
from summarizer.quotes.names import NameIndex
from summarizer.quotes.speakers import VERB, is_title

PRONOUN_REACH = 2  # paragraphs back, before the quote's own, where "he said" may find a person
SENTENCES_BACK = 3  # sentences of narration read back for a subject
# A speech verb right after a name, maybe after one adverb ("Ferre said", "Lee also told").
_VERB_NEXT = re.compile(r"[ \t\u00a0,]+(?:\w+ly\s+|also\s+|later\s+)?" + VERB + r"\b")
# Where a sentence ends in masked text (abbreviation dots are masked, so "." ends one).
# A line break ends one too, unless the line after it goes on with the sentence (", hinting").
_SENTENCE_END = re.compile(r"[.!?…][\"”’»)]*\s+|\n(?![ \t]*[,;:a-z])")
_AGE = re.compile(r"\d+-year-old$")
# A sentence opening with one of these has a description for its subject ("The former
# governor noted ..."): a name before it is no longer the one a pronoun points to.
DESCRIBED_SUBJECTS = frozenset({"The", "A", "An"})


def protagonist_description(description: str) -> bool:
    """A definite description that re-describes someone in the story: "the keeper", "The
    40-year-old Italy international", "the American", "the head of Iran's government"."""
    words = description.replace("’", "'").split()
    if not words or words[0].lower() != "the" or len(words) > 6:
        return False
    head = words[-1].strip(".,").lower()
    if head in PROTAGONIST_HEADS or any(_AGE.search(w) for w in words[1:]):
        return True
    if len(words) > 3 and words[2].lower() == "of" and words[1].lower() in LEADER_HEADS:
        return True
    return len(words) == 2 and words[1][:1].isupper() and head.endswith(("an", "ese", "ish"))


class Resolver:
    """Resolves pronouns and descriptions for the quotes of one article."""

    def __init__(
        self,
        masked: str,
        index: NameIndex,
        paras: list[tuple[int, int]],
        closes: list[int],
    ) -> None:
        """`closes`: where the article's speech quotes close, sorted."""
        self._masked, self._index, self._paras, self._closes = masked, index, paras, closes
        self._genders: dict[str, str] | None = None

    def fits(self, who: str, gender: str | None) -> bool:
        """`who` can be the person a word of `gender` points to."""
        if gender is None:
            return True
        if self._genders is None:
            mentions = self._index.mentions_between(0, len(self._masked) + 1)
            self._genders = genders(self._masked, mentions, self._index.resolve_name)
        return self._genders.get(who, gender) == gender

    def pronoun(self, raw: RawQuote, pronoun: str, previous: RawQuote | None) -> str | None:
        return self._resolve(raw, pronoun, pronoun_gender(pronoun), previous)

    def description(self, raw: RawQuote, words: str, previous: RawQuote | None) -> str | None:
        return self._resolve(raw, None, word_gender(words.split()), previous)

    def _resolve(
        self, raw: RawQuote, pronoun: str | None, gender: str | None, previous: RawQuote | None
    ) -> str | None:
        paras, closes = self._paras, self._closes
        start = paras[max(0, raw.first_para - PRONOUN_REACH)][0]
        i = bisect_left(closes, raw.open_pos) - 1
        if i >= 0:
            start = max(start, closes[i] + 1)
        end = self._narration_end(raw, pronoun, start)
        who, seen = self._antecedent(start, end, pronoun, gender)
        if who:
            return who
        near = previous is not None and raw.first_para - previous.para <= 1
        last = previous.resolved if near and previous is not None else None
        if last and not self.fits(last, gender):
            return None
        if seen:  # people only as objects: the previous speaker among them goes on speaking
            return last if last in seen else None
        return last

    def _narration_end(self, raw: RawQuote, pronoun: str | None, start: int) -> int:
        """Where the narration that may name the person ends: the quote's opening for a cue
        after it ('"...," he said'), the pronoun itself for one before ('He said: "...').
        Words after the pronoun ("he told Smith") never name its person."""
        if raw.cue_end > raw.open_pos or pronoun is None:
            return raw.open_pos
        word = re.compile(r"\b" + re.escape(pronoun) + r"\b", re.I)
        hits = [m.start() for m in word.finditer(self._masked, start, raw.open_pos)]
        return hits[-1] if hits else raw.open_pos

    def _antecedent(
        self, start: int, end: int, pronoun: str | None, gender: str | None
    ) -> tuple[str | None, frozenset[str]]:
        """The fitting subject of the last sentence in `masked[start:end]` that has one, and
        the people the sentences read on the way mention (resolved). A sentence hands on to
        the one before when its subjects do not fit or it opens with the same pronoun ("She
        pointed to ..."); one whose people are all objects stops the search."""
        masked, index = self._masked, self._index
        mentions = index.mentions_between(start, end)
        seen: set[str] = set()
        starts = [start, *(m.end() for m in _SENTENCE_END.finditer(masked, start, end))]
        for _ in range(SENTENCES_BACK):
            if not mentions:
                break
            k = bisect_left(starts, mentions[-1][0] + 1) - 1
            first = starts[k]
            bounds = [*starts[k + 1 :], end]
            later = [masked[a:b].lstrip() for a, b in pairwise(bounds)]
            later = [t for t in later if t.strip()]
            if any(t.split()[0] in DESCRIBED_SUBJECTS for t in later):
                break  # "The former governor, who ..., noted ...": someone we cannot name
            if pronoun is None and later:
                break  # a description points to the person just spoken of, or to nobody here
            here = [(pos, name) for pos, name in mentions if pos >= first]
            seen.update(index.resolve_name(name) for _, name in here)
            subjects = [
                (p, n)
                for p, n in here
                if _is_subject(masked, p, n) and self.fits(index.resolve_name(n), gender)
            ]
            speaking = [(p, n) for p, n in subjects if _VERB_NEXT.match(masked, p + len(n))]
            pick = (speaking or subjects)[:1]
            if pick:
                return index.resolve_name(pick[0][1]), frozenset(seen)
            opener = masked[first : first + 12].split()[:1]
            same = pronoun is not None and [w.lower() for w in opener] == [pronoun.lower()]
            if not same and not any(_is_subject(masked, p, n) for p, n in here):
                break  # people only as objects here: an earlier name would be a guess
            mentions = [(p, n) for p, n in mentions if p < first]
        return None, frozenset(seen)


def _is_subject(masked: str, pos: int, name: str) -> bool:
    """A mention that can be a clause's subject: no possessive ("Smith's aide"), no
    preposition or article before it ("of Smith", "the Smith report"), no role word after
    it ("Smith spokesman Jo Lee"), and no place or body ("Dade County")."""
    if name.endswith(("'s", "’s")) or masked.startswith(("'s", "’s"), pos + len(name)):
        return False
    if name.split()[-1].strip(".,").lower() in NON_PERSON_HEADS:
        return False
    before = masked[max(0, pos - 60) : pos].split()
    while before and before[-1][:1].isupper() and before[-1][-1:].isalpha():
        before.pop()  # the given names of a surname mention ("of Edith Marlowe")
    after = masked[pos + len(name) : pos + len(name) + 20].split()
    if after and after[0].islower() and is_title(after[0]):
        return False
    return not (before and before[-1].lower().strip(",") in OBJECT_LEAD_INS)
