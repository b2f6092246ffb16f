"""Turn a chat's undelivered feed items into digest messages. Pure: no I/O, no clock.

Steps: group items that are one story (same dedup key: normalised URL, else feed+GUID; or
near-duplicate title and lead within a time window, bot.digest.stories), rank stories by how many
sources carry them, then by recency (with a small bonus for a highlight), keep the top N, render
each story as a self-contained HTML block (the best copy's summary, then "also: Source B,
Source C" linking the other copies), list later coverage of stories the chat had as lines
under them (`render_later`), and pack blocks into messages under Telegram's limits
(bot.digest.telegram_size: 4,096 visible characters, 100 entities). A message is cut only
between blocks, so tags never straddle messages; every text and URL is escaped with
html.escape. Summaries are shortened (down to SUMMARY_CAPS[-1]) only where that saves a message.
This module groups, ranks and packs; the values are bot.digest.plan_types, the blocks' HTML
bot.digest.render, /digestsettings parsing bot.digest.setting_args.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from functools import lru_cache
from html import escape

from bot.digest import stories
from bot.digest.plan_types import (
    Candidate,
    DigestOptions,
    DigestPlan,
    Filtered,
    PlannedMessage,
    Story,
    best_copy,
    best_per_source,
    stamp,
)
from bot.digest.render import MAX_SUMMARY, MAX_TITLE, clip, render_later, render_story
from bot.digest.stories import Fingerprint, fingerprint
from bot.digest.telegram_size import MAX_ENTITIES, MESSAGE_LIMIT, entity_count, visible_length

HALF_LIFE_HOURS = 12.0
# A digest that needs more messages at MAX_SUMMARY is tried with shorter summaries: the first cap
# that needs the fewest messages wins (one message in the chat beats 180 more characters a story)
SUMMARY_CAPS = (MAX_SUMMARY, 400, 320)
# ~24 KB a fingerprint (its character grams): 1,024 hold ~25 MB; 4,096 held ~100 MB of the bot's
# RSS at 2,000 feeds, for 20% fewer fingerprints computed (bench.scale: docs/performance.md)
FINGERPRINTS_CACHED = 1024


@dataclass(slots=True)
class _Group:
    items: list[Candidate] = field(default_factory=list)


def fingerprint_of(cand: Candidate) -> Fingerprint:
    """The candidate's story fingerprint, computed once per item however many chats follow its
    feed: remembered by what it is made of, not by the chat's view of the item (its rank)."""
    dated = cand.published is not None  # else first seen: no publication time to weigh
    return _item_fingerprint(cand.title, cand.summary, stamp(cand), cand.feed_title or "", dated)


@lru_cache(maxsize=FINGERPRINTS_CACHED)
def _item_fingerprint(
    title: str, summary: str, stamp: datetime, source: str, dated: bool = True
) -> Fingerprint:
    return fingerprint(title, summary, stamp, source=source, dated=dated)


def story_groups(
    candidates: Sequence[Candidate], context: Sequence[Fingerprint] = ()
) -> list[list[Candidate]]:
    """Candidates grouped into stories: one dedup key, or near-duplicate title and lead.
    `context`: the stories the destination had lately (`stories.group`)."""
    by_key: dict[str, _Group] = {}
    for cand in candidates:
        by_key.setdefault(cand.dedup_key, _Group()).items.append(cand)
    keyed = list(by_key.values())
    leads = [max(g.items, key=best_copy) for g in keyed]
    return [
        [c for i in members for c in keyed[i].items]
        for members in stories.group([fingerprint_of(c) for c in leads], context=context)
    ]


def group_stories(
    candidates: Iterable[Candidate],
    now: datetime,
    context: Sequence[Fingerprint] = (),
) -> list[Story]:
    """One story per group of copies; its lead is the best copy (`best_copy`). `context`: the
    stories the destination had lately (`stories.group`)."""
    out = []
    for group in story_groups(list(candidates), context):
        lead = max(group, key=best_copy)
        same_link = [c for c in group if c.dedup_key == lead.dedup_key]
        others = sorted(c.feed_title or "" for c in same_link if c is not lead)
        sources = tuple(dict.fromkeys([lead.feed_title or "", *others]))
        other_links = [c for c in group if c.dedup_key != lead.dedup_key]
        story = Story(
            lead=lead,
            item_ids=tuple(c.item_id for c in group),
            sources=sources,
            score=0.0,
            also=tuple(best_per_source(other_links, sources)),
            items=tuple(group),
        )
        out.append(replace(story, score=score(story, now)))
    return out


def score(story: Story, now: datetime) -> float:
    """Recency in (0, 1] (halves every 12 hours) plus importance bonuses."""
    age_h = max(0.0, (now - stamp(story.lead)).total_seconds() / 3600)
    recency = math.pow(0.5, age_h / HALF_LIFE_HOURS)
    coverage = 0.6 * (story.coverage - 1)
    richness = 0.15 * bool(story.lead.highlight) + 0.1 * bool(story.lead.summary)
    return recency + coverage + richness


def rank(stories: Sequence[Story]) -> list[Story]:
    """Most sources first, then the score (recency and a highlight)."""
    return sorted(
        stories,
        key=lambda s: (-s.coverage, -s.score, -stamp(s.lead).timestamp(), s.lead.title),
    )


def _fits(html: str, budget: int, entities: int = MAX_ENTITIES) -> bool:
    return visible_length(html) <= budget and entity_count(html) <= entities


def _fitting_block(
    story: Story, number: int, options: DigestOptions, budget: int, cap: int = MAX_SUMMARY
) -> str:
    """The story's block within `budget` visible characters: shorter summaries first; then,
    for a head too long on its own (many or long feed names, a giant title), or too many links
    for one message, fewer and shorter feed names, a shorter title, and no link."""
    limit = cap
    room = MAX_ENTITIES - 2  # the header's or the footer's entity beside it
    while True:
        block = render_story(story, number, options, limit)
        if _fits(block, budget, room) or limit == 0:
            break
        limit = limit // 2 if limit > 40 else 0
    for smaller in _smaller_heads(story):
        if _fits(block, budget, room):
            break
        block = render_story(smaller, number, options, 0)
    return block


def _smaller_heads(story: Story) -> Iterator[Story]:
    """`story` with less and less in its head line, for `_fitting_block`'s last resort."""
    lead = story.lead
    yield replace(story, sources=tuple(clip(s, 60) for s in story.sources[:3]),
                  also=story.also[:3])  # fmt: skip
    for chars in (MAX_TITLE // 4, 40):
        yield replace(story, sources=(), also=(), lead=replace(lead, title=clip(lead.title, chars)))
    yield replace(
        story, sources=(), also=(), lead=replace(lead, title=clip(lead.title, 40), link=None)
    )


def plan_digest(
    candidates: Iterable[Candidate],
    now: datetime,
    options: DigestOptions,
    *,
    limit: int = MESSAGE_LIMIT,
    filtered: Sequence[Filtered] = (),
    repeats: Sequence[Candidate] = (),
    later: Sequence[Sequence[Candidate]] = (),
    context: Sequence[Fingerprint] = (),
) -> DigestPlan:
    """The messages one digest sends; an empty plan means: post nothing. `filtered`: items
    filter rules removed (counted as stories in the footer); `repeats`: items of stories the
    chat already had. Both are carried in the plan so the digest consumes them. `later`: items
    that cover a story the chat had (bot.digest.story_later), grouped by that story: shown as a
    line each under the stories, and carried (consumed) only when the digest posts a message;
    otherwise they wait for the next one. `context`:
    the fingerprints of the stories the chat had lately, which count in how rare a word is
    when copies are weighed (`stories.group`)."""
    stories = rank(group_stories(candidates, now, context))
    shown, overflow = stories[: options.max_items], stories[options.max_items :]
    removed = len(story_groups([f.item for f in filtered]))
    extra = {"filtered": tuple(filtered), "filtered_stories": removed, "repeats": tuple(repeats)}
    later_block = render_later(later, options) if later else ""
    if not shown:
        if options.notify_empty:
            empty = f"<i>{escape(options.empty_label)}</i>"
            messages = _pack(empty, (), later_block, options, limit, SUMMARY_CAPS[0])
            return DigestPlan(  # type: ignore[arg-type]
                messages=tuple(messages), later=tuple(map(tuple, later)), **extra
            )
        return DigestPlan(messages=(), **extra)  # type: ignore[arg-type]
    new = escape(options.new_label.format(n=len(stories)))
    header = f"<b>{escape(options.heading)}</b> · {new}"
    notes = [options.more_label.format(n=len(overflow))] if overflow else []
    if removed:
        notes.append(options.filtered_label.format(n=removed))
    footer = f"<i>{escape(' · '.join(notes))}</i>" if notes else ""
    footer = "\n\n".join(part for part in (later_block, footer) if part)
    messages = _pack(header, shown, footer, options, limit, SUMMARY_CAPS[0])
    for cap in SUMMARY_CAPS[1:]:
        if len(messages) == 1:
            break
        if len(shorter := _pack(header, shown, footer, options, limit, cap)) < len(messages):
            messages = shorter  # summaries shortened only where a message is saved
    return DigestPlan(
        messages=tuple(messages),
        shown=tuple(shown),
        overflow=tuple(overflow),
        later=tuple(map(tuple, later)),
        **extra,  # type: ignore[arg-type]
    )


def _pack(
    header: str,
    shown: Sequence[Story],
    footer: str,
    options: DigestOptions,
    limit: int,
    cap: int,
) -> list[PlannedMessage]:
    """The stories' blocks (summaries up to `cap`) packed in order into messages, each within
    `limit` visible characters and MAX_ENTITIES entities; the header opens the first."""
    messages: list[PlannedMessage] = []
    body, keys = header, []

    def fits(more: str) -> bool:
        return _fits(f"{body}\n\n{more}", limit)

    for number, story in enumerate(shown, start=1):
        room = limit - 2 - (visible_length(body) + 2 if not keys else 0)  # first: with header
        block = _fitting_block(story, number, options, room, cap)
        if keys and not fits(block):
            messages.append(PlannedMessage(body, tuple(keys)))
            body, keys = "", []
        body = f"{body}\n\n{block}" if body else block
        keys.append(story.lead.dedup_key)
    if footer and not fits(footer):
        messages.append(PlannedMessage(body, tuple(keys)))
        body, keys = footer, []
    elif footer:
        body = f"{body}\n\n{footer}"
    messages.append(PlannedMessage(body, tuple(keys)))
    return messages
