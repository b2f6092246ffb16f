"""Lead-ins before a quote whose verb is no speech verb but whose sense names the speaker:
"with Lee yelling:", "Lee's response was:", "Lee issued a statement, " (English). Each names
a person only: a capitalised name of up to three words, so a thing or a description never
speaks through them."""

from __future__ import annotations

import re

from summarizer.quotes.cue_words import ADDRESSED_PRONOUNS, REPORTED_CLAUSE_LEADS
from summarizer.quotes.speakers import Speaker, parse_speaker
from summarizer.quotes.verbs import PARTICIPLES
from summarizer.text.lexicon import UPPER

_NAME = r"[" + UPPER + r"][\w’'\-.]*(?:\s+[" + UPPER + r"][\w’'\-.]*){0,2}"
# An absolute "with" clause: "..., with Lee reportedly yelling: “".
_WITH_PARTICIPLE = re.compile(
    rf"\bwith\s+(?P<who>{_NAME})\s+(?:\w+ly\s+)?(?:{'|'.join(PARTICIPLES)})\s*[:,]?\s*$"
)
# What a person wrote or said, owned: "Lee's response was:", "From Lee's Facebook post:"; not
# a plural owner ("Republicans' reaction:", a group).
_OWNED_WORDS = re.compile(
    rf"(?:^|\s)(?P<who>{_NAME})['’]s\s+(?:[A-Z]\w+\s+)?(?:response|reply|answer|retort|"
    r"message|words|comment|remark|reaction|advice|tweet|post|statement)"
    r"(?:\s+(?:was|were|is|read|reads))?\s*[:,]\s*$"
)
# A statement issued in the lead-in's own sentence: "Lee issued a statement, “".
_ISSUED = re.compile(
    rf"(?:^|[\s,])(?P<who>{_NAME})\s+(?:also\s+|later\s+)?(?:issued|released|posted|put\s+out)"
    r"\s+(?:a|an|the)\s+(?:\w+\s+)?(?:statement|message|tweet|post|video)\s*[:,]?\s*$"
)

# After a speech verb, a clause of its own that ends at the quote's colon: a name, maybe an
# adverb, a verb and the one it addressed ("recalls how Ray once advised him:").
_ADDRESSED_CLAUSE = re.compile(
    rf"^\s*(?:(?:{'|'.join(REPORTED_CLAUSE_LEADS)})\s+)?(?P<who>{_NAME})\s+(?:\w+\s+)?"
    rf"(?P<verb>[a-z]+ed|told)\s+(?:{'|'.join(ADDRESSED_PRONOUNS)})\s*:\s*$"
)


def addressed_clause(tail: str) -> tuple[Speaker | None, str]:
    """The name a speech verb's tail ends with as the subject of a verb addressing someone,
    right before the colon ("Mr Lee recalls how Jo Ray once advised him:"): the words after
    the colon are Ray's, what the subject recalls, not Lee's own (Session 17). The name and
    that verb, or (None, "")."""
    m = _ADDRESSED_CLAUSE.match(tail)
    sp = parse_speaker(m["who"]) if m else None
    if m is None or sp is None or sp.kind != "name":
        return None, ""
    return sp, m["verb"]


def named_lead_in(sentence: str) -> tuple[Speaker | None, str]:
    """The person a lead-in of these shapes names, and its path ("" when none)."""
    for pattern, how in (
        (_WITH_PARTICIPLE, "before:with-participle"),
        (_OWNED_WORDS, "before:owned-words"),
        (_ISSUED, "before:issued"),
    ):
        m = pattern.search(sentence)
        while m:  # "From Bush's post:": not "From Bush", then "Bush"
            sp = parse_speaker(m.group("who"))
            if sp is not None and sp.kind == "name":
                return sp, how
            m = pattern.search(sentence, m.start("who") + 1)
    return None, ""
