"""Where a phrase cut from the words after a figure ends: before a new phrase, without a
clause cut off after a word or two, a participle that lost its object or a half-said "between".

Apart from `phrase_trim` (which decides that the right side is too long) because the end has
rules of its own.
"""

from __future__ import annotations

from summarizer.figures.phrase_kinds import participle, verb_like
from summarizer.figures.phrase_sets import (
    BETWEEN_TAIL,
    CLAUSE_TAIL_SET,
    DANGLING_SET,
    FUNCTION_WORD_SET,
    NOT_NOUN_ENDS,
    OPENERS,
    PARTICIPLE_PREPOSITIONS,
    PARTICIPLES,
    PHRASE_START_SET,
    RELATIVE_TAIL,
    SUBJECTS,
    SUBORDINATOR_SET,
)

_ARTICLES = frozenset({"a", "an", "the"})  # "a possible reckoning": the "-ing" word is a noun


def relative_tail(right: list[str]) -> list[str]:
    """Without a clause cut off after a word or two ("posters | that read", "into the
    port | if they are")."""
    for i in range(max(1, len(right) - RELATIVE_TAIL - 1), len(right)):
        if right[i].lower() in CLAUSE_TAIL_SET:
            return right[:i]
    return right


def phrase_cut(words: list[str], limit: int, may_empty: bool) -> list[str]:
    """The first `limit` words at most, cut before a word that starts a new phrase ("in her
    six seasons | in the squad"); when only the first word does, all of them go if
    `may_empty` ("buying … | from the online store for 450 gems"), else `limit` stay."""
    if len(words) <= limit:
        return words
    if may_empty and words[0].lower() in SUBORDINATOR_SET:
        return []  # "over the next … | as the workforce continues to age": a clause too long
    first = 0 if may_empty and words[0].lower() != "of" else 1  # "58 percent | of those polled"
    starts = (i for i in range(first, limit + 1) if words[i].lower() in PHRASE_START_SET)
    cut = max(starts, default=-1)
    noun = cut > 1 and words[cut - 2].islower() and words[cut - 2] not in FUNCTION_WORD_SET
    noun = noun and not words[cut - 2].endswith("ly") and not verb_like(words[cut - 2])
    if noun and open_end(words, cut):  # not "Northampton prepared | for", "apparently tried | to"
        cut -= 1  # "in a sale | forced by regulators": the participle goes with its "by"
    return _whole_tail(words[:cut] if cut >= 0 else words[:limit])


def _whole_tail(words: list[str]) -> list[str]:
    """A tail cut short, without what the cut left half-said: a participle that led on
    ("a mobile home | belonging"), a "between" without its "and" ("for three dates | between
    January")."""
    for i in range(max(1, len(words) - BETWEEN_TAIL), len(words)):
        if words[i].lower() == "between" and not any(w.lower() == "and" for w in words[i + 1 :]):
            words = words[:i]
            break
    if len(words) > 2 and _subject_left(words):
        words = words[:-1]  # "the bus division | it does not own": a clause's subject, cut off
    while (
        len(words) > 1
        and words[-1].islower()
        and words[-1].endswith("ing")
        and words[-2].lower() not in FUNCTION_WORD_SET  # "it is investigating", "of those living"
        and not (len(words) > 2 and words[-3].lower() in _ARTICLES)  # "a possible reckoning"
    ):
        words = words[:-1]
    return words


def _subject_left(words: list[str]) -> bool:
    """Whether a cut tail ends on the pronoun that opens a clause: "he", "they" always; "it"
    after a noun phrase ("buy the stake of the car unit it"), not after a verb ("to buy it")."""
    last = words[-1].lower()
    if last in SUBJECTS:
        return True
    if last != "it" or words[-2].lower() in NOT_NOUN_ENDS:
        return False
    near = [w.lower() for w in words[-4:-1]]
    return any(w in OPENERS for w in near) and not any(w in ("and", "or", "to") for w in near)


def open_end(words: list[str], n: int) -> bool:
    """Whether `words[:n]` ends on a participle whose preposition was cut ("released | from")."""
    if not 0 < n < len(words) or words[n].lower() not in PARTICIPLE_PREPOSITIONS:
        return False  # not "is alleged | to have told": an infinitive, no object cut off
    last = words[n - 1]
    if n > 1 and words[n - 2].lower() in SUBJECTS:
        return False  # "all … he faced | in the trial": a verb with its subject, no participle
    return participle(last) or (last.islower() and last in PARTICIPLES)


def ends_open(words: list[str]) -> bool:
    """Whether a tail without its dangling words ends on a participle ("was convicted | of")."""
    while words and words[-1].lower() in DANGLING_SET:
        words = words[:-1]
    return bool(words) and (participle(words[-1]) or words[-1] in PARTICIPLES)
