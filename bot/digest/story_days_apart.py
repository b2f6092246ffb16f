"""Another day, part of the day or measure: what sets a lone item apart from a story whatever
else the two share.

A town's or a road's second incident shares the town, the road and the kind of event with the
first; what tells it apart is when and how much: "on Thursday afternoon" against "6.20am", a
6.1 quake against a 4.8 one. The passes that join a lone item on weak evidence (the follow-up
join, bot.digest.story_followup, and the same-kind pass, bot.digest.story_same_kind) both ask
this of it, so it lives apart from either. Pure: no I/O.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from bot.digest.filters import fold, stemmer
from bot.digest.story_compare import measures_apart
from bot.digest.story_dayparts import DAY_PARTS
from bot.digest.story_fingerprint import Fingerprint

# Another part of the day than the story's copies name, none in common, sets the item apart as
# other weekdays do (`day_parts`): a town's or a road's second incident the same day ("a coach
# and a car collided on the A58 on Thursday afternoon, hours after a lorry overturned on the
# same road" against the lorry's "6.20am ... most of the morning"). Round 15 (in-sample since,
# session 12, second pass) every 24 h: 8 -> 2 false merges, no true pair lost on rounds 9-15
# at 3-24 h. Only here: on weighed links (stories.group) it cost true pairs of rounds 9 and 14
# (a roof that fell in the night, its mayor that evening).
DAY_PART = True


@cache
def _part_stems() -> dict[str, str]:
    """DAY_PARTS as stems (a Fingerprint's words), each to its part of the day."""
    return {
        stemmer(language)(fold(word)): part
        for language, words in DAY_PARTS.items()
        for word, part in words.items()
    }


def day_parts(fp: Fingerprint) -> frozenset[str]:
    """The parts of the day the item's headline and lead name ("on Thursday afternoon")."""
    parts = _part_stems()
    return frozenset(parts[w] for w in fp.words if w in parts)


def days_or_measures_apart(prints: Sequence[Fingerprint], single: int, story: set[int]) -> bool:
    """Whether the item names other weekdays or (DAY_PART) other parts of the day than the
    story's copies together, or other measures (6.1, 16 %, 94 km/h), none in common, not even
    roughly: another day's event, the afternoon's crash on the morning's road, the next quake.
    Other counts do not tell a follow-up apart: a festival's first night drew 12,000, its last
    a record 31,000."""
    fp = prints[single]
    if _none_shared(fp.days, set().union(*(prints[i].days for i in story))):
        return True
    if DAY_PART and _none_shared(
        day_parts(fp), frozenset().union(*(day_parts(prints[i]) for i in story))
    ):
        return True
    exact = frozenset().union(*(prints[i].exact for i in story))
    rough = tuple(r for i in story for r in prints[i].rough)
    return measures_apart(fp.exact, fp.rough, exact, rough)


def _none_shared(mine: frozenset[str], theirs: set[str] | frozenset[str]) -> bool:
    """Both sides name some, none in common."""
    return bool(mine and theirs and not mine & theirs)
