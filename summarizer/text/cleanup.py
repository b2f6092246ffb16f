"""Turn what users paste (or what extraction left) into a clean Article body.

Pasted pages carry the site's furniture along with the story: a breadcrumb, the headline (often
twice), bylines, photo credits, "Advertisement" slugs, share buttons and trailing "related",
"read more" or newsletter blocks. Left in, those lines become "sentences" the summarizer may pick.
The rules are generic (phrases in English, Russian, German, French, Spanish, Italian and
Portuguese) and work line by line: a unit is one paragraph, or one line of a block whose lines are
not hard-wrapped prose. Putting the characters right and cutting the text into units is
`units`' job, what one unit is (headline-like, a breadcrumb, a byline, junk) `lines`', furniture
inside a unit `furniture`'s, what the page prints twice `repeats`'; this module finds the title,
drops link blocks, boxes and the footer, and trims the tail. The patterns live in
`cleanup_lexicon`.
"""

from __future__ import annotations

import re
from dataclasses import replace

from summarizer.errors import EmptyTextError
from summarizer.models import Article
from summarizer.text.about_us import without_about_us
from summarizer.text.below_story import (
    comments_start,
    gallery_start,
    without_featured_comment,
)
from summarizer.text.char_refs import decode_numeric_refs
from summarizer.text.cleanup_lexicon import (
    BLOCK_HEADING,
    GLYPH_BULLET,
    GLYPHS,
    INLINE_CREDIT,
    ITEM_MARK,
    WIRE_CREDIT,
    YOU_ARE_HERE,
    click_here,
    link_like,
)
from summarizer.text.credits import without_credits
from summarizer.text.furniture import (
    appeal_start,
    is_caption,
    is_code,
    is_lead_caption,
    is_list_of_labels,
    is_list_of_names,
    is_section_blurb,
    is_shouted_call,
    is_shouting,
    split_first_dateline,
    strip_furniture,
    without_title,
)
from summarizer.text.furniture_boxes import (
    is_advert,
    is_form_note,
    without_advert_blocks,
)
from summarizer.text.lines import (
    crumb_tail,
    is_headline_like,
    is_junk,
    is_prose,
    words_upto,
)
from summarizer.text.markup_tags import without_tags
from summarizer.text.off_story import footer_teasers_start, without_promos
from summarizer.text.other_stories import other_stories_start
from summarizer.text.rejoin import rejoin_cut_sentences
from summarizer.text.repeats import Seen, comparison_key, without_repeats
from summarizer.text.title_lines import is_title_case_line, without_title_lines
from summarizer.text.units import clean_title, normalize, split_units

# A first line printed twice is a headline up to this size (`_repeated_headline`).
REPEATED_HEADLINE_CHARS, REPEATED_HEADLINE_WORDS = 220, 25
_MAX_FOOTER_BLOCK = 8  # units above a "You are here" trail that a link block may start


def _footer_start(units: list[str]) -> int:
    """Where the page's footer begins, or len(units): a "You are here: Site > News" trail in
    the second half, and the link block just above it (its heading, "External links", and
    the teaser lines under it, which may end in full stops), or with no heading a run of
    one-line teasers on other subjects (`off_story`)."""
    for at in range(len(units) // 2, len(units)):
        if YOU_ARE_HERE.match(units[at]):
            above = range(max(0, at - _MAX_FOOTER_BLOCK), at)
            heading = next((i for i in above if BLOCK_HEADING.match(units[i])), None)
            return footer_teasers_start(units, at) if heading is None else heading
    return len(units)


def _drop_blocks(units: list[str]) -> list[str]:
    """Drop link/share/subscribe blocks: their heading and the headline-like lines under it, and
    its bulleted or numbered items however long ("3. ... 100 m.p.h.", "• A prosecutor made a
    rap video. Now critics want her to step down. — ...") and its lines in Title Case, full stop
    or not: under such a heading they are teasers of other stories."""
    kept: list[str] = []
    skipping = False
    for unit in units:
        if words_upto(unit, 8) <= 8 and BLOCK_HEADING.match(unit):
            skipping = True
            continue
        if skipping and (
            is_headline_like(unit) or ITEM_MARK.match(unit) or is_title_case_line(unit)
        ):
            continue
        skipping = False
        kept.append(unit)
    return kept


def _trim_tail(units: list[str]) -> list[str]:
    """Lone headline-like lines after the last prose paragraph are teasers, not the story.

    Unless they read as the article's own closing list: introduced by a paragraph ending in
    ":" ("The teams and their appearances:"), "Name: what it does" items, or lines of one shape
    that all hold a digit (a schedule of addresses and times, a table of scores). Teaser blocks
    under a heading ("You may also like") are gone already (`_drop_blocks`). After a news
    agency's credit alone on a line ("The Associated Press"), which signs the story off, no line
    after it is the story's, numbered ones neither (a box of other stories: "1. Police: ...").
    """
    start = len(units)
    while start > 0 and (is_headline_like(units[start - 1]) or ITEM_MARK.match(units[start - 1])):
        start -= 1
    if 0 < start < len(units) - 1 and WIRE_CREDIT.match(units[start]):
        units = units[: start + 1]  # the credit itself is judged as any closing line, below
    end = len(units)
    while end > 0 and is_headline_like(units[end - 1]) and not ITEM_MARK.match(units[end - 1]):
        end -= 1
    if end == 0 or end == len(units) or _is_end_list(units[end - 1], units[end:]):
        return units
    return units[:end]


_DIGIT = re.compile(r"\d")


def _is_end_list(lead: str, tail: list[str]) -> bool:
    """Whether the headline-like `tail` after the prose `lead` continues the article."""
    if any(map(link_like().search, tail)) or click_here().search(lead):
        return False
    if tail[0].isupper():  # "PLAYERS OF THE WEEK": a box heading; its box is not the story
        return False
    if lead.rstrip().endswith((":", "：")) or is_list_of_names(tail):
        return True
    return len(tail) >= 2 and all(_DIGIT.search(line) for line in tail)


def _strip_inline_credit(unit: str) -> str:
    if not unit.rstrip().endswith((")", "]")):  # the credit pattern ends in a bracket
        return unit
    stripped = INLINE_CREDIT.sub("", unit)
    return stripped if stripped != unit and is_prose(stripped) else unit


def _clean_units(units: list[str], title: str | None) -> list[str]:
    seen = Seen()
    title_key = comparison_key(title) if title else ""
    if title:
        seen.is_new(title)
    if title:
        units = [story for unit in units if (story := without_title(unit, title))]
        units = without_title_lines(units, title)  # before a kicker reads as a dateline
    units = rejoin_cut_sentences(units)  # before any rule reads a cut-off piece as a heading
    units = units[: gallery_start(units)]  # before the slides' counters are stripped
    units = without_credits(without_promos(units))  # before "Director:" reads as a dateline
    units = without_featured_comment([part for unit in units for part in strip_furniture(unit)])
    if units:
        first = next((i for i, unit in enumerate(units) if is_prose(unit)), 0)
        units[first : first + 1] = split_first_dateline(units[first], units)
    units = units[: comments_start(units)]
    units = _without_boxes(without_advert_blocks([_strip_inline_credit(u) for u in units]))
    if len(units) > 1 and is_headline_like(units[0]) and is_lead_caption(units[0], units[1]):
        del units[0]
    units = _drop_blocks(units[: _footer_start(units)])
    units = without_about_us(units[: appeal_start(units)])
    units = units[: other_stories_start(units, title)]
    kept = without_repeats(units, seen, title_key)
    return [_without_glyph(unit) for unit in _trim_tail(kept)]


def _without_glyph(unit: str) -> str:
    """A paragraph of prose without the list glyph opening it (`GLYPH_BULLET`); a short item
    keeps its glyph, as the list it is. After the blocks and the tail, which read the glyphs."""
    if unit[:1] in GLYPHS and is_prose(unit) and (glyph := GLYPH_BULLET.match(unit)):
        return unit[glyph.end() :]
    return unit


def _without_boxes(units: list[str]) -> list[str]:
    """Drop junk lines, text adverts, a form's notes, lone photo captions
    (not a list of "Label: ..." items), section blurbs, leaked code, imperative lines in capitals
    ("WATCH HER AUDITION") and, in a story written in mixed case, all-capitals bulletins."""
    mixed = sum(map(_is_mixed_case, units)) * 2 > len(units)
    return [
        unit
        for at, unit in enumerate(units)
        if not (
            is_junk(unit)
            or is_advert(unit)
            or is_form_note(unit)
            or (is_caption(unit) and not is_list_of_labels(units, at))
            or is_section_blurb(unit)
            or is_code(unit)
            or is_shouted_call(unit)
            or (mixed and is_shouting(unit))
        )
    ]


def _is_mixed_case(unit: str) -> bool:
    return unit != unit.upper()


def _find_title(units: list[str]) -> tuple[str | None, list[str]]:
    """Take a leading breadcrumb and headline off the units; the rest is the body."""
    title: str | None = None
    rest = list(units)
    while rest and is_junk(rest[0]):
        rest.pop(0)
    if rest and (tail := crumb_tail(rest[0])) is not None:
        rest.pop(0)
        title = tail
    while rest and is_junk(rest[0]):
        rest.pop(0)
    headline = rest and is_headline_like(rest[0]) and any(is_prose(u) for u in rest[1:])
    headline = headline or (title is None and _repeated_headline(rest))
    if headline and (
        title is None
        or comparison_key(rest[0]) == comparison_key(title)
        or words_upto(title, 2) <= 2
    ):
        title = rest.pop(0)
    return title, rest


def _repeated_headline(units: list[str]) -> bool:
    """A short first line ending in a full stop that the next line prints again: a headline
    ("What's next? Much rests on his answer." twice), not prose. Read as prose, the title was
    lost and its second half led the summary (reading22b, PolNeAR train)."""
    return (
        len(units) > 2
        and len(units[0]) <= REPEATED_HEADLINE_CHARS
        and words_upto(units[0], REPEATED_HEADLINE_WORDS) <= REPEATED_HEADLINE_WORDS
        and comparison_key(units[0]) == comparison_key(units[1])
        and any(is_prose(u) for u in units[2:])
    )


def clean_text(text: str) -> Article:
    """Pasted text -> Article with a detected title and the body's furniture removed (and its
    numeric character references decoded and its element tags dropped: "caf&#233;" and
    '<tweet id="1">' were copied from a page's source)."""
    units = split_units(normalize(without_tags(decode_numeric_refs(text))))
    title, body = _find_title(units)
    paragraphs = _clean_units(body, title)
    if not paragraphs:
        if title:  # a lone line: better summarize it than answer "empty"
            return Article(text=title)
        raise EmptyTextError(detail="nothing left after cleanup")
    return Article(text="\n\n".join(paragraphs), title=title)


def clean_article(article: Article) -> Article:
    """Extracted article -> same article with junk lines and blocks removed from the body."""
    title = clean_title(article.title, article.text) if article.title else None
    paragraphs = _clean_units(split_units(normalize(article.text)), title or None)
    if not paragraphs:
        raise EmptyTextError(detail="nothing left after cleanup")
    return replace(article, text="\n\n".join(paragraphs), title=title or None)
