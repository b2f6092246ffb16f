"""Mending a cut phrase's two ends so that each falls on a constituent's edge.

`phrase_trim.trim` cuts a clause to MAX_WORDS words at words that usually open a phrase. Its
cuts can still fall inside one: after a determiner ("The | 18-year-old"), between an auxiliary
and its verb ("has | agreed"), inside a coordination ("gloves and | antiseptics businesses",
"Green | and Lib Dem councillors"), between a head and its complement ("holders of … or more | of
the group's shares", "in exchange | for …"). Rather than another rule per shape, each end is
moved to the nearest constituent edge: the start extends left to the start of its noun phrase
or verb group (and the subject of the verb group), the tail right to the end of its phrase,
within a soft cap of SOFT_MAX words. An end that cannot be mended stays as it was cut.
"""

from __future__ import annotations

from summarizer.figures.context_words import (
    LEADING_JUNK,
    PHRASE_OPENERS,
    REPORTED_THAT,
    SOFT_CUTS,
)
from summarizer.figures.phrase_sets import PREPOSITIONS
from summarizer.figures.phrase_words import (
    AUXILIARIES,
    CLAUSE_OPENERS,
    HEAD_PREPOSITIONS,
    NAME_LINKS,
    NAME_PAIR_LINKS,
    OPEN_PREPOSITIONS,
    PAIR_STOPS,
    PARTICLES,
    PRONOUNS,
    SCALES,
    SUBJECT_QUANTIFIERS,
    TAIL_PREPOSITIONS,
    TIME_OPENERS,
)

SOFT_MAX = 16  # words a mended phrase may reach (MAX_WORDS is the cut's target)
PAIR_REACH = 4  # words at most of a pair's second half with its "and" ("and Lib Dem opposition")
PHRASE_REACH = 7  # words at most a tail takes to finish the phrase it was cut inside
SUBJECT_REACH = 4  # words at most of a subject a verb group takes with it
CONJUNCT_REACH = 4  # words back at most to the determiner of a coordination's first conjunct
ANTECEDENT_REACH = 10  # words at most of a relative clause's noun phrase

_DETERMINERS = frozenset(PHRASE_OPENERS.split()) - {"some", "every", "each"}
_SOFT = frozenset(SOFT_CUTS.split()) | {"or"}
_LEADING_JUNK = frozenset(LEADING_JUNK.split())
_PRONOUNS = frozenset(PRONOUNS.split())
_AUXILIARIES = frozenset(AUXILIARIES.split()) | {"been", "be", "being"}
_OPEN_PREPOSITIONS = frozenset(OPEN_PREPOSITIONS.split())
_PARTICLES = frozenset(PARTICLES.split())
_PAIRED = frozenset({"and", "or"})
_VERB_JOINS = _PAIRED | {"but"}  # "was criticised … and | could have to": one subject, two verbs
_REPORTING = frozenset(REPORTED_THAT.split())
_TIME_OPENERS = frozenset(TIME_OPENERS.split())
_NAME_LINKS = frozenset(NAME_LINKS.split())
_PAIR_STOPS = frozenset(PAIR_STOPS.split())
_ADJUNCTS = frozenset({"at", "in", "on", "during", "after", "before", "last", "this"})
_RESTRICTIVE = frozenset({"who", "that"})
_SCALES = frozenset(SCALES.split())
_HEAD_PREPOSITIONS = frozenset(HEAD_PREPOSITIONS.split())
_CLAUSE_OPENERS = frozenset(CLAUSE_OPENERS.split())
_TAIL_PREPOSITIONS = frozenset(TAIL_PREPOSITIONS.split())
_NAME_PAIR_LINKS = frozenset(NAME_PAIR_LINKS.split())
_RELATIVE_HEADS = _DETERMINERS | frozenset(SUBJECT_QUANTIFIERS.split())
_RELATIVE_WORDS = frozenset({"that", "which", "who"})
_PAIR_OPENS = frozenset({"both", "between", "either"})  # "for both the 400m and …"
_NOT_RELATIVE_VERBS = _RELATIVE_HEADS | _PRONOUNS | _TAIL_PREPOSITIONS
RELATIVE_HEAD_WORDS = 3  # words at most of the noun phrase a relative clause defines ("any list")
_STOP_NOUN_PHRASE = _TAIL_PREPOSITIONS | {"that", "as", "than"}
_SUBJECT_STARTS = _PRONOUNS | _DETERMINERS  # words a verb group's subject may open with
_CLAUSE_EDGES = (_SOFT - _PAIRED) | {"that", "if", "as"}  # words after which a clause starts
_PAIR_ENDS = _TAIL_PREPOSITIONS | _PAIRED  # words a noun pair's second half closes before
_NOT_HEADS = _DETERMINERS | _TAIL_PREPOSITIONS | frozenset({"some", "each", "every"})


def mend(
    left0: list[str], right0: list[str], left: list[str], right: list[str], verb_like, finite
) -> tuple[list[str], list[str]]:
    """`left`/`right` (a suffix of `left0`, a prefix of `right0`) with their cut ends moved to
    constituent edges while the phrase stays within SOFT_MAX words: a "that" clause whole
    without the outer verb after it, a subject whole (an adjunct after the figure gives way)."""
    if left0[len(left0) - len(left) :] != left or right0[: len(right)] != right:
        return left, right  # the phrase was rebuilt (a shared head, a reported clause)
    embedded = _embedded_that(left0, len(left0) - len(left), right, finite)
    if embedded is not None:
        return left0[embedded:], []
    defined = _relative_subject(left0, len(left0) - len(left), right, finite)
    if defined is not None:
        return left0[defined:], right
    aside = bool(left) and left[-1].endswith(",")  # "the most tickets, … and the highest"
    verbless = not any((finite(w) or verb_like(w)) and w.islower() for w in (*left, *right))
    right = _mend_tail(right0, right, len(left), verb_like, aside, verbless)
    s = _mend_start(left0, len(left0) - len(left), len(right), verb_like, finite)
    subject = _subject_end(left0, s, verb_like, finite)
    if subject and len(left0) + len(right) > SOFT_MAX and right[:1] and right[0] in _ADJUNCTS:
        right = []  # "Four suits worn by … album cover have sold for … | at a US auction"
    if subject and len(left0) + len(right) <= SOFT_MAX:
        s = 0  # "their … album cover | have sold": the whole subject, not its last words
    elif s > 0 and len(left0) + len(right) <= SOFT_MAX and _lost_head(left0, s, verb_like):
        s = 0  # "He played a cop in | the US series … for …": the clause whole, verb and all
    return left0[s:], right


def _paired(words: list[str], s: int) -> bool:
    """Whether the kept words close a pair they open ("for both the 400m and …"): a phrase of
    its own, as `phrase_trim` cut it."""
    return words[-1:] == ["and"] and any(w.lower() in _PAIR_OPENS for w in words[s:])


def _own_relative(words: list[str], s: int) -> bool:
    """Whether the kept words open on a noun and its relative clause with a subject of its own
    ("plans which the council says would save …"): a whole phrase."""
    for i in range(s, min(len(words) - 2, s + RELATIVE_HEAD_WORDS)):
        rel, subject = words[i + 1].lower(), words[i + 2]
        if rel in _RELATIVE_WORDS and rel != "that":
            return subject.lower() in _SUBJECT_STARTS or subject[:1].isupper()
    return False


def _plain_run(words: list[str], verb_like) -> bool:
    """Words of one noun phrase's start: no verb, clause word, preposition or comma."""
    return all(
        not (verb_like(w) and "-" not in w)
        and w.lower() not in _SOFT
        and w.lower() not in PREPOSITIONS
        and w.lower() not in _PRONOUNS
        and w.lower() not in _REPORTING  # "The firm said | sales …": a frame, not a subject
        and w.lower() != "that"
        and not w.endswith((",", ";", ":"))
        for w in words
    )


def _lost_head(words: list[str], s: int, verb_like) -> bool:
    """Whether the start `s` is the object of a preposition or a verb the cut left behind
    ("played a cop in | the series", "saw off | a backbench attempt"), or inside the noun
    phrase that opens the clause ("The part-time | maths teacher"), in a clause that opens on
    its subject (a name, a determiner, a pronoun)."""
    k = 0
    while k < s and words[k].lower() in _LEADING_JUNK:
        k += 1  # "But he then played in | a friendly …": from "he"
    if k >= s:
        return False  # "and | the …": nothing but a conjunction lost
    first = words[k]
    if first.endswith(",") or not (first[:1].isupper() or first.lower() in _SUBJECT_STARTS):
        return False  # "Europe, which has …" (a borrowed noun), "capitalising on …"
    if first.lower() in _CLAUSE_OPENERS or first.lower() in _PAIR_STOPS:
        return False  # "After a row in | the …": a phrase before the subject
    nxt = words[s].lower() if s < len(words) else ""
    if _paired(words, s) or _own_relative(words, s):
        return False  # "for both the 400m and …", "plans which the council says …": whole
    inside = bool(nxt) and nxt not in _SUBJECT_STARTS and nxt not in _REPORTING
    if first.lower() in _DETERMINERS and k == 0 and inside and _plain_run(words[1:s], verb_like):
        return True  # "The part-time | maths teacher beat …": the start was inside the subject
    prev = words[s - 1].lower()
    if prev in _PARTICLES and s >= 2:
        prev = words[s - 2].lower()  # "saw off | a …"
    return prev in PREPOSITIONS or (verb_like(prev) and words[s - 1].islower())


def _subject_end(words: list[str], s: int, verb_like, finite) -> int:
    """Where the clause's subject ends (its first finite verb) when the cut start `s` is inside
    it: the clause opens on a name, a number or a determiner and has no verb before; else 0."""
    if s == 0 or not words or words[0].lower() in _PRONOUNS:
        return 0
    if not (words[0][:1].isupper() or _numeric(words[0]) or words[0].lower() in _DETERMINERS):
        return 0
    v = next((i for i, w in enumerate(words) if finite(w) and w.islower()), None)
    if v is None or not s < v:
        return 0
    for i, w in enumerate(words[:v]):
        low = w.lower()
        if low in _PAIRED and _names_pair(words, i):
            continue  # "A survey by Alder and Birch | found": two names, one phrase
        if low in _SOFT or low in _REPORTING or low == "that" or w.endswith((",", ";", ":")):
            return 0  # "If …, the firm", "The party says | the plans": a clause before it
        if verb_like(w) and w.islower() and "-" not in w and not _reduced_relative(words, i):
            return 0  # "campaigners questioned why | the CPS was"; not "guitars played by",
            # nor "a much-loved guitar" (a hyphened adjective)
    return v


def _names_pair(words: list[str], i: int) -> bool:
    """Whether the "and"/"or" at `i` joins two capitalised words ("Alder and Birch")."""
    return 0 < i < len(words) - 1 and words[i - 1][:1].isupper() and words[i + 1][:1].isupper()


def _reduced_relative(words: list[str], i: int) -> bool:
    """Whether the participle at `i` opens a phrase that hangs on the noun before it: "guitars
    played by", "a guitar belonging to" (a preposition after it, a noun before it)."""
    nxt = words[i + 1].lower() if i + 1 < len(words) else ""
    if nxt == "by":
        return True
    prev = words[i - 1].lower() if i > 0 else ""
    noun = i > 0 and prev.isalpha() and prev not in _DETERMINERS and prev not in PREPOSITIONS
    return noun and (nxt in PREPOSITIONS or nxt == "to") and prev not in _PRONOUNS


def _embedded_that(words: list[str], s: int, right: list[str], finite) -> int | None:
    """The start of a "that" clause with its own subject and verb that the cut start `s` is
    inside, when the tail opens on the outer clause's verb ("Her estimate that | she will reach
    … with a margin of … | is far too hopeful"): that clause whole, the outer verb gone."""
    if not right or not finite(right[0]) or not right[0].islower():
        return None
    for t in range(min(s, len(words) - 2), -1, -1):
        if words[t].lower() != "that" or t == 0:
            continue
        subject = words[t + 1]
        opens = subject.lower() in _SUBJECT_STARTS or subject[:1].isupper()
        verb = any(finite(w) for w in words[t + 2 : t + 2 + SUBJECT_REACH])
        if opens and not finite(subject) and verb and len(words) - t - 1 <= SOFT_MAX:
            return t + 1
        return None
    return None


def _relative_subject(words: list[str], s: int, right: list[str], finite) -> int | None:
    """The start of the subject a relative clause defines when the cut start `s` is inside that
    clause and the tail opens on the main verb ("any ranking that puts | the Zorbex in the top …
    has to be wrong"): the subject whole within SOFT_MAX words, or the start would make the
    clause's object the main verb's subject; None otherwise."""
    if s == 0 or not right or not finite(right[0]) or not right[0].islower():
        return None
    for t in range(s - 1, 0, -1):
        w = words[t]
        if w.endswith((",", ";", ":")) or w.lower() in _SOFT:
            return None  # a clause edge before any relative word
        if w.lower() not in _RELATIVE_WORDS:
            continue
        after = words[t + 1] if t + 1 < len(words) else ""
        if not after.isalpha() or not after.islower() or after in _NOT_RELATIVE_VERBS:
            return None  # "that he would", "that the …": a clause with a subject of its own
        if t + 2 < len(words) and finite(words[t + 2]):
            return None  # "that action is needed": a noun, then its verb; no relative clause
        for k in range(t - 1, max(-1, t - 1 - RELATIVE_HEAD_WORDS), -1):
            if words[k].lower() in _RELATIVE_HEADS:
                if k > 0 and words[k - 1].lower() in PREPOSITIONS:
                    return None  # "before the Budget that …": an object, no subject
                inside = words[k + 1 : t]
                fits = len(words) - k + len(right) <= SOFT_MAX
                return k if fits and inside and all(map(str.isalpha, inside)) else None
            if not words[k].isalpha() or finite(words[k]):
                return None
        return None
    return None


def _mend_start(words: list[str], s: int, after: int, verb_like, finite) -> int:
    """Where the words before the figure start once the start is moved to a constituent's
    start: its determiner, the verb group it is the object of, the first conjunct of its
    coordination, the subject of its verb group."""
    room = SOFT_MAX - after
    if s == 0 or len(words) - s > room:
        return s
    for _ in range(8):  # each step uncovers at most one more level
        new = _step_left(words, s, verb_like, finite)
        if new == s or len(words) - new > room:
            break
        s = new
    return s


def _step_left(words: list[str], s: int, verb_like, finite) -> int:
    if s == 0 or s >= len(words):
        return s  # nothing cut, or no words before the figure
    word, prev = words[s].lower(), words[s - 1]
    low = prev.lower()
    if prev.endswith(","):
        return s  # a clause or an aside ended there
    if low in _DETERMINERS and word not in _DETERMINERS:
        return s - 1  # "The | 18-year-old": the determiner opens the noun phrase
    if prev.endswith(("'s", "’s")) and s >= 2:
        return s - 1  # "the club's | last": a possessive is part of the noun phrase
    verb = verb_like(words[s]) and words[s].islower() and not word.endswith("ing")
    if verb and not verb_like(prev) and low not in _SOFT:  # "Ethiopia | produced …": its subject
        return _with_subject(words, s, finite)
    if low in _AUXILIARIES and verb_like(words[s]):
        return _with_subject(words, s - 1, finite)  # "has | agreed": the verb group whole
    if words[s][:1].isupper() and s >= 2 and low in _NAME_LINKS and words[s - 2][:1].isupper():
        return s - 2  # "The Bank of | Norland has announced": the whole name
    if low in _REPORTING and word in _TIME_OPENERS and prev.islower():
        return _with_subject(words, s - 1, finite)  # "said | last month it would": not its time
    if low in _VERB_JOINS and s >= 2 and verb_like(words[s]):
        # "I turn 45 and | have been coaching": the first verb's clause, with its subject
        k = s - 2
        while k > 0 and not _clause_edge(words[k - 1]) and s - k < SOFT_MAX:
            k -= 1
        named = words[k].lower() in _PRONOUNS or words[k][:1].isupper()
        first_verb = any(verb_like(w) and w.islower() for w in words[k + 1 : s - 1])
        near = s - k <= CONJUNCT_REACH + 1
        return k if named and (near or first_verb) else s  # not "the game and | starts"
    if low in _NAME_PAIR_LINKS and words[s][:1].isupper() and s >= 2:
        # "Tomas Brevik and | Lena Marsh will …": the first name of the pair, one subject
        k = s - 1
        while k > 0 and (words[k - 1][:1].isupper() or words[k - 1] in _NAME_LINKS):
            k -= 1
        named = k < s - 1 and words[k][:1].isupper() and all(map(alnum_name, words[k : s - 1]))
        return k if named and (k == 0 or not words[k - 1][:1].isupper()) else s
    if low in _PAIRED and s >= 2:
        head = s + 1 < len(words) and words[s + 1].isalpha() and words[s + 1].islower()
        head = head and not verb_like(words[s + 1]) and words[s + 1] not in _NOT_HEADS
        # the conjunct's head, then a preposition or the figure: "varnish divisions | for"
        head = head and s + 2 < len(words) and words[s + 2].lower() in _HEAD_PREPOSITIONS
        noun = word.isalpha() and word.islower() and not word.endswith("ly")
        if noun and head and word not in _DETERMINERS:  # not "the brawl and | suspect Martin"
            for k in range(s - 2, max(-1, s - 2 - CONJUNCT_REACH), -1):
                if words[k].lower() in _DETERMINERS:  # "its surgical gloves and | antiseptics"
                    return k  # not "a month and | pupils able to": "to" is no such preposition
                if not words[k].isalpha() or verb_like(words[k]):
                    break
        return s
    if _numeric(prev) and not prev.endswith(",") and _numeric(words[s]) | words[s].isalpha():
        return s - 1  # "9.35 | million tonnes": the quantity opens the noun phrase
    opens = word in _DETERMINERS or _numeric(words[s])
    object_of = verb_like(prev) and not low.endswith("ing")  # not "Sunday morning | the"
    if opens and (object_of or (low in _PARTICLES and s >= 2)):
        v = s - 1 - (low in _PARTICLES)  # "he made | the statement", "sold off | its gloves"
        if verb_like(words[v]) and not words[v][:1].isupper():
            k = _with_subject(words, v, finite)
            return k if k < v else s  # "he made | the statement"; not "are | a long way"
    return s


def alnum_name(word: str) -> bool:
    """A word of a name: letters (with a hyphen or apostrophe inside), no comma after it."""
    return word.replace("-", "").replace("'", "").replace("’", "").isalnum()


def _with_subject(words: list[str], v: int, finite) -> int:
    """`v` (a verb group's first word), or the start of its subject just before it: a pronoun,
    a short name, a short noun phrase opened by a determiner."""
    while v > 0 and words[v - 1].lower() in _AUXILIARIES:
        v -= 1
    if v == 0:
        return v
    prev = words[v - 1]
    if prev.lower() in _PRONOUNS:
        return v - 1
    for k in range(v - 1, max(-1, v - 1 - SUBJECT_REACH), -1):
        w = words[k]
        if w.endswith(",") or finite(w) or w.lower() in _SOFT:
            return v
        opens = w.lower() in _DETERMINERS or w[:1].isupper()
        if opens and (k == 0 or _clause_edge(words[k - 1])):
            return k  # "Diageo | has agreed", "that the firm | had"; not "reached the final | won"
        if w.lower() in _DETERMINERS:
            return v
    return v


def _clause_edge(word: str) -> bool:
    """A word after which a clause starts: a comma, a conjunction, a subordinator, "that"."""
    return word.endswith((",", ";", ":")) or word.lower() in _CLAUSE_EDGES


def _mend_tail(
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
    if n == 0 and len(words) > 2 and words[0].lower() in _PAIRED and not aside:
        return _noun_pair(words, before, verb_like) or right
    if n == 0 or n >= len(words):
        return right
    last, nxt = right[-1], words[n].lower()
    if last.endswith((",", ";", ":")) or not last[-1:].isalnum():
        return right
    two = "_".join(w.lower() for w in right[-2:])
    opens = nxt == "of"
    opens |= nxt in _TAIL_PREPOSITIONS and (
        two in _OPEN_PREPOSITIONS or last.lower() in _OPEN_PREPOSITIONS
    )
    opens |= (
        nxt in _TAIL_PREPOSITIONS and last.lower() in _PARTICLES and n >= 2 and verb_like(right[-2])
    )
    subject_end = _pair_subject_verb(words, n, verb_like) if verbless else None
    if subject_end is not None and last.isalpha() and not verb_like(last):
        # "… Anna's work for the ministry | and the cabinet has been superb": the pair ends a
        # subject whose verb the cut left out; the verb group and its complement with it
        end = _predicate_end(words, subject_end, verb_like)
        return words[:end] if end and before + end <= SOFT_MAX else right
    if nxt in _PAIRED and n + 1 < len(words) and _bare(words[n + 1], verb_like):
        opens = last.isalpha() and not verb_like(last) and last.lower() not in _TAIL_PREPOSITIONS
        end = _phrase_end(words, n, verb_like)
        closed = end == len(words) or words[end - 1].endswith(",")
        closed |= end < len(words) and words[end].lower() in _PAIR_ENDS
        one = end == n + 2 and not words[n + 1].endswith("s")  # not "and | appears"
        named = words[n + 1][:1].isupper() or one  # "Lib Dem opposition", "modafinil"
        if not closed or not named or end - n > PAIR_REACH:
            return right  # "in the US | and harbour owners say that": a clause, no pair
    if _finite_next(words, n, verb_like) and last.isalpha() and last.islower():
        end = _predicate_end(words, n, verb_like)  # "… of respondents thought action | was
        if end and before + end <= SOFT_MAX:  # sometimes necessary": the clause's verb group
            return words[:end]
        return right
    if nxt in _RESTRICTIVE and last.isalpha() and not verb_like(last):
        end = _clause_end(words, n)
        if end is not None and before + end <= SOFT_MAX:
            return words[:end]
        return right
    if not opens:
        return right
    end = _phrase_end(words, n, verb_like)
    if n < end and before + end <= SOFT_MAX:
        return words[:end]
    if two in _OPEN_PREPOSITIONS and n > 2:
        return right[:-2]  # "in exchange" without its "for …" says nothing: both go
    return right


def _finite_next(words: list[str], n: int, verb_like) -> bool:
    """Whether the tail was cut between a subject noun and its auxiliary ("… of respondents
    thought action | was necessary")."""
    aux = words[n].lower() in _AUXILIARIES and words[n].islower()
    return aux and not verb_like(words[n - 1]) and words[n - 1].lower() not in _NOT_HEADS


def _pair_subject_verb(words: list[str], n: int, verb_like) -> int | None:
    """Where the auxiliary is when `words[n:]` opens with the second half of a noun pair
    ("and the cabinet | has been") that is a subject's end: "and"/"or", a determiner, at most
    PAIR_REACH - 1 nouns, then an auxiliary; else None."""
    if words[n].lower() not in _PAIRED or n + 2 >= len(words):
        return None
    if words[n + 1].lower() not in _DETERMINERS:
        return None
    for i in range(n + 2, min(len(words), n + 1 + PAIR_REACH)):
        w = words[i]
        if w.lower() in _AUXILIARIES and w.islower():
            return i if i > n + 2 else None
        if not w.isalpha() or verb_like(w) or w.lower() in _SOFT or w.lower() in _PRONOUNS:
            return None
    return None


def _predicate_end(words: list[str], n: int, verb_like) -> int | None:
    """The end of the verb group and complement opened at `words[n]`: up to a preposition,
    a conjunction, a relative pronoun or a comma, within PHRASE_REACH words."""
    for i in range(n + 1, min(len(words), n + PHRASE_REACH)):
        low = words[i].lower()
        if low in _TAIL_PREPOSITIONS or low in _SOFT or low in _RESTRICTIVE or low in _PRONOUNS:
            return i if i > n + 1 else None
        if words[i].endswith((",", ";", ":")):
            return i + 1
    return len(words) if len(words) - n < PHRASE_REACH else None


def _noun_pair(words: list[str], before: int, verb_like) -> list[str] | None:
    """The second half of a pair the figure is the first of ("who missed … | and a corner kick
    chance between them"): a noun phrase with its own determiner, up to a preposition, a comma
    or the clause's end; None when it runs on into a verb or a clause."""
    if words[1].lower() not in _DETERMINERS:
        return None
    for i in range(2, min(len(words), PAIR_REACH + 2)):
        w = words[i]
        low = w.lower()
        if low in _PAIR_STOPS:  # not "… and the flow | of fighters is higher": a clause
            clause = any(verb_like(w) for w in words[i:])
            return words[:i] if i > 2 and before + i <= SOFT_MAX and not clause else None
        if not w.rstrip(",").isalpha() or verb_like(w) or low in _SOFT or low in _PRONOUNS:
            return None
        if w.endswith(","):
            return words[: i + 1] if before + i + 1 <= SOFT_MAX else None
    end = len(words) if len(words) <= PAIR_REACH + 2 else None
    return words[:end] if end and before + end <= SOFT_MAX else None


def _bare(word: str, verb_like) -> bool:
    """A second conjunct that shares the first's determiner: no determiner, pronoun, verb or
    number of its own ("Green and | Lib Dem councillors", "THG and | modafinil")."""
    low = word.lower()
    if low in _DETERMINERS or low in _PRONOUNS or low in _SOFT or verb_like(word):
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
        if low in _SOFT or low in _RESTRICTIVE or low in _CLAUSE_OPENERS or verb_like(w):
            break  # "of her mother's arm | as she's carried"
        if bare in _PRONOUNS:
            break
        if low in _TAIL_PREPOSITIONS and i > n + 1:
            break
        i += 1
        if w.endswith((",", ";", ":")):
            return i
    if i - n == PHRASE_REACH and i < len(words) and words[i - 1].islower():
        return n  # "of her home early | on Monday": no end in reach, so no phrase to finish
    return i


def _clause_end(words: list[str], n: int) -> int | None:
    """The end of a restrictive relative clause opened at `words[n]`: the next comma or
    conjunction, or the clause's end; None when it is longer than PHRASE_REACH words."""
    for i in range(n + 1, min(len(words), n + PHRASE_REACH)):
        if words[i].endswith((",", ";", ":")):
            return i + 1
        if words[i].lower() in _SOFT:
            return i
    return len(words) if len(words) - n <= PHRASE_REACH - 1 else None


def antecedent(words: list[str], verb_like) -> list[str]:
    """The noun phrase that ends `words` (a relative clause's noun): back to its determiner or
    the start of its name; past a list of names to the noun the list hangs on ("a Swansea show
    starring Mia Lorne, Halden and Rufus Kray, which raised …": the show raised it). The
    last word when no noun phrase is found within ANTECEDENT_REACH words."""
    k, listed = len(words) - 1, False
    while k > 0 and len(words) - k < ANTECEDENT_REACH:
        word, prev = words[k], words[k - 1]
        low = prev.lower().rstrip(",")
        if word.lower() in _DETERMINERS:
            return words[k:]
        if low in _PAIRED or (prev.endswith(",") and prev[:1].isupper() and word[:1].isupper()):
            listed = True
        elif listed and verb_like(prev) and prev.islower():
            listed = False  # "a show starring | Mia Lorne, Halden and …": go on to "a show"
        elif not (
            prev[:1].isupper()
            or low in _DETERMINERS
            or prev.endswith(("'s", "’s"))
            or _numeric(prev)  # "Norland's 41,000 beekeepers": the number is in the phrase
        ):
            noun = prev.isalpha() and prev.islower() and not verb_like(prev)
            if not noun or low in _STOP_NOUN_PHRASE:
                break  # "in India, | where": a noun phrase stops at its preposition
        k -= 1
    if words[k].lower() in _DETERMINERS or words[k][:1].isupper():
        return words[k:]
    return words[-1:]


def _numeric(word: str) -> bool:
    return any(c.isdigit() for c in word) or word.lower() in _SCALES
