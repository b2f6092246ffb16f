"""A phrase that opens at a bare verb after commas gets the subject before its asides.

The clause finder ends a clause at a comma, so "Jack Dorsey, Twitter's chief executive, |
posted … on his social network" leaves the figure's clause as "posted … on his social
network": a predicate whose subject sits in the clauses before, behind one or more asides (an
appositive, an age, a place). `phrase_subject_far` finds that subject in the sentence's words
up to the clause; this module puts it (asides dropped) before a finished phrase that starts
where the clause does, within SOFT_MAX words.
"""

from __future__ import annotations

from summarizer.figures.clauses import figure_clauses
from summarizer.figures.context_tokens import clause_words
from summarizer.figures.phrase_kinds import finite, verb_like
from summarizer.figures.phrase_sets import SOFT_MAX
from summarizer.figures.phrase_subject import ADVERBS, is_verb
from summarizer.figures.phrase_subject_far import across_asides


def aside_subject(
    phrase: str, text: str, s_start: int, s_end: int, f_start: int, f_end: int
) -> str:
    """`phrase` with the subject before the asides put in front, when it opens at the bare verb
    its clause opens with, right after a comma; else `phrase`."""
    words = phrase.split()
    if not words or words[0] == "…":
        return phrase
    adverb = words[0] in ADVERBS or (words[0].islower() and words[0].endswith("ly"))
    v = 1 if adverb and len(words) > 1 else 0  # "…, | effectively ended"
    if not is_verb(words[v], verb_like, finite):
        return phrase
    text, clauses, idx, f_start, f_end = figure_clauses(text, s_start, s_end, f_start, f_end)
    if not idx:
        return phrase
    a = clauses[idx][0]
    if clause_words(text[a:f_start], text[clauses[0][0] : a])[:1] != words[:1]:
        return phrase  # the phrase starts elsewhere than at its clause's verb
    before: list[str] = []
    for j in range(idx):
        b, nxt = clauses[j][1], clauses[j + 1][0]
        part = clause_words(text[clauses[j][0] : b], text[clauses[0][0] : clauses[j][0]])
        if part and "," in text[b - 1 : nxt]:
            part[-1] += ","  # the clause finder keeps no comma; the asides are read by them
        before += part
    if not before or not before[-1].endswith(","):
        return phrase
    room = SOFT_MAX - len(words) + 1  # "…" is no word
    back = across_asides(
        [*before, *words], len(before), room + len(words), verb_like, finite, False
    )
    if back is None:
        return phrase
    k = len(back) - len(words)
    if k > 0 and words[v].endswith("ed") and words[v + 1 : v + 2] == ["by"]:
        back[k - 1] += ","  # "The party, typically attended by …": a participle, no verb
    return " ".join(back)
