"""A news outlet that "reported" a quote, named after its closing mark ("', the Guardian
Australia reported."): the paper printed the words, someone else said them.

Why: the name-first cue took the outlet for the speaker and credited it with a commenter's
words (cnndm2 dev, read in session 22: in-sample). The verb-first shape ('," reported the Daily
Star') already names no one. Here the person the quote's own sentence (or the one before) has
speak ("he commented on a post with the comment '...'") is its speaker, if exactly one; else
the quote stays unattributed.
"""

from __future__ import annotations

import re
from functools import cache

from summarizer.quotes.given_names import female_share
from summarizer.quotes.name_lexicon import OFFICE_HONORIFICS
from summarizer.quotes.raw_quote import RawQuote
from summarizer.quotes.speakers import Speaker, parse_speaker
from summarizer.quotes.speech_lexicon import OUTLET_NAME_WORDS
from summarizer.quotes.verbs import vocabulary

OUTLET_HOW = "after:outlet"  # `raw.how` while the outlet's cue awaits `sentence_source`
SOURCE_HOW = "after:outlet-sentence"
_STOP = re.compile(r"[.!?…]['’\"”]?\s+")
# A sentence that opens with a person's name as its subject ("Mr James appears in ...",
# "Jo Lee posted ..."): a titled surname or two capitalised words, then a word in lower case.
_OPENING_NAME = re.compile(
    r"\s*(?P<who>(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+[A-Z][\w’'-]+|[A-Z][\w’'-]+\s+[A-Z][\w’'-]+)\s+[a-z]"
)


def is_outlet(who: str, sp: Speaker) -> bool:
    """The subject of "reported" after a quote is a news outlet: a name right after "the"
    ("the Guardian Australia") or one with a word of an outlet's name ("Sky News",
    "Reuters"). "CNN's Jo Lee reported" stays Lee's: a correspondent's report is her own."""
    if sp.kind != "name":
        return False
    return who.strip() == f"the {sp.text}" or any(w in OUTLET_NAME_WORDS for w in sp.text.split())


def _person(name: str) -> bool:
    """A name the sentence gives someone who speaks: a titled surname or a full name of two
    words or more, none an outlet's ("Fighting went on" is no one)."""
    words = name.split()
    if any(w in OUTLET_NAME_WORDS for w in words):
        return False
    return words[0].rstrip(".") in OFFICE_HONORIFICS or len(words) > 1


def _given(name: str) -> bool:
    """A titled surname or a name that opens with a given name ("New York" is no one's)."""
    first = name.split()[0].rstrip(".")
    return first in OFFICE_HONORIFICS or female_share(first) is not None


@cache
def _subject_verb(languages: frozenset[str]) -> re.Pattern[str]:
    """ "he commented", "Jo Lee wrote": a pronoun or a capitalised name of up to three words,
    then a speech verb, anywhere in a sentence."""
    name = r"[A-Z][\w’'\-\u2024]*"
    return re.compile(
        r"\b(?P<who>[Hh]e|[Ss]he|" + name + r"(?:\s+" + name + r"){0,2})\s+(?:also\s+)?"
        r"(?:" + vocabulary(languages).verb + r")\b"
    )


def sentence_source(text: str, raw: RawQuote, languages: frozenset[str]) -> None:
    """Credit `raw` to the one person its own sentence has speak (by the name it opens with,
    if any), else the one the sentence before has (two or more different ones: nobody)."""
    start = text.rfind("\n", 0, raw.open_pos) + 1
    before = text[start : raw.open_pos]
    stops = [0, *(m.end() for m in _STOP.finditer(before))]
    sentences = [before[stops[-1] :]]
    if len(stops) > 1:
        sentences.append(before[stops[-2] : stops[-1]])
    pattern = _subject_verb(languages)
    for sentence in sentences:
        subjects = {m["who"] for m in pattern.finditer(sentence)}
        if len(subjects) > 1:
            return
        if subjects:
            who = subjects.pop()
            opening = _OPENING_NAME.match(sentence)
            if who.lower() in ("he", "she") and opening and _given(opening["who"]):
                # "Mr James appears in a photo, and later he commented ...": the sentence's
                # own subject is the "he"; the text's last-named speaker may be another
                who = opening["who"]
            sp = parse_speaker(who)
            if sp is not None and (sp.kind == "pronoun" or (sp.kind == "name" and _person(who))):
                raw.speaker, raw.cue, raw.how = sp, "reported", SOURCE_HOW
            return
