"""Who "he said" or "the keeper said" names: the person the narration just spoke of.

The narration before the quote (back to the previous quote, at most PRONOUN_REACH paragraphs)
is read sentence by sentence from the end: the first sentence with a subject that fits wins
(one a speech verb follows first: "Ferre said"). A subject fits when the text does not give
them the other gender (`gender`). A sentence whose people are all objects or owners ("the
lyrics of Dylan") ends the search with nobody. With no fitting subject
the previous quote's speaker goes on speaking if the quote is near; failing that, nobody: a
wrong name puts words in someone's mouth, an unattributed quote only says less.

The search itself is `antecedent`'s, the article's people `cast`'s, roles `role_holders`', an
organisation's "it" `body_pronoun`'s; whether a found person was named too far back is
`far_named`'s, whether the reporter wrote about someone else since the previous quote
`narration_between`'s. This module decides where the narration to read starts and ends and
what to do when the search finds nobody.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from summarizer.quotes.antecedent import SENTENCES_BACK, Antecedents
from summarizer.quotes.body_pronoun import body_subject, previous_body
from summarizer.quotes.cast import Cast
from summarizer.quotes.described import description_subject
from summarizer.quotes.far_named import named_far
from summarizer.quotes.fronted_participle import participle_lead
from summarizer.quotes.gender import pronoun_gender, word_gender
from summarizer.quotes.names import NameIndex
from summarizer.quotes.narration import described_subject, sentences
from summarizer.quotes.narration_between import narration_between
from summarizer.quotes.raw_quote import RawQuote
from summarizer.quotes.redescribe import opens_with, protagonist_description, redescribes
from summarizer.quotes.role_holders import holders, role_holder
from summarizer.quotes.spoken_to import asked_before
from summarizer.quotes.word_patterns import led_pronoun, whole_word

PRONOUN_REACH = 2  # paragraphs back, before the quote's own, where "he said" may find a person
_LETTER = re.compile(r"[^\W\d_]")


class Resolver:
    """Resolves pronouns and descriptions for the quotes of one article."""

    def __init__(
        self,
        masked: str,
        index: NameIndex,
        paras: list[tuple[int, int]],
        closes: list[int],
        languages: frozenset[str],
    ) -> None:
        """`closes`: where the article's speech quotes close, sorted; `languages`: those
        whose speech verbs are read."""
        self._masked, self._index, self._paras, self._closes = masked, index, paras, closes
        self.languages = languages
        self._cast = Cast(masked, index)
        self._search = Antecedents(masked, index, languages, self._cast)
        self.how = ""  # which way the last `pronoun` or `description` found its person
        self._described_who = ""  # the description a pronoun means ("a party spokesman")
        # whether the last search stopped at a sentence about someone the text only describes
        # ("The former governor, who ..., noted"): a description may well mean them
        self.described = False
        # whether the last description's sentence named two people it could mean (then nobody)
        self.ambiguous = False

    def fits(self, who: str, gender: str | None) -> bool:
        """`who` can be the person a word of `gender` points to (`Cast.fits`)."""
        return self._cast.fits(who, gender)

    @property
    def only_about(self) -> bool:
        """Whether the last pronoun found its person in a sentence that only speaks about
        them: no speech verb credits them, no one else is named (`Antecedents.only_about`)."""
        return self.how == "antecedent" and self._search.only_about

    def gender_of(self, who: str) -> str | None:
        """The gender the text tells of `who` ("m", "f"), None when it tells none."""
        return self._cast.gender_of(who)

    def pronoun(self, raw: RawQuote, pronoun: str, previous: RawQuote | None) -> str | None:
        return self._resolve(raw, pronoun, pronoun_gender(pronoun), previous, pronoun)

    def body(self, raw: RawQuote, previous: RawQuote | None) -> str | None:
        """'“...,” it said': the organisation that spoke the quote before (`previous_body`)."""
        return previous_body(self._masked, raw, previous)

    def body_subject(self, raw: RawQuote) -> str | None:
        """'Northwind Airlines cancelled 40 flights. "...," it said.': the organisation the
        reporter's last sentence before the quote opens with (`body_pronoun.body_subject`)."""
        return body_subject(self._masked, self._paras, self._closes, raw)

    def holders(self, raw: RawQuote, description: str) -> set[str]:
        """The people the text names with the head word of `description` before the quote
        (`role_holders.holders`)."""
        return holders(self._masked, self._index, raw, description)

    def role_holder(
        self, raw: RawQuote, description: str, previous: RawQuote | None = None
    ) -> str | None:
        """The one person the text named with the role of "the spokeswoman" before the quote
        (`role_holders.role_holder`)."""
        return role_holder(self._masked, self._index, self._paras, raw, description, previous)

    def description(self, raw: RawQuote, words: str, previous: RawQuote | None) -> str | None:
        return self._resolve(raw, None, word_gender(words.split()), previous, words)

    def _resolve(
        self,
        raw: RawQuote,
        pronoun: str | None,
        gender: str | None,
        previous: RawQuote | None,
        source: str,
    ) -> str | None:
        """`source`: the pronoun or description as the cue gives it."""
        paras, closes = self._paras, self._closes
        start = paras[max(0, raw.first_para - PRONOUN_REACH)][0]
        i = bisect_left(closes, raw.open_pos) - 1
        if (
            i >= 0
            and previous is not None
            and asked_before(self._masked, previous, closes[i])
            and not self._index.mentions_between(previous.open_pos, previous.close_pos)
        ):
            i -= 1  # 'Lee was asked, “...?” She answered': the question's sentence names her
        if i >= 0:
            start = max(start, closes[i] + 1)
        end = self._narration_end(raw, source, start)
        bounds = sentences(self._masked, start, end)[-SENTENCES_BACK:]
        self.described = any(
            described_subject(t) and not redescribes(t)
            for t in (self._masked[a:b].lstrip() for a, b in bounds)
        )
        self.ambiguous = False
        described = ""  # the description of a person the sentence before opens with
        if pronoun is not None:
            near = [(a, b) for a, b in bounds if _LETTER.search(self._masked, a, b)]
            if (
                len(near) > 1
                and opens_with(self._masked[near[-1][0] : near[-1][1]].lstrip(), pronoun)
                and description_subject(self._masked[near[-2][0] : near[-2][1]].strip())
            ):
                # 'A spokesman for X said ... . He said ... . "...," he said': the sentence
                # the pronoun opens is the described person's own
                near = near[:-1]
            if near and self._described_first(near[-1][0], near[-1][1], gender):
                if self.how == "description-subject":
                    return self._described_who
                start = near[-1][0]  # no older name: "he" is the one described, or nobody
                described = self._described_who
        who, seen, self.ambiguous = self._search.find(start, end, pronoun, gender)
        self.how = "antecedent"
        if (
            who
            and pronoun is not None
            and raw.cue_end <= raw.open_pos
            and named_far(self._masked, self._index, self._cast, start, end, who, pronoun)
        ):
            self.how = "far-antecedent"  # 'Lee ... . Ray ... . He said: "': a guess
            return None
        if who:
            return who
        if self.ambiguous:
            self.how = "ambiguous"
            return None
        near = previous is not None and self._lead_para(raw) - previous.para <= 1
        if not near and previous is not None and pronoun is not None:
            # '"...," Lee said.⏎He stressed it was not Ray's fault.⏎"...," he added.': a
            # paragraph of the pronoun's own sentences between keeps the speaker near
            # (Session 21: a lawyer's "he added" went to nobody)
            since = max(previous.cue_end, previous.parts[-1].close_pos + 1)
            gap = self._lead_para(raw) - previous.para == 2
            near = gap and self._all_own(since, raw.open_pos, pronoun)
        last = previous.resolved if near and previous is not None else None
        if last and pronoun is not None and self._other_described_spoke(raw, bounds, last):
            self.how = "described-spoke"
            return None
        if (
            last
            and described
            and last not in self.holders(raw, described)
            and not _described_again(last, described)
        ):
            # 'Mayor Jo Lee: "...," she said. The librarian said she ... "...," she said':
            # "she" is the librarian, whom the text never names, not the last speaker
            # (Session 14); a mayor's "The mayor said" still re-describes her
            self.how = "described-other"
            return None
        if last and not self._cast.fits(last, gender):
            return None
        if last and pronoun is None and gender and self._cast.told(last) != gender:
            return None  # "the mother of three" is the last speaker only if the text says she is
        if (
            last
            and pronoun is not None
            and narration_between(self._masked, self._search, previous, raw, last)
        ):
            return None  # narration about someone else sits in between: the speaker may be new
        if (
            last
            and pronoun is None
            and last not in self.holders(raw, source)
            and narration_between(self._masked, self._search, previous, raw, last)
        ):
            # 'Coach Jo Dee: "...". Meanwhile, wing Ray Lee is delighted. "...," the youngster
            # said': a description the text never gave Dee, after a sentence about someone
            # else, is not the last speaker's (reading25: a debutant's words went to his coach)
            self.how = "described-after-other"
            return None
        if seen:  # people only as objects: the previous speaker among them goes on speaking
            self.how = "previous-among-objects"
            # seen by surname alone ("Petty") too, unless two of the family share it
            known = last is not None and any(
                s == last or (last.endswith(f" {s}") and not self._cast.family(s)) for s in seen
            )
            if last is not None and not known and pronoun is not None:
                # 'He stressed it was not a case where Gray was to blame. "...," he added.':
                # every sentence in between is the pronoun's own, so the speaker goes on
                known = self._all_own(start, end, pronoun)
            return last if known else None
        if last is None and pronoun is not None:
            self.how = "protagonist"
            who = self._cast.protagonist(gender)
            if who and self._other_subject_last(bounds, who):
                self.how = "protagonist:other-subject"
                return None
            return who
        self.how = "previous-speaker"
        return last

    def _other_described_spoke(
        self, raw: RawQuote, bounds: list[tuple[int, int]], last: str
    ) -> bool:
        """Whether a sentence of the narration before the pronoun has for its subject a
        description of someone who spoke ("Later, the prime minister's spokesman urged ...")
        that the text never ties to `last`, the previous speaker: "he added" may be that one,
        so the previous speaker is a guess (ab24: a spokesman's words given to the man quoted
        before, who said the opposite). Not a description that re-describes someone in the
        story ("But the 28-year-old told ...")."""
        for a, b in bounds:
            sentence = self._masked[a:b].strip()
            found = description_subject(sentence)
            if found is None or not found.spoke or redescribes(sentence):
                continue
            if protagonist_description(found.words) or _described_again(last, found.words):
                continue
            if last not in self.holders(raw, found.words):
                return True
        return False

    def _all_own(self, start: int, end: int, pronoun: str) -> bool:
        """Whether every sentence of `masked[start:end]` (one at least) is the pronoun's own:
        it opens with it, maybe after a connective ("He stressed ...", "But he said ...")."""
        spans = [self._masked[a:b] for a, b in sentences(self._masked, start, end)]
        spans = [t for t in spans if _LETTER.search(t)]
        return bool(spans) and all(
            opens_with(t, pronoun) or led_pronoun(pronoun).match(t.lstrip()) for t in spans
        )

    def _other_subject_last(self, bounds: list[tuple[int, int]], who: str) -> bool:
        """Whether the last sentence before the pronoun opens with a full name the text gave
        that is not `who` ("Ann Bell, in charge of press at X, says ... . '...,' he says"):
        "he" is most likely that one, whom the index does not know as a person, not the
        person the profile is about (Session 17: a former aide's words given to the prime
        minister the story was about)."""
        near = [(a, b) for a, b in bounds if _LETTER.search(self._masked, a, b)]
        if not near:
            return False
        sentence = self._masked[near[-1][0] : near[-1][1]]
        mine = whole_word(who.split()[-1]).search(sentence) is not None
        return not mine and self._search.names_a_subject(sentence.lstrip())

    def _described_first(self, a: int, b: int, gender: str | None) -> bool:
        """For a pronoun: whether the sentence `masked[a:b]` right before it has a description
        of a person for its subject, who spoke or acted ("But a party spokesman said ...",
        "But the 24-year-old Corkman signed ..."). That is the most recent subject, so no
        older name may be skipped to. `how` is "description-subject" (and `_described_who`
        the description) when it is indefinite, spoke and the sentence names no one else
        the pronoun fits: the text brings in someone it does not name."""
        sentence = self._masked[a:b].strip()
        found = description_subject(sentence)
        if found is None or redescribes(sentence):
            return False  # "The 28-year-old hurt his knee.": the person the one before names
        told = word_gender(found.words.split())
        if gender is not None and told is not None and told != gender:
            return False
        self.how, self._described_who = "described-subject", found.words
        named = any(
            self._cast.a_name(p, n) and self._cast.fits(self._index.resolve_name(n), gender)
            for p, n in self._index.mentions_between(a, b)
        )
        if not found.definite and found.spoke and not named:
            self.how, self._described_who = "description-subject", found.words
        return True

    def _lead_para(self, raw: RawQuote) -> int:
        """The paragraph that leads into the quote: the one before, when it ends in a colon and
        the quote opens its own ('He was not done:⏎"..."'), else the quote's."""
        k, paras, masked = raw.first_para, self._paras, self._masked
        opens_para = k > 0 and not masked[paras[k][0] : raw.open_pos].strip()
        if opens_para and masked[paras[k - 1][0] : paras[k - 1][1]].rstrip().endswith(":"):
            return k - 1
        return k

    def _narration_end(self, raw: RawQuote, source: str, start: int) -> int:
        """Where the narration that may name the person ends: the quote's opening for a cue
        after it ('"...," he said'), the pronoun or description itself for one before ('He
        said: "...', 'The American added:'). Words after it ("he told Smith") never name its
        person, nor does the description name itself."""
        if raw.cue_end > raw.open_pos:
            return raw.open_pos
        stop = raw.open_pos
        if raw.partial and raw.cue:
            # 'he asked Mr Lee if he would "...": the pronoun before the speech verb is the
            # one that speaks; names after the verb are whom it spoke to or of
            verb = whole_word(raw.cue)
            verbs = [m.start() for m in verb.finditer(self._masked, start, raw.open_pos)]
            stop = verbs[-1] if verbs else stop
        word = whole_word(source, re.IGNORECASE)
        hits = [m.start() for m in word.finditer(self._masked, start, stop)]
        if hits and source.lower() in ("he", "she"):  # "Commenting on Lee's case, he said:"
            return participle_lead(self._masked, start, hits[-1])
        return hits[-1] if hits else raw.open_pos


def _described_again(last: str, described: str) -> bool:
    """Whether `described`, a definite description ("The firm's spokeswoman"), names again
    the one `last`, an indefinite one, brought in ("a spokeswoman"): the same head noun."""
    old, new = last.lower().split(), described.lower().split()
    return len(old) > 1 and old[0] in {"a", "an"} and new[0] == "the" and new[-1] == old[-1]
