"""The sentences a list's summary takes in place of news's lead (`page_kind`).

A list: the intro's best sentence, then each item's first
sentence in order, a heading item's heading before the first sentence under it ("1. Cassadee
Pope: The season 3 winner ..."), as many as the word budget lets through: a list is read for
its items.

Pure: reads the document's sentences and the `default` summarizer's ratings, returns picks with
rank scores (the best pick 1.0, the next (n-1)/n, ...), so a reply cut by score keeps the intro
and the first items. None when the page gives nothing to pick: the summarizer's
own choice stands.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from summarizer.summary.length import ADAPTIVE_MOST
from summarizer.summary.page_kind import PageKind, Reading
from summarizer.summary.ranking import DefaultSummarizer

# Ratings below this are the `default` summarizer's weak sentences (boilerplate, fragments,
# questions, repeats: `DefaultSummarizer.rate_sentences` takes its weak penalty off them).
WEAK_BELOW = -DefaultSummarizer.weak_penalty / 2
LIST_MOST = ADAPTIVE_MOST + 1  # a list's summary: its intro and up to this many sentences
_HEADING_END = ".:!?…"


@dataclass(frozen=True, slots=True)
class Pick:
    """A chosen sentence (its index among the document's sentences), its rank score, and for a
    list item under a heading the heading to show before it."""

    index: int
    score: float
    prefix: str = ""


@dataclass(frozen=True, slots=True)
class Page:
    """The document as the picks read it: each article paragraph's entries (text, is_heading),
    each sentence's rating and word count, and the sentences the summarizer chose."""

    paragraphs: Sequence[Sequence[tuple[str, bool]]]
    ratings: Sequence[float]
    words: Sequence[int]
    chosen: Sequence[int]

    def sentence_ids(self) -> list[list[int | None]]:
        """Per paragraph, each entry's sentence index (None for a heading)."""
        out: list[list[int | None]] = []
        i = 0
        for entries in self.paragraphs:
            row: list[int | None] = []
            for _, heading in entries:
                row.append(None if heading else i)
                i += 0 if heading else 1
            out.append(row)
        return out

    def texts(self) -> list[str]:
        """Each sentence's text, by sentence index."""
        return [text for entries in self.paragraphs for text, heading in entries if not heading]

    def weak(self, i: int) -> bool:
        return self.ratings[i] < WEAK_BELOW

    def by_rating(self) -> list[int]:
        return sorted(self.chosen, key=lambda i: (-self.ratings[i], i))


def kind_picks(
    reading: Reading, page: Page, count: int, most: int, budget: int
) -> list[Pick] | None:
    """The picks for a list (at most `most` sentences; its items stop at `budget` words), or
    None to keep the summarizer's choice (news, or nothing to pick)."""
    if reading.kind is PageKind.LIST:
        return _list(page, reading.items, count, most, budget)
    return None


def _ranked(order: Sequence[tuple[int, str]], n: int) -> list[Pick]:
    return [Pick(i, round((n - k) / n, 4), prefix) for k, (i, prefix) in enumerate(order)]


def _list(
    page: Page, items: Sequence[int], count: int, most: int, budget: int
) -> list[Pick] | None:
    ids = page.sentence_ids()
    first = items[0]
    intro = [i for i in page.by_rating() if _paragraph_of(ids, i) < first and not page.weak(i)]
    order: list[tuple[int, str]] = [(intro[0], "")] if intro else []
    limit = min(most, max(count, LIST_MOST))
    used = sum(page.words[i] for i, _ in order)
    for k, p in enumerate(items):
        end = items[k + 1] if k + 1 < len(items) else len(ids)
        pick = _item(page, ids, p, end)
        if pick is None:
            continue
        size = page.words[pick[0]] + len(pick[1].split())
        if len(order) >= limit or (len(order) >= count and used + size > budget):
            break
        order.append(pick)
        used += size
    if len(order) - bool(intro) < 2:
        return None  # fewer than two items named: the summarizer's choice says as much
    return _ranked(order, len(page.words))


def _item(page: Page, ids: list[list[int | None]], p: int, end: int) -> tuple[int, str] | None:
    """An item's first sentence: the item paragraph's own, or under a heading item the first
    sentence below it (before the next item), shown after the heading."""
    row = ids[p]
    if row and row[0] is not None and not (len(row) == 1 and _bare(page.paragraphs[p][0][0])):
        return row[0], ""
    heading = page.paragraphs[p][0][0].strip() if page.paragraphs[p] else ""
    for q in range(p + 1, end):
        for i in ids[q]:
            if i is not None:
                # "1. Anna Berg: The first winner ..."; a heading with its own colon ("1. Kelly
                # Clarkson: Coach") takes a dash instead of a second colon.
                joiner = " " if heading[-1:] in _HEADING_END else " — " if ":" in heading else ": "
                return i, heading + joiner if heading else ""
    return None


def _bare(text: str) -> bool:
    """A line that ends no sentence ("1. Cassadee Pope"): a heading the document kept as text."""
    return text.rstrip()[-1:] not in ".!?…\"'”’)"


def _paragraph_of(ids: list[list[int | None]], i: int) -> int:
    for k, row in enumerate(ids):
        if i in row:
            return k
    return len(ids)
