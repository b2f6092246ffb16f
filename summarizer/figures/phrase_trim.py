"""Cutting a figure's clause down to a phrase: at most MAX_WORDS words, cut where a phrase or
clause starts, with no dangling word, lost subject or half-said tail at either end.

Apart from `summarizer.figures.clauses` (where the clause is) and `summarizer.figures.context`
(which clauses the phrase takes): this part works on word lists only, with no offsets, and
decides which words of them stay; `context` calls `trim` once per figure.
"""

from __future__ import annotations

from itertools import pairwise

from summarizer.figures.context_words import DANGLING_TAIL
from summarizer.figures.hits import word_set
from summarizer.figures.phrase_edges import finish_tail, numbered
from summarizer.figures.phrase_ends import end_tail
from summarizer.figures.phrase_heads import head_start
from summarizer.figures.phrase_hold import (
    PAIR_JOINS,
    VERB_GAP,
    clause_edge,
    held_start,
    kept_clause,
    noun_tail,
)
from summarizer.figures.phrase_joins import CLAUSE_OPENER_SET, subject_and, whole_subject
from summarizer.figures.phrase_kinds import (
    alnum,
    between_open,
    clause_subject,
    content_word,
    finite,
    numeric,
    plain,
    verb_like,
)
from summarizer.figures.phrase_mend import mend
from summarizer.figures.phrase_names import name_end, name_start
from summarizer.figures.phrase_open_tail import object_end, open_tail
from summarizer.figures.phrase_particles import particle_end
from summarizer.figures.phrase_reporter import named_reporter
from summarizer.figures.phrase_sets import (
    DANGLING_SET,
    FUNCTION_WORD_SET,
    INFINITIVE_SET,
    LEADING_JUNK_SET,
    MAX_WORDS,
    MIN_WORDS,
    OPENERS,
    PAIR_START_SET,
    PHRASE_START_SET,
    PREPOSITION_CUT_SET,
    PREPOSITIONS,
    RELATIVE_CUT_SET,
    REPORTED_THAT_RE,
    REPORTING_RE,
    RIGHT_WHOLE,
    SAYING_SET,
    SOFT,
    SOFT_MAX,
)
from summarizer.figures.phrase_soft import soft_start
from summarizer.figures.phrase_start import lost_predicate, phrase_start
from summarizer.figures.phrase_subject import with_subject
from summarizer.figures.phrase_subject_far import far_subject
from summarizer.figures.phrase_tail import ends_open, open_end, phrase_cut, relative_tail
from summarizer.figures.phrase_verb_tail import verb_tail


def trim(left: list[str], right: list[str], whole: bool = False) -> str:
    """At most MAX_WORDS words around the figure, cut where a phrase or clause ends: a subordinate
    clause after it, the main clause before it, a reporting verb, a dangling word; then both
    ends mended to constituent edges (`phrase_mend`), up to SOFT_MAX words, and a predicate's
    lost subject put back in front (`phrase_subject`). `whole`: the words end on a list's last
    item and stay uncut up to SOFT_MAX words."""
    if whole and len(left) + len(right) <= SOFT_MAX:
        return _join(*_strip_ends(left, right, object_end(right, right)))
    right = _before_contrast(left, right)
    left0, right0 = list(left), list(right)
    held = False  # the soft cut kept the figure's subject: the tail gave way, no cut after
    if len(left) + len(right) > MAX_WORDS:
        cuts = (
            i
            for i, w in enumerate(right)
            if w.lower() in SOFT
            and len(left) + i >= MIN_WORDS
            and not (w.lower() == "and" and between_open(right, i))
            and not _paired_subject(left, right, i)
        )
        cut = next(cuts, None)
        opens = subject_and(right, cut) if cut is not None else None
        opens = opens if opens is not None and opens >= 0 else None
        if opens is not None and right[opens].lower() in CLAUSE_OPENER_SET:
            # "… since his campaign and | the RNC struck a deal": the clause whose subject the
            # "and" is inside goes whole, from the word that opens it.
            cut = opens if len(left) + opens >= MIN_WORDS else cut
        if cut is not None:
            right = right[:cut]
    if (
        len(left) + len(right) > MAX_WORDS
        and left[-1:] == ["and"]
        and between_open(left, len(left) - 1)
    ):
        # The figure closes a pair ("for both the 200m and …"): the pair and its preposition.
        p = max(i for i, w in enumerate(left) if w.lower() in PAIR_START_SET)
        p -= p > 0 and left[p - 1].lower() in PREPOSITIONS
        if len(left) - p + len(right) <= MAX_WORDS:
            left = left[p:]
    if len(left) + len(right) > MAX_WORDS:
        cut = max(
            (
                i
                for i, w in enumerate(left)
                if w.lower() in SOFT
                and not (w.lower() == "and" and between_open(left, i))
                and not (i == len(left) - 1 and _object_of(left, right))
            ),
            default=None,
        )
        kept = soft_start(left, cut, right) if cut is not None else []
        # "… stepping down after | serving on …": the gerund's subject comes back
        hold = held_start(left, cut, kept, right) if cut is not None else None
        if hold is not None:
            left, right = hold
            left0, held = list(left), True  # the subject's start (or the verb's): no mend past it
        elif cut is not None and len(left) - cut - 1 + len(right) >= MIN_WORDS:
            left = kept
    joined = " ".join(left)
    said = REPORTING_RE.match(joined + " ")
    rest = joined[said.end() :].split() if said else []
    verb = joined[: said.end()].split()[-1].lower() if said else ""
    prev = left0[len(left0) - len(left) - 1] if len(left0) > len(left) else ""
    said = said and not named_reporter(joined[: said.end()].split(), rest, right, prev)
    if said and len(rest) + len(right) >= MIN_WORDS and _reported(rest, right, verb):
        left = rest
    told = REPORTED_THAT_RE.match(" ".join(left) + " ")
    kept = " ".join(left)[told.end() :].split() if told else []
    prev = left0[len(left0) - len(left) - 1] if len(left0) > len(left) else ""
    told = told and not named_reporter(" ".join(left)[: told.end()].split(), kept, right, prev)
    if told and kept and len(kept) + len(right) >= MIN_WORDS:
        left = kept  # "the filmer wrote on the site that | the injury required …"
    if len(left) + len(right) > MAX_WORDS and not held:
        if len(right) > RIGHT_WHOLE:  # a short phrase after the figure stays whole
            cut_right = phrase_cut(right, max(MIN_WORDS, MAX_WORDS - len(left)), bool(left))
            # "the other … released | from the camp": the whole tail, and the left gives.
            whole = len(right) <= MAX_WORDS - MIN_WORDS and not ends_open(right)
            if whole and open_end(right, len(cut_right)):
                cut_right = right
        else:
            cut_right = right
        cut_off = left0[: len(left0) - len(left)][-1:] if left0[-len(left) :] == left else []
        clause = kept_clause(left, right, cut_right, cut_off)
        right = cut_right
        left = phrase_start(left, MAX_WORDS - len(right), len(right))
        if lost_predicate(left0, len(left0) - len(left), right):
            # "the plan for | a four-tier diploma to replace … | is expected": the verb is the
            # cut subject's, not the noun phrase's the start is inside; it goes.
            right = []
            left = phrase_start(left0, MAX_WORDS, 0)
        if clause is not None:
            # "she'd like to see … for … | beyond the contract": a cut start that loses the
            # clause's subject or verb ("like to see …", "the four | elected …"), or that
            # keeps a scrap of the phrase before it ("the capital that | the board spent"),
            # gives way to the clause whole within SOFT_MAX words
            ends = _finish(left0, right0, left, right)
            if _lost_clause(left0, ends[0], len(left0) - len(clause[0])):
                whole = _finish(left0, right0, *clause)
                noun = noun_tail(clause[1]) or []
                if len(whole[1]) >= len(noun):  # not at the cost of "… in total prize money"
                    ends = whole
            return _join(*ends)
    return _join(*_finish(left0, right0, left, right))


def _finish(
    left0: list[str], right0: list[str], left: list[str], right: list[str]
) -> tuple[list[str], list[str]]:
    """The cut words' ends mended and cleaned: constituent edges, a lost subject put back, a
    tail finished or ended, a name whole, dangling words gone."""
    left, right = mend(left0, right0, left, right, verb_like, finite)
    left = with_subject(left0, left, right, verb_like, finite)
    left = far_subject(left0, left, right, verb_like, finite)  # across asides or a chain
    right = finish_tail(left, relative_tail(right), right0)
    left, right = end_tail(left, right, right0)
    right = verb_tail(left, right, right0)
    right = open_tail(left, right, right0)  # "in an attempt | to cure", "to weaken | or repeal"
    left = head_start(left0, left, right)  # "a long-term | contract that …": the noun phrase
    left = name_start(left0, left, right)  # "Zhang | Yimou's …": the whole name
    right = name_end(right0, right, left)  # "… of Doctor | Who"
    left = whole_subject(left0, left, SOFT_MAX - len(right))  # "The company and | its …"
    return _strip_ends(left, right, particle_end(right0, right) or object_end(right, right0))


def _lost_clause(left0: list[str], left: list[str], opens: int) -> bool:
    """Whether a finished start `left` (an end of `left0`) lost the clause that opens at
    `left0[opens]`: it starts after the clause's subject ("she'd | like", "she'd like to see |
    the tram line"; not at a clause of its own), inside a noun phrase after a clause that
    opens at its verb ("accused the four | elected"), or before the clause with a
    verbless scrap of another phrase ("the capital that | the board"; not "the distance
    between one boat and | the next", one subject)."""
    start = len(left0) - len(left)
    if start < 0 or [w.rstrip(",") for w in left0[start:]] != [w.rstrip(",") for w in left]:
        return False  # a rebuilt phrase
    if start < opens:  # a scrap has no verb ("at a meeting in the capital that | …")
        words = left0[start : opens - 1]  # "meeting" is no verb, "told" is
        scrap = not any(finite(w) or (verb_like(w) and not w.endswith("ing")) for w in words)
        return scrap and left0[opens - 1].lower() not in PAIR_JOINS
    if start == opens or start == len(left0):
        return False
    word, before = left0[start], left0[start - 1]
    if clause_edge(left0, start) and (word[:1].isupper() or word.lower() in OPENERS):
        return False  # "the plan was that | the ferries could …": a clause of its own
    first = left0[opens]
    if clause_subject(first) or not first.islower() or first.lower() in OPENERS:
        return True  # the clause names its subject: "she'd like to see | the tram line"
    # a predicate with no subject is worth more only than a start inside a noun phrase ("the
    # four | elected"), at a word no phrase opens with, or right after its verb ("accused |
    # the four trustees of ignoring"; not "has fuelled their hope to become | the first side")
    inside = before.lower() in DANGLING_SET or numeric(before) or before.endswith(("'s", "’s"))
    inside |= word.islower() and word.lower() not in OPENERS and not numeric(word)
    return inside or start - opens <= VERB_GAP


def _reported(rest: list[str], right: list[str], verb: str) -> bool:
    """Whether the words after a reporting verb (`rest`, then the figure and `right`) are the
    clause it reports: not a passive's infinitive ("was said | to be worth …"), nor the
    object of a verb that also counts ("Berg added | … for the visitors": the figure has no
    verb of its own). `verb`: the reporting verb (or its "that")."""
    if rest:
        return not (rest[0].lower() == "to" and rest[1:2] and rest[1].lower() in INFINITIVE_SET)
    if verb in SAYING_SET or verb == "that":
        return True
    return any(w.islower() and (finite(w) or verb_like(w)) for w in right)


def _paired_subject(left: list[str], right: list[str], i: int) -> bool:
    """Whether the figure opens a subject that an "and" at `right[i]` pairs with a second
    figure before their one verb ("poll, | … of African Americans and | 81 percent of
    Hispanics have …"), or an "and" right after the figure pairs it with a second amount
    ("spend … and $7 million probing"): the cut there would drop what both share."""
    opens = not left or left[-1].endswith(",") or left[-1].lower() in CLAUSE_OPENER_SET
    paired = i + 1 < len(right) and any(c.isdigit() for c in right[i + 1])
    if paired and i == 0 and right[0].lower() == "and":
        # "spend … and | $7 million probing it": one verb's two amounts; not "costs … and | 15
        # games are …", where the second amount is the subject of a clause of its own
        return opens or not any(map(finite, right[2:6]))
    return opens and paired and subject_and(right, i) == -1


def _object_of(left: list[str], right: list[str]) -> bool:
    """Whether the figure is the object of the soft cut word before it, in a short main clause
    whose phrase goes on after it ("Pym equalised for the hosts after | … | with a …"): the
    clause stays whole and the tail gives."""
    if left[-1].lower() not in PREPOSITION_CUT_SET or not right:
        return False
    if right[0].lower() not in PHRASE_START_SET or len(left) > MAX_WORDS - MIN_WORDS:
        return False  # "after … | were arrested": the figure opens a clause of its own
    return left[0][:1].isupper() and left[0].lower() not in FUNCTION_WORD_SET


def _join(left: list[str], right: list[str]) -> str:
    words = [*left, *right]
    named = any(content_word(w) for w in words)
    # "Trump, who has …": the name before a relative pronoun's comma names what it is about
    named |= any(
        w.endswith(",") and content_word(w[:-1]) and nxt.lower() in RELATIVE_CUT_SET
        for w, nxt in pairwise(words)
    )
    if not named:
        return ""  # "It's …", "… no": the sentence names nothing, so no phrase at all
    # "…" stands where the figure is: "settling for …", "… of athletes and dancers".
    return " ".join([*left, "…", *right])


def _before_contrast(left: list[str], right: list[str]) -> list[str]:
    """The tail up to a "but" that opens a clause of its own ("… can be listed per album | but
    the labels behind …"): what follows it is another clause's."""
    for i in range(1, len(right) - 1):
        nxt = right[i + 1]
        opens = nxt.lower() in OPENERS or clause_subject(nxt) or nxt[:1].isupper()
        if right[i].lower() == "but" and opens and len(left) + i >= MIN_WORDS:
            return right[:i]
    return right


def _pointing(words: list[str]) -> bool:
    """Whether a capital "That" opening the words points ("That figure grew", "That means
    ..."): a lower-case content word follows it; not "That the …"."""
    return len(words) > 2 and words[0] == "That" and plain(words[1]) and words[1].islower()


def telling(left: list[str], right: list[str]) -> int:
    """How many words are left once the ends that say nothing are stripped."""
    kept_left, kept_right = _strip_ends(list(left), list(right))
    return len(kept_left) + len(kept_right)


TAIL_END_SET = DANGLING_SET | word_set(DANGLING_TAIL)  # "open just": no tail ends on "just"


def _strip_ends(
    left: list[str], right: list[str], particle: bool = False
) -> tuple[list[str], list[str]]:
    """Without a leading conjunction, a dangling last word ("in his", "the fifth of") or a
    token of symbols only ("???" where a page lost a dash); commas at the ends dropped.
    `particle`: the last word is a phrasal verb's particle ("handed in") and stays."""
    while left and (left[0].lower() in LEADING_JUNK_SET or not alnum(left[0]) or left[0] == "s"):
        if _pointing(left):
            break  # "That figure actually grew": a determiner or a subject, not a conjunction
        left = left[1:]  # "s" is what is left of "'s" after a name the clause cut off
    while right and (right[-1].lower().rstrip(",") in TAIL_END_SET or not alnum(right[-1])):
        if numbered(right) or particle:
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
