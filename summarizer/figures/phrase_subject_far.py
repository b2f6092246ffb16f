"""A phrase that still starts at a bare verb gets a subject from further back in its clause.

`phrase_subject` puts back a subject that stands right before the predicate, or before the
first of two predicates joined by "and"/"but". Reading 21 of issue #18 found 11 of 50 key
figures still opening at a bare verb whose subject was in reach, in two shapes it does not
read:
- asides between the subject and the verb: "Jack Dorsey, Twitter's chief executive, | posted
  …", "Dr Lena Varga, 41, of Harwick, | was fined …" (the name comes back; the asides stay
  when the phrase fits SOFT_MAX words);
- a chain of predicates that share one subject: "he missed votes and | was among the bottom
  …" (a person pronoun is a subject too), "Kasich, who grew up ... and has spent ... but | is
  in third place with …" (the relative pronoun's noun), "Giggs was banned ..., | fined …"
  (the subject and the auxiliary of a passive: "Giggs was fined …").
Without such a subject the phrase is left as it was.
"""

from __future__ import annotations

from summarizer.figures.phrase_relative import SUBJECT_RELATIVES
from summarizer.figures.phrase_sets import SOFT_MAX
from summarizer.figures.phrase_subject import (
    ADVERBS,
    AUXILIARY_VERBS,
    SUBJECT_JOINS,
    Word,
    clause_start,
    is_clause_verb,
    is_noun_phrase,
    is_verb,
    put_back_relative,
    subject_candidates,
)
from summarizer.figures.phrase_subject_far_words import (
    AGENT_LINKS,
    ASIDE_OPENERS,
    ASIDE_REACH,
    CHAIN_HOPS,
    NAMING,
    PASSIVE_AUXILIARIES,
    PERSON_PRONOUNS,
    PLURAL_PRONOUNS,
    PLURAL_VERBS,
    PRESENT_BE,
    SINGULAR_VERBS,
    TIME_WORDS,
)

_ASIDE_OPENERS = frozenset(ASIDE_OPENERS.split())
_AGENT_LINKS = frozenset(AGENT_LINKS.split())
_NAMING = frozenset(NAMING.split())
_TIME_WORDS = frozenset(TIME_WORDS.split())
_PERSON_PRONOUNS = frozenset(PERSON_PRONOUNS.split())
_PLURAL_PRONOUNS = frozenset(PLURAL_PRONOUNS.split())
_PASSIVE_AUXILIARIES = frozenset(PASSIVE_AUXILIARIES.split())
_PLURAL_VERBS = frozenset(PLURAL_VERBS.split())
_SINGULAR_VERBS = frozenset(SINGULAR_VERBS.split())
_PRESENT_BE = frozenset(PRESENT_BE.split())


def far_subject(
    left0: list[str], left: list[str], right: list[str], verb_like: Word, finite: Word
) -> list[str]:
    """`left` with the subject of the bare verb it starts at put back from across asides or a
    chain of predicates (within SOFT_MAX words with `right`); else `left` as it is."""
    s = len(left0) - len(left)
    if s <= 0 or not left or left0[s:] != left:
        return left
    p = s
    if left[0] in ADVERBS and len(left) > 1:
        p += 1
    if not is_verb(left0[p], verb_like, finite):
        return left
    while s > 0 and left0[s - 1] in ADVERBS:
        s -= 1  # "but | then lost": the adverb goes with its verb
    room = SOFT_MAX - len(right)
    if left0[s - 1].endswith(","):
        back = across_asides(left0, s, room, verb_like, finite)
    else:
        back = _across_chain(left0, s, right, verb_like, finite)
    return back or left


def across_asides(
    words: list[str], v: int, room: int, verb_like: Word, finite: Word, whole: bool = True
) -> list[str] | None:
    """The subject before one or more comma asides ("Dorsey, Twitter's chief, | posted"): the
    earliest comma segment that reads as a subject with only asides after it, put before
    `words[v:]`, with the asides when they fit `room` words and `whole`."""
    segments: list[tuple[int, int]] = []  # [start, end) of comma segments before `v`
    end = v
    for i in range(v - 2, -1, -1):
        if words[i].endswith(","):
            segments.append((i + 1, end))
            end = i + 1
    segments.append((0, end))
    best, opened = None, False
    for a, b in segments:
        seg = [w.rstrip(",") for w in words[a:b]]
        that = _after_that(seg, verb_like, finite) if a == 0 and b < v else None
        if _subject(seg, verb_like, finite):
            best = (a, b)
        elif that is not None:  # "Records show that a firm called X, owned by Y, | sold"
            best, opened = (a + that, b), True
            break
        elif not _aside(seg, verb_like, finite):
            # "In addition," or "whose husband,": the subject is after it; not a clause with a
            # verb of its own ("who lived in Redlands, | Calif., passed"), whose it may be
            opened = not any(is_verb(w, verb_like, finite) for w in seg)
        if not _aside(seg, verb_like, finite):
            break
    if best is None or not (opened or best[0] == 0):
        return None  # an appositive to something unread ("Keep the Promise I, the …, | has")
    a, b = best
    rest = words[v:]
    if not agrees([w.rstrip(",") for w in words[a:b]], rest):
        return None
    if whole and len(words) - a <= room:
        return words[a:]
    subject = [w.rstrip(",") for w in words[a:b]]
    for candidate in subject_candidates(subject):
        if len(candidate) + len(rest) <= room:
            return [*candidate, *rest]
    return None


def agrees(subject: list[str], rest: list[str]) -> bool:
    """Whether a subject agrees with the verb `rest` opens with: "are", "were", "have" want a
    pair or a plural ("Michelle Obama | are having" is half of "the president and the first
    lady, Michelle Obama"); "is", "was", "has" no pair."""
    verb = next((w.lower() for w in rest if w not in ADVERBS), "")
    pair = any(w.lower() in ("and", "&") for w in subject)
    last = subject[-1] if subject else ""
    plural = pair or (last.endswith("s") and not last.endswith(("'s", "’s")))
    plural |= last.lower() in _PLURAL_PRONOUNS
    if verb in _PLURAL_VERBS:
        return plural
    return not (verb in _SINGULAR_VERBS and pair)


def _subject(seg: list[str], verb_like: Word, finite: Word) -> bool:
    """A segment that can be the clause's subject: a short noun phrase, no time phrase."""
    if not is_noun_phrase(seg) or any(w.lower() in _TIME_WORDS for w in seg):
        return False
    if not any(w.isalpha() and len(w) > 1 for w in seg):
        return False  # an age or a year ("Smith, 86, | claimed"), a state's abbreviation
    named = {i for i in range(len(seg) - 1) if seg[i] in _NAMING and seg[i + 1][:1].isupper()}
    verbs = (is_clause_verb(seg, i, verb_like, finite) for i in range(len(seg)) if i not in named)
    return not any(verbs)  # "a firm called Tarvo Ltd": a name's label, no verb


def _after_that(seg: list[str], verb_like: Word, finite: Word) -> int | None:
    """Where a subject opens after the last "that" of `seg` ("Records show that | a firm
    called X"), when the words after it read as one; else None."""
    low = [w.lower() for w in seg]
    if "that" not in low[:-1]:
        return None
    k = len(low) - 1 - low[::-1].index("that")
    return k + 1 if _subject(seg[k + 1 :], verb_like, finite) else None


def _aside(seg: list[str], verb_like: Word, finite: Word) -> bool:
    """A segment between a subject and its verb: an appositive, an age, a place, an adverb,
    a participle's agent or place ("owned by Y", "based in Z"); no verb of its own."""
    if not seg or len(seg) > ASIDE_REACH or any(w.lower() in _TIME_WORDS for w in seg):
        return False
    first = seg[0]
    if len(seg) > 2 and first.islower() and first.endswith("ed") and seg[1] in _AGENT_LINKS:
        return not any(is_verb(w, verb_like, finite) for w in seg[2:])
    opens = first[:1].isupper() or first.isdigit() or first.lower() in _ASIDE_OPENERS
    opens |= first.endswith(("'s", "’s"))
    if not opens or any(w.lower() in SUBJECT_RELATIVES | {"whose", "whom"} for w in seg):
        return False
    return not any(is_verb(w, verb_like, finite) for w in seg)


def _across_chain(
    words: list[str], p: int, right: list[str], verb_like: Word, finite: Word
) -> list[str] | None:
    """The subject of the first of a chain of predicates the one at `p` ends ("he missed votes
    and | was", "X, who grew up ... and has spent ... but | is"), with the auxiliary of a
    passive the chain shares ("Giggs was banned ..., | fined")."""
    rest = words[p:]
    room = SOFT_MAX - len(right)
    join = p - 1
    for _ in range(CHAIN_HOPS):
        if join < 1:
            return None
        low = words[join].lower()
        if low in SUBJECT_JOINS:
            end = join
        elif words[join].endswith(",") and low.rstrip(",") not in SUBJECT_JOINS:
            end = join + 1  # "banned from driving for six months, | fined"
        else:
            return None
        k = clause_start(words, end - (1 if words[end - 1].endswith(",") else 0))
        if low in SUBJECT_JOINS and words[join - 1].endswith(","):
            k = clause_start(words, join - 1)  # ", but | was ordered": the clause before the comma
        first = words[k:end]
        v = next((i for i, w in enumerate(first) if is_verb(w, verb_like, finite)), None)
        if v is None:
            return None
        if v == 0:
            if k > 0 and words[k - 1].lower() in SUBJECT_RELATIVES:
                return put_back_relative(words, k - 1, rest, right, verb_like, finite)
            join = k - 1
            continue
        subject = first[:v]
        after = first[v + 1 :]
        after = after[1:] if after[:1] and after[0] in ADVERBS else after
        passive = bool(after) and verb_like(after[0]) and not after[0].endswith("ing")
        if first[v].lower() in _PRESENT_BE:
            passive = False  # "Aguero is settled there and | signed …": "signed" is his act
        if first[v].lower() in AUXILIARY_VERBS and not finite(words[p]) and passive:
            aux = []
            for w in first[v:]:
                if w.lower() not in AUXILIARY_VERBS | _PASSIVE_AUXILIARIES and w not in ADVERBS:
                    break
                aux += [w] if w not in ADVERBS else []
            rest = [*aux, *rest]  # "Giggs was banned …, fined": "Giggs was fined"
        if not (agrees(subject, rest) and agrees(subject, first[v:])):
            return None  # "X and the 8th District's Y are … and | declined": a pair's half
        if len(subject) == 1 and subject[0].lower() in _PERSON_PRONOUNS:
            return _fit([subject[0], *rest], room)
        if not is_noun_phrase(subject) or any(
            is_clause_verb(subject, i, verb_like, finite) for i in range(len(subject))
        ):
            return None
        for candidate in subject_candidates(subject):
            if len(candidate) + len(rest) <= room:
                return [*candidate, *rest]
        return None
    return None


def _fit(words: list[str] | None, room: int) -> list[str] | None:
    return words if words is not None and len(words) <= room else None
