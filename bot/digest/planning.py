"""A destination's digest plan and its story marks from what the database said: pure CPU.

Kept apart from bot.digest.curate (the database half) so that the bot can run it in its worker
process (`BotResources.run_cpu`) without the worker importing SQLAlchemy: at 10,000 chats due
at one minute, story fingerprints were most of the bot process's CPU per digest (bench.scale
--big; docs/performance.md), and that process also runs the event loop that sends. Everything
here takes and returns picklable values.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace
from datetime import datetime

from bot.digest.build import (
    Candidate,
    DigestOptions,
    DigestPlan,
    Filtered,
    fingerprint_of,
    plan_digest,
)
from bot.digest.filters import ItemText, Rule, applicable, verdict
from bot.digest.stories import Fingerprint, KnownStories
from bot.digest.story_later import later_coverage

SHOWN, FILTERED, REPEAT = "shown", "filtered", "repeat"

MarkRow = dict[str, object]


def decide(
    candidates: Sequence[Candidate],
    rules: Sequence[Rule],
    texts: dict[int, tuple[int, str]],
    known_marks: Sequence[tuple[str, datetime]],
    language: str,
    now: datetime,
    options: DigestOptions,
    ranks: dict[int, int] | None = None,
) -> DigestPlan:
    """The plan from what the database said: rules applied, known stories left out (a repeat
    silently, later coverage as a line: bot.digest.story_later). Pure CPU;
    `texts`: item id -> (feed id, the text filters read); `known_marks`: the stored fingerprints
    of stories the destination had, with their times; `ranks`: feed id -> the chat's order."""
    known = KnownStories([Fingerprint.parse(story, when) for story, when in known_marks])
    kept, filtered = [], []
    last = len(ranks or {})
    for cand in candidates:
        if ranks:
            feed_id = texts.get(cand.item_id, (cand.feed_id, ""))[0]
            cand = replace(cand, rank=ranks.get(feed_id, last))
        removed_by = None
        if rules:
            feed_id, text = texts.get(cand.item_id, (0, cand.summary))
            removed_by = verdict(
                applicable(rules, feed_id), ItemText.of(cand.title, text, language)
            )
        if removed_by is None:
            kept.append(cand)
        else:
            rule = f"{removed_by.number}. {removed_by.kind} {removed_by.text}"
            filtered.append(Filtered(cand, rule))
    prints = [fingerprint_of(c) for c in kept]
    verdicts = known.repeats(prints)
    repeats = [c for c, repeat in zip(kept, verdicts, strict=True) if repeat]
    rest = [(c, fp) for c, fp, repeat in zip(kept, prints, verdicts, strict=True) if not repeat]
    kept = [c for c, _ in rest]
    later: dict[int, list[Candidate]] = {}
    stories = later_coverage([fp for _, fp in rest], known)
    for cand, story in zip(kept, stories, strict=True):
        if story is not None:
            later.setdefault(story, []).append(cand)
    covered = {c.dedup_key for copies in later.values() for c in copies}
    kept = [c for c in kept if c.dedup_key not in covered]
    context = known.prints if known else ()
    return plan_digest(
        kept,
        now,
        options,
        filtered=filtered,
        repeats=repeats,
        later=list(later.values()),
        context=context,
    )


def thread_marks(chat_id: int, thread_id: int, plan: DigestPlan, now: datetime) -> list[MarkRow]:
    """One story mark per item the plan consumes (shown, later coverage, filtered or repeat),
    first state wins, each with its fingerprint (computed where the plan was: the same memo)."""
    marks = [(SHOWN, c) for s in (*plan.shown, *plan.overflow) for c in s.items or (s.lead,)]
    marks += [(SHOWN, c) for copies in plan.later for c in copies]
    marks += [(FILTERED, f.item) for f in plan.filtered]
    marks += [(REPEAT, c) for c in plan.repeats]
    rows: list[MarkRow] = []
    seen: set[str] = set()
    for state, cand in marks:
        if cand.dedup_key in seen:
            continue
        seen.add(cand.dedup_key)
        fp = fingerprint_of(cand)
        rows.append(
            {
                "chat_id": chat_id,
                "thread_id": thread_id,
                "dedup_key": cand.dedup_key,
                "state": state,
                "story": fp.text(),
                "story_time": fp.when,
                "marked_at": now,
            }
        )
    return rows


def mark_rows(
    chat_id: int, plans: Iterable[tuple[int, DigestPlan]], now: datetime
) -> list[MarkRow]:
    """The story marks of every destination's plan (see `thread_marks`)."""
    return [row for thread_id, plan in plans for row in thread_marks(chat_id, thread_id, plan, now)]


def plan_with_marks(
    chat_id: int,
    thread_id: int,
    candidates: Sequence[Candidate],
    rules: Sequence[Rule],
    texts: dict[int, tuple[int, str]],
    known_marks: Sequence[tuple[str, datetime]],
    language: str,
    now: datetime,
    options: DigestOptions,
    ranks: dict[int, int] | None,
    marks: bool,
) -> tuple[DigestPlan, list[MarkRow]]:
    """`decide`, and with `marks` the plan's story marks too, in one call (one trip to a worker
    process, whose fingerprint memo both use)."""
    plan = decide(candidates, rules, texts, known_marks, language, now, options, ranks)
    return plan, thread_marks(chat_id, thread_id, plan, now) if marks else []
