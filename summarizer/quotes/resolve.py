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
from collections import Counter
from itertools import pairwise

from summarizer.quotes.confidence import far_antecedent
from summarizer.quotes.described import description_subject
from summarizer.quotes.gender import genders, name_gender, pronoun_gender, word_gender
from summarizer.quotes.lexicon import (
    BODY_NAME_ENDS,
    DEMONYM_NOUNS,
    LEADER_HEADS,
    NAME_PARTICLES,
    NON_PERSON_HEADS,
    PROTAGONIST_HEADS,
    RESIDENT_DEMONYMS,
    ROLES,
)
from summarizer.quotes.marks import RawQuote
from summarizer.quotes.names import NameIndex
from summarizer.quotes.narration import (
    AGE,
    SENTENCE_END,
    described_subject,
    is_subject,
    owns_the_subject,
    pronoun_subject,
    refers_back,
    reported_subject,
    reports,
    role_patterns,
    sentences,
    verb_before_pattern,
    verb_next_pattern,
)
from summarizer.quotes.speakers import is_job
from summarizer.quotes.verbs import VERB_SET
from summarizer.text.language import stop_words
from summarizer.text.lexicon import UPPER

PRONOUN_REACH = 2  # paragraphs back, before the quote's own, where "he said" may find a person
SENTENCES_BACK = 3  # sentences of narration read back for a subject
VERB_BEFORE_REACH = 50  # characters before a name read for the speech verb that credits it
STATEMENT_REACH = 40  # characters after a cue read for "in a statement"
DESCRIPTION_WORDS = 6  # a description longer than this re-describes no one ...
LONG_DESCRIPTION_WORDS = 9  # ... unless its head is a protagonist's ("striker"), up to this
PROTAGONIST_MENTIONS = 4  # mentions that make someone the person a profile is about
PROTAGONIST_LEAD = 2  # ... when they are mentioned this many times as often as anyone else
FAMILY_MENTIONS = 2  # full-name mentions that make a second bearer of a surname a relative
_STATEMENT = re.compile(r"^[^.!?]*\bstatement\b")
_LETTER = re.compile(r"[^\W\d_]")
_QUOTED = re.compile(r"[\"“«„][^\"”»“]*[\"”»]")  # quoted words inside narration
_OPENING = re.compile(r"[\"“«„‘]")
_ENDS = frozenset(".!?…")
# After a name: "said Jo Lee." / "said Jo Lee, a former aide": the name is the verb's subject,
# not the subject of a clause the verb reports ("said Lee was ill").
_CLAUSE_END = re.compile(r"[ \t]*(?:[.,;:\n]|$)")
_NAME_RUN = re.compile(rf"(?<!\w)[{UPPER}][\w’'-]+(?:[ \t]+[{UPPER}][\w’'-]+)*")
# A sentence that opens with an organisation, then a verb in the past or present tense:
# "Northwind Airlines cancelled", "The Ministry of Health said", "the council has voted".
_BODY_SUBJECT = re.compile(
    rf"^(?:[Tt]he[ \t]+)?(?P<body>[{UPPER}][\w&’'.-]*(?:[ \t]+(?:[{UPPER}][\w&’'.-]*"
    r"|of|for|and|&|the))*)[ \t]+(?:has[ \t]+|have[ \t]+|had[ \t]+|also[ \t]+)?[a-z]+(?:ed|s)\b"
)
# A verb right after a name, so the name is its subject: "Dee has backed", "Dee insisted".
_ACTS = re.compile(
    r"[ \t]+(?:has|have|had|is|was|will|would|could|can|did|does|\w+ed)\b(?![ \t]+by\b)"
)
# A passive verb after a name: "Ray was sacked", "Ray has been dropped" (done to them).
_PASSIVE = re.compile(r"[ \t]+(?:was|were|is|has[ \t]+been|had[ \t]+been)[ \t]+\w+ed\b")
ROLE_DESCRIPTION_WORDS = 3  # "the spokeswoman", "the ministry's spokesman": no longer


def protagonist_description(description: str) -> bool:
    """A definite description that re-describes someone in the story: "the keeper", "The
    40-year-old Italy international", "the American", "the head of Iran's government"."""
    words = description.replace("’", "'").split()
    if not words or words[0].lower() != "the" or len(words) > LONG_DESCRIPTION_WORDS:
        return False
    head = words[-1].strip(".,").lower()
    if head in PROTAGONIST_HEADS:  # "the former Real Madrid and Ajax striker"
        return True
    if len(words) > DESCRIPTION_WORDS:
        return False
    if any(AGE.search(w) for w in words[1:]):
        return True
    if len(words) > 3 and words[2].lower() == "of" and words[1].lower() in LEADER_HEADS:
        return True
    if len(words) != 2 or not words[1][:1].isupper():
        return False
    return head.endswith(("an", "ese", "ish")) or head in DEMONYM_NOUNS


def is_demonym(word: str) -> bool:
    """ "Texan", "Italian", "Greek": where someone is from, not a nickname ending so ("Pacman",
    "Superman": a "-man" word is a demonym only as "German")."""
    low = word.lower()
    if low in DEMONYM_NOUNS or low == "german":
        return True
    return low.endswith(("an", "ese", "ish")) and not low.endswith("man")


# "the" and maybe one word ("The 21-year-old Scot", "the Texan") before a one-word "name".
_THE_BEFORE = re.compile(r"\b[Tt]he\s+(?:[\w-]+\s+)?\Z")
# "The 21-year-old Scot shot 76.": "the", maybe an age, a demonym and a verb.
_THE_DEMONYM = re.compile(r"The\s+(?:\d+-year-old\s+)?(?P<word>[A-Z][a-z]+)\s+[a-z]")


def _redescribes(sentence: str) -> bool:
    """A sentence whose subject describes again the person the one before spoke of ("The
    28-year-old hurt his knee", "The 21-year-old Scot shot 76"): it names no one new."""
    if refers_back(sentence):
        return True
    m = _THE_DEMONYM.match(sentence)
    return m is not None and is_demonym(m["word"])


# "the" and up to three more words: a description's candidates ("the Dutchman", "the
# 21-year-old", "the former Ajax striker").
_OPENER = re.compile(r"\s*(?:(?:But|And|Yet|So|Still|However|Now),?\s+)?")
_THE_PHRASE = re.compile(r"\b[Tt]he((?:[ \t]+[\w'’-]+){1,3})")


def _describes_someone(sentence: str) -> bool:
    """A sentence that speaks of someone by a description only ("The affair still rankles
    with the Dutchman."): between a name and a "he" after it, it brings in a person who may be
    the pronoun's as well as the name's, so the name is a guess (Session 13: a player's words
    given to the manager who sold him, named one sentence before "the Dutchman")."""
    opener = _OPENER.match(sentence)
    start = opener.end() if opener else 0
    for m in _THE_PHRASE.finditer(sentence, start):
        if m.start() == start:
            continue  # "But the actress smiled.": the subject re-describes the one named
        words = m.group(1).split()
        if words[0][:1].isupper() and not _person_demonym(words[0]):
            continue  # "the Taliban", "the Vatican": no one person
        if any(protagonist_description(" ".join(["the", *words[:k]])) for k in (1, 2, 3)):
            return True
    return False


def _person_demonym(word: str) -> bool:
    """One person from somewhere ("Dutchman", "Spaniard", "Scot"), not a group or a place
    whose name ends like a demonym ("Taliban", "Vatican")."""
    low = word.lower()
    return low in DEMONYM_NOUNS or word in RESIDENT_DEMONYMS


def _described(masked: str, pos: int, name: str) -> bool:
    """A one-word mention after "the" that is a demonym ("The 21-year-old Scot shot 76"):
    a description of someone named before, no person's name."""
    if " " in name or not is_demonym(name):
        return False
    return _THE_BEFORE.search(masked, max(0, pos - 30), pos) is not None


def _opens_with(sentence: str, pronoun: str) -> bool:
    """The sentence's first word is the pronoun ("She skirted the question from ...")."""
    head = sentence.lstrip()
    return head[: len(pronoun)].lower() == pronoun and head[len(pronoun) : len(pronoun) + 1] == " "


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
        self._languages = languages
        self._genders: dict[str, str] | None = None
        self._counts: Counter[str] | None = None  # mentions per person, when first asked
        self.how = ""  # which way the last `pronoun` or `description` found its person
        self._described_who = ""  # the description a pronoun means ("a party spokesman")
        # whether the last search stopped at a sentence about someone the text only describes
        # ("The former governor, who ..., noted"): a description may well mean them
        self.described = False
        # whether the last description's sentence named two people it could mean (then nobody)
        self.ambiguous = False

    def fits(self, who: str, gender: str | None) -> bool:
        """`who` can be the person a word of `gender` points to (a body described, "the
        paper's editorial board", is no "he" or "she"): the gender the text tells of them, else
        their given name's when it is clear ("Tom Hale" is no "she"), else either."""
        if gender is None:
            return True
        if who[:1].islower() and who.split()[-1].strip(".,").lower() in NON_PERSON_HEADS:
            return False
        if self._genders is None:
            mentions = self._index.mentions_between(0, len(self._masked) + 1)
            self._genders = genders(self._masked, mentions, self._index.resolve_name)
        told = self._genders.get(who)
        last = who.split()[-1]
        if told is None and last != who and not self._family(last):
            # "Uncle Bongo" as the cue gave him, "Bongo ... he had" in the narration: the
            # gender told of the surname, unless a family shares it (Session 13: "she" given
            # to the previous speaker, a man)
            told = self._genders.get(last)
        return (told or self._name_gender(who) or gender) == gender

    def _a_name(self, pos: int, name: str) -> bool:
        """A mention that can stand for a person: not a demonym after "the" ("The 21-year-old
        Scot"), nor one word the text also writes in lower case ("Doctors warned ...")."""
        if " " in name:
            return True
        return not _described(self._masked, pos, name) and self._index.plausible(name)

    def _name_gender(self, who: str) -> str | None:
        """The gender `who`'s given name tells; for a surname the index keeps bare because
        it is written two ways ("Pieter de Vries", "De Vries"), the one its full names agree
        on, a particle-led spelling aside."""
        if " " in who:
            return name_gender(who)
        names = {self._index.full.get(who), *self._index.others.get(who, ())} - {None}
        told = {name_gender(n) for n in names if n and n.split()[0].lower() not in NAME_PARTICLES}
        return told.pop() if len(told) == 1 else None

    def gender_of(self, who: str) -> str | None:
        """The gender the text tells of `who` ("m", "f"), None when it tells none."""
        self.fits(who, "m")  # reads the genders once
        return (self._genders or {}).get(who)

    def pronoun(self, raw: RawQuote, pronoun: str, previous: RawQuote | None) -> str | None:
        return self._resolve(raw, pronoun, pronoun_gender(pronoun), previous, pronoun)

    def body(self, raw: RawQuote, previous: RawQuote | None) -> str | None:
        """'“...,” it said': the organisation that spoke the quote before, in this paragraph
        or the one before, when the text shows it is one (its name ends in a body's word,
        "the ministry", or it spoke "in a statement"); else None, never a person."""
        if previous is None or previous.resolved is None or raw.first_para - previous.para > 1:
            return None
        who = previous.resolved
        said = self._masked[previous.cue_end : previous.cue_end + STATEMENT_REACH]
        spoke_for_a_body = previous.cue_end > 0 and _STATEMENT.search(said) is not None
        if who.split()[-1].strip(".,").lower() in NON_PERSON_HEADS or spoke_for_a_body:
            return who
        return None

    def body_subject(self, raw: RawQuote) -> str | None:
        """'Northwind Airlines cancelled 40 flights. "...," it said.': the organisation the
        reporter's last sentence before the quote opens with, when its name ends in a body's
        word ("Airlines", "Ministry of Health", "the council"); None when that sentence
        opens with anything else (a person, a pronoun, a clause): "it" is then a guess."""
        paras = self._paras
        start = paras[max(0, raw.first_para - 1)][0]
        i = bisect_left(self._closes, raw.open_pos) - 1
        if i >= 0:
            start = max(start, self._closes[i] + 1)
        text = [(a, b) for a, b in sentences(self._masked, start, raw.open_pos)]
        text = [(a, b) for a, b in text if _LETTER.search(self._masked, a, b)]
        if not text:
            return None
        sentence = self._masked[text[-1][0] : text[-1][1]].strip()
        m = _BODY_SUBJECT.match(sentence)
        if m is None:
            return None
        body = m.group("body").rstrip()
        words = body.split()
        if not words[0][:1].isupper() or words[-1] in ("of", "for", "and", "&", "the"):
            return None  # "the company": a description, which names no one for the reader
        cut = next((k for k, w in enumerate(words) if w in ("of", "for")), len(words))
        head = words[cut - 1].strip(".,")  # "Ministry of Health": the head before "of"
        if head.lower() not in NON_PERSON_HEADS and head not in BODY_NAME_ENDS:
            return None
        return body

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
        if i >= 0:
            start = max(start, closes[i] + 1)
        end = self._narration_end(raw, source, start)
        bounds = sentences(self._masked, start, end)[-SENTENCES_BACK:]
        self.described = any(
            described_subject(t) and not _redescribes(t)
            for t in (self._masked[a:b].lstrip() for a, b in bounds)
        )
        self.ambiguous = False
        if pronoun is not None:
            near = [(a, b) for a, b in bounds if _LETTER.search(self._masked, a, b)]
            if near and self._described_first(near[-1][0], near[-1][1], gender):
                if self.how == "description-subject":
                    return self._described_who
                start = near[-1][0]  # no older name: "he" is the one described, or nobody
        who, seen = self._antecedent(start, end, pronoun, gender)
        self.how = "antecedent"
        if (
            who
            and pronoun is not None
            and raw.cue_end <= raw.open_pos
            and self._far(start, end, who, pronoun)
        ):
            self.how = "far-antecedent"  # 'Lee ... . Ray ... . He said: "': a guess
            return None
        if who:
            return who
        if self.ambiguous:
            self.how = "ambiguous"
            return None
        near = previous is not None and self._lead_para(raw) - previous.para <= 1
        last = previous.resolved if near and previous is not None else None
        if last and not self.fits(last, gender):
            return None
        if last and pronoun is None and gender and self._genders.get(last) != gender:
            return None  # "the mother of three" is the last speaker only if the text says she is
        if last and pronoun is not None and self._narration_between(previous, raw, last):
            return None  # narration about someone else sits in between: the speaker may be new
        if seen:  # people only as objects: the previous speaker among them goes on speaking
            self.how = "previous-among-objects"
            known = last is not None and any(s == last or last.endswith(f" {s}") for s in seen)
            if last is not None and not known and pronoun is not None:
                # 'He stressed it was not a case where Gray was to blame. "...," he added.':
                # every sentence in between is the pronoun's own, so the speaker goes on
                spans = [self._masked[a:b] for a, b in sentences(self._masked, start, end)]
                spans = [t for t in spans if _LETTER.search(t)]
                known = bool(spans) and all(_opens_with(t, pronoun) for t in spans)
            return last if known else None  # seen by surname alone ("Petty") too
        if last is None and pronoun is not None:
            self.how = "protagonist"
            return self._protagonist(gender)
        self.how = "previous-speaker"
        return last

    def _far(self, start: int, end: int, who: str, pronoun: str) -> bool:
        """Whether `who`, the pronoun's person, was last named `FAR_SENTENCES` or more
        sentences before the pronoun at `end` (`confidence.far_antecedent`)."""
        index = self._index
        last = [p for p, n in index.mentions_between(start, end) if index.resolve_name(n) == who]
        if not last:
            return False

        def own(sentence: str) -> bool:
            return _opens_with(sentence, pronoun) or _redescribes(sentence)

        return far_antecedent(self._masked, last[-1], end, own)

    def _described_first(self, a: int, b: int, gender: str | None) -> bool:
        """For a pronoun: whether the sentence `masked[a:b]` right before it has a description
        of a person for its subject, who spoke or acted ("But a party spokesman said ...",
        "But the 24-year-old Corkman signed ..."). That is the most recent subject, so no
        older name may be skipped to. `how` is "description-subject" (and `_described_who`
        the description) when it is indefinite, spoke and the sentence names no one else
        the pronoun fits: the text brings in someone it does not name."""
        sentence = self._masked[a:b].strip()
        found = description_subject(sentence)
        if found is None or _redescribes(sentence):
            return False  # "The 28-year-old hurt his knee.": the person the one before names
        told = word_gender(found.words.split())
        if gender is not None and told is not None and told != gender:
            return False
        self.how = "described-subject"
        named = any(
            self._a_name(p, n) and self.fits(self._index.resolve_name(n), gender)
            for p, n in self._index.mentions_between(a, b)
        )
        if not found.definite and found.spoke and not named:
            self.how, self._described_who = "description-subject", found.words
        return True

    def _narration_between(self, previous: RawQuote | None, raw: RawQuote, last: str) -> bool:
        """Whether the reporter wrote a sentence of their own between the previous quote (and
        its cue) and the sentence that leads into `raw`, naming someone else but not `last`:
        after Perry's quote, 'Kim missed putts.⏎"It hurt," he said.' is not Perry's. A lead-in
        ("He added: ") is no such sentence; nor is one about nobody new ("He also joked.")."""
        if previous is None:
            return False
        close = previous.parts[-1].close_pos
        end = max(previous.cue_end, close + 1)
        gap = _QUOTED.sub(lambda m: " " * len(m.group()), self._masked[end : raw.open_pos])
        gap = gap.rstrip()
        if _OPENING.search(gap):
            return False  # `raw` sits inside a longer quote: no narration of the reporter's
        start = 0
        if self._masked[close - 1 : close] not in _ENDS or gap.lstrip()[:1].islower():
            # '," he was quoted as saying in the Post.': the rest of the previous quote's cue
            first = SENTENCE_END.search(gap)
            start = first.end() if first else len(gap)
        stop = len(gap)  # the quote opens its sentence, else its lead-in is no narration
        if gap[-1:] not in _ENDS:
            cuts = [m.end() for m in SENTENCE_END.finditer(gap, start)]
            stop = cuts[-1] if cuts else start
        if not _LETTER.search(gap, start, stop):
            return False
        if re.search(rf"\b{re.escape(last.split()[-1])}\b", gap[start:stop]):
            return False
        return any(self._names_a_subject(gap[a:b]) for a, b in sentences(gap, start, stop))

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

    def _another_person(self, sentence: str, who: str) -> bool:
        """Whether the sentence a description's person was found in also names someone else
        by a job word, after them: after "Ray skipped the news conference, which his
        assistant Jo Dee took.", "the former striker said" could be either, and only the
        world outside the text knows which. A name as a mere object ("after Oliver awarded
        a penalty") does not count: the description re-describes the sentence's subject."""
        last = who.split()[-1]
        seen_who = False
        for m in _NAME_RUN.finditer(sentence):
            names = m.group().split()
            if names[-1] == last:
                seen_who = True
                continue
            before = sentence[: m.start()].split()[-1:]
            job = bool(before) and before[0].islower() and is_job(before[0])
            if seen_who and len(names) > 1 and job:
                return True
        return False

    def _names_a_subject(self, sentence: str) -> bool:
        """A sentence opening with a name the text gives in full ("Kim could have ...";
        "Despite a bogey, Trahan ..."), not a name as an object ("forcing Sanders to")."""
        for m in _NAME_RUN.finditer(sentence):
            lead = sentence[: m.start()].strip()
            if lead and not lead.endswith(","):
                continue
            if any(m.group().split()[0].lower() in stop_words(lang) for lang in self._languages):
                continue  # "If Clinton wins", "The United States": no name opens the sentence
            key = m.group().split()[-1]
            if key in self._index.full or key in self._index.people:
                return True
        return False

    def holders(self, raw: RawQuote, description: str) -> set[str]:
        """The people the text names with the head word of `description` before the quote
        ("Coach Tom Ray", "Tom Ray, the coach")."""
        head = description.split()[-1].strip(".,").lower()
        before = self._masked[: raw.open_pos]
        found = {
            self._index.resolve_name(m.group("name"))
            for pattern in role_patterns(head)
            for m in pattern.finditer(before)
        }
        return {h for h in found if h.split()[-1] in self._index.people}

    def role_holder(
        self, raw: RawQuote, description: str, previous: RawQuote | None = None
    ) -> str | None:
        """The one person the text named with the role of "the spokeswoman" before the quote
        ("spokeswoman Ana Ruiz", "Ana Ruiz, a spokeswoman for the firm"), when the narration
        spoke of them last or they spoke the quote just before (a name in their own appositive
        comes between: "Secretary Ravi Dias, who is President Anil Dias's brother, said"); None
        when nobody or more than one person held it, or someone else came between ("the
        governor" is not a former governor named paragraphs before)."""
        words = description.split()
        if len(words) > ROLE_DESCRIPTION_WORDS or words[0].lower() != "the":
            return None
        role = words[-1].strip(".,").lower()
        if role not in ROLES:
            return None
        before = self._masked[: raw.open_pos]
        holders = {
            self._index.resolve_name(m.group("name"))
            for pattern in role_patterns(role)
            for m in pattern.finditer(before)
        }
        holders = {h for h in holders if h.split()[-1] in self._index.people}
        if len(holders) != 1:
            return None
        holder = holders.pop()  # ... and the person the narration spoke of last
        if self._index.last_person_before(raw.open_pos) == holder:
            return holder
        if self._recent_subject(raw, holder):
            return (
                holder  # "On tape, Mr Ray is heard asking Dee ...⏎Dee replies: ... The mayor says:"
            )
        spoke_last = previous is not None and raw.first_para - previous.para <= 1
        return holder if spoke_last and previous.resolved == holder else None

    def _recent_subject(self, raw: RawQuote, holder: str) -> bool:
        """Whether the one holder of a role is a subject in the paragraph before the quote's
        or in its own, before it: the narration just spoke of them, if not last."""
        start = self._paras[max(0, raw.first_para - 1)][0]
        return any(
            self._index.resolve_name(n) == holder and is_subject(self._masked, p, n)
            for p, n in self._index.mentions_between(start, raw.open_pos)
        )

    def _lead_para(self, raw: RawQuote) -> int:
        """The paragraph that leads into the quote: the one before, when it ends in a colon and
        the quote opens its own ('He was not done:⏎"..."'), else the quote's."""
        k, paras, masked = raw.first_para, self._paras, self._masked
        opens_para = k > 0 and not masked[paras[k][0] : raw.open_pos].strip()
        if opens_para and masked[paras[k - 1][0] : paras[k - 1][1]].rstrip().endswith(":"):
            return k - 1
        return k

    def _protagonist(self, gender: str | None) -> str | None:
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
        if " " not in top and self._family(top):
            # "Trent" for Carl and Paula Trent: a family's surname counts both of them,
            # and which one "he" or "she" is stays open (Session 13: a lawyer's words given
            # to her client's husband, through a gender the text told of his wife)
            return None
        if full is None or (len(ranked) > 1 and n < PROTAGONIST_LEAD * ranked[1][1]):
            return None  # a word no full name ends with ("Nice", the town) may be no person
        self.fits(top, gender)  # reads the genders once
        return full if self._genders and self._genders.get(top) == gender else None

    def _family(self, surname: str) -> bool:
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

    def _narration_end(self, raw: RawQuote, source: str, start: int) -> int:
        """Where the narration that may name the person ends: the quote's opening for a cue
        after it ('"...," he said'), the pronoun or description itself for one before ('He
        said: "...', 'The American added:'). Words after it ("he told Smith") never name its
        person, nor does the description name itself."""
        if raw.cue_end > raw.open_pos:
            return raw.open_pos
        word = re.compile(r"\b" + re.escape(source) + r"\b", re.I)
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
        mentions = [m for m in index.mentions_between(start, end) if self._a_name(*m)]
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
            if any(described_subject(t) and not _redescribes(t) for t in later):
                break  # "The former governor, who ..., noted ...": someone we cannot name
            if pronoun is not None and any(
                _describes_someone(t) and not _redescribes(t) and not _opens_with(t, pronoun)
                for t in later
            ):
                break  # "Lee sold him. The affair rankles with the Dutchman. '...,' he said"
            if pronoun is None and not all(map(_redescribes, later)):
                break  # a description points to the person just spoken of, or to nobody here
            if any(
                self._names_a_subject(t)
                for t in later
                if pronoun is None or not _opens_with(t, pronoun)  # "She asked host Jo Dee, who"
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
            if _redescribes(sentence.lstrip()):
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
                and self.fits(index.resolve_name(n), gender)
            ]
            verb_next = verb_next_pattern(self._languages)
            speaking = [(p, n) for p, n in subjects if verb_next.match(masked, p + len(n))]
            if not speaking:  # "..., said prosecutor Jo Lee.": the one the verb credits
                verb_before = verb_before_pattern(self._languages)
                speaking = [
                    (p, n)
                    for p, n in here
                    if verb_before.search(masked, max(first, p - VERB_BEFORE_REACH), p)
                    and _CLAUSE_END.match(masked, p + len(n))
                    and is_subject(masked, p, n)
                    and self.fits(index.resolve_name(n), gender)
                ]
            pick = (speaking or subjects)[:1]
            if not pick and pronoun is not None and here and here[0][0] >= first:
                pick = [m for m in here[:1] if owns_the_subject(masked, first, *m)]
                pick = [(p, n) for p, n in pick if self.fits(index.resolve_name(n), gender)]
            if pick and fallback is None and skips > 0 and _opens_with(sentence, pronoun or "-"):
                # "She dodged a question from host Jo Dee, who ...": "she" is the one the
                # sentence before names; Jo Dee only if no one is named there and the text
                # gives Jo Dee the pronoun's gender
                who = index.resolve_name(pick[0][1])
                known = gender is not None and (self._genders or {}).get(who) == gender
                fallback = who if known else ""
                mentions = [(p, n) for p, n in mentions if p < first]
                budget, skips = budget + 1, skips - 1
                continue
            if pick:
                who = index.resolve_name(pick[0][1])
                if pronoun is None and self._another_person(sentence, who):
                    self.ambiguous = True  # "the former striker": Redknapp or his assistant?
                    return None, frozenset(seen)
                passive = _PASSIVE.match(masked, pick[0][0] + len(pick[0][1])) is not None
                if pronoun is not None and passive and self._rival(sentence, subjects, who):
                    self.ambiguous = True  # "Ray was sacked - a move Dee backed. But he said"
                    return None, frozenset(seen)
                return who, frozenset(seen)
            same = pronoun is not None and pronoun_subject(masked[first : bounds[0]], pronoun)
            if not same and not any(is_subject(masked, p, n) for p, n in here):
                break  # people only as objects here: an earlier name would be a guess
            mentions = [(p, n) for p, n in mentions if p < first]
        return fallback or None, frozenset(seen)
