"""Every figure hit in a text, in reading order: the finder behind `find_figures` and `key_figures`.

Cheap triggers (a digit, a currency sign, a number word) mark where a figure may start;
`reading` reads the number there (`verdict` judges it), `shapes` finds what is no single number
(shares in words, vague amounts, written fractions, powers of ten). Times, dates, phone
numbers, ZIP codes and SMS short codes ("text WORK to 82623") block the numbers inside them;
figures on a line that links another story, or is an item of a newsletter's digest of other
stories ('FAREWELL—"The club to close," by ...'), are dropped; overlapping hits are resolved
and neighbours joined ("a quarter of a million dollars", "22 of 47 passes", "6ft 4in",
"one-eighth of 1 percent"). Kept apart from `judge`, which ranks the hits this module finds.
"""

from __future__ import annotations

import re

from summarizer.figures.fixed_patterns import (
    COMPOUND_REST,
    CURRENCY_GAP,
    DIGEST_ITEM_RE,
    DIGEST_LINK_LEAD,
    DOT_TIME_RE,
    INCHES_AFTER_FEET,
    LINK_END_RE,
    NUMERIC_DATE_RE,
    PHONE_GROUP_SPLIT,
    PHONE_RE,
    SHORT_CODE_BEFORE,
    SHORT_CODE_RE,
    TIME_LEAD_RE,
    TIME_RE,
    TIME_WORD_AFTER,
    ZIP_RE,
    ZIP_STATE_BEFORE,
)
from summarizer.figures.hits import Hit, overlaps
from summarizer.figures.lexicon import DECIMAL_COMMA_LANGS, RELATED_LEADS
from summarizer.figures.names import NAMED_MONEY_SET
from summarizer.figures.pairs import with_list, with_part
from summarizer.figures.reading import numbers
from summarizer.figures.shapes import (
    approximate,
    decades,
    fractions,
    one_in,
    shares,
    timings,
    vague,
    written,
    written_starts,
)
from summarizer.figures.starts import finditer_at, starts, word_starts
from summarizer.figures.told import borrow_units, share_pair_units

RELATED_TUPLE = tuple(RELATED_LEADS)
PHONE_DIGITS = 7  # fewer digits make a number with spaces ("1 200 300"), not a phone number
TIME_LEAD_REACH = 12  # characters read before a dotted time for its lead word ("a las")
THOUSANDS_GROUP = 3  # digits per group of a number written with spaces or dots
ZIP_REACH = 8  # characters read before five digits for a state's code ("NY., ")
SHORT_CODE_REACH = 40  # characters read before a short code for "text WORD to "
UNIT_LETTERS = 3  # letters at least of a unit word a compound goes on from ("year", not "m")
DIGEST_OPENERS = '—–-"“'  # what a digest's item may open with besides a capital (`_digest_item`)
POSSESSIVES = ("'s", "’s")  # "12 hour's worth" (`_possessive`)
CONVERSION_PENALTY = 10.0  # an amount converted to another currency is no figure of its own


def scan(text: str, language: str) -> list[Hit]:
    """Candidates start where a number, currency or number word does: cheap to find, then the
    master pattern is matched there (after stepping back over a qualifier). `language` is the
    number format's (`numbers.number_language`)."""
    low = text.lower()
    if len(low) != len(text):  # a few characters lowercase to two
        low = "".join(ch.lower()[:1] for ch in text)
    word_numbers, fraction_starts, decade_starts, vague_starts = word_starts(low, language)
    trigger_starts, digit_starts = starts(low, word_numbers)
    hits = numbers(text, low, language, trigger_starts, _blocked(text, digit_starts, language))
    hits += fractions(low, fraction_starts)
    hits += decades(low, decade_starts)
    hits += timings(low, digit_starts)
    hits += vague(text, low, vague_starts, language)
    if language != "en":
        hits += approximate(text, low, language)
        hits += shares(low, language)
        hits += one_in(low, language)  # "un TGV sur trois", "jedes dritte Opfer"
    hits += written(text, low, written_starts(low, digit_starts), language)
    hits.sort(key=lambda h: (h.start, -(h.end - h.start)))
    related = _related_lines(text, low)
    kept: list[Hit] = []
    for h in hits:
        if (kept and h.start < kept[-1].end) or (related and overlaps((h.start, h.end), related)):
            continue
        if kept and _share_of(low, kept[-1], h):
            kept[-1] = _times(kept[-1], h)  # "a quarter of a million dollars"
            continue
        joined = with_part(low, h, kept[-1] if kept else None) if language == "en" else None
        if joined is not None:  # "22 of 47 passes": one figure, read from its part
            if kept and kept[-1].end > joined.start:
                kept.pop()
            h = joined
        listed = with_list(low, h) if language == "en" else None
        if listed is not None:  # "four, five, six times a year": a guess at a range
            while kept and kept[-1].end > listed.start:
                kept.pop()
            h = listed
        _feet_inches(low, h)  # "6ft 4in": one height
        _possessive(low, h)  # "12 hour's worth": the "'s" goes with its unit
        if kept and _converted(low, kept[-1], h):
            h.penalty += CONVERSION_PENALTY  # "$12,000 (€9,900)": the same amount again
        kept.append(h)
    for h in kept:
        _whole_compound(text, h)  # "a 20-mile-long queue": the span takes the whole word
    share_pair_units(text, kept, language)  # "40m and 65m dollars": both in dollars
    borrow_units(text, kept)  # "27 wolves, up from just four"; "19 of them"; "davon 1.200"
    return kept


# Whole-text regex scans cost ~100 ns per character even where nothing can start, so each
# pattern is tried only at its possible starts: digit runs, currency signs, '+' and '(', and
# the letters just before a number word (str.find is C-fast). Same matches as finditer.
def _blocked(text: str, starts: list[int], language: str) -> list[tuple[int, int]]:
    spans = [m.span() for m in finditer_at(TIME_RE, text, starts)]
    if language in DECIMAL_COMMA_LANGS:
        spans += [m.span() for m in finditer_at(DOT_TIME_RE, text, starts) if _timed(text, m)]
    spans += [m.span() for m in finditer_at(NUMERIC_DATE_RE, text, starts)]
    for m in finditer_at(PHONE_RE, text, starts):
        raw = m.group()
        digits = sum(c.isdigit() for c in raw)
        groups = PHONE_GROUP_SPLIT.split(raw.strip("+("))
        thousands = all(len(g) == THOUSANDS_GROUP for g in groups[1:]) and not raw.startswith(
            ("+", "(", "0")
        )
        if digits >= PHONE_DIGITS and not thousands:
            spans.append(m.span())
    spans += [m.span() for m in finditer_at(ZIP_RE, text, starts) if _zip_code(text, m.start())]
    spans += [
        m.span() for m in finditer_at(SHORT_CODE_RE, text, starts) if _texted(text, m.start())
    ]
    return sorted(spans)


def _zip_code(text: str, start: int) -> bool:
    """Whether five digits at `start` follow a US state's code ("New York, NY 10032"): a ZIP
    code, which blocks the number as a phone number does."""
    return ZIP_STATE_BEFORE.search(text, max(0, start - ZIP_REACH), start) is not None


def _texted(text: str, start: int) -> bool:
    """Whether the digits at `start` are what a keyword is texted to ("text WORK to 82623"): an
    SMS short code, blocked as a phone number is."""
    return SHORT_CODE_BEFORE.search(text, max(0, start - SHORT_CODE_REACH), start) is not None


def _timed(text: str, m: re.Match[str]) -> bool:
    """Whether a dotted "21.00" is a time: a time word before ("a las", "tussen") or after it
    ("uur", "Uhr")."""
    lead = TIME_LEAD_RE.search(text, max(0, m.start() - TIME_LEAD_REACH), m.start())
    return lead is not None or TIME_WORD_AFTER.match(text, m.end()) is not None


def _whole_compound(text: str, hit: Hit) -> None:
    """A figure never ends inside a hyphenated word: shown as "20-mile" with "A … -long queue"
    around it, the reader gets half a word on each side; "20-mile-long" reads whole. Only
    after a unit word: a scale glued to digits ("its £30m-man") stays the amount it is."""
    if hit.end >= len(text) or text[hit.end] != "-":
        return
    if not text[max(hit.start, hit.end - UNIT_LETTERS) : hit.end].isalpha():
        return
    m = COMPOUND_REST.match(text, hit.end)
    if m:
        hit.end = m.end()


def _feet_inches(low: str, hit: Hit) -> None:
    """A height in feet with its inches after it ("6ft 4in", "12ft, 5 in") is one measure: the
    inches join the hit, in feet, so that they are no figure of their own."""
    if hit.unit != "ft" or hit.value is None or hit.high is not None:
        return
    m = INCHES_AFTER_FEET.match(low, hit.end)
    if m and int(m.group(1)) < 12:
        hit.value += int(m.group(1)) / 12
        hit.end = m.end()


def _possessive(low: str, hit: Hit) -> None:
    """A span or measure whose unit takes an "'s" ("12 hour's worth", "a 10 mile's walk") ends
    after it: a span cut at "hour" leaves "s worth" in its context phrase."""
    end = hit.end
    if (
        hit.kind in ("duration", "measure")
        and low[end : end + 2] in POSSESSIVES
        and low[end - 1 : end].isalpha()
        and not low[end + 2 : end + 3].isalnum()
    ):
        hit.end += 2


def _converted(low: str, amount: Hit, h: Hit) -> bool:
    """An amount given again in another currency, in brackets right after it: "$12,000
    (€9,900)", "18 million pounds (23 million dollars, 21 million euros)"."""
    if h.kind != "money":
        return False
    gap = low[amount.end : h.start].strip()
    if CURRENCY_GAP.fullmatch(gap) and low[h.end : h.end + 2].lstrip().startswith(";"):
        return True  # "45 trillion rupiah ($2.9bn; £2.3bn)": a bracketed list of conversions
    if amount.kind == "number" and amount.scale and gap == "(":
        return True  # "a total of 204.3m (£109m)": an amount whose currency sign was lost
    if amount.kind != "money" and amount.unit not in NAMED_MONEY_SET:
        return False  # "184.2m euros ($251.6m)": read as a count of euros, still an amount
    return gap == "(" or (gap in (",", ";") and amount.penalty >= CONVERSION_PENALTY)


def _share_of(low: str, share: Hit, amount: Hit) -> bool:
    """A fraction right before " of " and an amount: "a quarter of a million dollars", and of a
    per cent: "one-eighth of 1 percent" is 0.125 percent, no "1 percent"."""
    return (
        share.kind == "fraction"
        and amount.kind in {"money", "count", "measure", "percent"}
        and amount.value is not None
        and amount.high is None
        and low[share.end : amount.start].strip() == "of"
    )


def _times(share: Hit, amount: Hit) -> Hit:
    """The amount that a share of an amount makes: one figure over both spans."""
    value = (share.value or 0.0) * (amount.value or 0.0)  # both set: see `_share_of`
    return Hit(share.start, amount.end, (share.core[0], amount.core[1]), amount.kind,
               value, share.qualified or amount.qualified, amount.unit,
               amount.scale, None, share.qual or amount.qual, amount.penalty)  # fmt: skip


def _related_lines(text: str, low: str) -> list[tuple[int, int]]:
    """Lines that link another story ("Read more: 5 ways to ...") or are an item of a digest of
    other stories (`_digest_item`): their figures are not this article's. One str.find per line
    (and a match where a line opens with a capital, a dash or a quotation mark), so a text
    without such lines costs little."""
    spans: list[tuple[int, int]] = []
    start = 0
    while start < len(low):
        end = low.find("\n", start)
        end = len(low) if end < 0 else end
        head = start
        while head < end and low[head] in " \t":
            head += 1
        if low.startswith(RELATED_TUPLE, head) or _digest_item(text, head, end):
            spans.append((start, end))
        start = end + 1
    return spans


def _digest_item(text: str, head: int, end: int) -> bool:
    """Whether the line from `head` to `end` is an item of a newsletter's digest of other
    stories: a headline in quotation marks with its byline ('NOW OPEN—"Art show opens," by
    DNAinfo's Eddie Small: ...'), or an upper-case label and a link ending the line ("STAT OF
    THE WEEK: $43 million—..., Dana Rubinstein reports: http://politi.co/..."). Its figures are
    the other story's, as on a "Read more" line."""
    if head >= end or not (text[head].isupper() or text[head] in DIGEST_OPENERS):
        return False
    if DIGEST_ITEM_RE.match(text, head, end):
        return True
    return DIGEST_LINK_LEAD.match(text, head, end) is not None and (
        LINK_END_RE.search(text, head, end) is not None
    )
