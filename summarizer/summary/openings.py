"""Openings that point back beyond the phrase lists of `links`, and connectives a summary
sentence shown alone can lose.

`links.points_back` reads the openings its lexicon lists ("But ...", "He ...", "This ...");
this module reads the ones a list of first words cannot tell: an "It" that is no empty
subject ("It will save women $10 million a year." vs "It is likely that ..."), a short clause
holding a pronoun ("How he answers that question will ..."): `links.points_back` reads them
too. And a quotation said by a bare pronoun ('"We will build it," he said.': `said_by_pronoun`,
asked beside `points_back`, which reads no quotation). Shown without the sentence before, each
leaves the reader asking who or what. Words per language in `openings_lexicon`.

`drop_connective` gives a sentence without its leading connective ("But the agency said ..."
-> "The agency said ..."): `summary.core` shows it so when the sentence before is not shown,
if what is left points back to nothing. Extractive still: words are only taken away, and the
first letter left is capitalised.
"""

from __future__ import annotations

import re
from functools import cache

from summarizer.summary.openings_lexicon import (
    CLAUSE_OPENERS,
    CLAUSE_PRONOUNS,
    CLAUSE_REACH,
    DEMONSTRATIVES,
    DROPPABLE,
    IT_ADVERBS,
    IT_ALWAYS_EMPTY,
    IT_COMPLEMENTS,
    IT_REACH,
    IT_VERBS,
    IT_WORDS,
    SPEAKER_PRONOUNS,
    SPEAKER_TAIL_WORDS,
)

# A word with inner apostrophes and hyphens ("don't", "well-known"); `links` reads words so too.
WORD_RE = re.compile(r"[^\W_]+(?:['’\-][^\W_]+)*")
_OPENING_MARK = re.compile(r"\s*[\"“„«‘]")
_OPENING_MARKS = '"“„«‘'
# a quotation closing a sentence or a clause ('... May," she', '„... Mai“, sagte', '», a-t-elle')
_QUOTE_END = re.compile(r"[,.?!…]\s?([\"”“»’])|([\"”“»’])\s?,")
_WORDS_AHEAD = 12  # words read from the start: every rule looks no further


@cache
def _set(table: str) -> frozenset[str]:
    return frozenset(table.split())


def _first_words(text: str) -> list[re.Match[str]]:
    found = []
    for match in WORD_RE.finditer(text):
        found.append(match)
        if len(found) >= _WORDS_AHEAD:
            break
    return found


def leans_back(text: str, language: str | None) -> bool:
    """The sentence opens with an "It" that stands for something named before, or a short
    clause holding a pronoun whose person is named before (`links.points_back` asks)."""
    if not language:
        return False
    found = _first_words(text)
    if not found or found[0].start() > 0:  # opens with a digit, a dash, a mark ...
        return False
    words = [m.group().lower() for m in found]
    return _it_points_back(words, language) or _clause_points_back(text, found, language)


def _it_points_back(words: list[str], language: str) -> bool:
    if words[0] not in _set(IT_WORDS.get(language, "")):
        return False
    rest = words[1 : IT_REACH + 1]
    if rest[:1] and rest[0] in _set(IT_ALWAYS_EMPTY.get(language, "")):
        return False
    verbs = _set(IT_VERBS.get(language, ""))
    holds_verb = words[0] != "it"  # "it's"
    k = 0
    if not holds_verb:
        if rest[:1] and rest[0] in _set(IT_ADVERBS.get(language, "")):
            k = 1
        if k >= len(rest) or rest[k] not in verbs:
            return True
    complements = _set(IT_COMPLEMENTS.get(language, ""))
    demonstratives = _set(DEMONSTRATIVES.get(language, ""))
    for word in rest[k:]:
        if word in complements:
            return False  # "It is likely that ...": the subject follows
        if word in demonstratives:
            return True  # "It is this vision that ...": which vision?
    return True


def _clause_points_back(text: str, found: list[re.Match[str]], language: str) -> bool:
    if found[0].group().lower() not in _set(CLAUSE_OPENERS.get(language, "")):
        return False
    pronouns = _set(CLAUSE_PRONOUNS.get(language, ""))
    for match in found[1 : CLAUSE_REACH + 1]:
        word = match.group()
        if word[:1].isupper():
            return False  # a name (or a new sentence) before any pronoun
        if word in pronouns:
            return not _named_after_clause(text, match.end())
    return False


def _named_after_clause(text: str, start: int) -> bool:
    """The clause opening the sentence ends at a comma after `start` and a capitalised word
    opens the main clause: the pronoun points ahead to that name."""
    comma = text.find(",", start)
    if comma < 0:
        return False
    after = WORD_RE.search(text, comma)
    return after is not None and after.group()[:1].isupper()


def said_by_pronoun(text: str, language: str | None) -> bool:
    """The sentence is a quotation, or the end of one, whose speaker is a bare pronoun ('"We
    will build it," he said.', 'Is there a plan?" he said.'): who said it is in the sentence
    before."""
    rule = SPEAKER_PRONOUNS.get(language or "")
    if rule is None:
        return False
    ends = [m.start(1) if m.group(1) else m.start(2) for m in _QUOTE_END.finditer(text)]
    if not ends:
        return False  # no quotation, or only a quoted word ('the "deal" he made')
    closing = ends[-1]
    if not _OPENING_MARK.match(text) and any(m in text[:closing] for m in _OPENING_MARKS):
        return False  # a quotation inside the reporter's sentence
    tail = [w.lower() for w in WORD_RE.findall(text[closing + 1 :])]
    if not tail or len(tail) > SPEAKER_TAIL_WORDS:
        return False
    pronouns, position = rule
    parts = [p for word in tail[:position] for p in word.split("-")]
    return any(p in _set(pronouns) for p in parts)


Row = tuple[tuple[str, ...], bool]  # a phrase's words, and whether a comma must follow them


def phrase_rows(table: dict[str, str], language: str) -> set[Row]:
    """The phrases a lexicon table lists for `language`, one a line ("However," needs its
    comma); `links` reads its tables so too."""
    rows = filter(None, map(str.strip, table.get(language, "").splitlines()))
    return {(tuple(r.rstrip(",").split()), r.endswith(",")) for r in rows}


@cache
def _droppable(language: str) -> tuple[Row, ...]:
    return tuple(sorted(phrase_rows(DROPPABLE, language), key=lambda row: -len(row[0])))


def drop_connective(text: str, language: str | None) -> str | None:
    """`text` without the connective opening it ("But ...", "However, ..."), its first letter
    capitalised; None if it opens with none of `language`'s, or nothing would be left."""
    if not language:
        return None
    found = _first_words(text)
    if not found or found[0].start() > 0:
        return None
    words = tuple(m.group().lower() for m in found)
    for phrase, comma in _droppable(language):
        n = len(phrase)
        if words[:n] != phrase or len(words) <= n:
            continue
        end = found[n - 1].end()
        after = text[end : end + 1]
        if after == ",":
            end += 1
        elif comma or not after.isspace():
            continue  # "However hard ...", "And-"
        rest = text[end:].lstrip()
        if not rest or not rest[0].isalnum():
            return None
        if rest[0].islower() and not rest[1:2].isupper():  # "iPhone" stays as written
            rest = rest[0].upper() + rest[1:]
        return rest
    return None
