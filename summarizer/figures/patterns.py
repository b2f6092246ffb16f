"""The figure finder's per-language regexes (the master pattern, the trigger, dates, written
fractions, shares in words), built from `summarizer.figures.lexicon` and its sibling word lists.

The regexes that are the same for every language are in `fixed_patterns`; the helpers that
turn word lists into alternations are in `regex_words`.

The master pattern is matched on lower-cased text (`regex_words.lower_re`): re.IGNORECASE
makes these long alternations several times slower. Each pattern is tried only where `starts`
says a match can start, so none of them scans a whole text.

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

from summarizer.figures.language_words import (
    MULTIPLIERS,
    NUMBER_JOINS,
    OTHER_NUMBER_WORDS,
    RU_NUMBER_WORDS,
)
from summarizer.figures.lexicon import (
    BETWEEN,
    CURRENCY_CODES,
    CURRENCY_CODES_AFTER,
    CURRENCY_SIGNS,
    CURRENCY_WORDS_AFTER,
    DECIMAL_COMMA_LANGS,
    DURATION_JOINS,
    GLUED_MONEY,
    GLUED_SCALE_MONEY,
    GLUED_SCALES,
    GLUED_UNITS,
    MONTHS_EN,
    MONTHS_OTHER,
    PAIR_WORDS,
    RANGE_DASHES,
    RANGE_JOINS,
    SIGN_CHARS,
    SPACED_DOLLARS,
    THOUSAND_WORDS,
    VULGAR_FRACTIONS,
)
from summarizer.figures.lexicon import DURATIONS as DURATION_WORDS
from summarizer.figures.lexicon import QUALIFIERS as QUALIFIER_WORDS
from summarizer.figures.lexicon import UNITS as UNIT_WORDS
from summarizer.figures.regex_words import (
    NUMBER_WORD_ALT,
    alt,
    any_word,
    joined,
    languages_of,
    lower_re,
    number_languages,
    optional_last,
)
from summarizer.figures.reject_words import (
    RATE_UNITS,
)

# "half a million" is words; "a quarter million", "three quarters billion" a share of a scale.
SHARE_SCALE = (
    r"(?:a\s+)?(?:half|quarter|three\s+quarters)\s+(?:thousand|million|billion)"
    r"|half\s+a\s+(?:thousand|million|billion)"  # "half a million homes"
)
_WORD = rf"(?:{NUMBER_WORD_ALT}|hundred|thousand|million|billion|trillion|dozen)"
_RU = alt(" ".join(RU_NUMBER_WORDS))


def _wordnum(languages: tuple[str, ...]) -> str:
    """Number words: English ones ("two hundred and fifty", "a pair" before "of"), Russian ones
    for Russian ("двести пятьдесят"), and each other language's own ("vingt-deux", "dos mil")."""
    russian = rf"|(?:{_RU})(?:\s+(?:{_RU}))*" if "ru" in languages else ""
    return (
        rf"\b(?:{SHARE_SCALE}|(?:a\s+(?:hundred|thousand|million|billion|dozen)|{NUMBER_WORD_ALT})"
        rf"(?:(?:\s+|-|(?<=hundred)\s+and\s+){_WORD})*"
        rf"|a\s+(?:{any_word(PAIR_WORDS)})(?=\s+of\b){russian}{_other_words(languages)})\b"
    )


def _other_words(languages: tuple[str, ...]) -> str:
    """`|words(join words)*` for each language in `languages` with number words of its own."""
    out = ""
    for language in languages:
        values = OTHER_NUMBER_WORDS.get(language)
        if not values:
            continue
        words = alt(" ".join(values))
        times = alt(" ".join(w for w, v in values.items() if v in MULTIPLIERS))
        join = alt(NUMBER_JOINS[language]) if language in NUMBER_JOINS else "(?!)"
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
# A scale word joined by a hyphen to an amount with a currency sign ("$1.1-million event",
# Canadian style; read as $1.1 alone before session 19's second reading of replies).
HYPHEN_SCALE = r"-(?:thousand|million|billion|trillion)\b"
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
    lang: rf"(?:[\s\u00a0](?:{alt(words)})\b)" for lang, words in THOUSAND_WORDS.items()
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
    rf"\s(?:{alt(optional_last(CURRENCY_WORDS_AFTER))})\b"
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
# "seven in ten", "3 out of 5", "one in 45", "one in every 1,000": a share; the whole up to 999 or
# with grouped digits, so that "12 in 2015" (a year) is none, nor "3 in 45 minutes" (a time).
RATIO = (
    r"\s(?:in|out\s+of)\s(?:every\s)?(?:ten|nine|eight|seven|six|five|four|three|two|twenty"
    r"|a\s+hundred|hundred|a\s+thousand|thousand|[1-9]\d{0,2}(?:,\d{3})+|[1-9]\d{0,2})"
    r"(?![\w,.]?\d)\b(?!\s+(?:" + alt(DURATION_WORDS["en"]) + r")\b)"  # "six in 20 years"
)
# "de", "di" or "d'" between a scale word and its unit or noun ("1,3 millones de toneladas",
# "1,45 million d'hectolitres", "2 milioni di persone"): only after a word, never after digits.
SCALE_OF = r"(?<=[a-zà-ÿ])(?:\s(?:de|di)\s|\sd['’])"
PARTITIVE = r"\sof\s(?:them|those|these|us|whom)\b"
# A unit may go on to "/" and a unit of time or count ("50 centimeters/millisecond", "3 kg/day"):
# a rate, read by RATE; any other "/" ("10 km/ms") keeps the unit unread, as before.
UNIT_END = rf"(?!\w)(?!/(?!{any_word(RATE_UNITS)}\b))"


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
        rf"(?P<scale{tag}>{_own_scale(language)}{SCALE}"
        rf"|(?(cur{tag})(?:{HYPHEN_SCALE}|{COMPACT})|{glued}))?"
    )


def _own_scale(language: str) -> str:
    """The thousands words of `language` (tried before the shared scales), as "a|"."""
    own = SCALE_BY_LANGUAGE.get(language)
    return f"{own}|" if own else ""


def _master(language: str, spaced_groups: bool) -> re.Pattern[str]:
    """One figure at a point: maybe "between" and a qualifier, a number (or a range of two),
    then at most one suffix, each in a named group (`parts` reads which one matched).

    `spaced_groups`: "120 000" is one number (decimal-comma languages) or two.
    """
    languages = languages_of(language)
    wordnum = _wordnum(number_languages(language))
    units = alt(joined(UNIT_WORDS, languages))
    durations = alt(joined(DURATION_WORDS, languages))
    joins = "|".join(DURATION_JOINS.split())
    duration = rf"\s(?:{durations})\b(?:,?\s(?:(?:{joins})\s)?\d+(?:\.\d+)?\s(?:{durations})\b)?"
    return lower_re(
        rf"(?:(?P<between>(?P<frm>from)|{'|'.join(BETWEEN.split())})\s+)?"
        rf"(?:(?P<qual>{alt(joined(QUALIFIER_WORDS, languages))})\s+)?"
        + _number("", spaced_groups, wordnum, language)
        + rf"(?:{PERCENT_BEFORE_END}(?(between)\s*(?:{'|'.join(RANGE_JOINS.split())})\s*"
        + rf"|(?:\s?[-–]\s?|\s(?:{'|'.join(RANGE_DASHES.split())})\s|-to-"  # "3-to-7-year"
        + rf"|[-–]\s(?:{'|'.join(RANGE_DASHES.split())})\s))"  # "25- to 44-year-olds"
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


def _months(languages: tuple[str, ...]) -> str:
    """Month names: English ones as written; other languages' in any case."""
    other = "|".join(
        re.escape(w[:-1]) + r"\w*" if w.endswith("*") else re.escape(w)
        for w in joined(MONTHS_OTHER, languages).split()
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

_VULGAR = "".join(VULGAR_FRACTIONS)


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
    units = alt(joined(UNIT_WORDS, languages))
    months = _months(languages)
    russian = rf"|{_RU}" if "ru" in numbered else ""
    other = "".join(
        f"|{alt(' '.join(OTHER_NUMBER_WORDS[lang]))}"
        for lang in numbered
        if lang in OTHER_NUMBER_WORDS
    )
    return Patterns(
        master=_master(language, language in DECIMAL_COMMA_LANGS),
        trigger=lower_re(
            rf"(?=[{SIGN_CHARS}\dacefghimnoqrstuдтчпшсво{_first_letters(numbered)}])"
            rf"(?:{CURRENCY}|(?<![\w.,:/⁄])\d|\b(?:a\s+(?:hundred|thousand|million|billion|dozen)"
            rf"|a\s+(?:{any_word(PAIR_WORDS)})(?=\s+of\b)|{SHARE_SCALE}|{NUMBER_WORD_ALT}{russian}{other})\b)"
        ),
        # "4 dollars 25 cents", "12 dollars and 40.": the cents of an amount in words (with
        # "cents", or closing the clause, so "12 dollars and 30 people" keeps its people).
        cents_after=lower_re(
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
        written_fraction=lower_re(
            rf"(?<![\w.,:/])(?:(?P<whole>\d{{1,3}})(?:[\s\u00a0](?=\d)|(?=[{_VULGAR}])))?"
            rf"(?:(?P<n>\d{{1,2}})[/⁄](?P<d>\d{{1,3}})(?![\d/⁄])|(?P<vulgar>[{_VULGAR}]))"
            rf"(?:(?P<pct>[\s\u00a0]?%)|(?P<unit>\s(?:{units})(?![\w/]))"
            r"|(?P<of>(?=\s+of\s+(?:an?|the)\b)))?"
        ),
        # "2.998×10−8", "6.02 x 10^23", "1.6×10⁻¹⁹ C": one number, with its unit if one follows.
        scientific=lower_re(
            r"(?<![\w.,:/])(?P<mant>\d+(?:\.\d+)?)\s?[×x*]\s?10"  # an exponent must be marked:
            r"(?:(?:\^|\*\*)(?P<exp>[−-]?\d{1,3})|(?P<neg>[−-]\d{1,3})|(?P<sup>⁻?[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3}))"
            r"(?![\d.])"  # "a 5 x 10 room" is no power of ten
            rf"(?P<unit>\s?(?:{units})(?![\w/]))?"
        ),
    )
