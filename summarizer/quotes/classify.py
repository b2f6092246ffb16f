"""Whether a quote reads as speech: titles, scare quotes and fragments of the reporter's own
sentence are not."""

from __future__ import annotations

import re

from summarizer.quotes.cues import CuePatterns, cue_patterns
from summarizer.quotes.mark_rules import SENTENCE_CLOSE, glued_open
from summarizer.quotes.phrase_lexicon import TERM_LEAD_INS
from summarizer.quotes.pronoun_lexicon import FIRST_OR_SECOND_PERSON_WORDS
from summarizer.quotes.raw_quote import RawQuote, raw_text
from summarizer.quotes.verbs import ALL_LANGUAGES, ends_in_other_verb
from summarizer.quotes.word_kinds import count_words

# Words that end a lead-in to a title or term ("the so-called"), any case. Tested as "does the
# text end with one", by one anchored match on the reversed text (searching for the words at
# every position is slow: case-insensitive letters give the engine no quick test).
# The word must be whole: "recalled" ends in "called" but brings in speech, not a term
# ('Sir Ed later recalled "We did not know ..."' was dropped as a title; session 20).
_TERM_END_REVERSED = re.compile(
    r"\s*(?:"
    + "|".join(re.escape(t[::-1]).replace(r"\ ", r"\s+") for t in TERM_LEAD_INS)
    + r")(?![\w'’-])",
    re.IGNORECASE,
)


# Speech in the first or second person ("US" is no "us"), for `_glued`.
_FIRST_OR_SECOND_PERSON = re.compile(
    r"\b(?:"
    + "|".join(
        w if w == "I" else f"[{w[0].upper()}{w[0]}]{w[1:]}" for w in FIRST_OR_SECOND_PERSON_WORDS
    )
    + r")\b|\bI[’']"
)
# A sentence's end inside a quote, then the next sentence: no phrase of the reporter's own
# sentence holds one (abbreviation dots are masked before quotes are read).
_INNER_STOP = re.compile(r"[.!?…] [A-Z]")
# A single mark after a word and before a space inside a quote: it closed something else.
_STRAY_MARK = re.compile(r"[^\W\d_]['’]\s")


def classify(
    text: str, raw: RawQuote, para_start: int, cues: CuePatterns, quote: str | None = None
) -> bool:
    """Speech, or a title / scare quote / fragment inside the reporter's own sentence?

    Also records on `raw` whether the quote opens a sentence (only such a quote can head a
    quote split around its attribution). `never_speech` foresees some of its noes: keep the
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
    glued = _glued_mark(text, raw.open_pos)  # a caption's last word before it: no term
    at_start = at_start or _after_closed_sentence(before) or glued
    if raw.cue and raw.speaker is not None and prev and prev not in ".!?:;—–(":
        at_start = at_start or _ends_with_verb(before, cues) or _glued(raw, prev, quote, n)
    raw.opens_sentence = (at_start or (prev == "," and n >= 4)) and not lower
    # A fragment of the reporter's sentence (the cue test, the costlier, only when needed):
    if lower and (n <= 4 or not _cued(text, raw, para_start, cues)):
        return False
    if not at_start and not (prev == "," and n >= 4):
        return False
    if prev.isalpha() and not glued and _TERM_END_REVERSED.match(before[::-1]):  # cheap first
        return False
    long_enough = n >= 4 if raw.cue else n >= 6
    bare = not raw.cue and quote[-1:] not in ".!?,"
    # after a colon with no stop of its own, cue or not: a label's or a motto's title
    # ('Hollywood Reporter: "Mad Men\'s" return', 'a motto: "Ars Gratia Artis"')
    bare = bare or (prev == ":" and quote[-1:] not in ".!?,…")
    if bare or prev == "," or prev.isalpha():
        caps = [w for w in quote.split() if len(w) > 3]
        if caps and all(w[0].isupper() for w in caps) and (bare or len(caps) >= 2):
            # a title; after a word or a comma, cue or not ('sang on her hit, "Paper Hearts
            # On Fire."'): a sentence quoted there has long words in lower case
            return False
    return long_enough or (raw.speaker is not None and n >= 2)


def _glued(raw: RawQuote, prev: str, quote: str, n: int) -> bool:
    """'... with her sister Joy, right 'I still love a late night,' she said': a photo
    caption run into the text without its stop puts a word right before a quote that opens
    its sentence. Such a quote speaks in the first or second person or holds more than one
    sentence ("... ago on an unscheduled trip. Destination unknown,' tweeted Jo Tau"), has a
    cue after it and four words or more, and is no title (not every long word capitalised)."""
    if not prev.isalpha() or n < 4 or raw.cue_end <= raw.close_pos or not quote[:1].isupper():
        return False
    if _STRAY_MARK.search(quote):
        return False  # "Live' meant a lot to me ...": a mark inside, paired with the wrong one
    if all(w[:1].isupper() for w in quote.split() if len(w) > 3):
        return False
    return (
        _FIRST_OR_SECOND_PERSON.search(quote) is not None or _INNER_STOP.search(quote) is not None
    )


def _glued_mark(text: str, open_pos: int) -> bool:
    """ "... in celebration ' I was shocked,' he said": a single mark spaced from the words on
    both sides after a word opened a paragraph that a caption without its stop ran into
    (`mark_rules.glued_open`), so the quote opens its sentence."""
    return text[open_pos + 1 : open_pos + 2] == " " and glued_open(text, open_pos)


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


def _after_closed_sentence(before: str) -> bool:
    """ "... the mast.' ' It was ...": the text before the quote ends with a single quote's
    closing mark after its sentence's end, as where the Daily Mail's paragraphs ran together."""
    return before[-1:] in ("'", "’") and before[-2:-1] in SENTENCE_CLOSE


def never_speech(text: str, raw: RawQuote, para_start: int, quote: str, cues: CuePatterns) -> bool:
    """`classify` says no whatever cue or speaker the words before the quote give it.

    No words; a lower-case fragment of up to four words; or a quote inside the reporter's
    sentence (after a letter, say) that no speech verb introduces. Such a quote cannot head a
    split quote either (only one with a cue after it can), so it needs no cue at all.
    """
    before = text[max(para_start, raw.open_pos - 60) : raw.open_pos].rstrip()
    prev = before[-1:]
    if prev and prev not in '.!?:;—–-("“”»«,' and not _ends_with_verb(before, cues):
        return not (_after_closed_sentence(before) or _glued_mark(text, raw.open_pos))
    n = count_words(quote, 5)
    return n == 0 or (n <= 4 and quote.lstrip(".…[( ")[:1].islower())
