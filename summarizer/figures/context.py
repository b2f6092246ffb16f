"""Short context phrases for figures: the figure's clause, trimmed to a few telling words.

A figure alone ("at least 15 documents") needs what it is about ("The two sides also signed");
the whole sentence is too long for a bullet, so we cut at clause boundaries to about 12 words
(`phrase_sets.MAX_WORDS`); mending a cut phrase back to a whole one may take it to 16
(`phrase_sets.SOFT_MAX`).
This module assembles the phrase: it takes the figure's clause (`summarizer.figures.clauses`
finds it), lends it what it says too little of, and hands the words to
`summarizer.figures.phrase_trim`, which cuts them to length. Each lending is its own module:
the noun a relative clause is about (`context_relative`), the host clause a modifier, an
appositive or a verbless clause hangs on (`context_hosts`), what "its", "those" or a second
predicate point back to (`context_referents`), the list a figure ends (`context_lists`), and
whole clauses for a phrase still too short (`context_borrow`), a bare poll share's group
from outside its clause (`context_population`), and the subject before a verb's asides in the
clauses before (`context_asides`), the opening clause a participle hangs on
(`context_participle`), the names a "respectively" list pairs with (`context_respectively`);
a phrase that still opens or ends as a fragment falls back to a whole clause, the subject's
head or none (`context_fallback`, `context_head`); a figure by a pair of dashes is told
across it (`context_dash_pair`); a tail cut short is mended (`context_tail_cut`); what kind
of clause the figure's is (`context_shapes`), the words of a clause's text (`context_tokens`)
and the sizes and sets (`context_sets`) are apart too.
"""

from __future__ import annotations

from summarizer.figures.clauses import figure_clauses
from summarizer.figures.context_asides import aside_subject
from summarizer.figures.context_borrow import adjunct_phrase, borrowed_phrase
from summarizer.figures.context_dash_pair import dash_pair
from summarizer.figures.context_fallback import whole_or_none
from summarizer.figures.context_hosts import host_left
from summarizer.figures.context_lists import list_tail
from summarizer.figures.context_participle import participle_host
from summarizer.figures.context_population import with_population
from summarizer.figures.context_referents import referent_left
from summarizer.figures.context_relative import relative_left
from summarizer.figures.context_respectively import respective_names
from summarizer.figures.context_run_on import run_on_cut
from summarizer.figures.context_sets import (
    ANTECEDED,
    CONCESSIVE_SET,
    SPAN_SUBJECT_SET,
    SPAN_TAKE_SET,
)
from summarizer.figures.context_shapes import opening_adjunct
from summarizer.figures.context_tail_cut import mended_tail
from summarizer.figures.context_tokens import clause_words
from summarizer.figures.phrase_sets import MIN_WORDS, SOFT_MAX
from summarizer.figures.phrase_trim import telling, trim


def context_phrase(text: str, s_start: int, s_end: int, f_start: int, f_end: int) -> str:
    """A few words around the figure from its own clause, with "…" where the figure was; a
    bare poll share with the group it counts (`context_population`)."""
    phrase = _phrase(text, s_start, s_end, f_start, f_end)
    phrase = dash_pair(  # "Nine candidates — including … — | are running"
        phrase,
        text,
        s_start,
        s_end,
        f_start,
        f_end,
        lambda bar: _phrase(bar, s_start, s_end, f_start, f_end),
    )
    phrase = run_on_cut(phrase, text, s_start, f_start)  # "… out | Jones showed him how"
    phrase = mended_tail(phrase, text, s_end, f_end)  # "About … fall | under that category"
    return with_population(phrase, text, s_start, f_start, f_end) if phrase else phrase


def _phrase(text: str, s_start: int, s_end: int, f_start: int, f_end: int) -> str:
    """The clause's phrase with its subject, host or whole clause put back where it lacks one."""
    phrase = _clause_phrase(text, s_start, s_end, f_start, f_end)
    phrase = aside_subject(phrase, text, s_start, s_end, f_start, f_end)  # "Dorsey, …, | posted"
    phrase = participle_host(phrase, text, s_start, s_end, f_start, f_end)  # "X rose, | averaging"
    phrase = respective_names(phrase, text, s_start, s_end, f_start, f_end)  # "X and Y, | 1 and …"
    phrase = _main(phrase)  # "Though Delaware has …" -> "Delaware has …"
    return whole_or_none(phrase, text, s_start, s_end, f_start, f_end)  # "refunded …"


def _main(phrase: str) -> str:
    """`phrase` without a concessive "though"/"although" that opens it: the bullet states the
    clause, and the main clause it conceded to is not shown. Only when two words are left."""
    words = phrase.split()
    if len(words) > 2 and words[0].lower() in CONCESSIVE_SET:
        return " ".join(words[1:])
    return phrase


def _clause_phrase(text: str, s_start: int, s_end: int, f_start: int, f_end: int) -> str:
    """The phrase cut from the figure's clause, lent what it says too little of."""
    text, clauses, idx, f_start, f_end = figure_clauses(text, s_start, s_end, f_start, f_end)
    if idx is None:
        return ""
    a, b = clauses[idx]
    first = clauses[0][0]
    left = clause_words(text[a:f_start], text[first:a])
    right = clause_words(text[f_end:b], text[first:f_end])
    if left and left[0].lower() in ANTECEDED and idx > 0:
        left, done = relative_left(text, clauses, idx, left, right)
    else:
        left, done = host_left(text, clauses, idx, left, right)
    if done is not None:
        return done
    left = referent_left(text, clauses, idx, left, right, text[f_start:f_end])
    if _spanned(left) and right and len(left) + len(right) <= SOFT_MAX:
        # "Typically it takes … from when a decision is taken before a new model hits the
        # streets": what the span measures is the complement after it, kept whole.
        return trim(left, right, True)
    if idx == 0 and len(clauses) > 1 and text[b : b + 1] == "," and opening_adjunct(left, right):
        phrase = adjunct_phrase(text, clauses, left, right)
        if phrase is not None:
            return phrase
    if telling(left, right) >= MIN_WORDS:
        listed = list_tail(text, clauses, idx, len(left), right)
        return trim(left, listed, len(listed) > len(right))
    return borrowed_phrase(text, clauses, idx, left, right)


def _spanned(words: list[str]) -> bool:
    """Whether `words` end with an anticipatory "it" and a form of "take" ("it takes …")."""
    pair = [w.lower() for w in words[-2:]]
    return len(pair) == 2 and pair[0] in SPAN_SUBJECT_SET and pair[1] in SPAN_TAKE_SET
