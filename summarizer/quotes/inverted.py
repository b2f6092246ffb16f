"""Verb-second clauses (German, Dutch): a clause that opens with an adverb, a time word or a
prepositional phrase puts its subject after the finite verb ("Später sagte der Minister:",
"Am Abend teilte die Polizei mit:", "Daarna zei De Vries:"). The opening words name nobody
(issue #17: "Später" credited as a speaker); the subject after the verb speaks when it reads
as a name, a pronoun or a description, else nobody does (an earlier name would be a guess)."""

from __future__ import annotations

from collections.abc import Collection

from summarizer.quotes.cue_words import (
    ADDRESSEE_NOUNS,
    FRONTED_ADVERBS,
    FRONTED_CONJUNCTIONS,
    FRONTED_PREPOSITIONS,
    INVERTED_PRONOUNS,
    NAME_PARTICLES_AFTER_VERB,
    PARTICLE_ARTICLES,
    SUBJECT_ARTICLES,
    V2_AUXILIARIES,
)
from summarizer.quotes.speakers import Speaker, parse_speaker
from summarizer.quotes.verbs import VERBS_BY_LANGUAGE
from summarizer.text.language import stop_words

V2_LANGUAGES = ("de", "nl")
_ADVERBS = {lang: frozenset(FRONTED_ADVERBS[lang].split()) for lang in V2_LANGUAGES}
_PREPOSITIONS = {lang: frozenset(FRONTED_PREPOSITIONS[lang].split()) for lang in V2_LANGUAGES}
_FRONTED_WORDS = 8  # the longest fronted phrase read ("Nach einem Treffen mit den Anwohnern")
_DESCRIPTION_WORDS = 3  # words read after an article ("der neue Minister")
_LOWER_ROLE_WORDS = 2  # a role in lower case before a name ("zei minister Piet Jansen")


def _fronted(words: list[str], languages: Collection[str]) -> bool:
    """`words` are a whole fronted phrase of a verb-second language of `languages`: adverbs or
    time words ("Gestern Abend"), maybe then a prepositional phrase ("Später am Abend")."""
    low = [w.lower() for w in words]
    while low and low[0] in FRONTED_CONJUNCTIONS:
        low = low[1:]
    if not low or len(low) > _FRONTED_WORDS:
        return False
    for lang in V2_LANGUAGES:
        if lang not in languages:
            continue
        k = 0
        while k < len(low) and low[k] in _ADVERBS[lang]:
            k += 1
        if k == len(low) or (low[k] in _PREPOSITIONS[lang] and k + 1 < len(low)):
            return True
    return False


def subject_after(tail: str) -> Speaker | None:
    """The subject right after a verb-second clause's verb: a third-person pronoun ("er"),
    a description after an article ("der Minister", read as the same words before a verb
    are), or a capitalised name ("De Vries", "Jan de Vries"); else None."""
    words = tail.strip().rstrip(":,").split()
    while words and words[0] in _ADVERBS["de"] | _ADVERBS["nl"]:
        words = words[1:]  # "sagte auch der Minister"
    if not words:
        return None
    first = words[0].strip(",:;")
    if first in INVERTED_PRONOUNS:
        return Speaker("pronoun", first)
    if first in SUBJECT_ARTICLES:
        phrase = [first]
        for w in words[1 : _DESCRIPTION_WORDS + 1]:
            bare = w.strip(",:;")
            if not bare.isalpha() or bare in stop_words("de") or bare in stop_words("nl"):
                break
            phrase.append(bare)
            if bare != w:
                break
        return parse_speaker(" ".join(phrase)) if len(phrase) > 1 else None
    role = 0  # "zei minister Piet Jansen": a role in lower case before the name
    while role < min(len(words), _LOWER_ROLE_WORDS) and words[role].isalpha():
        if not words[role].islower():
            break
        role += 1
    run = words[:role]
    for i, w in enumerate(words[role:], start=role):
        nxt = words[i + 1] if i + 1 < len(words) else ""
        particle = w in NAME_PARTICLES_AFTER_VERB and run and nxt[:1].isupper()
        particle = particle or (w in PARTICLE_ARTICLES and run and run[-1] in ("von", "van"))
        if not (w[:1].isupper() or particle) or w.strip(",:;") in ADDRESSEE_NOUNS:
            break
        run.append(w.strip(",:;"))
        if w[-1:] in ",:;":
            break
    sp = parse_speaker(" ".join(run)) if len(run) > role else None
    return sp if sp is not None and sp.kind == "name" else None


def inverted_verb(verb: str) -> tuple[str, ...]:
    """The verb-second languages whose speech verb `verb` is ("sagte", "zei")."""
    verb = " ".join(verb.split())
    return tuple(lang for lang in V2_LANGUAGES if verb in VERBS_BY_LANGUAGE[lang])


def inverted_cue(clause: str, verb: str, tail: str) -> tuple[bool, Speaker | None]:
    """Whether `clause`, the words of a cue's clause before its speech `verb`, is a fronted
    phrase ("Später", "Am Montag", "und danach"), and then the subject after the verb."""
    if not _fronted(clause.split(), inverted_verb(verb)):
        return False, None
    return True, subject_after(tail)


def inverted_label(clause: str, languages: Collection[str]) -> tuple[bool, Speaker | None]:
    """A colon lead-in with no speech verb we know that opens with a fronted phrase, then a
    finite verb ("Am Abend teilte die Polizei mit:", "Zuvor hatte Schulz gesagt:"): whether
    it is one, and then the subject after that verb (the first reading that gives one)."""
    words = clause.rstrip(": ").split()
    found = False
    for k in range(1, min(len(words), _FRONTED_WORDS + 1)):
        verb = words[k]
        if not (verb.isalpha() and verb.islower()) or not _fronted(words[:k], languages):
            continue
        if any(verb in stop_words(lang) for lang in V2_LANGUAGES) and verb not in V2_AUXILIARIES:
            continue  # "Nach dem Treffen mit ...": a preposition, no verb
        found = True
        sp = subject_after(" ".join(words[k + 1 :]))
        if sp is not None:
            return True, sp
    return found, None
