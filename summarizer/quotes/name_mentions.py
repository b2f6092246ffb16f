"""Where the article's people are mentioned outside quotes, for `names.NameIndex`: each
surname, or a given name standing alone for one person, with a surname two people share
written out in full where the text writes it so.

Apart from `names` because the index says who the people are and this reads where each one
stands (split out of `names` in session 24, behaviour unchanged).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator

from summarizer.quotes.given_names import female_share
from summarizer.quotes.mentions import find_mentions
from summarizer.quotes.name_lexicon import NOT_NAMES, SURNAME_WORDS
from summarizer.quotes.name_spellings import longest_first, particle_led
from summarizer.quotes.name_words import function_use
from summarizer.quotes.shared_surname import titled_other
from summarizer.quotes.word_kinds import TITLE_SET, bare_token
from summarizer.text.lexicon import UPPER

# A capitalised word right after a given name: the two belong to one run ("Jo Lee").
_CAPITAL_NEXT = re.compile(rf"[ \t\u00a0]+[{UPPER}]")
_CONTRACTED = re.compile(r"['’]t\b")  # "Don’t Republicans ...": "Don" there is no given name


def person_mentions(
    text: str,
    people: set[str],
    full: dict[str, str],
    others: dict[str, set[str]],
    blocked: list[tuple[int, int]],
) -> Iterator[tuple[int, str]]:
    """Where `people` (surnames; `full`: their full names, `others`: other people's with the
    same surname) are mentioned outside the `blocked` spans (quotes), in order: (position,
    name as written). Read when first asked, so the dicts are read as they are then."""
    if not people:
        return
    block_starts = [b[0] for b in blocked]
    given = _given_names(people, full, others)
    for start, name in find_mentions(text, people | given.keys()):
        if name in SURNAME_WORDS and function_use(text, start, name):
            continue  # "In May, ...", "from 2010": the word, not the person
        if name in given and not _opens_sentence(text, start, name):
            continue  # only "Jordyn sparkled ...": not "Jo Lee", nor "a great man Jo was"
        j = bisect_left(block_starts, start + 1) - 1
        if j < 0 or not blocked[j][0] <= start < blocked[j][1]:
            yield _shared_in_full(text, full, others, start, name)


def _opens_sentence(text: str, start: int, name: str) -> bool:
    """Whether the given name at `start` opens a sentence or a clause and stands alone,
    not leading a longer run ("Jordyn sparkled", "In the clip, Shaun is told"; not
    "Jordyn Woods", nor "what a great man Gordon was", an object in what a man said)."""
    if _CAPITAL_NEXT.match(text, start + len(name)):
        return False
    if _CONTRACTED.match(text, start + len(name)):
        return False  # reading24b: "Don’t ..." read as "Don", for "Don Stewart"
    before = text[max(0, start - 3) : start].rstrip(" \t\u00a0\"“‘'")
    return not before or before[-1] in ".!?\n,;:"


def _given_names(
    people: set[str], full_names: dict[str, str], others: dict[str, set[str]]
) -> dict[str, str]:
    """Given names that stand alone for one person the text names in full ("Jordyn" for
    "Jordyn Woods"), by the full name: a known given name (`given_names`) that opens one
    full name only and is nobody's surname. Such a mention is a person as much as the
    surname is (session 20: "Jordyn sparkled in her dress. '...,' she said" passed over
    Jordyn, whom the index did not see, to the Kylie of the sentence before)."""
    firsts: dict[str, set[str]] = {}
    for full in (*full_names.values(), *(f for fs in others.values() for f in fs)):
        firsts.setdefault(full.split()[0], set()).add(full)
    out: dict[str, str] = {}
    for key in people:
        full = full_names.get(key)
        if full is None or others.get(key):
            continue
        first = full.split()[0]
        if (
            len(first) > 2
            and first.isalpha()
            and first[:1].isupper()
            and not first.isupper()
            and len(firsts[first]) == 1
            and first not in full_names
            and first not in people  # a key already: mentioned wherever it stands
            and first not in NOT_NAMES
            and first.lower() not in TITLE_SET
            and female_share(first) is not None
        ):
            out[first] = full
    return out


def _shared_in_full(
    text: str, full_names: dict[str, str], others: dict[str, set[str]], start: int, name: str
) -> tuple[int, str]:
    """A mention of a surname two people share, written in full ("his wife Anna Hartley"
    after "Tom Hartley"): the full name, from where it starts, so it resolves to that
    person and not to the bare surname that tells neither (Session 14: the wife's "she"
    found only "Hartley", whose gender the husband's "he" had set)."""
    key = bare_token(name)
    if " " not in name and key not in others:  # "Mr Robertson" after "Summer ..."
        return titled_other(text, start, name, full_names.get(key)) or (start, name)
    if key not in others or " " in name:
        return start, name
    end = start + len(name)
    people = {f for f in (full_names[key], *others[key]) if not particle_led(f)}
    if len(people) < 2:  # "Pieter de Vries" and "De Vries": one man, two spellings
        return start, name
    for full in sorted(people, key=longest_first):
        begin = end - len(full)
        whole = begin == 0 or (begin > 0 and not text[begin - 1].isalnum())
        if whole and text[begin:end] == full:
            return begin, full
    return start, name
