"""A figure next to or inside a pair of spaced dashes is told with the clause the pair sits in.

The clause finder cuts at every dash, so a pair of dashes leaves three clauses where the
sentence has one: "Nine candidates — including a deputy mayor, three councillors and two
bakers — are running for mayor" gives "Nine candidates" no predicate ("… including a deputy
mayor") and "three councillors" only its neighbours in the list; "… vowed to expel all
cyclists — 40,000 riders of a city — from the old town" leaves "… of a city" alone. This step
puts the clause back together around the aside: the subject before the pair with the
predicate after it, the aside cut to the figure's own item; an appositive aside after a
clause with a verb is read as the clause runs on ("―", the bar the clause finder does not
cut at, stands in for the pair while the phrase is made).
"""

from __future__ import annotations

import re

from summarizer.figures.context_sets import DASH_LIST_OPENERS, DASH_TAIL_STOPS
from summarizer.figures.phrase_kinds import finite, verb_like
from summarizer.figures.phrase_sets import MIN_WORDS, SOFT_MAX
from summarizer.figures.phrase_subject import ADVERBS

MARK = "…"
BAR = "―"
SUBJECT_WORDS = 6  # words at most of a subject before the pair ("Seven Senate candidates")
ITEM_WORDS = 4  # words at most kept of the figure's own list item after it
_DASH = re.compile(r"(?<=\S) [—–] (?=\S)")
_LIST_OPENERS = frozenset(DASH_LIST_OPENERS.split())
_QUOTES = "\"“”‘’'"
_JOINS = frozenset(("and", "or"))
_TAIL_STOPS = frozenset(DASH_TAIL_STOPS.split())


def dash_pair(
    phrase: str, text: str, s_start: int, s_end: int, f_start: int, f_end: int, remake
) -> str:
    """`phrase`, or the figure's clause told across a pair of dashes in its sentence (see the
    module's docstring); `remake(text)` makes the phrase again for a text whose pair is
    read as part of the clause."""
    marks = [(m.start(), m.end()) for m in _DASH.finditer(text, s_start, s_end)]
    for (a1, b1), (a2, b2) in zip(marks[::2], marks[1::2], strict=False):
        if b1 <= f_start and f_end <= a2:
            return _inside(phrase, text, s_start, s_end, f_start, f_end, (a1, b1, a2, b2), remake)
        if f_end <= a1:
            return _before(phrase, text, s_start, s_end, f_start, f_end, (a1, b2))
    return phrase


def _before(
    phrase: str, text: str, s_start: int, s_end: int, f_start: int, f_end: int, pair
) -> str:
    """ "Nine candidates — including … — are running …": the figure in the subject before
    the pair gets the predicate after it."""
    a1, b2 = pair
    left = [w for w in text[s_start:f_start].split() if w.strip(_QUOTES)]
    left[:1] = [left[0].lstrip(_QUOTES)] if left else []
    mid = text[f_end:a1].split()
    post = _predicate(text[b2:s_end].split())
    if not post or len(left) + len(mid) > SUBJECT_WORDS or _verb_in(left + mid):
        return phrase
    if post[0] in phrase.split():
        return phrase
    words = _fit([*left, MARK, *mid], post)
    return " ".join(words) if words else phrase


def _inside(
    phrase: str, text: str, s_start: int, s_end: int, f_start: int, f_end: int, pair, remake
) -> str:
    """The figure inside the pair: an appositive after a clause runs on with it; a list item
    after a bare subject gets that subject and the predicate after the pair."""
    a1, b1, a2, b2 = pair
    aside_left = text[b1:f_start].split()
    aside_right = text[f_end:a2].split()
    if _verb_in(aside_left + aside_right):
        return phrase  # "— who won 40 percent —": a clause of its own, told as one
    pre = text[s_start:a1].split()
    dash = text[a1:b1].strip()
    after = text[b2:s_end].split()
    runs_on = not after or not (finite(after[0]) or verb_like(after[0]))
    if not aside_left and _verb_in(pre) and runs_on:
        # "vowed to expel all cyclists — … of a city — from the old town"; not a subject's
        # appositive ("Those who think X — … nationally — stressed"), whose predicate follows
        bar = text[:a1] + text[a1:b1].replace(dash, BAR) + text[b1:a2]
        bar += text[a2:b2].replace(text[a2:b2].strip(), BAR) + text[b2:]
        made = remake(bar)
        if BAR in made and MARK in made:
            return made.replace(BAR, dash)
        return phrase
    post = _predicate(text[b2:s_end].split())
    if not post or not pre or len(pre) > SUBJECT_WORDS or _verb_in(pre):
        return phrase
    if aside_left and aside_left[0].lower() in _LIST_OPENERS:
        own = [aside_left[0], MARK, *_item_rest(aside_right)]  # "— including …, Y and Z —"
    elif ", " not in text[b1:a2]:
        own = [*aside_left, MARK, *aside_right]  # "— between the ages of … and 29 —" whole
    else:
        return phrase
    words = _fit([*pre, dash, *own, dash], post)
    return " ".join(words) if words else phrase


def _item_rest(words: list[str]) -> list[str]:
    """What the figure's own list item says after it, when short: "… hoping to win" -> the
    item up to its comma or "and", else nothing."""
    rest: list[str] = []
    for w in words:
        if w.lower() in _JOINS:
            break
        rest.append(w.rstrip(","))
        if w.endswith(","):
            break
    return rest if len(rest) <= ITEM_WORDS else []


def _predicate(words: list[str]) -> list[str]:
    """The words after the pair when they open with a finite verb (an adverb may come
    first), else []."""
    v = 1 if words and (words[0] in ADVERBS or _ly(words[0])) else 0
    return words if len(words) > v and finite(words[v]) else []


def _fit(head: list[str], post: list[str]) -> list[str]:
    """`head` and as much of `post` as fits SOFT_MAX words, cut after a comma or at the
    sentence's end; [] when that end lies past SOFT_MAX words or less than MIN_WORDS fit."""
    room = SOFT_MAX - (len(head) - 1)
    kept: list[str] = []
    for n, w in enumerate(post[:room]):
        kept.append(w.rstrip(",;:"))
        if w.endswith((",", ";", ":")) or n == len(post) - 1:
            break
    else:
        return []  # "can be attributed to his": the predicate cut mid-phrase
    kept[-1] = kept[-1].rstrip(".!?")
    while kept and kept[-1].lower() in _TAIL_STOPS:
        kept.pop()
    return [*head, *kept] if len(kept) >= MIN_WORDS else []


def _verb_in(words: list[str]) -> bool:
    return any(w.islower() and finite(w.strip(",;:")) for w in words)


def _ly(word: str) -> bool:
    """A manner adverb before a verb ("effectively", "quietly")."""
    return word.islower() and len(word) > 4 and word.endswith("ly")
