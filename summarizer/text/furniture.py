"""Page furniture glued inside a paragraph: cut it out, keep the paragraph's own words.

Line-level furniture (a "Share" button, a "Read more" block) is `cleanup`'s job; this is what
extraction leaves inside real sentences, where a whole-line rule cannot see it. A dateline is not
furniture for the article (it says where the story was filed), but it is for a summary
sentence: it becomes a line of its own, which the summarizer reads as a heading.
"""

from __future__ import annotations

import re

from summarizer.text.furniture_lexicon import (
    CALL_TO_ACTION,
    DATE_PREFIX,
    DATELINES,
    FIRST_DATELINE,
    GALLERY_COUNTER,
    HOVER_CARD,
    PHONE,
    PRODUCT_FIELD,
    QUOTE_WIDGET,
    SENTENCE_GAP,
    TRAILING_CALL,
    TWEET_LINK,
    TWEET_SIGNATURE,
)

MIN_PRODUCT_FIELDS = 2  # label fields ("RRP:", "More info:") that make a unit a product box
MAX_SHORT_FIELD_WORDS = 12  # a unit this short that opens with a label field is one field
MIN_GALLERY = 5  # "3/55 The terrace": a gallery counter; "1/2 Cup": a fraction
MAX_TITLE_OFFSET = 60  # characters of date before a headline glued to the story
MIN_STORY_WORDS = 5  # after the headline, at least this much story
MAX_PRODUCT_BOX_WORDS = 60  # a longer unit with label fields is prose that mentions them
# Cheap first looks: each rule runs only on units that have what it needs.
_CTA_HINT = re.compile(
    r"click|tap\s+here|sign\s+up|subscribe|follow\s+us|like\s+us|download|klicken|cliquez|clic"
    r"|нажмите|abonnieren",
    re.IGNORECASE,
)


def strip_furniture(unit: str) -> list[str]:
    """The unit without its inline furniture: no unit, one, or a dateline and the rest."""
    if ":" in unit and _is_product_box(unit):
        return []
    if "MORE" in unit:
        unit = HOVER_CARD.sub(r"\1", unit)
    if "t.co/" in unit or "twitter.com" in unit or "(@" in unit:
        unit = TWEET_SIGNATURE.sub("", TWEET_LINK.sub("", unit)).strip()
    if "(" in unit and ("Alert)" in unit or "Quote)" in unit):
        unit = QUOTE_WIDGET.sub("", unit)
    if _CTA_HINT.search(unit):
        unit = _without_calls(unit)
    counter = GALLERY_COUNTER.match(unit) if unit[:1].isdigit() else None
    if counter and int(counter[1]) <= int(counter[2]) >= MIN_GALLERY:
        unit = unit[counter.end() :]
    if not unit:
        return []
    for pattern in DATELINES:
        if dateline := pattern.match(unit):
            line = dateline.group("line").rstrip("-–—: ")
            return [line, unit[dateline.end() :]]
    return [unit]


def split_first_dateline(unit: str) -> list[str]:
    """The story's first unit with a title-case dateline ("Munich - The club ...") made a line
    of its own, as `strip_furniture` does with capitals anywhere."""
    dateline = FIRST_DATELINE.match(unit)
    if dateline is None:
        return [unit]
    return [dateline.group("line").rstrip("-–— "), unit[dateline.end() :]]


def without_title(unit: str, title: str) -> str:
    """A unit that opens with the headline glued to the story ("Wednesday, December 26, 2007
    Mill to close Workers at the mill ...", "Mill to closeWorkers ..."): the story alone.

    Only with that evidence, a date before the headline or no space after it: a story may
    well open with its headline's words.
    """
    at = unit.find(title, 0, MAX_TITLE_OFFSET + len(title)) if title else -1
    if at < 0:
        return unit
    rest = unit[at + len(title) :]
    dated = at > 0 and DATE_PREFIX.fullmatch(unit[:at].strip()) is not None
    glued = at == 0 and rest[:1].isalpha()
    if not (dated or glued) or len(rest.split()) < MIN_STORY_WORDS:
        return unit
    return rest.strip()


def _is_product_box(unit: str) -> bool:
    words = len(unit.split(None, MAX_PRODUCT_BOX_WORDS))
    if words > MAX_PRODUCT_BOX_WORDS:
        return False
    fields = len(PRODUCT_FIELD.findall(unit))
    if fields >= MIN_PRODUCT_FIELDS or (fields and PHONE.search(unit)):
        return True
    return words <= MAX_SHORT_FIELD_WORDS and PRODUCT_FIELD.match(unit) is not None


def _without_calls(unit: str) -> str:
    """Sentences that are calls to action go; one ending a sentence is cut off it."""
    sentences = SENTENCE_GAP.split(unit)
    kept = [TRAILING_CALL.sub("", s) for s in sentences if not CALL_TO_ACTION.match(s)]
    return " ".join(s for s in kept if s.strip())
