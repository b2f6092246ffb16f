"""Words on the border of names, read by their position (`names.NameIndex`): a surname that
is also a function word ("Al From", "Theresa May"; not "In May,", "From 2010"), a speech verb
before a name in an inverted cue ('Said Comey, "...', not the given name Said), and a
capitalised word after "the" that speaks ("The German also admitted"), which describes
someone and names no one."""

from __future__ import annotations

import re

from summarizer.quotes.name_lexicon import MONTH_LEADS, NOT_NAMES, SURNAME_WORDS
from summarizer.quotes.verbs import VERB_SET


def surname_word(tokens: list[str]) -> bool:
    """A run that ends in a surname that is also a function word, after a given name: "Al
    From", "Theresa May" (not "Jordan. May", a sentence's first word)."""
    return (
        len(tokens) > 1
        and tokens[-1] in SURNAME_WORDS
        and tokens[-2][:1].isupper()
        and tokens[-2][-1:].isalpha()
        and tokens[-2] not in NOT_NAMES
    )


def function_use(text: str, start: int, word: str) -> bool:
    """A mention of a surname that is also a function word used as that word: after a month's
    preposition ("In May,"), before a number ("May 5", "From 2010"), or opening a clause with
    no speech verb after it ("From the start, ...")."""
    before = text[max(0, start - 12) : start].split()
    if before and before[-1].lower().strip(",") in MONTH_LEADS:
        return True
    after = text[start + len(word) : start + len(word) + 20].split()
    if not after or after[0][:1].isdigit():
        return True
    return word == "From" and after[0][:1].islower() and after[0] not in VERB_SET


# After an inverted cue's name ('Said Comey, "...'): a comma or colon, then the quote.
_BEFORE_QUOTE = re.compile(r"[ \t\u00a0]*[,:][ \t\u00a0]*[\"“„«‘']")


def inverted_cue(run: str, text: str, end: int) -> bool:
    """A run that opens with a capitalised speech verb and ends right before a comma or colon
    and a quote ("Said Comey,", "Says Lee:", "Added Jo Lee,"): an inverted cue."""
    return run.split(None, 1)[0].lower() in VERB_SET and _BEFORE_QUOTE.match(text, end) is not None


_ARTICLE_BEFORE = re.compile(r"(?:^|\W)the[ \t\u00a0]+$")


def article_before(text: str, m: re.Match[str]) -> bool:
    """One capitalised word after "the" that speaks ("The German also admitted", "the Dutchman
    said") describes someone: no one's name follows an article."""
    words = m.group().split()
    if len(words) == 2 and words[0] == "The":
        return True
    start = max(0, m.start() - 5)
    return len(words) == 1 and _ARTICLE_BEFORE.search(text, start, m.start()) is not None
