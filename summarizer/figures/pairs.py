"""A part and the count it belongs to, told as one figure: "22 of 47 passes", "11 of their past
14 games", "four or five putts". Read alone, the count ("47 passes") hides the part a reader
needs; the real-page labels mark the pair as one figure. Its value is the whole (47: what the
labels give "two of the six barges"), a choice ("four or five") a range, and so is a list of
number words that each add one ("four, five, six times a year")."""

from __future__ import annotations

from summarizer.figures.fixed_patterns import LIST_BEFORE, MEMBER_BEFORE, PART_BEFORE, PART_NAMED
from summarizer.figures.hits import Hit
from summarizer.figures.numbers import parse_digits, parse_words

REACH = 60  # characters read before a count for its part ("sixteen of their past ")
MEMBER_GROUP = 10  # "one of" more than this many is a member of a group, not a part
PART_KINDS = frozenset({"number", "age", "count"})  # how a part read on its own may look
LIST_KINDS = frozenset({"count", "duration"})  # "three, four, five times", "two, three days"
LIST_ITEMS = 3  # numbers a list needs: "in round two, three players" is no range


def with_part(low: str, count: Hit, before: Hit | None) -> Hit | None:
    """The figure `count` closes with the part or choice right before it ("22 of" / "four
    or"), or None when there is none. `before` is the figure read just before `count`: when it
    is the part read on its own ("only 11"), the pair replaces it and keeps its qualifier."""
    if count.kind != "count" or count.high is not None or count.value is None:
        return None
    m = PART_BEFORE.search(low, max(0, count.start - REACH), count.start)
    if m is None:
        return None
    raw = m["num"]
    part = parse_digits(raw) if raw[:1].isdigit() else parse_words(raw)
    if part is None:
        return None
    join = m["join"].split()[0]
    lead = max(0, m.start() - REACH)
    member = MEMBER_BEFORE.search(low, lead, m.start()) is not None  # "they are two of ..."
    if join == "of" and (member or (raw == "one" and count.value > MEMBER_GROUP)):
        return None  # "they are two of the 23 seniors", "at one of its 312 shops": members
    if PART_NAMED.search(low, lead, m.start()):
        return None  # "on day three of the four-round event": a number that names, no part
    if part > count.value or (join != "of" and part >= count.value):
        return None  # "1,000 of 5 stores" is no part; "five or four" no choice
    start, qualified, qual = m.start("num"), count.qualified, count.qual
    read = before is not None and before.end > start
    if raw[:1].isdigit() and not read:
        return None  # "Chapter 2 of 12 chapters": a digit part no figure alone is a name's
    if before is not None and read:
        if before.end != m.end("num") or before.kind not in PART_KINDS:
            return None  # the number before is a figure of its own
        start, qualified, qual = before.start, before.qualified or qualified, before.qual or qual
    if join == "of":  # "22 of 47 passes": 22 passes (the part, as the labels' README has it)
        low_value, high = part, None
    else:  # "four or five putts": from four to five
        low_value, high = part, count.value
    return Hit(start, count.end, (m.start("num"), count.core[1]), "count", low_value, qualified,
               count.unit, count.scale, high, qual, count.penalty)  # fmt: skip


def with_list(low: str, hit: Hit) -> Hit | None:
    """The range a list of number words makes with `hit`, each one more than the one before:
    "four, five, six times a year" (4 to 6), "two, three or four days" (after `with_part`);
    None when fewer than LIST_ITEMS numbers make the list."""
    if hit.kind not in LIST_KINDS or hit.value is None:
        return None
    first, top = hit.value, hit.value if hit.high is None else hit.high
    items = 1 if hit.high is None else 2
    start = hit.start
    while low.endswith(", ", 0, start):  # the cheap test first
        m = LIST_BEFORE.search(low, max(0, start - REACH), start)
        value = parse_words(m["num"]) if m else None
        if value is None or value != first - 1:
            break
        first, start, items = value, m.start("num"), items + 1
    if items < LIST_ITEMS:
        return None
    return Hit(start, hit.end, (start, hit.core[1]), hit.kind, first, hit.qualified, hit.unit,
               hit.scale, top, hit.qual, hit.penalty)  # fmt: skip
