"""A phrase that opens at a participle after a comma gets the clause it hangs on.

"The city's budget took off, | averaging … growth per year": the participle's subject is the
main clause's, and the clause finder cut the phrase at the comma, so the bullet read
"averaging … growth per year" with nothing doing the averaging. When that main clause opens
the sentence and is short, the phrase takes it whole (with its comma), within SOFT_MAX words;
apart from `context_asides`, which puts back a subject behind asides before a finite verb.
"""

from __future__ import annotations

from summarizer.figures.clauses import figure_clauses
from summarizer.figures.context_tokens import clause_words
from summarizer.figures.phrase_kinds import finite, verb_like
from summarizer.figures.phrase_sets import PREPOSITIONS, SOFT_MAX, SUBORDINATOR_SET

MARK = "…"


def participle_host(
    phrase: str, text: str, s_start: int, s_end: int, f_start: int, f_end: int
) -> str:
    """`phrase` after the sentence's opening clause and a comma, when it opens at a present
    participle that starts the second clause; else `phrase`."""
    words = phrase.split()
    if not words or not _participle(words[0]):
        return phrase
    text, clauses, idx, f_start, f_end = figure_clauses(text, s_start, s_end, f_start, f_end)
    if idx != 1:
        return phrase  # only a participle right after the sentence's opening clause
    a = clauses[1][0]
    first, end = clauses[0]
    if "," not in text[end:a] or clause_words(text[a:f_start], text[first:a])[:1] != words[:1]:
        return phrase  # no comma before it, or the phrase starts elsewhere than at the clause
    host = clause_words(text[first:end])
    if not host or not host[0][:1].isupper() or len(host) + len(words) - 1 > SOFT_MAX:
        return phrase
    lead = host[0].lower()
    if lead in PREPOSITIONS or lead in SUBORDINATOR_SET or not any(map(_verb, host[1:])):
        return phrase  # "When the plant closed, | leaving …": no main clause to hang on
    if any(w.lower() in _RELATIVES for w in host):
        return phrase  # "a system where a single mum, | working …": the participle is the mum's
    return " ".join([*host[:-1], host[-1] + ",", *words])


def _participle(word: str) -> bool:
    """A lower-case present participle: "averaging", "winning" (not "during", "according")."""
    return word.islower() and word.endswith("ing") and len(word) > 5 and word not in _NOT


_RELATIVES = frozenset(("where", "who", "whom", "whose", "which", "when", "that", "if"))
# -ing words that open no participle clause of the main clause's subject ("bring" and "thing"
# are too short to pass)
_NOT = frozenset(
    ("during", "according", "including", "regarding", "concerning", "following", "nothing")
)


def _verb(word: str) -> bool:
    """A finite verb or a past form ("took", "boomed"), not another participle."""
    return finite(word) or (verb_like(word) and not word.endswith("ing"))
