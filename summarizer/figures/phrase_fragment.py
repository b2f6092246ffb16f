"""Whether a context phrase opens or ends as a clause fragment.

Every other step cuts and mends phrases for one shape it knows; a shape none of them knows can
still leave a bullet that opens at a verb whose subject was cut ("refunded …"), at a
conjunction, relative pronoun or a preposition's adjunct ("with … and rising"), or that ends on
a word waiting for what was cut ("… through"). Such a bullet reads worse than a plain clause
or the figure alone, so `context_fallback` asks this check before it shows one. Pure: words in,
a verdict out.
"""

from __future__ import annotations

from summarizer.figures.phrase_fragment_words import (
    CONJUNCTIONS,
    END_PARTICLES,
    END_WAITING,
    NOT_PARTICIPLES,
    OPEN_PREPOSITIONS,
    OPENER_STARTS,
    RELATIVES,
    REPORTING,
    RUN_OPENERS,
)
from summarizer.figures.phrase_kinds import finite, verb_like
from summarizer.figures.phrase_words import AUXILIARIES

MARK = "…"
_CONJUNCTIONS = frozenset(CONJUNCTIONS.split())
_RELATIVES = frozenset(RELATIVES.split())
_NOT_PARTICIPLES = frozenset(NOT_PARTICIPLES.split())
_OPEN_PREPOSITIONS = frozenset(OPEN_PREPOSITIONS.split())
_END_WAITING = frozenset(END_WAITING.split())
_AUXILIARIES = frozenset(AUXILIARIES.split())
_END_PARTICLES = frozenset(END_PARTICLES.split())
_RUN_OPENERS = frozenset(RUN_OPENERS.split())
_REPORTING = frozenset(REPORTING.split())
_OPENER_STARTS = frozenset(OPENER_STARTS.split()) | _OPEN_PREPOSITIONS
_PRONOUNS = frozenset(("he", "she", "it", "they", "we", "i", "you"))
_PUNCTUATION = ".,;:!?\"“”‘’'()[]—–-"
TITLED_WORDS = 3  # capitalised words of a headline's run glued before a sentence
OPENER_WORDS = 4  # words at most of a verbless opener ("On Tuesday,", "By contrast,")


def fragment(phrase: str) -> bool:
    """Whether `phrase` opens (`open_fragment`) or ends (`end_fragment`) as a fragment; a
    short verbless opener is passed first ("On Tuesday, | endorsing …" opens at a verb)."""
    return bool(open_fragment(_past_opener(phrase)) or end_fragment(phrase))


def whole_clause(phrase: str, sentence_start: bool) -> bool:
    """Whether `phrase`, a run of a sentence's clauses, reads as a whole clause: no fragment,
    no comma right before an auxiliary ("…, | has been"), and, when it starts inside its
    sentence, opening at a capital, a determiner or a pronoun (not "by contrast," or "65%
    than"), and not at a verbless name a verb, preposition or conjunction follows: "Laura Bush,
    | worked …" and "New York, | on Wednesday …" start at the end of a clause not shown."""
    words = phrase.split()
    if not words or fragment(phrase):
        return False
    for i in range(1, len(words)):
        after = words[i].strip(_PUNCTUATION)
        if words[i - 1].endswith(",") and after.islower() and finite(after):
            return False
    first = words[0].strip(_PUNCTUATION)
    if not sentence_start and (
        not (first[:1].isupper() or first in _RUN_OPENERS) or _affiliation(first)
    ):
        return False
    if not sentence_start and not any(w.islower() and _verb(w) for w in words):
        return False  # "the shot put and the …": a list's items, no clause
    cut = next((i for i, w in enumerate(words) if w.endswith(",")), len(words) - 1)
    head = [w.strip(_PUNCTUATION) for w in words[: cut + 1]]
    if cut + 1 >= len(words) or any(w.islower() and verb_like(w) for w in head):
        return True
    if head[0].lower() in _PRONOUNS and (len(head) < 2 or head[1][:1].islower()):
        return True  # "he remains very popular, | with …" (not "It Came To Them ...")
    after = words[cut + 1].strip(_PUNCTUATION)
    if not after.islower():
        return True
    if sentence_start:  # "It Came To Them Clear Evidence, | showed …": a headline's words
        titled = len(head) >= TITLED_WORDS and all(w[:1].isupper() for w in head)
        return not (titled and verb_like(after))
    return not (verb_like(after) or after in _OPEN_PREPOSITIONS or after in _CONJUNCTIONS)


def _affiliation(word: str) -> bool:
    """A party and state after a name ("R-Texas", "D-N.Y."): an aside, not a subject."""
    return len(word) > 2 and word[0] in "RDI" and word[1] == "-" and word[2:3].isupper()


def _past_opener(phrase: str) -> str:
    """`phrase` after a leading verbless opener of a few words that ends at a comma ("On
    Tuesday,", "By contrast,", "Eventually,") or a reporting clause ("he said,"), when one
    opens it; a name before a comma is no opener ("Apple, | which …")."""
    words = phrase.split()
    for i, word in enumerate(words[: OPENER_WORDS + 1]):
        if word.endswith(","):
            head = [w.strip(_PUNCTUATION).lower() for w in words[: i + 1]]
            if head[-1] in _REPORTING and len(head) > 1:
                return " ".join(words[i + 1 :])  # "he said, | was …"
            opener = head[0] in _OPENER_STARTS or head[0].endswith("ly")
            if opener and not any(map(_finite, head)) and MARK not in head:
                return " ".join(words[i + 1 :])  # "On Tuesday, | endorsing …"
            return phrase
    return phrase


def open_fragment(phrase: str) -> str:
    """What kind of fragment `phrase` opens as ("verb", "conjunction", "relative",
    "adjunct"), or "" when it opens well: at the figure, a capital, a subject, a determiner.
    An adjunct is a lower-case preposition's phrase with no finite verb after it ("with … of
    the vote", "with … and rising": an absolute's participle makes no clause).
    """
    words = _words(phrase)
    if not words or words[0] == MARK or not words[0].islower():
        return ""
    first = words[0]
    if first in _CONJUNCTIONS:
        return "conjunction"
    if first in _RELATIVES:
        return "relative"
    if first in _AUXILIARIES or finite(first):
        return "verb"
    if first not in _NOT_PARTICIPLES and verb_like(first) and not _noun_before_comma(phrase):
        return "verb"
    if first in _OPEN_PREPOSITIONS and not any(map(_finite, words[1:])):
        if first == "from" and words[1:2] == [MARK] and "to" not in words:
            return ""  # a change's base: `context_hosts` chose what it shows
        return "adjunct"
    return ""


def end_fragment(phrase: str) -> str:
    """The word `phrase` ends on when it waits for what was cut ("… and", "… of the", "… is"),
    else "". Only a lower-case word counts ("… join IS" ends on a name)."""
    words = _words(phrase)
    if not words or words[-1] == MARK or phrase.rstrip().endswith(("?", "!")):
        return ""  # "… then what is?": a question ends whole
    last = words[-1]
    if len(words) > 1 and last in _END_PARTICLES and verb_like(words[-2]):
        return ""  # "when she was breaking in": a particle
    if last.islower() and (last in _CONJUNCTIONS or last in _END_WAITING):
        return last
    return ""


def _verb(word: str) -> bool:
    """A word that makes a clause: a participle or finite verb, or "said" and its kin."""
    return verb_like(word) or word.strip(_PUNCTUATION) in _REPORTING


def _noun_before_comma(phrase: str) -> bool:
    """Whether the phrase's first word, in "-ing" or "-ed", stands alone before a comma
    ("farming, where …"): a noun an aside follows, not a participle with an object."""
    first = phrase.split()[0]
    return first.endswith(",") and not finite(first.rstrip(","))


def _finite(word: str) -> bool:
    """A word that makes a clause of an adjunct's words: an auxiliary or a past form."""
    return word.islower() and finite(word)


def _words(phrase: str) -> list[str]:
    words = [w.strip(_PUNCTUATION) or w for w in phrase.split()]
    return [w for w in words if w.strip(_PUNCTUATION)]
