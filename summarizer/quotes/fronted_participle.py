"""A cue sentence that opens with a participle phrase: "Commenting on Mr Orlov's case, he
said:". The phrase has no subject of its own; the pronoun after its comma is its subject, so
a name inside it ("Orlov") is only what the phrase speaks of, never whom "he" means. The
narration that may name the pronoun's person then ends where that sentence starts, and the
sentence before gives the subject (reading24e: a former agent's words about another man went
to nobody, the other man's name ending the search as an object).
"""

from __future__ import annotations

import re

from summarizer.quotes.narration import SENTENCE_END

# An -ing participle or a past participle of asking, then up to ten words with no comma, then
# the comma right before the pronoun.
_LEAD = re.compile(r"(?:[A-Z][a-z]+ing|Asked|Pressed|Questioned)\b[^,;:.!?\"“”]{1,80},[ \t]*\Z")


def participle_lead(masked: str, start: int, pos: int) -> int:
    """Where the narration before the pronoun at `pos` ends: the start of its sentence when
    that sentence (read from `start` on) opens with a participle phrase before it, else `pos`."""
    cuts = [start, *(m.end() for m in SENTENCE_END.finditer(masked, start, pos))]
    first = cuts[-1]
    lead = masked[first:pos].lstrip()
    if _LEAD.match(lead) and len(lead.split()) <= PHRASE_WORDS:
        return first
    return pos


PHRASE_WORDS = 11  # the longest participle phrase read before the pronoun
