"""Where a figure's clause starts and ends in its sentence, as character offsets.

A context phrase is cut from the figure's own clause; finding that clause (hard cuts at
punctuation, sentence ends the splitter missed, run-on captions, bracketed conversions read
past) is text work on offsets, apart from choosing and trimming words
(`summarizer.figures.context`, `summarizer.figures.phrase_trim`).
"""

from __future__ import annotations

import re
from typing import NamedTuple

from summarizer.figures.context_words import ASIDE_ADVERBS, DANGLING, SENTENCE_STARTERS
from summarizer.figures.phrase_kinds import verb_like

OPENING_QUOTES = frozenset('"“«')
CLOSING_QUOTES = frozenset('"”»')
ABBREVIATION_CHARS = 8  # "(SPT)", "(NATO)": a bracketed word this short is no clause
WINDOW = 300  # characters of sentence kept on each side of a figure
_DANGLING = frozenset(DANGLING.split())

# Clause cuts: [;()[]—–"“”«»], or [,:] then a space, or " - ", or a period after a
# lower-case word. Written as one leading class (the branches' first characters are disjoint)
# so the engine skips ahead in C.
_HARD = re.compile(
    r"[;()\[\]—–\"“”«»,:\s.](?:(?<=[,:])\s|(?<=\s)--?\s|(?<=[;()\[\]—–\"“”«»])"
    r"|(?<=[a-z]{4}\.)\s)"  # "reputation. eVolta": a sentence end the splitter missed
)
# A sentence end the splitter missed: a full stop after a word of four lower-case letters or a
# digit, then a capital ("stranding nine and delaying 140. That storm was ..."): a phrase stays
# on its side of it, and borrows no clause across it.
_MISSED_END = re.compile(r"(?:(?<=[a-z]{4})|(?<=\d))[.!?][\"”’']?\s+(?=[\"“‘']?[A-Z])")
# A bracketed conversion right after a money figure ("$27.5m (£14m) in ticket sales", "184.2m
# euros ($251.6m; £130.4m)"): the same amount again, no clause; the phrase reads past it.
_MONEY = (
    r"(?:[A-Z]{0,3}[$£€¥]\s?[\d.,]*\d(?:\s?(?:bn|m|k|tn|million|billion|trillion)\b)?"
    r"|[\d.,]*\d\s?(?:bn|m|k|million|billion)?\s?(?:euros?|dollars?|pounds?|yen|yuan)\b"
    r"|\d+(?:\.\d+)?p\b)"  # "$2 (96p) for a day's worth": pence
)
_CONVERSION = re.compile(
    rf"\s*\((?:(?:about|around|roughly|some|nearly|almost|over|up to)\s)?{_MONEY}"
    rf"(?:\s*(?:[;,/]|or)\s*{_MONEY})*\)"
)

# A short aside between two spaced dashes that parts a subject from its verb ("thought the new
# mayor - Dana Holt - had acted", "The firm - based in Leeds - lost"): read past, as a bracketed
# conversion is, so the clause keeps its verb. Up to ASIDE_WORDS words, no other punctuation,
# and a verb after it (maybe after an adverb: "both fell"); not "the camp - a former base -
# in Kent", where the aside parts no subject from its verb.
ASIDE_WORDS = 5
_DASH_ASIDE = re.compile(
    rf"(?<=\w) [-–—] (?:[\w'’.&]+ ){{0,{ASIDE_WORDS - 1}}}[\w'’.&]+ [-–—] "
    rf"(?P<after>(?:{'|'.join(ASIDE_ADVERBS.split())}) )?(?P<verb>[a-z][\w'’]*)"
)
_DASH_HINTS = (" - ", " – ", " — ")  # a cheap look before _DASH_ASIDE

# A list of examples after the figure ("signed … on various fields such as trade, law and
# tourism"): the clause ends before it, since a cut at the list's first comma would leave one
# example standing for the list ("… on various fields such as trade").
_EXAMPLES = re.compile(r"(?<=\w)\s(?:such as|including)\s[^,;.()–—]{1,40},")


def _clauses(text: str, start: int, end: int, fig: tuple[int, int]) -> list[tuple[int, int]]:
    cuts = [start]
    skip_to = start
    for m in _HARD.finditer(text, start, end):
        if m.start() < skip_to:
            continue
        if text[m.start()] == "(" and _abbreviation(text, m.end(), end):
            skip_to = text.index(")", m.end()) + 1  # "Lumen Broadcast Group (LBG) has"
            continue
        if text[m.start()] == "–" and _glued(text, m.start()):
            continue  # "head–to-head", "Paris–London": an en dash between letters joins them
        if text[m.start()] == "," and _inches_after(text, m.start()):
            continue  # "12ft, 5 in with ...": one height, no clause ends in it
        if _quote_in_clause(text, m.start()) or _quote_goes_on(text, m.start(), end):
            continue  # 'she had been "a true mentor"': the quoted words finish the clause
        if m.end() <= fig[0] or m.start() >= fig[1]:
            cuts += [m.start(), m.end()]
    for m in _EXAMPLES.finditer(text, fig[1], end):
        cuts += [m.start(), m.end() - 1]  # the list's first item goes with it
        break
    for m in _RUN_ON.finditer(text, start, end):
        if m["word"].lower() not in _DANGLING and (m.end() <= fig[0] or m.start() >= fig[1]):
            cuts += [m.end("word"), m.end()]  # "rose to 12.6 per cent That share ..."
    cuts.sort()
    cuts.append(end)
    return [(cuts[i], cuts[i + 1]) for i in range(0, len(cuts), 2) if cuts[i] < cuts[i + 1]]


# A comma between feet and inches ("12ft, 5 in"): part of one height (`judge._feet_inches`).
_FEET_BEFORE = re.compile(r"\d\s?(?:ft|feet|foot)$", re.IGNORECASE)
_INCHES_AFTER = re.compile(r",\s?\d{1,2}\s?(?:in|ins|inches)\b", re.IGNORECASE)


def _glued(text: str, i: int) -> bool:
    """Whether the character at `i` has a letter right before and right after it."""
    return 0 < i < len(text) - 1 and text[i - 1].isalpha() and text[i + 1].isalpha()


def _inches_after(text: str, i: int) -> bool:
    """Whether the comma at `i` parts a height in feet from its inches ("12ft, 5 in")."""
    return bool(_INCHES_AFTER.match(text, i)) and bool(_FEET_BEFORE.search(text, max(0, i - 8), i))


def _quote_in_clause(text: str, i: int) -> bool:
    """An opening quotation mark inside a clause: a word, a space, the mark, a word."""
    return (
        text[i] in OPENING_QUOTES
        and i >= 2
        and text[i - 1] == " "
        and text[i - 2].isalpha()
        and text[i + 1 : i + 2].isalpha()
    )


def _quote_goes_on(text: str, i: int, end: int) -> bool:
    """A closing quotation mark the clause goes on after: a word or a number, the mark, a
    space, a lower-case word or a number ('"Major problems" are expected', 'the "two for £5"
    offers', 'a "moat" 33 feet across'); not '"We won," he said'."""
    return (
        text[i] in CLOSING_QUOTES
        and i >= 1
        and i + 2 < end
        and text[i - 1].isalnum()
        and text[i + 1] == " "
        and (text[i + 2].islower() or text[i + 2].isdigit())
    )


def _words_alt(words: str) -> str:
    return "(?:" + "|".join(words.split()) + ")"


def _abbreviation(text: str, pos: int, end: int) -> bool:
    """Whether the brackets opened before `pos` hold one short word ("(SPT)", "(AP)"): no
    clause, so no cut."""
    close = text.find(")", pos, min(end, pos + ABBREVIATION_CHARS + 1))
    return close > pos and text[pos:close].isalpha()


# A sentence the page ran on into the next without a full stop (a caption, a lost line break):
# a capitalised word that starts sentences, right after a word that is no preposition or
# article ("of The Voice" stays).
# Matched only at a word's start: tried inside a long run of letters or digits, `[\w%]+` would
# rescan the run from every position (quadratic: 100k digits took minutes).
_RUN_ON = re.compile(rf"(?<![\w%])(?P<word>[\w%]+) (?={_words_alt(SENTENCE_STARTERS)}\s)")


def _own_sentence(text: str, s_start: int, s_end: int, f_start: int, f_end: int) -> tuple[int, int]:
    """The part of a "sentence" that holds the figure, when the splitter missed a full stop."""
    for m in _MISSED_END.finditer(text, s_start, s_end):
        if m.end() <= f_start:
            s_start = m.end()
        elif m.start() >= f_end:
            return s_start, m.start() + 1
    return s_start, s_end


def _asides(text: str, s_start: int, s_end: int, f_start: int, f_end: int) -> list[tuple[int, int]]:
    """The dash asides before the figure (`_DASH_ASIDE`) that part its clause's subject from
    the verb: "The firm - based in Leeds - lost …". One after the figure is left as a cut: read
    past, it makes a clause too long for `phrase_trim`, whose cut then drops more than the
    aside gave ("an outcry … ago when the Council - led by … - published": the "when" goes)."""
    if not any(text.find(hint, s_start, s_end) >= 0 for hint in _DASH_HINTS):
        return []
    return [
        (m.start(), m.start("after") if m["after"] else m.start("verb"))
        for m in _DASH_ASIDE.finditer(text, s_start, s_end)
        if m.start("verb") <= f_start and _verb(m["verb"])
    ]


def _verb(word: str) -> bool:
    """A verb that can follow a subject ("had", "lost"): not a participle in "-ing" ("France and
    the UK - its core markets - swelling its base": no subject parted from its verb). A present
    form in "-s" is not told from a plural noun ("third person - a manager - rates rise"): no."""
    return verb_like(word) and not word.endswith("ing")


# An amount right before a bracket: a money figure, or a number with its scale ("204.3m").
_AMOUNT_END = re.compile(rf"(?:{_MONEY}|\d(?:bn|m|k|tn)?)$")
AMOUNT_REACH = 30  # characters read back from a bracket for the amount it converts


def _other_conversions(
    text: str, s_start: int, s_end: int, f_start: int, f_end: int
) -> list[tuple[int, int]]:
    """Bracketed conversions of the sentence's other amounts ("came third with $7.6m (£4m) and
    a total of …"): blanked like the figure's own, so the phrase shows "$7.6m and", not the
    bracket cut into clauses ("$7.6m, £4m, and"). Not one that holds the figure, nor the
    figure's own (right after it: `figure_clauses` blanks that)."""
    spans = []
    i = text.find("(", s_start, s_end)
    while i != -1:
        m = _CONVERSION.match(text, i, s_end)
        if m and (m.end() <= f_start or (i > f_end and text[f_end:i].strip())):
            before = text[max(s_start, i - AMOUNT_REACH) : i].rstrip()
            if _AMOUNT_END.search(before):
                spans.append((len(text[:i].rstrip()), m.end()))
        i = text.find("(", i + 1, s_end)
    return spans


class FigureClauses(NamedTuple):
    """The figure's sentence cut into clauses: `text` is the article, or a copy of the sentence
    with a bracketed conversion or dash asides blanked (offsets then count from the sentence's
    start); `index` is the clause that holds the figure, None when none does."""

    text: str
    spans: list[tuple[int, int]]
    index: int | None
    f_start: int
    f_end: int


def figure_clauses(text: str, s_start: int, s_end: int, f_start: int, f_end: int) -> FigureClauses:
    """The clauses of the figure's sentence (`s_start`..`s_end`), within WINDOW characters of it."""
    # A run-on "sentence" (tables, lists without punctuation) must not cost O(length) per figure.
    if f_start - s_start > WINDOW:
        s_start = text.find(" ", f_start - WINDOW, f_start) + 1 or f_start - WINDOW
    if s_end - f_end > WINDOW:
        s_end = (
            text.rfind(" ", f_end, f_end + WINDOW)
            if " " in text[f_end : f_end + WINDOW]
            else f_end + WINDOW
        )
    s_start, s_end = _own_sentence(text, s_start, s_end, f_start, f_end)
    blanks = _asides(text, s_start, s_end, f_start, f_end)
    conversion = _CONVERSION.match(text, f_end, s_end)
    if conversion:  # "It took … in weekend ticket sales"
        blanks.append(conversion.span())
    blanks += _other_conversions(text, s_start, s_end, f_start, f_end)
    if blanks:  # blanked in a copy of the sentence, so offsets keep their places in it
        parts, last = [], s_start
        for a, b in sorted(blanks):
            parts += [text[last:a], " " * (b - a)]
            last = b
        text = "".join([*parts, text[last:s_end]])
        s_end, f_start, f_end = s_end - s_start, f_start - s_start, f_end - s_start
        s_start = 0
    clauses = _clauses(text, s_start, s_end, (f_start, f_end))
    idx = next((i for i, (a, b) in enumerate(clauses) if a <= f_start < b), None)
    return FigureClauses(text, clauses, idx, f_start, f_end)
