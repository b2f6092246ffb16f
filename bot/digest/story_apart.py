"""What keeps two items, or two groups of items, apart as two events however alike their words.

Split from bot.digest.stories (session 13): grouping (`stories.group`) and repeats of known
stories (bot.digest.story_known) both ask it. Two groups are told apart by other weekdays or by
specific figures none in common (`stories_told_apart`: a story and its follow-up); a pair is
two events when story_contradict's `contradict` says so (a preview and its report), when one
counts its event as the second of a kind and the other came first (`second_apart`), or when one
denies a link with what the other's headline names (`denies`). `Apart` checks two groups for
such a pair, each pair once. Pure: no I/O.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from bot.digest.story_contradict import contradict
from bot.digest.story_figures import roughly, specific
from bot.digest.story_fingerprint import Fingerprint

# Two groups are told apart (other weekdays, other figures) by all their copies together: True;
# False: by any pair across (session 10's first pass).
APART_BY_STORY = True
# An item whose headline or lead opening counts its event as the second of a kind
# (Fingerprint.second: "Zweiter Brand in einer Nacht", lead "Segundo accidente del día") is
# never one story with an item not saying so published at least this many hours before it: the
# first event, reported first (`Apart`). Copies of the second event published with it (within
# the hours) still join. None: off. Round 19 (in-sample since; docs/digest.md, "Session 12,
# sixth pass"): the barn fire hours after a furniture store's, the motorcyclist killed on the
# road of the morning's bus crash.
SECOND_APART_HOURS: float | None = 1.0


def stories_told_apart(prints: Sequence[Fingerprint], left: set[int], right: set[int]) -> bool:
    """Whether two groups name other weekdays, or specific figures on both sides and none in
    common: what a follow-up repeating its story's background differs by (a runoff's result
    and the first round's). With APART_BY_STORY each group counts as the weekdays and figures
    of all its copies: one copy gives the fine, another the speed, and a third both."""
    if not APART_BY_STORY:
        return any(told_apart(prints[x], prints[y]) for x in left for y in right)
    return told_apart(_facts(prints, left), _facts(prints, right))


def _facts(prints: Sequence[Fingerprint], group: set[int]) -> _Facts:
    if len(group) == 1:
        fp = prints[next(iter(group))]
        return _Facts(fp.days, frozenset(n for n in fp.numbers if specific(n)), fp.rough)
    days, figures, rough = set(), set(), []
    for i in group:
        days |= prints[i].days
        figures.update(n for n in prints[i].numbers if specific(n))
        rough.extend(prints[i].rough)
    return _Facts(frozenset(days), frozenset(figures), tuple(rough))


class _Facts(NamedTuple):
    """What tells a story from a follow-up: its weekdays, specific figures, rough figures."""

    days: frozenset[str]
    figures: frozenset[str]
    rough: tuple[tuple[float, int], ...]


def told_apart(a: Fingerprint | _Facts, b: Fingerprint | _Facts) -> bool:
    """Other weekdays, or specific figures on both sides and none in common, not even roughly."""
    if a.days and b.days and not a.days & b.days:
        return True
    mine = a.figures if isinstance(a, _Facts) else {n for n in a.numbers if specific(n)}
    theirs = b.figures if isinstance(b, _Facts) else {n for n in b.numbers if specific(n)}
    return bool(mine and theirs and not mine & theirs) and not roughly(a.rough, b.rough)


def second_apart(a: Fingerprint, b: Fingerprint) -> bool:
    """Whether one of the two counts its event as the second of a kind (Fingerprint.second)
    and the other, not saying so, was published SECOND_APART_HOURS or more before it: the
    first event. Both must be dated."""
    if SECOND_APART_HOURS is None or a.second == b.second or not (a.dated and b.dated):
        return False
    first, second = (b, a) if a.second else (a, b)
    return second.stamp - first.stamp >= SECOND_APART_HOURS * 3600


def denies(a: Fingerprint, b: Fingerprint) -> bool:
    """Whether one item's headline names what the other denies a link with
    (`story_reference.denied_stems`): the arrest "not connected to the morning's jewellery
    raid" and "Armed raid on Dunlow jewellers" are two events, whatever else they share."""
    return bool(a.denied & b.title_words) or bool(b.denied & a.title_words)


class Apart:
    """Whether two groups hold a pair that `story_contradict.contradict` says are two events (a
    match's preview and its report, a trial's opening and its verdict) or `second_apart` or
    `denies` does (an arrest "not connected to the jewellery raid"): then no
    chain of links joins them. Only items naming a stage, an ordinal, a score, a second event
    or a denied link can be told apart so, so only pairs with one are checked; each pair once."""

    def __init__(self, prints: Sequence[Fingerprint]) -> None:
        self._prints = prints
        self._marked = [
            bool(fp.stages or fp.scores or fp.ordinals or fp.second or fp.denied) for fp in prints
        ]
        self._known: dict[tuple[int, int], bool] = {}

    def any(self, left: set[int], right: set[int]) -> bool:
        marked = self._marked
        pairs = [(x, y) for x in left if marked[x] for y in right]
        pairs += [(x, y) for y in right if marked[y] for x in left if not marked[x]]
        if not pairs:
            return False
        for x, y in pairs:
            key = (x, y) if x < y else (y, x)
            found = self._known.get(key)
            if found is None:
                a, b = self._prints[x], self._prints[y]
                found = self._known[key] = contradict(a, b) or second_apart(a, b) or denies(a, b)
            if found:
                return True
        return False
