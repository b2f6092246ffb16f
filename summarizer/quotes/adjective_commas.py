"""A description whose adjectives a comma parts: "the bespectacled, 71-year-old diplomat",
"a tall, soft-spoken engineer". `speakers.parse_speaker` reads the words before a cue's first
comma as the description and the rest as an apposition ("the spokesman, a former officer");
here the words before the comma are a determiner and one adjective, so the person is named
only after it (reading23b: a U.N. chief was shown as "the bespectacled")."""

from __future__ import annotations

from summarizer.quotes.name_lexicon import DETERMINERS
from summarizer.quotes.narration import PERSON_WORDS
from summarizer.quotes.word_kinds import is_job

REST_WORDS = 3  # the adjectives and noun after the comma: "71-year-old diplomat", no more


def description_tokens(parts: list[str]) -> list[str]:
    """The description's words: the first comma part's, or with the next part joined when the
    first is a determiner and one word that names no person ("the bespectacled") and the
    next is lower-case words ending in a person's noun ("71-year-old diplomat")."""
    tokens = parts[0].split()
    if len(parts) < 2 or len(tokens) != 2 or tokens[0].lower() not in DETERMINERS:
        return tokens
    if not tokens[1].islower() or _person(tokens[1]):
        return tokens  # "the spokesman, a former officer": the noun is there already
    rest = parts[1].split()
    if not 1 <= len(rest) <= REST_WORDS or rest[0].lower() in DETERMINERS:
        return tokens
    if not all(w.islower() for w in rest) or not _person(rest[-1]):
        return tokens  # "the tall, smiling": no person's noun ends it
    return [tokens[0], f"{tokens[1]},", *rest]


def _person(word: str) -> bool:
    return is_job(word) or word.lower() in PERSON_WORDS
