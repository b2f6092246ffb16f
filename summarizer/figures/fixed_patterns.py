"""The figure finder's regexes that are the same for every language: shapes of their own
(shares in words, vague amounts, race timings), what blocks a number (times, dates, phone
numbers) or ties two together (a height's inches, a currency conversion's bracket: `scan`) and
the cues around one that `bare`, `names`, `idioms`, `clues`, `parts`, `verdict` and `dress` test.

Apart from `patterns`, whose word-list regexes are compiled per language on first use: these
are small and compiled once at import.
"""

from __future__ import annotations

import re

from summarizer.figures.lexicon import (
    GLUED_SCALE_MONEY,
    MILLION_VERBS,
    QUALIFIERS,
    TIME_LEADS,
)
from summarizer.figures.meaning_words import MINUS_WORDS
from summarizer.figures.regex_words import NUMBER_WORD_ALT, alt, any_word, lower_re
from summarizer.figures.reject_words import (
    AGE_LEADS,
    AGE_RECORD,
    AGE_STORY,
    CONTEST_NOUNS,
    DEATH_HEADLINE,
    EMERGENCY_WORDS,
    EVEN_CHANCE,
    GAME_FORMATS,
    MARK_NOUNS,
    MARK_PASSED,
    MARK_RECORDING,
    MEMBER_LEADS,
    PART_NAMES,
    PART_OF_WORDS,
    PITCH_PLACES,
    PITCH_UNITS,
    RACE_CUES,
    RATE_LEADS,
    RATE_NOT_BEFORE,
    RATE_UNITS,
    RECORD_WORDS,
    SCORE_SIDES,
    TEXT_VERBS,
    US_STATE_CODES,
)

# The leading lookaheads of FRACTION_RE and TRIGGER only reject, fast, a first character that no
# alternative can start with (same matches; the scans over the whole text cost less).
# A share in words is a figure before "of" ("two-thirds of them"), or after "by" (read by
# `shapes.fractions`, a qualifier may come between: "down by more than a fifth", "shrunk by
# one-fifth since April"); OPEN_END is what may follow it then (not "by half a point").
FRACTION_RE = lower_re(
    r"(?=[aotfhs])(?P<num>\b(?:(?:a|an|one|two|three|four|five|six|seven)[\s-]+"
    r"(?:thirds?|quarters?|fifths?|tenths?|sixths?|sevenths?|eighths?)|(?:(?<!\band\s)a\s+|(?<!\band\sa\s)|one[\s-]+)half))"
    r"(?:(?P<part>\s+of\s+(?:them|those|these|us)\b)|(?P<of>(?=\s+of\b)))?"
)
OPEN_END = re.compile(r"(?![\w-])(?!\s+(?:a|an)\b)")
VAGUE_RE = lower_re(
    r"(?P<amount>\b(?:(?:tens|hundreds)\s+of\s+)?(?:dozens|hundreds|thousands|millions|billions))"
    r"\s+of\b"
)
# "raised millions for the museum", "could lose millions.": an amount of money with no "of"
# (`shapes.vague` reads the verb before it, MONEY_VERBS).
# After "millions of": a possessive before the counted plural ("thousands of his possessions"),
# so that a vague amount never ends on its "of" (a pronoun, "millions of us", is read by
# `patterns.PARTITIVE`, as "12 of them" is).
VAGUE_OWNER = re.compile(r"\s(?:his|her|its|their|our|my|your)\s(?=[a-z])")
# A plural written in capitals, maybe after a lower-case word: "thousands of desktop PCs".
VAGUE_CAPS_PLURAL = re.compile(r"(?:\s[a-z][a-z-]*)?\s(?P<noun>[A-Z]{2,}s)\b")
VAGUE_MONEY_RE = lower_re(r"\b(?P<amount>millions|billions)\b(?!\s+of\b)")
DECADE_RE = lower_re(r"\b(?:a|one)\s+(?:half-)?(?:decade|century)\b")
# A time in minutes and seconds as race results write it ("1'41.6", "2’05.30-second laps"), and
# a part of a second written without its zero (".2 seconds", "a .8-second gain").
TIMING_RE = re.compile(
    r"(?<![\w.,'’])(?P<min>\d{1,2})['’](?P<sec>[0-5]\d\.\d{1,3})(?![\d'’\"])(?:-seconds?\b)?"
)
SPLIT_SECOND_RE = re.compile(r"(?<![\w.,'’])\.(?P<sec>\d{1,3})[\s-]seconds?\b")
# A race in the words around a number + "m" (`clues.means_million`): a word of racing or
# swimming, or a time as results give it ("1:45.3", "10.02s").
_RACE_WORDS = any_word(RACE_CUES).replace("_", r"\s+")  # "world record"
RACE_CUE = lower_re(
    rf"\b{_RACE_WORDS}\b"
    r"|\b\d{1,2}:[0-5]\d\.\d{1,2}\b|\b\d{1,2}\.\d{2}s\b"
)
# A distance in metres joined to another before it ("the 100m and 200m events", "400m, 800m
# records"): written the same way, the second is metres as the first is; not after a currency.
PAIRED_METRES = re.compile(
    r"(?<![\w$£€¥.,])\d+(?:\.\d+)?\s?m\s*(?:,|/|&|\b(?:and|or|und|oder|et|ou|en|of|y|o|e|и|или)\b)"
    r"\s*\d+(?:\.\d+)?\s?m$"
)
# A glued "Nm" joined to a second one before a word of money ("raised 100m and 200m dollars",
# "300m or 350m pounds"), or along a list to one ("40m, 65m and 80m euros"): a million as the
# last is (`clues.means_million`).
JOINED_M = re.compile(
    r"(?:\s*(?:,|/|&|-|\b(?:and|or|to|und|oder|bis|et|ou|à|en|of|tot|y|o|a|e|и|или|до)\b)"
    rf"\s*\d+(?:[.,]\d+)?m){{1,3}}\s(?:{'|'.join(GLUED_SCALE_MONEY.split())})\b",
    re.I,
)
# A glued "Nm" with a bracketed conversion right after it ("a total of 204.3m (£109m)", the
# currency sign lost in the copy): an amount of money, so a million (`clues.means_million`).
CONVERTED_M = re.compile(
    r"\s?\((?:about |around |roughly |some )?(?:[A-Z]{0,3}[$£€¥]\s?\d|\d+(?:\.\d+)?p\))"
)
# A verb of money before a glued "Nm", or before a list of them it starts ("raised 40m and
# 65m", "paid about 3.5m"): a million (`clues.means_million`; on the text that ends at the "m").
MONEY_LEAD_M = re.compile(
    rf"\b{any_word(MILLION_VERBS)}\s+(?:(?:{alt(QUALIFIERS['en'])})\s+)?"
    r"(?:\d+(?:\.\d+)?m\s*(?:,|&|\band\b|\bor\b)\s*){0,3}\d+(?:\.\d+)?m$",
    re.I,
)
PHONE_RE = re.compile(  # (?=...) as for TRIGGER: fail fast where no phone number can start
    r"(?=[+(\d])(?<![\w+])(?:\+\d{1,3}[\s.-]?)?(?:\(\d{1,5}\)[\s.-]?)?\d{2,5}(?:[\s.-]\d{2,5}){1,4}(?!\w)"
)
TIME_RE = re.compile(  # "1400 hrs": a 24-hour clock's four digits
    r"(?=\d)(?:\b\d{1,2}:\d{2}\b|\b\d{1,2}(?:[.:]\d{2})?\s?(?:[ap]\.m\.|[ap]m\b)"
    r"|\b(?:[01]\d|2[0-3])[0-5]\d\s?hrs?\b"
    # "between 2200 and 0700": two 24-hour clock times, one with its leading zero
    r"|\b(?:0\d[0-5]\d\s+(?:and|to|-)\s+(?:[01]\d|2[0-3])[0-5]\d"
    r"|(?:[01]\d|2[0-3])[0-5]\d\s+(?:and|to|-)\s+0\d[0-5]\d)\b)",
    re.I,
)
NUMERIC_DATE_RE = re.compile(r"\b\d{1,4}[./-]\d{1,2}[./-]\d{2,4}\b")
PHONE_GROUP_SPLIT = re.compile(r"[\s.()-]+")  # the digit groups of a PHONE_RE match
# The inches after a height in feet: "6ft 4in", "12ft, 5 in"; not "10ft, 3 in the yard" (a count
# then a preposition). On the lower-cased text, from where the feet end.
INCHES_AFTER_FEET = re.compile(
    r",?\s?(\d{1,2})\s?(?:in|ins|inches)\b(?!\s(?:the|a|an|his|her|its|their)\b)"
)
# Between an amount and a bracket that converts it: "(", "rupiah (": a currency word, a bracket.
CURRENCY_GAP = re.compile(r"(?:[^\W\d]+\s*)?\(")


CAPITAL_NEXT = re.compile(r"\s[A-Z]")
HYPHEN_TIME = re.compile(r"-(?:year|month|week|day|night|hour|minute|seconds?|decade|season)")
EMERGENCY = re.compile(rf"\s{any_word(EMERGENCY_WORDS)}\b", re.I)
WORDLIKE = re.compile(r"[^\W\d_][\w'’.&/-]*")
MINUS = re.compile(  # not "plus or minus 12"; "moins 5 °C", "минус 3 градуса"
    rf"(?<!or\s)\b{any_word(MINUS_WORDS)}[\s-]$", re.IGNORECASE
)
# "+/-3 percentage points", "+-2%": plus or minus, a margin; the "-" is no sign (read on the
# text that ends where the number starts).
PLUS_MINUS = re.compile(r"\+\s?/?\s?[-–−]$")
PLUS_MINUS_REACH = 5
# A time written with a dot ("a las 21.00", "tussen 7.00 en 10.30 uur", "alle 21.30"): in a
# decimal-comma language no decimal, but a time when a time word leads or follows it.
DOT_TIME_RE = re.compile(r"(?<![\d.,])(?:[01]?\d|2[0-3])\.[0-5]\d(?![\d]|[.,]\d)")
TIME_LEAD_RE = re.compile(rf"\b{any_word(TIME_LEADS)}\s+$", re.IGNORECASE)
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
ONE_DAY_GAME = re.compile(rf"one-day\s+{any_word(GAME_FORMATS)}\b", re.IGNORECASE)
PITCH_SPOT = re.compile(  # "inside the 5-yard line": a place, not a length
    rf"[\w.]+-{any_word(PITCH_UNITS)}\s+{any_word(PITCH_PLACES)}\b", re.IGNORECASE
)
# After "two-man" or "three-way", a contest: the hyphened count names its kind ("a two-man race").
CONTEST_AFTER = re.compile(rf"\s+(?:{alt(CONTEST_NOUNS)})\b", re.IGNORECASE)
# After "50-year" or "52-week", a record: "a 50-year low", "10-year record highs".
RECORD_SINCE_AFTER = re.compile(rf"\s+(?:record\s+)?{any_word(RECORD_WORDS)}\b", re.IGNORECASE)
# Before five digits, a US state's code: "New York, NY 10032" or "NY, 10032-1234" is a ZIP code
# (read on the text that ends where the digits start; upper-case codes only: "in 10032" counts).
ZIP_STATE_BEFORE = re.compile(rf"\b{any_word(US_STATE_CODES)}\.?,?[ \t]+$")
ZIP_RE = re.compile(r"\d{5}(?:-\d{4})?(?!\w|[,.]\d)")
# Before four to six digits, a keyword (upper case or in quotation marks) texted to them: "text
# WORK to 82623", 'Text "join" to 30330' is an SMS short code (read on the text that ends where
# the digits start; "the text to 12000 pages" names no keyword).
SHORT_CODE_BEFORE = re.compile(
    rf"\b(?i:{any_word(TEXT_VERBS)})\s+(?:[\"“'‘][^\W_]+[\"”'’]|[A-Z][A-Z0-9]+)\s+to\s+$"
)
SHORT_CODE_RE = re.compile(r"\d{4,6}(?!\w|[,.]\d)")
# After "the 7 minute" or "the 30-minute", a mark: a point in time, no span (`idioms`).
MARK_AFTER = re.compile(rf"[ \t]+{any_word(MARK_NOUNS)}\b")  # lower-case: "20 minutes Mark Hay"
MARK_PASSED_BEFORE = re.compile(rf"\b{any_word(MARK_PASSED)}\s+the\s+$", re.IGNORECASE)
MARK_RECORDING_RE = re.compile(rf"\b{any_word(MARK_RECORDING)}", re.IGNORECASE)  # stems
# A paragraph of a newsletter's digest of other stories: an upper-case label and a headline in
# quotation marks with its byline ('FAREWELL—"The club to close," by (the) Times' Ben ...',
# '—"A sketch artist gets a show," by Hyperallergic's ...'), or an upper-case label and a link
# ending the line ("STAT OF THE WEEK: $43 million—..., Dana Rubinstein reports: http://...").
# Matched at a line's first character (`scan._related_lines`); case kept.
DIGEST_LABEL = r"[A-Z][A-Z0-9 '’&./-]*[A-Z0-9][ \t]*(?:—|–|--|:)[ \t]*"
DIGEST_ITEM_RE = re.compile(
    rf"(?:{DIGEST_LABEL})?(?:—|–|--)?[ \t]*[\"“][^\"“”\n]{{6,}}?[,.]['’]?[\"”]"
    r"[ \t]+by[ \t]+(?:the[ \t]+)?[A-Z]"
)
DIGEST_LINK_LEAD = re.compile(DIGEST_LABEL)
LINK_END_RE = re.compile(r"(?:https?://|www\.)[^\s<>\"]+[ \t]*$")
PITCH_LEAD = re.compile(r"\b(?:the|own)\s+$", re.IGNORECASE)  # "the"/"their own" 5-yard line
# After a bare pair "N-M", a third number: wins, losses and ties ("116-144-4"), as a score is.
RECORD_AFTER = re.compile(r"-\d")
# A bare pair "N-M" before "down"/"up": a score in a game under way ("from 15-6 down").
SCORE_SIDE = re.compile(rf"\d+[-–]\d+\s+{any_word(SCORE_SIDES)}\b", re.IGNORECASE)
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
# Set phrases whose number counts nothing ("let a thousand flowers bloom", "death by a thousand
# cuts", "one in a million"; reading22: "a thousand flowers" shown as a key figure).
SET_PHRASE = re.compile(
    r"(?:a|one)\s+thousand\s+(?:flowers\s+bloom|points\s+of\s+light|cuts\b)"
    r"|one\s+in\s+a\s+million\b|a\s+million\s+miles\s+(?:away|from)\b",
    re.IGNORECASE,
)
# "not just the 1 percent!", "gone to the top 1 percent.": a class of people named by its share
# of wealth, no share the story measures (falsefig24); not before "of" or "who" ("the 1 percent
# who preferred him" in a poll is a share).
CLASS_SHARES = frozenset({1.0, 99.0, 0.1, 0.01})
CLASS_SHARE_BEFORE = re.compile(r"(?<!\w)the\s+(?:(?:top|richest|wealthiest)\s+)?$", re.IGNORECASE)
CLASS_SHARE_AFTER = re.compile(r"\s*(?:[.,;:!?\"”’)—–]|$)|\s+(?:and|or)\s+(?!\d)")
# "goes after them 10 times harder": how hard, said as a multiple, a way of speaking (falsefig24;
# "10 times faster", "three times as many" can be measured and stay figures)
TIMES_MANNER = re.compile(r"\s+times\s+(?:harder|tougher|worse)\b", re.IGNORECASE)
CLASS_SHARE_REACH = 24  # characters before the share read for "the top"
# "Yeah, 100 percent." / "They will pay! One-hundred percent.": a whole per cent said as an
# answer on its own, not a share (reading22c): read before the number, to its sentence start
WHOLE_ANSWER_BEFORE = re.compile(
    r"(?:^|[.!?…]\s+|[“\"‘']\s*)(?:(?:yeah|yes|yep|absolutely|oh|and|no)[,.!]?\s+)?$",
    re.IGNORECASE,
)
WHOLE_ANSWER_REACH = 24  # characters before the number read for its sentence start
# "repeat, 10,000 times, ...", "I've told him a thousand times": a count of sayings that is a
# way of speaking (reading22b C5), read before the number; "times" follows it
SAID_TIMES_BEFORE = re.compile(
    r"(?<!\w)(?:repeat|repeated|repeating|say|said|saying|tell|told|telling|heard|hear)"
    r"[\s,]+(?:(?:it|this|that|them|you|him|her)[\s,]+)?(?:(?:a|about|like)\s+)?$",
    re.IGNORECASE,
)
SAID_TIMES_REACH = 30
EVEN_CHANCE_RE = re.compile(rf"(?<![\w-])(?:{alt(EVEN_CHANCE)})(?!\w)", re.IGNORECASE)
# The same number word twice with a hyphen ("sixty-sixty", "seventy-seventy"): an even split
# said another way, as "fifty-fifty" is; no sum of the two.
SAME_PAIR_RE = re.compile(r"(?<![\w-])([^\W\d_]{3,})-\1(?![\w-])", re.IGNORECASE)
EVEN_REACH = 24  # characters around a number searched for an even chance it is part of
PLAYER_LEAD = re.compile(r"(?:loaded|progress)\s*:\s*$", re.IGNORECASE)  # "Loaded : 0%"
STARS_AFTER = re.compile(r"\s+out\s+of\s+\d+(?:\.\d+)?\s+stars?\b", re.IGNORECASE)
STARS_OF = re.compile(r"\s+out\s+of\s+(?:\d+|five|four|ten)\b", re.IGNORECASE)  # "4 stars out of 5"
# " of his players": a number word counts the plural after a possessive ("four of his players"),
# not "of their seven".
POSSESSIVE_OF = re.compile(
    rf" of (?:his|her|its|their|our|my|your) (?=[a-z])(?!(?:{NUMBER_WORD_ALT})\b)"
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
# Before a number and the capitalised words after it, a capitalised word inside a sentence (a
# lower-case word, a comma or an article before it) or a short all-capitals one: the number is
# part of a name ("on BBC 6 Music", "the station Radio 4"; `clues.named_elsewhere`).
NAME_LEAD = re.compile(
    r"(?:(?:[a-z][\w'’-]*,?|The|A|An)[ \t]+[A-Z][\w'’-]*|(?<![\w'’-])[A-Z]{2,5})[ \t]+$"
)
# After such a name, what shows that it stands on its own: a possessive, a mark that ends a
# phrase, or a lower-case word that is no plural ("6 Music for a week", "6 Music's"), not
# "and"/"or" ("12 Danish and 3 Swedish anglers").
NAME_FOLLOW = re.compile(
    r"(?P<mark>['’]s\b|[ \t]*[.,;:!?)])|[ \t]+(?!(?:and|or)\b)(?P<word>[a-z][a-z'’-]*)\b"
)
# A capitalised name after a number: "Model S", "Galaxy S9" (a word, then maybe a word or code).
NAME_AFTER = re.compile(
    r"\s(?P<name>[A-Z][a-z][\w-]*(?:\s(?:[A-Z][\w-]*|[A-Z0-9]{1,3}))?)(?![\w-])"
)
VOTE_RESULT = re.compile(  # "by seven votes to four", "by 310 votes to 250"
    r"\s+(?:to|against)\s+(?:\d[\d,]*|zero|nil|none|one|two|three|four|five|six|seven|eight|nine"
    r"|ten|eleven|twelve|\w+teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)\b"
)
# The rest of a hyphenated word a figure's span would stop inside: "a 20-mile-long queue", "its
# six-year-run", "4bn euros-worth" (letters only: "the 2-1 win" is a score, no compound).
COMPOUND_REST = re.compile(r"(?:-[^\W\d_]+)+(?![\w-])")
NEXT_WORDS = re.compile(r"(?:\s+[^\W\d_][\w'’-]*){1,3}")
_RATE_GAP = r"[\s-]"  # "$2 a share", "a 9-cent-a-share dividend" (a spaced dash is no join)
RATE = re.compile(  # not "$5 million a year earlier": that dates the amount
    rf"(?:{_RATE_GAP}{any_word(RATE_LEADS)}{_RATE_GAP}|/){any_word(RATE_UNITS)}\b"  # or "cm/second"
    rf"(?!\s+{any_word(RATE_NOT_BEFORE)}\b)",
    re.IGNORECASE,
)
# The part before a count it belongs to: "22 of 47 passes", "11 of their past 14 games", "four
# or five putts" (the real-page labels mark "22 of 47" as one figure); on the lower-cased text
# that ends where the count starts.
PART_BEFORE = re.compile(
    rf"(?<![\w.,$£€-])(?P<num>\d{{1,3}}(?:,\d{{3}})*|{NUMBER_WORD_ALT})\s+"
    rf"(?P<join>of(?:\s+{any_word(PART_OF_WORDS)})*|or|and)\s+$"
)
# A number word before another in a list, a guess at a range: "four, five, six times a year"
# (each one more than the one before; on the lower-cased text that ends where the next starts).
LIST_BEFORE = re.compile(rf"(?<![\w-])(?P<num>{NUMBER_WORD_ALT}),\s+$")
PART_NAMED = re.compile(rf"\b{any_word(PART_NAMES)}\.?\s+$")  # before a part, lower-cased
MEMBER_BEFORE = re.compile(rf"\b{any_word(MEMBER_LEADS)}\s+$")  # before "one of", lower-cased
AGE_LEAD = re.compile(rf"\b(?:{alt(AGE_LEADS)})\s+$", re.IGNORECASE)  # on the text before a number
AGE_STORY_RE = re.compile(rf"\b{any_word(AGE_STORY)}\b", re.IGNORECASE)
AGE_RECORD_RE = re.compile(rf"\b{any_word(AGE_RECORD)}\b", re.IGNORECASE)
DEATH_HEADLINE_RE = re.compile(rf"\b{any_word(DEATH_HEADLINE)}\b", re.IGNORECASE)
ORDINAL_RE = re.compile(r"\b(\d{1,3})(?:st|nd|rd|th)\b", re.IGNORECASE)  # "her 100th birthday"
