"""Key figures: quantities with what they count ("more than 500 years" -> "diplomatic relations").

Pure regex work, no models. `summarizer.figures.scan` finds the hits (where a figure starts,
what number it reads, what it counts); `summarizer.figures.context` cuts a short context phrase
from the figure's own clause. This module turns hits into `Figure`s, and `key_figures` ranks
them (kind, size, place in the story, the headline's own numbers) and de-duplicates.

`Figure.text` is the exact span from the article (qualifier, currency, unit and counted noun
included); `Figure.value` is the number with its scale applied: 1.2e9 for "$1.2bn", 70 for
"70 per cent", 0.7 for "seven in ten", 2/3 for "two-thirds", the lower bound of a range (both
ends in `low`/`high`), and years for "over a decade" (10). See `Figure` for the other fields.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_right
from collections.abc import Iterable

from summarizer.figures.context import context_phrase
from summarizer.figures.doubles import shown_again, split_sides
from summarizer.figures.fixed_patterns import (
    AGE_RECORD_RE,
    AGE_STORY_RE,
    DEATH_HEADLINE_RE,
    ORDINAL_RE,
)
from summarizer.figures.hits import Hit, to_figure
from summarizer.figures.numbers import number_language
from summarizer.figures.phrase_kinds import names_something
from summarizer.figures.reject_words import PLACE_QUALIFIERS, SUPERLATIVES
from summarizer.figures.scan import scan
from summarizer.models import Article, Figure
from summarizer.text.tokenize import sentence_spans

# -- how figures rank ---------------------------------------------------------------------------
WEIGHTS = {
    "money": 3.0, "percent": 3.0, "ratio": 2.5, "fraction": 2.2, "count": 2.0,
    "measure": 1.6, "duration": 1.4, "age": 1.2, "number": 0.8,
}  # fmt: skip
QUALIFIED_BONUS = 0.3  # "more than 500" is a claim someone checked
MAGNITUDE_WEIGHT = 0.15  # per order of magnitude: big numbers tell more
MAGNITUDE_CAP = 10  # orders of magnitude counted at most
POSITION_WEIGHT = 1.0  # from the first sentence (all of it) to the last (none)
TITLE_BONUS = 1.2  # the headline names this number
CONTEXT_BONUS = 0.3  # a context phrase of CONTEXT_WORDS words makes a readable bullet
# Counted as `context.split()`, so the "…" that stands for the figure is one of them: 2-16
# words of phrase, up to the cap of a mended phrase (`phrase_sets.SOFT_MAX`); fewer say too
# little. Session 14 raised the top from 12 (which left phrases of 12-16 words out) after the
# real-page key-figure check (docs/quality.md). A new range needs its own key-figure check.
CONTEXT_WORDS = (3, 17)
CANDIDATES_PER_SLOT = 4  # contexts are cut for at most this many figures per slot
SHARES = frozenset({"percent", "ratio", "fraction"})  # parts of a whole: size says nothing
QUOTE_PENALTY = 0.5  # a figure someone says ("we lost eight boats") is seldom the story's own
MIN_BARE_KEY = 100  # a bare number below this is no key figure ("690,000 as of May" is)
IDENTIFIER_DIGITS = 6  # ... and a bare run of this many digits or more is an id (`_identifier`)
IDENTIFIER_RE = re.compile(rf"\d{{{IDENTIFIER_DIGITS},}}")
MIN_KEY_SCORE = 1.5  # below this (before the context bonus) no figure is a key figure ...
LONE_KEY_SCORE = 0.8  # ... unless it is the page's best and scores at least this


def find_figures(text: str, language: str) -> list[Figure]:
    """Every figure in `text`, in reading order, unranked (score 0); `language` (an ISO code)
    decides the number format ("1,5" is 1.5 in Russian, "1,500" is 1500 in English)."""
    sentences = sentence_spans(text, language)
    starts = [s for s, _ in sentences]
    out = []
    for hit in scan(text, number_language(language)):
        s, e = sentences[max(0, bisect_right(starts, hit.start) - 1)]
        out.append(to_figure(text, hit, context_phrase(text, s, e, hit.start, hit.end)))
    return out


def key_figures(article: Article, language: str, limit: int = 4) -> list[Figure]:
    """The `limit` most telling figures: money and shares first, big specific early ones next.

    `language` (an ISO code) decides the number format, as for `find_figures`.
    """
    text = article.text
    if limit <= 0 or not text.strip():
        return []
    sentences = sentence_spans(text, language)
    scored = _scored(text, (article.title or "").lower(), sentences, number_language(language))
    second = split_sides(text, [x[1] for x in scored])
    scored = [x for x in scored if x[1].start not in second]  # "58%-33%": 58% tells the split
    lead = text[sentences[0][0] : sentences[0][1]] if sentences else ""
    headline = article.title or lead
    died = None
    if not AGE_STORY_RE.search(headline):
        # Someone's age ("Kathy Ferreiro, 21", "the 75-year-old") tells who, not what happened:
        # ages are no key figures unless the story is about age ("the oldest ...", "her 100th
        # birthday"), or the headline gives that age ("Tom Petty dies at 66": "He was 66.").
        aged = _headline_ages(article.title or "", language)
        if not aged and DEATH_HEADLINE_RE.search(article.title or ""):
            died = _first_age(scored)
            aged = {died.value} if died else set()
        scored = [x for x in scored if x[1].kind != "age" or x[1].value in aged]
    elif not AGE_RECORD_RE.search(headline):
        # A birthday story's news is the age its headline gives ("her 100th birthday"); the
        # other ages in it ("her son, aged nine months") still tell who.
        told = {float(m.group(1)) for m in ORDINAL_RE.finditer(headline)}
        scored = [x for x in scored if x[1].kind != "age" or x[3] or x[1].value in told]
    # A bare number says nothing a reader can use unless the headline repeats it; a figure
    # that scores too little is no key figure, however few the page has.
    telling = [
        x
        for x in scored
        if (
            _telling(x[1])
            and not _identifier(text, x[1])
            and not _described(text, x[1])
            and not _alone(text, x[1])
        )
        or x[3]
    ]
    scored = [x for x in telling if x[0] >= MIN_KEY_SCORE]
    if not scored and telling and telling[0][0] >= LONE_KEY_SCORE:
        scored = telling[:1]  # a page whose figures all score low still shows its best one
    ordered = all(x[0] == x[0] for x in scored)  # a NaN score would leave the order undefined
    first = _first_mentions(text, scored)
    ranked: dict[object, Figure] = {}
    for score, hit, index, _ in scored[: limit * CANDIDATES_PER_SLOT]:
        if ordered and len(ranked) >= limit:
            # A context adds at most CONTEXT_BONUS: once `limit` figures that are no doubles of
            # each other score more than that, neither this one nor any after it (they score
            # less) can make the cut.
            shown = _shown(text, ranked.values(), limit)
            if len(shown) >= limit and shown[-1].score > round(score + CONTEXT_BONUS, 3):
                break
        key = _same(text, hit)
        # A figure told twice ("$250,000" ... "$250k") is shown where the story first gives it,
        # with the better of the two scores.
        hit, index = first.get(key, (hit, index))
        s, e = sentences[index]
        context = context_phrase(text, s, e, hit.start, hit.end)
        if not context and hit is died:
            context = headline  # "He was 66.": whose age it is, the headline says ("... dies")
        low, high = CONTEXT_WORDS
        counted = bool(hit.unit) and hit.kind not in SHARES  # "10 judges", not "38%"
        told = low <= len(context.split()) <= high and names_something(context, counted)
        score += CONTEXT_BONUS if told else 0.0
        figure = to_figure(text, hit, context, round(score, 3))
        if key not in ranked or ranked[key].score < figure.score:
            ranked[key] = figure
    return _shown(text, ranked.values(), limit)


def _shown(text: str, figures: Iterable[Figure], limit: int) -> list[Figure]:
    """The `limit` best figures, best first, none of which shows again what a better one shows
    (`doubles.shown_again`: one count told twice, a pair each bullet of which shows the other).
    A double's slot goes to the next figure that is no double: it passed MIN_KEY_SCORE as the
    others did, and a reply of three figures where four fit lost a fact ("121 people
    detained" under "up to 5 million undocumented people" / "… immigrants")."""
    shown: list[Figure] = []
    for figure in sorted(figures, key=lambda f: -f.score):
        if len(shown) >= limit:
            break
        if not any(shown_again(text, g, figure) for g in shown):
            shown.append(figure)
    return shown


def _headline_ages(title: str, language: str) -> set[float]:
    """The ages a headline gives as ages ("dies at 66", "Man, 45, held"), not its bare numbers."""
    if not title:
        return set()
    return {h.value for h in scan(title, number_language(language)) if h.kind == "age"}


def _first_age(scored: list[tuple[float, Hit, int, bool]]) -> Hit | None:
    """The first age the story gives: in a death story ("Tom Petty dies"), the dead person's
    ("He was 66."); later ones tell when things happened in the life ("at the age of 11")."""
    ages = [x[1] for x in scored if x[1].kind == "age"]
    return min(ages, key=lambda h: h.start) if ages else None


def _quoted(text: str, pos: int) -> bool:
    """Whether `pos` is inside direct speech on its line: more “ than ” before it, or an odd
    number of straight quotation marks."""
    line = text[text.rfind("\n", 0, pos) + 1 : pos]
    return line.count("“") > line.count("”") or line.count('"') % 2 == 1


def _same(text: str, hit: Hit) -> object:
    """What makes two mentions one figure: kind, value and unit ("three counts" and "three
    victories" are two figures; "$250,000" and "$250k" one)."""
    if hit.value is None:
        return text[hit.start : hit.end].lower()
    return (hit.kind, round(hit.value, 6), hit.unit)


def _first_mentions(
    text: str, scored: list[tuple[float, Hit, int, bool]]
) -> dict[object, tuple[Hit, int]]:
    """The first mention (hit, sentence index) of each figure, by `_same`."""
    first: dict[object, tuple[Hit, int]] = {}
    for _, hit, index, _ in scored:
        key = _same(text, hit)
        if key not in first or hit.start < first[key][0].start:
            first[key] = (hit, index)
    return first


def _telling(hit: Hit) -> bool:
    """Whether a figure says something on its own: not a small bare number ("27", "18-49"),
    not a bare zero share ("Loaded: 0%" of a video player)."""
    if hit.kind == "percent" and hit.value == 0 and not hit.qualified:
        return False
    return hit.kind != "number" or (hit.value is not None and abs(hit.value) >= MIN_BARE_KEY)


SUPERLATIVE_SET = frozenset(SUPERLATIVES.split())
PLACE_QUALIFIER_SET = frozenset(PLACE_QUALIFIERS.split())
SMALL_PLACE_COUNT = 10  # a count in words up to this after "under" says where ("two fans")


def _described(text: str, hit: Hit) -> bool:
    """Whether a count describes rather than counts: a choice from a ranking ("our two most
    important issues": a superlative right after the number says which, not how many), or a
    small count in words after a preposition of place ("Under two lazy ceiling fans, …")."""
    if hit.kind != "count":
        return False
    after = text[hit.core[1] : hit.end].split()
    if after and after[0].lower() in SUPERLATIVE_SET:
        return True
    number = text[hit.core[0] : hit.core[1]]
    placed = (hit.qual or "").lower() in PLACE_QUALIFIER_SET and number.isalpha()
    return placed and hit.value is not None and hit.value <= SMALL_PLACE_COUNT


def _alone(text: str, hit: Hit) -> bool:
    """Whether a bare number is all its line holds ("78,000" under a match report's line-ups,
    the attendance of a results block): no words say what it counts, so no key figure."""
    if hit.kind != "number":
        return False
    line_start = text.rfind("\n", 0, hit.start) + 1
    line_end = text.find("\n", hit.end)
    line = text[line_start : len(text) if line_end == -1 else line_end]
    return line.strip(" \t.,;:") == text[hit.start : hit.end]


def _identifier(text: str, hit: Hit) -> bool:
    """A run of IDENTIFIER_DIGITS or more digits with no separator, currency or unit, bare or
    before a word read as its noun ("90319008 Contact" in a page's footer): an id or a code,
    not a count (news groups the digits of large counts; no labelled figure of the real pages
    or the BBC set is such a run)."""
    start, end = hit.core
    return hit.kind in ("number", "count") and IDENTIFIER_RE.fullmatch(text, start, end) is not None


def _scored(
    text: str, title: str, sentences: list[tuple[int, int]], language: str
) -> list[tuple[float, Hit, int, bool]]:
    """(score before the context bonus, hit, sentence index, whether the headline names it) of
    every figure, best first."""
    starts = [s for s, _ in sentences]
    # The headline's own figures: "3 Years" in it names "three years" in the text.
    heads = scan(title, language)
    headline = {(h.value, h.unit) for h in heads if h.value is not None}
    scored: list[tuple[float, Hit, int, bool]] = []
    for hit in scan(text, language):
        index = max(0, bisect_right(starts, hit.start) - 1)
        score = WEIGHTS[hit.kind] + (QUALIFIED_BONUS if hit.qualified else 0.0) - hit.penalty
        if hit.value is not None and hit.kind not in SHARES:
            magnitude = min(math.log10(abs(hit.value) + 1), MAGNITUDE_CAP)
            score += MAGNITUDE_WEIGHT * magnitude
        score += POSITION_WEIGHT * (1.0 - index / max(1, len(sentences)))
        titled = bool(title) and (
            (hit.value, hit.unit) in headline
            or _headline_number(text[hit.core[0] : hit.core[1]].lower(), hit, title, heads)
        )
        score += TITLE_BONUS if titled else 0.0
        score -= QUOTE_PENALTY if _quoted(text, hit.start) else 0.0
        scored.append((score, hit, index, titled))
    scored.sort(key=lambda x: -x[0])
    return scored


def _headline_number(number: str, hit: Hit, title: str, heads: list[Hit]) -> bool:
    """Whether the headline repeats a figure's number: as a whole number ("20" is not in "2004",
    nor "1" in "01/19"), where the headline reads no other figure ("kills 12" is no "12
    million people", "Three Stars" no "three shutouts"; a number the headline reads as no
    figure, "Season 15", still counts)."""
    left = r"(?<![\w.,/])" if number[:1].isalnum() else ""
    right = r"(?![\w/]|[.,]\d)" if number[-1:].isalnum() else ""
    for m in re.finditer(left + re.escape(number) + right, title):
        told = next((h for h in heads if h.start <= m.start() < h.end), None)
        if told is None or (told.value == hit.value and _same_unit(told, hit)):
            return True
    return False


def _same_unit(told: Hit, hit: Hit) -> bool:
    """Whether a headline figure and a text figure of one value count the same thing: the same
    unit, or a headline that writes no noun ("kills 12": its "people" is a guess)."""
    return (
        told.unit == hit.unit
        or not told.unit
        or not hit.unit
        or told.core == (told.start, told.end)
    )
