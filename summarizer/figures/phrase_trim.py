"""Cutting a figure's clause down to a phrase: at most MAX_WORDS words, cut where a phrase or
clause starts, with no dangling word, lost subject or half-said tail at either end.

Apart from `summarizer.figures.clauses` (where the clause is) and `summarizer.figures.context`
(which clauses the phrase takes): this part works on word lists only, with no offsets, and
decides which words of them stay; `context` calls `trim` once per figure.
"""

from __future__ import annotations

from summarizer.figures.phrase_edges import finish_tail, numbered
from summarizer.figures.phrase_ends import end_tail
from summarizer.figures.phrase_heads import head_start
from summarizer.figures.phrase_kinds import (
    alnum,
    between_open,
    clause_subject,
    content_word,
    finite,
    verb_like,
)
from summarizer.figures.phrase_mend import mend
from summarizer.figures.phrase_names import name_end, name_start
from summarizer.figures.phrase_particles import particle_end
from summarizer.figures.phrase_sets import (
    DANGLING_SET,
    FUNCTION_WORD_SET,
    LEADING_JUNK_SET,
    MAX_WORDS,
    MIN_WORDS,
    OPENERS,
    PAIR_START_SET,
    PHRASE_START_SET,
    PREPOSITION_CUT_SET,
    PREPOSITIONS,
    REPORTED_THAT_RE,
    REPORTING_RE,
    RIGHT_WHOLE,
    SOFT,
    SOFT_MAX,
)
from summarizer.figures.phrase_soft import soft_start
from summarizer.figures.phrase_start import lost_predicate, phrase_start
from summarizer.figures.phrase_subject import with_subject
from summarizer.figures.phrase_tail import ends_open, open_end, phrase_cut, relative_tail
from summarizer.figures.phrase_verb_tail import verb_tail


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
                if w.lower() in SOFT
                and len(left) + i >= MIN_WORDS
                and not (w.lower() == "and" and between_open(right, i))
            ),
            None,
        )
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
        if cut is not None and len(left) - cut - 1 + len(right) >= MIN_WORDS:
            left = soft_start(left, cut, right)
    joined = " ".join(left)
    said = REPORTING_RE.match(joined + " ")
    if said and len(joined[said.end() :].split()) + len(right) >= MIN_WORDS:
        left = joined[said.end() :].split()
    told = REPORTED_THAT_RE.match(" ".join(left) + " ")
    kept = " ".join(left)[told.end() :].split() if told else []
    if kept and len(kept) + len(right) >= MIN_WORDS:
        left = kept  # "the filmer wrote on the site that | the injury required …"
    if len(left) + len(right) > MAX_WORDS:
        if len(right) > RIGHT_WHOLE:  # a short phrase after the figure stays whole
            cut_right = phrase_cut(right, max(MIN_WORDS, MAX_WORDS - len(left)), bool(left))
            # "the other … released | from the camp": the whole tail, and the left gives.
            whole = len(right) <= MAX_WORDS - MIN_WORDS and not ends_open(right)
            if whole and open_end(right, len(cut_right)):
                cut_right = right
            right = cut_right
        left = phrase_start(left, MAX_WORDS - len(right), len(right))
        if lost_predicate(left0, len(left0) - len(left), right):
            # "the plan for | a four-tier diploma to replace … | is expected": the verb is the
            # cut subject's, not the noun phrase's the start is inside; it goes.
            right = []
            left = phrase_start(left0, MAX_WORDS, 0)
    left, right = mend(left0, right0, left, right, verb_like, finite)
    left = with_subject(left0, left, right, verb_like, finite)
    right = finish_tail(left, relative_tail(right), right0)
    left, right = end_tail(left, right, right0)
    right = verb_tail(left, right, right0)
    left = head_start(left0, left, right)  # "a long-term | contract that …": the noun phrase
    left = name_start(left0, left, right)  # "Zhang | Yimou's …": the whole name
    right = name_end(right0, right, left)  # "… of Doctor | Who"
    return _join(*_strip_ends(left, right, particle_end(right0, right)))


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
    if not any(content_word(w) for w in (*left, *right)):
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


def telling(left: list[str], right: list[str]) -> int:
    """How many words are left once the ends that say nothing are stripped."""
    kept_left, kept_right = _strip_ends(list(left), list(right))
    return len(kept_left) + len(kept_right)


def _strip_ends(
    left: list[str], right: list[str], particle: bool = False
) -> tuple[list[str], list[str]]:
    """Without a leading conjunction, a dangling last word ("in his", "the fifth of") or a
    token of symbols only ("???" where a page lost a dash); commas at the ends dropped.
    `particle`: the last word is a phrasal verb's particle ("handed in") and stays."""
    while left and (left[0].lower() in LEADING_JUNK_SET or not alnum(left[0]) or left[0] == "s"):
        left = left[1:]  # "s" is what is left of "'s" after a name the clause cut off
    while right and (right[-1].lower().rstrip(",") in DANGLING_SET or not alnum(right[-1])):
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
