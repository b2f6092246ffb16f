"""Page furniture that slips into article text: bylines, timestamps, calls to action, labelled
photo captions.

Apart from the ranking that weighs them down (`summary.ranking`), so the one regex with a
history of super-linear backtracking (docs/fuzzing.md) is read, tested and fuzzed on its own.
"""

from __future__ import annotations

import re

# The byline branch takes the longest run of spaces and one dot after "by" at once (atomic):
# "by" and a run of n spaces that ends in no byline made `\s*\.?\s*` try all n² ways of
# sharing it. The longest run loses no match but one where the closing " ." starts inside
# that run ("by ." and "by . ."), which the two branches after it match. Possessive runs
# elsewhere: no character after them is a space.
_BOILERPLATE_RE = re.compile(
    r"""^\s*+(?:
        by(?:(?>\s*\.?\s*)[\w.\s'-]{0,60}?(?:reporter|correspondent|editor|writer|staff|\s\.)
           |\s+\.|\s*\.\s+\.)\s*+\.?\s*+$
      | (?:published|updated|last\s+updated|posted|modified)\s*+:?\s*+(?:at\s*+)?[\d|.:]
      | (?:scroll\s+down|click\s+here|read\s+more|related\s*:|advertisement\b|follow\s+@
           |sign\s+up\b|subscribe\b|share\s+this|copyright\b|all\s+rights\s+reserved
           |©|image\s+(?:copyright|caption)|photo\s*:|video\s*:|watch\s*:)
    )""",
    re.IGNORECASE | re.VERBOSE,
)


def is_boilerplate(text: str) -> bool:
    """Page furniture that slips into article text: bylines, timestamps, calls to action,
    labelled photo captions."""
    return (
        bool(_BOILERPLATE_RE.match(text))
        or "PUBLISHED:" in text
        or "UPDATED:" in text
        or is_labelled_caption(text)
    )


_SENTENCE_CLOSERS = ".!?…\"'”’)]"
CAPTION_LABEL_WORDS = 3  # "Much missed:", "Gruesome discovery:" at most this long
CAPTION_MIN_WORDS = 6  # what the caption says after its label


def is_labelled_caption(text: str) -> bool:
    """A photo caption as tabloids print them: a short label, a colon, a description and no
    full stop ("Much missed: Ann Lee was found at her home earlier this month"). The story's
    own sentences end in a mark; an interview's "LEE: ..." answer does too."""
    text = text.strip()
    if not text or text[-1] in _SENTENCE_CLOSERS:
        return False
    label, colon, rest = text.partition(": ")
    words = label.split()
    return (
        bool(colon)
        and 1 <= len(words) <= CAPTION_LABEL_WORDS
        and label[:1].isupper()
        and all(word.replace("'", "").replace("’", "").isalpha() for word in words)
        and rest[:1].isupper()
        and len(rest.split()) >= CAPTION_MIN_WORDS
    )
