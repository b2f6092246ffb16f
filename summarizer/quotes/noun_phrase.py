"""The noun phrase after a verb-first cue ('said the head of X', 'a déclaré Emmanuel Macron').

Apart from `speakers` because it reads running text token by token, where to stop, before
`parse_speaker` classifies what it took.
"""

from __future__ import annotations

from summarizer.quotes.name_lexicon import DETERMINERS, SURNAME_WORDS
from summarizer.quotes.phrase_lexicon import NOUN_PHRASE_STOPS
from summarizer.quotes.word_kinds import (
    CONNECTORS,
    TITLE_SET,
    is_abbreviation,
    is_cap,
    is_title,
    strip_token,
)

# How far past a lower-case word after a name `_ends_name` looks for the name it leads to.
# The first `CLAUSE_REACH` words may be any ("Trump campaign manager Jo Lee"); past them only
# job words and "and" read on ("Acme president and chief executive Jo Lee": the phrase cut at
# "Acme" put a chief executive's words in the firm's mouth; bbc_train11 dev, read in session
# 18: in-sample).
CLAUSE_REACH = 3
_DASHES = frozenset({"—", "–", "-", "--"})  # a dash set off by spaces opens an aside
ROLE_REACH = 6


def take_np(text: str) -> str:
    """The noun phrase at the start of `text` (after a verb-first cue: 'said the head of X')."""
    out: list[str] = []
    tokens = text.split()
    for i, tok in enumerate(tokens):
        bare = strip_token(tok)
        if bare and tok.endswith(("s'", "s’")) and i + 1 < len(tokens) and is_cap(tokens[i + 1]):
            bare += tok[-1]  # "said Oddsmakers' Jo Lee": a plural's possessive, the owner
        if out and bare.lower() in NOUN_PHRASE_STOPS and not _surname_ends(out, bare, tok, tokens):
            break
        if not bare or (out and tok.startswith("(")):
            break  # "said Rep. Jo Lee (D-Ore.) last week": no bracket in a name
        if out and bare == "of" and _of_topic(out, tokens[i + 1 : i + 3]):
            break  # "said minister Jo Lee of the findings": what she spoke of, no part of her
        if out and tok in _DASHES:
            break  # "said Leman — that's right, just J — ...": an aside, no part of the name
        if out and _ends_name(out, bare, tokens[i + 1 : i + 1 + ROLE_REACH]):
            break  # "— сказал Путин журналистам", "a déclaré Emmanuel Macron lundi"
        out.append(bare)
        if len(out) >= 10:
            break
        if tok[-1] in ",;:!?" or tok[-1] in '"“”«»':
            break
        if tok.endswith(".") and not is_abbreviation(bare):
            break
    return " ".join(out)


def _of_topic(out: list[str], ahead: list[str]) -> bool:
    """Whether "of" after a full name brings in what the words were about, in lower case
    ("Jo Lee of the findings", "Jo Lee of her decision"), not a body whose name goes on in
    capitals ("Jo Lee of the Bank of X", "Jo Lee of Acme"): an unread "of" phrase cost the
    quote its speaker (reading24d, BBC train)."""
    if len(out) < 2 or not all(is_cap(t) for t in out[-2:]) or not ahead:
        return False
    first = strip_token(ahead[0])
    if first.lower() in DETERMINERS or first.lower() in _OWNERS:
        return len(ahead) > 1 and strip_token(ahead[1])[:1].islower()
    return False


_OWNERS = frozenset({"his", "her", "their", "its", "our", "my", "your"})


def _surname_ends(out: list[str], bare: str, tok: str, tokens: list[str]) -> bool:
    """'said Al From, a strategist': a surname that is also a function word ("From", "May"),
    capitalised after a given name and ending the clause."""
    return bare in SURNAME_WORDS and is_cap(out[-1]) and (tok[-1] in ",;:.!?" or tok is tokens[-1])


def _ends_name(out: list[str], word: str, ahead: list[str]) -> bool:
    """A lower-case word after a name ends the phrase, unless a capitalised word follows it in
    the clause ("Trump campaign manager Jo Lee"), it joins a name ("de"), or the phrase so far
    is an owner or a title ("Fox's president of ...")."""
    if not word[:1].islower() or word in CONNECTORS or word in {"of", "from"}:
        return False
    last = out[-1]
    if last.endswith(("'s", "’s")) or last.lower().rstrip(".") in TITLE_SET:
        return False
    named = is_cap(out[0]) and all(is_cap(t) or t in CONNECTORS for t in out)
    if not named and not _role_then_name(out):
        return False
    if word[-1:] in ",;:.!?":
        return True
    for k, tok in enumerate(ahead):  # the rest of the clause
        if k >= CLAUSE_REACH and not (is_cap(tok) or tok == "and" or is_title(tok)):
            break  # past the clause's first words, only a run of job titles reads on
        if k >= CLAUSE_REACH and is_cap(tok) and not all(map(_role_word, ahead[:k])):
            break  # ... and leads to a name only when every word before it is one
        if is_cap(tok):
            return False
        if tok[-1:] in ",;:.!?":
            break
    return True


def _role_word(tok: str) -> bool:
    return tok == "and" or is_title(tok)


def _role_then_name(out: list[str]) -> bool:
    """Lower-case job words, then a full name: "centre Jo Lee", "running back Jo Lee" (no
    article, no "of": "the Ajax striker" and "head of the Bank of X" read on)."""
    k = len(out)
    while k and is_cap(out[k - 1]):
        k -= 1
    lead = out[:k]
    return (
        len(out) - k >= 2
        and bool(lead)
        and all(t[:1].islower() and t not in DETERMINERS and t not in {"of", "from"} for t in lead)
    )
