"""A speaker's name without the court office, party or seat before it or the letters after
it: British court reports write "Mr Recorder Alan Pickering QC" and "Jo Lee MBE", "MP Jo Lee"
puts the seat first, and "Lib Dem Jo Lee" the party. Why: those words are no part of the name
a reader knows, and the letters after it end the string where the surname should be.
"""

from __future__ import annotations

from summarizer.quotes.name_lexicon import PARTY_LABELS
from summarizer.quotes.pronoun_lexicon import COURTESY_TITLES

# Letters after a name: honours, silk and seats ("QC", "OBE", "MP"); as written, in capitals.
POST_NOMINALS = frozenset(["QC", "KC", "MP", "MEP", "MSP", "MBE", "OBE", "CBE", "KBE", "DBE", "JP"])
# Seats written before a name as a role ("the committee chairman, MP Jo Lee"): no part
# of the name either.
SEAT_LETTERS = frozenset({"MP", "MEP", "MSP"})
# Court offices written between a courtesy title and the name ("Mr Recorder Alan Pickering").
COURT_OFFICES = frozenset({"Recorder"})
MIN_NAME_WORDS = 2  # what is left must still be a full name ("Alan Pickering")


def bare_name(who: str) -> str:
    """`who` without a leading party label, seat or court office (and the courtesy title
    before it) and without trailing post-nominal letters, when a full name of MIN_NAME_WORDS
    words is left."""
    words = who.split()
    while len(words) > MIN_NAME_WORDS and words[-1].strip(",.") in POST_NOMINALS:
        words.pop()
    for label in PARTY_LABELS:  # "Lib Dem Jo Lee" (longest labels first)
        if len(words) - len(label) >= MIN_NAME_WORDS and tuple(words[: len(label)]) == label:
            words = words[len(label) :]
            break
    if len(words) > MIN_NAME_WORDS and words[0] in SEAT_LETTERS:
        words = words[1:]  # "MP Jo Lee", "Labour MP Jo Lee"
    lead = 1 if len(words) > 1 and words[0].rstrip(".") in COURTESY_TITLES else 0
    if len(words) - lead > MIN_NAME_WORDS and words[lead] in COURT_OFFICES:
        words = words[lead + 1 :]
    return " ".join(words)
