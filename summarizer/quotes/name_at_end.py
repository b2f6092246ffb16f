"""A cue's words with no comma read from the capitalised run that ends them ("Town Hall press
secretary Jo Lee", "a spokesman for Jo Lee", "the South African"): apart from `speakers`, whose
`parse_speaker` tries this before its other readings of a one-part phrase."""

from __future__ import annotations

from summarizer.quotes.name_lexicon import (
    DETERMINERS,
    INDEFINITES,
    OF_WORDS,
    ROLES,
)
from summarizer.quotes.name_phrase import (
    affiliation_in_run,
    clean_name,
    from_last_capital,
    name_before_affiliation,
)
from summarizer.quotes.phrase_lexicon import (
    CLAUSE_FILLERS,
    CLAUSE_WORDS,
    NAME_OBJECT_LINKS,
    NON_PERSON_HEADS,
)
from summarizer.quotes.speaker_kind import Speaker
from summarizer.quotes.word_kinds import CONNECTORS, is_cap, is_demonym_word


def name_at_end(tokens: list[str]) -> tuple[bool, Speaker | None]:
    """A phrase with no comma, read from the capitalised words that end it: (True, the
    speaker or None) when they decide, (False, None) when `speakers.parse_speaker` reads on."""
    low = tokens[0].lower()
    tail: list[str] = []
    for t in reversed(tokens):
        if not (is_cap(t) or t.lower() in CONNECTORS):
            break
        tail.insert(0, t)
    head = tokens[: len(tokens) - len(tail)]
    bare = head
    while len(bare) > 2 and bare[-1].islower() and bare[-1] in ROLES:
        bare = bare[:-1]
    if tail and len(bare) < len(head) and bare[-1] in ("of", "from"):
        # "a friend of coach Jo Lee": the friend speaks, not Jo Lee (Session 16)
        return True, Speaker("description", " ".join(tokens)) if low in DETERMINERS else None
    if tail and len(head) > 1 and head[-1] in ("of", "from"):
        owner = from_last_capital(head[:-1])
        rest = head[: len(head) - 1 - len(owner)]
        named = [] if rest[-1:] and rest[-1].lower() in DETERMINERS else owner
        named = name_before_affiliation([*named, "of", *tail])
        if named:  # "voter Jo Lee of Derry": Jo Lee, not Derry
            return True, Speaker("name", " ".join(named))
        if tail[-1].lower() in NON_PERSON_HEADS:
            return True, None  # "chair and founder of the Bar Association": no one named
    if tail and low in DETERMINERS and "of" in head:
        return True, Speaker("description", " ".join(tokens))  # "the head of the Bank of X"
    if tail and head and head[0].islower() and OF_WORDS.intersection((head[-1], tail[0])):
        # "el presidente del Gobierno", "der Chef des Verbands", "la porte-parole de Renault":
        # the body whose role it is, no name (Session 16: a Spanish premier's words given to
        # "Gobierno")
        return True, Speaker("description", " ".join(tokens))
    if tail and _name_is_an_object(head):  # "a spokesman for Jo Lee": not Jo Lee
        return True, Speaker("description", " ".join(tokens)) if low in DETERMINERS else None
    cut = affiliation_in_run(tail)
    name = clean_name(tail[:cut] if cut else tail)  # "minister Jan de Vries van Financiën"
    bare_role = (
        tokens[0].lower() in {"the", "a", "an"}
        and len(tail) == len(tokens) - 1
        and len(name) == 1
        and tokens[-1].lower() in ROLES
    )
    lone = len(tail) == 1 and tail[0][:1].isalpha()
    lead = [t.lower() for t in head]
    while len(lead) > 1 and lead[0] in CLAUSE_FILLERS:  # "And the Canadian added"
        lead = lead[1:]
    if lone and lead in (["the"], ["a"], ["an"]):  # "the American", "the Pacman"
        return True, Speaker("description", " ".join(tokens[len(head) - len(lead) :]))
    if (
        tail
        and lead[:1] == ["the"]
        and all(w.islower() for w in lead)
        and is_demonym_word(tail[-1])
    ):
        # "said the South African", "the 43-year-old Frenchman": where they are from, no name
        return True, Speaker("description", " ".join(tokens[len(head) - len(lead) :]))
    if tail and len(lead) == 1 and lead[0] in INDEFINITES:
        # "a New Hampshire Republican", "one Iowa Democrat": someone described, no name
        return True, Speaker("description", " ".join(tokens[len(head) - len(lead) :]))
    described = not CLAUSE_WORDS.intersection(t.lower() for t in head)  # "uploaded to X"
    if name and (len(name) >= 2 or head) and described and not bare_role:
        return True, Speaker("name", " ".join(name))
    return False, None


_OPENING_ARTICLES = frozenset({"A", "An", "The"})


def _name_is_an_object(head: list[str]) -> bool:
    """The words before a name make it the object inside a description of the speaker: a
    lower-case noun phrase ending in a preposition ("a spokesman for", "aides to") or a
    participle after a noun ("a lawyer representing"), not a role ("the senator")."""
    if head[:1] and head[0] in _OPENING_ARTICLES and all(t[:1].islower() for t in head[1:]):
        head = ["a", *head[1:]]  # "A spokesman for": the article that opens the sentence
    if not head or not head[0][:1].islower():
        return False
    if len(head) >= 3 and head[-1] == "the" and head[-2] in NAME_OBJECT_LINKS:
        head = head[:-1]  # "a spokesman for the Acme Trust": the firm is the object too
    bare = head
    while len(bare) > 2 and bare[-1].islower() and bare[-1] in ROLES:
        bare = bare[:-1]  # "a spokesman for coach Jo Lee": the role is the object's (Session 16)
    if bare[-1].lower() in NAME_OBJECT_LINKS:
        return len(bare) >= 2
    return len(head) >= 3 and head[-1].lower().endswith("ing")
