"""Key figures: quantities with what they count ("more than 500 years" -> "diplomatic relations").

Pure regex work, no models. Cheap triggers (a digit, a currency sign, a number word) mark where
a figure may start; the master pattern is matched there on lowercased text (re.IGNORECASE makes
these alternations several times slower), after stepping back over a qualifier ("more than").
Filters throw out what only looks like a quantity (dates, times, phone and page numbers, list
markers, lone years, scores, numbers inside names), and `summarizer.figures.context` cuts a short
context phrase from the figure's own clause. `key_figures` ranks and de-duplicates.

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
from functools import lru_cache

from summarizer.figures.context import context_phrase, sentence_spans
from summarizer.figures.numbers import (
    DECIMAL_COMMA_LANGS,
    number_language,
    parse_digits,
    parse_fraction,
    parse_words,
    scale_of,
)
from summarizer.figures.starts import finditer_at, starts, word_starts
from summarizer.models import Article, Figure


def _set(words: str) -> frozenset[str]:
    return frozenset(words.split())


def _alt(words: str) -> str:
    """Regex alternation of space-separated phrases (underscore = space), longest first."""
    items = sorted((w.replace("_", " ") for w in words.split()), key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in items)


QUAL_WORDS = (
    "more_than less_than fewer_than greater_than at_least at_most up_to as_many_as as_much_as "
    "as_few_as no_fewer_than no_more_than no_less_than nearly almost about around approximately "
    "roughly some over under just_over just_under well_over close_to an_estimated "
    "an_average_of upwards_of in_excess_of only just a_total_of a_record a_further another "
    "mehr_als weniger_als rund etwa fast knapp über bis_zu mindestens höchstens ungefähr circa "
    "ca. nahezu plus_de moins_de près_de environ presque au_moins jusqu'à jusqu’à quelque "
    "pas_moins_de более менее около почти свыше примерно не_менее не_более порядка более_чем"
)
QUALIFIERS = _alt(QUAL_WORDS)
QUAL_SET = frozenset(w.replace("_", " ") for w in QUAL_WORDS.split())
QUAL_LAST = frozenset(w.split()[-1] for w in QUAL_SET)
BETWEEN_SET = _set("between from zwischen entre от")
NUMBER_WORDS = (
    "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
    "sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety"
)
_W1 = _alt(NUMBER_WORDS)
_WORD = rf"(?:{_W1}|hundred|thousand|million|billion|trillion|dozen)"
WORDNUM = (
    rf"\b(?:a\s+(?:hundred|thousand|million|billion|dozen)|{_W1})"
    rf"(?:(?:\s+|-|(?<=hundred)\s+and\s+){_WORD})*\b"
)
CURRENCY = (
    r"(?:us\$|a\$|au\$|c\$|ca\$|nz\$|hk\$|s\$|r\$|\$|£|€|¥|₽|₹"
    r"|\b(?:usd|eur|gbp|rub|chf|inr|rs\.?)(?=\s?\d))"
)
SCALE = (
    r"(?:[\s\u00a0]?(?:trillion|billion|million|thousand|milliards?|millions?|milliarden?"
    r"|millionen|tausend|bn|mn|mln|tn|триллион\w*|миллиард\w*|миллион\w*|тысяч\w*)\b"
    r"|\s?(?:mrd|mio|млрд|млн|тыс)\.?(?!\w))"
)
COMPACT = r"(?:\s?(?:bn|mn|tn)|m|b|k)(?![\w])"
PERCENT = (
    r"[\s\u00a0\u202f]?%|\s?(?:per\s?cent|percent|percentage\s+points?|pct|prozent(?:punkte)?"
    r"|pour\s?cent|процент\w*)\b"
)
AGE = r"-year-old\b|[\s-]years?[\s-]old\b|-jährige[rn]?\b"
MONEY_AFTER = (
    r"\s(?:(?:us\s)?dollars?|euros?|pounds?(?:\s+sterling)?|roubles?|rubles?|yuan|yen|rupees?"
    r"|francs?|d['’]euros|de\s+dollars|рубл\w*|долл\w*|евро)\b|[\s\u00a0]?[€$£₽](?!\w)"
)
UNITS = _alt(
    "square_kilometres square_kilometers square_metres square_meters square_miles sq_km sq_m "
    "km² m² km/h kph mph kilometres kilometers kilometre kilometer km metres meters metre meter "
    "m centimetres cm millimetres mm miles mile feet foot ft inches yards hectares hectare ha "
    "acres acre tonnes tonne tons ton kg kilograms kilogrammes kilos litres liters barrels bpd "
    "megawatts gigawatts MW GW kW kWh MWh GWh TWh degrees °C °F knots storeys floors "
    "Tonnen Grad mètres kilomètres км кг тонн"
)
HYPHEN_UNITS = (
    r"-(?:year|month|week|day|hour|minute|metre|meter|kilometre|kilometer|km|mile|foot|ft|storey"
    r"|kilogram|kilogramme|kilo|gram|tonne|litre|liter|inch|acre|megawatt"
    r"|story|floor|page|point|seat|tonne|ton|kg|acre|hectare|member|strong|bed|room)\b"
)
DURATIONS = _alt(
    "years year months month weeks week days day hours hour minutes minute seconds decades decade "
    "centuries century Jahre Jahren Jahr Monate Monaten Monat Wochen Tage Tagen Tag Stunden ans "
    "années mois semaines jours heures лет года год месяцев месяца недель дней дня часов"
)
DURATION = rf"\s(?:{DURATIONS})\b(?:,?\s(?:and\s)?\d+\s(?:{DURATIONS})\b)?"
RATIO = r"\s(?:in|out\s+of)\s(?:ten|five|four|three|two|a\s+hundred|hundred|10|100|[2-9])\b"
PARTITIVE = r"\sof\s(?:them|those|these|us|whom)\b"


def _number(tag: str, spaced_groups: bool) -> str:
    space = r"[\s\u00a0\u202f]" if spaced_groups else r"[\u00a0\u202f]"
    digits = (
        rf"(?<![\w.,:/])(?<![A-Za-z]-)(?:\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?"
        rf"|\d{{1,3}}(?:\.\d{{3}}){{2,}}(?:,\d+)?|\d{{1,3}}(?:{space}\d{{3}})+(?:,\d+)?"
        rf"|\d+(?:[.,]\d+)?)(?![\d])"
    )
    return (
        rf"(?:(?P<cur{tag}>{CURRENCY})[\s\u00a0]?)?(?P<num{tag}>{digits}|{WORDNUM})"
        rf"(?P<scale{tag}>{SCALE}|(?(cur{tag}){COMPACT}|(?!)))?"
    )


def _lower(pattern: str) -> re.Pattern[str]:
    """Compile for lowercased text: re.IGNORECASE makes these alternations several times slower."""
    assert not re.search(r"\\[A-Z]", pattern), "uppercase escape would change meaning"
    return re.compile(pattern.lower().replace("(?p<", "(?P<"))


@lru_cache(maxsize=2)
def _master(spaced_groups: bool) -> re.Pattern[str]:
    return _lower(
        rf"(?:(?P<between>between|from|zwischen|entre|от)\s+)?(?:(?P<qual>{QUALIFIERS})\s+)?"
        + _number("", spaced_groups)
        + r"(?:(?(between)\s*(?:-|–|to|and|und|bis|et|à|до|и)\s*"
        + r"|(?:\s?[-–]\s?|\s(?:to|bis|à|до)\s))"
        + _number("2", spaced_groups)
        + ")?"
        + rf"(?:(?P<pct>{PERCENT})|(?P<age>{AGE})|(?P<money>{MONEY_AFTER})|(?P<hyph>{HYPHEN_UNITS})"
        rf"|(?P<dur>{DURATION})|(?P<unit>\s?(?:{UNITS})(?![\w/])|[cf](?!\w))|(?P<ratio>{RATIO})"
        rf"|(?P<part>{PARTITIVE}))?"
    )


# The leading lookaheads of FRACTION_RE and TRIGGER only reject, fast, a first character that no
# alternative can start with (same matches; the scans over the whole text get 1.3-2x faster).
FRACTION_RE = _lower(
    r"(?=[aotfh])(?P<by>(?<=\bby\s))?(?P<num>\b(?:(?:a|one|two|three|four)[\s-]+"
    r"(?:thirds?|quarters?|fifths?|tenths?)|(?:a\s+)?half))"
    r"(?:(?P<part>\s+of\s+(?:them|those|these|us)\b)|(?=\s+of\b)|(?(by)(?=[.,;:!?)])|(?!)))"
)
HALVES = _set("first second third fourth final last latter former opening other the")
DECADE_RE = _lower(r"\b(?:a|one)\s+(?:half-)?(?:decade|century)\b")
TRIGGER = _lower(
    r"(?=[$£€¥₽₹\dacefghinorstu])"
    rf"(?:{CURRENCY}|(?<![\w.,:/])\d|\b(?:a\s+(?:hundred|thousand|million|billion|dozen)|{_W1})\b)"
)
PHONE_RE = re.compile(  # (?=...) as for TRIGGER: fail fast where no phone number can start
    r"(?=[+(\d])(?<![\w+])(?:\+\d{1,3}[\s.-]?)?(?:\(\d{1,5}\)[\s.-]?)?\d{2,5}(?:[\s.-]\d{2,5}){1,4}(?!\w)"
)
TIME_RE = re.compile(
    r"(?=\d)(?:\b\d{1,2}:\d{2}\b|\b\d{1,2}(?:[.:]\d{2})?\s?(?:[ap]\.m\.|[ap]m\b))", re.I
)
NUMERIC_DATE_RE = re.compile(r"\b\d{1,4}[./-]\d{1,2}[./-]\d{2,4}\b")
MONTHS = (
    "January|February|March|April|May|June|July|August|September|October|November|December"
    "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec"
    "|(?i:januar|februar|märz|juni|juli|oktober|dezember|janvier|février|mars|avril|mai|juin"
    "|juillet|août|septembre|octobre|novembre|décembre|январ\\w*|феврал\\w*|март\\w*|апрел\\w*|ма[яй]"
    "|июн\\w*|июл\\w*|август\\w*|сентябр\\w*|октябр\\w*|ноябр\\w*|декабр\\w*)"
)
# Every name in MONTHS starts with one of these, under the same case rules (checked over all
# code points, "ſ" and "ᲁ" included): where none is, a match fails at one class test instead of
# trying ~50 names. The common case in DATE_AFTER and MONTH_WORD: 3-4x faster, same matches.
MONTH_START = r"(?=[JFMASOND]|(?i:[jfmodasnяфмаисонд]))"
DATE_AFTER = re.compile(
    r"\.?\s*(?:(?:and|to|-|–|bis|und)\s*\d{1,2}\.?\s*)?"
    rf"{MONTH_START}(?:{MONTHS})\.?(?![^\W\d_])"
)
CAPITAL_NEXT = re.compile(r"\s[A-Z]")
HYPHEN_TIME = re.compile(r"-(?:year|month|week|day|hour|minute)")
EMERGENCY = re.compile(r"\s(?:emergency|call|calls|operator|dispatcher|number)\b", re.I)
WORDLIKE = re.compile(r"[^\W\d_][\w'’.-]*")
MONTH_WORD = re.compile(rf"{MONTH_START}(?:{MONTHS})\.?")
TIME_AFTER = re.compile(
    r"\s*(?:[ap]\.m\.|[ap]m\b|h\b|uhr\b|o['’]clock|gmt\b|utc\b|cet\b|bst\b|local time|hrs\b)", re.I
)
NEXT_WORDS = re.compile(r"(?:\s+[^\W\d_][\w'’-]*){1,3}")
RATE = re.compile(
    r"\s(?:a|an|per|each|every|pro|par)\s(?:year|month|week|day|hour|night|person|head|capita"
    r"|barrel|tonne|kilo|kg|litre|Jahr|Monat|Tag|an|mois|jour)\b",
    re.IGNORECASE,
)
REFERENCES = _set(
    "page pages p. pp. volume vol. chapter section article no. number line room gate platform "
    "route flight version level grade season episode step phase stage paragraph item table "
    "figure fig. exit verse rule clause type category class size model seite band kapitel "
    "artikel nr. страница том"
)
NAME_OK = _set(
    "the in by at on of for from to with and but or only just all some about around nearly almost "
    "over under up between since until after before during than when while its their his her our "
    "those these another each every per a an as if so yet then there here where whom who that "
    "der die das den dem des um mit für von vor seit bis und le la les des de du en et à dans "
    "pour avec sur в и на с по до из от за"
)
NOUN_STOP = _set(
    "of in on at to for from by with and or but were was are is be been had have has will would "
    "could should can may might did do does the a an this that these those last next ago earlier "
    "later each per than more less who which while when after before into over under about as "
    "only also still already then there their its his her our your my said say says according "
    "compared up down out off"
)
IRREGULAR_PLURALS = _set(
    "people children aircraft staff personnel police sheep fish deer cattle men women feet teeth "
    "mice geese crew livestock data media species series offspring spacecraft troops"
)
WEIGHTS = {
    "money": 3.0, "percent": 3.0, "ratio": 2.5, "fraction": 2.2, "count": 2.0,
    "measure": 1.6, "duration": 1.4, "age": 1.2, "number": 0.8,
}  # fmt: skip


@dataclass(slots=True)
class _Hit:
    start: int
    end: int
    core: tuple[int, int]
    kind: str
    value: float | None
    qualified: bool


def find_figures(text: str, language: str | None = None) -> list[Figure]:
    """Every figure in `text`, in reading order, unranked (score 0)."""
    sentences = sentence_spans(text)
    starts = [s for s, _ in sentences]
    out = []
    for hit in _scan(text, number_language(language, text)):
        s, e = sentences[max(0, bisect_right(starts, hit.start) - 1)]
        context = context_phrase(text, s, e, hit.start, hit.end)
        out.append(Figure(text=text[hit.start : hit.end], context=context, value=hit.value))
    return out


def key_figures(article: Article, limit: int = 4) -> list[Figure]:
    """The `limit` most telling figures: money and shares first, big specific early ones next."""
    text = article.text
    if limit <= 0 or not text.strip():
        return []
    sentences = sentence_spans(text)
    starts = [s for s, _ in sentences]
    title = (article.title or "").lower()
    scored: list[tuple[float, _Hit, int]] = []
    for hit in _scan(text, number_language(article.language, text)):
        index = max(0, bisect_right(starts, hit.start) - 1)
        score = WEIGHTS[hit.kind] + (0.3 if hit.qualified else 0.0)
        if hit.value is not None and hit.kind not in {"percent", "ratio", "fraction"}:
            score += 0.15 * min(math.log10(abs(hit.value) + 1), 10)
        score += 1.0 - index / max(1, len(sentences))
        if title and text[hit.core[0] : hit.core[1]].lower() in title:
            score += 1.2
        scored.append((score, hit, index))
    scored.sort(key=lambda x: -x[0])
    ordered = all(x[0] == x[0] for x in scored)  # a NaN score would leave the order undefined
    ranked: dict[object, Figure] = {}
    for score, hit, index in scored[: limit * 4]:  # context only for the plausible winners
        if ordered and len(ranked) >= limit:
            # A context adds at most 0.3: once `limit` figures score more than that, neither
            # this one nor any after it (they score less) can make the cut, or displace one.
            cut = sorted([f.score for f in ranked.values()], reverse=True)[limit - 1]
            if cut > round(score + 0.3, 3):
                break
        s, e = sentences[index]
        context = context_phrase(text, s, e, hit.start, hit.end)
        score += 0.3 if 3 <= len(context.split()) <= 12 else 0.0
        figure_text = text[hit.start : hit.end]
        key = (hit.kind, round(hit.value, 6)) if hit.value is not None else figure_text.lower()
        figure = Figure(figure_text, context, hit.value, round(score, 3))
        if key not in ranked or ranked[key].score < figure.score:
            ranked[key] = figure
    return sorted(ranked.values(), key=lambda f: -f.score)[:limit]


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
        thousands = all(len(g) == 3 for g in groups[1:]) and not raw.startswith(("+", "(", "0"))
        if digits >= 7 and not thousands:
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
    blocked = _blocked(text, digit_starts)
    hits: list[_Hit] = []
    master = _master(language in DECIMAL_COMMA_LANGS)
    done = 0
    for t in finditer_at(TRIGGER, low, trigger_starts):
        if t.start() < done:
            continue
        m = master.match(low, _step_back(low, t.start(), done))
        if not m:
            continue
        done = m.end()
        hit = _judge(text, m, language, blocked)
        if hit:
            hits.append(hit)
    for m in finditer_at(FRACTION_RE, low, fraction_starts):
        value = parse_fraction(m.group("num"))
        prev = low[max(0, m.start() - 12) : m.start()].split()[-1:]
        if value is not None and not (prev and prev[0] in HALVES):
            start = _step_back(low, m.start(), 0, between=False)
            hits.append(_Hit(start, m.end(), m.span("num"), "fraction", value, start < m.start()))
    for m in finditer_at(DECADE_RE, low, decade_starts):
        start = _step_back(low, m.start(), 0, between=False)
        if start < m.start():
            years = 100.0 if "century" in m.group() else 10.0
            hits.append(_Hit(start, m.end(), m.span(), "duration", years, True))
    hits.sort(key=lambda h: (h.start, -(h.end - h.start)))
    kept: list[_Hit] = []
    for h in hits:
        if kept and h.start < kept[-1].end:
            continue
        kept.append(h)
    return kept


def _step_back(low: str, pos: int, floor: int, between: bool = True) -> int:
    """Where a figure starting at `pos` really starts: before "more than", "between", ...."""
    lo = max(floor, pos - 48)
    if pos == lo or not low[pos - 1].isspace():
        return pos
    last = low[max(lo, low.rfind(" ", lo, pos - 1) + 1) : pos].strip()
    if last not in QUAL_LAST and not (between and last in BETWEEN_SET):
        return pos
    seg = low[lo:pos]
    words = seg.split()
    keep = len(words)  # the words before the qualifier and "between"
    for k in (4, 3, 2, 1):
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
    for _, e in blocked[max(0, i - 3) : i]:  # noqa: SIM110 (any() on a generator: 2x slower)
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


def _judge(text: str, m: re.Match[str], language: str, blocked: list) -> _Hit | None:
    """Decide whether one master match is a figure; return it with kind and value."""
    num = m.group("num")
    core = m.span("num")
    is_words = num[0].isalpha()
    qual, num2, between = m["qual"], m["num2"], m["between"]  # each m[...] costs a lookup
    suffix = m.lastgroup if m.lastgroup in _SUFFIXES else None  # see _SUFFIXES
    money = bool(m["cur"]) or suffix == "money"
    scaled = bool(m["scale"])
    value = parse_words(num) if is_words else parse_digits(num, language, scaled)
    if value is None:
        return None
    # Early outs for the commonest rejects, which every path below rejects as well: a bare
    # year ("in 1987"), and a bare "one" or "two" (see the number-word rules at the end).
    if suffix is None and not scaled:
        if num.isdigit() and len(num) == 4 and 1000 <= value <= 2099:
            return None
        if is_words and not money and (value < 2 or (value < 3 and not qual)):
            return None
    if _overlaps(core, blocked) or (num2 and _overlaps(m.span("num2"), blocked)):
        return None
    start, end = m.start(), m.end()
    if between and not num2:
        start = m.start("qual") if qual else m.start("cur") if m["cur"] else core[0]
    qualified = bool(qual) or bool(between and num2)
    value *= scale_of(m["scale"]) if scaled else 1.0
    before = text[max(0, start - 40) : start]
    # The last word of `before` (rsplit cuts only it off; isspace: nothing but whitespace).
    tail = before.rsplit(None, 1)[-1] if before[-1:].isspace() and not before.isspace() else ""
    word = tail if WORDLIKE.fullmatch(tail) else ""  # the word right before the figure
    after = text[end : end + 40]
    if suffix is None and not money:
        if end < len(text) and (text[end].isalnum() or (text[end] == "-" and after[1:2].isalpha())):
            return None  # "5th", "1990s", "3-D"
        if language == "en" and CAPITAL_NEXT.match(after):
            return None  # "23 Essex Street", "Apollo 11 Crew" (cheaper than the date test)
        if DATE_AFTER.match(after) or TIME_AFTER.match(after):
            return None
        if after[:1] == "/" and after[1:2].isdigit():
            return None  # odds and fractions: "40/1", "24/7"
        if num2 and not between and (parse_digits(num2) or 0) < value:
            return None  # a score: "29-10 winners", "won 3-1"
        if value in {911.0, 999.0, 112.0} and EMERGENCY.match(after):
            return None
        if not is_words and word and MONTH_WORD.fullmatch(word) and not qual:
            return None
        if after[:1] in {".", ")"} and not text[text.rfind("\n", 0, start) + 1 : start].strip():
            return None  # list marker (the cheap test first: the line can be a long paragraph)
    if word and not qual and not money and suffix != "pct":
        if word.lower() in REFERENCES:
            return None
        # islower(): no character isupper (the usual case, told without a loop).
        capital = not word.islower() and (word[0].isupper() or any(c.isupper() for c in word[1:]))
        if capital and word.lower() not in NAME_OK and not _qualifier(word):
            return None  # "Windows 10", "Boeing 737", "Page 12"
    yearish = num.isdigit() and len(num) == 4 and 1000 <= value <= 2099 and not scaled
    if yearish and (suffix is None or (suffix == "dur" and m["dur"].strip().startswith("год"))):
        return None  # a year on its own
    if suffix == "ratio":
        denom = m["ratio"].split()[-1]
        base = parse_words(denom) if denom.isalpha() else float(denom)
        return _Hit(start, end, core, "ratio", value / (base or 1), qualified)
    kind = _KINDS.get(suffix or "", "money" if money else "number")
    if suffix == "hyph" and HYPHEN_TIME.match(m["hyph"]):
        kind = "duration"
    if kind == "number":
        noun_end = _noun_end(text, end, language)
        if noun_end:
            end, kind = noun_end, "count"
        elif 10 <= value < 120 and (
            (tail[:1].isalpha() and tail.endswith(",") and after[:1] == ",") or word == "aged"
        ):
            kind = "age"  # "Lia Moreno, 29, said", "aged 15"
    if kind in {"money", "measure", "count"}:
        rate = RATE.match(text, end)
        if rate:
            end = rate.end()
    if is_words and value < 2 and not scaled and kind in {"count", "number"}:
        return None  # "more than one of these", "the only one"
    if is_words and value < 2 and not qual and kind == "duration":
        return None  # "one day, ..." is an idiom, not a quantity
    if is_words and not qual and not scaled:
        if value < 3 and kind in {"count", "number"}:
            return None  # "one of", "the two sides"
        if kind == "number" and value < 100:
            return None
    if kind == "number" and not qualified and (value < 10 or value != value):
        return None
    return _Hit(start, end, core, kind, value, qualified)


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
        if low in NOUN_STOP or (language == "en" and token[0].isupper()):
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
    if low in IRREGULAR_PLURALS or low.endswith(("children", "people")):
        return True
    return token[0].islower() and low.endswith("s") and not low.endswith(("ss", "us", "is"))
