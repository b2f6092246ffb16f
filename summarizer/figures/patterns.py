"""The figure finder's regexes, built from `summarizer.figures.lexicon`.

The master pattern is matched on lower-cased text (`_lower`): re.IGNORECASE makes these long
alternations several times slower. Each pattern is tried only where `starts` says a match can
start, so none of them scans a whole text.

The patterns built from word lists are compiled per language, on first use (`patterns`): an
English article needs neither Russian number words nor French month names, and compiling
every language's alternations at import cost start-up ~10 ms (and ~20 ms more for the master
pattern at the first figure). A language reads its own words and English ones (units, "$" and
"million" turn up in every language's news); a language without words of its own here reads
every language's, as all languages once did.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from summarizer.figures.lexicon import (
    AGE_LEADS,
    AGE_RECORD,
    AGE_STORY,
    APPROX_LEADS,
    APPROX_NUMBERS,
    APPROX_OF,
    BETWEEN,
    CURRENCY_CODES,
    CURRENCY_CODES_AFTER,
    CURRENCY_SIGNS,
    CURRENCY_WORDS_AFTER,
    DECIMAL_COMMA_LANGS,
    DURATION_JOINS,
    EMERGENCY_WORDS,
    EVERY_NTH,
    GAME_FORMATS,
    GLUED_MONEY,
    GLUED_SCALE_MONEY,
    GLUED_SCALES,
    GLUED_UNITS,
    MEMBER_LEADS,
    MINUS_WORDS,
    MONTHS_EN,
    MONTHS_OTHER,
    MULTIPLIERS,
    NUMBER_JOINS,
    NUMBER_WORDS,
    ONE_IN_JOINS,
    ONE_IN_NUMBERS,
    OTHER_NUMBER_WORDS,
    PAIR_WORDS,
    PART_NAMES,
    PART_OF_WORDS,
    PITCH_PLACES,
    PITCH_UNITS,
    RANGE_DASHES,
    RANGE_JOINS,
    RATE_LEADS,
    RATE_NOT_BEFORE,
    RATE_UNITS,
    RU_NUMBER_WORDS,
    SHARE_COUNTS,
    SHARE_WORDS,
    SIGN_CHARS,
    SPACED_DOLLARS,
    THOUSAND_WORDS,
    TIME_LEADS,
    VULGAR_FRACTIONS,
)
from summarizer.figures.lexicon import (
    DURATIONS as DURATION_WORDS,
)
from summarizer.figures.lexicon import (
    QUALIFIERS as QUALIFIER_WORDS,
)
from summarizer.figures.lexicon import (
    UNITS as UNIT_WORDS,
)


def _alt(words: str) -> str:
    """Regex alternation of space-separated phrases (underscore = space), longest first."""
    items = sorted((w.replace("_", " ") for w in words.split()), key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in items)


def _optional_last(words: str) -> str:
    """ "dollars?" -> "dollars dollar": a trailing "?" makes the last letter optional."""
    return " ".join(f"{w[:-1]} {w[:-2]}" if w.endswith("?") else w for w in words.split())


def _joined(by_language: dict[str, str], languages: tuple[str, ...]) -> str:
    return " ".join(by_language.get(lang, "") for lang in languages)


def _words(words: str) -> str:
    """`(?:w1|w2|...)` of plain words, in the order given."""
    return "(?:" + "|".join(words.split()) + ")"


ALL_LANGUAGES = tuple(QUALIFIER_WORDS)  # every language with words of its own here, "en" first


def languages_of(language: str) -> tuple[str, ...]:
    """The languages whose words a `language` article is read with: its own and English; a
    language without words here gets every language's."""
    if language == "en":
        return ("en",)
    return ("en", language) if language in ALL_LANGUAGES else ALL_LANGUAGES


def number_languages(language: str) -> tuple[str, ...]:
    """Whose number words a `language` article is read with: its own and English ones ("sei",
    "once" and "due" are common words elsewhere); Russian ones, as before, also where the
    language has no words of its own here."""
    languages = languages_of(language)
    return languages if len(languages) <= len(("en", language)) else ("en", "ru")


# "half a million" is words; "a quarter million", "three quarters billion" a share of a scale.
SHARE_SCALE = (
    r"(?:a\s+)?(?:half|quarter|three\s+quarters)\s+(?:thousand|million|billion)"
    r"|half\s+a\s+(?:thousand|million|billion)"  # "half a million homes"
)
_W1 = _alt(NUMBER_WORDS)
_WORD = rf"(?:{_W1}|hundred|thousand|million|billion|trillion|dozen)"
_RU = _alt(" ".join(RU_NUMBER_WORDS))


def _wordnum(languages: tuple[str, ...]) -> str:
    """Number words: English ones ("two hundred and fifty", "a pair" before "of"), Russian ones
    for Russian ("двести пятьдесят"), and each other language's own ("vingt-deux", "dos mil")."""
    russian = rf"|(?:{_RU})(?:\s+(?:{_RU}))*" if "ru" in languages else ""
    return (
        rf"\b(?:{SHARE_SCALE}|(?:a\s+(?:hundred|thousand|million|billion|dozen)|{_W1})"
        rf"(?:(?:\s+|-|(?<=hundred)\s+and\s+){_WORD})*"
        rf"|a\s+(?:{_words(PAIR_WORDS)})(?=\s+of\b){russian}{_other_words(languages)})\b"
    )


def _other_words(languages: tuple[str, ...]) -> str:
    """`|words(join words)*` for each language in `languages` with number words of its own."""
    out = ""
    for language in languages:
        values = OTHER_NUMBER_WORDS.get(language)
        if not values:
            continue
        words = _alt(" ".join(values))
        times = _alt(" ".join(w for w, v in values.items() if v in MULTIPLIERS))
        join = _alt(NUMBER_JOINS[language]) if language in NUMBER_JOINS else "(?!)"
        out += rf"|(?:{words})(?:(?:{join})(?:{words})|\s+(?:{times}))*"
    return out


def _first_letters(languages: tuple[str, ...]) -> str:
    """The letters other languages' number words start with (for TRIGGER's fast reject)."""
    words = (w for lang in languages for w in OTHER_NUMBER_WORDS.get(lang, {}))
    return "".join(sorted({w[0] for w in words}))


CURRENCY = (
    "(?:"
    + "|".join(map(re.escape, CURRENCY_SIGNS.split()))
    + rf"|\b(?:{'|'.join(SPACED_DOLLARS.split())})\s\$"  # "c $ 410 million" (tokenised text)
    + r"|\b(?:"
    + "|".join(map(re.escape, CURRENCY_CODES))
    + r")(?=\s?\d))"
)
SCALE = (
    r"(?:[\s\u00a0]?(?:trillion|billion|million|thousand|hundred|dozen|milliards?|millions?"
    r"|milliarden?"
    r"|millionen|tausend|bn|mn|mln|tn|lakhs?|crores?|mil\s+millones|miljoen|miljard|millones"
    r"|millón|milioni|milione|miliardi|miliardo|milhões|milhão|bilhões|bilhão"
    r"|триллион\w*|миллиард\w*|миллион\w*"
    r"|тысяч\w*)\b"
    r"|\s?(?:mrd|mio|млрд|млн|трлн|тыс)\.?(?!\w))"
)
COMPACT = r"(?:\s?(?:bn|mn|tn)|m|b|k)(?![\w])"
# A scale letter glued to the digits with no sign before them, read only when a currency word
# follows ("70m euros"): then the amount is money in that currency, not a count of euros.
_GLUED_LETTER = rf"(?<=\d)(?:{'|'.join(GLUED_SCALES.split())})"
_MONEY_WORD_AFTER = rf"\s(?:{'|'.join(GLUED_SCALE_MONEY.split())})\b"
GLUED_SCALE = rf"{_GLUED_LETTER}(?={_MONEY_WORD_AFTER})"
# A range's first end takes a glued scale letter when the second end has one and the currency
# word follows it ("between 50m and 70m euros", "from 3m to 5m dollars", "2m-3m euros"): the
# ends share the unit and scale written after the second, so "50m" is no metres nor a count.
_RANGE_JOIN = (
    rf"(?(between)\s*(?:{'|'.join(RANGE_JOINS.split())})\s*"
    rf"|(?:\s?[-–]\s?|\s(?:{'|'.join(RANGE_DASHES.split())})\s))"
)
GLUED_SCALE_FIRST = (
    rf"{_GLUED_LETTER}(?={_MONEY_WORD_AFTER}"
    rf"|{_RANGE_JOIN}\d+(?:[.,]\d+)?(?:bn|mn|{'|'.join(GLUED_SCALES.split())}){_MONEY_WORD_AFTER})"
)
# A range's second end may follow a scale and a dash glued to the first ("2bn-3bn euros"),
# where a letter and a dash before digits ("COVID-19") otherwise start no number.
_AFTER_SCALED_END = rf"|(?<=\d[{''.join(GLUED_SCALES.split())}]-)|(?<=\d[bm]n-)"
# Thousands words that follow digits only in their own languages ("300 mil famílias", "370
# mila persone"; "mil milhões" is a billion in European Portuguese): in English "$5 mil" is
# slang for a million, so these are no scale there.
SCALE_BY_LANGUAGE = {
    lang: rf"(?:[\s\u00a0](?:{_alt(words)})\b)" for lang, words in THOUSAND_WORDS.items()
}
PERCENT = (
    r"[\s\u00a0\u202f]?%|\s?(?:per\s?cent|percent|percentage\s+points?|pct|prozent(?:punkte)?"
    r"|pour\s?cent|процент\w*|por\s+ciento|por\s?cento|per\s?cento|procent)\b"
    r"|(?<=\d)pc\b"  # "12pc" (a spaced "10 PC games" counts computers)
)
# A per cent sign after a range's first end ("between 2% and 3%", "5%-7%"): the range goes on
# to the second end, whose sign makes it a percentage; not after "from" nor before "to" ("from
# 3% to 5%", "rose 0.2% to 5.3%" tell a change: two figures, as before).
_PCT = r"(?:[\s\u00a0]?%|\s(?:per\s?cent|percent))"
_DASHED = r"(?=\s?[-–]\s?\d)"  # "5%-7%", "5 % - 7 %"
PERCENT_BEFORE_END = rf"(?(frm)|(?(between)(?P<pct1>{_PCT})?|(?P<pctd>{_PCT}{_DASHED})?))"
PERCENT_NEXT = rf"(?(pct1)(?={_PCT})|(?(pctd)(?={_PCT})|))"  # then both ends have it
AGE = (
    r"-(?:year|month|week|day)s?-olds?\b|\s-\s(?:year|month|week|day)s?\s-\sold\b"
    r"|[\s-](?:years?|months?|weeks?|days?)[\s-]olds?\b"  # "34 year olds"
    r"|\s(?:years?|months?|weeks?|days?)\s+(?:of\s+age|older|younger)\b|\s?(?:yo|y/o)\b"
    r"|-jährige[rn]?\b|-jarigen?\b|-летн[а-яё]*"  # "38-jährige", "36-jarige", "52-летний"
    r"|(?<=\d)enn[ei]\b"  # "un 45enne"
)
MONEY_AFTER = (
    rf"\s(?:{_alt(_optional_last(CURRENCY_WORDS_AFTER))})\b"
    r"|\s(?:(?:us\s)?dollars?|euros?|pounds?(?:\s+sterling)?|roubles?|rubles?|yuan|yen|rupees?"
    r"|francs?|d['’]euros|de\s+dollars|рубл\w*|долл\w*|евро|фунт\w*|франк\w*|юан\w*|иен)\b|[\s\u00a0]?[€$£₽元₡₾₭₿₩₦₱₺₴₪₫](?!\w)"
    rf"|[\s\u00a0]?(?:{'|'.join(CURRENCY_CODES_AFTER.split())})\b"
    r"(?:\s(?P<scale_after>thousand|million|billion|trillion|mn|bn)\b)?"  # "75 USD million"
    rf"|\s(?P<mcode>m(?:{'|'.join(CURRENCY_CODES_AFTER.split())}))\b"  # "30 MUSD": millions
    rf"|(?<=\d)(?:{GLUED_MONEY})(?![\w.])"
    # "1112 p": pence written apart, not "5 p.m." nor "vol. 3 p. 12" (a page after it)
    rf"|\s(?:{GLUED_MONEY})(?=[\s,;:!?)]|$|\.(?![\w.])(?!\s*\d))"
)
HYPHEN_UNITS = (  # "30-year", and "30 - year" as tokenised text writes it
    r"(?:-|\s-\s)(?:year|month|week|day|night|hour|minute|metre|meter|kilometre|kilometer|km|mile|foot|ft|storey"
    r"|kilogram|kilogramme|kilo|gram|tonne|litre|liter|inch|acre|megawatt|gigawatt|kilowatt"
    r"|story|floor|page|point|seat|tonne|ton|kg|acre|hectare|member|strong|bed|room"
    r"|hp|horsepower|gallon|ounce|bit|litre|liter|mm|cm|megapixel|pound|cent|inch"
    r"|time|game|yard|decade|season|set|round|match|album|film|carat"
    r"|seconds?|speed|shot|stroke|run|wicket|goal|vote|lap|hole|episode|player|track|man|footer"
    r"|country|nation|city"  # "a five-country tour", "a four-nation tournament"
    r"|ghz|mhz|nanometer|nanometre|nm)\b"
    r"(?!-(?:at|by|for|to|in|on)\b)"  # not a saying: "one-day-at-a-time" ("-a-share" is a rate)
)
RATIO = r"\s(?:in|out\s+of)\s(?:ten|five|four|three|two|a\s+hundred|hundred|10|100|[2-9])\b"
# "de", "di" or "d'" between a scale word and its unit or noun ("1,3 millones de toneladas",
# "1,45 million d'hectolitres", "2 milioni di persone"): only after a word, never after digits.
SCALE_OF = r"(?<=[a-zà-ÿ])(?:\s(?:de|di)\s|\sd['’])"
PARTITIVE = r"\sof\s(?:them|those|these|us|whom)\b"
# A unit may go on to "/" and a unit of time or count ("50 centimeters/millisecond", "3 kg/day"):
# a rate, read by RATE; any other "/" ("10 km/ms") keeps the unit unread, as before.
UNIT_END = rf"(?!\w)(?!/(?!{_words(RATE_UNITS)}\b))"


def _number(tag: str, spaced_groups: bool, wordnum: str, language: str = "en") -> str:
    space = r"[\s\u00a0\u202f]" if spaced_groups else r"[\u00a0\u202f]"
    after_scaled = _AFTER_SCALED_END if tag else ""  # a second end only: "2bn-3bn euros"
    glued = GLUED_SCALE if tag else GLUED_SCALE_FIRST
    # After a currency the number may be glued to it ("eur50m", "usd115"); else it starts a word.
    digits = (
        rf"(?(cur{tag})|(?<![\w.,:/⁄])(?:(?<![a-zà-öø-ÿа-яё]-)|(?<=minus-)|(?<=-to-){after_scaled}))(?:\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?"
        rf"|\d{{1,3}}\.\d{{3}},\d+"  # "1.234,5": a dot group needs a decimal comma after it
        rf"|\d{{1,2}}(?:,\d{{2}})+,\d{{3}}(?:\.\d+)?"  # Indian groups: "12,34,567.89"
        rf"|\d{{1,3}}(?:\.\d{{3}}){{2,}}(?:,\d+)?|\d{{1,3}}(?:{space}\d{{3}})+(?:,\d+)?"
        rf"|\d+(?:[.,]\d+)?)(?![\d])"
    )
    half = r"(?P<half>\s+and\s+a\s+half\b)?" if not tag else ""  # "five and a half inches"
    return (
        rf"(?:(?P<cur{tag}>{CURRENCY})[\s\u00a0]?)?(?P<num{tag}>{digits}|{wordnum}){half}"
        rf"(?P<scale{tag}>{_own_scale(language)}{SCALE}|(?(cur{tag}){COMPACT}|{glued}))?"
    )


def _own_scale(language: str) -> str:
    """The thousands words of `language` (tried before the shared scales), as "a|"."""
    own = SCALE_BY_LANGUAGE.get(language)
    return f"{own}|" if own else ""


def _lower(pattern: str) -> re.Pattern[str]:
    """Compile for lowercased text: re.IGNORECASE makes these alternations several times slower."""
    assert not re.search(r"\\[A-Z]", pattern), "uppercase escape would change meaning"
    return re.compile(pattern.lower().replace("(?p<", "(?P<"))


def _master(language: str, spaced_groups: bool) -> re.Pattern[str]:
    """One figure at a point: maybe "between" and a qualifier, a number (or a range of two),
    then at most one suffix, each in a named group (`reading` reads which one matched).

    `spaced_groups`: "120 000" is one number (decimal-comma languages) or two.
    """
    languages = languages_of(language)
    wordnum = _wordnum(number_languages(language))
    units = _alt(_joined(UNIT_WORDS, languages))
    durations = _alt(_joined(DURATION_WORDS, languages))
    joins = "|".join(DURATION_JOINS.split())
    duration = rf"\s(?:{durations})\b(?:,?\s(?:(?:{joins})\s)?\d+\s(?:{durations})\b)?"
    return _lower(
        rf"(?:(?P<between>(?P<frm>from)|{'|'.join(BETWEEN.split())})\s+)?"
        rf"(?:(?P<qual>{_alt(_joined(QUALIFIER_WORDS, languages))})\s+)?"
        + _number("", spaced_groups, wordnum, language)
        + rf"(?:{PERCENT_BEFORE_END}(?(between)\s*(?:{'|'.join(RANGE_JOINS.split())})\s*"
        + rf"|(?:\s?[-–]\s?|\s(?:{'|'.join(RANGE_DASHES.split())})\s|-to-"  # "3-to-7-year"
        + rf"|[-–]\s(?:{'|'.join(RANGE_DASHES.split())})\s))"  # "18- to 34-year-olds"
        + _number("2", spaced_groups, wordnum, language)
        + PERCENT_NEXT
        + ")?"
        + rf"(?:(?P<pct>{PERCENT})|(?P<age>{AGE})|(?P<money>{MONEY_AFTER})"
        rf"|(?P<hyph>(?(cur)(?!)){HYPHEN_UNITS})"  # not after money: "a £30m-man" is money
        rf"|(?P<dur>{duration})|(?P<unit>\s?(?:{units}){UNIT_END}|[cf](?!\w)"
        rf"|{SCALE_OF}(?:{units}){UNIT_END}"  # "1,3 millones de toneladas"
        rf"|\s?[(\[{{<](?:{units})[)\]}}>]"  # "20 (kg)", "20 [kg]": a unit in brackets
        rf"|(?<=\d)(?:{GLUED_UNITS})(?![\w/]))|(?P<ratio>{RATIO})"
        rf"|(?P<part>{PARTITIVE}))?"
    )


# The leading lookaheads of FRACTION_RE and TRIGGER only reject, fast, a first character that no
# alternative can start with (same matches; the scans over the whole text cost less).
# A share in words is a figure before "of" ("two-thirds of them"), or after "by" (read by
# `shapes.fractions`, a qualifier may come between: "down by more than a fifth", "shrunk by
# one-fifth since April"); OPEN_END is what may follow it then (not "by half a point").
FRACTION_RE = _lower(
    r"(?=[aotfh])(?P<num>\b(?:(?:a|one|two|three|four)[\s-]+"
    r"(?:thirds?|quarters?|fifths?|tenths?)|(?:(?<!\band\s)a\s+|(?<!\band\sa\s))half))"
    r"(?:(?P<part>\s+of\s+(?:them|those|these|us)\b)|(?P<of>(?=\s+of\b)))?"
)
OPEN_END = re.compile(r"(?![\w-])(?!\s+(?:a|an)\b)")
VAGUE_RE = _lower(
    r"(?P<amount>\b(?:(?:tens|hundreds)\s+of\s+)?(?:dozens|hundreds|thousands|millions|billions))"
    r"\s+of\b"
)
# "raised millions for the museum", "could lose millions.": an amount of money with no "of"
# (`shapes.vague` reads the verb before it, MONEY_VERBS).
VAGUE_MONEY_RE = _lower(r"\b(?P<amount>millions|billions)\b(?!\s+of\b)")
_VULGAR = "".join(VULGAR_FRACTIONS)
DECADE_RE = _lower(r"\b(?:a|one)\s+(?:half-)?(?:decade|century)\b")
# A time in minutes and seconds as race results write it ("1'41.6", "2’05.30-second laps"), and
# a part of a second written without its zero (".2 seconds", "a .8-second gain").
TIMING_RE = re.compile(
    r"(?<![\w.,'’])(?P<min>\d{1,2})['’](?P<sec>[0-5]\d\.\d{1,3})(?![\d'’\"])(?:-seconds?\b)?"
)
SPLIT_SECOND_RE = re.compile(r"(?<![\w.,'’])\.(?P<sec>\d{1,3})[\s-]seconds?\b")
PHONE_RE = re.compile(  # (?=...) as for TRIGGER: fail fast where no phone number can start
    r"(?=[+(\d])(?<![\w+])(?:\+\d{1,3}[\s.-]?)?(?:\(\d{1,5}\)[\s.-]?)?\d{2,5}(?:[\s.-]\d{2,5}){1,4}(?!\w)"
)
TIME_RE = re.compile(
    r"(?=\d)(?:\b\d{1,2}:\d{2}\b|\b\d{1,2}(?:[.:]\d{2})?\s?(?:[ap]\.m\.|[ap]m\b))", re.I
)
NUMERIC_DATE_RE = re.compile(r"\b\d{1,4}[./-]\d{1,2}[./-]\d{2,4}\b")


def _months(languages: tuple[str, ...]) -> str:
    """Month names: English ones as written; other languages' in any case."""
    other = "|".join(
        re.escape(w[:-1]) + r"\w*" if w.endswith("*") else re.escape(w)
        for w in _joined(MONTHS_OTHER, languages).split()
    )
    return (
        "|".join(MONTHS_EN.split())
        + (f"|(?i:{other})" if other else "")
        + "|(?:"
        + "|".join(MONTHS_EN.lower().split()[12:])
        + r")(?=\.)"  # lower-case abbreviations only with their dot: "oct. 25", not "may 19"
    )


# Every month name starts with one of these, under the same case rules (checked over all
# code points, "ſ" and "ᲁ" included): where none is, a match fails at one class test instead of
# trying ~50 names (DATE_AFTER and MONTH_WORD are tried after most numbers).
MONTH_START = r"(?=[JFMASOND]|(?i:[jfmodasneglяфмаисонд]))"
CAPITAL_NEXT = re.compile(r"\s[A-Z]")
HYPHEN_TIME = re.compile(r"-(?:year|month|week|day|night|hour|minute|seconds?|decade|season)")
EMERGENCY = re.compile(rf"\s{_words(EMERGENCY_WORDS)}\b", re.I)
WORDLIKE = re.compile(r"[^\W\d_][\w'’.&/-]*")
MINUS = re.compile(  # not "plus or minus 12"; "moins 5 °C", "минус 3 градуса"
    rf"(?<!or\s)\b{_words(MINUS_WORDS)}[\s-]$", re.IGNORECASE
)
# A time written with a dot ("a las 21.00", "tussen 7.00 en 10.30 uur", "alle 21.30"): in a
# decimal-comma language no decimal, but a time when a time word leads or follows it.
DOT_TIME_RE = re.compile(r"(?<![\d.,])(?:[01]?\d|2[0-3])\.[0-5]\d(?![\d]|[.,]\d)")
TIME_LEAD_RE = re.compile(rf"\b{_words(TIME_LEADS)}\s+$", re.IGNORECASE)
TIME_WORD_AFTER = re.compile(r"\s*(?:uur|uhr|h|horas?|heures?|ore|hrs?)\b", re.IGNORECASE)
TIME_AFTER = re.compile(
    r"\s*(?:[ap]\.m\.|[ap]m\b|h\b|uhr\b|o['’]clock|gmt\b|utc\b|cet\b|bst\b|local time|hrs?\b"
    r"|min\s+ago\b|midnight\b|noon\b|midday\b)",  # "12 midnight", "12 noon": times of day
    re.I,
)
# After a span of time, a page's time stamp: "3 days ago" ending its line, "2 hours, 15 minutes
# ago BERLIN -" before a dateline (prose goes on: "three years ago, the firm ...").
# A byline right before "6 hours ago": "By Anna Moss 7 hours ago" is a page's time stamp.
BYLINE_BEFORE = re.compile(r"\bBy(?:\s+[A-Z][\w'’.-]*){1,3}\s+$")
STAMP_AFTER = re.compile(
    r"(?:,\s*\d{1,3}\s+(?:minutes?|mins?|hours?|hrs?|seconds?|secs?))?\s+ago"
    r"(?=[ \t]*(?:\n|$)|\s+[A-Z]{2,}\b)"
)
# A time stamp between a name or place and the text it stamps: "Anna Berg Oslo 6 days ago The
# police ..." (a capitalised word on both sides, no punctuation: prose has "died 6 days ago").
STAMP_BETWEEN = re.compile(r"\s+ago\s+[A-Z][a-z]")
CAPITAL_BEFORE = re.compile(r"[A-Z][\w'’.-]*[ \t]+$")
# A capitalised word after a lower-case one or an article, right before a number word: a name
# that the number word ends ("the Big Four banks", "on Channel Four"; not "Police Arrest Four",
# nor "took Jayce. Three men").
NAME_BEFORE = re.compile(r"(?<![\w'’-])(?:[a-z][\w'’-]*|The|A|An)[ \t]+[A-Z][\w'’-]*[ \t]+$")
# A "to" a few words after a figure, in its clause: "would add up to £200 to energy bills" adds
# as much as £200 (`particles`).
TO_AFTER = re.compile(r"(?:\s+[^\W\d][\w'’-]*){0,3}?\s+to\b", re.IGNORECASE)
ONE_DAY_GAME = re.compile(rf"one-day\s+{_words(GAME_FORMATS)}\b", re.IGNORECASE)
PITCH_SPOT = re.compile(  # "inside the 5-yard line": a place, not a length
    rf"[\w.]+-{_words(PITCH_UNITS)}\s+{_words(PITCH_PLACES)}\b", re.IGNORECASE
)
PITCH_LEAD = re.compile(r"\b(?:the|own)\s+$", re.IGNORECASE)  # "the"/"their own" 5-yard line
# After a bare pair "N-M", a third number: wins, losses and ties ("116-144-4"), as a score is.
RECORD_AFTER = re.compile(r"-\d")
# Before a bare number, a place in a ranking ("fell out of the top 50", "in the top 10");
# "the top 12 sing" counts people.
TOP_BEFORE = re.compile(
    r"\b(?:of|in|into|inside|outside|within|from|among)\s+the\s+top\s+$", re.IGNORECASE
)
BLOCK_AFTER = re.compile(r"\s+block\s+of\b", re.IGNORECASE)  # "the 3200 block of Elm Street"
# After a golfer's bare number, how far under or over par: "2 under for the day", "2 over par".
UNDER_PAR = re.compile(r"\s+(?:under|over)\s+(?:par|for|through|after)\b")
AGE_GROUP = re.compile(r"Under[\s-]+\d")  # "the Under 23 squad": a team named by an age limit
AGE_BAND = re.compile(r"under[\s-]+\d", re.IGNORECASE)  # "the under 14 boys" (see AGE_BAND_LEADS)
QUESTION_AFTER = re.compile(r"\s+question\b", re.IGNORECASE)
PLAYER_LEAD = re.compile(r"(?:loaded|progress)\s*:\s*$", re.IGNORECASE)  # "Loaded : 0%"
STARS_AFTER = re.compile(r"\s+out\s+of\s+\d+(?:\.\d+)?\s+stars?\b", re.IGNORECASE)
STARS_OF = re.compile(r"\s+out\s+of\s+(?:\d+|five|four|ten)\b", re.IGNORECASE)  # "4 stars out of 5"
# " of his players": a number word counts the plural after a possessive ("four of his players").
POSSESSIVE_OF = re.compile(
    rf" of (?:his|her|its|their|our|my|your) (?=[a-z])(?!(?:{_W1})\b)"  # not "of their seven"
)
# A model's name between a count and its plural noun: "40 Boeing 737 Max 8 jets", "12 Leopard 2
# tanks" (capitalised words and codes, a digit among them; `clues.model_count`).
MODEL_COUNT = re.compile(
    # on one line, and no year among the codes: not "25 May 2018 Pete"
    r"(?P<name>[ \t]+(?P<first>[A-Z][\w-]*)"
    r"(?:[ \t]+(?:[A-Z][\w-]*|(?!(?:19|20)\d\d\b)[A-Z]*\d[\w-]*)){1,4})"
    r"[ \t]+(?P<noun>[a-z][a-z'’-]+)(?![\w-])"
)
# A count of some of a group named after "of the": "140 of the homes", "240 of the accounts"
# (digits; number words read POSSESSIVE_OF).
PART_OF_THE = re.compile(r" of (?:the|these|those|his|her|its|their|our|my|your) (?=[a-z])")
# A capitalised name after a number: "Model S", "Galaxy S9" (a word, then maybe a word or code).
NAME_AFTER = re.compile(
    r"\s(?P<name>[A-Z][a-z][\w-]*(?:\s(?:[A-Z][\w-]*|[A-Z0-9]{1,3}))?)(?![\w-])"
)
VOTE_RESULT = re.compile(  # "by seven votes to four", "by 310 votes to 250"
    r"\s+(?:to|against)\s+(?:\d[\d,]*|zero|nil|none|one|two|three|four|five|six|seven|eight|nine"
    r"|ten|eleven|twelve|\w+teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)\b"
)
NEXT_WORDS = re.compile(r"(?:\s+[^\W\d_][\w'’-]*){1,3}")
_RATE_GAP = r"[\s-]"  # "$2 a share", "a 12-cent-a-share dividend" (a spaced dash is no join)
RATE = re.compile(  # not "$5 million a year earlier": that dates the amount
    rf"(?:{_RATE_GAP}{_words(RATE_LEADS)}{_RATE_GAP}|/){_words(RATE_UNITS)}\b"  # or "cm/second"
    rf"(?!\s+{_words(RATE_NOT_BEFORE)}\b)",
    re.IGNORECASE,
)
# The part before a count it belongs to: "22 of 47 passes", "16 of their past 19 games", "four
# or five putts" (the real-page labels mark "22 of 47" as one figure); on the lower-cased text
# that ends where the count starts.
PART_BEFORE = re.compile(
    rf"(?<![\w.,$£€-])(?P<num>\d{{1,3}}(?:,\d{{3}})*|{_W1})\s+"
    rf"(?P<join>of(?:\s+{_words(PART_OF_WORDS)})*|or|and)\s+$"
)
# A number word before another in a list, a guess at a range: "four, five, six times a year"
# (each one more than the one before; on the lower-cased text that ends where the next starts).
LIST_BEFORE = re.compile(rf"(?<![\w-])(?P<num>{_W1}),\s+$")
PART_NAMED = re.compile(rf"\b{_words(PART_NAMES)}\.?\s+$")  # before a part, lower-cased
MEMBER_BEFORE = re.compile(rf"\b{_words(MEMBER_LEADS)}\s+$")  # before "one of", lower-cased
AGE_LEAD = re.compile(rf"\b(?:{_alt(AGE_LEADS)})\s+$", re.IGNORECASE)  # on the text before a number
AGE_STORY_RE = re.compile(rf"\b{_words(AGE_STORY)}\b", re.IGNORECASE)
AGE_RECORD_RE = re.compile(rf"\b{_words(AGE_RECORD)}\b", re.IGNORECASE)
ORDINAL_RE = re.compile(r"\b(\d{1,3})(?:st|nd|rd|th)\b", re.IGNORECASE)  # "her 100th birthday"


@cache
def share_re(language: str) -> re.Pattern[str] | None:
    """ "trois quarts", "ein Viertel", "la mitad", "треть": a share in words in `language`
    (lower-case text), or None for a language without share words here."""
    words = SHARE_WORDS.get(language)
    if not words:
        return None
    counts = SHARE_COUNTS.get(language, {})
    count = rf"(?:(?P<count>{_words(' '.join(counts))})[\s-]+)?" if counts else ""
    fractions = _alt(" ".join(w.replace(" ", "_") for w in words))
    return re.compile(rf"(?<![\w-]){count}(?P<frac>{fractions})(?![\w-])")


@cache
def one_in_re(language: str) -> re.Pattern[str] | None:
    """ "un TGV sur trois", "uno su tre", "een op de drie"; "jedes dritte", "каждый третий": one
    in N in `language` (lower-case text), or None for a language without such words here."""
    if language in EVERY_NTH:
        leads, stems = EVERY_NTH[language]
        nth = _words(" ".join(stems))
        return re.compile(rf"(?<![\w-])(?:{_words(leads)})\s+(?P<nth>{nth})\w*")
    numbers = ONE_IN_NUMBERS.get(language)
    if not numbers:
        return None
    number = rf"(?:{_words(' '.join(numbers))}|\d+)"
    join = ONE_IN_JOINS[language].replace("_", r"\s+")
    return re.compile(
        rf"(?<![\w-])(?P<a>{number})\s+(?:[^\W\d][\w'’-]*\s+)?{join}\s+(?P<b>{number})(?![\w-])"
    )


@cache
def approx_re(language: str) -> re.Pattern[str] | None:
    """ "une vingtaine de", "un migliaio di", "een tiental": a round number as a noun (lower-case
    text), or None for a language without such nouns here."""
    words = APPROX_NUMBERS.get(language)
    if not words:
        return None
    of = "|".join(
        re.escape(w) + ("" if w.endswith(("'", "’")) else r"\s+") for w in APPROX_OF.split()
    )
    return re.compile(
        rf"\b(?:{_words(APPROX_LEADS)})\s+(?P<word>{_words(' '.join(words))})\s*(?:{of})?"
    )


@dataclass(frozen=True, slots=True)
class Patterns:
    """The word-list patterns of one language (see the module docstring)."""

    master: re.Pattern[str]
    trigger: re.Pattern[str]
    cents_after: re.Pattern[str]
    date_after: re.Pattern[str]
    month_word: re.Pattern[str]
    written_fraction: re.Pattern[str]
    scientific: re.Pattern[str]


@cache
def patterns(language: str) -> Patterns:
    """The patterns for a `language` article (a two-letter code), compiled on first use."""
    languages = languages_of(language)
    numbered = number_languages(language)
    wordnum = _wordnum(numbered)
    units = _alt(_joined(UNIT_WORDS, languages))
    months = _months(languages)
    russian = rf"|{_RU}" if "ru" in numbered else ""
    other = "".join(
        f"|{_alt(' '.join(OTHER_NUMBER_WORDS[lang]))}"
        for lang in numbered
        if lang in OTHER_NUMBER_WORDS
    )
    return Patterns(
        master=_master(language, language in DECIMAL_COMMA_LANGS),
        trigger=_lower(
            rf"(?=[{SIGN_CHARS}\dacefghimnoqrstuдтчпшсво{_first_letters(numbered)}])"
            rf"(?:{CURRENCY}|(?<![\w.,:/⁄])\d|\b(?:a\s+(?:hundred|thousand|million|billion|dozen)"
            rf"|a\s+(?:{_words(PAIR_WORDS)})(?=\s+of\b)|{SHARE_SCALE}|{_W1}{russian}{other})\b)"
        ),
        # "3 dollars 50 cents", "15 dollars and 50.": the cents of an amount in words (with
        # "cents", or closing the clause, so "15 dollars and 30 people" keeps its people).
        cents_after=_lower(
            rf"(?:\s+and)?\s+(?P<cents>\d{{1,2}}|{wordnum})"
            r"(?:\s+(?:cents?|pence|p)\b|(?=\s*(?:[.,;!?]|$)))"
        ),
        date_after=re.compile(
            r"\.?\s*(?:(?:and|to|-|–|bis|und)\s*\d{1,2}\.?\s*)?(?:de\s+)?"  # "12 de febrero"
            rf"{MONTH_START}(?:{months})\.?(?![^\W\d_])"
        ),
        month_word=re.compile(rf"{MONTH_START}(?:{months})\.?"),
        # "10 1/2 miles", "7 3/4%", "1½ cups", "1/32 of an inch": a whole part needs a space
        # before a digit fraction ("11/2" is no "1 1/2").
        written_fraction=_lower(
            rf"(?<![\w.,:/])(?:(?P<whole>\d{{1,3}})(?:[\s\u00a0](?=\d)|(?=[{_VULGAR}])))?"
            rf"(?:(?P<n>\d{{1,2}})[/⁄](?P<d>\d{{1,3}})(?![\d/⁄])|(?P<vulgar>[{_VULGAR}]))"
            rf"(?:(?P<pct>[\s\u00a0]?%)|(?P<unit>\s(?:{units})(?![\w/]))"
            r"|(?P<of>(?=\s+of\s+(?:an?|the)\b)))?"
        ),
        # "2.998×10−8", "6.02 x 10^23", "1.6×10⁻¹⁹ C": one number, with its unit if one follows.
        scientific=_lower(
            r"(?<![\w.,:/])(?P<mant>\d+(?:\.\d+)?)\s?[×x*]\s?10"  # an exponent must be marked:
            r"(?:(?:\^|\*\*)(?P<exp>[−-]?\d{1,3})|(?P<neg>[−-]\d{1,3})|(?P<sup>⁻?[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3}))"
            r"(?![\d.])"  # "a 5 x 10 room" is no power of ten
            rf"(?P<unit>\s?(?:{units})(?![\w/]))?"
        ),
    )
