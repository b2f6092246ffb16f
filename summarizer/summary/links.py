"""Summary sentences that cannot stand alone: lead-ins, and openings that point back.

A sentence ending in ":" introduces a list or a quote that is not part of it ("Here, a confirmed
list of ... season 15:"): shown alone it promises what the summary does not hold. A sentence
opening with a word that points back ("So said two members ...", "But he ...", "This was ...",
"Well, ...", per language in `links_lexicon`) reads as the second half of something: shown, it
needs the sentence before it (`summary.ranking` takes that one too, or waits for it;
`summary.core` keeps the two together).
"""

from __future__ import annotations

from functools import cache
from itertools import islice

from summarizer.summary.links_lexicon import ANNOUNCING, BACK_POINTING, CONNECTIVES, NOT_AFTER
from summarizer.summary.openings import WORD_RE, leans_back, phrase_rows

_LEAD_IN_ENDS = (":", "：")


def is_lead_in(text: str) -> bool:
    """The sentence ends in ":", or opens by announcing what follows it ("Here are the top five
    winners."): it introduces a list or quote that is not part of it."""
    return text.rstrip().endswith(_LEAD_IN_ENDS) or text.lstrip().lower().startswith(ANNOUNCING)


# its words, whether a comma must follow them, and whether a time word after it undoes it
_Phrase = tuple[tuple[str, ...], bool, bool]


def _rows(table: dict[str, str], language: str, timed: bool) -> set[_Phrase]:
    return {(words, comma, timed) for words, comma in phrase_rows(table, language)}


@cache
def _phrases(language: str) -> tuple[dict[str, tuple[_Phrase, ...]], frozenset[str]]:
    """The language's phrases by their first word (longest first), and its time words."""
    rows = _rows(BACK_POINTING, language, True) | _rows(CONNECTIVES, language, False)
    by_first: dict[str, list[_Phrase]] = {}
    for phrase in sorted(rows, key=lambda row: len(row[0]), reverse=True):
        by_first.setdefault(phrase[0][0], []).append(phrase)
    time_words = frozenset(NOT_AFTER.get(language, "").split())
    return {first: tuple(group) for first, group in by_first.items()}, time_words


def points_back(text: str, language: str | None) -> bool:
    """The sentence opens, outside any quotation, with a phrase of `language` that points back
    to the sentence before it: "So said ...", "But ...", "This ..." (not "This year ..."),
    "Well, ..." (not "Well over ..."), "It will ..." (not "It is likely that ...": `openings`)."""
    if not language:
        return False
    return _listed(text, language) or leans_back(text, language)


def _listed(text: str, language: str) -> bool:
    """The sentence opens with one of `language`'s phrases (`links_lexicon`)."""
    first = WORD_RE.match(text)  # no match when it opens with a mark or a digit
    by_first, time_words = _phrases(language)
    group = by_first.get(first.group().lower()) if first is not None else None
    if not group:
        return False
    found = list(islice(WORD_RE.finditer(text), len(group[0][0]) + 1))
    words = tuple(m.group().lower() for m in found)
    for phrase, comma, timed in group:
        n = len(phrase)
        if words[:n] != phrase:
            continue
        if comma:
            if text[found[n - 1].end() : found[n - 1].end() + 1] == ",":
                return True
            continue
        return not (timed and n == 1 and len(words) > 1 and words[1] in time_words)
    return False
