"""Speakers: the speech vocabulary, name phrases, and people resolved within one article.

Token rules only (no tagger). A cue is a speech verb ("said", "told", "заявил", "sagte",
"a déclaré") or "according to"; the words next to it are parsed into a name, a pronoun or a
description. `NameIndex` knows the article's people: a bare surname resolves to the full name
the article gave first ("Russian President Vladimir Putin" -> "Vladimir Putin"), and pronouns
or role descriptions ("the head of Iran's government") to the last person mentioned.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Container, Iterator
from dataclasses import dataclass

from summarizer.quotes.lexicon import (
    ACCORDING_PHRASES,
    AUXILIARIES,
    CAPTION_WORDS,
    CLAUSE_WORDS,
    CUE_ADVERBS,
    DEMONYM_ENDINGS,
    DETERMINERS,
    DOUBLED_FINAL_EN,
    JOB_ENDINGS,
    NAME_PARTICLES,
    NOT_NAMES,
    NOUN_PHRASE_STOPS,
    PATRONYMIC_ENDINGS,
    PERSONAL_PRONOUNS,
    ROLES,
    SPEECH_ADVERBS,
    SPEECH_IRREGULAR_EN,
    SPEECH_IRREGULAR_PARTICIPLES_EN,
    SPEECH_LEMMAS_EN,
    SPEECH_PHRASES,
    SPEECH_VERBS,
    SUBJECT_PRONOUNS,
    TITLE_ADJECTIVES,
    TITLE_LEAD_INS,
    TITLES,
)
from summarizer.quotes.mentions import find_mentions, has_free_occurrence
from summarizer.text.lexicon import NAME_ABBREVIATIONS, UPPER


def _inflect(lemma: str) -> list[str]:
    if lemma.endswith("y") and lemma[-2] not in "aeiou":
        return [lemma[:-1] + "ied", lemma[:-1] + "ies"]
    past = lemma + ("d" if lemma.endswith("e") else "ed")
    if lemma in DOUBLED_FINAL_EN:
        past = lemma + lemma[-1] + "ed"
    third = lemma + ("es" if lemma.endswith(("s", "sh", "ch", "x", "o")) else "s")
    return [past, third]


def _present(lemma: str) -> str:
    if lemma.endswith("e") and not lemma.endswith("ee"):
        return lemma[:-1] + "ing"
    return lemma + ("ting" if lemma in DOUBLED_FINAL_EN else "ing")


_VERBS_EN = [
    *SPEECH_IRREGULAR_EN.split(),
    *(form for lemma in SPEECH_LEMMAS_EN.split() for form in _inflect(lemma)),
]
_VERBS_OTHER = [word for words in SPEECH_VERBS.values() for word in words.split()]
_VERBS_MULTI = [phrase for phrases in SPEECH_PHRASES.values() for phrase in phrases]
# Longest first (an alternation takes the first that fits); the order of equal lengths does
# not change what matches, but a fixed one makes the same pattern in every process.
_VERB_WORDS = sorted({*_VERBS_EN, *_VERBS_OTHER, *_VERBS_MULTI}, key=lambda w: (-len(w), w))


def _alternation(phrases: list[str]) -> str:
    """`(?:p1|p2|...)` with the phrases grouped under their first letter, order kept in a group.

    The engine then tests one letter per group instead of every phrase at each position it
    tries (phrases with different first letters never match at the same place, so the match
    is the same). Spaces in a phrase match any run of whitespace.
    """
    by_first: dict[str, list[str]] = {}
    for p in phrases:
        by_first.setdefault(p[0], []).append(re.escape(p[1:]).replace(r"\ ", r"\s+"))
    groups = (re.escape(first) + "(?:" + "|".join(rests) + ")" for first, rests in by_first.items())
    return "(?:" + "|".join(groups) + ")"


VERB = _alternation(_VERB_WORDS)
# VERB spelled backwards, to test "ends with a verb" by one anchored match on the reversed text.
VERB_REVERSED = _alternation([v[::-1] for v in _VERB_WORDS])
ADVERBS = r"(?:(?:" + "|".join(CUE_ADVERBS.split()) + r"|\w+ly)\s+){0,2}"
ACCORDING = (
    "(?:" + "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in ACCORDING_PHRASES.values()) + ")"
)

PRONOUNS = frozenset(w for words in SUBJECT_PRONOUNS.values() for w in words.split())
_TITLES = frozenset(
    [*(w for words in TITLES.values() for w in words.split()), *TITLE_LEAD_INS.split()]
)
_CONNECTORS = frozenset(NAME_PARTICLES)
_WORD = re.compile(r"[^\W\d_][\w'’.\-]*")
# "(?<!\s)": a match starts where its spaces do; tried inside a long run of spaces with no "("
# after it, it read the rest of the run at every position.
_PARENS = re.compile(r"(?<!\s)\s*\([^()]*\)")
_LETTERS = re.compile(r"[^\W\d_]{2}")
_CYRILLIC = re.compile(r"[А-ЯЁа-яё]")
_QUOTE_MARKS = re.compile(r"[\"“”«»„]")


def _bare(token: str) -> str:
    """The token without a possessive ending ("Putin's", "Rouhani’s", "Jones'")."""
    if token[-2:] in ("'s", "’s"):
        return token[:-2]
    return token[:-1] if token[-1:] in ("'", "’") else token


def _is_cap(token: str) -> bool:
    return bool(token) and token[0].isupper()


def _strip_token(token: str) -> str:
    return token.strip(",.;:!?()[]\"“”«»„'‘’")


def _is_job(token: str) -> bool:
    """A job word that can lead a name ("Economist", "Verbandssprecher"): no part of it."""
    low = token.lower()
    return low in ROLES or (len(low) > len(min(JOB_ENDINGS, key=len)) and low.endswith(JOB_ENDINGS))


def _clean_name(tokens: list[str]) -> list[str]:
    """Drop titles, demonyms and a leading possessive owner ("Breitbart's Joel Pollak")."""
    for i in range(len(tokens) - 2, -1, -1):  # after a possessive, the owner is not the speaker
        if tokens[i].endswith(("’s", "'s", "’", "'")):
            tokens = tokens[i + 1 :]
            break
    last = len(tokens) - 1
    for i in range(last, -1, -1):  # the last title: "U.S. Sen. John McCain" -> "John McCain"
        if tokens[i].lower().rstrip(".\u2024") in _TITLES:
            if i < last:
                tokens = tokens[i + 1 :]
            break
    while tokens:
        if tokens[0].lower().rstrip(".") in _TITLES or tokens[0] in NOT_NAMES:
            tokens = tokens[1:]
        elif len(tokens) > 2 and _is_job(tokens[0]):
            tokens = tokens[1:]  # a job before a full name: "Economist Tom Hale"
        elif len(tokens) > 2 and tokens[0].endswith(DEMONYM_ENDINGS):
            tokens = tokens[1:]  # demonym: "Russian", "Iranian", "American", "Israeli"
        else:
            break
    while tokens and tokens[-1].lower() in _CONNECTORS:
        tokens = tokens[:-1]
    return [t.rstrip(",") for t in _russian_name(tokens)]


def _russian_name(tokens: list[str]) -> list[str]:
    """A Russian name keeps its last two words, three with a patronymic: the words before
    are a body in the genitive ("глава Банка России Мария Ковалёва" -> "Мария Ковалёва")."""
    if len(tokens) <= 2 or not all(_CYRILLIC.match(t) for t in tokens):
        return tokens
    keep = 3 if tokens[-2].lower().endswith(PATRONYMIC_ENDINGS) else 2
    return tokens[-keep:]


def _name_before_affiliation(tokens: list[str]) -> list[str]:
    """The name in "Jo Vos of the Zoo Institute" / "Jo Vos from IBM": the capitalised run
    before "of" or "from", not the body after it. Empty when the words are not so."""
    if not tokens or not _is_cap(tokens[0]) or tokens[0] in NOT_NAMES:
        return []
    lead: list[str] = []
    for t in tokens:
        if not (_is_cap(t) or t.lower() in _CONNECTORS):
            break
        lead.append(t)
    if len(lead) == len(tokens) or tokens[len(lead)].lower() not in {"of", "from"}:
        return []
    return _clean_name(lead)


@dataclass(frozen=True, slots=True)
class Speaker:
    """A subject phrase next to a cue: kind is "name", "pronoun" or "description"."""

    kind: str
    text: str


def parse_speaker(raw: str) -> Speaker | None:
    """Classify the words next to a cue; None when they cannot be a speaker."""
    raw = _PARENS.sub("", raw.replace("\u2024", ".")).strip(" ,;:—–-\u00a0\"“”«»„'‘’")
    if not raw or not _LETTERS.search(raw) or _QUOTE_MARKS.search(raw):
        return None
    parts = [p.strip() for p in raw.split(",") if p.strip()]
    if not parts:
        return None
    for part in parts:  # appositives: "Smith, a spokesman for X," -> the part that is a name
        toks = part.split()
        affiliated = _name_before_affiliation(toks)
        if affiliated:
            return Speaker("name", " ".join(affiliated))
        if toks and _is_cap(toks[0]) and toks[0] not in NOT_NAMES and len(toks) <= 6:
            name = _clean_name(toks)
            if name and all(_is_cap(t) or t.lower() in _CONNECTORS for t in name):
                return Speaker("name", " ".join(name))
    tokens = parts[0].split()
    if len(tokens) > 12:
        return None
    low = tokens[0].lower()
    if len(tokens) == 1 and low in PRONOUNS:
        return Speaker("pronoun", low)
    if len(parts) == 1:  # "White House press secretary Josh Earnest", "former senator Jim Webb"
        tail: list[str] = []
        for t in reversed(tokens):
            if not (_is_cap(t) or t.lower() in _CONNECTORS):
                break
            tail.insert(0, t)
        name = _clean_name(tail)
        bare_role = (
            tokens[0].lower() in {"the", "a", "an"}
            and len(tail) == len(tokens) - 1
            and len(name) == 1
            and tokens[-1].lower() in ROLES
        )
        head = tokens[: len(tokens) - len(tail)]
        described = not CLAUSE_WORDS.intersection(t.lower() for t in head)  # "uploaded to X"
        if name and (len(name) >= 2 or head) and described and not bare_role:
            return Speaker("name", " ".join(name))
    if _is_cap(tokens[0]) and tokens[0] not in NOT_NAMES:
        name = _clean_name(tokens)
        if name and all(_is_cap(t) or t.lower() in _CONNECTORS for t in name):
            return Speaker("name", " ".join(name))
    if low in DETERMINERS and len(tokens) <= 8 and not AUXILIARIES.intersection(tokens):
        return Speaker("description", " ".join(tokens))
    return None


def take_np(text: str) -> str:
    """The noun phrase at the start of `text` (after a verb-first cue: 'said the head of X')."""
    out: list[str] = []
    for tok in text.split():
        bare = _strip_token(tok)
        if out and bare.lower() in NOUN_PHRASE_STOPS:
            break
        if not bare:
            break
        out.append(bare)
        if len(out) >= 10:
            break
        if tok[-1] in ",;:!?" or tok[-1] in '"“”«»':
            break
        if tok.endswith(".") and not _is_abbreviation(bare):
            break
    return " ".join(out)


def _is_abbreviation(token: str) -> bool:
    t = token.rstrip(".").lower()
    return len(t) == 1 or t in NAME_ABBREVIATIONS


def resolvable_role(description: str) -> bool:
    """A definite description of a person ("the head of Iran's government", "the president")."""
    tokens = [t.lower().strip(".,’'") for t in description.split()]
    if not tokens or tokens[0] not in {"the", "his", "her"}:
        return False
    return any(t in ROLES for t in tokens[1:5])


_VERB_SET = frozenset(v for v in _VERB_WORDS if " " not in v)
# Unions read per capitalised run and per word: built once.
# Not the function words that lead into titles: "the Unicorn Latte" names no person.
_ROLES_OR_TITLES = frozenset(ROLES | (_TITLES - set(TITLE_LEAD_INS.split())))
_LEAD_TITLES = frozenset(_TITLES - {"the", "a"})
_TITLE_WORDS = frozenset(ROLES | TITLE_ADJECTIVES)
CUE_WORDS = frozenset(
    {v.split()[0] for v in _VERB_WORDS}
    | {p.split()[0] for p in ACCORDING_PHRASES.values()}
    | {"Said", "Says"}  # opening a sentence: "Said Smith: ..."
)
# One of CUE_WORDS as a whole word: no word character or U+2024 (a masked dot) next to it.
# The lookahead sends the engine on to the other words (in the group of the first letter), so
# a search finds a cue word wherever one is a word of the text.
CUE_WORD = re.compile(
    r"(?<![\w\u2024])"
    + _alternation(sorted(CUE_WORDS, key=lambda w: (-len(w), w)))
    + r"(?![\w\u2024])"
)
# A capitalised run of two or more words, or of one word that _speaks (the speech verb ahead is
# tested in the pattern, as `_speaks` would on groups "next" and "after"), and (those groups,
# looked ahead, not consumed) the two words after it. A lone capitalised word that is no
# speaker (most are sentence-initial) makes no match, so Python never sees it: `NameIndex`
# would skip it anyway. The capital comes first, its lookbehind after it, so the engine skips
# to capitals in C. The first word is taken whole (possessive: giving characters back could
# only leave a word character before the space that must follow), which spares the engine
# retries at every lone capitalised word. A lone hyphenated word does match, as group "chain"
# (NameIndex skips it): a retry after each hyphen would read on to the same end and fail the
# same way, so "A-A-A-…" would cost n².
_GAP = r"[ \t\u00a0]+"
_ADVERB = _alternation(sorted(SPEECH_ADVERBS))
_ONE_WORD_VERB = _alternation(sorted(_VERB_SET, key=lambda w: (-len(w), w)))
# _speaks(first, second): a verb next (a whole word), or a speech adverb and then a verb.
_SPEAKS_AHEAD = rf"(?={_GAP}(?:{_ADVERB}{_GAP})?{_ONE_WORD_VERB}(?![^\W\d_]))"
_CAP_RUN = re.compile(
    r"[" + UPPER + r"](?<![\w'’].)[\w'’]*+(?:(?P<hyphen>-)[\w'’\-]*+)?+\.?+"
    r"(?:(?:" + _GAP + r"(?:[" + UPPER + r"][\w'’\-]*\.?|"
    r"(?:"
    + "|".join(NAME_PARTICLES)
    + r")\b-?))+|"
    + _SPEAKS_AHEAD
    + r"|(?(hyphen)(?P<chain>)|(?!)))"
    r"(?:(?=" + _GAP + r"(?P<next>[^\W\d_]+)(?:" + _GAP + r"(?P<after>[^\W\d_]+))?)|)"
)


PARTICIPLES = sorted(
    {_present(lemma) for lemma in SPEECH_LEMMAS_EN.split()}
    | set(SPEECH_IRREGULAR_PARTICIPLES_EN.split())
)


def _speaks(nxt: str, after: str) -> bool:
    """The words after a capitalised run make it a speaker: "Putin said", "Putin also said"."""
    return nxt in _VERB_SET or (nxt in SPEECH_ADVERBS and after in _VERB_SET)


# What a capitalised run tells `NameIndex`: the surname key, the full name (None for a single
# word), whether a title leads it ("Sen. ..."), and whether the name starts where the run does.
_RunFacts = tuple[str, str | None, bool, bool]
_MARKED = frozenset(",\u2024'’")  # marks that _clean_name or _bare strip or cut at (dots aside)


def _after_full_stop(tokens: list[str]) -> int:
    """Where the last sentence inside a run starts ("... fan Steve Morgan. Parry joined ..."):
    after a word ending in "." that is no initial ("B.B."), abbreviation or title. 0: none."""
    for i in range(len(tokens) - 2, -1, -1):
        token = tokens[i]
        if token.endswith(".") and not _is_abbreviation(token):
            core = token.rstrip(".").lower()
            if "." not in core and core not in _TITLES:
                return i + 1
    return 0


def _facts(run: str) -> _RunFacts | None:
    """The facts of a capitalised run; None when it names nobody (so it records nothing)."""
    tokens = run.split()
    if tokens[-1] in NOT_NAMES:  # "Jordan. The": the word stays last in the name, or no word does
        return None
    start = _after_full_stop(tokens) if "." in run else 0
    if start:  # a name never runs on over a full stop
        tokens = tokens[start:]
        run = " ".join(tokens)
    whole = not start
    if not _MARKED.intersection(run):  # most runs: maybe a plain name, test it in C
        lows = run.lower().split()  # lower() keeps spaces and marks: the tokens, lowered
        bare = [w.rstrip(".") for w in lows] if "." in run else lows  # as _clean_name tests
        if (
            _TITLES.isdisjoint(bare)
            and not (len(tokens) > 2 and _is_job(tokens[0]))
            and lows[-1] not in _CONNECTORS
            and NOT_NAMES.isdisjoint(tokens)
            and not (len(tokens) > 2 and tokens[0].endswith(DEMONYM_ENDINGS))
        ):
            # No possessive, title, connector or demonym for _clean_name to drop, nor a comma
            # to strip, nor a lead title: all of the run names someone.
            return tokens[-1], " ".join(tokens) if len(tokens) >= 2 else None, False, whole
    lead_title = tokens[0].lower().rstrip(".") in _LEAD_TITLES
    name = _clean_name(tokens)
    if not name or not NOT_NAMES.isdisjoint(name):
        return None
    full = " ".join(map(_bare, name)) if len(name) >= 2 else None
    return _bare(name[-1]), full, lead_title, whole


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


def _titled(text: str, start: int) -> bool:
    """A role or title word right before `start` ("spokesman John Kirby")."""
    before = text[max(0, start - 25) : start].split()
    return bool(before) and before[-1].lower().strip(",") in _ROLES_OR_TITLES


class NameIndex:
    """People in one article: full names by surname and where each person is mentioned."""

    def __init__(
        self,
        text: str,
        speakers: list[str],
        blocked: list[tuple[int, int]],
        words: Callable[[], Container[str]] | None = None,
    ) -> None:
        """`words`, if given, returns the text's alphanumeric runs (for `plausible`)."""
        self.full: dict[str, str] = {}
        self._text = text
        self._words = words
        people: set[str] = set()
        facts_of: dict[str, _RunFacts | None] = {}  # a run seen again tells the same
        guessed: set[str] = set()  # keys whose full name was cut out of a messy run
        for m in _CAP_RUN.finditer(text):  # two words or more, or one that speaks
            if m["chain"] is not None:  # a hyphenated word alone: no run
                continue
            run = m.group()
            facts = facts_of[run] if run in facts_of else facts_of.setdefault(run, _facts(run))
            if facts is None:
                continue
            key, full, lead_title, whole = facts
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
                or _speaks(m["next"] or "", m["after"] or "")
                or (full is not None and whole and _titled(text, m.start()))
            ):
                people.add(key)
        people.update(sp.split()[-1] for sp in speakers)
        self.people = {p for p in people if len(p) > 1 and p not in NOT_NAMES}
        # Mentions are found when `last_person_before` first asks (often never).
        self._mentions: list[tuple[int, str]] = []
        self._positions: list[int] = []
        self._unseen: Iterator[tuple[int, str]] | None = self._find_mentions(blocked)
        self._lower_free: dict[str, bool] = {}  # plausible(): word -> no lower-case occurrence

    def _find_mentions(self, blocked: list[tuple[int, int]]) -> Iterator[tuple[int, str]]:
        """Where people are mentioned outside quotes, in order: (position, name as written)."""
        if not self.people:
            return
        block_starts = [b[0] for b in blocked]
        for start, name in find_mentions(self._text, self.people):
            j = bisect_left(block_starts, start + 1) - 1
            if j < 0 or not blocked[j][0] <= start < blocked[j][1]:
                yield start, name

    def plausible(self, name: str, cue: str | None = None) -> bool:
        """One capitalised word that also occurs in lower case ("Pollsters") is no name."""
        tokens = name.split()
        if len(tokens) > 1:
            return not all(t.isupper() and len(t) > 3 for t in tokens)  # a heading
        t = _bare(tokens[0])
        if t.isupper() and len(t) > 5:  # a dateline: "WASHINGTON —"
            return False
        if cue == ":" and t not in self.people:  # "Wait, it gets better:"
            return False
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

    def resolve_name(self, name: str) -> str:
        tokens = name.split()
        key = _bare(tokens[-1])
        full = self.full.get(key)
        if full and (len(tokens) == 1 or full.endswith(" ".join(tokens))):
            return full
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


def is_title(word: str) -> bool:
    """A lower-case role word inside a name phrase: "presidential nominee Donald Trump"."""
    return word.lower().rstrip(".") in _TITLE_WORDS


def is_personal_pronoun(word: str) -> bool:
    return word.lower() in PERSONAL_PRONOUNS


def words(text: str) -> list[str]:
    return _WORD.findall(text)


def count_words(text: str, cap: int) -> int:
    """`min(len(words(text)), cap)`, mostly from the first `8 * cap` characters.

    Every word found there (a cut one included) starts a word of the whole text, so `cap` of
    them settle it; fewer, in a longer text, need the whole count.
    """
    n = len(_WORD.findall(text, 0, 8 * cap))
    if n < cap and len(text) > 8 * cap:
        n = len(_WORD.findall(text))
    return min(n, cap)
