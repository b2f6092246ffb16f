"""An office written before its holder's name after a comma ('," said Firm Chief Sales
Officer and Deputy Chair, Jo Lee.'): the capitalised office reads as a name ("Sales
Officer") unless the words are known to end in a role or title; the name after the comma is
the speaker (Session 13, second pass).
"""

from __future__ import annotations

from summarizer.quotes.name_lexicon import ROLES
from summarizer.quotes.word_kinds import TITLE_SET


def office(phrase: str) -> bool:
    """`phrase` ends in a role or title word ("... and Deputy CEO", "Senior Vice President")
    and has at least two words: an office, not a person's name."""
    words = phrase.split()
    if len(words) < 2:
        return False
    last = words[-1].strip(".,").lower()
    return last in ROLES or last in TITLE_SET
