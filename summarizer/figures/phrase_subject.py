"""A cut phrase that starts at its verb gets the verb's subject back.

The readings of issue #18 found one kind of strict miss more often than any other: the phrase
starts at a predicate whose subject the cut left behind, because the subject was too long for
the word budget ("is unlikely to take any role …" without "Winger Tomas Brevik"), or because
the figure's verb is the second of two that share one subject ("… but then lost in …" without
"The 31-year-old"). Such a phrase reads as a verb phrase, but says neither who nor what. Rather
than a rule per shape, `with_subject` puts the subject back in front of the predicate: the
whole subject when the phrase then fits SOFT_MAX words, else its head noun phrase ("The
addition of radio plays" for "The addition of radio plays in the National Album Chart"), else
the name that ends it ("Hollis & Grant" for "The country's largest freight broker Hollis &
Grant"). A subject it cannot find whole (a pronoun, a clause before, an aside
after a comma) leaves the phrase as it was.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from summarizer.figures.context_words import (
    DANGLING,
    FUNCTION_WORDS,
    LEADING_JUNK,
    PHRASE_OPENERS,
    REPORTED_THAT,
    SOFT_CUTS,
    SUBORDINATORS,
)
from summarizer.figures.hits import word_set
from summarizer.figures.phrase_relative import SUBJECT_RELATIVES, relative_subject, with_relative
from summarizer.figures.phrase_sets import SOFT_MAX
from summarizer.figures.phrase_words import (
    AUXILIARIES,
    NAME_LINKS,
    PAIR_STARTS,
    PAIR_STOPS,
    PREDICATE_ADVERBS,
    PREPOSITION_CUTS,
    PRONOUNS,
    SCALES,
    SHARED_SUBJECT_JOINS,
    SUBORDINATE_OPENERS,
    TAIL_PREPOSITIONS,
)

SUBJECT_WORDS = 12  # words at most of a subject taken back whole (longer: its head or name)
HEAD_WORDS = 6  # words at most of a subject's head noun phrase

_DETERMINERS = frozenset(PHRASE_OPENERS.split())
_PRONOUNS = frozenset(PRONOUNS.split())
ADVERBS = frozenset(PREDICATE_ADVERBS.split())
SUBJECT_JOINS = frozenset(SHARED_SUBJECT_JOINS.split())
_SCALES = frozenset(SCALES.split())
_NAME_LINKS = frozenset(NAME_LINKS.split())
_HEAD_STOPS = frozenset(TAIL_PREPOSITIONS.split()) - {"of"}  # "estimate of 0.7% growth | between"
_REPORTING = frozenset(REPORTED_THAT.split())
AUXILIARY_VERBS = frozenset(AUXILIARIES.split())
_RELATIVE = frozenset({"who", "which", "that", "whose", "whom", "where"})
_NOT_SUBJECT = (
    frozenset(SOFT_CUTS.split()) | frozenset(REPORTED_THAT.split()) | _RELATIVE | {"to", "or"}
)
# Words a clause or phrase before the subject opens with ("As a Kelso Rovers player he …").
_OPENERS = frozenset(PAIR_STOPS.split()) | frozenset(SUBORDINATE_OPENERS.split())
_FUNCTION = word_set(FUNCTION_WORDS) | word_set(DANGLING) | word_set(LEADING_JUNK) | _OPENERS
# Words after which a clause starts: soft cuts, "that", reporting verbs, subordinators; not
# those that are as often prepositions ("As a Kelso Rovers player he …", "after 58 minutes").
_EDGES = _NOT_SUBJECT | frozenset(SUBORDINATORS.split())
_EDGES -= frozenset(PREPOSITION_CUTS.split()) | {"to", "or"}
_PAIR_STARTS = frozenset(PAIR_STARTS.split())
PAIR_REACH = 3  # words at most between "between" and its "and"
_NOT_BEFORE_PREDICATE = _RELATIVE | _DETERMINERS | frozenset(TAIL_PREPOSITIONS.split())

Word = Callable[[str], bool]


def with_subject(
    left0: list[str], left: list[str], right: list[str], verb_like: Word, finite: Word
) -> list[str]:
    """`left` (the kept end of `left0`, the words before the figure in its clause) with the
    subject of the predicate it starts at put back in front, when one is found and the phrase
    stays within SOFT_MAX words; else `left` as it is."""
    s = len(left0) - len(left)
    if s <= 0 or not left or left0[s:] != left:
        return left
    p = _predicate_word(left0, s, verb_like, finite)
    if p and left0[p - 1].lower() in SUBJECT_RELATIVES:
        # "a lobbyist in North Carolina who | has donated …": the pronoun's noun phrase
        return put_back_relative(left0, p - 1, left0[p:], right, verb_like, finite) or left
    start = _predicate_start(left0, s, verb_like, finite)
    if start is None:
        return left
    p, join = start
    edge = p if join is None else join
    k = clause_start(left0, edge)
    if join is None:
        subject = left0[k:p]  # "Winger Tomas Brevik | is unlikely …": right before the verb
        if any(is_clause_verb(subject, i, verb_like, finite) for i in range(len(subject))):
            return left  # "Scotland played at the Cup | won", "Ferro celebrates scoring | has"
    else:
        if k > 0 and left0[k - 1].lower() in _REPORTING | {"that"}:
            return left  # "ruled Brannigan's had been defamed and | awarded": whose verb?
        first = left0[k:join]  # "The 27-year-old has not yet been … | but has at least earned"
        v = next((i for i, w in enumerate(first) if is_verb(w, verb_like, finite)), None)
        if v is None:
            return left
        subject = first[:v]
        if first[v].lower() in AUXILIARY_VERBS and not finite(left0[p]):
            return left  # "Martin was sentenced … and | fined", "is settled … and | signed"
        if v == 0 and k > 0 and left0[k - 1].lower() in SUBJECT_RELATIVES:
            # "a donor, who headed the firm and | has given …": the pronoun's noun phrase
            return put_back_relative(left0, k - 1, left0[p:], right, verb_like, finite) or left
    return _put_back(subject, left0[p:], right) or left


def put_back_relative(
    words: list[str], r: int, rest: list[str], right: list[str], verb_like: Word, finite: Word
) -> list[str] | None:
    """The noun phrase before the relative pronoun `words[r]` and the pronoun, put back before
    the predicate `rest` (`phrase_relative`), within SOFT_MAX words with `right`."""
    comma = r > 0 and words[r - 1].endswith(",")
    start = clause_start(words, r - 1 if comma else r, False)  # "a longtime Republican donor"

    def verb(phrase: Sequence[str], i: int) -> bool:
        adjective = i > 0 and phrase[i - 1].lower() in _DETERMINERS  # "a retired teacher"
        return not adjective and is_clause_verb(list(phrase), i, verb_like, finite)

    noun = relative_subject(words, r, start, verb, is_noun_phrase)
    if noun is None:
        return None
    room = SOFT_MAX - len(right)
    return with_relative(noun, words[r], comma, rest, room, subject_candidates)


def _put_back(subject: list[str], rest: list[str], right: list[str]) -> list[str] | None:
    """The first of the subject's forms that fits before `rest` within SOFT_MAX words."""
    if not is_noun_phrase(subject):
        return None
    room = SOFT_MAX - len(rest) - len(right)
    for candidate in subject_candidates(subject):
        if len(candidate) <= room:
            return [*candidate, *rest]
    return None


def _predicate_start(
    words: list[str], s: int, verb_like: Word, finite: Word
) -> tuple[int, int | None] | None:
    """Where the predicate the kept words start in begins, and the index of the "and"/"but"
    that joins it to an earlier verb (None when the subject is right before it); None when the
    start is no predicate."""
    p = _predicate_word(words, s, verb_like, finite)
    if not p:
        return None
    before = words[p - 1]
    low = before.lower()
    if low in SUBJECT_JOINS:
        return (p, p - 1) if p >= 2 and not words[p - 2].endswith(",") else None
    if before.endswith((",", ";", ":")) or low in _NOT_BEFORE_PREDICATE or low in _PRONOUNS:
        return None  # an aside before it, a relative clause's verb, an object's determiner
    if is_verb(before, verb_like, finite):
        return None  # "has | agreed", "said | last week": the verb group goes on from before
    return p, None


def _predicate_word(words: list[str], s: int, verb_like: Word, finite: Word) -> int | None:
    """The first word of the predicate the kept words `words[s:]` start in (back over a copula
    and adverbs before it); None when they start at no predicate."""
    word = words[s]
    if not word.islower():
        return None
    if is_verb(word, verb_like, finite):
        p = s  # "| was downgraded to a …"
    elif finite(words[s - 1]) and words[s - 1].islower():
        p = s - 1  # "is | unlikely to play …": the copula went with the subject
    elif words[s - 1].lower() == "who" and word.isalpha() and word not in _FUNCTION:
        p = s  # "voters who | make up …": a plain verb, read as one after "who" only
    elif (word in ADVERBS or word.endswith("ly")) and s + 1 < len(words):
        if not is_verb(words[s + 1], verb_like, finite):
            return None
        p = s  # "| actually managed to sell …"
    else:
        return None
    while p > 0 and words[p - 1].lower() in ADVERBS:
        p -= 1  # "but | then lost in …"
    return p


def clause_start(words: list[str], end: int, lost: bool = True) -> int:
    """The first word after the last clause edge before `end`: a comma, a soft cut, "that", a
    reporting verb, a lost full stop (unless not `lost`); not the "and" of "between July and
    September", nor the word right before `end` (the "and" of the predicate's own
    coordination)."""
    for i in range(end - 1, -1, -1):
        w = words[i]
        if w.endswith((",", ";", ":")):
            return i + 1
        if i < end - 1 and w.lower() in _EDGES and not _pair_and(words, i):
            return i + 1
        if lost and _lost_start(words, i):
            return i  # "… in living memory | Visitor numbers will grow …"
    return 0


def _lost_start(words: list[str], i: int) -> bool:
    """Whether `words[i]` opens a sentence whose full stop the page lost: a capital after a
    lower-case content word, then a lower-case word ("history Immigration population"; not
    "veteran Kevin Sinfield", a title before a name)."""
    if i == 0 or i + 1 >= len(words) or not words[i][:1].isupper():
        return False
    prev, nxt = words[i - 1], words[i + 1]
    content = prev.isalpha() and prev.islower() and prev not in _FUNCTION
    return content and nxt[:1].islower()


def _pair_and(words: list[str], i: int) -> bool:
    """Whether `words[i]` is the "and" of a "between X and Y" or "both X and Y", or joins two
    names ("Maria Lopez and Tom Okafor"): no clause edge, part of the subject."""
    if words[i].lower() not in ("and", "or", "&"):
        return False
    if 0 < i < len(words) - 1 and words[i - 1][:1].isupper() and words[i + 1][:1].isupper():
        return True
    return any(w.lower() in _PAIR_STARTS for w in words[max(0, i - PAIR_REACH) : i])


def is_noun_phrase(words: list[str]) -> bool:
    """A subject that opens like a noun phrase (a determiner, a name, a number), holds no
    pronoun, clause word or punctuation, and is not too long to read."""
    if not words or len(words) > SUBJECT_WORDS + HEAD_WORDS:
        return False
    first, low = words[0], words[0].lower()
    opens = low in _DETERMINERS or first[:1].isupper() or _numeric(first)
    if not opens or low in _NOT_SUBJECT or low in _OPENERS:
        return False  # "At the close of the hearing the Appeal Court": a phrase, then the subject
    if any(
        w.lower() in _NOT_SUBJECT and not _pair_and(words, i) and not _to_noun(words, i)
        for i, w in enumerate(words)
    ):
        return False
    if any(w.lower() in _PRONOUNS for w in words):
        return False  # "He", "As a Kelso Rovers player he": no noun phrase that names anyone
    if words[-1].lower().endswith("ly"):
        return False  # "Having initially | only planned": an adverb, no noun, ends it
    return not any(w.endswith((",", ";", ":")) for w in words)


def _to_noun(words: list[str], i: int) -> bool:
    """Whether `words[i]` is the preposition "to" before a noun phrase inside the subject ("The
    ban on steel imports to Norland | is"), no infinitive ("to cut"): a name, a determiner or a
    number follows it."""
    if words[i].lower() != "to" or i == 0 or i + 1 >= len(words):
        return False
    nxt = words[i + 1]
    return nxt[:1].isupper() or nxt.lower() in _DETERMINERS or _numeric(nxt)


def subject_candidates(subject: list[str]) -> list[list[str]]:
    """The subject whole (when short enough), its head noun phrase, the name that ends that."""
    out: list[list[str]] = []
    if len(subject) <= SUBJECT_WORDS:
        out.append(subject)
    cut = next((i for i, w in enumerate(subject) if i > 0 and w.lower() in _HEAD_STOPS), None)
    head = subject[:cut] if cut is not None else subject
    if head != subject and 2 <= len(head) <= HEAD_WORDS:
        out.append(head)
    n = len(head)
    while n > 0 and (head[n - 1][:1].isupper() or head[n - 1] in _NAME_LINKS):
        n -= 1
    name = head[n:]
    joined = n > 0 and head[n - 1].lower() in ("and", "or")  # not "Maria Lopez and | Tom Okafor"
    if name and name != head and name[0][:1].isupper() and name[-1][:1].isupper() and not joined:
        out.append(name)
    return out


def is_verb(word: str, verb_like: Word, finite: Word) -> bool:
    """A finite verb or a past form in lower case; not a gerund ("having attracted")."""
    if not word.islower() or word.endswith("ing"):
        return False
    return finite(word) or verb_like(word) or word in _REPORTING


def is_clause_verb(words: list[str], i: int, verb_like: Word, finite: Word) -> bool:
    """Whether `words[i]` is a verb of a clause inside the subject: a finite verb or past form,
    or a word in "-ing" that follows no preposition or determiner ("celebrates scoring"; not
    "the addition of streaming figures")."""
    if is_verb(words[i], verb_like, finite):
        return True
    before = words[i - 1].lower() if i > 0 else ""
    return verb_like(words[i]) and before not in _NOT_BEFORE_PREDICATE


def _numeric(word: str) -> bool:
    return any(c.isdigit() for c in word) or word.lower() in _SCALES
