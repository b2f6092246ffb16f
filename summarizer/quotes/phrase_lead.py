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

from summarizer.quotes.lead_lexicon import LEADING_OBJECT, LEADING_PARTICLE, LEADING_TIME

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


def _cue_words_off(lead: str) -> str:
    """`lead` without the cue's time, object or particle before its own words ("Sunday that"
    -> "", "Clinton Friday how the" -> "how the", "on to call Cruz" -> "Cruz")."""
    lead = LEADING_PARTICLE.sub("", lead)
    lead = LEADING_OBJECT.sub("", LEADING_TIME.sub("", lead))
    return _THAT.sub("", lead)
