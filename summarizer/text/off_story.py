"""Lines beside the story that are about something else: one-line teasers of other stories
right above a page's footer trail, and a promo line above the story's wire dateline.

Each reads as a sentence ("Win a DVD and more in our competition.", "Special pooch: We feature
a dog trained to help ..."), so no line rule sees it, and the summarizer may pick it or take a
key figure from it. What gives them away is where they stand, at a mark that bounds the story
(the footer's "You are here" trail closes it, a wire dateline opens it), and that few of their
words are the story's. A story's own short closing lines or its deck above the dateline share
its names and subject.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from summarizer.text.furniture_lexicon import DATELINES
from summarizer.text.lines import is_prose, words_upto
from summarizer.text.tokenize import sentence_spans

_WORD = re.compile(r"[^\W\d_]{4,}")
_QUOTE_MARKS = frozenset('"“”«»„')


class OffStory:
    """Tunables of both cuts."""

    max_teaser_words = 15  # a teaser is one short line; a story's paragraph is longer
    min_teasers = 2  # one short line above the trail may be the story's last
    max_teasers = 8  # more short lines in a row: a story told in short lines, not a box
    max_shared = 1 / 3  # share of the lines' words that are the story's (under: another subject)
    min_words = 3  # a promo with fewer words of four letters or more cannot be judged
    max_head_units = 10  # the dateline opens one of the first units, or there is none
    stem_chars = 5  # "trained" and "training" share a word
    max_paragraph_chars = 2000  # enough of a paragraph above the dateline to count sentences


def footer_teasers_start(units: list[str], footer: int, rules: type[OffStory] = OffStory) -> int:
    """Where a run of one-line teasers ends the story right above the footer trail at `footer`,
    or `footer`: two to eight short lines, no quote among them, most of whose words the story
    above them does not use."""
    start = footer
    while start > 0 and _is_teaser_line(units[start - 1], rules):
        start -= 1
    run = units[start:footer]
    if start == 0 or not rules.min_teasers <= len(run) <= rules.max_teasers:
        return footer
    return start if _shared(run, _stems(units[:start], rules), rules) < rules.max_shared else footer


def without_promos(units: list[str], rules: type[OffStory] = OffStory) -> list[str]:
    """The units without the prose lines above the story's wire dateline ("PORT ELLIS (AP) --
    ...") that are about something else. Lines that are not prose (a date, a byline) and a
    deck that retells the story stay.

    Only page furniture is cut so: a paragraph of two sentences or more above the "dateline"
    says the text began before it, and a second unit that opens the same way says the units are
    a digest's items ("THE LAST KEEPER - A retired keeper ..."); then every paragraph stays."""
    head = units[: rules.max_head_units]
    dateline = next((at for at, unit in enumerate(head) if _opens_with_dateline(unit)), 0)
    if dateline == 0 or not any(map(is_prose, units[:dateline])):
        return units  # the story's first unit opens with it, or nothing to judge above it
    if any(_is_story_paragraph(unit, rules) for unit in units[:dateline]) or any(
        map(_opens_with_dateline, units[dateline + 1 :])
    ):
        return units
    story = _stems(units[dateline:], rules)
    return [
        unit
        for at, unit in enumerate(units)
        if at >= dateline or not (is_prose(unit) and _is_promo(unit, story, rules))
    ]


def _opens_with_dateline(unit: str) -> bool:
    if not (unit[:1].isupper() or unit.startswith("(")):  # every dateline opens so: cheap look
        return False
    return any(pattern.match(unit) for pattern in DATELINES)


def _is_story_paragraph(unit: str, rules: type[OffStory]) -> bool:
    """A paragraph of prose in mixed case with two sentences or more: no promo line (one
    sentence) and no bulletin box in capitals ("SNOW ADVISORY FOR ... and LAKE ...")."""
    head = unit[: rules.max_paragraph_chars]
    letters = [char for char in head if char.isalpha()]
    if sum(map(str.isupper, letters)) * 2 > len(letters) or not is_prose(unit):
        return False
    return len(sentence_spans(head)) >= 2


def _is_promo(unit: str, story: set[str], rules: type[OffStory]) -> bool:
    words = _stems([unit], rules)
    return len(words) >= rules.min_words and len(words & story) < rules.max_shared * len(words)


def _is_teaser_line(unit: str, rules: type[OffStory]) -> bool:
    return words_upto(unit, rules.max_teaser_words) <= rules.max_teaser_words and not (
        _QUOTE_MARKS.intersection(unit)
    )


def _shared(lines: list[str], story: set[str], rules: type[OffStory]) -> float:
    """The share of the words of `lines` (once each) that are in `story` (1.0 with none)."""
    words = _stems(lines, rules)
    return len(words & story) / len(words) if words else 1.0


def _stems(lines: Iterable[str], rules: type[OffStory]) -> set[str]:
    return {word[: rules.stem_chars] for line in lines for word in _WORD.findall(line.casefold())}
