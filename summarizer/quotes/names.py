"""The people of one article: `NameIndex` finds who is mentioned where, by capitalised runs.

A run of capitalised words is a person when a title or a job leads it ("Sen. ...", "Goalkeeper
Piet Oudman"), a speech verb follows it ("Putin said", "Dudley, said"), a role word stands
before it ("spokesman John Kirby") or an appositive after it names a role ("Jo Vos, a
psychologist"). A bare surname resolves to the full name the article gave first, unless two
people share it ("Ms. Jean" among Botham and Allison Jean stays "Jean").
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Container, Iterator
from functools import cache

from summarizer.quotes.lexicon import (
    CAPTION_WORDS,
    DEMONYM_ENDINGS,
    NAME_PARTICLES,
    NON_PERSON_HEADS,
    NOT_NAMES,
    OBJECT_LEAD_INS,
    ORIGIN_ENDINGS,
    RESIDENT_DEMONYMS,
    ROLES,
    SPEECH_ADVERBS,
    SPORT_ROLES,
    SURNAME_WORDS,
    TITLE_LEAD_INS,
)
from summarizer.quotes.mentions import find_mentions, has_free_occurrence
from summarizer.quotes.name_words import article_before, function_use, inverted_cue, surname_word
from summarizer.quotes.seams import caption_seam
from summarizer.quotes.speakers import (
    CONNECTORS,
    CYRILLIC,
    OF_COMPOUND,
    PRONOUNS,
    TITLE_SET,
    affiliation_in_run,
    bare_token,
    clean_name,
    is_abbreviation,
    is_job,
)
from summarizer.quotes.verbs import VERB_SET, alternation, vocabulary
from summarizer.text.lexicon import UPPER

_ROLES_OR_TITLES = frozenset(ROLES | SPORT_ROLES | (TITLE_SET - set(TITLE_LEAD_INS.split())))
_LEAD_TITLES = frozenset(TITLE_SET - {"the", "a"})

_GAP = r"[ \t\u00a0]+"
_ADVERB = alternation(sorted(SPEECH_ADVERBS))


@cache
def _cap_run(languages: frozenset[str]) -> re.Pattern[str]:
    """A capitalised run of two or more words, or of one word that _speaks (the speech verb
    ahead is tested in the pattern, as `_speaks` would on groups "next" and "after"), and
    (those groups, looked ahead, not consumed) the two words after it.

    A lone capitalised word that is no speaker (most are sentence-initial) makes no match, so
    Python never sees it: `NameIndex` would skip it anyway. The capital comes first, its
    lookbehind after it, so the engine skips to capitals in C. The first word is taken whole
    (possessive: giving characters back could only leave a word character before the space
    that must follow), which spares the engine retries at every lone capitalised word. A lone
    hyphenated word does match, as group "chain" (NameIndex skips it): a retry after each
    hyphen would read on to the same end and fail the same way, so "A-A-A-…" would cost n².
    """
    # _speaks(first, second): a verb next (a whole word), or a speech adverb and then a verb.
    one_word_verb = vocabulary(languages).one_word_verb
    speaks_ahead = rf"(?={_GAP}(?:{_ADVERB}{_GAP})?{one_word_verb}(?![^\W\d_]))"
    initials = r"(?:\.[" + UPPER + r"](?![\w'’]))*+"  # "R.J." is one word
    return re.compile(
        r"[" + UPPER + r"](?<![\w'’].)[\w'’]*+" + initials + r"(?:(?P<hyphen>-)[\w'’\-]*+)?+\.?+"
        r"(?:(?:" + _GAP + r"(?:[" + UPPER + r"][\w'’\-]*" + initials + r"\.?|"
        r"(?:"
        + "|".join(NAME_PARTICLES)
        + r")\b-?))+|"
        + speaks_ahead
        + r"|(?(hyphen)(?P<chain>)|(?!)))"
        r"(?:(?=" + _GAP + r"(?P<next>[^\W\d_]+)(?:" + _GAP + r"(?P<after>[^\W\d_]+))?)|)"
    )


def _speaks(nxt: str, after: str) -> bool:
    """The words after a capitalised run make it a speaker: "Putin said", "Putin also said"."""
    return nxt in VERB_SET or (nxt in SPEECH_ADVERBS and after in VERB_SET)


# What a capitalised run tells `NameIndex`: the surname key, the full name (None for a single
# word), whether a title leads it ("Sen. ..."), and whether the name starts where the run does.
_RunFacts = tuple[str, str | None, bool, bool]
_MARKED = frozenset(",\u2024'’")  # marks that clean_name or bare_token strip or cut at (dots aside)


def _after_full_stop(tokens: list[str]) -> int:
    """Where the last sentence inside a run starts ("... fan Steve Morgan. Parry joined ..."):
    after a word ending in "." that is no initial ("B.B."), abbreviation or title. 0: none."""
    for i in range(len(tokens) - 2, -1, -1):
        token = tokens[i]
        if token.endswith(".") and not is_abbreviation(token):
            core = token.rstrip(".").lower()
            if "." not in core and core not in TITLE_SET:
                return i + 1
    return 0


def _facts(run: str) -> _RunFacts | None:
    """The facts of a capitalised run; None when it names nobody (so it records nothing)."""
    tokens = run.split()
    if " " in run and (cut := affiliation_in_run(tokens)):
        tokens = tokens[:cut]  # "Peter Maier von der Nordbank": Peter Maier
        run = " ".join(tokens)
    surname_last = surname_word(tokens)
    if tokens[-1] in NOT_NAMES and not surname_last:  # "Jordan. The": no word names anyone
        return None
    last = tokens[-1]
    if last.endswith(".") and "." not in last[:-1] and not is_abbreviation(last):
        tokens[-1] = last[:-1]  # the full stop of a sentence that ends with the name
        run = " ".join(tokens)
    start = _after_full_stop(tokens) if "." in run else 0
    if start:  # a name never runs on over a full stop
        tokens = tokens[start:]
        run = " ".join(tokens)
    whole = not start
    if not _MARKED.intersection(run):  # most runs: maybe a plain name, test it in C
        lows = run.lower().split()  # lower() keeps spaces and marks: the tokens, lowered
        bare = [w.rstrip(".") for w in lows] if "." in run else lows  # as clean_name tests
        if (
            TITLE_SET.isdisjoint(bare)
            and not (len(tokens) > 2 and is_job(tokens[0]))
            and lows[-1] not in CONNECTORS
            and NOT_NAMES.isdisjoint(tokens[:-1] if surname_last else tokens)
            and not (len(tokens) > 2 and tokens[0].endswith(DEMONYM_ENDINGS))
            and not (len(tokens) > 1 and lows[0].endswith(ORIGIN_ENDINGS))
            and tokens[0] not in RESIDENT_DEMONYMS
            and "-of-" not in lows[0]  # "Mother-of-two Jo" (`clean_name`)
        ):
            # No possessive, title, connector or demonym for clean_name to drop, nor a comma
            # to strip, nor a lead title: all of the run names someone.
            return tokens[-1], " ".join(tokens) if len(tokens) >= 2 else None, False, whole
    # A title or a job word before a full name: "Sen. ...", "Goalkeeper Piet Oudman".
    lead_title = (
        tokens[0].lower().rstrip(".") in _LEAD_TITLES
        or (len(tokens) > 2 and is_job(tokens[0]))
        or (len(tokens) > 1 and OF_COMPOUND.fullmatch(tokens[0]) is not None)
    )
    name = clean_name(tokens)
    if not name or not NOT_NAMES.isdisjoint(name[:-1] if surname_word(name) else name):
        return None
    full = " ".join(map(bare_token, name)) if len(name) >= 2 else None
    return bare_token(name[-1]), full, lead_title, whole


def _messy(full: str) -> bool:
    """A full name with more glued to it than a name holds: over three capitalised words
    (initials, "Jr." and numerals aside), a caption word ("Getty Images Matt Lauer") or a
    word in capitals ("JUST WATCHED Trump")."""
    words = [w for w in full.split() if w[:1].isupper() and not w.endswith(".")]
    words = [w for w in words if w.strip("IVX")]  # "III"
    return (
        len(words) > 3
        or any(w.isupper() and len(w) > 2 for w in words)
        or any(w.lower() in CAPTION_WORDS for w in words)
    )


def _trimmed(full: str) -> str:
    """A messy full name cut to its last two words: the name a caption ran into."""
    return " ".join(full.split()[-2:])


# After a full name: ", said" / ", told" (a comma before the verb), or an appositive that
# names a role (", one of the group's organizers,", ", a psychologist").
@cache
def _comma_speaks(languages: frozenset[str]) -> re.Pattern[str]:
    verb = vocabulary(languages).one_word_verb
    return re.compile(r",[ \t\u00a0]+(?:\w+ly[ \t\u00a0]+)?" + verb + r"\b")


_AGE = re.compile(r"\d+-year-old")
_AGE_APPOSITIVE = re.compile(r",[ \t\u00a0]+\d{1,3},")  # "Jo Lee, 29, from Leeds"
# A surname opening a sentence as its subject: "Doull, a former ...", "Doull, who ...", "Kim
# could have ...".
_SUBJECT_OPENING = re.compile(
    r"(?:^|[.!?][\"”’]?[ \t]+|\n[ \t]*)([" + UPPER + r"][\w’'-]*)"
    r"(?=,[ \t]+(?:a|an|the|who)[ \t]|[ \t]+[a-z])"
)
_APPOSITIVE = re.compile(
    r",[ \t\u00a0]+(?:(?:a|an|the|one of|his|her|their)\s+)?((?:[\w'’-]+\s+){0,5}[\w'’-]+)"
)


@cache
def _affiliated_speaks(languages: frozenset[str]) -> re.Pattern[str]:
    """After a full name: its body ("of Delta Capital"), maybe an appositive about the body
    (", an investment bank,"), then a speech verb: "Kim Volk of Delta Capital, a bank, said".
    The body may be a common noun after "the" ("Jo Lee from the farm said", 13b): a
    speaker all the same, whom "she said" after the next quote should find."""
    verb = vocabulary(languages).one_word_verb
    word = r"[" + UPPER + r"][\w'’&-]*"
    return re.compile(
        r"[ \t\u00a0]+(?:of|from|at)[ \t\u00a0]+(?:the[ \t\u00a0]+[a-z]+(?:[ \t\u00a0]+[a-z]+)?|"
        r"(?:the[ \t\u00a0]+)?" + word + r"(?:[ \t\u00a0]+(?:of[ \t\u00a0]+)?" + word + r"){0,4})"
        r"(?:,[^,.;:!?\n\"“”]{1,60},)?[ \t\u00a0]+(?:\w+ly[ \t\u00a0]+)?" + verb + r"\b"
    )


# A relative clause only a person takes: "Tom Miles, who won the race, ...".
_WHO = re.compile(r",[ \t\u00a0]+who[ \t\u00a0]")


def _described_after(text: str, start: int, end: int, languages: frozenset[str]) -> bool:
    """The words after a full name make it a person: a speech verb after a comma, or after
    its body ("Kim Volk of Delta Capital said"), a "who" clause, or an appositive whose words
    name a role ("Jo Vos, a psychologist for the panel")."""
    if text[end : end + 1] != ",":
        last = text[start:end].split()[-1].lower()
        if last in _ROLES_OR_TITLES or last in TITLE_SET:
            return False  # "RNC Chief of Staff Jo Lee said": the office, not its holder
        return _affiliated_speaks(languages).match(text, end) is not None
    if _WHO.match(text, end):
        before = text[max(0, start - 12) : start].split()
        return not (before and before[-1].lower() in OBJECT_LEAD_INS | {"and", "or"})
    before = text[max(0, start - 12) : start].split()
    if before and before[-1].lower() in OBJECT_LEAD_INS | {"and", "or"}:
        return False  # "... for Civil Rights and Economic Justice, said": a body, no speaker
    if _comma_speaks(languages).match(text, end) or _AGE_APPOSITIVE.match(text, end):
        return True
    m = _APPOSITIVE.match(text, end)
    if m is None:
        return False
    words = [w.lower().strip("'’").removesuffix("s") for w in m.group(1).split()]
    words += [w.lower().strip("'’") for w in m.group(1).split()]
    return any(w in ROLES or _AGE.fullmatch(w) for w in words)  # "Jo Vos, a 23-year-old nurse"


def _titled(text: str, start: int) -> bool:
    """A role or title word right before `start` ("spokesman John Kirby"), or, in Russian,
    before the body it heads ("директор музея Анна Рябова")."""
    before = text[max(0, start - 40) : start].lower().split()
    if before and before[-1].strip(",") in _ROLES_OR_TITLES:
        return True
    return len(before) > 1 and bool(CYRILLIC.match(before[-1])) and before[-2] in TITLE_SET


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
        facts_of: dict[str, _RunFacts | None] = {}  # a run seen again tells the same
        guessed: set[str] = set()  # keys whose full name was cut out of a messy run
        for m in _cap_run(languages).finditer(text):  # two words or more, or one that speaks
            if m["chain"] is not None:  # a hyphenated word alone: no run
                continue
            run = m.group()
            inverted = " " in run and inverted_cue(run, text, m.end())
            if inverted:  # 'Said Comey, "...': the verb is no given name
                run = run.split(None, 1)[1]
            facts = facts_of[run] if run in facts_of else facts_of.setdefault(run, _facts(run))
            if facts is None:
                continue
            key, full, lead_title, whole = facts
            if full is not None and caption_seam(full, self.full):
                full = None  # "Peter Pan Maisie" after "Maisie Holt" (`seams`)
            if full is not None and not _messy(full):
                self._record_other(key, full)
            if full is not None and (key not in self.full or key in guessed):
                # The first full name stays; one cut out of a caption, until a clean one comes.
                if _messy(full):
                    guessed.add(key)
                    self.full.setdefault(key, _trimmed(full))
                else:
                    guessed.discard(key)
                    self.full[key] = full
            # A person already needs no test (each is a few string operations per run).
            if key not in people and (
                lead_title
                or inverted
                or (_speaks(m["next"] or "", m["after"] or "") and not article_before(text, m))
                or (full is not None and whole and _titled(text, m.start()))
                or (full is not None and _described_after(text, m.start(), m.end(), languages))
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
        self._unseen: Iterator[tuple[int, str]] | None = self._find_mentions(blocked)
        self._lower_free: dict[str, bool] = {}  # plausible(): word -> no lower-case occurrence

    def _sentence_subjects(self, people: set[str], guessed: set[str]) -> list[str]:
        """Surnames of full names the text gave ("Simon Doull") that later open a sentence
        alone as its subject ("Doull, a former bowler, felt ...", "Kim could have ..."): a
        person, though no title, role or speech verb said so."""
        out: list[str] = []
        openers: set[str] | None = None  # the words that open a sentence so, read once
        for key, full in self.full.items():
            if key in people or key in guessed or key in NOT_NAMES or not key.isalpha():
                continue
            if key.lower() in NON_PERSON_HEADS or full.split()[0] in NOT_NAMES:
                continue
            if key.lower().removesuffix("s") in TITLE_SET:  # "Republicans", "Democrats"
                continue
            if openers is None:
                openers = set(_SUBJECT_OPENING.findall(self._text))
            if key in openers:
                out.append(key)
        return out

    def _find_mentions(self, blocked: list[tuple[int, int]]) -> Iterator[tuple[int, str]]:
        """Where people are mentioned outside quotes, in order: (position, name as written)."""
        if not self.people:
            return
        block_starts = [b[0] for b in blocked]
        for start, name in find_mentions(self._text, self.people):
            if name in SURNAME_WORDS and function_use(self._text, start, name):
                continue  # "In May, ...", "from 2010": the word, not the person
            j = bisect_left(block_starts, start + 1) - 1
            if j < 0 or not blocked[j][0] <= start < blocked[j][1]:
                yield start, name

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
        if full and (len(tokens) == 1 or full.endswith(" ".join(tokens))):
            return full
        for other in self.others.get(key, ()):
            if other.endswith(" ".join(tokens)):
                return other
        if len(tokens) == 1:  # a given name alone ("Nicki"), when one known name starts so
            starting = {f for f in self.full.values() if f.split()[0] == key}
            if len(starting) == 1:
                return starting.pop()
        return name

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
