"""A self-description closing the page: a press release's "About Acme Corp." section, a site's
"About us", "About the author", or a closing "Founded in 1998, Acme serves more than 2 million
customers ...". It is no part of the story, and its figures (customers, staff, years) would be
read as the story's key figures.

Where it stands gives it away, and how it opens: a heading "About <whom>" in the page's last
units over a paragraph that opens with that name (or whatever is under "About us" / "About the
author"), the heading glued to it ("About Acme Corp. Acme Corp. is ..."), or, with no heading,
one of the last two units opening as a company writes of itself ("Founded in 1998, Acme ...";
"Acme (NYSE: ACM) is a leading ..."). A story's own closing subsection ("About the study")
names no one, and a reporter's last paragraph on a company carries no claim to lead nor its
website. Only the self-description goes, each heading with its paragraph: the contacts and
legal notices around it, furniture too but figures no reader takes for the story's, are left
to the other rules (the pages' hand-marked text keeps them all).
"""

from __future__ import annotations

from summarizer.text.about_us_lexicon import (
    ABOUT_HEADING,
    BOILERPLATE_MARK,
    FOUNDED,
    GENERIC_ABOUT,
    GLUED_HEADING,
    SELF_DESCRIPTION,
    TICKER,
)
from summarizer.text.lines import is_prose, words_upto

_QUOTE_MARKS = frozenset('"“”«»„')


class AboutUs:
    """Tunables of the cut."""

    max_block_units = 10  # units from the first block to the page's end (contacts, notices)
    max_heading_words = 8  # "About NAMCO BANDAI Games America Inc."
    max_trailing = 2  # a self-description with no heading is one of the last units
    min_story_words = 80  # words of story above it: a page about the company itself stays
    name_chars = 80  # the name opens the paragraph under the heading


def without_about_us(units: list[str], rules: type[AboutUs] = AboutUs) -> list[str]:
    """The units without the self-descriptions closing the page: each "About ..." heading with
    the paragraph under it, a heading glued to its paragraph, a closing "Founded in ...". The
    contacts and notices around them stay (the hand-marked article text keeps them; they carry
    no story of their own either)."""
    first = max(len(units) // 2, len(units) - rules.max_block_units)
    words = sum(words_upto(unit, 500) for unit in units[:first] if is_prose(unit))
    drop: set[int] = set()
    at = first
    while at < len(units):
        size = _block_size(units, at, rules) if words >= rules.min_story_words else 0
        if size:
            drop.update(range(at, at + size))
            at += size
            continue
        if is_prose(units[at]) and not drop:
            words += words_upto(units[at], 500)
        at += 1
    return [unit for at, unit in enumerate(units) if at not in drop] if drop else units


def _block_size(units: list[str], at: int, rules: type[AboutUs]) -> int:
    """How many units the self-description at `at` takes (a heading and its paragraph: 2), or 0."""
    unit = units[at]
    under = units[at + 1] if at + 1 < len(units) else ""
    if unit[:1] in "AaÜüÀà" and (whom := _heading(unit, rules)) is not None:
        if GENERIC_ABOUT.fullmatch(whom):
            return 2 if under and not _QUOTE_MARKS.intersection(under) else 0
        return 2 if _describes(under, whom, rules) else 0
    if unit.startswith(("About", "ABOUT")) and GLUED_HEADING.match(unit):
        return 1
    if at < len(units) - rules.max_trailing or _QUOTE_MARKS.intersection(unit):
        return 0
    described = FOUNDED.match(unit) is not None or (
        SELF_DESCRIPTION.match(unit) is not None
        and (TICKER.search(unit) is not None or BOILERPLATE_MARK.search(unit) is not None)
    )
    return 1 if described else 0


def _heading(unit: str, rules: type[AboutUs]) -> str | None:
    """Whom an "About ..." heading line is about ("Acme Corp.", "the author"), or None: a short
    line naming a name or one of `GENERIC_ABOUT` ("About 200 people ..." is a sentence)."""
    if words_upto(unit, rules.max_heading_words) > rules.max_heading_words:
        return None
    heading = ABOUT_HEADING.match(unit)
    if heading is None:
        return None
    whom = heading["what"]
    return whom if whom[:1].isupper() or GENERIC_ABOUT.fullmatch(whom) else None


def _describes(under: str, whom: str, rules: type[AboutUs]) -> bool:
    """Whether the paragraph under "About <whom>" describes whom it names: it opens with the
    name (its first word, "The" aside), or with "Founded in ..., <name> ...", and quotes no one."""
    if not under or _QUOTE_MARKS.intersection(under):
        return False
    words = [w for w in whom.split() if w.casefold() != "the"]
    if not words:
        return False
    name = words[0].casefold().rstrip(".,")
    opening = under[: rules.name_chars].casefold()
    if FOUNDED.match(under):
        return name in opening
    lead = opening.split()
    lead = lead[1:] if lead[:1] == ["the"] else lead
    return bool(lead) and lead[0].removesuffix("’s").removesuffix("'s").rstrip(".,") == name
