"""Moving a cut phrase's tail right to the end of the phrase its last word opened.

Apart from `phrase_mend` (which weighs both ends against SOFT_MAX) because the tail has rules
of its own: a partitive "of", the rest of a two-word preposition, the second half of a pair, a
phrasal verb's complement, a restrictive relative clause, the verb group of a subject the cut
ended inside. Each finds where the phrase ends; a phrase that ends out of reach leaves the
tail as it was cut.
"""

from __future__ import annotations

from summarizer.figures.mend_sets import (
    AUXILIARY_FORMS,
    CLAUSE_OPENER_SET,
    DETERMINERS,
    NOT_HEADS,
    OPEN_PREPOSITION_SET,
    PAIR_DETERMINERS,
    PAIR_ENDS,
    PAIR_REACH,
    PAIR_STOP_SET,
    PAIRED,
    PART_HEAD_SET,
    PARTICLE_SET,
    PHRASE_REACH,
    PRONOUN_SET,
    RESTRICTIVE,
    SOFT_OR,
    SUBJECT_PAIR_REACH,
    TAIL_PREPOSITION_SET,
)
from summarizer.figures.phrase_sets import SOFT_MAX


def mend_tail(
    words: list[str],
    right: list[str],
    before: int,
    verb_like,
    aside: bool = False,
    verbless: bool = False,
) -> list[str]:
    """`right`, or longer to the end of the phrase its last word opened: a partitive "of", the
    rest of a two-word preposition, the second of a pair, a phrasal verb's complement, a
    restrictive relative clause; with `verbless` (no finite verb kept), the verb of a subject
    the tail ends inside."""
    n = len(right)
    if n == 0 and len(words) > 2 and words[0].lower() in PAIRED and not aside:
        return _noun_pair(words, before, verb_like) or right
    if n == 0 or n >= len(words):
        return right
    last, nxt = right[-1], words[n].lower()
    if last.endswith((",", ";", ":")) or not last[-1:].isalnum():
        return right
    two = "_".join(w.lower() for w in right[-2:])
    opens = nxt == "of"
    opens |= nxt in TAIL_PREPOSITION_SET and (
        two in OPEN_PREPOSITION_SET or last.lower() in OPEN_PREPOSITION_SET
    )
    opens |= (
        nxt in TAIL_PREPOSITION_SET
        and last.lower() in PARTICLE_SET
        and n >= 2
        and verb_like(right[-2])
    )
    subject_end = _pair_subject_verb(words, n, verb_like) if verbless else None
    if subject_end is not None and last.isalpha() and not verb_like(last):
        # "… Anna's work for the ministry | and the cabinet has been superb": the pair ends a
        # subject whose verb the cut left out; the verb group and its complement with it
        end = _predicate_end(words, subject_end, verb_like)
        return words[:end] if end and before + end <= SOFT_MAX else right
    if nxt in PAIRED and n + 1 < len(words) and _bare(words[n + 1], verb_like):
        opens = last.isalpha() and not verb_like(last) and last.lower() not in TAIL_PREPOSITION_SET
        end = _phrase_end(words, n, verb_like)
        closed = end == len(words) or words[end - 1].endswith(",")
        closed |= end < len(words) and words[end].lower() in PAIR_ENDS
        one = end == n + 2 and not words[n + 1].endswith("s")  # not "and | appears"
        named = words[n + 1][:1].isupper() or one  # "Lib Dem opposition", "modafinil"
        if not closed or not named or end - n > PAIR_REACH:
            return right  # "in the US | and harbour owners say that": a clause, no pair
    if _finite_next(words, n, verb_like) and last.isalpha() and last.islower():
        end = _predicate_end(words, n, verb_like)  # "… of respondents thought action | was
        if end and before + end <= SOFT_MAX:  # sometimes necessary": the clause's verb group
            return words[:end]
        return right
    if nxt in RESTRICTIVE and last.isalpha() and not verb_like(last):
        end = _clause_end(words, n)
        if end is not None and before + end <= SOFT_MAX:
            return words[:end]
        return right
    if not opens:
        return right
    end = _phrase_end(words, n, verb_like)
    if n < end and before + end <= SOFT_MAX:
        return words[:end]
    if two in OPEN_PREPOSITION_SET and n > 2:
        return right[:-2]  # "in exchange" without its "for …" says nothing: both go
    return right


def _finite_next(words: list[str], n: int, verb_like) -> bool:
    """Whether the tail was cut between a subject noun and its auxiliary ("… of respondents
    thought action | was necessary")."""
    aux = words[n].lower() in AUXILIARY_FORMS and words[n].islower()
    return aux and not verb_like(words[n - 1]) and words[n - 1].lower() not in NOT_HEADS


def _pair_subject_verb(words: list[str], n: int, verb_like) -> int | None:
    """Where the auxiliary is when `words[n:]` opens with the second half of a noun pair
    ("and the cabinet | has been") that is a subject's end: "and"/"or", a determiner, at most
    SUBJECT_PAIR_REACH - 1 words (nouns and a short preposition phrase: "and another man
    from Leeds | have been"), then an auxiliary; else None."""
    if words[n].lower() not in PAIRED or n + 2 >= len(words):
        return None
    if words[n + 1].lower() not in DETERMINERS | PAIR_DETERMINERS:
        return None
    for i in range(n + 2, min(len(words), n + 1 + SUBJECT_PAIR_REACH)):
        w = words[i]
        if w.lower() in AUXILIARY_FORMS and w.islower():
            return i if i > n + 2 else None
        if not w.isalpha() or verb_like(w) or w.lower() in SOFT_OR or w.lower() in PRONOUN_SET:
            return None
    return None


def _predicate_end(words: list[str], n: int, verb_like) -> int | None:
    """The end of the verb group and complement opened at `words[n]`: up to a preposition,
    a conjunction, a relative pronoun or a comma, within PHRASE_REACH words."""
    for i in range(n + 1, min(len(words), n + PHRASE_REACH)):
        low = words[i].lower()
        if (
            low in TAIL_PREPOSITION_SET
            or low in SOFT_OR
            or low in RESTRICTIVE
            or low in PRONOUN_SET
        ):
            return i if i > n + 1 else None
        if words[i].endswith((",", ";", ":")):
            return i + 1
    return len(words) if len(words) - n < PHRASE_REACH else None


def _noun_pair(words: list[str], before: int, verb_like) -> list[str] | None:
    """The second half of a pair the figure is the first of ("who missed … | and a corner kick
    chance between them"): a noun phrase with its own determiner, up to a preposition, a comma
    or the clause's end; None when it runs on into a verb or a clause."""
    if words[1].lower() not in DETERMINERS:
        return None
    for i in range(2, min(len(words), PAIR_REACH + 2)):
        w = words[i]
        low = w.lower()
        if low in PAIR_STOP_SET:  # not "… and the flow | of fighters is higher": a clause
            clause = any(verb_like(w) for w in words[i:])
            return words[:i] if i > 2 and before + i <= SOFT_MAX and not clause else None
        if not w.rstrip(",").isalpha() or verb_like(w) or low in SOFT_OR or low in PRONOUN_SET:
            return None
        if w.endswith(","):
            return words[: i + 1] if before + i + 1 <= SOFT_MAX else None
    end = len(words) if len(words) <= PAIR_REACH + 2 else None
    return words[:end] if end and before + end <= SOFT_MAX else None


def _bare(word: str, verb_like) -> bool:
    """A second conjunct that shares the first's determiner: no determiner, pronoun, verb or
    number of its own ("Green and | Lib Dem councillors", "THG and | modafinil")."""
    low = word.lower()
    if low in DETERMINERS or low in PRONOUN_SET or low in SOFT_OR or verb_like(word):
        return False
    return word.isalpha()


def _phrase_end(words: list[str], n: int, verb_like) -> int:
    """The end of the phrase opened by `words[n]` (a preposition or conjunction): up to the
    next conjunction, preposition, verb or comma, at most PHRASE_REACH words."""
    i = n + 1
    while i < len(words) and i - n < PHRASE_REACH:
        w = words[i]
        low = w.lower()
        bare = low.split("'")[0].split("’")[0]
        if low in SOFT_OR or low in RESTRICTIVE or low in CLAUSE_OPENER_SET or verb_like(w):
            break  # "of her mother's arm | as she's carried"
        if bare in PRONOUN_SET:
            break
        if low in TAIL_PREPOSITION_SET and i > n + 1 and not _partitive(words, i):
            break
        i += 1
        if w.endswith((",", ";", ":")):
            return i
    if i - n == PHRASE_REACH and i < len(words) and words[i - 1].islower():
        return n  # "of her home early | on Monday": no end in reach, so no phrase to finish
    return i


def _partitive(words: list[str], i: int) -> bool:
    """Whether `words[i]` is the "of" after a part that names no whole of its own ("pull of
    one | of the …", "some | of them"): the phrase goes on to the whole."""
    return words[i].lower() == "of" and words[i - 1].lower() in PART_HEAD_SET


def _clause_end(words: list[str], n: int) -> int | None:
    """The end of a restrictive relative clause opened at `words[n]`: the next comma or
    conjunction, or the clause's end; None when it is longer than PHRASE_REACH words."""
    for i in range(n + 1, min(len(words), n + PHRASE_REACH)):
        if words[i].endswith((",", ";", ":")):
            return i + 1
        if words[i].lower() in SOFT_OR:
            return i
    return len(words) if len(words) - n <= PHRASE_REACH - 1 else None
