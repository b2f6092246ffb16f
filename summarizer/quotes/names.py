"""The people of one article: `NameIndex` finds who is mentioned where, by capitalised runs.

A run of capitalised words is a person when a title or a job leads it ("Sen. ...", "Goalkeeper
Piet Oudman"), a speech verb follows it ("Putin said", "Dudley, said"), a role word stands
before it ("spokesman John Kirby") or an appositive after it names a role ("Jo Vos, a
psychologist"). A bare surname resolves to the full name the article gave first, unless two
people share it ("Ms. Jean" among Botham and Allison Jean stays "Jean"). What a run itself
tells is read in `cap_runs`, what the words around it tell in `person_context`.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Container, Iterator

from summarizer.quotes.cap_runs import (
    RunFacts,
    cap_run,
    head_before_stop,
    messy,
    run_facts,
    speaks,
    trimmed,
)
from summarizer.quotes.mentions import has_free_occurrence
from summarizer.quotes.name_lexicon import NOT_NAMES, SURNAME_WORDS
from summarizer.quotes.name_mentions import person_mentions
from summarizer.quotes.name_spellings import ends_as, longest_first, spelt_otherwise
from summarizer.quotes.name_words import article_before, inverted_cue
from summarizer.quotes.office_field import after_office, without_field
from summarizer.quotes.person_context import described_after, role_led, titled
from summarizer.quotes.phrase_lexicon import NON_PERSON_HEADS
from summarizer.quotes.placed_names import Placements, placements
from summarizer.quotes.quoted_runs import quoted_alone
from summarizer.quotes.seams import caption_seam
from summarizer.quotes.shared_surname import by_role, kin_named
from summarizer.quotes.word_kinds import PRONOUNS, TITLE_SET, bare_token
from summarizer.text.lexicon import UPPER

# A surname opening a sentence as its subject: "Doull, a former ...", "Doull, who ...", "Kim
# could have ...".
_SUBJECT_OPENING = re.compile(
    r"(?:^|[.!?][\"”’]?[ \t]+|\n[ \t]*)([" + UPPER + r"][\w’'-]*)"
    r"(?=,[ \t]+(?:a|an|the|who)[ \t]|[ \t]+[a-z])"
)


def _letters(key: str) -> bool:
    """A surname of letters, maybe in parts a hyphen or an apostrophe joins ("Garcia-Lopez",
    "O'Hara"): such a name opening a sentence is as much a subject as a plain one (bbc_train11
    dev, read in session 18: in-sample; "he said" after "Garcia-Lopez was delighted" found
    nobody)."""
    return all(part.isalpha() for part in _JOINED_PARTS.split(key))


_JOINED_PARTS = re.compile(r"[-'’]")

ROLE_REACH = 60  # characters before a shared surname read for the role that leads it


class NameIndex:
    """People in one article: full names by surname and where each person is mentioned."""

    def __init__(
        self,
        text: str,
        speakers: list[str],
        blocked: list[tuple[int, int]],
        languages: frozenset[str],
        words: Callable[[], Container[str]] | None = None,
    ) -> None:
        """`languages`: those whose speech verbs mark a speaker; `words`, if given, returns
        the text's alphanumeric runs (for `plausible`)."""
        self.full: dict[str, str] = {}
        self.others: dict[str, set[str]] = {}  # surname -> other people's full names with it
        self._text = text
        self._words = words
        people: set[str] = set()
        facts_of: dict[str, RunFacts | None] = {}  # a run seen again tells the same
        guessed: set[str] = set()  # keys whose full name was cut out of a messy run
        for m in cap_run(languages).finditer(text):  # two words or more, or one that speaks
            if m["chain"] is not None:  # a hyphenated word alone: no run
                continue
            if text[max(0, m.start() - 2) : m.start()].strip() == "&":
                continue  # "at Brell Capital & Harbour Markets": the end of a firm's name
            if quoted_alone(text, m.start(), m.end()):
                continue  # 'put “Wilayat Twitter,” on their profile': a name quoted as words
            run = m.group()
            if " " in run and after_office(text, m.start()):
                run = without_field(run)  # "Chief of Staff Jo Lee": the office's field goes
            inverted = " " in run and inverted_cue(run, text, m.end())
            if inverted:  # 'Said Comey, "...': the verb is no given name
                run = run.split(None, 1)[1]
            head = head_before_stop(run)
            if head is not None:  # "star Laurie Daley. It also ...": the name before the stop
                self._take_head(head, m.start(), people, guessed)
            facts = facts_of[run] if run in facts_of else facts_of.setdefault(run, run_facts(run))
            if facts is None:
                continue
            key, full, lead_title, whole = facts
            if full is not None and caption_seam(full, self.full):
                full = None  # "Peter Pan Maisie" after "Maisie Holt" (`seams`)
            if full is not None and not messy(full):
                self._record_other(key, full)
            if full is not None and (key not in self.full or key in guessed):
                # The first full name stays; one cut out of a caption, until a clean one comes.
                if messy(full):
                    guessed.add(key)
                    self.full.setdefault(key, trimmed(full))
                else:
                    guessed.discard(key)
                    self.full[key] = full
            # A person already needs no test (each is a few string operations per run).
            if key not in people and (
                lead_title
                or inverted
                or (speaks(m["next"] or "", m["after"] or "") and not article_before(text, m))
                or (full is not None and whole and titled(text, m.start()))
                or (full is not None and whole and role_led(text, m.start(), m.end()))
                or (full is not None and described_after(text, m.start(), m.end(), languages))
            ):
                people.add(key)
        people.update(sp.split()[-1] for sp in speakers)
        people.update(self._sentence_subjects(people, guessed))
        self.people = {
            p
            for p in people
            if len(p) > 1
            and (p not in NOT_NAMES or (p in SURNAME_WORDS and p in self.full))
            and p.lower() not in PRONOUNS
        }
        # Mentions are found when `last_person_before` first asks (often never).
        self._mentions: list[tuple[int, str]] = []
        self._positions: list[int] = []
        self._unseen: Iterator[tuple[int, str]] | None = person_mentions(
            text, self.people, self.full, self.others, blocked
        )
        self._lower_free: dict[str, bool] = {}  # plausible(): word -> no lower-case occurrence
        self._kin: dict[str, str | None] = {}  # resolve_name(): "Mrs Creag" -> "Claire"

    def _take_head(self, head: str, start: int, people: set[str], guessed: set[str]) -> None:
        """Record the full name `head` that ends a sentence inside a capitalised run (at
        `start`), as a run of its own is recorded; a person when a title or role leads it."""
        facts = run_facts(head)
        if facts is None or facts[1] is None or messy(facts[1]):
            return
        key, full, lead_title, whole = facts
        if caption_seam(full, self.full):
            return
        self._record_other(key, full)
        if key not in self.full or key in guessed:
            guessed.discard(key)
            self.full[key] = full
        if lead_title or (whole and titled(self._text, start)):
            people.add(key)

    def _sentence_subjects(self, people: set[str], guessed: set[str]) -> list[str]:
        """Surnames of full names the text gave ("Simon Doull") that later open a sentence
        alone as its subject ("Doull, a former bowler, felt ...", "Kim could have ..."), or
        stand where `placed_names` finds only people ("Despite a bogey, Trahan was ..."): a
        person, though no title, role or speech verb said so."""
        out: list[str] = []
        openers: set[str] | None = None  # the words that open a sentence so, read once
        placed: Placements | None = None  # where else a person stands (`placed_names`)
        for key, full in self.full.items():
            if key in people or key in NOT_NAMES or not _letters(key):
                continue
            if key.lower() in NON_PERSON_HEADS or full.split()[0] in NOT_NAMES:
                continue
            if openers is None or placed is None:
                openers = set(_SUBJECT_OPENING.findall(self._text))
                placed = placements(self._text)
            if key in placed.titled:  # "Ms King": a person, a title word as a surname or not,
                out.append(key)  # however her full name was cut out of its run
                continue
            if key in guessed or key.lower().removesuffix("s") in TITLE_SET:  # "Democrats"
                continue
            if key in openers or placed.person(key, full):
                out.append(key)
        return out

    def plausible(self, name: str, cue: str | None = None) -> bool:
        """One capitalised word that also occurs in lower case ("Pollsters") is no name."""
        tokens = name.split()
        if len(tokens) > 1:
            return not all(t.isupper() and len(t) > 3 for t in tokens)  # a heading
        t = bare_token(tokens[0])
        if t.isupper() and len(t) > 5:  # a dateline: "WASHINGTON —"
            return False
        if cue == ":" and t not in self.people:  # "Wait, it gets better:"
            return False
        if t in self.people and t in self.full:
            return True  # "Chief Hall" with "Ana Hall" known, though "city hall" is a phrase
        low = t.lower()
        free = self._lower_free.get(low)
        if free is None:  # each test scans the whole text: once per word
            free = self._lower_free[low] = self._no_lower_word(low)
        return free

    def _no_lower_word(self, low: str) -> bool:
        # Fast path. A free occurrence of an alphanumeric word has no word character next to it:
        # it is a whole alphanumeric run, one of `words` (a set lookup instead of a text scan).
        if self._words is not None and low.isalnum() and low not in self._words():
            return True
        # No regex compiled per word: each article brings new words (see `mentions`).
        return not has_free_occurrence(self._text, low)

    def _record_other(self, key: str, full: str) -> None:
        """A second person with the surname ("Donald Trump", "Melania Trump"): a bare surname
        no longer tells which of them is meant. One name's words within the other's (a middle
        name, "Sarah Huckabee Sanders") are one person."""
        first = self.full.get(key)
        if first is None or first == full:
            return
        a, b = set(map(bare_token, first.split())), set(map(bare_token, full.split()))
        if not (a <= b or b <= a):
            self.others.setdefault(key, set()).add(full)

    def shared_surname(self, name: str) -> bool:
        """Two or more people in the article go by this (bare) surname."""
        return bool(self.others.get(bare_token(name.split()[-1])))

    def resolve_name(self, name: str) -> str:
        tokens = name.split()
        key = bare_token(tokens[-1])
        full = self.full.get(key)
        if full and len(tokens) == 1 and self.others.get(key):
            return key  # "Ms. Jean" among Botham and Allison Jean: no guess
        if full and (len(tokens) == 1 or ends_as(full, tokens)):
            return full
        # The longest name first, then by spelling: a set's order changes with the hash seed,
        # and "Abu Laban" among "Osman Abu Laban" and "Abu Laban" was one or the other by run
        for other in sorted(self.others.get(key, ()), key=longest_first):
            if other.endswith(" ".join(tokens)):
                return other
        if len(tokens) == 1:  # a given name alone ("Nicki"), when one known name starts so
            starting = {f for f in self.full.values() if f.split()[0] == key}
            if len(starting) == 1:
                return starting.pop()
            variant = spelt_otherwise(self.full, key)
            if variant is not None:
                return variant
        if full and len(tokens) == 2:  # "Mrs Creag", not "James Creag": his mother Claire?
            if name not in self._kin:
                self._kin[name] = kin_named(self._text, tokens[0], key, full)
            return self._kin[name] or name
        return name

    def resolve_at(self, pos: int, name: str) -> str:
        """`resolve_name` for the mention of `name` at `pos`; a surname two people share
        resolves to the one whose role the words before it give ("Defence Secretary
        Rajapakse", `shared_surname.by_role`), else it stays bare."""
        who = self.resolve_name(name)
        if " " in who or not self.others.get(who) or who not in self.full:
            return who
        people = {self.full[who], *self.others[who]}
        cue = self._text[max(0, pos - ROLE_REACH) : pos + len(name)]
        return by_role(self._text, cue, who, people) or who

    def mentions_between(self, start: int, end: int) -> list[tuple[int, str]]:
        """People mentioned outside quotes in text[start:end], in order: (position, as written)."""
        self.last_person_before(end)  # loads every mention before `end`
        first, stop = bisect_left(self._positions, start), bisect_left(self._positions, end)
        return self._mentions[first:stop]

    def last_person_before(self, pos: int) -> str | None:
        # Mentions come in order: once one at or after `pos` is known, all before it are.
        while self._unseen is not None and (not self._positions or self._positions[-1] < pos):
            mention = next(self._unseen, None)
            if mention is None:
                self._unseen = None
            else:
                self._mentions.append(mention)
                self._positions.append(mention[0])
        i = bisect_left(self._positions, pos)
        return self.resolve_name(self._mentions[i - 1][1]) if i else None
