"""Attribution cues around a raw quote, and whether the quote reads as speech at all.

After the quote: '," Putin said', '," said the head of X', '," according to X', '». — заявил X'.
Before it: 'X said: "', 'X told reporters, "', 'According to X, "', '..., saying, "', and a
paragraph ending in a colon. Titles, scare quotes and fragments of the reporter's own sentence
are not speech. Abbreviation dots are masked first ("Sen.", "(R-Fla.)") so '.' ends clauses.
"""

from __future__ import annotations

import re

from summarizer.quotes.lexicon import (
    CLAUSE_FILLERS,
    IMPERSONAL_SUBJECTS,
    SUBORDINATORS,
    TERM_LEAD_INS,
)
from summarizer.quotes.marks import RawQuote, raw_text, tidy
from summarizer.quotes.speakers import (
    ACCORDING,
    ADVERBS,
    CUE_WORD,
    PARTICIPLES,
    PRONOUNS,
    VERB,
    VERB_REVERSED,
    Speaker,
    count_words,
    is_title,
    parse_speaker,
    take_np,
)
from summarizer.text.lexicon import CLAUSE_ABBREVIATIONS, UPPER
from summarizer.text.tokenize import last_sentence

_POST_BARE = re.compile(
    r"\s(?P<who>(?:[^\W\d_][\w'’\u2024-]*\s){1,3}?)(?P<verb>" + VERB + r")(?=[.,]|$)"
)
_OPENS_NEXT = re.compile(r"\s*[,:]\s*[\"“«„‘]")
_CAPITAL_NEXT = re.compile(r"\s[" + UPPER + "]")
_END_PUNCT = ",.!?…—–-:;"
# Words that end a lead-in to a title or term ("the so-called"), any case. Tested as "does the
# text end with one", by one anchored match on the reversed text (searching for the words at
# every position is slow: case-insensitive letters give the engine no quick test).
_TERM_END_REVERSED = re.compile(
    r"\s*(?:" + "|".join(re.escape(t[::-1]).replace(r"\ ", r"\s+") for t in TERM_LEAD_INS) + ")",
    re.IGNORECASE,
)
# The gap before a cue after the closing mark: a comma or so, spaces, maybe a dash. Written
# "\s*+(?:[—–-]\s*+)?", not "\s*[—–-]?\s*": what follows is a letter, so the spaces all go
# first either way, but the second form tried every way of sharing a run of spaces between
# its two \s* (n² for a run of n, up to 240 characters per quote).
_CUE_GAP = r"[,.!?]?\s*+(?:[—–-]\s*+)?"
_POST_INVERTED = re.compile(
    _CUE_GAP + r"(?:a-t-(?P<p2>il|elle)\s+(?P<verb2>[^\W\d_]+)|"
    r"(?P<verb>[^\W\d_]+)-(?:t-)?(?P<p>il|elle))\b"
)
_POST_VERB_FIRST = re.compile(_CUE_GAP + r"(?P<verb>" + VERB + r")\s+(?P<rest>[^\n]{1,160})")
_POST_ACCORDING = re.compile(_CUE_GAP + ACCORDING + r"\s+(?P<rest>[^\n]{1,160})", re.I)
_POST_NAME_FIRST = re.compile(
    r"(?P<lead>[,.!?]?)\s*[—–-]?\s*(?P<who>[^.!?;:\"“”«»„\n]{1,160}?)\s+"
    + ADVERBS
    + r"(?P<verb>"
    + VERB
    + r")\b(?P<after>.?\s?\w*)"
)
# Necessary for _POST_NAME_FIRST: its verb follows whitespace and comes before the first mark
# its subject cannot cross. The search is cheap; the full pattern fails slowly (lazy subject).
_NAME_STOP = re.compile(r"[.!?;:\"“”«»„]")
_SPACE_VERB = re.compile(r"\s" + VERB + r"\b")
_TAIL_OK = re.compile(
    r"(?:[.,;:!?]|\s(?:in|on|at|during|to|as|after|when|while|before|of|from|via|last|this|"
    r"earlier|later|recently|reporters?|journalists|CNN|\w+day)|$)",
    re.I,
)
# The tail ends where the closing run of spaces starts ("(?<!\s)"): the lazy tail then fails at
# once inside that run instead of reading the rest of it at every one of its positions.
_PRE_VERB = re.compile(
    r"^(?P<head>.*)\b(?P<verb>" + VERB + r")\b(?P<tail>[^.!?\"“”«»]{0,150}?)(?<!\s)\s*$", re.S
)
_PRE_VERB_FIRST = re.compile(r"^\s*(?P<verb>" + VERB + r")\s+(?P<who>[^,:.]{1,60})[:,]\s*$")
_PRE_PARTICIPLE = re.compile(
    r"(?:,[”\"’]?|\b(?:upon|by|after|while|before|when))\s*(?P<verb>"
    + "|".join(PARTICIPLES)
    + r")(?:\s+[^,:.\"“”]{1,40})?[,:]?\s*$"
)
# VERB + r"(?:\s+that)?\s*,?$" read backwards: one anchored match instead of a search that
# tries the long verb alternation at every character.
_VERB_END_REVERSED = re.compile(r",?\s*(?:taht\s+)?" + VERB_REVERSED)
_ENDS_WITH_NAME = re.compile(
    r"\s((?:[" + UPPER + r"][\w’'\-]+\s){1,2}[" + UPPER + r"][\w’'\-]+):\s*$"
)
_PRE_ACCORDING = re.compile(r"(?:^|,\s*)" + ACCORDING + r"\s+(?P<who>[^,]{1,80}),?\s*$", re.I)
_PRE_AS = re.compile(r"\b(?:As|as)\s+(?P<who>[^,.:;]{1,60}?)\s+(?P<verb>" + VERB + r")\b")
# The dot after any capitalised word of up to four letters (with no word character before it):
# the dot leads, a literal the engine finds in C, and one lookbehind per word length follows.
# `mask` keeps the dots of the listed words.
_ABBREV_DOT = re.compile(
    r"\.(?=\s*[\w,])(?:" + "|".join(rf"(?<=(?<!\w)[A-Z][a-z]{{{k}}}\.)" for k in range(4)) + ")"
)
_ABBREV_WORD = re.compile(r"[A-Z][a-z]{0,3}\Z")
# Short parentheticals ("(R-Fla.)") and party tags ("R-Fla.") outside them. Each pattern
# starts with a literal, which the engine finds in C (a tag is found by its hyphen).
_PAREN_NOTE = re.compile(r"\([^()\n]{1,20}\)")
_PARTY_TAG = re.compile(r"-(?<=[RDI]-)(?<!\w..)[A-Z][a-z]{0,4}\.")
# A speech verb then a name and a speech verb: the second name is the quote's speaker.
_REPORTED = re.compile(
    r"\s+(?:that\s+)?(?P<who>[" + UPPER + r"][\w’'\-]+(?:\s+[" + UPPER + r"][\w’'\-]+){0,2})"
    r"\s+(?:had\s+|has\s+)?(?P<verb>" + VERB + r")\b"
)
# After a closing mark: a new sentence that opens with a name (or he / she) and a speech verb.
_NEXT_SENTENCE = re.compile(
    r"[ \t]+(?P<who>(?:[" + UPPER + r"][\w’'\-]+[ \t]+){0,2}[" + UPPER + r"][\w’'\-]+)"
    r"[ \t]+(?:also[ \t]+)?(?P<verb>said|says|told|tells|added|explained|wrote)\b"
)
_NEW_SENTENCE_PRONOUNS = frozenset({"He", "She", "They", "We", "I"})
_RELATIVE_LEAD = re.compile(
    r"^\s*(?:(?:to|in|at|after|for|with|from|of|by)\s+)?(?:which|whom)\s+", re.I
)
_HAS_CAPITAL = re.compile(r"(?<![\w'’])[" + UPPER + "]")
CLAUSE_SPLIT = re.compile(r",|;|\s[—–-]\s|\s(?:that|and|but|when|while|because|after|so)\s")


def _has_cue(text: str) -> bool:
    """A cue word among the words of `text` (runs of word characters and U+2024)."""
    return CUE_WORD.search(text) is not None


def attribute_after(text: str, raw: RawQuote, para_end: int) -> None:
    """Set speaker and cue from what follows the closing mark ('," Putin said')."""
    if not raw.closed:
        return
    after = text[raw.close_pos + 1 : min(para_end, raw.close_pos + 240)]
    if not _has_cue(after):
        return  # no speech verb nearby: skip the costly patterns
    inner = text[raw.spans[-1][0] : raw.spans[-1][1]].rstrip(" \t\n’'\"”»")
    punct_after = after[:1] in tuple(",.!?")
    if not (inner and inner[-1] in _END_PUNCT) and not punct_after and after[:2] != " —":
        m = _POST_BARE.match(after)  # sloppy: '“... niches” Grubbs said.'
        sp = parse_speaker(m.group("who")) if m else None
        if m and sp and sp.kind != "description":
            raw.speaker, raw.cue = sp, tidy(m.group("verb"))
            raw.cue_end = raw.close_pos + 1 + m.end("verb")
        return
    m = _POST_INVERTED.match(after) if "-il" in after or "-elle" in after else None
    if m:  # French: '», dit-il', '», a-t-elle ajouté'
        raw.speaker = Speaker("pronoun", m.group("p") or m.group("p2"))
        raw.cue = m.group("verb") or m.group("verb2")
        raw.cue_end = raw.close_pos + 1 + m.end()
        return
    m = _POST_VERB_FIRST.match(after)
    if m:
        np = take_np(m.group("rest"))
        sp = parse_speaker(np)
        if (sp and sp.kind != "description") or (sp and not np[:1].isupper()):
            raw.speaker, raw.cue = sp, tidy(m.group("verb"))
            raw.cue_end = raw.close_pos + 1 + m.start("rest") + len(np)
            return
    m = _POST_ACCORDING.match(after)
    if m:
        np = take_np(m.group("rest"))
        sp = parse_speaker(np)
        if sp:
            raw.speaker, raw.cue = sp, "according to"
            raw.cue_end = raw.close_pos + 1 + m.start("rest") + len(np)
            return
    stop = _NAME_STOP.search(after, 1)  # after[0] may be the lead punctuation
    if _SPACE_VERB.search(after, 0, stop.start() if stop else len(after)) is None:
        return
    m = _POST_NAME_FIRST.match(after)
    if m:
        ended = inner[-1:] in ",!?" or m.group("lead") in (",", "!", "?")
        tail_ok = _TAIL_OK.match(m.group("after")) or _CAPITAL_NEXT.match(m.group("after"))
        if not ended and not tail_ok:
            return
        if not ended and _OPENS_NEXT.match(after, m.end("verb")):
            return  # '“...done.” He added, “...”': the cue introduces the next quote
        who = m.group("who").strip()
        if inner[-1:] in "!?" and who in _NEW_SENTENCE_PRONOUNS:
            return  # '“... long run!” She replied to him ...': a new sentence, not its cue
        sp = parse_speaker(m.group("who"))
        reported = _REPORTED.match(after, m.end("verb"))
        if reported:  # "’ Baez said Hernandez told him": the quote is Hernandez's
            sp = parse_speaker(reported.group("who"))
            m = reported
        if sp:
            raw.speaker, raw.cue = sp, tidy(m.group("verb"))
            raw.cue_end = raw.close_pos + 1 + m.end("verb")


def clause_subject(clause: str) -> Speaker | None:
    """The grammatical subject at the start of a clause, when it is a pronoun or a name."""
    tokens = clause.split()
    while tokens and tokens[0].lower() in CLAUSE_FILLERS:
        tokens = tokens[1:]
    if not tokens:
        return None
    first = tokens[0].strip(",")
    if first.lower() in PRONOUNS and first.lower() not in IMPERSONAL_SUBJECTS:
        return Speaker("pronoun", first.lower())
    lead: list[str] = []
    for i, t in enumerate(tokens):
        nxt = tokens[i + 1] if i + 1 < len(tokens) else ""
        joined = t == "of" and bool(lead) and nxt[:1].isupper()
        joined = joined or (bool(lead) and is_title(t) and bool(nxt))  # "presidential nominee"
        if not (t[:1].isupper() or joined) or t[-1:] in ",:;":
            lead.append(t.rstrip(",:;")) if t[:1].isupper() else None
            break
        lead.append(t)
    if not lead or lead[-1][-2:] in ("’s", "'s") or lead[-1][-1:] in "’'":
        return None
    sp = parse_speaker(" ".join(lead))
    return sp if sp and sp.kind == "name" else None


def attribute_before(segment: str) -> tuple[Speaker | None, str | None]:
    """Speaker and cue from the words before an opening mark ('Putin said: "'), if any."""
    segment = segment[-600:].rstrip()
    if not segment or segment[-1] in '.!?"”’»…)':  # the quote starts its own sentence
        return None, None
    sentence = last_sentence(segment.rstrip()) if segment.strip() else ""
    if not sentence:
        return None, None
    m = _PRE_ACCORDING.search(sentence)
    if m:
        return parse_speaker(take_np(m.group("who"))), "according to"
    m = _PRE_VERB_FIRST.match(sentence)
    if m:
        sp = parse_speaker(m.group("who"))
        if sp:
            return sp, tidy(m.group("verb"))
    m = _PRE_VERB.match(sentence)
    if m:
        tail = m.group("tail").strip()
        ok = not tail or tail[-1] in ":," or tail == "that" or len(tail.split()) <= 4
        ok = ok and (len(tail) <= 70 or tail[-1] in ":,")
        if ok and not (tail and tail[-1] not in ":," and tail != "that" and "," in tail):
            clauses = CLAUSE_SPLIT.split(m.group("head"))
            last = _RELATIVE_LEAD.sub("", clauses[-1])  # "to which Mayweather replies:"
            sp = parse_speaker(last) if last.strip() else None
            if sp is None and (last == clauses[-1] or not _HAS_CAPITAL.search(last)):
                # "Smith, a spokesman for X, said:" - but not "Jo ..., to which Lee replies:",
                # whose clause names its own subject (an earlier one would be a guess)
                for clause in reversed(clauses):
                    sp = sp or clause_subject(clause)
            if sp:
                return sp, tidy(m.group("verb"))
    m = _PRE_PARTICIPLE.search(sentence)
    if m:
        for clause in _main_clauses(sentence[: m.start()]):
            sp = clause_subject(clause)
            if sp:
                return sp, tidy(m.group("verb"))
    if sentence.rstrip().endswith(":"):
        m = _PRE_AS.search(sentence)
        if m:
            return parse_speaker(m.group("who")), tidy(m.group("verb"))
        clauses = CLAUSE_SPLIT.split(sentence)
        label = parse_speaker(clauses[-1].rstrip(": "))
        if label and label.kind == "name" and len(clauses[-1].split()) <= 4:
            return label, "name:"  # "Media shares blame - HuffPollster: “...”"
        m = _ENDS_WITH_NAME.search(sentence)
        if m:  # "... doesn't surprise Republican pollster Daron Shaw:"
            return Speaker("name", m.group(1)), "name:"
        for clause in reversed(clauses):
            sp = clause_subject(clause)
            if sp:
                return sp, ":"
        return None, ":"
    return None, None


def classify(text: str, raw: RawQuote, para_start: int, quote: str | None = None) -> bool:
    """Speech, or a title / scare quote / fragment inside the reporter's own sentence?

    Also records on `raw` whether the quote opens a sentence (only such a quote can head a
    quote split around its attribution). `_never_speech` foresees some of its noes: keep the
    two in step.
    """
    quote = quote if quote is not None else raw_text(text, raw)
    n = count_words(quote, 6)  # the tests below tell no more words apart
    if n == 0:
        return False
    lower = quote.lstrip(".…[( ")[:1].islower()
    before = text[max(para_start, raw.open_pos - 60) : raw.open_pos].rstrip()
    prev = before[-1:] if before else ""
    at_start = not prev or prev in '.!?:;—–-("“”»«' or (prev == "," and raw.cue is not None)
    if raw.cue and raw.speaker is not None and prev and prev not in ".!?:;—–(":
        at_start = at_start or _ends_with_verb(before)
    raw.opens_sentence = (at_start or (prev == "," and n >= 4)) and not lower
    # A fragment of the reporter's sentence (the cue test, the costlier, only when needed):
    if lower and (n <= 4 or not _cued(text, raw, para_start)):
        return False
    if not at_start and not (prev == "," and n >= 4):
        return False
    if prev.isalpha() and _TERM_END_REVERSED.match(before[::-1]):  # cheap test first
        return False
    long_enough = n >= 4 if raw.cue else n >= 6
    if not raw.cue and quote[-1:] not in ".!?,":
        caps = [w for w in quote.split() if len(w) > 3]
        if caps and all(w[0].isupper() for w in caps):  # a title
            return False
    return long_enough or (raw.speaker is not None and n >= 2)


def _cued(text: str, raw: RawQuote, para_start: int) -> bool:
    """A cue introduces the quote: the words before it end with a comma, colon or speech verb."""
    if raw.cue is None:
        return False
    lead_in = text[max(para_start, raw.open_pos - 40) : raw.open_pos].rstrip()
    return lead_in[-1:] in ",:" or _ends_with_verb(lead_in)


def _ends_with_verb(text: str) -> bool:
    """A speech verb ends `text` (right-stripped), maybe followed by "that" and a comma."""
    return _VERB_END_REVERSED.match(text[::-1]) is not None


def _mask_abbreviation(m: re.Match[str]) -> str:
    dot = m.start()
    word = _ABBREV_WORD.search(m.string, max(0, dot - 4), dot).group()
    return "\u2024" if len(word) == 1 or word in CLAUSE_ABBREVIATIONS else "."


def mask(text: str) -> str:
    """Abbreviation dots become a same-width dot leader, so '.' can end a clause in regexes."""
    text = _ABBREV_DOT.sub(_mask_abbreviation, text)
    # Parentheticals first: a tag inside one has lost its dot by the second pass, as when one
    # pattern matched both and the parenthetical, starting first, took the tag.
    text = _PAREN_NOTE.sub(_mask_dots, text)
    return _PARTY_TAG.sub(_mask_dots, text)


def _mask_dots(m: re.Match[str]) -> str:
    return m.group().replace(".", "\u2024")


def attribute(text: str, raws: list[RawQuote], paras: list[tuple[int, int]]) -> None:
    """Attribute every raw quote (cue after, else before, else a colon paragraph) and classify."""
    for raw in raws:
        attribute_after(text, raw, paras[raw.para][1])
        fps = paras[raw.first_para][0]
        quote = raw_text(text, raw)
        if raw.speaker is None:
            if _never_speech(text, raw, fps, quote):
                continue  # not speech, and its cue would show nowhere: `speech` stays False
            sp, cue = attribute_before(text[fps : raw.open_pos])
            if (
                sp is None
                and cue is None
                and not text[fps : raw.open_pos].strip()
                and raw.first_para
            ):
                prev_s, prev_e = paras[raw.first_para - 1]
                if text[prev_s:prev_e].rstrip().endswith(":"):
                    sp, cue = attribute_before(text[prev_s:prev_e])
            if sp is None and cue is None and not text[fps : raw.open_pos].strip():
                sp, cue = _next_sentence(text, raw)
            raw.speaker, raw.cue = sp, cue
        raw.speech = classify(text, raw, fps, quote)


def _main_clauses(text: str) -> list[str]:
    """The clauses of `text` (as CLAUSE_SPLIT cuts them) that no subordinating word opens:
    in "In June, after Lee fell ill, Axel wrote to her, telling her" Lee is no subject."""
    out: list[str] = []
    start, lead = 0, ""
    for m in [*CLAUSE_SPLIT.finditer(text), None]:
        clause = text[start : m.start() if m else len(text)]
        words = (lead + " " + clause).lower().split()
        if not (words and words[0] in SUBORDINATORS):
            out.append(clause)
        if m is not None:
            start, lead = m.end(), m.group().strip(",; —–-")
    return out


def _next_sentence(text: str, raw: RawQuote) -> tuple[Speaker | None, str | None]:
    """A quote that opens its paragraph with no cue, then a sentence whose subject speaks
    ('“We are ready.” Lee said the team had trained all winter.'): the quote is theirs."""
    inner = text[raw.spans[-1][0] : raw.spans[-1][1]].rstrip(" \t\n’'\"”»")
    if not raw.closed or inner[-1:] not in ".!?":
        return None, None
    m = _NEXT_SENTENCE.match(text, raw.close_pos + 1)
    if m is None:
        return None, None
    return parse_speaker(m.group("who")), tidy(m.group("verb"))


def _never_speech(text: str, raw: RawQuote, para_start: int, quote: str) -> bool:
    """`classify` says no whatever cue or speaker the words before the quote give it.

    No words; a lower-case fragment of up to four words; or a quote inside the reporter's
    sentence (after a letter, say) that no speech verb introduces. Such a quote cannot head a
    split quote either (only one with a cue after it can), so it needs no cue at all.
    """
    before = text[max(para_start, raw.open_pos - 60) : raw.open_pos].rstrip()
    prev = before[-1:]
    if prev and prev not in '.!?:;—–-("“”»«,' and not _ends_with_verb(before):
        return True
    n = count_words(quote, 5)
    return n == 0 or (n <= 4 and quote.lstrip(".…[( ")[:1].islower())
