"""The kinds of event an item reports (a closure, a robbery, a fire), and whether two disagree.

A silent repeat hides an item (bot.digest.story_known), so two items at one place that report
different kinds of event (a post office's closure, then its robbery the same day) must not make
one a repeat of the other, however many names they share. Kinds are read from the item's story
stems (`Fingerprint.weights`: the headline and the lead's opening), which a known story keeps
too (its stored mark has no text): the headline's (LEAD_KINDS). Weak evidence within a digest
(a weighed link, a follow-up, a stray: bot.digest.stories) asks the narrower `kinds_apart`: a
story's own follow-up names other kinds (a closed road reopens), a mayor's new bridge and his
questioning by the police never make one story. Word lists in bot.digest.story_event_lexicon.
Pure: no I/O.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from bot.digest.story_event_lexicon import (
    COMPATIBLE,
    KIND_ENDS,
    KIND_STARTS,
    KIND_STEMS,
    WEAK_APART,
)
from bot.digest.story_fingerprint import Fingerprint

# The headline names the event; a lead also names what led to it or came after ("the pool
# the new mayor wants to save from closure", "cut off by the snow until the road reopened"),
# and a teaser's headline names no kind. True: an item whose headline names no kind takes its
# lead's. On the read rounds that cost 13 true silent repeats at 3-24 h, the headline alone 3
# (docs/digest.md, "Session 15").
LEAD_KINDS = False

_STEMS = {stem: kind for kind, stems in KIND_STEMS.items() for stem in stems}
_STARTS = {start: kind for kind, starts in KIND_STARTS.items() for start in starts}
_ENDS = {end: kind for kind, ends in KIND_ENDS.items() for end in ends}
_START_SIZES = sorted({len(s) for s in _STARTS})
_END_SIZES = sorted({len(e) for e in _ENDS})


def _both_ways(table: tuple[tuple[str, tuple[str, ...]], ...]) -> frozenset[tuple[str, str]]:
    """Every (kind, other) pair of a lexicon table, read both ways."""
    pairs = {(kind, other) for kind, others in table for other in others}
    return frozenset(pairs | {(other, kind) for kind, other in pairs})


_COMPATIBLE = _both_ways(COMPATIBLE)
_WEAK_APART = _both_ways(WEAK_APART)


@lru_cache(maxsize=65536)
def stem_kinds(stem: str) -> frozenset[str]:
    """The kinds a stem names: a whole stem (KIND_STEMS), its start (KIND_STARTS) or its end
    (KIND_ENDS, compounds); empty for most words. Memoised: a day's batch asks for each of
    its words (bot.digest.story_same_kind)."""
    kinds = {_STEMS[stem]} if stem in _STEMS else set()
    starts = _affix_kinds(stem, _STARTS, _START_SIZES, start=True)
    return frozenset(kinds | starts | _affix_kinds(stem, _ENDS, _END_SIZES, start=False))


def _affix_kinds(stem: str, table: dict[str, str], sizes: list[int], start: bool) -> set[str]:
    """The kinds of the `table` entries `stem` starts with (`start`) or ends with, trying the
    entries' `sizes` shortest first."""
    kinds: set[str] = set()
    for size in sizes:
        if size > len(stem):
            break
        kind = table.get(stem[:size] if start else stem[-size:])
        if kind is not None:
            kinds.add(kind)
    return kinds


@lru_cache(maxsize=8192)
def _kinds(title: frozenset[str], words: frozenset[str]) -> frozenset[str]:
    found = {kind for stem in title for kind in stem_kinds(stem)}
    if found or not LEAD_KINDS:
        return frozenset(found)
    return frozenset(kind for stem in words - title for kind in stem_kinds(stem))


def event_kinds(fp: Fingerprint) -> frozenset[str]:
    """The kinds of event `fp`'s headline names (LEAD_KINDS: else its lead's); memoised on its
    words, since a digest asks for the same known story many times."""
    return _kinds(fp.title_words, fp.words)


def kinds_disagree(a: Fingerprint, b: Fingerprint) -> bool:
    """Whether `a` and `b` clearly report different kinds of event: both name a kind, they share
    none, and no pair of theirs is COMPATIBLE (a fire and its arson arrest, a crash and its
    victim). An item naming no kind compares nothing."""
    return kind_sets_disagree(event_kinds(a), event_kinds(b))


def kind_sets_disagree(ka: frozenset[str], kb: frozenset[str]) -> bool:
    """Whether two sets of kinds clearly differ (`kinds_disagree`): both name one, they share
    none, and no pair of theirs is COMPATIBLE."""
    return _none_shared(ka, kb) and not any((x, y) in _COMPATIBLE for x in ka for y in kb)


def _none_shared(ka: frozenset[str], kb: frozenset[str]) -> bool:
    """Whether both name a kind and none in common: the first test of every disagreement."""
    return bool(ka) and bool(kb) and ka.isdisjoint(kb)


def other_kind(prints: Sequence[Fingerprint], x: int, story: set[int]) -> bool:
    """Whether item x's headline names another kind of event than every copy of the story that
    names one (`kinds_disagree`), some copy naming one: a shop's burglary after its fine joins
    no story of the fine (bot.digest.story_followup.FOLLOW_OTHER_KIND,
    bot.digest.story_strays.BIG_STRAY_KINDS)."""
    named = [y for y in story if event_kinds(prints[y])]
    return bool(named) and all(kinds_disagree(prints[x], prints[y]) for y in named)


def kinds_apart(a: Fingerprint, b: Fingerprint) -> bool:
    """Whether weak evidence must not join `a` and `b` (bot.digest.stories): their headlines
    name kinds of event, none in common, and a pair of them is WEAK_APART (a bridge's opening
    and its mayor's questioning by the police). Narrower than `kinds_disagree`: a story's
    follow-up names kinds its first copies did not (a closed road reopens)."""
    ka, kb = event_kinds(a), event_kinds(b)
    return _none_shared(ka, kb) and any((x, y) in _WEAK_APART for x in ka for y in kb)
