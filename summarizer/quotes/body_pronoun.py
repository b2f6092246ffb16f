"""'"...," it said': the organisation a quote's "it" means, never a person: the body that
spoke the quote just before (`previous_body`), or the one the reporter's last sentence opens
with (`body_subject`), when the text shows it is an organisation.

Apart from the resolver's person search (`resolve`, `antecedent`): "it" is no person's
pronoun, so none of the gender and subject rules apply.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from summarizer.quotes.given_names import female_share
from summarizer.quotes.name_lexicon import NOT_NAMES
from summarizer.quotes.narration import sentences
from summarizer.quotes.phrase_lexicon import (
    BODY_DESCRIPTIONS,
    BODY_NAME_ENDS,
    NON_PERSON_HEADS,
)
from summarizer.quotes.pronoun_lexicon import COURTESY_TITLES, OPENING_PRONOUNS
from summarizer.quotes.raw_quote import RawQuote
from summarizer.quotes.verbs import VERB_SET
from summarizer.text.lexicon import UPPER

STATEMENT_REACH = 40  # characters after a cue read for "in a statement"
_STATEMENT = re.compile(r"^[^.!?]*\bstatement\b")
_LETTER = re.compile(r"[^\W\d_]")
# A sentence that opens with an organisation, then a verb in the past or present tense:
# "Northwind Airlines cancelled", "The Ministry of Health said", "the council has voted".
_BODY_SUBJECT = re.compile(
    rf"^(?:[Tt]he[ \t]+)?(?P<body>[{UPPER}][\w&’'.-]*(?:[ \t]+(?:[{UPPER}][\w&’'.-]*"
    r"|of|for|and|&|the))*)[ \t]+(?:has[ \t]+|have[ \t]+|had[ \t]+|also[ \t]+)?[a-z]+(?:ed|s)\b"
)


# A sentence whose subject, a name (after "In a statement" maybe), speaks: "Acme said it
# would appeal.", "In a statement the Kennel Club said ...". With '"...," it said' after it, "it" is
# that subject, whatever its name ends in: the reporter's "it" says it is no person, and the
# sentence just gave it a speech verb (session 18, bbc_train12 dev, read: two bodies' quotes
# had no speaker).
_BODY_SPOKE = re.compile(
    rf"^(?:In[ \t]+a[ \t]+statement,?[ \t]+)?(?:[Tt]he[ \t]+)?(?P<body>[{UPPER}][\w&’'.-]*"
    rf"(?:[ \t]+[{UPPER}][\w&’'.-]*){{0,3}})[ \t]+(?:has[ \t]+|had[ \t]+|also[ \t]+)?"
    r"(?P<verb>[a-z]+)\b"
)

# The same subject after its sentence's words, as the reporter's tag: "..., would help
# recovery, the OECD said." (reading24e: the OECD's next '"...," it added' had no speaker).
_BODY_SPOKE_LAST = re.compile(
    rf",[ \t]+(?:the[ \t]+)?(?P<body>[{UPPER}][\w&’'.-]*(?:[ \t]+[{UPPER}][\w&’'.-]*){{0,3}})"
    r"[ \t]+(?:has[ \t]+|had[ \t]+)?(?P<verb>[a-z]+)\.[ \t]*$"
)

# A sentence whose subject re-describes an organisation: "But the firm denied ...".
_DESCRIBED_BODY = re.compile(
    r"^(?:(?:But|And|Yet|However),?[ \t]+)?[Tt]he[ \t]+(?P<noun>[a-z]+)[ \t]+"
    r"(?:has[ \t]+|had[ \t]+|also[ \t]+)?[a-z]+(?:ed|s)\b"
)


def _names_a_body(name: str, masked: str) -> bool:
    """A capitalised run that may be an organisation's name: not a pronoun, a courtesy title
    or a word that names nobody ("He", "Mr Lee", "Yesterday"), nor a person's name (a given
    name first, or a lone word the text writes after a given name: "Lee" after "Jo Lee")."""
    words = name.split()
    first = words[0].rstrip(".")
    if first in NOT_NAMES or first in (*OPENING_PRONOUNS, "It", *COURTESY_TITLES):
        return False
    if female_share(first) is not None:
        return False
    if len(words) == 1:
        for m in re.finditer(rf"\b([{UPPER}][\w’'-]+)[ \t]+{re.escape(first)}\b", masked):
            if female_share(m.group(1)) is not None:
                return False
    return True


def _named_mid_sentence(name: str, masked: str) -> bool:
    """Whether the text writes `name` capitalised after a lower-case word or a comma, so it is
    a proper name, not a common noun that opens a sentence ("Auditors said ...")."""
    return re.search(rf"[a-z,][ \t]+{re.escape(name)}\b", masked) is not None


def previous_body(masked: str, raw: RawQuote, previous: RawQuote | None) -> str | None:
    """'“...,” it said': the organisation that spoke the quote before, in this paragraph
    or the one before, when the text shows it is one (its name ends in a body's word,
    "the ministry", or it spoke "in a statement"); else None, never a person."""
    if previous is None or previous.resolved is None or raw.first_para - previous.para > 1:
        return None
    who = previous.resolved
    said = masked[previous.cue_end : previous.cue_end + STATEMENT_REACH]
    spoke_for_a_body = previous.cue_end > 0 and _STATEMENT.search(said) is not None
    if who.split()[-1].strip(".,").lower() in NON_PERSON_HEADS or spoke_for_a_body:
        return who
    return None


def body_subject(
    masked: str, paras: list[tuple[int, int]], closes: list[int], raw: RawQuote
) -> str | None:
    """'Northwind Airlines cancelled 40 flights. "...," it said.': the organisation the
    reporter's last sentence before the quote opens with, when its name ends in a body's
    word ("Airlines", "Ministry of Health", "the council"); None when that sentence
    opens with anything else (a person, a pronoun, a clause): "it" is then a guess."""
    start = paras[max(0, raw.first_para - 1)][0]
    i = bisect_left(closes, raw.open_pos) - 1
    if i >= 0:
        start = max(start, closes[i] + 1)
    text = [(a, b) for a, b in sentences(masked, start, raw.open_pos)]
    text = [(a, b) for a, b in text if _LETTER.search(masked, a, b)]
    if not text:
        return None
    sentence = masked[text[-1][0] : text[-1][1]].strip()
    described = _DESCRIBED_BODY.match(sentence)
    para = paras[max(0, raw.first_para - 1)][0]
    earlier = [
        (a, b) for a, b in sentences(masked, para, text[-1][0]) if _LETTER.search(masked, a, b)
    ]
    if described and described["noun"] in BODY_DESCRIPTIONS and earlier:
        # 'Acme said "...". But the firm denied reports. "...," it said': Acme (the sentence
        # before may end in a quote, so it is read from the paragraph's start)
        before = masked[earlier[-1][0] : earlier[-1][1]].strip()
        spoke = _BODY_SPOKE.match(before)
        body = spoke["body"] if spoke and spoke["verb"] in VERB_SET else ""
        if body and _names_a_body(body, masked) and _named_mid_sentence(body, masked):
            return body
    for spoke in (_BODY_SPOKE.match(sentence), _BODY_SPOKE_LAST.search(sentence)):
        if spoke and spoke["verb"] in VERB_SET and _names_a_body(spoke["body"], masked):
            return spoke["body"]
    m = _BODY_SUBJECT.match(sentence)
    if m is None:
        return None
    body = m.group("body").rstrip()
    words = body.split()
    if not words[0][:1].isupper() or words[-1] in ("of", "for", "and", "&", "the"):
        return None  # "the company": a description, which names no one for the reader
    cut = next((k for k, w in enumerate(words) if w in ("of", "for")), len(words))
    head = words[cut - 1].strip(".,")  # "Ministry of Health": the head before "of"
    if head.lower() not in NON_PERSON_HEADS and head not in BODY_NAME_ENDS:
        return None
    return body
