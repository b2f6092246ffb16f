"""The reporter's words that lead into a quoted phrase: 'Pompeo said the settlements were
"not, per se, inconsistent with international law"' leads in with "the settlements were".

A phrase alone ("… not, per se, inconsistent with international law") rarely makes sense as a
key quote; issue #17 asks to show one "with enough of its sentence around it to make sense",
and session 19's third reading of real pages' replies found three such bullets that meant
nothing alone ("… in two or three days"). The lead is the phrase's own sentence up to its
opening mark, after the last speech word of the cue ("said", "told"), at most LEAD_WORDS words.
"""

from __future__ import annotations

import re
from functools import cache

from summarizer.quotes.lead_lexicon import LEADING_OBJECT, LEADING_PARTICLE, LEADING_TIME
from summarizer.quotes.speech_lexicon import ACCORDING_PHRASES
from summarizer.quotes.verbs import alternation, longest_first, vocabulary

LEAD_WORDS = 12  # the lead's last words at most; a longer one starts with "…"
REACH = 400  # characters read back for the sentence's start
# A sentence's start: after its end punctuation (maybe a closing mark) and space, or a line.
_SENTENCE_END = re.compile(r"[.!?…][\"”’'»]?\s+|\n")
# What a cue leaves before the lead's first word: 'Lee said, the public "..."' leads with "the
# public", not ", the public" (a blind A/B of replies, session 19).
_LEAD_PUNCTUATION = " ,;:—–-"
_THAT = re.compile(r"^(?:that|dass|que|che|dat|что)(?:\s+|$)", re.IGNORECASE)


def phrase_lead(text: str, start: int, cue_word: re.Pattern[str]) -> str:
    """The words before the phrase whose text starts at `start` (right after its opening mark),
    from its sentence's start or its cue's last speech word (`cue_word`), whichever is later;
    "" when none are left."""
    mark = max(0, start - 1)
    low = max(0, mark - REACH)
    head = text[low:mark]
    ends = [m.end() for m in _SENTENCE_END.finditer(head)]
    lead = head[ends[-1] :] if ends else head
    verbs = list(cue_word.finditer(lead))
    if verbs:
        lead = lead[verbs[-1].end() :]
    lead = _cue_words_off(" ".join(lead.split()).lstrip(_LEAD_PUNCTUATION))
    words = lead.split()
    if len(words) > LEAD_WORDS:
        return "… " + " ".join(words[-LEAD_WORDS:])
    return lead


@cache
def lead_cues(languages: frozenset[str]) -> re.Pattern[str]:
    """A speech verb's first word in one of `languages` ("said", "went" of "went on") or its
    "according to" word: where a cue's words end. Not `Vocabulary.cue_word`, which takes the
    first words of every language's verb phrases: the "a" of French "a déclaré" is the
    English article, and the lead was cut after it ("Sunday at a Las Vegas rally to end" ->
    "Las Vegas rally to end", reading24)."""
    according = [ACCORDING_PHRASES[lang] for lang in languages if lang in ACCORDING_PHRASES]
    words = {v.split()[0] for v in (*vocabulary(languages).verbs, *according)}
    return re.compile(r"(?<![\w\u2024])" + alternation(longest_first(words)) + r"(?![\w\u2024])")


def _cue_words_off(lead: str) -> str:
    """`lead` without the cue's time, object or particle before its own words ("Sunday that"
    -> "", "Clinton Friday how the" -> "how the", "on to call Cruz" -> "Cruz")."""
    lead = LEADING_PARTICLE.sub("", lead)
    lead = LEADING_OBJECT.sub("", LEADING_TIME.sub("", lead))
    return _THAT.sub("", lead)
