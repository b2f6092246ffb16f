"""Where a phrase cut from the words before a figure starts: at a noun phrase, a clause's
subject or the figure's finite verb, never inside a phrase that hangs on the subject.

Apart from `phrase_trim` (which decides that the left side is too long) because the start has
rules of its own: the lost preposition, the partitive "of", the reported "that".
"""

from __future__ import annotations

from itertools import pairwise

from summarizer.figures.context_words import REPORTED_THAT
from summarizer.figures.phrase_kinds import (
    between_open,
    boundary,
    clause_subject,
    clean_noun,
    finite,
    numeric,
    opens_clause,
    verb_like,
)
from summarizer.figures.phrase_remnant import noun_remnant
from summarizer.figures.phrase_sets import (
    AUXILIARY_SET,
    FUNCTION_WORD_SET,
    MIN_WORDS,
    NOT_PREDICATE_AFTER_SET,
    OBJECT_PREPOSITIONS,
    OPENERS,
    PARTITIVE_SLACK,
    PHRASE_START_SET,
    PREPOSITIONS,
    RELATIVE,
    SOFT,
    SOFT_MAX,
    START_SKIP,
    START_WORDS,
    SUBJECTS,
)

VERB_BACK = 4  # words back at most to the start of a verb group an object start lost
_THIRD_PERSON = frozenset({"it", "he", "she"})
_REPORTING = frozenset(REPORTED_THAT.split())
_GROUP_ONLY = AUXILIARY_SET | {"to"}  # words of a verb group that are no verb of their own


def phrase_start(words: list[str], budget: int, after: int) -> list[str]:
    """The last `budget` words at most, started where a noun phrase starts ("a Nov. 14 photo
    that showed ...", not "Nov. 14 photo that ..."), when one does and enough is left; from the
    figure's finite verb when that start is inside a phrase hanging on the subject."""
    if budget <= 0:
        return []
    if len(words) <= budget:
        return words
    kept = _start(words, len(words) - budget, budget, after)
    kept = _predicate(words, len(words) - len(kept), after) or kept
    kept = _with_verb(words, len(words) - len(kept), after) or kept
    return noun_remnant(words, len(words) - len(kept)) or kept


def _with_verb(words: list[str], start: int, after: int) -> list[str] | None:
    """`words` from the verb group whose object the start is ("was forced to cut | 6,900 jobs
    …", "aims to combat | terrorism …"): an object alone does not say what was done with it.
    None when the start follows no verb, or the verb group does not fit SOFT_MAX words."""
    first = words[start] if start < len(words) else ""
    if start == 0 or not first.islower() or clause_subject(first):
        return None  # "have | UPS", "said | it was": a name, or a clause of its own
    k = start - 1
    if _pronoun_verb(words, k):
        return words[k - 1 :] if len(words) - k + 1 + after <= SOFT_MAX else None
    if not _verb_word(words[k]) or words[k].lower() in _GROUP_ONLY | _REPORTING:
        return None
    while k > 0 and start - k < VERB_BACK and _verb_word(words[k - 1]):
        k -= 1
    if k > 0 and _pronoun_verb(words, k - 2) and words[k].lower() == "to":
        k -= 3  # "It aims to combat | terrorism": the present verb a lexicon would not know
    if any(w.lower().endswith("ing") for w in words[k:start]):
        return None  # "meaning | she has", "putting | the total": a participle opens no clause
    return words[k:] if len(words) - k + after <= SOFT_MAX else None


def _pronoun_verb(words: list[str], k: int) -> bool:
    """Whether `words[k]` is a present verb after a subject pronoun ("It | provides")."""
    if k < 1 or words[k - 1].lower() not in _THIRD_PERSON:
        return False
    word = words[k]
    return word.isalpha() and word.islower() and word.endswith("s") and not word.endswith("ss")


def _verb_word(word: str) -> bool:
    low = word.lower()
    if not word.isalpha() or not word.islower() or low in PREPOSITIONS - _GROUP_ONLY:
        return False
    return low in _GROUP_ONLY or finite(word) or verb_like(word)


def _start(words: list[str], first: int, budget: int, after: int) -> list[str]:
    """`words[first:]`, or a start near it that opens a phrase."""
    before = words[first - 1].lower()
    of = first if words[first].lower() == "of" else first - 1 if before == "of" else 0
    if of >= 1 and numeric(words[of - 1]) and len(words) - of + 1 <= budget + PARTITIVE_SLACK:
        return words[of - 1 :]  # "20% | of its equity": the part stays with its whole
    if before in OBJECT_PREPOSITIONS and not clean_noun(words[first]):
        # "on | any given night the gap …": the rest of the lost preposition's phrase
        # goes too, up to the next determiner.
        for i in range(first + 1, min(len(words), first + START_SKIP + 1)):
            if words[i - 1].lower() in AUXILIARY_SET:
                break  # "with | chemotherapy can extend the …": a subject, then its verb
            if words[i].lower() in OPENERS and len(words) - i + after >= MIN_WORDS:
                return _after_that(words, i, after)
    if (before in OPENERS or before in PHRASE_START_SET) and before != "of":
        return _after_that(words, first, after)  # "the | 16-page manuscript of ...": a noun phrase
    for i in range(first, min(len(words), first + START_SKIP + 1)):
        prev = words[i - 1]
        if words[i].lower() in OPENERS and prev.lower() == "of":
            break  # "20% of | its equity": a part without its whole, no better start after it
        opens = words[i].lower() in OPENERS and not numeric(prev)  # not "£7 million a year"
        if opens and len(words) - i + after >= MIN_WORDS:
            return _after_that(words, i, after)
    if _clean_start(words, first):
        return words[first:]
    for i in range(first, min(len(words), first + START_SKIP + 1)):
        if words[i].lower() in OPENERS and len(words) - i + after >= MIN_WORDS:
            return words[i:]  # "of | its equity or …" at worst, not a phrase opened by "of"
    return words[first:]


def _predicate(words: list[str], start: int, after: int) -> list[str] | None:
    """`words` from the finite verb after `start` when `start` is inside a phrase that hangs on
    the subject ("the addition … in the National | Album Chart is …", "an estimate | of
    0.7% growth … was"): from there the phrase names no wrong subject; from the verb's own
    subject when one opens after the phrase ("on the Strip | each fighter has …"). None when
    the start is the subject itself ("Crystal | Palace's XI may …"), a clause's own subject
    ("that | he would"), or another verb or clause comes first."""
    word = words[start].lower() if start < len(words) else ""
    if start == 0 or word in SUBJECTS or word in RELATIVE or word == "it" or numeric(word):
        return None
    if not _in_phrase(words, start) or (words[start][:1].isupper() and words[start - 1].islower()):
        return None  # "… in Sydney | Waves of nine metres have": a name or a lost sentence start
    subject = None
    for k in range(start + 1, len(words)):
        if finite(words[k]):
            prev = words[k - 1]
            if prev.lower() in NOT_PREDICATE_AFTER_SET or finite(prev):
                return None
            k = subject or k  # "on the Strip | each fighter has …": the verb's own subject
            return words[k:] if len(words) - k + after >= MIN_WORDS else None
        if verb_like(words[k]) or clause_subject(words[k]):
            return None  # "he's still got", "Avastin combined": a clause or verb of its own
        if boundary(words[k]) and not between_open(words, k):
            return None  # "in the play | that the pair is …": the verb is another clause's
        if words[k].lower() in OPENERS and words[k - 1].lower() not in PREPOSITIONS:
            subject = k
    return None


def lost_predicate(words: list[str], start: int, right: list[str]) -> bool:
    """Whether the words after the figure open with the verb of a subject the start cut off,
    the start being inside a phrase that hangs on that subject ("the plan for | a diploma to
    replace all … | is expected") and holding an infinitive the figure belongs to: `words`
    (before the figure) have no finite verb."""
    if not right or not finite(right[0]) or not right[0].islower() or not 0 < start < len(words):
        return False
    if any(map(finite, words)) or not _in_phrase(words, start):
        return False
    kept = words[start:]
    return any(
        w.lower() == "to" and v.isalpha() and v.islower() and v not in OPENERS
        for w, v in pairwise(kept)
    )  # "a diploma to replace …": the figure is in a clause of the noun phrase's own


def _in_phrase(words: list[str], start: int) -> bool:
    """Whether `words[start:]` starts inside a prepositional phrase: at its "of", or a few noun
    phrase words after its preposition ("in the National | Album Chart")."""
    if words[start].lower() == "of":
        return True
    for i in range(start - 1, max(-1, start - START_SKIP - 2), -1):
        low = words[i].lower()
        if low in PREPOSITIONS:
            return True
        if low in OPENERS:  # where the noun phrase starts: a preposition must come right before
            return i > 0 and words[i - 1].lower() in PREPOSITIONS
        if verb_like(words[i]) or boundary(words[i]):
            return False
    return False


def _clean_start(words: list[str], first: int) -> bool:
    """Whether `words[first:]` starts a phrase: at a determiner, a number or a finite verb, or
    after a preposition, a conjunction or a comma (not after "of": "20% of | its equity")."""
    word, before = words[first], words[first - 1]
    low = before.lower()
    if word.lower() in START_WORDS or numeric(word) or finite(word):
        return True  # "that | will have": the leading "that" goes, the clause stays
    if before.endswith(",") or (word[:1].isupper() and before.islower()):
        return True  # "actor | Robert Hardy": a name starts
    return low != "of" and (low in PHRASE_START_SET or low in SOFT or low in FUNCTION_WORD_SET)


def _after_that(words: list[str], start: int, after: int) -> list[str]:
    """`words[start:]`, or the clause after a "that" a few words on when the start lost its
    preposition: "declared in | the Review that she would reach …" reads as if the Review were
    what she would reach; "she would reach …" does not."""
    before = words[start - 1].lower()
    if before in PHRASE_START_SET and before not in OPENERS:
        for i in range(start, min(len(words), start + START_SKIP + 1)):
            if (
                words[i].lower() == "that"
                and i + 1 < len(words)  # "on the fact that | …": nothing after it to open
                and len(words) - i - 1 + after >= MIN_WORDS
                and opens_clause(words[i + 1])  # "that he would", not "a team that had"
            ):
                return words[i + 1 :]
    return words[start:]
