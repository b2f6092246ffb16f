"""Page furniture glued inside a paragraph: cut it out, keep the paragraph's own words.

Line-level furniture (a "Share" button, a "Read more" block) is `cleanup`'s job; this is what
extraction leaves inside real sentences, where a whole-line rule cannot see it. A dateline is not
furniture for the article (it says where the story was filed), but it is for a summary
sentence: it becomes a line of its own, which the summarizer reads as a heading.
"""

from __future__ import annotations

import re

from summarizer.text.furniture_boxes import without_captions
from summarizer.text.furniture_embeds import split_tweet
from summarizer.text.furniture_lexicon import (
    AGENCY_LEFTOVERS,
    COLON_DATELINE,
    DATELINE_HINTS,
    DATELINES,
    FIRST_DATELINE,
    PRODUCT_FIELD,
    TEASER_LABELS,
    air_time_plug,
    bracketed_datelines,
    byline_before_dateline,
    call_to_action,
    caption_label,
    correction_notice,
    credit_words,
    date_prefix,
    date_time_stamp,
    dated_byline,
    gallery_counter,
    glued_date_end,
    glued_header,
    hover_card,
    html_comment,
    leading_script,
    list_label,
    phone,
    quote_widget,
    script_statement,
    section_blurb,
    sentence_gap,
    shouted_call,
    story_links,
    support_appeal,
    tags_tail,
    trailing_call,
    update_label,
)

MIN_PRODUCT_FIELDS = 2  # label fields ("RRP:", "More info:") that make a unit a product box
MAX_SHORT_FIELD_WORDS = 12  # a unit this short that opens with a label field is one field
MIN_GALLERY = 5  # "3/55 The terrace": a gallery counter; "1/2 Cup": a fraction
MAX_TITLE_OFFSET = 60  # characters of date before a headline glued to the story
MIN_STORY_WORDS = 5  # after the headline, at least this much story
MAX_PRODUCT_BOX_WORDS = 60  # a longer unit with label fields is prose that mentions them
MAX_DATELINE_CHARS = 80  # a dateline's bracket or quote is this near the start
MAX_HEADER_CHARS = 300  # a header glued before the first sentence ends this near the start
MAX_CREDIT_WORDS = 4  # "CanWest News Service": a name between a headline and its dateline
MAX_HEADING_WORDS = 12  # a longer line is read as a sentence (and may be summarized)
MAX_APPEAL_UNITS = 6  # a reader-support appeal closing the page is at most this long
APPEAL_OPENING_CHARS = 200  # where in a unit an appeal's opening words are looked for
MIN_LIST_ITEMS = 2  # "Name: ..." lines that make a list
MAX_BLURB_WORDS = 30  # a section's blurb is one short sentence
MIN_SHOUT_LETTERS = 20  # fewer letters in capitals: an acronym or a short heading
MIN_SHOUT_SHARE = 0.9  # of a unit's letters in capitals: a banner, a bulletin
MIN_CODE_MARKS = 10  # braces, semicolons, "=" and angle brackets in a unit of code ...
MIN_CODE_SHARE = 0.04  # ... and their share of its characters (prose has almost none)
_CODE_MARKS = frozenset("{};=<>")
_QUOTE_MARKS = '"“”«»„'
# How a sentence, or an item of a list in prose, ends ("Age: early 30s, born in ...;").
SENTENCE_CLOSE = tuple(".!?…\"'”’»);,")
SENTENCE_GAP_AT = re.compile(r"[.!?]\s")  # a sentence ends here (no sentence: a header)
# A list item's "-- " marker on old pages ("-- A team of six officers ..."): no sentence's.
_DASH_BULLET = re.compile(r"^--\s+(?=[A-Z0-9\"“‘'])")
# Cheap first looks: each rule runs only on units that have what it needs.
# Words every correction notice or air-time plug holds (`correction_notice`, `air_time_plug`).
_NOTICE_HINT = re.compile(
    r"\b(?:mis(?:stated|identified|spelled|attributed|quoted|reported|named|characterized)"
    r"|incorrectly|erroneously|wrongly|omitted|airs)\b|^corrections?:",
    re.IGNORECASE,
)
_MAX_NOTICE_CHARS = 1200  # a correction notice is a paragraph, not a story
_CTA_HINT = re.compile(
    r"click|tap\s+here|sign\s+up|subscribe|follow\s+us|like\s+us|download|klicken|cliquez|clic"
    r"|нажмите|abonnieren|live\s+coverage|scroll|spoiler|register|miss\s+out|let\s+us\s+know"
    r"|join\s+the|flash|\b(?:above|below)\s*(?:[,.!?:;]|and\b)|\son\s+(?:twitter|instagram|threads)\s"
    r"|read\s+the\s+(?:rest|full)|welcome\s+to",
    re.IGNORECASE,
)
_SCRIPT_HINT = re.compile(r"\);|flash", re.IGNORECASE)
MAX_SHOUTED_CALL_WORDS = 20


def strip_furniture(unit: str) -> list[str]:
    """The unit without its inline furniture: no unit, one, or a dateline and the rest."""
    if "<!--" in unit:
        unit = html_comment().sub("", unit).strip()
    if _SCRIPT_HINT.search(unit, 0, 2000) and (script := leading_script().match(unit)):
        unit = unit[script.end() :]  # an advert's script glued before the story
    if ":" in unit and _is_product_box(unit):
        return []
    if len(unit) <= _MAX_NOTICE_CHARS and _NOTICE_HINT.search(unit) and _is_notice(unit):
        return []
    if "MORE" in unit:
        unit = hover_card().sub(r"\1", unit)
    embed = None  # the line a tweet's embed leaves after its text (`furniture_embeds`)
    if "t.co/" in unit or "twitter.com" in unit or "(@" in unit:
        unit, embed = split_tweet(unit)
    if "(" in unit and ("Alert)" in unit or "Quote)" in unit or "Research)" in unit):
        unit = quote_widget().sub("", unit)
    if ("story:" in unit or "article:" in unit or "post:" in unit or "item:" in unit) and (
        link := story_links().search(unit)
    ):
        unit = unit[: link.start()].rstrip()  # "Previous story: ..." glued after the story
    if ": " in unit and (tags := tags_tail().search(unit)):
        unit = unit[: tags.start()].rstrip()  # "Tags: ... Share this: ..." after the story
    if _CTA_HINT.search(unit):
        unit = _without_calls(unit)
    if unit[:1] in "UOEC" and (label := update_label().match(unit)):
        unit = unit[label.end() :]
    counter = gallery_counter().match(unit) if unit[:1].isdigit() else None
    if counter and int(counter[1]) <= int(counter[2]) >= MIN_GALLERY:
        unit = unit[counter.end() :]
    if unit.startswith("--") and (marker := _DASH_BULLET.match(unit)):
        unit = unit[marker.end() :]
    unit = without_captions(unit)
    lines = _split_dateline(unit) if unit else []
    return [*lines, embed] if embed else lines


def _split_dateline(unit: str) -> list[str]:
    """A dateline opening the unit made a line of its own; a wire byline before it goes; a
    header of links, a date and a byline glued before the story is a line of its own too."""
    if " By " in unit and (header := dated_byline().search(unit)):
        before = unit[: header.start()].strip()
        return [*([before] if before else []), header.group("line"), unit[header.end() :]]
    byline = byline_before_dateline().match(unit) if unit.startswith("By ") else None
    if byline and (
        byline.group("age") or any(pattern.match(unit[byline.end() :]) for pattern in DATELINES)
    ):
        unit = unit[byline.end() :]  # with its age ("2 hours ago") a byline is one anyway
    head = unit[:MAX_DATELINE_CHARS]
    if ":" in head and (stamp := date_time_stamp().match(unit)):
        return [stamp.group("line").rstrip("-–—|•: "), *_split_dateline(unit[stamp.end() :])]
    rare = bracketed_datelines() if any(hint in head for hint in DATELINE_HINTS) else ()
    for pattern in (*DATELINES, *AGENCY_LEFTOVERS, *rare):
        if dateline := pattern.match(unit):
            line = dateline.group("line").rstrip("-–—: ")
            return [line, unit[dateline.end() :]]
    return [unit]


def is_caption(unit: str) -> bool:
    """A photo caption in the story: a label and a colon opening a line longer than a heading
    that ends with no sentence mark ("Much missed: Ann Lee was found ... last week"). Not one
    that ends in a colon: that line introduces what follows ("Ann Lee: the mayor wrote:")."""
    return (
        not unit.rstrip().endswith((*SENTENCE_CLOSE, ":"))
        and len(unit.split(None, MAX_HEADING_WORDS)) > MAX_HEADING_WORDS
        and caption_label().match(unit) is not None
    )


def is_list_of_labels(units: list[str], at: int) -> bool:
    """Whether the unit at `at` is one item of a list of "Label: ..." lines (a neighbour opens
    with a label too): a list of names and what they did, not a lone photo caption."""
    label = list_label()
    return any(
        0 <= near < len(units) and label.match(units[near]) is not None for near in (at - 1, at + 1)
    )


def appeal_start(units: list[str]) -> int:
    """Where a closing reader-support appeal begins ("... we have a small favour to ask", then
    why and how to give), or len(units): in the second half, with few units after it."""
    first = max(len(units) // 2, len(units) - MAX_APPEAL_UNITS)
    for at in range(first, len(units)):
        if support_appeal().search(units[at], 0, APPEAL_OPENING_CHARS):
            return at
    return len(units)


def is_list_of_names(lines: list[str]) -> bool:
    """Whether closing lines with no full stops are an article's list of "Name: what they do"
    items (a list of charities, of players): each opens with its own label, none a teaser's
    ("Watch:", "Opinion:")."""
    labels = [list_label().match(line) for line in lines]
    if len(lines) < MIN_LIST_ITEMS or not all(labels):
        return False
    names = [
        line[: match.end()].split(":")[0].strip().casefold()
        for line, match in zip(lines, labels, strict=True)
    ]
    return len(set(names)) == len(names) and not TEASER_LABELS.intersection(
        word for name in names for word in name.split()
    )


def is_section_blurb(unit: str) -> bool:
    """A section's or blog's self-description between paragraphs ("Interviews, insight and
    analysis from The Herald on ..."): a list of offerings, no verb, one short sentence."""
    return (
        len(unit.split(None, MAX_BLURB_WORDS)) <= MAX_BLURB_WORDS
        and section_blurb().match(unit) is not None
    )


def is_code(unit: str) -> bool:
    """Script or style text that leaked out of the markup ("<!-- var id=7; ... //-->")."""
    if script_statement().search(unit):
        return True
    marks = sum(char in _CODE_MARKS for char in unit)
    return marks >= MIN_CODE_MARKS and marks >= MIN_CODE_SHARE * len(unit)


def is_shouted_call(unit: str) -> bool:
    """A line in capitals that sends the reader to another page ("WATCH ANN LEE'S AUDITION",
    "GO TO HER BIO PAGE"): an imperative, no lower-case letter, at most a short sentence."""
    return (
        unit.isupper()
        and len(unit.split(None, MAX_SHOUTED_CALL_WORDS)) <= MAX_SHOUTED_CALL_WORDS
        and shouted_call().match(unit) is not None
    )


def is_shouting(unit: str) -> bool:
    """A unit longer than a heading written in capitals: a banner or a bulletin box ("SNOW
    ADVISORY FOR ... UNTIL 9 PM"), in a story that is itself in mixed case (the caller checks)."""
    if any(mark in unit for mark in _QUOTE_MARKS):
        return False  # a quoted sign or post in capitals is the story's, not the page's
    letters = [char for char in unit if char.isalpha()]
    if (
        len(letters) < MIN_SHOUT_LETTERS
        or len(unit.split(None, MAX_HEADING_WORDS)) <= MAX_HEADING_WORDS
    ):
        return False
    return sum(char.isupper() for char in letters) >= MIN_SHOUT_SHARE * len(letters)


def is_lead_caption(unit: str, after: str) -> bool:
    """The story's first line, longer than a heading with no sentence mark, before a sentence:
    the lead photo's caption ("The new boat sits beside the old one in the harbour")."""
    return (
        not unit.rstrip().endswith(SENTENCE_CLOSE)
        and len(unit.split(None, MAX_HEADING_WORDS)) > MAX_HEADING_WORDS
        and after.rstrip().endswith(SENTENCE_CLOSE)
    )


def split_first_dateline(unit: str, units: list[str]) -> list[str]:
    """The story's first paragraph with a title-case dateline ("Munich - The club ...", as
    `strip_furniture` does with capitals anywhere) or a colon one ("Mumbai: The club ...") made
    a line of its own. Not a colon label that opens another of the `units` too: an interview's
    "LEE:" comes back, a place does not. A page's header glued before the first sentence ("Home
    News 08 January 2008 Mill To Close As Orders Fall Workers at the mill ...") goes to a line of
    its own the same way."""
    if dateline := FIRST_DATELINE.match(unit):
        return [dateline.group("line").rstrip("-–— "), unit[dateline.end() :]]
    if unit[:1].isupper() or unit[:1].isdigit():
        header = glued_header().match(unit, 0, MAX_HEADER_CHARS)
        if header and not SENTENCE_GAP_AT.search(header.group("line")):
            return [header.group("line"), unit[header.end() :]]
    dateline = COLON_DATELINE.match(unit)
    if dateline is None:
        return [unit]
    label = dateline.group("line") + ":"
    if any(other.startswith(label) for other in units if other is not unit):
        return [unit]
    return [dateline.group("line"), unit[dateline.end() :]]


def without_title(unit: str, title: str) -> str:
    """A unit that opens with the headline glued to the story ("Wednesday, December 26, 2007
    Mill to close Workers at the mill ...", "Mill to closeWorkers ..."): the story alone.

    Only with that evidence, a date before the headline or no space after it: a story may
    well open with its headline's words. A headline followed by a paper's or agency's name and
    a dateline ("Mill to close Valley News Service OTTAWA -- ...") leaves the story from its
    dateline; a headline glued to a sub-headline that ends in a glued date ("Mill to
    closeUnion Says ... WorkersDec. 5, 2007") is a header with no story: nothing is left.
    """
    at = unit.find(title, 0, MAX_TITLE_OFFSET + len(title)) if title else -1
    if at < 0:
        return unit
    rest = unit[at + len(title) :]
    glued = at == 0 and rest[:1].isalpha()
    if (
        glued
        and (date := glued_date_end().search(rest))
        and not SENTENCE_GAP_AT.search(rest, 0, date.start() + 1)
    ):
        return ""
    if at == 0 and (story := _from_dateline(rest)) is not None:
        return story
    dated = at > 0 and date_prefix().fullmatch(unit[:at].strip()) is not None
    if not (dated or glued) or len(rest.split()) < MIN_STORY_WORDS:
        return unit
    return rest.strip()


def _from_dateline(rest: str) -> str | None:
    """`rest` from its dateline on, when at most a few capitalised words come before one."""
    rest = rest.lstrip()
    pos = 0
    for _ in range(MAX_CREDIT_WORDS + 1):
        if DATELINES[0].match(rest[pos:]):
            return rest[pos:]
        word = credit_words().match(rest, pos)
        if word is None:
            return None
        pos = word.end()
    return None


def _is_notice(unit: str) -> bool:
    """A newspaper's correction notice or a show's air-time plug: no part of the story."""
    return correction_notice().match(unit) is not None or air_time_plug().match(unit) is not None


def _is_product_box(unit: str) -> bool:
    words = len(unit.split(None, MAX_PRODUCT_BOX_WORDS))
    if words > MAX_PRODUCT_BOX_WORDS:
        return False
    fields = len(PRODUCT_FIELD.findall(unit))
    if fields >= MIN_PRODUCT_FIELDS or (fields and phone().search(unit)):
        return True
    return words <= MAX_SHORT_FIELD_WORDS and PRODUCT_FIELD.match(unit) is not None


def _without_calls(unit: str) -> str:
    """Sentences that are calls to action go; one ending a sentence is cut off it."""
    sentences = sentence_gap().split(unit)
    kept = [trailing_call().sub("", s) for s in sentences if not call_to_action().match(s)]
    return " ".join(s for s in kept if s.strip())
