"""Turn what users paste (or what extraction left) into a clean Article body.

Pasted pages carry the site's furniture along with the story: a breadcrumb, the headline (often
twice), bylines, photo credits, "Advertisement" slugs, share buttons and trailing "related",
"read more" or newsletter blocks. Left in, those lines become "sentences" the summarizer may pick.
The rules are generic (phrases in English, Russian, German, French, Spanish, Italian and
Portuguese) and work line by line: a unit is one paragraph, or one line of a block whose lines are
not hard-wrapped prose. What one unit is (headline-like, a breadcrumb, a byline, junk) is `lines`'
job, furniture inside a unit `furniture`'s; this module finds the title, drops link blocks, the
footer and repeats, and trims the tail. The patterns live in `cleanup_lexicon`.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import replace
from itertools import pairwise

from summarizer.errors import EmptyTextError
from summarizer.models import Article
from summarizer.text.about_us import without_about_us
from summarizer.text.below_story import (
    comments_start,
    gallery_start,
    without_featured_comment,
)
from summarizer.text.char_refs import decode_numeric_refs
from summarizer.text.chars import ascii_non_alnum_to_space, drop_ascii_non_alnum, non_ascii
from summarizer.text.cleanup_lexicon import (
    BLOCK_HEADING,
    GLYPH_BULLET,
    GLYPHS,
    INLINE_CREDIT,
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
from summarizer.text.lost_chars import repair_lost_chars
from summarizer.text.mojibake import fix_mojibake
from summarizer.text.off_story import footer_teasers_start, without_promos
from summarizer.text.other_stories import other_stories_start
from summarizer.text.rejoin import rejoin_cut_sentences

# Runs of spaces, or any one odd space (tab, no-break, ...); a lone " " is left alone, which
# gives the same text as replacing every run by " " without thousands of no-op substitutions.
_ODD_SPACE = r"[\t\u00a0\u2000-\u200a\u202f\u205f\u3000]"
_SPACES = re.compile(rf"(?: |{_ODD_SPACE}){{2,}}|{_ODD_SPACE}")
# The same rule for a whole text at once: odd spaces become " ", then runs of " " are halved
# until none is left. str.replace works in C (memchr), while _SPACES, a branch, is tried at
# every character; the non-ASCII ones are replaced only if the text has them (chars.non_ascii).
_ODD_NON_ASCII = frozenset(
    "\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"
)
_INVISIBLE = frozenset("\u200b\u200c\u200d\u2060\ufeff\u00ad")  # deleted from the text
_BLANK_LINE = re.compile(r"\n\s*\n")
_MAX_FOOTER_BLOCK = 8  # units above a "You are here" trail that a link block may start
_BULLET = re.compile(r"^(?:[-–—•*▪►✓]|\d{1,2}[.)])\s")


# Two typographic apostrophes for a double mark, as AP and NYT copy writes them ("... ball,’’
# he said"; "‘‘We won"): shown as they are they read as a typo (session 19's fourth reading of
# replies); the quote finder reads both forms (quotes.mark_rules).
_DOUBLED_MARKS = re.compile(r"(?<=\S)’’|‘‘(?=\S)")
_AS_DOUBLE = {"’’": "”", "‘‘": "“"}


def _normalize(text: str) -> str:
    text = unicodedata.normalize("NFC", repair_lost_chars(fix_mojibake(text)))
    if "’’" in text or "‘‘" in text:
        text = _DOUBLED_MARKS.sub(lambda m: _AS_DOUBLE[m[0]], text)
    if "\r" in text:  # memchr; without one both replacements are no-ops (a "\r\n" search is not)
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\t", " ")
    present = set(non_ascii(text))
    for c in present & _INVISIBLE:  # first: "a \u200b b" leaves two spaces for the loop below
        text = text.replace(c, "")
    for c in present & _ODD_NON_ASCII:
        text = text.replace(c, " ")
    while "  " in text:  # _SPACES never spans a "\n", so the whole text is done at once
        text = text.replace("  ", " ")
    return "\n".join(line.strip() for line in text.split("\n"))


def _key(text: str) -> str:
    """Comparison form: case, punctuation and spacing do not make two headlines differ.

    The words are the runs of alphanumerics (regex `[^\\W_]+`), found by turning every other
    character into a space: the few distinct non-ASCII ones with str.replace, then the ASCII
    ones with bytes.translate. Both, and split, are C loops; a regex scan, set() of a long
    paragraph or str.translate on non-ASCII text are per-character Python-object work.
    """
    return b" ".join(ascii_non_alnum_to_space(_folded(text)).split()).decode()


def _alnums(text: str) -> bytes:
    """`_key(text)` without its spaces (UTF-8): equal keys have equal alnums, and an empty key
    an empty one. No split into words and join: several times cheaper on a long paragraph."""
    return drop_ascii_non_alnum(_folded(text))


def _folded(text: str) -> bytes:
    """Casefolded UTF-8 of `text`, its non-ASCII characters that are not alphanumeric spaced."""
    low = text.casefold()
    for c in set(non_ascii(low)):
        if not c.isalnum():  # also lone surrogates, which UTF-8 cannot encode
            low = low.replace(c, " ")
    return low.encode()


def _is_hard_wrapped(lines: list[str]) -> bool:
    """A block wrapped at a fixed width (breaks mid-sentence): join it into one paragraph.

    A list of headlines also has long lines without a full stop, but each starts a new phrase,
    so the test is how often the next line continues in lower case or after a comma/hyphen.
    """
    if len(lines) < 2:
        return False
    pairs = list(pairwise(lines))
    long_lines = sum(len(a) >= 40 for a, _ in pairs)
    continued = sum(b[0].islower() or a.endswith((",", "-", "–", "—")) for a, b in pairs)
    return long_lines / len(pairs) >= 0.7 and continued / len(pairs) >= 0.5


def _units(text: str) -> list[str]:
    units: list[str] = []
    for block in _BLANK_LINE.split(text):
        lines = [line for line in block.split("\n") if line]
        if not lines:
            continue
        if _is_hard_wrapped(lines):
            units.append(" ".join(lines))
        else:
            units.extend(lines)
    return units


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
    rap video. Now critics want her to step down. — ..."): under such a heading they are
    teasers of other stories."""
    kept: list[str] = []
    skipping = False
    for unit in units:
        if words_upto(unit, 8) <= 8 and BLOCK_HEADING.match(unit):
            skipping = True
            continue
        if skipping and (is_headline_like(unit) or _BULLET.match(unit)):
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
    while start > 0 and (is_headline_like(units[start - 1]) or _BULLET.match(units[start - 1])):
        start -= 1
    if 0 < start < len(units) - 1 and WIRE_CREDIT.match(units[start]):
        units = units[: start + 1]  # the credit itself is judged as any closing line, below
    end = len(units)
    while end > 0 and is_headline_like(units[end - 1]) and not _BULLET.match(units[end - 1]):
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
    seen = _Seen()
    title_key = _key(title) if title else ""
    if title:
        seen.is_new(title)
    if title:
        units = [story for unit in units if (story := without_title(unit, title))]
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
    repeats = [not seen.is_new(unit) for unit in units]
    kept: list[str] = []
    start = 0
    while start < len(units):
        if not repeats[start]:
            kept.append(units[start])
            start += 1
            continue
        end = start
        while end < len(units) and repeats[end]:
            end += 1
        run = units[start:end]  # consecutive units all seen before
        if sum(words_upto(u, _MIN_REPEATED_WORDS) for u in run) < _MIN_REPEATED_WORDS:
            kept.extend(u for u in run if not _is_furniture_repeat(u, title_key))
        start = end
    return [_without_glyph(unit) for unit in _trim_tail(kept)]


def _without_glyph(unit: str) -> str:
    """A paragraph of prose without the list glyph opening it (`GLYPH_BULLET`); a short item
    keeps its glyph, as the list it is. After the blocks and the tail, which read the glyphs."""
    if unit[:1] in GLYPHS and is_prose(unit) and (glyph := GLYPH_BULLET.match(unit)):
        return unit[glyph.end() :]
    return unit


_MIN_REPEATED_WORDS = 20


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


def _is_furniture_repeat(unit: str, title_key: str) -> bool:
    """Whether a short unit seen before (or with no alphanumerics) is furniture to drop.

    A repeated headline or breadcrumb is; a short line repeated inside the body is not: an
    interview's question asked again, or "Breakfast:" on every day of a meal plan, labels
    new content. (A paragraph or a run of lines of 20 words or more printed twice, a pull
    quote or a block the page repeats, goes whole: `_clean_units`.)
    """
    key = _key(unit)
    if len(key) <= 2 or key == title_key or crumb_tail(unit) is not None:
        return True  # "l", "DS": a bullet glyph or initials standing alone
    return unit[0] in "([" and unit[-1] in ")]"  # "[Photo agency]", "(Pic: ...)": a credit


class _Seen:
    """The `_key`s seen so far, telling a new one from a repeat without most of those keys.

    A unit is new unless its key is empty or seen. Units are told apart by `_alnums` first, and
    only units with the same alnums (which equal keys must have) by their full `_key`s; the
    first unit with some alnums keeps its key uncomputed until a second one has them too.
    """

    def __init__(self) -> None:
        self._first: dict[bytes, str] = {}  # alnums -> the one unit with them so far
        self._keys: dict[bytes, set[str]] = {}  # alnums -> keys of the units with them

    def is_new(self, unit: str) -> bool:
        """Whether `unit` has a non-empty key not seen before; remember it."""
        alnums = _alnums(unit)
        if not alnums:
            return False
        if alnums not in self._first:
            self._first[alnums] = unit
            return True
        keys = self._keys.get(alnums)
        if keys is None:
            keys = self._keys[alnums] = {_key(self._first[alnums])}
        key = _key(unit)
        if key in keys:
            return False
        keys.add(key)
        return True


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
    if headline and (title is None or _key(rest[0]) == _key(title) or words_upto(title, 2) <= 2):
        title = rest.pop(0)
    return title, rest


def clean_text(text: str) -> Article:
    """Pasted text -> Article with a detected title and the body's furniture removed (and its
    numeric character references decoded: "caf&#233;" was copied from a page's source)."""
    units = _units(_normalize(decode_numeric_refs(text)))
    title, body = _find_title(units)
    paragraphs = _clean_units(body, title)
    if not paragraphs:
        if title:  # a lone line: better summarize it than answer "empty"
            return Article(text=title)
        raise EmptyTextError(detail="nothing left after cleanup")
    return Article(text="\n\n".join(paragraphs), title=title)


def _clean_title(title: str, body: str) -> str:
    """The title with its mojibake undone and the characters it lost put back: a title's few
    words rarely prove the loss ("(???Dancing with the Stars???)"), the page's body does."""
    return _SPACES.sub(" ", repair_lost_chars(fix_mojibake(title), evidence=body)).strip()


def clean_article(article: Article) -> Article:
    """Extracted article -> same article with junk lines and blocks removed from the body."""
    title = _clean_title(article.title, article.text) if article.title else None
    paragraphs = _clean_units(_units(_normalize(article.text)), title or None)
    if not paragraphs:
        raise EmptyTextError(detail="nothing left after cleanup")
    return replace(article, text="\n\n".join(paragraphs), title=title or None)
