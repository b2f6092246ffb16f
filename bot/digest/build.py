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
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from functools import lru_cache
from html import escape
from typing import TYPE_CHECKING

from bot.digest import stories
from bot.digest.stories import Fingerprint, fingerprint
from bot.digest.telegram_size import MAX_ENTITIES, MESSAGE_LIMIT, entity_count, visible_length

if TYPE_CHECKING:
    from summarizer.models import Gist

HALF_LIFE_HOURS = 12.0
MAX_TITLE = 250
MAX_SUMMARY = 500
# A digest that needs more messages at MAX_SUMMARY is tried with shorter summaries: the first cap
# that needs the fewest messages wins (one message in the chat beats 180 more characters a story)
SUMMARY_CAPS = (MAX_SUMMARY, 400, 320)
# ~24 KB a fingerprint (its character grams): 1,024 hold ~25 MB; 4,096 held ~100 MB of the bot's
# RSS at 2,000 feeds, for 20% fewer fingerprints computed (bench.scale: docs/performance.md)
FINGERPRINTS_CACHED = 1024
# A copy with less text than this is a teaser ("Read more on our site"), not a clean article:
# it leads a story only when no copy has more, whatever the feed's rank.
CLEAN_TEXT = 80
# "More on earlier stories" (`render_later`): a line per earlier story, titles clipped shorter
# than a story's head; the lines past MAX_LATER are counted, not listed (still consumed).
MAX_LATER = 5
MAX_LATER_TITLE = 120


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


@dataclass(slots=True)
class _Group:
    items: list[Candidate] = field(default_factory=list)


def fingerprint_of(cand: Candidate) -> Fingerprint:
    """The candidate's story fingerprint, computed once per item however many chats follow its
    feed: remembered by what it is made of, not by the chat's view of the item (its rank)."""
    dated = cand.published is not None  # else first seen: no publication time to weigh
    return _item_fingerprint(cand.title, cand.summary, _stamp(cand), cand.feed_title or "", dated)


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
    leads = [max(g.items, key=_best) for g in keyed]
    return [
        [c for i in members for c in keyed[i].items]
        for members in stories.group([fingerprint_of(c) for c in leads], context=context)
    ]


def _best(cand: Candidate) -> tuple[bool, int, int, float]:
    """The best copy: a clean text (not a teaser) from the feed the chat ranked first, then the
    longest, then the earliest."""
    text = len(cand.summary.strip())
    return (text >= CLEAN_TEXT, -cand.rank, text, -_stamp(cand).timestamp())


def group_stories(
    candidates: Iterable[Candidate],
    now: datetime,
    context: Sequence[Fingerprint] = (),
) -> list[Story]:
    """One story per group of copies; its lead is the best copy (`_best`). `context`: the
    stories the destination had lately (`stories.group`)."""
    out = []
    for group in story_groups(list(candidates), context):
        lead = max(group, key=_best)
        same_link = [c for c in group if c.dedup_key == lead.dedup_key]
        others = sorted(c.feed_title or "" for c in same_link if c is not lead)
        sources = tuple(dict.fromkeys([lead.feed_title or "", *others]))
        also: dict[str, Candidate] = {}
        for cand in sorted(group, key=_best, reverse=True):
            name = cand.feed_title or ""
            if cand.dedup_key != lead.dedup_key and name not in sources and name not in also:
                also[name] = cand
        story = Story(
            lead=lead,
            item_ids=tuple(c.item_id for c in group),
            sources=sources,
            score=0.0,
            also=tuple(also.values()),
            items=tuple(group),
        )
        out.append(replace(story, score=score(story, now)))
    return out


def score(story: Story, now: datetime) -> float:
    """Recency in (0, 1] (halves every 12 hours) plus importance bonuses."""
    age_h = max(0.0, (now - _stamp(story.lead)).total_seconds() / 3600)
    recency = math.pow(0.5, age_h / HALF_LIFE_HOURS)
    coverage = 0.6 * (story.coverage - 1)
    richness = 0.15 * bool(story.lead.highlight) + 0.1 * bool(story.lead.summary)
    return recency + coverage + richness


def _stamp(cand: Candidate) -> datetime:
    """Publication time, but never later than when we first saw it (future dates are lies)."""
    if cand.published is None:
        return cand.first_seen
    return min(cand.published, cand.first_seen)


def rank(stories: Sequence[Story]) -> list[Story]:
    """Most sources first, then the score (recency and a highlight)."""
    return sorted(
        stories,
        key=lambda s: (-s.coverage, -s.score, -_stamp(s.lead).timestamp(), s.lead.title),
    )


def short_summary(text: str, sentences: int = 2, max_chars: int = 320, language: str = "en") -> str:
    """First sentences of a feed's own text: the fallback when no article gist is available."""
    from summarizer.text.tokenize import OfflineTokenizer

    text = " ".join(text.split())[: max_chars * 3]  # two sentences never need more
    parts = OfflineTokenizer(language).to_sentences(text) if text else ()
    out = ""
    for part in parts[:sentences]:
        candidate = f"{out} {part}".strip()
        if len(candidate) > max_chars and out:
            break
        out = candidate
    return _clip(out, max_chars)


def _clip(text: str, limit: int) -> str:
    if len(text) <= limit:
        return text
    cut = text[: limit - 1].rsplit(" ", 1)[0] if " " in text[: limit - 1] else text[: limit - 1]
    return cut.rstrip(" ,;:") + "…"


def render_story(story: Story, number: int, options: DigestOptions, summary_limit: int) -> str:
    lead = story.lead
    title = escape(_clip(lead.title.strip() or (lead.link or "Untitled"), MAX_TITLE))
    head = (
        f'<a href="{escape(lead.link, quote=True)}">{title}</a>' if lead.link else f"<b>{title}</b>"
    )
    sources = [escape(s) for s in story.sources if s]
    via = f" <i>· {' · '.join(sources)}</i>" if sources else ""
    lines = [f"<b>{number}.</b> {head}{via}"]
    if options.summaries and lead.summary and summary_limit > 0:
        lines.append(escape(_clip(lead.summary, summary_limit)))
    if options.highlights and lead.highlight and summary_limit > 0:
        lines.append(f"<i>{escape(_clip(lead.highlight, max(40, summary_limit // 2)))}</i>")
    if story.also:
        lines.append(f"<i>{escape(options.also_label)}</i> {_also_links(story.also)}")
    return "\n".join(lines)


def _also_links(copies: Sequence[Candidate]) -> str:
    parts = []
    for copy in copies:
        name = escape(_clip(copy.feed_title or copy.title or copy.link or "?", 60))
        link = copy.link
        parts.append(f'<a href="{escape(link, quote=True)}">{name}</a>' if link else name)
    return ", ".join(parts)


def render_later(later: Sequence[Sequence[Candidate]], options: DigestOptions) -> str:
    """The "More on earlier stories" lines: per earlier story, its best new copy's linked
    title and source, the other new copies' sources linked after it; at most MAX_LATER lines,
    then the count of the rest."""
    lines = [f"<b>{escape(options.later_label)}</b>"]
    for copies in later[:MAX_LATER]:
        lead, *others = sorted(copies, key=_best, reverse=True)
        title = escape(_clip(lead.title.strip() or (lead.link or "Untitled"), MAX_LATER_TITLE))
        head = f'<a href="{escape(lead.link, quote=True)}">{title}</a>' if lead.link else title
        source = escape(_clip(lead.feed_title or "", 60))
        via = f" <i>· {source}</i>" if source else ""
        more = [c for c in others if (c.feed_title or "") != (lead.feed_title or "")]
        also = f", {_also_links(more[:3])}" if more else ""
        lines.append(f"• {head}{via}{also}")
    if len(later) > MAX_LATER:
        lines.append(f"<i>{escape(options.more_label.format(n=len(later) - MAX_LATER))}</i>")
    return "\n".join(lines)


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
    yield replace(story, sources=tuple(_clip(s, 60) for s in story.sources[:3]),
                  also=story.also[:3])  # fmt: skip
    for chars in (MAX_TITLE // 4, 40):
        yield replace(
            story, sources=(), also=(), lead=replace(lead, title=_clip(lead.title, chars))
        )
    yield replace(
        story, sources=(), also=(), lead=replace(lead, title=_clip(lead.title, 40), link=None)
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


def gist_lines(gist: Gist, sentences: int = 2, max_chars: int = 320) -> tuple[str, str | None]:
    """An article's gist in digest form: its best sentences (kept in article order) and one
    highlight, an attributed quote if there is one, else the top figure. Plain text."""
    best = sorted(gist.summary.sentences, key=lambda s: -s.score)[:sentences]
    text = " ".join(s.text for s in sorted(best, key=lambda s: s.index))
    highlight = None
    quote = next((q for q in gist.quotes if q.speaker), None)
    if quote is not None:
        said = _clip(quote.text.strip("“”\"' "), 200)
        highlight = f"“{said}” — {quote.speaker}"
    elif gist.figures:
        figure = gist.figures[0]
        line = f"{figure.text} — {figure.context}" if figure.context else figure.text
        highlight = _clip(line, 200)
    return _clip(text, max_chars), highlight


# --- /digestsettings ------------------------------------------------------------------------

SETTING_HELP = (
    "Settings: max N (1-30), summaries on|off, highlights on|off, empty on|off "
    "(post a note when nothing is new), timezone Area/City."
)
_BOOL = {"on": True, "yes": True, "true": True, "off": False, "no": False, "false": False}
_FIELDS = {
    "max": "max_items",
    "items": "max_items",
    "summaries": "summaries",
    "highlights": "highlights",
    "quotes": "highlights",
    "empty": "notify_empty",
    "timezone": "timezone",
    "tz": "timezone",
}


class SettingError(ValueError):
    """Unusable /digestsettings arguments. `code` and `params` name the problem for the bot's
    catalogs (`digest.error.<code>`); the English message is the library's own wording."""

    def __init__(self, code: str, message: str, **params: str) -> None:
        super().__init__(message)
        self.code = code
        self.params = params


def parse_setting(args: Sequence[str]) -> tuple[str, int | bool | str]:
    """`["max", "5"]` -> ("max_items", 5): the column name and its checked value."""
    if len(args) != 2 or args[0].lower() not in _FIELDS:
        raise SettingError("setting_help", SETTING_HELP)
    name, raw = _FIELDS[args[0].lower()], args[1].strip()
    if name == "max_items":
        if not raw.isdigit() or not 1 <= int(raw) <= 30:
            raise SettingError("max_range", "max must be a number from 1 to 30.")
        return name, int(raw)
    if name == "timezone":
        from bot.digest.schedule import ScheduleError, check_zone

        try:
            return name, check_zone(raw)
        except ScheduleError as exc:
            raise SettingError(exc.code, str(exc), **exc.params) from None
    if raw.lower() not in _BOOL:
        raise SettingError("on_off", f"{args[0]} must be on or off.", name=args[0])
    return name, _BOOL[raw.lower()]
