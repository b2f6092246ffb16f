"""What one word or token is: a title, a job, a pronoun, a demonym, an abbreviation.

Apart from `speakers` (which reads a phrase next to a cue) and `name_phrase` (which cuts a
name out of a run): many modules ask these questions of single words, with no phrase in view.
"""

from __future__ import annotations

import re

from summarizer.quotes.name_lexicon import (
    DEMONYM_NOUNS,
    JOB_ENDINGS,
    LEAD_JOBS,
    NAME_PARTICLES,
    RANK_ABBREVIATIONS,
    RESIDENT_DEMONYMS,
    ROLES,
    TITLE_ADJECTIVES,
    TITLE_LEAD_INS,
    TITLES,
)
from summarizer.quotes.pronoun_lexicon import PERSONAL_PRONOUNS, SUBJECT_PRONOUNS
from summarizer.text.lexicon import NAME_ABBREVIATIONS

PRONOUNS = frozenset(w for words in SUBJECT_PRONOUNS.values() for w in words.split())
TITLE_SET = frozenset(
    [*(w for words in TITLES.values() for w in words.split()), *TITLE_LEAD_INS.split()]
)
CONNECTORS = frozenset(NAME_PARTICLES)
_WORD = re.compile(r"[^\W\d_][\w'’.\-]*")
CYRILLIC = re.compile(r"[А-ЯЁа-яё]")
_RANKS = frozenset(w.lower() for w in RANK_ABBREVIATIONS)
# Unions read per capitalised run and per word: built once.
# Not the function words that lead into titles: "the Unicorn Latte" names no person.
_TITLE_WORDS = frozenset(ROLES | TITLE_ADJECTIVES)


def bare_token(token: str) -> str:
    """The token without a possessive ending ("Putin's", "Rouhani’s", "Jones'")."""
    if token[-2:] in ("'s", "’s"):
        return token[:-2]
    return token[:-1] if token[-1:] in ("'", "’") else token


def is_cap(token: str) -> bool:
    return bool(token) and token[0].isupper()


def strip_token(token: str) -> str:
    return token.strip(",.;:!?()[]\"“”«»„'‘’")


def is_job(token: str) -> bool:
    """A job word that can lead a name ("Economist", "Verbandssprecher"): no part of it."""
    low = token.lower()
    if low in ROLES or low.removesuffix("s") in ROLES or low.removesuffix("es") in ROLES:
        return True  # plurals too: "Politicians Ana Ruiz and Eva Cruz said"
    if low in LEAD_JOBS or low.removesuffix("s") in LEAD_JOBS:
        return True  # "Painter Bo Rand said": a trade, not a given name
    return len(low) > len(min(JOB_ENDINGS, key=len)) and low.endswith(JOB_ENDINGS)


# Stricter than `redescribe.is_demonym` by design (see there): a word before a name is a name
# unless it surely says where someone is from.
def is_demonym_word(word: str) -> bool:
    """A capitalised word that says where someone is from ("Dubliner", "Kiwi", "Texan",
    "New Zealander"), not a name."""
    if not word[:1].isupper():
        return False
    low = word.lower()
    if word in RESIDENT_DEMONYMS or low in DEMONYM_NOUNS:
        return True
    return low.endswith(("ian", "ean", "ese", "ish", "lander"))


def is_abbreviation(token: str) -> bool:
    t = token.rstrip(".\u2024").lower()
    return len(t) == 1 or t in NAME_ABBREVIATIONS or t in _RANKS


def is_bare_title(name: str) -> bool:
    """One word that is a title or office ("King", "President"): a name only as the surname
    of a full name the text gives."""
    return " " not in name and name.lower().rstrip(".") in TITLE_SET


def is_title(word: str) -> bool:
    """A lower-case role word inside a name phrase: "presidential nominee Donald Trump"."""
    return word.lower().rstrip(".") in _TITLE_WORDS


def is_personal_pronoun(word: str) -> bool:
    return word.lower() in PERSONAL_PRONOUNS


def words(text: str) -> list[str]:
    return _WORD.findall(text)


def count_words(text: str, cap: int) -> int:
    """`min(len(words(text)), cap)`, mostly from the first `8 * cap` characters.

    Every word found there (a cut one included) starts a word of the whole text, so `cap` of
    them settle it; fewer, in a longer text, need the whole count.
    """
    n = len(_WORD.findall(text, 0, 8 * cap))
    if n < cap and len(text) > 8 * cap:
        n = len(_WORD.findall(text))
    return min(n, cap)
