"""What a digest is made of: the candidates the store hands over, the chat's options, the
stories they form and the plan (messages) a digest sends.

Apart from the planning (bot.digest.build) and the rendering (bot.digest.render) because both,
and the store, the curator and the deliverer, speak in these values. `stamp` and `best_copy` are
rules about a single candidate that grouping, ranking and rendering all apply the same way.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import dataclass
from datetime import datetime

# A copy with less text than this is a teaser ("Read more on our site"), not a clean article:
# it leads a story only when no copy has more, whatever the feed's rank.
CLEAN_TEXT = 80


@dataclass(frozen=True, slots=True)
class Candidate:
    """One undelivered feed item as the store hands it over; all text is plain text."""

    item_id: int
    dedup_key: str
    title: str
    link: str | None
    feed_title: str | None
    summary: str  # 1-2 sentences: the article's gist, else the feed's own text
    published: datetime | None
    first_seen: datetime
    highlight: str | None = None  # a top quote or figure, already phrased
    rank: int = 0  # the chat's order of its feeds, 0 first (the order of /subscribe)
    feed_id: int = 0  # the item's feed (0: not known), for the chat's order of its feeds


@dataclass(frozen=True, slots=True)
class DigestOptions:
    max_items: int = 10
    summaries: bool = True
    highlights: bool = True
    notify_empty: bool = False
    heading: str = "Digest"
    # plain-text labels (escaped here), translated by the wiring: `{n}` is a count
    new_label: str = "{n} new"
    more_label: str = "+{n} more"
    empty_label: str = "Nothing new since the last digest."
    also_label: str = "also:"
    filtered_label: str = "{n} filtered out"
    later_label: str = "More on earlier stories:"


@dataclass(frozen=True, slots=True)
class Story:
    lead: Candidate
    item_ids: tuple[int, ...]
    sources: tuple[str, ...]  # feeds sharing the lead's link, the lead's own first
    score: float
    also: tuple[Candidate, ...] = ()  # one copy per other source, under links of their own
    items: tuple[Candidate, ...] = ()

    @property
    def coverage(self) -> int:
        """How many sources carry the story."""
        return len({*self.sources, *(c.feed_title or "" for c in self.also)})


@dataclass(frozen=True, slots=True)
class Filtered:
    """An item a filter rule removed, and that rule as the admin typed it (for /preview)."""

    item: Candidate
    rule: str


@dataclass(frozen=True, slots=True)
class PlannedMessage:
    html: str
    dedup_keys: tuple[str, ...] = ()  # stories shown in this message


@dataclass(frozen=True, slots=True)
class DigestPlan:
    messages: tuple[PlannedMessage, ...]
    shown: tuple[Story, ...] = ()
    overflow: tuple[Story, ...] = ()  # counted in "+K more", consumed with this digest
    filtered: tuple[Filtered, ...] = ()  # counted in the footer, consumed with this digest
    filtered_stories: int = 0
    repeats: tuple[Candidate, ...] = ()  # stories the chat already had from another feed
    # later coverage of stories the chat had (bot.digest.story_later): a line each, consumed
    later: tuple[tuple[Candidate, ...], ...] = ()

    @property
    def consumed_keys(self) -> tuple[str, ...]:
        return tuple(s.lead.dedup_key for s in (*self.shown, *self.overflow))

    @property
    def empty(self) -> bool:
        return not self.shown


def stamp(cand: Candidate) -> datetime:
    """Publication time, but never later than when we first saw it (future dates are lies)."""
    if cand.published is None:
        return cand.first_seen
    return min(cand.published, cand.first_seen)


def best_per_source(
    copies: Iterable[Candidate], leave_out: Collection[str] = ()
) -> list[Candidate]:
    """The best copy (`best_copy`) of each feed not in `leave_out`, the best first: the links
    under a story ("also:") and after a later-coverage line."""
    best: dict[str, Candidate] = {}
    for cand in sorted(copies, key=best_copy, reverse=True):
        name = cand.feed_title or ""
        if name not in leave_out and name not in best:
            best[name] = cand
    return list(best.values())


def best_copy(cand: Candidate) -> tuple[bool, int, int, float]:
    """The best copy: a clean text (not a teaser) from the feed the chat ranked first, then the
    longest, then the earliest."""
    text = len(cand.summary.strip())
    return (text >= CLEAN_TEXT, -cand.rank, text, -stamp(cand).timestamp())
