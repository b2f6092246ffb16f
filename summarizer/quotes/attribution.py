"""Attribution cues around a raw quote, and whether the quote reads as speech at all.

After the quote: '," Putin said', '," said the head of X', '," according to X', '». — заявил X'.
Before it: 'X said: "', 'X told reporters, "', 'According to X, "', '..., saying, "', and a
paragraph ending in a colon. Titles, scare quotes and fragments of the reporter's own sentence
are not speech. Abbreviation dots are masked first ("Sen.", "(R-Fla.)") so '.' ends clauses.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, cached_property

from summarizer.quotes.lexicon import (
    CLAUSE_FILLERS,
    IMPERSONAL_SUBJECTS,
    OBJECT_LEAD_INS,
    OBJECT_VERBS,
    OUTLET_VERBS,
    PLACE_PREPOSITIONS,
    RELATIVE_SUBJECTS,
    SPEECH_ADVERBS,
    SUBORDINATORS,
    TERM_LEAD_INS,
    WITH_WORDS,
)
from summarizer.quotes.marks import RawQuote, raw_text, tidy
from summarizer.quotes.speakers import (
    ACCORDING,
    ADVERBS,
    CONNECTORS,
    PRONOUNS,
    Speaker,
    clean_name,
    count_words,
    is_personal_pronoun,
    is_title,
    parse_speaker,
    take_np,
)
from summarizer.quotes.verbs import (
    ALL_LANGUAGES,
    PARTICIPLES,
    ends_in_other_verb,
    vocabulary,
)
from summarizer.text.lexicon import CLAUSE_ABBREVIATIONS, UPPER
from summarizer.text.tokenize import last_sentence

_OPENS_NEXT = re.compile(r"\s*[,:]\s*[\"“«„‘]")
_CAPITAL_NEXT = re.compile(r"\s[" + UPPER + "]")
_END_PUNCT = ",.!?…—–-:;"
HEADLINE_WORDS = 3  # long words, all capitalised, that make a line before a colon a title
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
_POST_ACCORDING = re.compile(_CUE_GAP + ACCORDING + r"\s+(?P<rest>[^\n]{1,160})", re.I)
# Necessary for `post_name_first`: its verb follows whitespace and comes before the first mark
# its subject cannot cross. The search is cheap; the full pattern fails slowly (lazy subject).
_NAME_STOP = re.compile(r"[.!?;:\"“”«»„]")
_TAIL_OK = re.compile(
    r"(?:[.,;:!?]|\s(?:in|on|at|during|to|as|after|when|while|before|of|from|via|last|this|"
    r"earlier|later|recently|reporters?|journalists|CNN|\w+day)|$)",
    re.I,
)
_ENDS_WITH_NAME = re.compile(
    r"\s((?:[" + UPPER + r"][\w’'\-]+\s){1,2}[" + UPPER + r"][\w’'\-]+):\s*$"
)
_PRE_ACCORDING = re.compile(r"(?:^|,\s*)" + ACCORDING + r"\s+(?P<who>[^,]{1,80}),?\s*$", re.I)
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
# After a closing mark: a new sentence that opens with a name (or he / she) and a speech verb.
_NEXT_SENTENCE = re.compile(
    r"[ \t]+(?P<who>(?:[" + UPPER + r"][\w’'\-]+[ \t]+){0,2}[" + UPPER + r"][\w’'\-]+)"
    r"[ \t]+(?:also[ \t]+)?(?P<verb>said|says|told|tells|added|explained|wrote)\b"
)
_NEW_SENTENCE_PRONOUNS = frozenset({"He", "She", "They", "We", "I"})
# A clause that is a relative pronoun alone ("who", "der", "qui"), maybe with an adverb: the
# name before it is the subject of the speech verb after it.
_RELATIVE_SUBJECT = re.compile(
    r"\s*(?:" + "|".join(RELATIVE_SUBJECTS) + r")(?:\s+(?:also|later|then|\w+ly))?\s*", re.I
)
_RELATIVE_LEAD = re.compile(
    r"^\s*(?:(?:to|in|at|after|for|with|from|of|by)\s+)?(?:which|whom)\s+", re.I
)
_WITH = re.compile(r"(?<!\w)(?:" + "|".join(WITH_WORDS) + r")(?!\w)", re.I)
_ANY_QUOTE_MARK = re.compile(r"[\"“”«»„]")
# A clause that ends with a preposition and a place ("at a rally in Leeds"): a capitalised
# clause after it is the place's region, no speaker.
_PLACE_BEFORE = re.compile(
    r"(?<!\w)(?i:" + "|".join(PLACE_PREPOSITIONS) + r")\s+[" + UPPER + r"][\w’'\-]*\s*$"
)
# Speech adverbs between a name and its verb ("Jo Lee once said"); no "-ly" word, which may
# be a noun ("the Lee family said").
_TRAILING_ADVERBS = re.compile(r"(?:\s+(?:" + "|".join(sorted(SPEECH_ADVERBS)) + r"))+\s*$")
_HAS_CAPITAL = re.compile(r"(?<![\w'’])[" + UPPER + "]")
CLAUSE_SPLIT = re.compile(r",|;|\s[—–-]\s|\s(?:that|and|but|when|while|because|after|so)\s")


@dataclass(frozen=True)
class CuePatterns:
    """The cue patterns that hold the speech verbs of some languages, each compiled on first
    use (`cue_patterns`)."""

    languages: frozenset[str]

    @cached_property
    def _verb(self) -> str:
        return vocabulary(self.languages).verb

    @cached_property
    def cue_word(self) -> re.Pattern[str]:
        return vocabulary(self.languages).cue_word

    @cached_property
    def post_bare(self) -> re.Pattern[str]:
        who = r"(?P<who>(?:[^\W\d_][\w'’\u2024-]*\s){1,3}?)"
        return re.compile(r"\s" + who + r"(?P<verb>" + self._verb + r")(?=[.,]|$)")

    @cached_property
    def post_verb_first(self) -> re.Pattern[str]:
        return re.compile(_CUE_GAP + r"(?P<verb>" + self._verb + r")\s+(?P<rest>[^\n]{1,160})")

    @cached_property
    def post_name_first(self) -> re.Pattern[str]:
        return re.compile(
            r"(?P<lead>[,.!?]?)\s*[—–-]?\s*(?P<who>[^.!?;:\"“”«»„\n]{1,160}?)\s+"
            + ADVERBS
            + r"(?P<verb>"
            + self._verb
            + r")\b(?P<after>.?\s?\w*)"
        )

    @cached_property
    def space_verb(self) -> re.Pattern[str]:
        return re.compile(r"\s" + self._verb + r"\b")

    @cached_property
    def pre_verb(self) -> re.Pattern[str]:
        """The tail ends where the closing run of spaces starts ("(?<!\\s)"): the lazy tail
        then fails at once inside that run instead of reading the rest of it at every one
        of its positions."""
        return re.compile(
            r"^(?P<head>.*)\b(?P<verb>"
            + self._verb
            + r")\b(?P<tail>[^.!?\"“”«»]{0,150}?)(?<!\s)\s*$",
            re.S,
        )

    @cached_property
    def pre_verb_first(self) -> re.Pattern[str]:
        return re.compile(r"^\s*(?P<verb>" + self._verb + r")\s+(?P<who>[^,:.]{1,60})[:,]\s*$")

    @cached_property
    def pre_participle(self) -> re.Pattern[str]:
        return re.compile(
            r"(?:,[”\"’]?|\b(?:upon|by|after|while|before|when))\s*(?P<verb>"
            + "|".join(PARTICIPLES)
            + r")(?:\s+[^,:.\"“”]{1,40})?[,:]?\s*$"
        )

    @cached_property
    def verb_end_reversed(self) -> re.Pattern[str]:
        """A verb, maybe "that", maybe a comma, at the end, read backwards: one anchored match
        instead of a search that tries the long verb alternation at every character."""
        return re.compile(r",?\s*(?:taht\s+)?" + vocabulary(self.languages).verb_reversed)

    @cached_property
    def subject_verb_start(self) -> re.Pattern[str]:
        """A sentence that opens with its subject (a name of up to four words, or a pronoun)
        and a speech verb: "However, King pointed out that ...", "She added that ..."."""
        name = r"[" + UPPER + r"][\w’'\-\u2024]*"
        return re.compile(
            r"\s*(?:(?:However|But|And|Still|Later|Meanwhile|Also|Yet),?\s+)?"
            r"(?P<who>" + name + r"(?:\s+" + name + r"){0,3})\s+(?:also\s+|later\s+)?"
            r"(?P<verb>" + self._verb + r")\b"
        )

    @cached_property
    def verb_first_end(self) -> re.Pattern[str]:
        """', said King' ending a sentence."""
        return re.compile(r",\s*(?P<verb>" + self._verb + r")\s+(?P<who>[^,;:]{1,60})$")

    @cached_property
    def pre_as(self) -> re.Pattern[str]:
        return re.compile(
            r"\b(?:As|as)\s+(?P<who>[^,.:;]{1,60}?)\s+(?P<verb>" + self._verb + r")\b"
        )

    @cached_property
    def reported(self) -> re.Pattern[str]:
        """A speech verb then a name and a speech verb: the second name is the speaker."""
        name = r"[" + UPPER + r"][\w’'\-]+"
        return re.compile(
            r"\s+(?:that\s+)?(?P<who>" + name + r"(?:\s+" + name + r"){0,2})"
            r"\s+(?:had\s+|has\s+)?(?P<verb>" + self._verb + r")\b"
        )


@cache
def cue_patterns(languages: frozenset[str]) -> CuePatterns:
    """The one `CuePatterns` of `languages` (see `verbs.languages_in`)."""
    return CuePatterns(languages)


def _has_cue(text: str, cues: CuePatterns) -> bool:
    """A cue word among the words of `text` (runs of word characters and U+2024)."""
    return cues.cue_word.search(text) is not None


def attribute_after(text: str, raw: RawQuote, para_end: int, cues: CuePatterns) -> None:
    """Set speaker and cue from what follows the closing mark ('," Putin said')."""
    if not raw.closed:
        return
    after = text[raw.close_pos + 1 : min(para_end, raw.close_pos + 240)]
    if not _has_cue(after, cues):
        return  # no speech verb nearby: skip the costly patterns
    inner = text[raw.spans[-1][0] : raw.spans[-1][1]].rstrip(" \t\n’'\"”»")
    punct_after = after[:1] in tuple(",.!?")
    if not (inner and inner[-1] in _END_PUNCT) and not punct_after and after[:2] != " —":
        m = cues.post_bare.match(after)  # sloppy: '“... niches” Grubbs said.'
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
    m = cues.post_verb_first.match(after)
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
    if inner[-1:] in ".!?" and after[:1] == "\n":
        return  # '“... that?”⏎Several leaders, including Jo Lee, commented': a new line
    _name_first_after(after, inner, raw, cues)


def _name_first_after(after: str, inner: str, raw: RawQuote, cues: CuePatterns) -> None:
    """A subject, then its speech verb, after the closing mark ('," Putin said')."""
    stop = _NAME_STOP.search(after, 1)  # after[0] may be the lead punctuation
    if cues.space_verb.search(after, 0, stop.start() if stop else len(after)) is None:
        return
    m = cues.post_name_first.match(after)
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
        reported = cues.reported.match(after, m.end("verb"))
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
    after = tokens[len(lead) : len(lead) + 1]
    if len(lead) == 1 and lead[0].endswith("ing") and after and after[0] in OBJECT_LEAD_INS:
        return None  # "Laying into the record ...": a participle, no name
    sp = parse_speaker(" ".join(lead))
    return sp if sp and sp.kind == "name" else None


def attribute_before(segment: str, cues: CuePatterns) -> tuple[Speaker | None, str | None]:
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
    m = cues.pre_verb_first.match(sentence)
    if m:
        sp = parse_speaker(m.group("who"))
        if sp:
            return sp, tidy(m.group("verb"))
    m = cues.pre_verb.match(sentence)
    if m:
        tail = m.group("tail").strip()
        ok = not tail or tail[-1] in ":," or tail == "that" or len(tail.split()) <= 4
        ok = ok and (len(tail) <= 70 or tail[-1] in ":,")
        if ok and not (tail and tail[-1] not in ":," and tail != "that" and "," in tail):
            clauses = CLAUSE_SPLIT.split(m.group("head"))
            if len(clauses) > 1 and _RELATIVE_SUBJECT.fullmatch(clauses[-1]):
                sp = parse_speaker(_trailing_name(clauses[-2]))  # "..., Jo Lee, who wrote:"
                return (sp, tidy(m.group("verb"))) if sp and sp.kind == "name" else (None, None)
            last = _RELATIVE_LEAD.sub("", clauses[-1])  # "to which Mayweather replies:"
            last = _TRAILING_ADVERBS.sub("", last)  # "Jo Lee once said:"
            sp = parse_speaker(last) if last.strip() else None
            if sp is None and (last == clauses[-1] or not _HAS_CAPITAL.search(last)):
                # "Smith, a spokesman for X, said:" - but not "Jo ..., to which Lee replies:",
                # whose clause names its own subject (an earlier one would be a guess)
                sp = _last_subject(m.group("head"))
            if sp:
                return sp, tidy(m.group("verb"))
    m = cues.pre_participle.search(sentence)
    if m:
        for clause in _main_clauses(sentence[: m.start()]):
            sp = clause_subject(clause)
            if sp:
                return sp, tidy(m.group("verb"))
    if sentence.rstrip().endswith(":"):
        m = cues.pre_as.search(sentence)
        if m:
            return parse_speaker(m.group("who")), tidy(m.group("verb"))
        clauses = CLAUSE_SPLIT.split(sentence)
        if _headline(clauses[-1]):
            return None, ":"  # "Trump Addresses Munich Attack: ‘...’": a title, no speaker
        label = parse_speaker(clauses[-1].rstrip(": "))
        if label and label.kind == "name" and len(clauses[-1].split()) <= 4:
            return label, "name:"  # "Media shares blame - HuffPollster: “...”"
        m = _ENDS_WITH_NAME.search(sentence)
        name = clean_name(m.group(1).split()) if m else []
        if name:  # "... doesn't surprise Republican pollster Daron Shaw:"
            return Speaker("name", " ".join(name)), "name:"
        sp = _last_subject(sentence)
        return (sp, ":") if sp else (None, ":")
    return None, None


def classify(
    text: str, raw: RawQuote, para_start: int, cues: CuePatterns, quote: str | None = None
) -> bool:
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
        at_start = at_start or _ends_with_verb(before, cues)
    raw.opens_sentence = (at_start or (prev == "," and n >= 4)) and not lower
    # A fragment of the reporter's sentence (the cue test, the costlier, only when needed):
    if lower and (n <= 4 or not _cued(text, raw, para_start, cues)):
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


def _cued(text: str, raw: RawQuote, para_start: int, cues: CuePatterns) -> bool:
    """A cue introduces the quote: the words before it end with a comma, colon or speech verb."""
    if raw.cue is None:
        return False
    lead_in = text[max(para_start, raw.open_pos - 40) : raw.open_pos].rstrip()
    return lead_in[-1:] in ",:" or _ends_with_verb(lead_in, cues)


def _ends_with_verb(text: str, cues: CuePatterns) -> bool:
    """A speech verb ends `text` (right-stripped), maybe followed by "that" and a comma."""
    if ends_in_other_verb(text):  # maybe at the end of a longer word: every language's verbs
        cues = cue_patterns(ALL_LANGUAGES)
    return cues.verb_end_reversed.match(text[::-1]) is not None


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


def attribute(
    text: str, raws: list[RawQuote], paras: list[tuple[int, int]], languages: frozenset[str]
) -> None:
    """Attribute every raw quote (cue after, else before, else a colon paragraph) and classify,
    with the speech verbs of `languages`."""
    cues = cue_patterns(languages)
    for raw in raws:
        attribute_after(text, raw, paras[raw.para][1], cues)
        fps = paras[raw.first_para][0]
        quote = raw_text(text, raw)
        if raw.speaker is None:
            if _never_speech(text, raw, fps, quote, cues):
                continue  # not speech, and its cue would show nowhere: `speech` stays False
            sp, cue = attribute_before(text[fps : raw.open_pos], cues)
            if (
                sp is None
                and cue is None
                and not text[fps : raw.open_pos].strip()
                and raw.first_para
            ):
                prev_s, prev_e = paras[raw.first_para - 1]
                if text[prev_s:prev_e].rstrip().endswith(":"):
                    sp, cue = attribute_before(text[prev_s:prev_e], cues)
            if sp is None and cue is None and not text[fps : raw.open_pos].strip():
                sp, cue = _next_sentence(text, raw)
            raw.speaker, raw.cue = sp, cue
        raw.speech = classify(text, raw, fps, cues, quote)
        if raw.speech and raw.speaker is None and raw.cue is None:
            # after `classify`: a speaker from the sentence before makes no quote speech
            before = text[fps : raw.open_pos]
            if not before.strip() and raw.first_para:  # the paragraph before, then
                before = text[slice(*paras[raw.first_para - 1])]
            raw.speaker, raw.cue = _sentence_before(before, cues)


def _trailing_name(clause: str) -> str:
    """The capitalised words that end a clause ("... by former leader Jo Lee" -> "Jo Lee")."""
    words = clause.split()
    k = len(words)
    while k and (words[k - 1][:1].isupper() or words[k - 1] in CONNECTORS):
        k -= 1
    return " ".join(words[k:])


def _headline(sentence: str) -> bool:
    """Title case: every word of four letters or more capitalised, at least HEADLINE_WORDS of
    them ("Lee on Ruiz Releasing Her Speech Transcripts:"), not all in capitals (a kicker
    before a byline: "POLLS WERE RIGHT - Jo Lee:")."""
    words = sentence.split()
    if not words or not words[0][:1].isupper():  # "by The Post's Jo Lee:": a byline
        return False
    long_words = [w for w in words if len(w.strip(":,")) > 3]
    titled = all(w[:1].isupper() for w in long_words) and not all(w.isupper() for w in long_words)
    return len(long_words) >= HEADLINE_WORDS and titled


def _last_subject(text: str) -> Speaker | None:
    """The subject of the last clause of `text` that has one. Passed over: a clause that
    "that" opens, unless the verb ends it ("Lee joked that Rome was the answer, but went on
    to say:"), a name in
    apposition to the object of "with" ("Ana Ruiz, in a joint statement with the party's
    leader, Jo Lee,") and a place after a place ("at a rally in Leeds, Yorkshire,")."""
    clauses = _clauses_with_leads(text)
    for k in range(len(clauses) - 1, -1, -1):
        lead, clause = clauses[k]
        if lead == "that" and k < len(clauses) - 1:  # not the clause the verb ends
            continue
        bare_name = all(w[:1].isupper() for w in clause.split())
        before = clauses[k - 1][1] if k else ""
        if bare_name and (_WITH.search(before) or _PLACE_BEFORE.search(before)):
            continue
        sp = clause_subject(clause)
        if sp:
            return sp
    return None


def _clauses_with_leads(text: str) -> list[tuple[str, str]]:
    """The clauses of `text` as CLAUSE_SPLIT cuts them, each with the word that cut it off
    ("that", "and", ...; "" after a comma or at the start)."""
    out: list[tuple[str, str]] = []
    start, lead = 0, ""
    for m in [*CLAUSE_SPLIT.finditer(text), None]:
        out.append((lead, text[start : m.start() if m else len(text)]))
        if m is not None:
            start, lead = m.end(), m.group().strip(",; —–-").lower()
    return out


def _sentence_before(segment: str, cues: CuePatterns) -> tuple[Speaker | None, str | None]:
    """'... will be welcomed, King said. "Backing up is hard."': a quote right after a sentence
    (in its paragraph, or ending the paragraph before) that names its speaker with a speech
    verb goes on in that speaker's voice. Not after narration that holds a quote (a quote
    split around its cue is `_merge`'s), nor after "The Hill reported." (an outlet)."""
    segment = segment.rstrip()
    if not segment.endswith(".") or segment.endswith(".."):
        return None, None
    if _ANY_QUOTE_MARK.search(segment):
        return None, None  # maybe a quote split around its cue: `_merge` joins its parts
    sentence = last_sentence(segment[:-1])
    sp, verb = _speaker_of_sentence(sentence, cues)
    if sp is None or verb in OUTLET_VERBS:
        return None, None
    return sp, verb


def _speaker_of_sentence(sentence: str, cues: CuePatterns) -> tuple[Speaker | None, str | None]:
    """The speaker a sentence names with its speech verb: its opening subject ("Lee added that
    ..."), or its closing one ("..., Lee said", "..., said Lee")."""
    m = cues.subject_verb_start.match(sentence)
    if m:  # "King added that the deal helped both firms.": the quote after it is King's
        sp = parse_speaker(m.group("who"))
        if sp and (sp.kind == "name" or is_personal_pronoun(sp.text)):
            return sp, tidy(m.group("verb"))
    m = cues.verb_first_end.search(sentence)
    if m and m.group("verb") not in OBJECT_VERBS:
        sp = parse_speaker(m.group("who"))
        return (sp, tidy(m.group("verb"))) if sp and sp.kind == "name" else (None, None)
    m = cues.pre_verb.match(sentence)
    if m is None or m.group("tail").strip():
        return None, None
    last = CLAUSE_SPLIT.split(m.group("head"))[-1]
    sp = parse_speaker(last) if last.strip() else None
    if sp is None or sp.kind not in ("name", "pronoun") or not last.strip()[:1].isupper():
        return None, None
    return sp, tidy(m.group("verb"))


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


def _never_speech(text: str, raw: RawQuote, para_start: int, quote: str, cues: CuePatterns) -> bool:
    """`classify` says no whatever cue or speaker the words before the quote give it.

    No words; a lower-case fragment of up to four words; or a quote inside the reporter's
    sentence (after a letter, say) that no speech verb introduces. Such a quote cannot head a
    split quote either (only one with a cue after it can), so it needs no cue at all.
    """
    before = text[max(para_start, raw.open_pos - 60) : raw.open_pos].rstrip()
    prev = before[-1:]
    if prev and prev not in '.!?:;—–-("“”»«,' and not _ends_with_verb(before, cues):
        return True
    n = count_words(quote, 5)
    return n == 0 or (n <= 4 and quote.lstrip(".…[( ")[:1].islower())
