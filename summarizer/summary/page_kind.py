"""Which kind of page an article is: news, or a numbered list.

The `default` summary opens with the first good sentences: news puts its point there; a list's
intro names none of its items. Readers of the bot's replies to real pages found such pages
summarized by their lede alone (session 21). The kind is read from the title and the paragraphs
(cues in `page_kind_lexicon`); `page_picks` then chooses the sentences. Anything not clearly a
list is news and keeps the lead: a wrong "news" costs what it cost before, a wrong "list" would
cost a news story its lead. English only: another language's page is news. (Reviews were tried
too, the verdict in place of the lead's later sentences, and lost a blind comparison 2 to 4:
docs/quality.md, "Session 21".)
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from itertools import pairwise

from summarizer.summary.page_kind_lexicon import ITEM_MARK, LIST_TITLE

_ITEM_RE = re.compile(ITEM_MARK, re.IGNORECASE)
_LIST_TITLE_RE = re.compile(LIST_TITLE, re.IGNORECASE)
# A site's name after the headline ("5 Things to Know | Example News"): cut before the cues.
_SITE_SUFFIX_RE = re.compile(r"\s+(?:\||·|::|»|-{1,2}|–|—)\s+[^|·»–—]*$")

MIN_ITEMS = 3  # a numbered run of fewer is an aside, not a list
ITEM_WORDS = 5  # an item or its body of at least this many words, ending a sentence, is prose
# A list's items (from the first to the end of the last) hold at least this share of the
# article's words, unless the title promises a list: "three reasons" in the middle of an
# opinion piece are the piece's aside.
LIST_SHARE = 0.5
_SENTENCE_END = ".!?…\"'”’)"


class PageKind(StrEnum):
    NEWS = "news"
    LIST = "list"


@dataclass(frozen=True, slots=True)
class Reading:
    """A page's kind and, for a list, the paragraph indexes of its numbered items in order."""

    kind: PageKind
    items: tuple[int, ...] = ()


NEWS = Reading(PageKind.NEWS)


def read_page(
    paragraphs: Sequence[str],
    title: str | None = None,
    language: str = "en",
) -> Reading:
    """The page's kind: a list when numbered items carry it, else news."""
    if language != "en" or not paragraphs:
        return NEWS
    items = numbered_items(paragraphs)
    if items and (promises_list(title) or _share(paragraphs, items) >= LIST_SHARE):
        return Reading(PageKind.LIST, items)
    return NEWS


def promises_list(title: str | None) -> bool:
    """A title that counts its items: "5 Things To Know", "The Top Five Most Successful ..."."""
    if not title:
        return False
    return bool(_LIST_TITLE_RE.search(_SITE_SUFFIX_RE.sub("", title.strip()) or title))


def item_number(paragraph: str) -> int | None:
    """The number a paragraph opens with as a list item ("1.", "2)", "#3"), else None."""
    match = _ITEM_RE.match(paragraph)
    return int(match.group(1)) if match else None


def numbered_items(paragraphs: Sequence[str]) -> tuple[int, ...]:
    """The paragraph indexes of the longest run of items numbered 1, 2, 3, ... in order, each
    with prose of its own or under it; () for fewer than MIN_ITEMS. A list of links ("1. Police:
    teacher charged") has headlines only, and the numbered lines of a timetable no prose."""
    best: list[int] = []
    run: list[int] = []
    for i, paragraph in enumerate(paragraphs):
        number = item_number(paragraph)
        if number is None:
            continue
        if run and number == item_number(paragraphs[run[-1]]) + 1:  # type: ignore[operator]
            run.append(i)
        elif number == 1:
            run = [i]
        else:
            run = []
        if len(run) > len(best):
            best = list(run)
    best = _with_prose(paragraphs, best)
    return tuple(best) if len(best) >= MIN_ITEMS else ()


def _with_prose(paragraphs: Sequence[str], run: list[int]) -> list[int]:
    """The run up to its first item with no prose (none: the run is no list)."""
    kept: list[int] = []
    for k, i in enumerate(run):
        end = run[k + 1] if k + 1 < len(run) else min(i + 2, len(paragraphs))
        if not any(_is_prose(paragraphs[j]) for j in range(i, end)):
            return kept if len(kept) >= MIN_ITEMS else []
        kept.append(i)
    return kept


def _is_prose(paragraph: str) -> bool:
    text = paragraph.strip()
    return len(text.split()) >= ITEM_WORDS and text[-1:] in _SENTENCE_END


def _share(paragraphs: Sequence[str], items: Sequence[int]) -> float:
    """The share of the article's words from the first item to the end of the last (the last
    taken as long as the mean item before it)."""
    sizes = [len(p.split()) for p in paragraphs]
    total = sum(sizes)
    if not total:
        return 0.0
    gaps = [b - a for a, b in pairwise(items)]
    end = min(items[-1] + max(1, round(sum(gaps) / len(gaps))), len(paragraphs))
    return sum(sizes[items[0] : end]) / total
