"""Abbreviation dots masked ("Sen.", "(R-Fla.)"), so that '.' ends clauses in the cue
patterns."""

from __future__ import annotations

import re

from summarizer.quotes.name_lexicon import RANK_ABBREVIATIONS
from summarizer.text.lexicon import CLAUSE_ABBREVIATIONS

# The dot after any capitalised word of up to four letters (with no word character before it):
# the dot leads, a literal the engine finds in C, and one lookbehind per word length follows.
# `mask` keeps the dots of the listed words.
_ABBREV_DOT = re.compile(
    r"\.(?=\s*[\w,])(?:" + "|".join(rf"(?<=(?<!\w)[A-Z][a-z]{{{k}}}\.)" for k in range(4)) + ")"
)
_ABBREV_WORD = re.compile(r"[A-Z][a-z]{0,3}\Z")
_MASKED_WORDS = CLAUSE_ABBREVIATIONS | RANK_ABBREVIATIONS
# A rank longer than the four letters `_ABBREV_DOT` reads, before a capitalised name.
_LONG_RANK_DOT = re.compile(
    r"\.(?=[ \t\u00a0]+[A-Z])(?:"
    + "|".join(rf"(?<=(?<!\w){w}\.)" for w in sorted(RANK_ABBREVIATIONS) if len(w) > 4)
    + ")"
)
# Short parentheticals ("(R-Fla.)") and party tags ("R-Fla.") outside them. Each pattern
# starts with a literal, which the engine finds in C (a tag is found by its hyphen).
_PAREN_NOTE = re.compile(r"\([^()\n]{1,20}\)")
_PARTY_TAG = re.compile(r"-(?<=[RDI]-)(?<!\w..)[A-Z][a-z]{0,4}\.")
# The dots inside a web address written as a name ("editor of Gamesweekly.com told", "BBC.co.uk
# reported"): no sentence ends there, and read as a stop they cut a cue's subject in two, so
# the quote before it had no speaker (reading24e check set, tech-178).
_WEB_DOT = re.compile(r"\.(?<=\w\.)(?=(?:com|net|org|co|uk|gov|edu)\b)")


def _mask_abbreviation(m: re.Match[str]) -> str:
    dot = m.start()
    word = _ABBREV_WORD.search(m.string, max(0, dot - 4), dot).group()
    return "\u2024" if len(word) == 1 or word in _MASKED_WORDS else "."


def mask(text: str) -> str:
    """Abbreviation dots become a same-width dot leader, so '.' can end a clause in regexes."""
    text = _ABBREV_DOT.sub(_mask_abbreviation, text)
    text = _LONG_RANK_DOT.sub("\u2024", text)
    text = _WEB_DOT.sub("\u2024", text)
    # Parentheticals first: a tag inside one has lost its dot by the second pass, as when one
    # pattern matched both and the parenthetical, starting first, took the tag.
    text = _PAREN_NOTE.sub(_mask_dots, text)
    return _PARTY_TAG.sub(_mask_dots, text)


def _mask_dots(m: re.Match[str]) -> str:
    return m.group().replace(".", "\u2024")
