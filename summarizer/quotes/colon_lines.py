"""Who a sentence ending in the colon that opens a quote names: 'as Lee put it:', a label
('HuffPollster:', 'Reyes on Taxes:', 'POLLS - Ann Bell and Jo Lee:'), a name closing the
sentence ('... doesn't shock pollster Nell Varga:'), else the sentence's subject. A title's colon
('Mayor Answers Flood Critics:') names nobody, nor does a name that is spoken to ('told Mr
Hart:') or spoken of ('about coach Tom Hale:'). Apart from `before`, which reads the speech
cues first and comes here only for a colon with no cue before it."""

from __future__ import annotations

import re
from collections.abc import Collection

from summarizer.quotes.cues import CuePatterns
from summarizer.quotes.inverted import inverted_label
from summarizer.quotes.name_lexicon import ROLES
from summarizer.quotes.name_phrase import clean_name
from summarizer.quotes.phrase_lexicon import (
    ADDRESSEE_WORDS,
    COLON_OBJECT_PREPOSITIONS,
    DOCUMENT_LABEL,
    OBJECT_LEAD_INS,
)
from summarizer.quotes.raw_quote import tidy
from summarizer.quotes.speakers import Speaker, parse_speaker
from summarizer.quotes.subjects import CLAUSE_SPLIT, clause_subject, last_subject, main_clauses
from summarizer.quotes.word_kinds import is_job
from summarizer.text.language import stop_words
from summarizer.text.lexicon import UPPER

HEADLINE_WORDS = 3  # long words, all capitalised, that make a line before a colon a title
_ENDS_WITH_NAME = re.compile(
    r"\s((?:[" + UPPER + r"][\w’'\-]+\s){1,2}[" + UPPER + r"][\w’'\-]+):\s*$"
)
# A joint label before a colon ("POLLS - Ann Bell and Jo Lee:"): the first-named speaks, as in
# a joint cue (`speakers._first_of_joint`); the clause split would keep the last name.
_CAP_NAME = r"[" + UPPER + r"][\w’'\-.]+(?:\s+[" + UPPER + r"][\w’'\-.]+){0,2}"
_JOINT_LABEL = re.compile(rf"(?:^|\s)(?P<who>{_CAP_NAME}\s+(?:and|&)\s+{_CAP_NAME}):\s*$")
# A sentence that ends in "!", "?" or "." run into a dash: the next sentence starts after it.
_END_THEN_DASH = re.compile(r"[.!?][ \t]*[—–][ \t]*")
_NOT_TOPIC_LEADS = frozenset({"of", "by", "via", "from", "the", "a", "an", "as", "is", "was"})
# A preposition, maybe with role words, right before a name that ends a colon lead-in
# ("spoke to reporters about coach Tom Hale:"): what is spoken of, not who speaks. Not "of"
# ("secretary of state Jo Lee:" names the speaker by a role), nor "by", "via", "from" ("a
# report by Jo Lee:", "a message from Jo Lee:": the words are Jo Lee's).
_TOPIC_BEFORE = re.compile(
    r"(?<!\w)(?:"
    + "|".join(sorted(OBJECT_LEAD_INS - _NOT_TOPIC_LEADS))
    + r")(?:\s+(?:"
    + "|".join(sorted(ROLES))
    + r")){0,2}\s*$"
)
# "..., told Sky Sports:": a last clause that opens with a verb or preposition of address.
_TOLD_FIRST = re.compile(r"\s*(?:" + "|".join(ADDRESSEE_WORDS) + r")\s", re.I)
# A verb or preposition whose object is the name before a colon: the one spoken to
# ("... had once told Mr Hart:", "... in a letter to Jo Lee:"), not the speaker.
_ADDRESSEE = re.compile(r"\b(?:" + "|".join(ADDRESSEE_WORDS) + r")\s*$", re.I)


def colon_line(
    sentence: str, cues: CuePatterns, languages: Collection[str]
) -> tuple[Speaker | None, str | None, str]:
    """Speaker, cue and path (`RawQuote.how`) of a `sentence` that ends in a colon; `languages`
    are the text's and those the words before the quote are written in (verb-second labels)."""
    sentence = _END_THEN_DASH.split(sentence)[-1]  # "... tempting!— Cruz called them on it:"
    m = cues.pre_as.search(sentence)
    if m:
        return parse_speaker(m.group("who")), tidy(m.group("verb")), "before:colon-as"
    clauses = CLAUSE_SPLIT.split(sentence)
    if DOCUMENT_LABEL.fullmatch(clauses[-1].strip()):
        return None, ":", ""  # "Transcript as follows: “...”": a printed text, no speaker
    if _headline(clauses[-1]):
        return None, ":", ""  # "Mayor Answers Flood Critics: ‘...’": a title, no speaker
    inverted, sp = inverted_label(clauses[-1], languages)
    if inverted:  # "Zuvor hatte Schulz gesagt:", "Am Abend teilte die Polizei mit:"
        return (sp, ":", "before:colon-subject") if sp else (None, ":", "")
    joint = _JOINT_LABEL.search(sentence)
    label = parse_speaker(joint.group("who")) if joint else None
    topic = _TOPIC_ON.match(clauses[-1].strip())
    if topic and not joint:
        # "Network Chief On Mayor Reyes:", "Reyes on Taxes:": a label whose speaker comes
        # before "on" (the topic): a name, else nobody ("Network Chief" names no one)
        label = parse_speaker(topic.group("who"))
        if label is None or label.kind != "name" or is_job(topic.group("who").split()[-1]):
            return None, ":", ""
        return label, "name:", "before:colon-label"
    if label is None or label.kind != "name" or len(clauses) < 2:
        label = parse_speaker(clauses[-1].rstrip(": "))
        if label is not None and _TOLD_FIRST.match(clauses[-1]):
            label = None  # "..., told Sky Sports:": the one spoken to, no label
    if label and label.kind == "name" and (joint or len(clauses[-1].split()) <= 4):
        return label, "name:", "before:colon-label"  # "Media shares blame - HuffPollster: “...”"
    m = _ENDS_WITH_NAME.search(sentence)
    if m and _ADDRESSEE.search(sentence[: m.start(1)]):
        return None, ":", ""  # "she had twice told Mr Hart:": Hart is spoken to
    if m and _TOPIC_BEFORE.search(sentence[: m.start(1)]):
        return None, ":", ""  # "Ian Pell spoke about coach Tom Hale:": Hale is the topic
    name = clean_name(m.group(1).split()) if m else []
    if name:  # "... doesn't shock Democratic pollster Nell Varga:"
        return Speaker("name", " ".join(name)), "name:", "before:colon-name"
    if _object_colon(sentence):
        return None, ":", ""  # "... the message of: '...'": words cited, not the subject's
    if participle := _BARE_PARTICIPLE.search(sentence):
        # "Jo Pell said Mr Hart had a roasting from MPs adding:": the one who said, not Hart
        sp = next(
            filter(None, map(clause_subject, main_clauses(sentence[: participle.start()]))), None
        )
        if sp and sp.kind == "name" and _reported_name(sentence, sp.text):
            sp = None  # "It was said that Mr Hart had ... adding:": Hart is spoken of
        return (sp, participle["verb"], "before:participle") if sp else (None, ":", "")
    sp = last_subject(sentence)
    if sp and sp.kind == "name" and _function_word(sp.text, cues):
        sp = None  # "Hence the following post:": an adverb opens the clause, no name
    if sp and sp.kind == "name" and _aside_name(clauses, sp.text):
        sp = None  # "..., but instead, Ordinary People, roused by ...:": no subject
    if sp and sp.kind == "name" and _reported_name(sentence, sp.text):
        sp = None  # "Another said he hoped that Trump wins:": Trump is only spoken of
    return (sp, ":", "before:colon-subject") if sp else (None, ":", "")


def _reported_name(sentence: str, name: str) -> bool:
    """Whether `name` is the subject of a that-clause ending the words before the colon ("One
    user said he hoped with "all his heart" that Trump wins the race:"): the clause is what
    someone said or hoped, its subject spoken of, not the one whose words follow (reading23c:
    a reader's joke was credited to the candidate it named). Not "later that day, Trump went
    further:", where "that" is no conjunction and the comma ends its phrase."""
    return (
        re.search(rf"\bthat\s+(?:[^\s,]+\s+){{0,2}}{re.escape(name)}\b[^:]*:\s*$", sentence)
        is not None
    )


def _object_colon(sentence: str) -> bool:
    """Whether a preposition ends the words before the colon ("... the equivalent of the
    message of:"): what follows is the preposition's object, cited words, not speech."""
    words = sentence.rstrip().removesuffix(":").split()
    return bool(words) and words[-1].lower() in COLON_OBJECT_PREPOSITIONS


def _aside_name(clauses: list[str], name: str) -> bool:
    """Whether `name` is a clause of its own, with no verb, between two others, and the next
    one is a participle with "by" ("... but instead, Ordinary People, roused by Ann Lee's
    melodrama:", "Quiet Harbour, directed by Jo Lee:"): a work and who made it, whose words the
    colon brings in; not a speaker (session 20: a film's title was credited with a line from
    it). "Her father, Tom Vane, put it plainly:" has a verb of its own after the name."""
    for k in range(1, len(clauses) - 1):
        if clauses[k].strip() == name and _MADE_BY.match(clauses[k + 1]):
            return True
    return False


# A past participle and "by" opening a clause: "roused by", "written by", "directed by".
_MADE_BY = re.compile(r"\s*[a-z]+(?:ed|en|wn|ung)\s+by\s", re.I)


# A speech participle right before the colon with no comma before it (BBC copy: "... from MPs
# adding:"): it goes with the sentence's first subject, the one whose speech verb the sentence
# has already given; the name nearest the colon is only spoken of (reading24e: a Labour MP's
# words went to the chancellor he spoke about). With a comma, `cues.pre_participle` reads it.
_BARE_PARTICIPLE = re.compile(
    r"[^\s,;]\s+(?P<verb>adding|saying|insisting|stressing|explaining|noting|warning|declaring):\s*$"
)

_TOPIC_ON = re.compile(
    rf"(?P<who>[{UPPER}][\w’'.-]*(?:[ \t]+[{UPPER}][\w’'.-]*){{0,3}})[ \t]+[Oo]n[ \t]+"
    rf"[{UPPER}][^:]{{0,60}}:$"
)


def _headline(sentence: str) -> bool:
    """Title case: every word of four letters or more capitalised, at least HEADLINE_WORDS of
    them ("Lee on Ruiz Releasing Her Speech Transcripts:"), not all in capitals (a kicker
    before a byline: "POLLS WERE RIGHT - Jo Lee:")."""
    words = sentence.split()
    if not words or not words[0][:1].isupper():  # "by The Post's Jo Lee:": a byline
        return False
    long_words = [w for w in words if len(w.strip(":,")) > 3]
    titled = all(w[:1].isupper() for w in long_words) and not all(w.isupper() for w in long_words)
    return len(long_words) >= HEADLINE_WORDS and titled


def _function_word(name: str, cues: CuePatterns) -> bool:
    """A one-word "name" that is a function word of the text's languages ("Hence", "Also")."""
    if " " in name:
        return False
    return any(name.lower() in stop_words(lang) for lang in cues.languages)
