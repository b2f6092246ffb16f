"""Other stories printed under the article in the same container: where they start.

A site's "more news" module or a week's previews often sit in the article's own container, so
extraction keeps them: after the story's last paragraph come headline-like lines, each with a
lead of its own that restates it ("Hops shortage spurs brewers to ..." / "A shortage of hops is
forcing brewers ..."). Summarized with the article, they supply sentences and figures about
other events. The run is cut only when it holds several such items, reaches the end of the
text, follows an article long enough to stand alone, and the article itself printed at most
one sub-heading (a list article's items look the same, but start with the story); no head shares
more than a word with the page's title, most leads share one with their own head and few with
the story (they are about something else), and most heads name what the story did not and are
no game results (a roundup lists its games so).
"""

from __future__ import annotations

import re

from summarizer.text.lines import is_headline_like

_WORD = re.compile(r"[^\W\d_]{4,}")
# A game's result as a head ("Otters 2 Herons 1", "Pikes 4, Ravens 3 (OT)"): a roundup's
# items, which the story lists as its own.
_SENTENCE_ENDS = (".", "!", "?", '"', "”", "’", ")")
_LIST_NUMBER = re.compile(r"^\(?\d{1,3}[.):]\s")  # "2. Ann Lee": a list article's own item
_SCORE_LINE = re.compile(r"^[A-Z][\w .'’&-]*?\s\d{1,3},?\s+[A-Z][\w .'’&-]*?\s\d{1,3}\b")


class Teasers:
    """Tunables of the cut."""

    min_items = 3  # headline and lead pairs: two could be the article's own sub-sections
    min_article_words = 120  # the story before them stands alone (words of its sentences)
    min_head_words = 3  # "Jets at Patriots"; a shorter line is a label or a credit
    max_leads = 1  # a teaser has one paragraph under its headline (three cost a wrong refusal)
    stem_chars = 5  # "suspends" and "suspended" share a word
    max_title_shared = 1  # a head sharing more with the page's title is the story's own
    max_subheads = 1  # the article's own sub-headings (a stray caption may look like one)
    max_lead_overlap = 0.4  # a teaser's lead is on a new subject: few of its words are the story's


def other_stories_start(units: list[str], title: str | None, rules: type[Teasers] = Teasers) -> int:
    """The index of the first unit of a run of other stories' teasers at the end of `units`,
    or `len(units)` when there is none."""
    words_before = 0
    subheads = 0
    for at, unit in enumerate(units):
        if words_before >= rules.min_article_words and _is_head(unit, rules):
            if subheads > rules.max_subheads:
                return len(units)  # the article has its own sub-headings: a list, not teasers
            if (
                _is_teaser_run(units[at:], title, rules)
                and not _announced(units, at, rules)
                and _new_subjects(units, at, rules)
            ):
                return at
        if at > 0 and _is_head(unit, rules) and at + 1 < len(units):
            subheads += not is_headline_like(units[at + 1])  # a head over a paragraph
        if unit.rstrip().endswith(_SENTENCE_ENDS):
            words_before += len(unit.split())  # the story's sentences, not a menu's words
    return len(units)


def _is_head(unit: str, rules: type[Teasers]) -> bool:
    """A teaser's headline: short, not a sentence, and not a list article's numbered item."""
    return (
        is_headline_like(unit)
        and len(unit.split()) >= rules.min_head_words
        and not _LIST_NUMBER.match(unit)
    )


def _is_teaser_run(units: list[str], title: str | None, rules: type[Teasers]) -> bool:
    """Whether `units` are only (headline, lead) items, enough of them, on other subjects."""
    items: list[tuple[str, str]] = []
    at = 0
    while at < len(units):
        head = units[at]
        if not _is_head(head, rules):
            return False
        leads = []
        at += 1
        while at < len(units) and not is_headline_like(units[at]):
            leads.append(units[at])
            at += 1
        if not 1 <= len(leads) <= rules.max_leads:
            return False
        items.append((head, leads[0]))
    if len(items) < rules.min_items:
        return False
    title_stems = _stems(title or "", rules)
    heads = [_stems(head, rules) for head, _ in items]
    if any(len(stems & title_stems) > rules.max_title_shared for stems in heads):
        return False  # a head on the page's own subject
    restated = sum(
        bool(stems & _stems(lead, rules)) for stems, (_, lead) in zip(heads, items, strict=True)
    )
    return 2 * restated >= len(items)  # each lead retells its own headline


def _announced(units: list[str], at: int, rules: type[Teasers]) -> bool:
    """Whether most heads from `at` on name what the story already named, or are results: a
    roundup's items ("Elsewhere it was: Lynxes 5 Badgers 2, ..." then "Lynxes 5 Badgers 2"
    and its game)."""
    before = {stem for unit in units[:at] for stem in _stems(unit, rules)}
    heads = [_stems(unit, rules) for unit in units[at:] if is_headline_like(unit)]
    named = sum(bool(h) and 2 * len(h & before) >= len(h) for h in heads)
    scores = sum(bool(_SCORE_LINE.match(u)) for u in units[at:] if is_headline_like(u))
    return 2 * max(named, scores) >= len(heads)


def _new_subjects(units: list[str], at: int, rules: type[Teasers]) -> bool:
    """Whether most paragraphs from `at` on are about something else: under 40% of their words
    are the story's (the story's own last sections, under sub-headings, retell its names)."""
    before = {stem for unit in units[:at] for stem in _stems(unit, rules)}
    leads = [_stems(unit, rules) for unit in units[at:] if not is_headline_like(unit)]
    new = sum(len(lead & before) < rules.max_lead_overlap * len(lead) for lead in leads if lead)
    return 2 * new >= len(leads)


def _stems(text: str, rules: type[Teasers]) -> set[str]:
    return {word[: rules.stem_chars] for word in _WORD.findall(text.casefold())}
