"""The narration after a quote's cue hands the floor to someone else.

'"A," Lee said, and her husband cut in. "B."' and '"A," Tom Lee said. Ann Lee shook her head.
"B."': B comes after a clause or a sentence whose subject is another person, and it is that
person's turn to speak, not the head speaker's going on (reading23c: a wife's words ran on
with her husband's quote and his with hers, both printed under one name). `merge.speaks_on`
asks this before joining a quote with no cue of its own to the one before.
"""

from __future__ import annotations

import re

from summarizer.quotes.pronoun_lexicon import THIRD_PERSON
from summarizer.quotes.subjects import clause_subject
from summarizer.quotes.verbs import VERB_SET

# Verbs of taking the floor that are no speech verb of the cue lists ("cut in" is also a
# noun's: "a cut in taxes"); read only at the end of a clause after the cue.
_TAKES_FLOOR = ("cut in", "broke in", "interrupted", "interjected", "chimed in", "jumped in")
# The cue sentence going on with a clause of its own: ", and her husband cut in."
_CLAUSE = re.compile(r",[ \t]+(?:and|but|then|before|when)[ \t]+(?P<clause>[^,;:.!?]+)[.!?]\s*$")
# A sentence end, then the next sentence.
_SENTENCE_END = re.compile(r"[.!?…][\"”’']?[ \t]+(?=\S)")


def hands_over(gap: str, speaker: str) -> bool:
    """Whether the narration `gap` between a quote's cue (of `speaker`, as written) and the
    next quote ends with someone else taking the floor: the cue's sentence goes on with a
    clause whose subject is not the speaker and whose verb is one of speech, or the last whole
    sentence opens with another person's name."""
    key = speaker.split()[-1]
    ends = [m.end() for m in _SENTENCE_END.finditer(gap)]
    cue_sentence = gap[: ends[0]] if ends else gap
    m = _CLAUSE.search(cue_sentence.rstrip())
    if m is not None and _other_takes_floor(m.group("clause"), key):
        return True
    if not ends:
        return False
    last = gap[ends[-1] :].strip()
    return _other_name_opens(last, speaker)


def _other_takes_floor(clause: str, key: str) -> bool:
    words = clause.split()
    if (
        len(words) < 2
        or words[0] in VERB_SET
        or re.match(rf"(?:{re.escape(key)}|{THIRD_PERSON})\b", clause)
    ):
        return False
    tail = " ".join(words[-2:])
    return words[-1] in VERB_SET or tail in _TAKES_FLOOR or words[-1] in _TAKES_FLOOR


def _other_name_opens(sentence: str, speaker: str) -> bool:
    """The sentence's subject is a full name that is not the speaker's: another surname, or
    the same surname with another given name ("Ann Lee" after "Tom Lee")."""
    if not sentence or sentence[-1:] not in ".!?":
        return False
    subject = clause_subject(sentence)
    if subject is None or subject.kind != "name":
        return False
    words, own = subject.text.split(), speaker.split()
    if own[-1] not in words:
        return len(words) >= 2
    return len(words) >= 2 and len(own) >= 2 and words[0] != own[0]
