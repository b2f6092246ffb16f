"""A "respectively" list of figures gets the names it pairs them with.

"… followed by Paul Deane at 15 percent and council members Ana Ruiz and Tom Bell, | 12 and 7
percent respectively": the clause finder cuts at the comma, so the phrase was "12 and …
respectively", which says whose share it is nowhere. When the figure's clause opens right after
a comma and says "respectively", the names the clause before ends on ("Ana Ruiz and Tom Bell")
go in front, within SOFT_MAX words. Apart from `context_hosts` because the host is not a
whole clause but the pair of names at its end.
"""

from __future__ import annotations

from summarizer.figures.clauses import figure_clauses
from summarizer.figures.context_tokens import clause_words
from summarizer.figures.phrase_sets import SOFT_MAX

RESPECTIVELY = "respectively"
MAX_NAMES = 8  # words at most of the names ("Sens. Marco Rubio and Ted Cruz")


def respective_names(
    phrase: str, text: str, s_start: int, s_end: int, f_start: int, f_end: int
) -> str:
    """`phrase` with the pair of names the clause before ends on, when the figure's clause is
    a bare "respectively" list of figures; else `phrase`."""
    words = phrase.split()
    if RESPECTIVELY not in (w.strip(".,;").lower() for w in words):
        return phrase
    text, clauses, idx, f_start, f_end = figure_clauses(text, s_start, s_end, f_start, f_end)
    if not idx:
        return phrase
    a = clauses[idx][0]
    b = clauses[idx - 1][1]
    own = clause_words(text[a:f_start])
    if "," not in text[b:a] or (own and own[:1] != words[:1]) or (not own and words[0] != "…"):
        return phrase  # not a clause of its own after a comma, or the phrase starts elsewhere
    if any(w[:1].isupper() for w in words):
        return phrase  # the phrase names someone already
    names = _names(clause_words(text[clauses[idx - 1][0] : b]))
    if not names or len(names) + len(words) - 1 > SOFT_MAX:
        return phrase
    return " ".join([*names[:-1], names[-1] + ",", *words])


def _names(words: list[str]) -> list[str]:
    """The capitalised run with an "and" that `words` end on ("Sens. Marco Rubio and Ted
    Cruz"), or nothing."""
    k = len(words)
    while k > 0 and len(words) - k < MAX_NAMES and _named(words[k - 1]):
        k -= 1
    run = words[k:]
    while run and run[0] == "and":
        run = run[1:]
    capitals = sum(w[:1].isupper() for w in run)
    return run if "and" in run and capitals >= 2 and run[-1][:1].isupper() else []


def _named(word: str) -> bool:
    """A word of a run of names: capitalised, or the "and" between two."""
    return word[:1].isupper() or word == "and"
