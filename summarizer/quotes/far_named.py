"""Whether the person a pronoun found was named too far back to credit with the quote.

'Lee ... . Ray ... . He said: "': the search back for "he" finds Lee, but with sentences about
others between, a reader would not know it is Lee; a guess puts words in someone's mouth. This
module decides which of the sentences in between still speak of the person (the pronoun's own,
a given name, a re-description, one that only people of the other gender open) before
`confidence.far_antecedent` counts the rest. Apart from `resolve`, which finds the person: this
judges a found one.
"""

from __future__ import annotations

import re

from summarizer.quotes.cast import Cast
from summarizer.quotes.confidence import far_antecedent
from summarizer.quotes.gender import given_gender, pronoun_gender, says_gender
from summarizer.quotes.names import NameIndex
from summarizer.quotes.narration import pronoun_subject
from summarizer.quotes.redescribe import opens_with, redescribes
from summarizer.quotes.word_patterns import led_pronoun, whole_word

_FIRST_WORD = re.compile(r"[^\W\d_]+")


def named_far(
    masked: str, index: NameIndex, cast: Cast, start: int, end: int, who: str, pronoun: str
) -> bool:
    """Whether `who`, the pronoun's person, was last named `FAR_SENTENCES` or more sentences
    before the pronoun at `end` (`confidence.far_antecedent`); the search read from `start`."""
    last = [p for p, n in index.mentions_between(start, end) if index.resolve_name(n) == who]
    if not last:
        return False

    parts = who.split()
    given = parts[0] if len(parts) > 1 and parts[0][:1].isupper() else ""
    gender = pronoun_gender(pronoun)
    others = _other_gender(index, cast, last[-1], end, who, gender)

    def own(sentence: str) -> bool:
        if opens_with(sentence, pronoun) or pronoun_subject(sentence, pronoun):
            return True  # "On Friday, he said ...": a clause of its own
        if led_pronoun(pronoun).match(sentence.lstrip()):
            return True  # "Now she's focused on ...", "But he wants ...": hers too
        if given and whole_word(given).search(sentence):
            return True  # "Pat lost her husband": named again by her given name
        if others is not None and _opens_with_other(sentence, others, gender or ""):
            return True  # "Tom lost to Ray.": only men, no "she" there (Session 20b)
        return redescribes(sentence)

    return far_antecedent(masked, last[-1], end, own)


def _other_gender(
    index: NameIndex, cast: Cast, start: int, end: int, who: str, gender: str | None
) -> tuple[str, ...] | None:
    """The names between `start` and `end` when every one is someone else's, of the gender
    opposite to `gender`: a sentence one of them opens, with no word of `gender` ("her",
    "mother") to bring in anyone unnamed, leaves "she" to the woman named before it ("Ann
    was nominated. Tom and Ray got fewer votes. She said: ..."). None when a name there
    could be the pronoun's, or `gender` is None."""
    if gender is None:
        return None
    other = "m" if gender == "f" else "f"
    mentions = index.mentions_between(start + 1, end)
    names = {n for _, n in mentions}
    if any(
        index.resolve_name(n) == who
        or cast.fits(index.resolve_name(n), gender)
        or not cast.fits(index.resolve_name(n), other)
        for n in names
    ):
        return None  # someone there could be the pronoun's: no sentence is skipped
    return tuple(names)


def _opens_with_other(sentence: str, others: tuple[str, ...], gender: str) -> bool:
    """`sentence` opens with one of `others` or a given name of the gender opposite to
    `gender` ("Tom, 19, lost ...") and holds no word of `gender`, nor a given name of it."""
    first = _FIRST_WORD.match(sentence)
    if not (
        sentence.startswith(others) or (first and given_gender(first.group()) not in (None, gender))
    ):
        return False
    if says_gender(sentence, gender):
        return False
    words = _FIRST_WORD.findall(sentence)
    return not any(w[:1].isupper() and given_gender(w) == gender for w in words)
