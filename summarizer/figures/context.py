"""Short context phrases for figures: the figure's clause, trimmed to a few telling words.

A figure alone ("at least 15 documents") needs what it is about ("The two sides also signed");
the whole sentence is too long for a bullet, so we cut at clause boundaries and keep 3-12 words.
"""

from __future__ import annotations

import re

from summarizer.figures.lexicon import (
    ATTRIBUTION_CUES,
    CLAUSE_TAILS,
    DANGLING,
    FUNCTION_WORDS,
    HELD_BY_SOFT,
    LEADING_JUNK,
    PHRASE_OPENERS,
    PHRASE_STARTS,
    REPORTED_THAT,
    REPORTING_VERBS,
    SENTENCE_STARTERS,
    SOFT_CUTS,
    SUBJECT_PRONOUNS,
    SUBORDINATORS,
)


def _set(words: str) -> frozenset[str]:
    return frozenset(words.split())


MAX_WORDS = 12
MIN_WORDS = 3
OPENING_QUOTES = frozenset('"“«')
CLOSING_QUOTES = frozenset('"”»')
ABBREVIATION_CHARS = 8  # "(SPT)", "(NATO)": a bracketed word this short is no clause
RIGHT_WHOLE = 5  # words after the figure kept whole when the phrase is too long (the left gives)
WINDOW = 300  # characters of sentence kept on each side of a figure
RELATIVE = frozenset({"that", "which", "who", "whom", "whose", "where"})
RELATIVE_TAIL = 2  # words after a relative pronoun too few to finish its clause ("that read")
REPORTED_GAP = 6  # words at most between a reporting verb and its "that" ("wrote on the site that")
START_SKIP = 3  # words a cut phrase may skip to start at "the", "a", "his" (not its verb)
BETWEEN_TAIL = 3  # a "between" this near a cut tail's end lost its "and" ("dates | between May")
SCALE_WORDS = frozenset({"hundred", "thousand", "million", "billion", "trillion", "dozen"})
ANTECEDED = RELATIVE - {"that"}  # "India, where …" (a clause after "that" may be reported speech)

# Clause cuts: [;()[]—–"“”«»], or [,:] then a space, or " - ", or a period after a
# lower-case word. Written as one leading class (the branches' first characters are disjoint)
# so the engine skips ahead in C.
_HARD = re.compile(
    r"[;()\[\]—–\"“”«»,:\s.](?:(?<=[,:])\s|(?<=\s)--?\s|(?<=[;()\[\]—–\"“”«»])"
    r"|(?<=[a-z]{4}\.)\s)"  # "reputation. iHeartMedia": a sentence end the splitter missed
)
# A sentence end the splitter missed: a full stop after a word of four lower-case letters or a
# digit, then a capital ("killing eight and wounding 85. That rally was ..."): a phrase stays
# on its side of it, and borrows no clause across it.
_MISSED_END = re.compile(r"(?:(?<=[a-z]{4})|(?<=\d))[.!?][\"”’']?\s+(?=[\"“‘']?[A-Z])")
_SOFT = _set(SOFT_CUTS)
_CLAUSE_TAILS = _set(CLAUSE_TAILS)
_OPENERS = _set(PHRASE_OPENERS)
_LEADING_JUNK = _set(LEADING_JUNK)
_DANGLING = _set(DANGLING)
_PHRASE_STARTS = _set(PHRASE_STARTS)
_HELD_BY_SOFT = _set(HELD_BY_SOFT)
_SUBJECTS = _set(SUBJECT_PRONOUNS)
_SUBORDINATORS = _set(SUBORDINATORS)
_FUNCTION_WORDS = _set(FUNCTION_WORDS) | _DANGLING | _LEADING_JUNK
_REPORTING = re.compile(
    r"^(?:.*\s)?(?:" + "|".join(REPORTING_VERBS.split()) + r")(?:\s+that)?\s+", re.IGNORECASE
)
# The verb, then maybe where or when it was told ("wrote on the site", "revealed last week"),
# then "that": a gap opening with another word may hold a noun that "that" relates to
# ("claimed two bombings that killed …").
_REPORTED_THAT = re.compile(
    rf"^(?:.*\s)?(?:{'|'.join(REPORTED_THAT.split())})"
    rf"(?:\s+(?:on|in|at|to|during|last|earlier|yesterday|today|this)(?:\s+\S+){{0,{REPORTED_GAP}}}?)?"
    r"\s+that\s+",
    re.IGNORECASE,
)
# A bracketed conversion right after a money figure ("$40.8m (£21m) in ticket sales", "259.7m
# euros ($353.3m; £183.75m)"): the same amount again, no clause; the phrase reads past it.
_MONEY = (
    r"(?:[A-Z]{0,3}[$£€¥]\s?[\d.,]*\d(?:\s?(?:bn|m|k|tn|million|billion|trillion)\b)?"
    r"|[\d.,]*\d\s?(?:bn|m|k|million|billion)?\s?(?:euros?|dollars?|pounds?|yen|yuan)\b)"
)
_CONVERSION = re.compile(
    rf"\s*\((?:(?:about|around|roughly|some|nearly|almost|over|up to)\s)?{_MONEY}"
    rf"(?:\s*(?:[;,/]|or)\s*{_MONEY})*\)"
)
_ATTRIBUTION = re.compile(r"\b(?:" + "|".join(ATTRIBUTION_CUES) + r")\b", re.IGNORECASE)
_STRIP = "\"“”«»'‘’.,;:()[]—– "


def _clauses(text: str, start: int, end: int, fig: tuple[int, int]) -> list[tuple[int, int]]:
    cuts = [start]
    skip_to = start
    for m in _HARD.finditer(text, start, end):
        if m.start() < skip_to:
            continue
        if text[m.start()] == "(" and _abbreviation(text, m.end(), end):
            skip_to = text.index(")", m.end()) + 1  # "Sony Pictures Television (SPT) has"
            continue
        if _quote_in_clause(text, m.start()) or _quote_goes_on(text, m.start(), end):
            continue  # 'he had been "a role model"': the quoted words finish the clause
        if m.end() <= fig[0] or m.start() >= fig[1]:
            cuts += [m.start(), m.end()]
    for m in _RUN_ON.finditer(text, start, end):
        if m["word"].lower() not in _DANGLING and (m.end() <= fig[0] or m.start() >= fig[1]):
            cuts += [m.end("word"), m.end()]  # "rose to 14.8 per cent That number ..."
    cuts.sort()
    cuts.append(end)
    return [(cuts[i], cuts[i + 1]) for i in range(0, len(cuts), 2) if cuts[i] < cuts[i + 1]]


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
    """A closing quotation mark the clause goes on after: a word, the mark, a space, a
    lower-case word ('"Major problems" are expected'); not '"We won," he said'."""
    return (
        text[i] in CLOSING_QUOTES
        and i >= 1
        and i + 2 < end
        and text[i - 1].isalpha()
        and text[i + 1] == " "
        and text[i + 2].islower()
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


# A word is a whitespace-separated token with _STRIP characters stripped off both ends (tokens
# of only those characters drop out); one findall does it in C: first to last non-_STRIP char.
_NOT_STRIP = rf"[^\s{re.escape(_STRIP)}]"
_WORD = re.compile(rf"{_NOT_STRIP}(?:\S*{_NOT_STRIP})?")


def _words(s: str) -> list[str]:
    return _WORD.findall(s)


def context_phrase(text: str, s_start: int, s_end: int, f_start: int, f_end: int) -> str:
    """A few words around the figure from its own clause, with "…" where the figure was."""
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
    conversion = _CONVERSION.match(text, f_end, s_end)
    if conversion:  # blanked in a copy of the sentence: "It took … in weekend ticket sales"
        a, b = conversion.span()
        text = text[s_start:a] + " " * (b - a) + text[b:s_end]
        s_end, f_start, f_end = s_end - s_start, f_start - s_start, f_end - s_start
        s_start = 0
    clauses = _clauses(text, s_start, s_end, (f_start, f_end))
    idx = next((i for i, (a, b) in enumerate(clauses) if a <= f_start < b), None)
    if idx is None:
        return ""
    a, b = clauses[idx]
    left = _words(text[a:f_start])
    right = _words(text[f_end:b])
    if left and left[0].lower() in ANTECEDED and idx > 0:
        # "in India, | where … were also killed": a relative clause names its noun before it.
        before = _words(text[clauses[idx - 1][0] : clauses[idx - 1][1]])[-1:]
        left = [before[0] + ",", *left] if before else left
    if _telling(left, right) >= MIN_WORDS:
        return _trim(left, right)
    # Too short: borrow the clause just before (what the figure's clause goes on from: "sued
    # her in 2005, | settling for $3.4m"), then the sentence's opening clause (usually the
    # subject), then the rest, nearest first.
    order = [*range(idx - 1, -1, -1), *range(idx + 1, len(clauses))]
    # A figure alone between commas ("net users, 36%, carry out a search") is an aside: the
    # clause before names what it counts, the clause after what they do; both are borrowed.
    aside = not left and not right and 0 < idx < len(clauses) - 1
    aside = aside and text[a - 2 : a - 1] == "," and text[b : b + 1] == ","
    if aside:
        order = [idx - 1, idx + 1, *(j for j in order if j not in (idx - 1, idx + 1))]
    borrowed: dict[int, list[str]] = {}
    for j in order:
        enough = _telling(left, right) + sum(map(len, borrowed.values())) >= MIN_WORDS
        if enough and not (aside and j == idx + 1 and idx - 1 in borrowed):
            break
        words = _words(text[clauses[j][0] : clauses[j][1]])
        if words and not _ATTRIBUTION.search(" ".join(words)):
            borrowed[j] = words
    for j in sorted(borrowed, reverse=True):
        if j < idx:
            left = [*borrowed[j][:-1], borrowed[j][-1] + ",", *left]
    for j in sorted(borrowed):
        if j > idx:
            right = [*right[:-1], right[-1] + ",", *borrowed[j]] if right else borrowed[j]
    return _trim(left, right)


def _own_sentence(text: str, s_start: int, s_end: int, f_start: int, f_end: int) -> tuple[int, int]:
    """The part of a "sentence" that holds the figure, when the splitter missed a full stop."""
    for m in _MISSED_END.finditer(text, s_start, s_end):
        if m.end() <= f_start:
            s_start = m.end()
        elif m.start() >= f_end:
            return s_start, m.start() + 1
    return s_start, s_end


def _between_open(words: list[str], i: int) -> bool:
    """Whether `words[i]` ("and") closes a "between X and Y" opened just before it."""
    return any(w.lower() == "between" for w in words[max(0, i - 3) : i])


def _trim(left: list[str], right: list[str]) -> str:
    """At most MAX_WORDS words around the figure, cut where a phrase or clause ends: a subordinate
    clause after it, the main clause before it, a reporting verb, a dangling word."""
    if len(left) + len(right) > MAX_WORDS:
        cut = next(
            (
                i
                for i, w in enumerate(right)
                if w.lower() in _SOFT
                and len(left) + i >= MIN_WORDS
                and not (w.lower() == "and" and _between_open(right, i))
            ),
            None,
        )
        if cut is not None:
            right = right[:cut]
    if len(left) + len(right) > MAX_WORDS:
        cut = max((i for i, w in enumerate(left) if w.lower() in _SOFT), default=None)
        if cut is not None and len(left) - cut - 1 + len(right) >= MIN_WORDS:
            # "because | of 105,000 jobs lost": a preposition that belongs to the soft word
            # keeps it ("because of …", "compared with …"), else the phrase starts at "of".
            pair = "_".join(w.lower() for w in left[cut : cut + 2])
            held = pair in _HELD_BY_SOFT
            left = left[cut:] if held else left[cut + 1 :]
    joined = " ".join(left)
    said = _REPORTING.match(joined + " ")
    if said and len(joined[said.end() :].split()) + len(right) >= MIN_WORDS:
        left = joined[said.end() :].split()
    told = _REPORTED_THAT.match(" ".join(left) + " ")
    kept = " ".join(left)[told.end() :].split() if told else []
    if kept and len(kept) + len(right) >= MIN_WORDS:
        left = kept  # "the filmer wrote on the site that | the injury required …"
    if len(left) + len(right) > MAX_WORDS:
        if len(right) > RIGHT_WHOLE:  # a short phrase after the figure stays whole
            right = _phrase_cut(right, max(MIN_WORDS, MAX_WORDS - len(left)), bool(left))
        left = _phrase_start(left, MAX_WORDS - len(right), len(right))
    right = _relative_tail(right)
    left, right = _strip_ends(left, right)
    if not any(_content(w) for w in (*left, *right)):
        return ""  # "It's …", "… no": the sentence names nothing, so no phrase at all
    # "…" stands where the figure is: "settling for …", "… of athletes and dancers".
    return " ".join([*left, "…", *right])


def _telling(left: list[str], right: list[str]) -> int:
    """How many words are left once the ends that say nothing are stripped."""
    kept_left, kept_right = _strip_ends(list(left), list(right))
    return len(kept_left) + len(kept_right)


def _strip_ends(left: list[str], right: list[str]) -> tuple[list[str], list[str]]:
    """Without a leading conjunction, a dangling last word ("in his", "the fifth of") or a
    token of symbols only ("???" where a page lost a dash); commas at the ends dropped."""
    while left and (left[0].lower() in _LEADING_JUNK or not _alnum(left[0]) or left[0] == "s"):
        left = left[1:]  # "s" is what is left of "'s" after a name the clause cut off
    while right and (right[-1].lower().rstrip(",") in _DANGLING or not _alnum(right[-1])):
        right = right[:-1]
    if right:
        right[-1] = right[-1].rstrip(",")
    else:  # the last word before the figure stays: "married with …" (a comma goes)
        while left and not _alnum(left[-1]):
            left = left[:-1]
        if left:
            left[-1] = left[-1].rstrip(",")
    return left, right


def _content(word: str) -> bool:
    """A word that can name something: letters only, no pronoun, article or auxiliary; "US"
    in capitals is a country, not "us"."""
    bare = word.removesuffix("'s").removesuffix("’s")  # "Grande's", "It's"
    return bare.isalpha() and (bare.lower() not in _FUNCTION_WORDS or _acronym(bare))


def _acronym(word: str) -> bool:
    return len(word) > 1 and word.isupper()


def _alnum(word: str) -> bool:
    return any(c.isalnum() for c in word)


def _relative_tail(right: list[str]) -> list[str]:
    """Without a clause cut off after a word or two ("billboards | that read", "into the
    country | if they are")."""
    for i in range(max(1, len(right) - RELATIVE_TAIL - 1), len(right)):
        if right[i].lower() in _CLAUSE_TAILS:
            return right[:i]
    return right


def _phrase_start(words: list[str], budget: int, after: int) -> list[str]:
    """The last `budget` words at most, started where a noun phrase starts ("a Sept. 8 video
    that showed ...", not "Sept. 8 video that ..."), when one does and enough is left."""
    if budget <= 0:
        return []
    if len(words) <= budget:
        return words
    first = len(words) - budget
    before = words[first - 1].lower()
    if before in _OPENERS or before in _PHRASE_STARTS:
        return _after_that(words, first, after)  # "the | 16-page manuscript of ...": a noun phrase
    for i in range(first, min(len(words), first + START_SKIP + 1)):
        opens = words[i].lower() in _OPENERS and not _numeric(words[i - 1])  # "£7 million a year"
        if opens and len(words) - i + after >= MIN_WORDS:
            return _after_that(words, i, after)
    return words[first:]


def _after_that(words: list[str], start: int, after: int) -> list[str]:
    """`words[start:]`, or the clause after a "that" a few words on when the start lost its
    preposition: "announced in | the Budget that he would meet …" reads as if the Budget were
    what he would meet; "he would meet …" does not."""
    before = words[start - 1].lower()
    if before in _PHRASE_STARTS and before not in _OPENERS:
        for i in range(start, min(len(words), start + START_SKIP + 1)):
            if (
                words[i].lower() == "that"
                and len(words) - i - 1 + after >= MIN_WORDS
                and _opens_clause(words[i + 1])  # "that he would", not "a team that had"
            ):
                return words[i + 1 :]
    return words[start:]


def _opens_clause(word: str) -> bool:
    """A subject after "that": a pronoun, a determiner or a name (not a verb: "that had")."""
    low = word.lower()
    return low in _SUBJECTS or low == "it" or low in _OPENERS or word[:1].isupper()


def _numeric(word: str) -> bool:
    """A number or a scale word: "a" after it is a rate ("£1,100 a year", "$7 million a year")."""
    return any(c.isdigit() for c in word) or word.lower() in SCALE_WORDS


def _whole_tail(words: list[str]) -> list[str]:
    """A tail cut short, without what the cut left half-said: a participle that led on
    ("a mobile home | belonging"), a "between" without its "and" ("for three dates | between
    January")."""
    for i in range(max(1, len(words) - BETWEEN_TAIL), len(words)):
        if words[i].lower() == "between" and not any(w.lower() == "and" for w in words[i + 1 :]):
            words = words[:i]
            break
    if len(words) > 2 and _subject_left(words):
        words = words[:-1]  # "the car unit | it does not own": a clause's subject, cut off
    while (
        len(words) > 1
        and words[-1].islower()
        and words[-1].endswith("ing")
        and words[-2].lower() not in _FUNCTION_WORDS  # "it is investigating", "of those living"
    ):
        words = words[:-1]
    return words


def _subject_left(words: list[str]) -> bool:
    """Whether a cut tail ends on the pronoun that opens a clause: "he", "they" always; "it"
    after a noun phrase ("buy the stake of the car unit it"), not after a verb ("to buy it")."""
    last = words[-1].lower()
    if last in _SUBJECTS:
        return True
    if last != "it" or words[-2].lower() in _FUNCTION_WORDS | _PHRASE_STARTS:
        return False
    near = [w.lower() for w in words[-4:-1]]
    return any(w in _OPENERS for w in near) and not any(w in ("and", "or", "to") for w in near)


def _phrase_cut(words: list[str], limit: int, may_empty: bool) -> list[str]:
    """The first `limit` words at most, cut before a word that starts a new phrase ("in his
    eight seasons | in the league"); when only the first word does, all of them go if
    `may_empty` ("purchasing … | from the item shop for 900 V-bucks"), else `limit` stay."""
    if len(words) <= limit:
        return words
    if may_empty and words[0].lower() in _SUBORDINATORS:
        return []  # "over the next … | as the workforce continues to age": a clause too long
    first = 0 if may_empty and words[0].lower() != "of" else 1  # "62 percent | of those polled"
    starts = (i for i in range(first, limit + 1) if words[i].lower() in _PHRASE_STARTS)
    cut = max(starts, default=-1)
    if cut > 1 and words[cut].lower() == "by" and _participle(words[cut - 1]):
        cut -= 1  # "in a sale | forced by Russia": the participle goes with its "by"
    return _whole_tail(words[:cut] if cut >= 0 else words[:limit])


def _participle(word: str) -> bool:
    return word.islower() and word.endswith("ed")
