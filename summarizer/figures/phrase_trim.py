"""Cutting a figure's clause down to a phrase: at most MAX_WORDS words, cut where a phrase or
clause starts, with no dangling word, lost subject or half-said tail at either end.

Apart from `summarizer.figures.clauses` (where the clause is) and `summarizer.figures.context`
(which clauses the phrase takes): this part works on word lists only, with no offsets, and
decides which words of them stay; `context` calls `trim` once per figure.
"""

from __future__ import annotations

import re

from summarizer.figures.hits import word_set
from summarizer.figures.lexicon import (
    CLAUSE_TAILS,
    DANGLING,
    FUNCTION_WORDS,
    HELD_BY_SOFT,
    LEADING_JUNK,
    PHRASE_OPENERS,
    PHRASE_STARTS,
    REPORTED_THAT,
    REPORTING_VERBS,
    SOFT_CUTS,
    SUBJECT_PRONOUNS,
    SUBORDINATORS,
)
from summarizer.figures.phrase_edges import finish_tail, numbered
from summarizer.figures.phrase_mend import SOFT_MAX, mend
from summarizer.figures.phrase_subject import with_subject
from summarizer.figures.phrase_words import (
    APPROXIMATE_WORDS,
    AUXILIARIES,
    COMPARATIVES,
    EMBEDDED_CUTS,
    IRREGULAR_PARTICIPLES,
    IRREGULAR_PAST,
    NOT_PREDICATE_AFTER,
    NOT_PREPOSITIONS,
    PAIR_OPENERS,
    PAIR_STARTS,
    PART_WORDS,
    RANGE_LINKS,
    RELATIVE_CUTS,
    SCALES,
)

MAX_WORDS = 12
MIN_WORDS = 3
RIGHT_WHOLE = 5  # words after the figure kept whole when the phrase is too long (the left gives)
RELATIVE = frozenset({"that", "which", "who", "whom", "whose", "where"})
RELATIVE_TAIL = 2  # words after a relative pronoun too few to finish its clause ("that read")
REPORTED_GAP = 6  # words at most between a reporting verb and its "that" ("wrote on the site that")
START_SKIP = 3  # words a cut phrase may skip to start at "the", "a", "his" (not its verb)
BETWEEN_TAIL = 3  # a "between" this near a cut tail's end lost its "and" ("dates | between May")
SCALE_WORDS = word_set(SCALES)
PARTITIVE_SLACK = 1  # words a phrase may run over MAX_WORDS to keep "20% of" with its whole
CONJUNCT_WORDS = 2  # words at most of a second verb ("to write and | executive produce …")
_SHARED_HEAD_JOINS = frozenset({"and", "but"})  # "half of graduates but | only 5% of …"
_COMPARATIVES = frozenset(c.replace("_", " ") for c in COMPARATIVES.split())
_PART_WORDS = word_set(PART_WORDS)
PAIR_GAP = 2  # words at most after a first amount before its "and" ("$100m now and another …")

_SOFT = word_set(SOFT_CUTS)
_CLAUSE_TAILS = word_set(CLAUSE_TAILS)
OPENERS = word_set(PHRASE_OPENERS)
_LEADING_JUNK = word_set(LEADING_JUNK)
_DANGLING = word_set(DANGLING)
_PHRASE_STARTS = word_set(PHRASE_STARTS)
_HELD_BY_SOFT = word_set(HELD_BY_SOFT)
_SUBJECTS = word_set(SUBJECT_PRONOUNS)
_SUBORDINATORS = word_set(SUBORDINATORS)
FUNCTION_WORD_SET = word_set(FUNCTION_WORDS) | _DANGLING | _LEADING_JUNK
_AUXILIARIES = word_set(AUXILIARIES)
_IRREGULAR = word_set(IRREGULAR_PAST)
_PARTICIPLES = _IRREGULAR | word_set(IRREGULAR_PARTICIPLES)  # and every lower-case word in "-ed"
_EMBEDDED = word_set(EMBEDDED_CUTS)
_RELATIVE_CUTS = word_set(RELATIVE_CUTS)
_NOT_PREDICATE_AFTER = word_set(NOT_PREDICATE_AFTER)
_PAIR_OPENERS = OPENERS | word_set(PAIR_OPENERS)
_PAIR_STARTS = word_set(PAIR_STARTS)
_APPROXIMATE = word_set(APPROXIMATE_WORDS)
_RANGE_WORDS = _PAIR_STARTS | word_set(RANGE_LINKS)
# Prepositions: a participle cut from one lost its object ("released | from the camp"), a start
# a few words after one is inside its phrase ("in the Official | UK Singles Chart").
_PREPOSITIONS = _PHRASE_STARTS - _SOFT - word_set(NOT_PREPOSITIONS)
PREPOSITIONS = _PREPOSITIONS
_OBJECT_PREPOSITIONS = _PREPOSITIONS - {"of", "to"}  # a lost one takes its phrase's start along
_PARTICIPLE_PREPOSITIONS = _PREPOSITIONS - {"to"}  # "alleged | to have told" cut no object
_GLUED_VERB = re.compile(r"['’]")  # "he's", "they’re": a pronoun with a verb glued on
_START_WORDS = OPENERS | _SOFT | RELATIVE  # "that | will have": words a phrase starts at
_NOT_NOUN_ENDS = FUNCTION_WORD_SET | _PHRASE_STARTS  # "to buy | it": no noun phrase before "it"
_NO_PREDICATE_AFTER = _NOT_PREDICATE_AFTER | _PHRASE_STARTS  # "said it | had": no new predicate
_REPORTING = re.compile(
    r"^(?:.*\s)?(?:" + "|".join(REPORTING_VERBS.split()) + r")(?:\s+that)?\s+", re.IGNORECASE
)
# The verb, then maybe where or when it was told ("wrote on the site", "revealed last week"),
# then "that": a gap opening with another word may hold a noun that "that" relates to
# ("claimed two bombings that killed …").
_REPORTED_THAT = re.compile(
    rf"^(?:.*\s)?(?:{'|'.join(REPORTED_THAT.split())})"
    rf"(?:\s+(?:on|in|at|to|during|last|earlier|yesterday|today|this)(?:\s+\S+){{0,{REPORTED_GAP}}}?)?"
    r"\s+that\s+",
    re.IGNORECASE,
)


def _between_open(words: list[str], i: int) -> bool:
    """Whether `words[i]` ("and") closes a "between X and Y" or "both X and Y" opened just
    before it."""
    opened = {w.lower() for w in words[max(0, i - 3) : i]} & _PAIR_STARTS
    if "both" in opened and i + 1 < len(words) and not _numeric(words[i + 1]):
        opened.discard("both")  # "from both sides and | ultimately be": a determiner, no pair
    return bool(opened)


def trim(left: list[str], right: list[str], whole: bool = False) -> str:
    """At most MAX_WORDS words around the figure, cut where a phrase or clause ends: a subordinate
    clause after it, the main clause before it, a reporting verb, a dangling word; then both
    ends mended to constituent edges (`phrase_mend`), up to SOFT_MAX words, and a predicate's
    lost subject put back in front (`phrase_subject`). `whole`: the words end on a list's last
    item and stay uncut up to SOFT_MAX words."""
    if whole and len(left) + len(right) <= SOFT_MAX:
        return _join(*_strip_ends(left, right))
    right = _before_contrast(left, right)
    left0, right0 = list(left), list(right)
    if len(left) + len(right) > MAX_WORDS:
        cut = next(
            (
                i
                for i, w in enumerate(right)
                if w.lower() in _SOFT
                and len(left) + i >= MIN_WORDS
                and not (w.lower() == "and" and _between_open(right, i))
            ),
            None,
        )
        if cut is not None:
            right = right[:cut]
    if (
        len(left) + len(right) > MAX_WORDS
        and left[-1:] == ["and"]
        and _between_open(left, len(left) - 1)
    ):
        # The figure closes a pair ("for both the 800m and …"): the pair and its preposition.
        p = max(i for i, w in enumerate(left) if w.lower() in _PAIR_STARTS)
        p -= p > 0 and left[p - 1].lower() in _PREPOSITIONS
        if len(left) - p + len(right) <= MAX_WORDS:
            left = left[p:]
    if len(left) + len(right) > MAX_WORDS:
        cut = max(
            (
                i
                for i, w in enumerate(left)
                if w.lower() in _SOFT and not (w.lower() == "and" and _between_open(left, i))
            ),
            default=None,
        )
        if cut is not None and len(left) - cut - 1 + len(right) >= MIN_WORDS:
            left = _soft_start(left, cut, right)
    joined = " ".join(left)
    said = _REPORTING.match(joined + " ")
    if said and len(joined[said.end() :].split()) + len(right) >= MIN_WORDS:
        left = joined[said.end() :].split()
    told = _REPORTED_THAT.match(" ".join(left) + " ")
    kept = " ".join(left)[told.end() :].split() if told else []
    if kept and len(kept) + len(right) >= MIN_WORDS:
        left = kept  # "the filmer wrote on the site that | the injury required …"
    if len(left) + len(right) > MAX_WORDS:
        if len(right) > RIGHT_WHOLE:  # a short phrase after the figure stays whole
            cut_right = _phrase_cut(right, max(MIN_WORDS, MAX_WORDS - len(left)), bool(left))
            # "the other … released | from the camp": the whole tail, and the left gives.
            whole = len(right) <= MAX_WORDS - MIN_WORDS and not _ends_open(right)
            if whole and _open_end(right, len(cut_right)):
                cut_right = right
            right = cut_right
        left = _phrase_start(left, MAX_WORDS - len(right), len(right))
    left, right = mend(left0, right0, left, right, verb_like, finite)
    left = with_subject(left0, left, right, verb_like, finite)
    right = finish_tail(left, _relative_tail(right), right0)
    return _join(*_strip_ends(left, right))


def _join(left: list[str], right: list[str]) -> str:
    if not any(_content(w) for w in (*left, *right)):
        return ""  # "It's …", "… no": the sentence names nothing, so no phrase at all
    # "…" stands where the figure is: "settling for …", "… of athletes and dancers".
    return " ".join([*left, "…", *right])


def _before_contrast(left: list[str], right: list[str]) -> list[str]:
    """The tail up to a "but" that opens a clause of its own ("… can be named per film | but
    the studios behind …"): what follows it is another clause's."""
    for i in range(1, len(right) - 1):
        nxt = right[i + 1]
        opens = nxt.lower() in OPENERS or _clause_subject(nxt) or nxt[:1].isupper()
        if right[i].lower() == "but" and opens and len(left) + i >= MIN_WORDS:
            return right[:i]
    return right


def telling(left: list[str], right: list[str]) -> int:
    """How many words are left once the ends that say nothing are stripped."""
    kept_left, kept_right = _strip_ends(list(left), list(right))
    return len(kept_left) + len(kept_right)


def _strip_ends(left: list[str], right: list[str]) -> tuple[list[str], list[str]]:
    """Without a leading conjunction, a dangling last word ("in his", "the fifth of") or a
    token of symbols only ("???" where a page lost a dash); commas at the ends dropped."""
    while left and (left[0].lower() in _LEADING_JUNK or not alnum(left[0]) or left[0] == "s"):
        left = left[1:]  # "s" is what is left of "'s" after a name the clause cut off
    while right and (right[-1].lower().rstrip(",") in _DANGLING or not alnum(right[-1])):
        if numbered(right):
            break  # "to number six": the number finishes its head
        right = right[:-1]
    if right:
        right[-1] = right[-1].rstrip(",")
    else:  # the last word before the figure stays: "married with …" (a comma goes)
        while left and not alnum(left[-1]):
            left = left[:-1]
        if left:
            left[-1] = left[-1].rstrip(",")
    return left, right


def _content(word: str) -> bool:
    """A word that can name something: letters only, no pronoun, article or auxiliary; "US"
    in capitals is a country, not "us"."""
    bare = word.removesuffix("'s").removesuffix("’s")  # "Grande's", "It's"
    return bare.isalpha() and (bare.lower() not in FUNCTION_WORD_SET or _acronym(bare))


def _acronym(word: str) -> bool:
    return len(word) > 1 and word.isupper()


def alnum(word: str) -> bool:
    return any(c.isalnum() for c in word)


def _relative_tail(right: list[str]) -> list[str]:
    """Without a clause cut off after a word or two ("billboards | that read", "into the
    country | if they are")."""
    for i in range(max(1, len(right) - RELATIVE_TAIL - 1), len(right)):
        if right[i].lower() in _CLAUSE_TAILS:
            return right[:i]
    return right


def _phrase_start(words: list[str], budget: int, after: int) -> list[str]:
    """The last `budget` words at most, started where a noun phrase starts ("a Sept. 8 video
    that showed ...", not "Sept. 8 video that ..."), when one does and enough is left; from the
    figure's finite verb when that start is inside a phrase hanging on the subject."""
    if budget <= 0:
        return []
    if len(words) <= budget:
        return words
    kept = _start(words, len(words) - budget, budget, after)
    return _predicate(words, len(words) - len(kept), after) or kept


def _start(words: list[str], first: int, budget: int, after: int) -> list[str]:
    """`words[first:]`, or a start near it that opens a phrase."""
    before = words[first - 1].lower()
    of = first if words[first].lower() == "of" else first - 1 if before == "of" else 0
    if of >= 1 and _numeric(words[of - 1]) and len(words) - of + 1 <= budget + PARTITIVE_SLACK:
        return words[of - 1 :]  # "20% | of its equity": the part stays with its whole
    if before in _OBJECT_PREPOSITIONS and not _clean_noun(words[first]):
        # "on | any given day the difference …": the rest of the lost preposition's phrase
        # goes too, up to the next determiner.
        for i in range(first + 1, min(len(words), first + START_SKIP + 1)):
            if words[i - 1].lower() in _AUXILIARIES:
                break  # "with | chemotherapy can extend the …": a subject, then its verb
            if words[i].lower() in OPENERS and len(words) - i + after >= MIN_WORDS:
                return _after_that(words, i, after)
    if (before in OPENERS or before in _PHRASE_STARTS) and before != "of":
        return _after_that(words, first, after)  # "the | 16-page manuscript of ...": a noun phrase
    for i in range(first, min(len(words), first + START_SKIP + 1)):
        prev = words[i - 1]
        if words[i].lower() in OPENERS and prev.lower() == "of":
            break  # "20% of | its equity": a part without its whole, no better start after it
        opens = words[i].lower() in OPENERS and not _numeric(prev)  # not "£7 million a year"
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
    the subject ("the inclusion … in the Official UK | Singles Chart is …", "an estimate | of
    0.1% growth … was"): from there the phrase names no wrong subject; from the verb's own
    subject when one opens after the phrase ("on the Strip | each fighter has …"). None when
    the start is the subject itself ("Crystal | Palace's XI may …"), a clause's own subject
    ("that | he would"), or another verb or clause comes first."""
    word = words[start].lower() if start < len(words) else ""
    if start == 0 or word in _SUBJECTS or word in RELATIVE or word == "it" or _numeric(word):
        return None
    if not _in_phrase(words, start) or (words[start][:1].isupper() and words[start - 1].islower()):
        return None  # "… in Sydney | Waves of nine metres have": a name or a lost sentence start
    subject = None
    for k in range(start + 1, len(words)):
        if finite(words[k]):
            prev = words[k - 1]
            if prev.lower() in _NOT_PREDICATE_AFTER or finite(prev):
                return None
            k = subject or k  # "on the Strip | each fighter has …": the verb's own subject
            return words[k:] if len(words) - k + after >= MIN_WORDS else None
        if verb_like(words[k]) or _clause_subject(words[k]):
            return None  # "he's still got", "Avastin combined": a clause or verb of its own
        if _boundary(words[k]) and not _between_open(words, k):
            return None  # "in the film | that the couple is …": the verb is another clause's
        if words[k].lower() in OPENERS and words[k - 1].lower() not in _PREPOSITIONS:
            subject = k
    return None


def _clause_subject(word: str) -> bool:
    """A subject pronoun, also with a verb glued on ("he's", "they’re")."""
    bare = _GLUED_VERB.split(word.lower())[0]
    return bare in _SUBJECTS or bare == "it"


def _in_phrase(words: list[str], start: int) -> bool:
    """Whether `words[start:]` starts inside a prepositional phrase: at its "of", or a few noun
    phrase words after its preposition ("in the Official | UK Singles Chart")."""
    if words[start].lower() == "of":
        return True
    for i in range(start - 1, max(-1, start - START_SKIP - 2), -1):
        low = words[i].lower()
        if low in _PREPOSITIONS:
            return True
        if low in OPENERS:  # where the noun phrase starts: a preposition must come right before
            return i > 0 and words[i - 1].lower() in _PREPOSITIONS
        if verb_like(words[i]) or _boundary(words[i]):
            return False
    return False


def _boundary(word: str) -> bool:
    """A word that opens or closes a clause: "that", "which", "and", a word before a comma."""
    low = word.lower()
    return low in _SOFT or low in RELATIVE or word.endswith(",")


def _clean_start(words: list[str], first: int) -> bool:
    """Whether `words[first:]` starts a phrase: at a determiner, a number or a finite verb, or
    after a preposition, a conjunction or a comma (not after "of": "20% of | its equity")."""
    word, before = words[first], words[first - 1]
    low = before.lower()
    if word.lower() in _START_WORDS or _numeric(word) or finite(word):
        return True  # "that | will have": the leading "that" goes, the clause stays
    if before.endswith(",") or (word[:1].isupper() and before.islower()):
        return True  # "actor | Robert Hardy": a name starts
    return low != "of" and (low in _PHRASE_STARTS or low in _SOFT or low in FUNCTION_WORD_SET)


def _after_that(words: list[str], start: int, after: int) -> list[str]:
    """`words[start:]`, or the clause after a "that" a few words on when the start lost its
    preposition: "announced in | the Budget that he would meet …" reads as if the Budget were
    what he would meet; "he would meet …" does not."""
    before = words[start - 1].lower()
    if before in _PHRASE_STARTS and before not in OPENERS:
        for i in range(start, min(len(words), start + START_SKIP + 1)):
            if (
                words[i].lower() == "that"
                and i + 1 < len(words)  # "on the fact that | …": nothing after it to open
                and len(words) - i - 1 + after >= MIN_WORDS
                and _opens_clause(words[i + 1])  # "that he would", not "a team that had"
            ):
                return words[i + 1 :]
    return words[start:]


def _opens_clause(word: str) -> bool:
    """A subject after "that": a pronoun, a determiner or a name (not a verb: "that had")."""
    low = word.lower()
    return low in _SUBJECTS or low == "it" or low in OPENERS or word[:1].isupper()


def _numeric(word: str) -> bool:
    """A number or a scale word: "a" after it is a rate ("£1,100 a year", "$7 million a year")."""
    return any(c.isdigit() for c in word) or word.lower() in SCALE_WORDS


def _whole_tail(words: list[str]) -> list[str]:
    """A tail cut short, without what the cut left half-said: a participle that led on
    ("a mobile home | belonging"), a "between" without its "and" ("for three dates | between
    January")."""
    for i in range(max(1, len(words) - BETWEEN_TAIL), len(words)):
        if words[i].lower() == "between" and not any(w.lower() == "and" for w in words[i + 1 :]):
            words = words[:i]
            break
    if len(words) > 2 and _subject_left(words):
        words = words[:-1]  # "the car unit | it does not own": a clause's subject, cut off
    while (
        len(words) > 1
        and words[-1].islower()
        and words[-1].endswith("ing")
        and words[-2].lower() not in FUNCTION_WORD_SET  # "it is investigating", "of those living"
    ):
        words = words[:-1]
    return words


def _subject_left(words: list[str]) -> bool:
    """Whether a cut tail ends on the pronoun that opens a clause: "he", "they" always; "it"
    after a noun phrase ("buy the stake of the car unit it"), not after a verb ("to buy it")."""
    last = words[-1].lower()
    if last in _SUBJECTS:
        return True
    if last != "it" or words[-2].lower() in _NOT_NOUN_ENDS:
        return False
    near = [w.lower() for w in words[-4:-1]]
    return any(w in OPENERS for w in near) and not any(w in ("and", "or", "to") for w in near)


def _phrase_cut(words: list[str], limit: int, may_empty: bool) -> list[str]:
    """The first `limit` words at most, cut before a word that starts a new phrase ("in his
    eight seasons | in the league"); when only the first word does, all of them go if
    `may_empty` ("purchasing … | from the item shop for 900 V-bucks"), else `limit` stay."""
    if len(words) <= limit:
        return words
    if may_empty and words[0].lower() in _SUBORDINATORS:
        return []  # "over the next … | as the workforce continues to age": a clause too long
    first = 0 if may_empty and words[0].lower() != "of" else 1  # "62 percent | of those polled"
    starts = (i for i in range(first, limit + 1) if words[i].lower() in _PHRASE_STARTS)
    cut = max(starts, default=-1)
    noun = cut > 1 and words[cut - 2].islower() and words[cut - 2] not in FUNCTION_WORD_SET
    noun = noun and not words[cut - 2].endswith("ly") and not verb_like(words[cut - 2])
    if noun and _open_end(words, cut):  # not "Northampton prepared | for", "apparently tried | to"
        cut -= 1  # "in a sale | forced by Russia": the participle goes with its "by"
    return _whole_tail(words[:cut] if cut >= 0 else words[:limit])


def _participle(word: str) -> bool:
    return word.islower() and word.endswith("ed")


def finite(word: str) -> bool:
    """An auxiliary or a common irregular past form: a finite verb without a parser."""
    low = word.lower()
    return low in _AUXILIARIES or low in _IRREGULAR


def verb_like(word: str) -> bool:
    """A finite verb, or a lower-case word ending as a participle ("played", "buying")."""
    if finite(word) or word.lower() in _PARTICIPLES:
        return True
    return word.islower() and len(word) > 4 and word.endswith(("ed", "ing"))


def _open_end(words: list[str], n: int) -> bool:
    """Whether `words[:n]` ends on a participle whose preposition was cut ("released | from")."""
    if not 0 < n < len(words) or words[n].lower() not in _PARTICIPLE_PREPOSITIONS:
        return False  # not "is alleged | to have told": an infinitive, no object cut off
    last = words[n - 1]
    if n > 1 and words[n - 2].lower() in _SUBJECTS:
        return False  # "all … he faced | in the trial": a verb with its subject, no participle
    return _participle(last) or (last.islower() and last in _PARTICIPLES)


def _ends_open(words: list[str]) -> bool:
    """Whether a tail without its dangling words ends on a participle ("was convicted | of")."""
    while words and words[-1].lower() in _DANGLING:
        words = words[:-1]
    return bool(words) and (_participle(words[-1]) or words[-1] in _PARTICIPLES)


def _plain(word: str) -> bool:
    """A content word with nothing attached: "write", "proposals" (not "in", not "it,")."""
    return word.isalpha() and word.lower() not in FUNCTION_WORD_SET


def _soft_start(left: list[str], cut: int, right: list[str]) -> list[str]:
    """The words before the figure from the soft cut `left[cut]` on, kept whole: "because of"
    keeps "because"; a second conjunct shares the first one's head ("a fine of … and | of …");
    a verb coordination keeps both verbs ("to write and | executive produce"); a relative clause
    with its own subject keeps its noun ("proposals which | the Tories say would save"); a
    clause embedded in the subject is skipped ("when Scotland played … | won …")."""
    word = left[cut].lower()
    kept = left[cut + 1 :]
    room = MAX_WORDS - len(right)
    if "_".join(w.lower() for w in left[cut : cut + 2]) in _HELD_BY_SOFT:
        return left[cut:]  # "because | of 105,000 jobs lost"
    if word in _SHARED_HEAD_JOINS:
        shared = _shared_head(left[:cut], kept, right)
        if shared is not None:
            return shared
        to = cut - 2  # "to write and executive produce"
        verb = to >= 0 and _plain(left[to + 1]) and left[to + 1].islower()  # not "to Cyprus and"
        verb = verb and left[to].lower() == "to" and 0 < len(kept) <= CONJUNCT_WORDS
        if verb and kept[0].lower() not in _PREPOSITIONS and len(left) - to <= room:
            return left[to:]
    if word in _RELATIVE_CUTS and kept and _opens_clause(kept[0]) and _plain(left[cut - 1]):
        head = cut - 1 - (cut >= 2 and left[cut - 2].lower() in OPENERS)
        if len(left) - head <= room:
            return left[head:]
    if word in _EMBEDDED:
        return _main_predicate(kept, len(right))
    return kept


def _shared_head(first: list[str], kept: list[str], right: list[str]) -> list[str] | None:
    """What the second of two conjuncts shares with the first: the words before the first
    amount ("it hoped to pay $100m now and | another …": "it hoped to pay …"), or the noun the
    first's preposition hangs on ("a fine of up to £1,000 … and | of …": "a fine of …")."""
    if not kept:
        if any(finite(w) or _participle(w) for w in right):
            return None  # "5% and | 8,000 jobs were created": a clause of its own
        tail = range(len(first) - 1, max(0, len(first) - PAIR_GAP - 2), -1)
        n = next((i for i in tail if _numeric(first[i])), None)
        if n is None and right[:1] == ["of"]:  # "make up more than half of all graduates … but
            n = _first_part(first)  # | only 5% of the workforce": "make up …" is shared
        while n and (_numeric(first[n - 1]) or first[n - 1].lower() in _APPROXIMATE):
            n -= 1  # "to about 40 million people and | …": the whole first amount goes
        while n and " ".join(w.lower() for w in first[n - 2 : n]) in _COMPARATIVES:
            n -= 2  # "more than half": the comparison goes with the amount
        if n and first[n - 1].lower() in _RANGE_WORDS:
            return None  # "between 2010 and 2050 and | 82 per cent": a range's end, no amount
        while n and first[n - 1].lower() in _PAIR_OPENERS:
            n -= 1  # "chosen for both the 800m and …": "chosen for …"
        return first[:n] if n else None
    if len(kept) != 1 or kept[0].lower() not in _PREPOSITIONS:
        return None
    prep = kept[0].lower()
    j = next(
        (
            i
            for i in range(len(first) - 1, 0, -1)
            if first[i].lower() == prep and any(map(_numeric, first[i + 1 : i + PAIR_GAP + 3]))
        ),
        None,
    )  # the preposition of the first amount ("a fine of up to £500"), not "a change of address"
    if j is None or not _plain(first[j - 1]):
        return None
    head = j - 1 - (j >= 2 and first[j - 2].lower() in OPENERS)
    return [*first[head : j + 1]]


def _first_part(first: list[str]) -> int | None:
    """The last part of a whole in `first` ("half of all graduates", "40% of sales") that a
    second part after "but"/"and" ("only 5% | of the workforce") is parallel to."""
    for i in range(len(first) - 2, 0, -1):
        word = first[i].lower()
        if first[i + 1].lower() == "of" and (_numeric(word) or word in _PART_WORDS):
            return i
    return None


def _main_predicate(kept: list[str], after: int) -> list[str]:
    """`kept` (a clause cut at "when", "where", …) from its last finite verb when two verbs
    show that the clause ended inside it: "Scotland played at the Cup | won …" (the man won,
    not Scotland)."""
    verbs = [i for i, w in enumerate(kept) if verb_like(w)]
    if len(verbs) < 2 or not finite(kept[verbs[-1]]) or verbs[-1] - verbs[0] < 2:
        return kept
    k = verbs[-1]
    prev = kept[k - 1]
    if prev.lower() in _NO_PREDICATE_AFTER or verb_like(prev):
        return kept  # "when the firm said it had lost …": a clause inside the clause
    return kept[k:] if len(kept) - k + after >= MIN_WORDS else kept


def _clean_noun(word: str) -> bool:
    """A word a noun phrase may start with: a determiner, a number, a name."""
    return word.lower() in OPENERS or _numeric(word) or word[:1].isupper()
