"""The search back through the narration for the person "he said" or "the keeper said" means:
sentence by sentence from the quote, the first subject that fits (`Antecedents.find`), with
the sentences that stop the search (someone only described, someone the index does not know as
a person, people only as objects) and those that make the pick a guess (a rival subject, a
second person by a job word).

Apart from the resolver (`resolve`), which decides where the narration starts and ends and what
to do when this finds nobody: this is the sentence-level reading, the bulk of the rules.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from itertools import pairwise

from summarizer.quotes.cast import Cast
from summarizer.quotes.names import NameIndex
from summarizer.quotes.narration import (
    SENTENCE_END,
    described_subject,
    is_subject,
    owns_the_subject,
    pronoun_subject,
    reported_subject,
    reports,
    verb_before_pattern,
    verb_next_pattern,
)
from summarizer.quotes.phrase_lexicon import RIVAL_CLAUSE_JOINERS
from summarizer.quotes.redescribe import (
    describes_someone,
    description_leads,
    opens_with,
    redescribes,
)
from summarizer.quotes.sentence_subject import another_person, main_clause_first, names_a_subject
from summarizer.quotes.verbs import VERB_SET

SENTENCES_BACK = 3  # sentences of narration read back for a subject
NAME_LEAD_REACH = 4  # words read between a conjunction and the name it leads to
VERB_BEFORE_REACH = 50  # characters before a name read for the speech verb that credits it
_LETTER = re.compile(r"[^\W\d_]")
# After a name: "said Jo Lee." / "said Jo Lee, a former aide": the name is the verb's subject,
# not the subject of a clause the verb reports ("said Lee was ill").
_CLAUSE_END = re.compile(r"[ \t]*(?:[.,;:\n]|$)")
# A verb right after a name, so the name is its subject: "Dee has backed", "Dee insisted".
_ACTS = re.compile(
    r"[ \t]+(?:has|have|had|is|was|will|would|could|can|did|does|\w+ed)\b(?![ \t]+by\b)"
)
# A plural verb right after a name ("France have lost", "Leeds are top"): a team, a country or
# a band, never the "he" or "she" of a quote.
_PLURAL_VERB = re.compile(r"[ \t]+(?:have|are|were)\b")
_COMMA_NEXT = re.compile(r"[ \t]*,")  # a name that a comma follows: an appositive's edge
# ", who has led the campaign," after a name, up to the comma that ends the aside.
_WHO_ASIDE = re.compile(r"[ \t]*,[ \t]+(?:who|whose)\b[^.;:!?\n,]{1,120},")
# A passive verb after a name: "Ray was sacked", "Ray has been dropped" (done to them).
_PASSIVE = re.compile(r"[ \t]+(?:was|were|is|has[ \t]+been|had[ \t]+been)[ \t]+\w+ed\b")


class Antecedents:
    """The antecedent search over one article (`masked`, its names in `index`, its people in
    `cast`; `languages`: those whose speech verbs are read)."""

    def __init__(
        self, masked: str, index: NameIndex, languages: frozenset[str], cast: Cast
    ) -> None:
        self._masked, self._index, self._languages, self._cast = masked, index, languages, cast
        self._verb_next = verb_next_pattern(languages)
        # whether the last `find` took its pick from a sentence that only speaks about them
        # (no speech verb credits them, no one else is named: "Ray, 21, was crowned ...")
        # right after one where another person of the pronoun's gender spoke of them ("Coach
        # Bob Dee warned that Ray needed a rest."): the quote may be that other person's
        self.only_about = False

    def find(
        self, start: int, end: int, pronoun: str | None, gender: str | None
    ) -> tuple[str | None, frozenset[str], bool]:
        """The fitting subject of the last sentence in `masked[start:end]` that has one, the
        people the sentences read on the way mention (resolved), and whether the sentence that
        gave the subject named two people it could mean (then the subject is None). A sentence
        hands on to the one before when its subjects do not fit or it opens with the same
        pronoun ("She pointed to ..."); one whose people are all objects stops the search."""
        masked, index = self._masked, self._index
        self.only_about = False
        mentions = [m for m in index.mentions_between(start, end) if self._cast.a_name(*m)]
        seen: set[str] = set()
        fallback: str | None = None  # a name in a sentence the pronoun itself opens
        starts = [start, *(m.end() for m in SENTENCE_END.finditer(masked, start, end))]
        budget, skips = SENTENCES_BACK, SENTENCES_BACK  # a sentence skipped costs no budget
        while budget > 0 and skips >= 0:
            budget -= 1
            if not mentions:
                break
            k = bisect_left(starts, mentions[-1][0] + 1) - 1
            first = starts[k]
            bounds = [*starts[k + 1 :], end]
            later = [masked[a:b].lstrip() for a, b in pairwise(bounds)]
            later = [t for t in later if _LETTER.search(t)]  # no stray "." line
            if any(described_subject(t) and not redescribes(t) for t in later):
                break  # "The former governor, who ..., noted ...": someone we cannot name
            if pronoun is not None and any(
                describes_someone(t) and not redescribes(t) and not opens_with(t, pronoun)
                for t in later
            ):
                break  # "Lee sold him. The move grates with the Dutchman. '...,' he said"
            if pronoun is None and not all(map(redescribes, later)):
                break  # a description points to the person just spoken of, or to nobody here
            if any(
                self.names_a_subject(t)
                for t in later
                if pronoun is None or not opens_with(t, pronoun)  # "She asked host Jo Dee, who"
            ):
                break  # "Doull felt ...": someone the index does not know as a person spoke last
            here = [(pos, name) for pos, name in mentions if pos >= first]
            seen.update(index.resolve_name(name) for _, name in here)
            sentence = masked[first : bounds[0]]
            if pronoun is not None and reports(sentence, pronoun, self._languages):
                # "He said Lee was ill.": "he" is its subject, Lee only in what he reported
                mentions = [(p, n) for p, n in mentions if p < first]
                budget, skips = budget + 1, skips - 1
                continue
            if redescribes(sentence.lstrip()) or (
                pronoun is not None
                and description_leads(sentence)  # "And the Swedish keeper thinks Hruska is"
                and not any(self._verb_next.match(masked, p + len(n)) for p, n in here)
            ):  # (no name speaks for itself: "the actor has been cut ... actor Rapp told")
                # "The 28-year-old broke his arm in Leeds's win over Bath.": the one before
                # is its subject; the names here are objects. So for a description too:
                # "The Spaniard thought he spoke to director Jo Ruiz. '...,' the 21-year-old
                # said" is the Spaniard's, not Ruiz's (Session 13)
                mentions = [(p, n) for p, n in mentions if p < first]
                continue
            subjects = [
                (p, n)
                for p, n in here
                if is_subject(masked, p, n)
                and not reported_subject(masked, p)
                and self._cast.fits(index.resolve_name(n), gender)
                and not (gender is not None and _PLURAL_VERB.match(masked, p + len(n)))
            ]
            subjects = main_clause_first(masked, first, subjects)
            verb_next = verb_next_pattern(self._languages)
            speaking = [
                self._appositive_head(subjects, (p, n))
                for p, n in subjects
                if verb_next.match(masked, p + len(n)) or self._speaks_after_aside(p + len(n))
            ]
            if not speaking:  # "..., said prosecutor Jo Lee.": the one the verb credits
                verb_before = verb_before_pattern(self._languages)
                speaking = [
                    (p, n)
                    for p, n in here
                    if verb_before.search(masked, max(first, p - VERB_BEFORE_REACH), p)
                    and _CLAUSE_END.match(masked, p + len(n))
                    and is_subject(masked, p, n)
                    and self._cast.fits(index.resolve_name(n), gender)
                ]
            pick = (speaking or subjects)[:1]
            if not pick and pronoun is not None and here and here[0][0] >= first:
                pick = [m for m in here[:1] if owns_the_subject(masked, first, *m)]
                pick = [(p, n) for p, n in pick if self._cast.fits(index.resolve_name(n), gender)]
            if pick and fallback is None and skips > 0 and opens_with(sentence, pronoun or "-"):
                # "She dodged a question from host Jo Dee, who ...": "she" is the one the
                # sentence before names; Jo Dee only if no one is named there and the text
                # gives Jo Dee the pronoun's gender
                who = index.resolve_at(*pick[0])
                known = gender is not None and self._cast.told(who) == gender
                fallback = who if known else ""
                mentions = [(p, n) for p, n in mentions if p < first]
                budget, skips = budget + 1, skips - 1
                continue
            if pick:
                who = index.resolve_at(*pick[0])
                if pronoun is None and another_person(sentence, who):
                    # "the former striker": Redknapp or his assistant?
                    return None, frozenset(seen), True
                if pronoun is not None and self._joined_rival(subjects, pick[0], who):
                    # "Lee said the ice was soft, but Ruiz disputed that. '...,' he said"
                    return None, frozenset(seen), True
                passive = _PASSIVE.match(masked, pick[0][0] + len(pick[0][1])) is not None
                if pronoun is not None and passive and self._rival(sentence, subjects, who):
                    # "Ray was sacked - a move Dee backed. But he said"
                    return None, frozenset(seen), True
                alone = all(index.resolve_name(n) == who for _, n in here)
                if not speaking and alone and k > 0:
                    self.only_about = self._reported_by_other(starts[k - 1], first, who, gender)
                return who, frozenset(seen), False
            same = pronoun is not None and pronoun_subject(masked[first : bounds[0]], pronoun)
            if not same and not any(is_subject(masked, p, n) for p, n in here):
                break  # people only as objects here: an earlier name would be a guess
            mentions = [(p, n) for p, n in mentions if p < first]
        return fallback or None, frozenset(seen), False

    def _reported_by_other(self, a: int, b: int, who: str, gender: str | None) -> bool:
        """Whether the sentence `masked[a:b]` gives another person of `gender` a speech verb
        and speaks of `who` too ("Coach Bob Dee warned that flanker Ray Lee needed a rest.")."""
        masked, index = self._masked, self._index
        here = [m for m in index.mentions_between(a, b) if self._cast.a_name(*m)]
        if not any(index.resolve_name(n) == who for _, n in here):
            return False
        verb_next = verb_next_pattern(self._languages)
        return any(
            index.resolve_name(n) != who
            and is_subject(masked, p, n)
            and self._cast.fits(index.resolve_name(n), gender)
            and verb_next.match(masked, p + len(n))
            for p, n in here
        )

    def _speaks_after_aside(self, end: int) -> bool:
        """A relative aside, then a speech verb, after a name ("Jo Lee, who has led the
        campaign, said in a letter ..."): the name is the verb's subject, before an earlier
        subject of the sentence without one (Session 16: a caption run into the sentence put
        another politician first)."""
        m = _WHO_ASIDE.match(self._masked, end)
        return m is not None and verb_next_pattern(self._languages).match(self._masked, m.end())

    def _appositive_head(
        self, subjects: list[tuple[int, str]], mention: tuple[int, str]
    ) -> tuple[int, str]:
        """The person an appositive describes when `mention` ends it before the verb ("Tom
        Hale, chief executive of UK firm Green Field Labs, said"): the subject before it whose
        name a comma follows, not the body the appositive names (Session 16)."""
        pos, name = mention
        if not _COMMA_NEXT.match(self._masked, pos + len(name)):
            return mention
        for other in subjects:
            if other[0] >= pos:
                break
            if _COMMA_NEXT.match(self._masked, other[0] + len(other[1])):
                return other
        return mention

    def _rival(self, sentence: str, subjects: list[tuple[int, str]], who: str) -> bool:
        """Whether another person the pronoun fits is the subject of a verb of their own in
        the sentence that gave `who`, a passive subject ("Ray was sacked on Friday - a move
        Dee has backed."): Dee is the one who acted, Ray the one the sentence is about, so
        "he" may be either, and picking one is a guess. Not in a sentence with a speech
        verb: "Ray said Dee had lied" reports what Dee did."""
        if any(w.strip(",.;:") in VERB_SET for w in sentence.split()):
            return False
        for pos, name in subjects:
            other = self._index.resolve_name(name)
            if other != who and _ACTS.match(self._masked, pos + len(name)):
                return True
        return False

    def _joined_rival(
        self, subjects: list[tuple[int, str]], pick: tuple[int, str], who: str
    ) -> bool:
        """Whether, after `who` (the subject picked), a conjunction opens a second clause whose
        subject is another person the pronoun fits and who acts ("Lee said the ice was soft,
        but Ruiz disputed the claim."): "he" in the next sentence may be either."""
        end = pick[0] + len(pick[1])
        for pos, name in subjects:
            if pos <= end or self._index.resolve_name(name) == who:
                continue
            between = self._masked[end:pos].split()
            lead = [w.strip(",").lower() for w in between[-NAME_LEAD_REACH - 1 :]]
            joins = [i for i, w in enumerate(lead) if w in RIVAL_CLAUSE_JOINERS]
            # "but Kelton Arena's rink director Ruiz": the words that lead the name
            if not joins or any(w in VERB_SET for w in lead[joins[-1] + 1 :]):
                continue
            after = pos + len(name)
            if _ACTS.match(self._masked, after) or verb_next_pattern(self._languages).match(
                self._masked, after
            ):
                return True
        return False

    def names_a_subject(self, sentence: str) -> bool:
        """`sentence_subject.names_a_subject` with this article's names and people."""
        return names_a_subject(sentence, self._languages, self._index, self._cast)
