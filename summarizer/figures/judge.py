"""Key figures: quantities with what they count ("more than 500 years" -> "diplomatic relations").

Pure regex work, no models. Cheap triggers (a digit, a currency sign, a number word) mark where
a figure may start; the master pattern (`summarizer.figures.patterns`) is matched there on
lowercased text, after stepping back over a qualifier ("more than"). Filters throw out what only
looks like a quantity (dates, times, phone and page numbers, list markers, lone years, scores,
numbers inside names), and `summarizer.figures.context` cuts a short context phrase from the
figure's own clause. `key_figures` ranks and de-duplicates.

`Figure.text` is the exact span from the article (qualifier, currency, unit and counted noun
included); `Figure.value` is the number with its scale applied: 1.2e9 for "$1.2bn", 70 for
"70 per cent", 0.7 for "seven in ten", 2/3 for "two-thirds", the lower bound of a range, and
years for "over a decade" (10).
"""

from __future__ import annotations

import math
import re
from bisect import bisect_right
from dataclasses import dataclass

from summarizer.figures.context import context_phrase
from summarizer.figures.lexicon import (
    BETWEEN,
    DECIMAL_COMMA_LANGS,
    EMERGENCY_NUMBERS,
    IRREGULAR_PLURALS,
    NAME_OK,
    NOUN_STOP,
    ORDINAL_LEADS,
    QUALIFIERS,
    REFERENCES,
)
from summarizer.figures.numbers import (
    number_language,
    parse_digits,
    parse_fraction,
    parse_words,
    scale_of,
)
from summarizer.figures.patterns import (
    AGE_LEAD,
    AGE_STORY_RE,
    CAPITAL_NEXT,
    DATE_AFTER,
    DECADE_RE,
    EMERGENCY,
    FRACTION_RE,
    HYPHEN_TIME,
    MONTH_WORD,
    NEXT_WORDS,
    NUMERIC_DATE_RE,
    PHONE_RE,
    RATE,
    TIME_AFTER,
    TIME_RE,
    TRIGGER,
    WORDLIKE,
    master,
)
from summarizer.figures.starts import finditer_at, starts, word_starts
from summarizer.models import Article, Figure
from summarizer.text.tokenize import sentence_spans


def _set(words: str) -> frozenset[str]:
    return frozenset(words.split())


QUAL_SET = frozenset(w.replace("_", " ") for w in " ".join(QUALIFIERS.values()).split())
QUAL_LAST = frozenset(w.split()[-1] for w in QUAL_SET)
BETWEEN_SET = _set(BETWEEN)
HALVES = _set(ORDINAL_LEADS)
REFERENCE_SET = _set(REFERENCES)
NAME_OK_SET = _set(NAME_OK)
NOUN_STOP_SET = _set(NOUN_STOP)
IRREGULAR_PLURAL_SET = _set(IRREGULAR_PLURALS)

# -- what makes a figure ------------------------------------------------------------------------
FIRST_YEAR, LAST_YEAR = 1000, 2099  # a bare four-digit number in this range is a year
LOOK_AROUND = 40  # characters read on each side of a figure for the words next to it
STEP_BACK = 48  # characters searched before a number for a qualifier or "between"
QUALIFIER_WORDS = 4  # qualifiers of up to this many words are looked for ("no more than")
MIN_WORD_COUNT = 2  # "one of these": a number word below this counts nothing
MIN_BARE_WORD = 3  # "the two sides": a lone number word below this is prose
MIN_BARE_WORD_NUMBER = 100  # "twelve" on its own is prose; "two hundred" is a figure
MIN_BARE_NUMBER = 10  # a bare "7" with nothing counted or qualified says too little
AGES = (10, 120)  # "Lia Moreno, 29, said": a bare number in this range between commas
PHONE_DIGITS = 7  # fewer digits make a number with spaces ("1 200 300"), not a phone number
THOUSANDS_GROUP = 3  # digits per group of a number written with spaces or dots
NEARBY_BLOCKS = 3  # blocked spans (dates, times, phones) that can overlap one figure
FRACTION_LEAD = 12  # characters before a fraction read for an ordinal ("the second half")
DECADE_YEARS, CENTURY_YEARS = 10.0, 100.0  # the value of "over a decade", "a century"

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
CONTEXT_WORDS = (3, 12)  # fewer say too little, more are cut anyway
CANDIDATES_PER_SLOT = 4  # contexts are cut for at most this many figures per slot
SHARES = frozenset({"percent", "ratio", "fraction"})  # parts of a whole: size says nothing
RATED = frozenset({"money", "measure", "count"})  # kinds that take "a month", "per person"


@dataclass(slots=True)
class _Hit:
    start: int
    end: int
    core: tuple[int, int]
    kind: str
    value: float | None
    qualified: bool


def find_figures(text: str, language: str) -> list[Figure]:
    """Every figure in `text`, in reading order, unranked (score 0); `language` (an ISO code)
    decides the number format ("1,5" is 1.5 in Russian, "1,500" is 1500 in English)."""
    sentences = sentence_spans(text)
    starts = [s for s, _ in sentences]
    out = []
    for hit in _scan(text, number_language(language)):
        s, e = sentences[max(0, bisect_right(starts, hit.start) - 1)]
        context = context_phrase(text, s, e, hit.start, hit.end)
        out.append(Figure(text=text[hit.start : hit.end], context=context, value=hit.value))
    return out


def key_figures(article: Article, language: str, limit: int = 4) -> list[Figure]:
    """The `limit` most telling figures: money and shares first, big specific early ones next.

    `language` (an ISO code) decides the number format, as for `find_figures`.
    """
    text = article.text
    if limit <= 0 or not text.strip():
        return []
    sentences = sentence_spans(text)
    scored = _scored(text, (article.title or "").lower(), sentences, number_language(language))
    lead = text[sentences[0][0] : sentences[0][1]] if sentences else ""
    headline = article.title or lead
    if not AGE_STORY_RE.search(headline) and any(x[1].kind != "age" for x in scored):
        # Someone's age ("Kathy Ferreiro, 21", "the 75-year-old") tells who, not what happened:
        # with any other figure on the page, ages are no key figures (unless the story is
        # about age: "the oldest ...", "her 100th birthday").
        scored = [x for x in scored if x[1].kind != "age"]
    ordered = all(x[0] == x[0] for x in scored)  # a NaN score would leave the order undefined
    ranked: dict[object, Figure] = {}
    for score, hit, index in scored[: limit * CANDIDATES_PER_SLOT]:
        if ordered and len(ranked) >= limit:
            # A context adds at most CONTEXT_BONUS: once `limit` figures score more than that,
            # neither this one nor any after it (they score less) can make the cut.
            cut = sorted([f.score for f in ranked.values()], reverse=True)[limit - 1]
            if cut > round(score + CONTEXT_BONUS, 3):
                break
        s, e = sentences[index]
        context = context_phrase(text, s, e, hit.start, hit.end)
        low, high = CONTEXT_WORDS
        score += CONTEXT_BONUS if low <= len(context.split()) <= high else 0.0
        figure_text = text[hit.start : hit.end]
        key = (hit.kind, round(hit.value, 6)) if hit.value is not None else figure_text.lower()
        figure = Figure(figure_text, context, hit.value, round(score, 3))
        if key not in ranked or ranked[key].score < figure.score:
            ranked[key] = figure
    return sorted(ranked.values(), key=lambda f: -f.score)[:limit]


def _scored(
    text: str, title: str, sentences: list[tuple[int, int]], language: str
) -> list[tuple[float, _Hit, int]]:
    """(score before the context bonus, hit, sentence index) of every figure, best first."""
    starts = [s for s, _ in sentences]
    scored: list[tuple[float, _Hit, int]] = []
    for hit in _scan(text, language):
        index = max(0, bisect_right(starts, hit.start) - 1)
        score = WEIGHTS[hit.kind] + (QUALIFIED_BONUS if hit.qualified else 0.0)
        if hit.value is not None and hit.kind not in SHARES:
            magnitude = min(math.log10(abs(hit.value) + 1), MAGNITUDE_CAP)
            score += MAGNITUDE_WEIGHT * magnitude
        score += POSITION_WEIGHT * (1.0 - index / max(1, len(sentences)))
        if title and text[hit.core[0] : hit.core[1]].lower() in title:
            score += TITLE_BONUS
        scored.append((score, hit, index))
    scored.sort(key=lambda x: -x[0])
    return scored


# Whole-text regex scans cost ~100 ns per character even where nothing can start, so each
# pattern is tried only at its possible starts: digit runs, currency signs, '+' and '(', and
# the letters just before a number word (str.find is C-fast). Same matches as finditer.
def _blocked(text: str, starts: list[int]) -> list[tuple[int, int]]:
    spans = [m.span() for m in finditer_at(TIME_RE, text, starts)]
    spans += [m.span() for m in finditer_at(NUMERIC_DATE_RE, text, starts)]
    for m in finditer_at(PHONE_RE, text, starts):
        raw = m.group()
        digits = sum(c.isdigit() for c in raw)
        groups = re.split(r"[\s.()-]+", raw.strip("+("))
        thousands = all(len(g) == THOUSANDS_GROUP for g in groups[1:]) and not raw.startswith(
            ("+", "(", "0")
        )
        if digits >= PHONE_DIGITS and not thousands:
            spans.append(m.span())
    return sorted(spans)


def _scan(text: str, language: str) -> list[_Hit]:
    """Candidates start where a number, currency or number word does: cheap to find, then the
    master pattern is matched there (after stepping back over a qualifier)."""
    low = text.lower()
    if len(low) != len(text):  # a few characters lowercase to two
        low = "".join(ch.lower()[:1] for ch in text)
    numbers, fraction_starts, decade_starts = word_starts(low)
    trigger_starts, digit_starts = starts(low, numbers)
    hits = _numbers(text, low, language, trigger_starts, _blocked(text, digit_starts))
    hits += _fractions(low, fraction_starts)
    hits += _decades(low, decade_starts)
    hits.sort(key=lambda h: (h.start, -(h.end - h.start)))
    kept: list[_Hit] = []
    for h in hits:
        if kept and h.start < kept[-1].end:
            continue
        kept.append(h)
    return kept


def _numbers(
    text: str, low: str, language: str, trigger_starts: list[int], blocked: list[tuple[int, int]]
) -> list[_Hit]:
    """The figures built on a number: the master pattern at each trigger, then `_judge`."""
    hits: list[_Hit] = []
    pattern = master(language in DECIMAL_COMMA_LANGS)
    done = 0
    for t in finditer_at(TRIGGER, low, trigger_starts):
        if t.start() < done:
            continue
        m = pattern.match(low, _step_back(low, t.start(), done))
        if not m:
            continue
        done = m.end()
        hit = _judge(text, m, language, blocked)
        if hit:
            hits.append(hit)
    return hits


def _fractions(low: str, fraction_starts: list[int]) -> list[_Hit]:
    """ "two-thirds of them", "half of", "by a third." (not "the second half")."""
    hits: list[_Hit] = []
    for m in finditer_at(FRACTION_RE, low, fraction_starts):
        value = parse_fraction(m.group("num"))
        prev = low[max(0, m.start() - FRACTION_LEAD) : m.start()].split()[-1:]
        if value is not None and not (prev and prev[0] in HALVES):
            start = _step_back(low, m.start(), 0, between=False)
            hits.append(_Hit(start, m.end(), m.span("num"), "fraction", value, start < m.start()))
    return hits


def _decades(low: str, decade_starts: list[int]) -> list[_Hit]:
    """ "over a decade", "nearly a century": only with a qualifier."""
    hits: list[_Hit] = []
    for m in finditer_at(DECADE_RE, low, decade_starts):
        start = _step_back(low, m.start(), 0, between=False)
        if start < m.start():
            years = CENTURY_YEARS if "century" in m.group() else DECADE_YEARS
            hits.append(_Hit(start, m.end(), m.span(), "duration", years, True))
    return hits


def _step_back(low: str, pos: int, floor: int, between: bool = True) -> int:
    """Where a figure starting at `pos` really starts: before "more than", "between", ...."""
    lo = max(floor, pos - STEP_BACK)
    if pos == lo or not low[pos - 1].isspace():
        return pos
    last = low[max(lo, low.rfind(" ", lo, pos - 1) + 1) : pos].strip()
    if last not in QUAL_LAST and not (between and last in BETWEEN_SET):
        return pos
    seg = low[lo:pos]
    words = seg.split()
    keep = len(words)  # the words before the qualifier and "between"
    for k in range(QUALIFIER_WORDS, 0, -1):
        if keep >= k and " ".join(words[-k:]) in QUAL_SET:
            keep -= k
            break
    if between and keep and words[keep - 1] in BETWEEN_SET:
        keep -= 1
    if keep == len(words):
        return pos
    # Where words[keep] starts: each word is the last occurrence of itself before the next one
    # (a word has no spaces, and only spaces lie between it and the next).
    j = len(seg)
    for word in reversed(words[keep:]):
        j = seg.rfind(word, 0, j)
    return lo + j


def _overlaps(span: tuple[int, int], blocked: list[tuple[int, int]]) -> bool:
    if not blocked:
        return False
    i = bisect_right(blocked, (span[1], span[1]))  # spans starting before the end of `span`
    for _, e in blocked[max(0, i - NEARBY_BLOCKS) : i]:  # noqa: SIM110 (any() on a generator: slower)
        if span[0] < e:
            return True
    return False


# The master pattern's last element, one group per alternative: the one that matched (if any)
# closed last, as nothing follows it, so it is `Match.lastgroup` (one lookup, not eight).
_SUFFIXES = frozenset({"pct", "age", "money", "hyph", "dur", "unit", "ratio", "part"})
_KINDS = {
    "pct": "percent",
    "age": "age",
    "money": "money",
    "hyph": "measure",
    "dur": "duration",
    "unit": "measure",
    "part": "count",
}


@dataclass(slots=True)
class _Reading:
    """A master match, read once for the steps of `_judge`."""

    num: str
    is_words: bool  # "fifteen", not "15"
    qual: str | None
    num2: str | None  # the second number of a range
    between: str | None
    suffix: str | None  # the suffix group that matched (see _SUFFIXES), if any
    money: bool
    scaled: bool
    value: float  # the number as written, before its scale


def _judge(text: str, m: re.Match[str], language: str, blocked: list) -> _Hit | None:
    """Decide whether one master match is a figure; return it with kind and value."""
    r = _read(m, language)
    if r is None or _overlaps(m.span("num"), blocked):
        return None
    if r.num2 and _overlaps(m.span("num2"), blocked):
        return None
    start, end = m.start(), m.end()
    if r.between and not r.num2:  # "between" with no second number: the figure starts after it
        start = m.start("qual") if r.qual else m.start("cur") if m["cur"] else m.start("num")
    value = r.value * (scale_of(m["scale"]) if r.scaled else 1.0)
    before = text[max(0, start - LOOK_AROUND) : start]
    # The last word of `before` (rsplit cuts only it off; isspace: nothing but whitespace).
    tail = before.rsplit(None, 1)[-1] if before[-1:].isspace() and not before.isspace() else ""
    word = tail if WORDLIKE.fullmatch(tail) else ""  # the word right before the figure
    after = text[end : end + LOOK_AROUND]
    bare = r.suffix is None and not r.money  # no unit, currency or other suffix
    if bare and _not_a_quantity(text, r, start, end, value, word, after, language):
        return None
    if word and not r.qual and not r.money and r.suffix != "pct" and _names_it(word, r):
        return None
    if _is_year(m, r, value):
        return None
    qualified = bool(r.qual) or bool(r.between and r.num2)
    if r.suffix == "ratio":
        denominator = m["ratio"].split()[-1]
        base = parse_words(denominator) if denominator.isalpha() else float(denominator)
        return _Hit(start, end, m.span("num"), "ratio", value / (base or 1), qualified)
    kind, end = _kind(text, m, r, end, value, tail, word, after, language)
    if _too_small(r, kind, value, qualified):
        return None
    if kind in {"number", "duration"} and _an_age(text, start, value, tail, after):
        kind = "age"  # after _too_small: "aged 7" stays as rare a figure as a bare "7"
    return _Hit(start, end, m.span("num"), kind, value, qualified)


def _read(m: re.Match[str], language: str) -> _Reading | None:
    """The match's parts and the number's value; None for the commonest rejects, which the
    later steps reject as well: a bare year ("in 1987"), a bare "one" or "two"."""
    num = m.group("num")
    is_words = num[0].isalpha()
    suffix = m.lastgroup if m.lastgroup in _SUFFIXES else None  # see _SUFFIXES
    money = bool(m["cur"]) or suffix == "money"
    scaled = bool(m["scale"])
    qual = m["qual"]
    value = parse_words(num) if is_words else parse_digits(num, language, scaled)
    if value is None:
        return None
    if suffix is None and not scaled:
        if num.isdigit() and len(num) == 4 and FIRST_YEAR <= value <= LAST_YEAR:
            return None
        small = value < MIN_WORD_COUNT or (value < MIN_BARE_WORD and not qual)
        if is_words and not money and small:
            return None
    return _Reading(num, is_words, qual, m["num2"], m["between"], suffix, money, scaled, value)


def _not_a_quantity(
    text: str, r: _Reading, start: int, end: int, value: float, word: str, after: str, language: str
) -> bool:
    """A bare number (no unit, currency or suffix) that is part of something else: an ordinal
    or a code, an address or a name, a date or a time, odds, a score, an emergency number, a
    day of a month, a list marker. The cheap tests come first."""
    if end < len(text) and (text[end].isalnum() or (text[end] == "-" and after[1:2].isalpha())):
        return True  # "5th", "1990s", "3-D"
    if language == "en" and CAPITAL_NEXT.match(after):
        return True  # "23 Essex Street", "Apollo 11 Crew" (cheaper than the date test)
    if DATE_AFTER.match(after) or TIME_AFTER.match(after):
        return True
    if after[:1] == "/" and after[1:2].isdigit():
        return True  # odds and fractions: "40/1", "24/7"
    if r.num2 and not r.between and (parse_digits(r.num2) or 0) < value:
        return True  # a score: "29-10 winners", "won 3-1"
    if value in EMERGENCY_NUMBERS and EMERGENCY.match(after):
        return True
    if not r.is_words and word and MONTH_WORD.fullmatch(word) and not r.qual:
        return True  # "March 5"
    # A list marker (the cheap test first: the line can be a long paragraph).
    return after[:1] in {".", ")"} and not text[text.rfind("\n", 0, start) + 1 : start].strip()


def _names_it(word: str, r: _Reading) -> bool:
    """The word before the number makes it a reference or part of a name: "page 12",
    "Windows 10", "Boeing 737" (but not "In 2016", "Only 5")."""
    if word.lower() in REFERENCE_SET:
        return True
    # islower(): no character isupper (the usual case, told without a loop).
    capital = not word.islower() and (word[0].isupper() or any(c.isupper() for c in word[1:]))
    return capital and word.lower() not in NAME_OK_SET and not _qualifier(word)


def _is_year(m: re.Match[str], r: _Reading, value: float) -> bool:
    """A year on its own ("in 1987", "в 2023 году"), not "1,200 years"."""
    yearish = r.num.isdigit() and len(r.num) == 4 and FIRST_YEAR <= value <= LAST_YEAR
    if not yearish or r.scaled:
        return False
    return r.suffix is None or (r.suffix == "dur" and m["dur"].strip().startswith("год"))


def _kind(
    text: str,
    m: re.Match[str],
    r: _Reading,
    end: int,
    value: float,
    tail: str,
    word: str,
    after: str,
    language: str,
) -> tuple[str, int]:
    """What the figure counts, and where it ends: a counted noun ("1,024 sea turtles") or a
    rate ("£950 a month") extends it."""
    kind = _KINDS.get(r.suffix or "", "money" if r.money else "number")
    if r.suffix == "hyph" and HYPHEN_TIME.match(m["hyph"]):
        kind = "duration"
    if kind == "number":
        noun_end = _noun_end(text, end, language)
        if noun_end:
            end, kind = noun_end, "count"
        elif AGES[0] <= value < AGES[1] and (
            (tail[:1].isalpha() and tail.endswith(",") and after[:1] == ",") or word == "aged"
        ):
            kind = "age"  # "Lia Moreno, 29, said", "aged 15"
    if kind in RATED:
        rate = RATE.match(text, end)
        if rate:
            end = rate.end()
    return kind, end


def _an_age(text: str, start: int, value: float, tail: str, after: str) -> bool:
    """Someone's age, told by the words around it: "aged 40", "dies at 84", "the age of 80",
    "Mr. Jean, 26." (a sentence's end after a name), "Anna Brok (34)"."""
    if AGE_LEAD.search(text, max(0, start - LOOK_AROUND), start):
        return True
    if not AGES[0] <= value < AGES[1]:
        return False
    if tail == ",":  # "Ann Lee , 48," (a comma apart from the name, as pages lose markup)
        words = text[max(0, start - LOOK_AROUND) : start].split()
        tail = words[-2] + "," if len(words) > 1 and words[-2].isalpha() else ""
    if tail[:1].isupper() and tail.endswith(",") and after[:1] in {",", ".", ";"}:
        return after[:1] == "," or after[1:2] in {"", " ", "\n"}
    if text[start - 1 : start] != "(" or after[:1] != ")":
        return False
    name = text[max(0, start - LOOK_AROUND) : start - 1].split()[-1:]
    return bool(name) and name[0][:1].isupper() and name[0].isalpha()


def _too_small(r: _Reading, kind: str, value: float, qualified: bool) -> bool:
    """Numbers too small to be news on their own: "more than one of these", "one day, ...",
    "the two sides", a bare "seven", a bare "7"."""
    plain = kind in {"count", "number"}
    if r.is_words and value < MIN_WORD_COUNT and not r.scaled and plain:
        return True  # "more than one of these", "the only one"
    if r.is_words and value < MIN_WORD_COUNT and not r.qual and kind == "duration":
        return True  # "one day, ..." is an idiom, not a quantity
    if r.is_words and not r.qual and not r.scaled:
        if value < MIN_BARE_WORD and plain:
            return True  # "one of", "the two sides"
        if kind == "number" and value < MIN_BARE_WORD_NUMBER:
            return True
    return kind == "number" and not qualified and (value < MIN_BARE_NUMBER or value != value)


def _qualifier(word: str) -> bool:
    return " ".join(word.lower().split()) in QUAL_SET


def _noun_end(text: str, pos: int, language: str) -> int | None:
    """End of the counted noun right after a number ("1,024 sea turtles"), if there is one."""
    m = NEXT_WORDS.match(text, pos)
    if not m:
        return None
    best = None
    offset = pos
    for token in m.group().split():
        start = text.index(token, offset)
        offset = start + len(token)
        low = token.lower()
        if low in NOUN_STOP_SET or (language == "en" and token[0].isupper()):
            break
        if _plural(token, language):
            best = offset
        if language == "ru":
            break  # Russian counted nouns follow the number directly: "300 человек"
    return best


def _plural(token: str, language: str) -> bool:
    low = token.lower()
    if language == "de":
        return token[0].isupper()
    if language == "ru":
        return True
    if language == "fr":
        return low.endswith(("s", "x"))
    if low in IRREGULAR_PLURAL_SET or low.endswith(("children", "people")):
        return True
    return token[0].islower() and low.endswith("s") and not low.endswith(("ss", "us", "is"))
