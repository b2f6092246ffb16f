"""Whether a reporting clause names what the pronoun of the clause it reports stands for.

Reading 18 of issue #18 found "it raised … in January" where the sentence said "Bernie Sanders'
campaign says it raised …": the cutter drops "X says" before a reported clause, since who
said it is seldom what a figure counts; but when the reported clause opens with a pronoun that
stands for the reporter, the pronoun alone names nothing, so the reporter stays. Apart from
`phrase_trim`, which drops the reporting words; this decides when they stay.
"""

from __future__ import annotations

from summarizer.figures.phrase_kinds import alnum, clause_subject, verb_like
from summarizer.figures.phrase_sets import (
    MAX_WORDS,
    NAME_CUT_WORDS,
    OPENERS,
    REPORTED_PRONOUNS,
    REPORTER_WORDS,
)


def named_reporter(head: list[str], rest: list[str], right: list[str], prev: str) -> bool:
    """Whether the reporting words `head` ("Bernie Sanders' campaign says") name what the
    pronoun opening the reported clause `rest` ("it raised …") stands for, in a phrase of at
    most MAX_WORDS: a short noun phrase, then the verb (and "that"). Then they stay, since
    "it raised …" alone says nothing of whose money it is. `prev`: the word a cut left before
    `head`; a name's word there ("Institute of | Geography and Statistics IBGE said") means the
    cut split the reporter's name."""
    if not rest or rest[0].lower() not in REPORTED_PRONOUNS:
        return False
    if prev[:1].isupper() or prev.lower() in NAME_CUT_WORDS:
        return False
    if len(head) + len(rest) + len(right) > MAX_WORDS:
        return False
    subject = head[: -2 if head[-1].lower() == "that" else -1]
    if not subject or len(subject) > REPORTER_WORDS:
        return False
    opens = subject[0][:1].isupper() or subject[0].lower() in OPENERS
    plain_words = all(alnum(w) and not w.endswith(",") for w in subject)
    return opens and plain_words and not any(clause_subject(w) or verb_like(w) for w in subject)
