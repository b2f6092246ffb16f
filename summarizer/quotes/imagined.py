"""A line nobody said: what the reporter imagines the reader or people at large would say.

'Some of you are probably saying, "I know Illinois ..."', 'when they heard the price, they'd
all react the same way: "I could have a Mercedes for that."': words in quotation marks that
no one spoke, shown as a key quote they read as someone's words (session 20, two of them in
90 replies). The sign is the lead-in right before the mark: a speaker anyone could be ("you",
"they", "people") and a hedge ("would", "'d", "are probably") before a verb of saying or
reacting. Only a quote that no cue credits is dropped: "He would later say: ..." keeps its
speaker, and a named person's hedged words are theirs.
"""

from __future__ import annotations

import re

from summarizer.quotes.phrase_lexicon import IMAGINED_HEDGES, IMAGINED_SPEAKERS, IMAGINED_VERBS

LEAD_REACH = 120  # characters of the lead-in read before the opening mark


def _alternation(words: tuple[str, ...]) -> str:
    """The words as one regex alternation, longest first, a space matching any whitespace."""
    return "|".join(
        re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True)
    )


# A hedge glued to the pronoun ("they'd") or after a space ("you might").
_IMAGINED = re.compile(
    rf"(?<![\w'’])(?:{_alternation(IMAGINED_SPEAKERS)})(?:\s+(?:all|both)\s+)?"
    rf"(?:\s*(?:{_alternation(IMAGINED_HEDGES)}))\s+(?:all\s+|both\s+|just\s+|then\s+)?"
    rf"(?:{_alternation(IMAGINED_VERBS)})\b[^.!?\"“”]{{0,40}}[,:]?\s*$",
    re.IGNORECASE,
)


def imagined(text: str, para_start: int, open_pos: int) -> bool:
    """Whether the words right before the quote's opening mark (`open_pos`, in the paragraph
    that starts at `para_start`) bring in a line that anyone at all might say, no one did."""
    lead = text[max(para_start, open_pos - LEAD_REACH) : open_pos]
    return _IMAGINED.search(lead) is not None
