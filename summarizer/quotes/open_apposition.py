"""An apposition the writer left open: 'Jo Lee, a spokeswoman for the campaign said: "'. With
its closing comma lost, the role reads as the clause before the verb and was credited as a
description ("a spokeswoman for the campaign") though the sentence names her (bbc_train14 dev,
read in session 23: in-sample)."""

from __future__ import annotations

from summarizer.quotes.speakers import Speaker, parse_speaker

# Articles that open a role in apposition after a full name ("Jo Lee, a lawyer for ...").
_INDEFINITE = frozenset({"a", "an"})


def open_apposition(clauses: list[str]) -> Speaker | None:
    """The full name of the clause before the last one, when that clause is the name alone
    and the last clause (the words right before the verb) is a description that opens with
    "a" or "an": "Jo Lee" in ["Jo Lee", " a spokeswoman for the campaign "]. Else None."""
    if len(clauses) < 2:
        return None
    role = clauses[-1].split()
    if len(role) < 2 or role[0].lower() not in _INDEFINITE:
        return None
    described = parse_speaker(clauses[-1].strip())
    if described is None or described.kind != "description":
        return None
    name = clauses[-2].strip()
    sp = parse_speaker(name)
    if sp is None or sp.kind != "name" or sp.text != name or len(name.split()) < 2:
        return None
    return sp
