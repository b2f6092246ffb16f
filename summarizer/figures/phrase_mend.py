"""Mending a cut phrase's two ends so that each falls on a constituent's edge.

`phrase_trim.trim` cuts a clause to MAX_WORDS words at words that usually open a phrase. Its
cuts can still fall inside one: after a determiner ("The | 18-year-old"), between an auxiliary
and its verb ("has | agreed"), inside a coordination ("gloves and | antiseptics businesses",
"Green | and Lib Dem councillors"), between a head and its complement ("holders of … or more | of
the group's shares", "in exchange | for …"). Rather than another rule per shape, each end is
moved to the nearest constituent edge: the start extends left to the start of its noun phrase
or verb group (and the subject of the verb group), the tail right to the end of its phrase,
within a soft cap of SOFT_MAX words (`phrase_sets`). An end that cannot be mended stays as it
was cut.

This module decides which end moves and how far the whole phrase may grow; the rules live
apart: `mend_start` moves the start, `mend_tail` the tail, `mend_subject` finds the subjects
and clauses both ends are measured against, and `mend_sets` holds their sizes and word sets.
"""

from __future__ import annotations

from summarizer.figures.mend_sets import ADJUNCTS
from summarizer.figures.mend_start import lost_head, mend_start
from summarizer.figures.mend_subject import embedded_that, relative_subject, subject_end
from summarizer.figures.mend_tail import mend_tail
from summarizer.figures.phrase_sets import SOFT_MAX


def mend(
    left0: list[str], right0: list[str], left: list[str], right: list[str], verb_like, finite
) -> tuple[list[str], list[str]]:
    """`left`/`right` (a suffix of `left0`, a prefix of `right0`) with their cut ends moved to
    constituent edges while the phrase stays within SOFT_MAX words: a "that" clause whole
    without the outer verb after it, a subject whole (an adjunct after the figure gives way)."""
    if left0[len(left0) - len(left) :] != left or right0[: len(right)] != right:
        return left, right  # the phrase was rebuilt (a shared head, a reported clause)
    embedded = embedded_that(left0, len(left0) - len(left), right, finite)
    if embedded is not None:
        return left0[embedded:], []
    defined = relative_subject(left0, len(left0) - len(left), right, finite)
    if defined is not None:
        return left0[defined:], right
    aside = bool(left) and left[-1].endswith(",")  # "the most tickets, … and the highest"
    verbless = not any((finite(w) or verb_like(w)) and w.islower() for w in (*left, *right))
    right = mend_tail(right0, right, len(left), verb_like, aside, verbless)
    s = mend_start(left0, len(left0) - len(left), len(right), verb_like, finite)
    subject = subject_end(left0, s, verb_like, finite)
    if subject and len(left0) + len(right) > SOFT_MAX and right[:1] and right[0] in ADJUNCTS:
        right = []  # "Four suits worn by … album cover have sold for … | at a US auction"
    if subject and len(left0) + len(right) <= SOFT_MAX:
        s = 0  # "their … album cover | have sold": the whole subject, not its last words
    elif s > 0 and len(left0) + len(right) <= SOFT_MAX and lost_head(left0, s, verb_like):
        s = 0  # "He played a cop in | the US series … for …": the clause whole, verb and all
    return left0[s:], right
