"""Partial quotes: a phrase quoted inside the reporter's own sentence is the speaker's words too.

'Lee said the plan was "dead on arrival before it even reached the floor"' credits the phrase
to the subject of the sentence's last speech verb before it. Such a phrase is no full quote:
`find_quotes` lists it only when asked, and `key_quotes` shows one only when no full quote is
left. A phrase after "called", "dubbed" and the like is a name for something, not speech, and
a phrase with no speech verb before it in its sentence is nobody's.
"""

from __future__ import annotations

import re
from functools import cache

from summarizer.quotes.possessive import owner_before
from summarizer.quotes.raw_quote import RawQuote, raw_text, tidy
from summarizer.quotes.speakers import Speaker, parse_speaker
from summarizer.quotes.speech_lexicon import FINITE_AUXILIARIES, SPEECH_ADVERBS
from summarizer.quotes.subjects import clause_subject
from summarizer.quotes.verbs import PARTICIPLES, vocabulary
from summarizer.quotes.word_kinds import count_words
from summarizer.text.tokenize import last_sentence

PARTIAL_MIN_WORDS = 4  # shorter phrases are terms and scare quotes more often than speech


# The sentence up to the quote: anything, then its last speech verb, then no end of sentence.
# A participle counts ("other than Pai saying it was done"): the last verb wins.
@cache
def _last_verb(languages: frozenset[str]) -> re.Pattern[str]:
    return re.compile(
        r"^(?P<head>[^\"“”«»„]*)\b(?P<verb>"
        + vocabulary(languages).verb
        + "|"
        + "|".join(PARTICIPLES)
        + r")\b(?P<tail>[^.!?\"“”«»]{0,200}?)(?<!\s)\s*$",
        re.S,
    )


_TERM = re.compile(
    r"\b(?:called|calls|call|dubbed|named|nicknamed|titled|entitled|labell?ed|branded|"
    r"so-called|known as|described as|describing \w+ as)\s*$",
    re.I,
)
_HAS_CAPITAL = re.compile(r"(?<![\w'’])[^\W\d_](?<=[A-ZА-ЯЁ])")
_DATELINE = re.compile(r"^[A-Z][A-Z .'’-]{2,}(?:,[ \t]+[A-Z][\w .'’-]{1,30})?[ \t]+[-—–][ \t]+")
_NO_SUBJECT = re.compile(r"(?:[A-Z][a-z]+ing\b|(?:who|which|whose|that)\b)")
_TRAILING_ADVERBS = re.compile(r"(?:\s+(?:" + "|".join(sorted(SPEECH_ADVERBS)) + r"))+\s*$")
_RELAYED = re.compile(r"(?:Quoting|Citing|Relaying)\b")
_RELATIVES = frozenset({"who", "which", "that", "whom"})
# Two people as the verb's subject, the "and" inside the name group ("biographers, Ann and Tom
# Vane, wrote that"): read whole, not split at "and" into two clauses (reading24).
_JOINT_AT_END = re.compile(
    r"(?:^|,)[ \t]*([A-Z][\w’'\-]+(?:[ \t]+[A-Z][\w’'\-]+)?[ \t]+and[ \t]+"
    r"[A-Z][\w’'\-]+(?:[ \t]+[A-Z][\w’'\-]+){0,2})[ \t]*,?[ \t]*$"
)
_NAME_AT_END = re.compile(r"(?<![\w’'])[A-Z][\w’'\-]+(?:[ \t]+[A-Z][\w’'\-]+){0,3}[ \t]*$")
_CLAUSES = re.compile(r",|;|\s[—–-]\s|\s(?:and|but|when|while|because|after|so)\s")


def _relative(clause: str) -> bool:
    """The words before the speech verb are a relative pronoun, maybe with auxiliaries and
    adverbs ("who", "who has publicly"): the verb's subject is whom the clause before ends
    with, not the sentence's (reading23c: "Lee praised Jo Ray, who has publicly vowed ...
    "X"" gave Ray's words to Lee)."""
    words = clause.split()  # case kept: "which Will claims" has a subject of its own
    return bool(words) and words[0].lower() in _RELATIVES and all(map(_filler, words[1:]))


def _filler(word: str) -> bool:
    return word in FINITE_AUXILIARIES or word in SPEECH_ADVERBS or word.endswith("ly")


def mark_partial(
    masked: str, raws: list[RawQuote], paras: list[tuple[int, int]], languages: frozenset[str]
) -> None:
    """Credit each raw quote that is no speech but a phrase in a speech verb's sentence."""
    for raw in raws:
        if raw.speech:
            continue
        quote = raw_text(masked, raw)
        found = partial_speaker(masked, raw, paras[raw.first_para][0], quote, languages)
        if found is not None:
            raw.partial = True
            raw.speaker, raw.cue = found
            raw.how = "partial"


def partial_speaker(
    masked: str,
    raw: RawQuote,
    para_start: int,
    quote: str,
    languages: frozenset[str],
    min_words: int = PARTIAL_MIN_WORDS,
) -> tuple[Speaker, str] | None:
    """(speaker, cue) for a phrase quoted inside a sentence whose speech verb names who said
    it; None when the quote is no such phrase. `min_words`: the shortest phrase read (a
    caller that has other evidence of speech may read shorter ones, `lead_phrase`)."""
    if not raw.closed or len(raw.spans) != 1 or raw.straight_single:
        return None
    if count_words(quote, min_words) < min_words:
        return None
    words = quote.split()
    if all(w[:1].isupper() for w in words if len(w) > 3):
        return None  # a title
    before = masked[para_start : raw.open_pos].rstrip()
    if not before or before[-1] in '.!?:"”»…' or _TERM.search(before):
        return None
    sentence = _DATELINE.sub("", last_sentence(before).lstrip())  # "CAIRO, Egypt - Lee warned"
    if _RELAYED.match(sentence):
        return None  # "Citing court papers, The Courier said ...": whose words, the paper's?
    m = _last_verb(languages).match(sentence)
    owned = False  # the verb next to the quote was a noun after a possessive
    while m is not None and owner_before(m.group("head")):
        # "said Trump's remarks "...": the noun is no cue; an earlier verb may be one
        owned, m = True, _last_verb(languages).match(sentence, 0, m.start("verb"))
    if m is None:
        return None
    joint = _JOINT_AT_END.search(m.group("head"))
    pair = parse_speaker(joint.group(1)) if joint else None
    if pair is not None and pair.kind == "name":
        return pair, tidy(m.group("verb"))
    clauses = _CLAUSES.split(m.group("head"))
    if _relative(clauses[-1]):
        # "... with the singer, who told friends he was the "best thing ever"": the words of
        # whom the clause before ends with, a name only ("Jo Lee, who said"), else nobody
        before = _NAME_AT_END.search(clauses[-2]) if len(clauses) > 1 else None
        sp = parse_speaker(before.group()) if before else None
        return (sp, tidy(m.group("verb"))) if sp is not None and sp.kind == "name" else None
    sp = parse_speaker(clauses[-1]) if clauses[-1].strip() else None
    if sp is not None and sp.kind == "description":  # "Another leader Jo Lee also said"
        named = parse_speaker(_TRAILING_ADVERBS.sub("", clauses[-1]))
        sp = named if named is not None and named.kind == "name" else sp
    if sp is None and not _HAS_CAPITAL.search(clauses[-1]):
        # "Buffon was sent off after Oliver ..., and later said": the main clause's subject,
        # the first one, not the nearest (a subordinate clause's); not a participle's clause
        # ("Speaking outside the court, Jo Lee - who ... - described it as") nor a relative
        for clause in clauses:
            if not _NO_SUBJECT.match(clause.lstrip()):
                sp = sp or clause_subject(clause)
    cued = raw.speaker if raw.how.startswith("after:") and raw.cue else None
    if sp is None and not owned and cued is not None and cued.kind == "name":
        # 'The answers are "not meeting the demand," says Jo Lee': the sentence's subject is
        # no one ("The"), the cue after the phrase names who said it (reading24d)
        return cued, raw.cue
    if sp is None or (owned and sp.kind != "name"):
        return None  # after "Trump's comments", a name's verb only, not a whole clause
    return sp, tidy(m.group("verb"))
