"""What a sentence of narration says about its people, for `resolve`: who is a clause's
subject and who only an object or an owner, which speech verb credits whom, and where the
sentences of the narration end. Token and pattern rules, no tagger."""

from __future__ import annotations

import re
from functools import cache
from itertools import pairwise

from summarizer.quotes.name_lexicon import DETERMINERS, ROLE_PREFIXES, ROLES
from summarizer.quotes.phrase_lexicon import NON_PERSON_HEADS, OBJECT_LEAD_INS, PROTAGONIST_HEADS
from summarizer.quotes.pronoun_lexicon import (
    COURTESY_TITLES,
    FEMININE_WORDS,
    MASCULINE_WORDS,
    OWNING_DETERMINERS,
)
from summarizer.quotes.speech_lexicon import OBJECT_VERBS
from summarizer.quotes.verbs import VERB_SET, alternation, vocabulary
from summarizer.quotes.word_kinds import is_title
from summarizer.text.lexicon import UPPER

# Where a sentence ends in masked text (abbreviation dots are masked, so "." ends one).
# A line break ends one too, unless the line after it goes on with the sentence (", hinting").
SENTENCE_END = re.compile(r"[.!?…][\"”’»)]*\s+|\n(?![ \t]*[,;:a-z])")
AGE = re.compile(r"\d+-year-old$")
# A sentence opening with one of these has a description for its subject ("The former
# governor noted ..."): a name before it is no longer the one a pronoun points to.
DESCRIBED_SUBJECTS = frozenset({"The", "A", "An"})
REPORTED_CLAUSE_LEADS = frozenset({"that", "whether", "if"})
DESCRIPTION_REACH = 5  # words read from a sentence's start for the head of its subject
MODIFIERS_AFTER_AGE = 3  # capitalised words read between an age and a person's noun
OWNED_WORDS = 3  # words read after "Lee's" for a person ("Lee's former campaign aide")
PERSON_WORDS = ROLES | PROTAGONIST_HEADS | MASCULINE_WORDS | FEMININE_WORDS


@cache
def role_patterns(role: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A name after the role word ("spokeswoman Ana Ruiz") and a name the role follows in
    apposition ("Ana Ruiz, a spokeswoman for the firm")."""
    name = r"[" + UPPER + r"][\w’'\-]+(?:[ \t]+[" + UPPER + r"][\w’'\-]+){0,2}"
    role_word = r"(?i:" + re.escape(role) + r")"
    return (
        re.compile(r"(?<![\w-])" + role_word + r"[ \t]+(?P<name>" + name + r")"),
        re.compile(
            r"(?P<name>" + name + r"),[ \t]+(?:a|an|the|its|his|her|their)[ \t]+"
            r"(?:[\w’'\-]+[ \t]+){0,3}?" + role_word + r"\b"
        ),
    )


@cache
def verb_before_pattern(languages: frozenset[str]) -> re.Pattern[str]:
    """A speech verb that is no object's ("told", "asked"), then up to three role words, right
    before a name (or its surname): ", said prosecutor Jo Lee", "said Lee". Not "said that
    Lee", "agreed with Lee": the name must end its clause too (`antecedent._CLAUSE_END`)."""
    verbs = [v for v in vocabulary(languages).verbs if " " not in v and v not in OBJECT_VERBS]
    given = r"(?:[" + UPPER + r"][\w’'.-]*[ \t]+){0,2}"  # the given names of a surname mention
    roles = alternation(sorted(ROLES | {"the", "a", "an", "its", "his", "her", "their"}))
    return re.compile(
        r"(?<!\w)" + alternation(verbs) + r"[ \t]+(?:(?i:" + roles + r")[ \t]+){0,3}" + given + "$"
    )


_TAG_END = re.compile(r"[ \t]*[,—–]")  # the comma or dash that closes a speech tag


@cache
def verb_next_pattern(languages: frozenset[str]) -> re.Pattern[str]:
    """A speech verb right after a name, maybe after one adverb ("Ferre said", "Lee also
    told")."""
    verb = vocabulary(languages).verb
    return re.compile(r"[ \t\u00a0,]+(?:\w+ly\s+|also\s+|later\s+)?" + verb + r"\b")


def owns_the_subject(masked: str, first: int, pos: int, name: str) -> bool:
    """The sentence opens with the person as the owner of a thing that is its subject
    ("Lee's plan is laid out when he says:", "Ms Lee's ordeal began ..."): the person the
    pronoun points to. Not when what is owned may be a person ("Lee's lawyer said he", "Lee's
    former aide"), who may speak."""
    lead = masked[first:pos].split()
    if lead and (len(lead) > 1 or lead[0].rstrip(".\u2024") not in COURTESY_TITLES):
        return False
    end = pos + len(name)
    if not name.endswith(("'s", "’s")):
        if not masked.startswith(("'s", "’s"), end):
            return False
        end += 2
    words = masked[end : end + 40].split()[:OWNED_WORDS]
    if not words or not words[0][:1].islower():
        return False
    owned = [w.strip(",.;:").lower() for w in words]
    return not any(w in PERSON_WORDS or is_title(w) for w in owned)


def reports(sentence: str, pronoun: str, languages: frozenset[str]) -> bool:
    """The sentence opens with the pronoun and a speech verb ("He said Lee was ill", "She
    also said ..."): the people after it are in what the pronoun's person reported."""
    head = sentence.lstrip()
    if head[: len(pronoun)].lower() != pronoun:
        return _tagged(head, pronoun, languages)
    return verb_next_pattern(languages).match(head, len(pronoun)) is not None


def _tagged(sentence: str, pronoun: str, languages: frozenset[str]) -> bool:
    """The pronoun speaks in a tag set off by commas inside the sentence ("What got under her
    skin, she said, was a man who asked Clinton ..."): the people named are in what the
    pronoun's person reported, not its subject (reading23c: a friend's words went to Clinton)."""
    verb_next = verb_next_pattern(languages)
    for m in re.finditer(rf"[,;—–][ \t]*{re.escape(pronoun)}\b", sentence, re.I):
        v = verb_next.match(sentence, m.end())
        if v is not None and _TAG_END.match(sentence, v.end()):
            return True
    return False


def pronoun_subject(sentence: str, pronoun: str) -> bool:
    """The pronoun is a subject of the sentence: it opens the sentence or a clause after a
    comma ("She pointed to ...", "Awed by the Byrds, he was amazed")."""
    return (
        re.search(r"(?:^|[,;]\s)\s*" + re.escape(pronoun) + r"\s", sentence.lstrip(), re.I)
        is not None
    )


def reported_subject(masked: str, pos: int) -> bool:
    """A name that opens a "that" or "whether" clause ("in the event that Lee wins", "said
    that Lee would go"): the subject of what is reported, not of the sentence."""
    before = masked[max(0, pos - 40) : pos].split()
    while before and before[-1][:1].isupper() and before[-1][-1:].isalpha():
        before.pop()  # the given names of a surname mention
    if not before or before[-1].lower() not in REPORTED_CLAUSE_LEADS:
        return False
    return len(before) < 2 or before[-2].lower() not in OBJECT_LEAD_INS  # "with that, Lee"


def described_subject(sentence: str) -> bool:
    """The sentence opens with a description of a person ("The former governor ...", "A
    28-year-old nurse ..."), not of a thing ("A protest in the city ...", "The band ...")."""
    words = sentence.split()[:DESCRIPTION_REACH]
    if not words or words[0] not in DESCRIBED_SUBJECTS:
        return False
    heads = (w.strip(".,;:").lower() for w in words[1:])
    return any(w in ROLES or w in PROTAGONIST_HEADS or AGE.fullmatch(w) for w in heads)


def refers_back(sentence: str) -> bool:
    """ "The 28-year-old hurt his knee ...": "the" and an age alone, no relative clause: the
    person the sentence before spoke of, described again (BBC style), not someone new. So
    with capitalised words and a person's noun after the age: "The 34-year-old Dutch
    midfielder is out of contract" (bbc_train9 dev, read in session 21: in-sample)."""
    words = sentence.split()[: 3 + MODIFIERS_AFTER_AGE]
    if len(words) < 3 or words[0] != "The" or not AGE.fullmatch(words[1].strip(",")):
        return False
    k = 2
    while k < len(words) - 1 and k - 2 < MODIFIERS_AFTER_AGE and words[k][:1].isupper():
        k += 1  # "Dutch", "Manchester United"
    if k > 2 and words[k].lower() not in PERSON_WORDS:
        return False  # "The 40-year-old Leeds factory closed": no person
    nxt = words[k + 1] if k > 2 else words[k]
    return nxt[:1].islower() and nxt not in ("who", "whose", "and", "of", "from")


def sentences(text: str, start: int, stop: int) -> list[tuple[int, int]]:
    """Bounds of the sentences of text[start:stop]."""
    cuts = [start, *(m.end() for m in SENTENCE_END.finditer(text, start, stop)), stop]
    return [(a, b) for a, b in pairwise(cuts) if a < b]


def _role_word(word: str) -> bool:
    """A role word, also with a prefix joined by a hyphen ("vice-chairman", "co-founder"):
    after a name, it makes the name the role's employer ("Acme vice-chairman Jo Lee"), not a
    subject (the hyphenated form added in session 18, bbc_train12 dev, read: a "he" went to
    the club named before its vice-chairman)."""
    if is_title(word):
        return True
    prefix, _, rest = word.partition("-")
    return prefix.lower() in ROLE_PREFIXES and bool(rest) and is_title(rest)


def is_subject(masked: str, pos: int, name: str) -> bool:
    """A mention that can be a clause's subject: no possessive ("Smith's aide"), no
    preposition or article before it ("of Smith", "the Smith report"), no owner ("My Quick
    Find": a product), no role word after it ("Smith spokesman Jo Lee"), and no place or
    body ("Dade County")."""
    if name.endswith(("'s", "’s")) or masked.startswith(("'s", "’s"), pos + len(name)):
        return False
    if name.split()[-1].strip(".,").lower() in NON_PERSON_HEADS:
        return False
    before = masked[max(0, pos - 60) : pos].split()
    while before and before[-1][:1].isupper() and before[-1][-1:].isalpha():
        if before[-1].lower() in OWNING_DETERMINERS:
            return False  # "Under My Quick Find people can": a product's name, no one's
        before.pop()  # the given names of a surname mention ("of Edith Marlowe")
    after = masked[pos + len(name) : pos + len(name) + 20].split()
    if after and after[0].islower() and _role_word(after[0]):
        return False
    if len(before) > 1 and before[-1].lower() in DETERMINERS and before[-2] in VERB_SET:
        return True  # '," said the firm's director Jo Lee': the subject after its verb
    roles = before
    while roles and roles[-1].lower() in ROLES:
        roles = roles[:-1]  # the role words before a name ("the writer Emile Zola")
    if len(roles) < len(before) and roles and roles[-1].lower() in DETERMINERS:
        # "of the writer Emile Zola" is an object; "The writer Emile Zola wrote" a subject
        return len(roles) < 2 or roles[-2].lower() not in OBJECT_LEAD_INS
    if len(roles) < len(before) and roles and roles[-1].lower() in OBJECT_LEAD_INS:
        # "to coach Tom Hale" is an object as "to Tom Hale" is (Session 16: "Asked about
        # coach Tom Hale, manager ..." gave Hale); not "looked on, manager Ian Pell"
        return False
    return not (before and before[-1].lower().strip(",") in OBJECT_LEAD_INS)
