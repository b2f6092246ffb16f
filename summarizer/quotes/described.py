"""A sentence whose subject is a description of a person ("But a party spokesman said ...",
"One city trader said ...", "But the 24-year-old Corkman signed ..."): the most recent subject
a "he said" after it can mean. Skipping over it to an older name puts words in the mouth of
someone who did not speak; the description itself is what the reader can be told (when it is
indefinite, the text introduces someone it never names), else nobody."""

from __future__ import annotations

from typing import NamedTuple

from summarizer.quotes.name_lexicon import INDEFINITES
from summarizer.quotes.narration import AGE, PERSON_WORDS
from summarizer.quotes.phrase_lexicon import (
    AGENT_ENDINGS,
    CLAUSE_FILLERS,
    DESCRIPTION_ADVERBS,
    DESCRIPTION_TAIL_LEADS,
    NON_PERSON_HEADS,
    NOT_DESCRIPTION_HEADS,
    NOT_IN_DESCRIPTION,
    RELATIVE_LEADS,
    THING_NOUNS,
)
from summarizer.quotes.verbs import VERB_SET
from summarizer.quotes.word_kinds import is_demonym_word

HEAD_REACH = 5  # words after the determiner read for the description's head
RELATIVE_REACH = 12  # words of a relative clause between commas read for its end
TAIL_REACH = 8  # words of a phrase after the head ("for the firm") read for its speech verb
_LEADS = CLAUSE_FILLERS | {"however"}  # "But a spokesman said", "However, the keeper"
_DEFINITE = "the"
_OPENERS = INDEFINITES | {_DEFINITE}  # what opens a description


class Description(NamedTuple):
    words: str  # as the text gives it, lead words off: "a UKIP spokesman"
    definite: bool  # "the ...": someone the text may name elsewhere
    spoke: bool  # a speech verb follows it ("said", "also told"), not another verb


def _person_head(word: str) -> bool:
    bare = word.strip(".,;:")
    low = bare.lower()
    if low in NOT_DESCRIPTION_HEADS:
        return False
    return low in PERSON_WORDS or AGE.fullmatch(low) is not None or is_demonym_word(bare)


def _agent_noun(word: str) -> bool:
    """A head noun that names one person by what they do ("broker", "analyst", "editor"),
    not a body or a thing ("government", "report") nor a plural ("traders"); the person head
    words (`_person_head`) are tried first by the caller."""
    low = word.strip(".,;:").lower()
    return low not in NOT_DESCRIPTION_HEADS and low.endswith(AGENT_ENDINGS)


def description_subject(sentence: str) -> Description | None:
    """The description of a person that opens `sentence` as its subject, maybe after "But"
    or "And": a determiner, then either a person's head word ("spokesman", "31-year-old",
    "Glaswegian") before a word in lower case, or any words before a speech verb ("One
    leading city broker said"); None for a thing ("The report said") or anything else."""
    words = sentence.split()
    if not words or not words[0][:1].isupper():
        return None  # '..." the president will say, ...': the tail of a quote's cue
    d = 0
    while d < len(words) - 1 and words[d].strip(",").lower() in _LEADS:
        d += 1
    if d >= len(words) - 1 or words[d].lower() not in _OPENERS:
        return None
    if words[d][-1:] in ",;:":
        return None
    head = -1
    for j in range(d + 1, min(len(words), d + 1 + HEAD_REACH)):
        w = words[j]
        low = w.strip(".,;:").lower()
        if low in NOT_IN_DESCRIPTION:
            break
        if j > d + 1 and w.islower() and _verb_after([w]) is not None:
            break  # "One leading city broker said": the phrase ends at its verb
        if _person_head(w) or (w.islower() and _agent_noun(w)):
            head = j  # the last noun of a person ("veteran ... trader")
        if w[-1:] in ",;:.":
            break
    if head < 0:
        return None
    last = words[head].strip(".,;:").lower()
    if last in NON_PERSON_HEADS or last in THING_NOUNS:
        return None
    nxt = words[head + 1] if head + 1 < len(words) else ""
    end = head + 1
    if nxt in DESCRIPTION_TAIL_LEADS:  # "a spokesman for the firm said": runs to the verb
        verb = next(
            (j for j in range(end, _relative_start(words, end)) if words[j] in VERB_SET),
            None,
        )
        if verb is None:  # "a spokesman for the board, which runs the trade, said"
            phrase_end, verb = _relative_skipped(words, end)
            if verb is not None:
                phrase = " ".join(w.strip(",;:") for w in words[d:phrase_end])
                said = _verb_after(words[verb : verb + 2])
                if said is None:
                    return None
                return Description(phrase, words[d].lower() == _DEFINITE, said in VERB_SET)
        end = verb if verb is not None else end
    elif not nxt.islower() or nxt.strip(",") in NOT_IN_DESCRIPTION:
        return None  # "The 31-year-old Glaswegian Jo Lee", "the man who"
    if words[end - 1][-1:] in ",;:" or end >= len(words):
        return None  # "A potential vice president pick, Lee is ...": an apposition
    verb = _verb_after(words[end : end + 2])
    if verb is None:
        return None  # "the candidate could try", "The candidate herself took": not sure enough
    phrase = " ".join(w.strip(",;:") for w in words[d:end])
    return Description(phrase, words[d].lower() == _DEFINITE, verb in VERB_SET)


def _relative_start(words: list[str], start: int) -> int:
    """Where the search for a description's speech verb stops: at a relative clause set off
    by a comma ("A member of the board, who asked ...,": "asked" is the clause's verb, not
    the description's), else `TAIL_REACH` words on."""
    for c in range(start, min(len(words) - 1, start + TAIL_REACH)):
        if _opens_relative(words, c):
            return c + 1
    return min(len(words), start + TAIL_REACH)


def _opens_relative(words: list[str], c: int) -> bool:
    """Whether a relative clause set off by a comma opens after `words[c]` (", who asked")."""
    return words[c][-1:] == "," and words[c + 1].lower() in RELATIVE_LEADS


def _relative_skipped(words: list[str], start: int) -> tuple[int, int | None]:
    """After a description's head and its phrase ("a spokesman for the Acme Trust,"): a
    relative clause between commas (", which runs the trade,"), then what follows it. Returns
    where the description ends and where the words after the clause start (None: no such
    clause)."""
    for c in range(start, min(len(words) - 1, start + TAIL_REACH)):
        if _opens_relative(words, c):
            for k in range(c + 2, min(len(words) - 1, c + 2 + RELATIVE_REACH)):
                if words[k][-1:] in ".;:":
                    return c + 1, None
                if words[k][-1:] == ",":
                    return c + 1, k + 1
            return c + 1, None
        if words[c][-1:] in ",.;:":
            break
    return start, None


def _verb_after(words: list[str]) -> str | None:
    """The verb right after a description, maybe after one adverb ("said", "also told",
    "underlined"): a speech verb or a past tense in "-ed"; None for anything else."""
    for k, word in enumerate(words):
        low = word.strip(",;:.")
        if not low.islower():
            return None
        if low in VERB_SET or low.endswith("ed"):
            return low
        if k or not (low.endswith("ly") or low in DESCRIPTION_ADVERBS):
            return None
    return None
