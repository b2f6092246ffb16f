"""The selection walks of the default summarizer: which sentences make the news lead, and what
a chosen sentence brings along or waits for.

A sentence that points back to the one before it ("So said ...", "But ...", a quotation going
on from the one before: `Links`) needs that one: in the lead it brings it along (`_chain`) or
gives its place to the next; after the lead, in a short summary, it waits until that one is
chosen (`with_antecedents`). Apart from the scoring (`summary.ranking`), which only says which
sentences are weak, hard to bring along, or in the lead.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np

from summarizer.summary.links import points_back
from summarizer.summary.openings import said_by_pronoun
from summarizer.summary.speech import Speech


@dataclass(frozen=True, slots=True)
class Scored:
    """A document as scored: each sentence's score and flags, and their tf-idf cosines."""

    scores: np.ndarray
    sim: np.ndarray
    lead_in: np.ndarray  # ends in ":", or an interview's line: never chosen
    # never brought along by one pointing back (see `DefaultSummarizer.pull_words`, `_score`)
    hard: np.ndarray
    lead: np.ndarray
    links: Links


class Links:
    """Which sentences point back to the one before (`links.points_back`, or a quotation said
    by a bare pronoun: `openings.said_by_pronoun`), read when first asked: only the lead's
    sentences and the ones before them are asked about."""

    __slots__ = ("_known", "_language", "_speech", "_texts")

    def __init__(
        self, texts: Sequence[str], language: str | None, speech: Speech | None = None
    ) -> None:
        self._texts = texts
        self._language = language
        self._speech = speech
        self._known: dict[int, bool] = {}

    def __getitem__(self, i: int) -> bool:
        known = self._known.get(i)
        if known is None:
            known = i > 0 and (
                points_back(self._texts[i], self._language)
                or said_by_pronoun(self._texts[i], self._language)
                or (self._speech is not None and self._speech.goes_on(i))
            )
            self._known[i] = known
        return known


def lead_sentences(
    good: np.ndarray,
    links: Links,
    hard: np.ndarray,
    slots: int,
    most: int,
    passed: Callable[[int], bool] = lambda i: False,
) -> list[int]:
    """The lead: the first good sentences, in article order, filling `slots` sentences with
    the ones they bring along (`_chain`, at most `most` each); one that points back to a
    sentence that cannot come along, or whose sentences no longer fit, gives its place to the
    next; one `passed` over (a quotation with no speaker near it) gives its place too."""
    lead: list[int] = []
    room = slots
    for i in good.tolist():
        if room <= 0:
            break
        if passed(i):
            continue
        chain = _chain(i, links, hard, lead.__contains__, most)
        if chain is not None and len(chain) <= room:
            lead.append(i)
            room -= len(chain)
    return lead


def with_antecedents(
    i: int, scored: Scored, taken: np.ndarray, wait: bool, most: int
) -> list[int] | None:
    """Sentence `i` and, if it is a lead sentence, the sentences before it not yet chosen that
    it points back to (`_chain`, at most `most`); None if `i` is a lead-in or its chain cannot
    come along, or if it is no lead sentence, points back to a sentence not yet chosen and
    must `wait`."""
    if scored.lead_in[i]:
        return None
    if not scored.lead[i]:
        return None if wait and scored.links[i] and not taken[i - 1] else [i]
    return _chain(i, scored.links, scored.hard, taken.__getitem__, most)


def _chain(
    i: int, links: Links, hard: np.ndarray, taken: Callable[[int], object], most: int
) -> list[int] | None:
    """Sentence `i` and the sentences before it that it points back to, not yet `taken`,
    nearest first; None if one of them cannot come along (a lead-in, boilerplate, a repeat, one
    too short to be pulled or cut off at its start: `hard`) or the chain runs over `most`."""
    group = [i]
    k = i
    while links[k] and not taken(k - 1):
        k -= 1
        if hard[k] or len(group) >= most:
            return None
        group.append(k)
    return group
