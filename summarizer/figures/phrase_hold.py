"""Keeping the subject and verb a figure belongs to when the word limit cuts its clause.

`phrase_trim` cuts the words before a figure at the last soft word, then from the left to
MAX_WORDS. Either cut can take away what a reader needs most, the subject of the figure's verb:
- a soft word before a gerund ("… might be stepping down after | serving on … for 14 years"):
  the gerund's subject is the one of the verb before the soft word;
- "and" before a second verb ("the gunman killed 12 people and | injured another 40"): the
  first verb's subject is the second's too;
- a soft word inside a subject still waiting for its verb ("the share of cyclists who ride
  after | a wet winter has climbed …", "The council of X and | the county have spent"): the noun
  after it is no subject, the clause's start is;
- a clause that opens at its subject, or at its verb after "and", and fits SOFT_MAX words
  with the tail ("that | she'd like … for … beyond the contract"): the left cut would lose it
  (`kept_clause`; `phrase_trim` weighs the two).
The subject comes back up to SOFT_MAX words, words after the figure's noun phrase giving way
first (`tail_after`, `noun_tail`); a subject that does not fit leaves the phrase to start at
the verb rather than at a wrong subject.
"""

from __future__ import annotations

from summarizer.figures.context_words import REPORTED_THAT
from summarizer.figures.mend_sets import AUXILIARY_FORMS
from summarizer.figures.phrase_kinds import (
    between_open,
    clause_subject,
    content_word,
    finite,
    numeric,
    verb_like,
)
from summarizer.figures.phrase_sets import (
    AUXILIARY_SET,
    FUNCTION_WORD_SET,
    MAX_WORDS,
    MIN_WORDS,
    OPENERS,
    PHRASE_START_SET,
    PREPOSITION_CUT_SET,
    PREPOSITIONS,
    SOFT,
    SOFT_MAX,
)
from summarizer.figures.phrase_tail import phrase_cut
from summarizer.figures.phrase_words import (
    EXPLETIVE_SUBJECTS,
    GERUND_CUTS,
    HOLD_RELATIVES,
    NOUN_PREPOSITIONS,
    PREDICATE_ADVERBS,
    SHARED_SUBJECT_JOINS,
)

GERUND_CUT_SET = frozenset(GERUND_CUTS.split())
RELATIVE_SET = frozenset(HOLD_RELATIVES.split())
SHARED_JOIN_SET = frozenset(SHARED_SUBJECT_JOINS.split())
PAIRED = frozenset({"and", "or"})  # joins of two noun phrases that share one verb
EXPLETIVES = frozenset(EXPLETIVE_SUBJECTS.split())
PAIR_JOINS = PAIRED | SHARED_JOIN_SET  # an edge inside one clause ("one boat and | the next")
ADVERB_SET = frozenset(PREDICATE_ADVERBS.split())
_REPORTING = frozenset(REPORTED_THAT.split())
TAIL_KEPT = frozenset(NOUN_PREPOSITIONS.split())
VERB_GROUP = 4  # words at most of a verb group before its main verb ("might be stepping")
VERB_REACH = 6  # words back at most from the soft word to the verb whose subject is lent
SUBJECT_WORDS = 6  # words at most of a subject lent to a second verb ("the gunman … and | injured")
VERB_GAP = 3  # words at most a predicate's start adds for its verb ("accused | the four …")
SUBJECT_VERB = 8  # words at most between a noun phrase's start and its verb ("a wet winter has")


def held_start(
    left: list[str], cut: int, kept: list[str], right: list[str]
) -> tuple[list[str], list[str]] | None:
    """The words before and after the figure when the soft cut `left[cut]` (which kept `kept`)
    lost the subject of the figure's verb: from that subject, the tail cut as `tail_after`
    cuts it; None when the cut lost none, or the subject does not fit SOFT_MAX words."""
    if not kept or kept != left[cut + 1 :]:
        return None  # the soft cut kept a shared head or skipped an embedded clause: its own rule
    word = left[cut].lower()
    if word in GERUND_CUT_SET and _gerund(kept[0]):
        start = _verb_subject(left, cut)  # the gerund hangs on that verb: the clause whole
        held = left[start:] if start is not None else None
    elif word in SHARED_JOIN_SET and _bare_verb(kept[0]) and not any(map(finite, kept[1:])):
        start = _verb_subject(left, cut)  # "the gunman killed … and | injured": the subject only
        subject = left[start:] if start is not None else []
        v = next((i for i, w in enumerate(subject) if _verb(w)), 0)
        shared = v < len(subject) and subject[v].lower() in AUXILIARY_FORMS
        shared &= kept[0].lower() not in AUXILIARY_SET
        subject = [] if shared else subject[:v]  # "X had been seized and | sold": "had been" too
        held = [*subject, *kept] if _named(subject) else None
    elif word in PREPOSITION_CUT_SET or word in PAIRED:
        # "the share of … after | a wet winter has climbed", "The council of X and | the county
        # have spent": the verb is the whole subject's
        start = _waiting_subject(left, cut, kept)
        held = left[start:] if start is not None else None
        v = _noun_verb(kept)  # "the share of … | a wet winter has climbed": not the winter
        if held and len(held) > SOFT_MAX and v is not None and len(kept) - v >= MIN_WORDS:
            held = kept[v:]
    else:
        return None
    tail = tail_after(len(held), right) if held else None
    if not held or tail is None or len(held) + len(tail) < MIN_WORDS:
        return None
    return held, tail


def tail_after(size: int, right: list[str]) -> list[str] | None:
    """The words after the figure to keep after a start of `size` words that may not be cut:
    all of them within SOFT_MAX words; else cut at a phrase start to about MAX_WORDS, never
    inside the figure's noun phrase (`noun_tail`); None when even that does not fit."""
    if size + len(right) <= SOFT_MAX:
        return right
    noun = noun_tail(right)
    if noun is None:
        return None  # the figure's own verb is in the tail: it may not go
    cut = phrase_cut(right, max(MIN_WORDS, MAX_WORDS - size), True)
    best = cut if len(cut) >= len(noun) and right[: len(cut)] == cut else noun
    return best if size + len(best) <= SOFT_MAX else None


def noun_tail(right: list[str]) -> list[str] | None:
    """The words after the figure that finish its noun phrase ("… of athletes", "… in prize
    money", "… cycle"), up to a preposition or clause word that opens an adjunct ("… | in the
    last three years", "… | by closing"); None when a verb comes first: the figure's own (it is
    the subject) or a participle that may still be its phrase's ("… freed from")."""
    for i, w in enumerate(right):
        low = w.lower()
        if (finite(w) or verb_like(w)) and w.islower():
            return None
        if low in PHRASE_START_SET and not _complement(right, i):
            return right[:i]
        if w.endswith((",", ";", ":")):
            return right[: i + 1]
    return right


def _complement(words: list[str], i: int) -> bool:
    """Whether the preposition at `i` goes on with the figure's noun phrase: "of", "per", or
    "in" before a bare noun ("$2m in prize money", "… in damages"; not "in the last year")."""
    low = words[i].lower()
    if low in TAIL_KEPT:
        return True
    nxt = words[i + 1] if i + 1 < len(words) else ""
    bare = nxt.isalpha() and nxt.islower() and nxt not in OPENERS
    return low == "in" and bare


def kept_clause(
    left: list[str], right: list[str], cut_right: list[str], before: list[str]
) -> tuple[list[str], list[str]] | None:
    """`left` from the first clause it holds that opens at its subject or verb ("that | she'd
    like to see … for", "and | accused the four … of ignoring the views of"), with `right`
    whole or as cut (`cut_right`), whichever first fits SOFT_MAX words; None when no such
    clause fits. `before`: the word a cut took off before `left` (none at the clause's
    start)."""
    for k in range(len(left)):
        size = len(left) - k
        tail = right if size + len(right) <= SOFT_MAX else cut_right
        if size + len(tail) > SOFT_MAX:
            continue
        named = any(content_word(w) for w in left[k:]) and size + len(tail) >= MIN_WORDS
        previous = left[k - 1 : k] if k else before
        if named and clause_edge(left, k) and _clause_opening(left[k:], previous):
            return left[k:], tail  # not "where | I had …": a clause that names nothing
    return None


def clause_edge(words: list[str], k: int) -> bool:
    """Whether a clause may start at `words[k]`: the first word, or after a comma, a soft word
    or "that" (not the "and" of "between one boat and | the next")."""
    return k == 0 or (_edge(words[k - 1]) and not between_open(words, k - 1))


def _clause_opening(words: list[str], before: list[str]) -> bool:
    """Whether `words` open at a clause's subject pronoun ("she'd like"), at the verb of a
    predicate after "and"/"but" (`before`: "and | accused the …"; not "that | showed", a
    relative clause's verb, whose subject is the noun before), or at a noun phrase right
    before its finite verb ("the regional board spent")."""
    first = words[0]
    if first.lower() in EXPLETIVES:
        return False  # "It is very likely that …", "There does not appear …": no one named
    if clause_subject(first) and len(words) > 1:
        return True
    if first.islower() and (finite(first) or verb_like(first)) and not first.endswith("ing"):
        if not before or before[0].lower() not in SHARED_JOIN_SET:
            return False  # "was forced to …" alone: the cut there may keep a clean verb start
        return first.lower() not in FUNCTION_WORD_SET or first.lower() in AUXILIARY_SET
    return _noun_verb(words) is not None


def _gerund(word: str) -> bool:
    return word.isalpha() and word.islower() and word.endswith("ing") and verb_like(word)


def _verb(word: str) -> bool:
    low = word.lower()
    return word.islower() and (finite(word) or verb_like(word)) and low not in PREPOSITIONS


def _bare_verb(word: str) -> bool:
    """A verb a predicate opens with after "and"/"but" ("and | injured another …"): a finite
    form or a past form in lower case, no gerund."""
    return word.isalpha() and _verb(word) and not word.endswith("ing")


def _verb_subject(words: list[str], cut: int) -> int | None:
    """The start of the subject of the nearest verb before the soft word at `cut`, when no
    clause edge comes between them: "Maria Ostrova might be stepping down after | serving …",
    "the gunman killed 12 people and | injured …"; None when there is none."""
    reach = range(cut - 1, max(-1, cut - VERB_REACH - 1), -1)
    j = next((i for i in reach if _main_verb(words, i)), None)
    if j is None or any(map(_edge, words[j:cut])):
        return None
    v = j
    while v > 0 and j - v < VERB_GROUP and _in_group(words[v - 1]):
        v -= 1
    s = _subject_start(words, v)
    return s if s < v else None  # "being lifted … after | spending": no subject to lend


def _subject_start(words: list[str], v: int) -> int:
    """The start of the subject right before the verb group at `v`: back to a clause edge (a
    comma, a soft word, "that", a reporting verb: "Officials said | the gunman killed …") over
    at most SUBJECT_WORDS words that open like a noun phrase or a pronoun; `v` when there is
    none ("…, and | was fined")."""
    k = v
    while k > 0 and not _edge(words[k - 1]) and words[k - 1].lower() not in _REPORTING:
        if _verb(words[k - 1]) or v - k >= SUBJECT_WORDS:
            return v  # "the firm's plan was agreed | was": no subject of its own, or too long
        k -= 1
    if k == v or not (_opens_noun(words[k]) or clause_subject(words[k])):
        return v
    return k


def _main_verb(words: list[str], i: int) -> bool:
    """A verb that can carry a clause: a finite or past form, or a word in "-ing" after an
    auxiliary ("be stepping"; not the noun in "a slow opening")."""
    word = words[i]
    if not _verb(word):
        return False
    return not word.endswith("ing") or (i > 0 and words[i - 1].lower() in AUXILIARY_FORMS)


def _named(words: list[str]) -> bool:
    """A subject that names someone or something: a short noun phrase, no pronoun."""
    if not words or len(words) > SUBJECT_WORDS or not _opens_noun(words[0]):
        return False
    return not any(clause_subject(w) or w.endswith((",", ";", ":")) for w in words)


def _in_group(word: str) -> bool:
    """A word of a verb group before its main verb: a verb form or an adverb ("was briefly")."""
    low = word.lower()
    return _verb(word) or low in AUXILIARY_FORMS or low in ADVERB_SET or low.endswith("ly")


def _waiting_subject(words: list[str], cut: int, kept: list[str]) -> int | None:
    """The start of the clause the soft word at `cut` (a preposition: "after", "before") is in,
    when that clause is a noun phrase that has no verb of its own yet (apart from a relative
    clause on it: "the share of cyclists who ride after | …") and `kept` goes on with a noun
    phrase and its verb ("a wet winter has climbed"): that verb is the clause's."""
    if _noun_verb(kept) is None:
        return None
    edge, relative = 0, None
    for i in range(cut - 1, -1, -1):
        w, low = words[i], words[i].lower()
        if w.endswith((",", ";", ":")):
            edge = i + 1
            break
        clause = low != "that" or _relative_verb(words[i + 1 : i + 2])  # not "report that Dr Lind"
        if low in RELATIVE_SET and relative is None and i > 0 and _noun(words[i - 1]) and clause:
            relative = i  # "cyclists | who ride …"
            continue
        if low in SOFT or low == "that" or low in _REPORTING:
            edge = i + 1
            break
    head = words[edge : relative if relative is not None else cut]
    if not head or not _opens_noun(head[0]) or any(map(_verb, head)):
        return None
    if relative is not None and not _relative_verb(words[relative + 1 : cut]):
        return None  # "the people who after | the war moved": the verb is the relative clause's
    return edge


def _relative_verb(words: list[str]) -> bool:
    """Whether a relative clause's words hold its verb: a known verb form, or a plain
    lower-case word right after the relative word ("who | ride to work")."""
    if any(map(_verb, words)):
        return True
    first = words[0] if words else ""
    low = first.lower()
    return (
        first.isalpha()
        and first.islower()
        and low not in FUNCTION_WORD_SET | OPENERS | PHRASE_START_SET
    )


def _noun_verb(words: list[str]) -> int | None:
    """The index of the finite verb after the noun phrase `words` open with ("a wet winter
    | has climbed"); None when they open otherwise or a verb-like word comes first."""
    if not words or not _opens_noun(words[0]):
        return None
    for i in range(1, min(len(words), SUBJECT_VERB + 1)):
        w = words[i]
        if finite(w) and w.islower():
            return i
        if verb_like(w) or w.lower() in PHRASE_START_SET - TAIL_KEPT or not w.isalpha():
            return None  # "The town council of Westbury | have": "of" stays inside
    return None


def _opens_noun(word: str) -> bool:
    """A word a subject noun phrase opens with: a determiner, a number, a name (not "In")."""
    low = word.lower()
    if low in PREPOSITIONS or low in SOFT or clause_subject(word):
        return False
    return low in OPENERS or numeric(word) or word[:1].isupper()


def _noun(word: str) -> bool:
    """A word a relative clause may hang on: a plain word that is no verb or function word."""
    low = word.lower()
    return (
        word.isalpha() and not verb_like(word) and low not in FUNCTION_WORD_SET | PHRASE_START_SET
    )


def _edge(word: str) -> bool:
    """A clause edge: a comma, a soft word, "that"."""
    return word.endswith((",", ";", ":")) or word.lower() in SOFT or word.lower() == "that"
