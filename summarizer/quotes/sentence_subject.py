"""Sentence-level readings the antecedent search (`antecedent.Antecedents`) asks of one
sentence: whether a name opens it as its subject, which subjects belong to its main clause,
and whether it names a second person by a job word. Apart from the search itself, which walks
back through the narration and decides what these readings mean for "he said"."""

from __future__ import annotations

import re

from summarizer.quotes.bare_subject import acts_unnamed
from summarizer.quotes.cast import Cast
from summarizer.quotes.given_names import female_share
from summarizer.quotes.names import NameIndex
from summarizer.quotes.phrase_lexicon import SUBORDINATORS
from summarizer.quotes.verbs import VERB_SET
from summarizer.quotes.word_kinds import is_job, is_title
from summarizer.text.language import stop_words
from summarizer.text.lexicon import UPPER

_NAME_RUN = re.compile(rf"(?<!\w)[{UPPER}][\w’'-]+(?:[ \t]+[{UPPER}][\w’'-]+)*")


def role_leads(lead: str) -> bool:
    """Whether the words that open a sentence before a name are a job title, maybe after its
    body's name: "Celtic manager" in "Celtic manager O'Neill is no fan of stars." The name is
    a person's and the sentence's subject, even where the text never gives it in full, so a
    "he said" after it is not an earlier speaker's (bbc_train11 dev, read in session 18:
    in-sample; a club president got the manager's words)."""
    words = lead.rsplit(",", 1)[-1].split()
    k = 0
    while k < len(words) and words[k][:1].isupper():
        k += 1
    jobs = words[k:]
    return (
        bool(jobs)
        and len(words) <= ROLE_LEAD_WORDS
        and all(w.islower() and (is_job(w) or is_title(w)) for w in jobs)
    )


ROLE_LEAD_WORDS = 5  # the longest "Body job title" run read before a name


def main_clause_first(
    masked: str, first: int, subjects: list[tuple[int, str]]
) -> list[tuple[int, str]]:
    """The subjects of a sentence that opens with a subordinate clause ("After coach Tom Hale
    left, manager Ian Pell took over."): those of the main clause, after the clause's comma,
    when it has any; the subordinate clause's subject is not whom the sentence is about
    (Session 16)."""
    head = masked[first : first + 20].split(None, 1)
    if not head or head[0].lower() not in SUBORDINATORS:
        return subjects
    comma = masked.find(",", first)
    if comma < 0:
        return subjects
    main = [(p, n) for p, n in subjects if p > comma]
    return main or subjects


def another_person(sentence: str, who: str) -> bool:
    """Whether the sentence a description's person was found in also names someone else
    by a job word, after them: after "Ray skipped the news conference, which his
    assistant Jo Dee took.", "the former striker said" could be either, and only the
    world outside the text knows which. A name as a mere object ("after Oliver awarded
    a penalty") does not count: the description re-describes the sentence's subject."""
    last = who.split()[-1]
    seen_who = False
    for m in _NAME_RUN.finditer(sentence):
        names = m.group().split()
        if names[-1] == last:
            seen_who = True
            continue
        before = sentence[: m.start()].split()[-1:]
        job = bool(before) and before[0].islower() and is_job(before[0])
        if seen_who and len(names) > 1 and job:
            return True
    return False


def described_full_name(lead: str, name: str, rest: str, languages: frozenset[str]) -> bool:
    """Whether a full name led by a given name, after a few words that describe its bearer
    ("Lyon flyer", "uncapped"; maybe after a connective and its comma: "Meanwhile,"), opens
    the sentence and acts ("Meanwhile, uncapped Jo Lee is delighted ..."): a person is the
    subject there, though no job word or title says so (reading25: a debutant so brought in
    went unseen, and his "the youngster said" went to the coach quoted before). Not a name
    after a function word ("with Jo Lee") or a verb ("praised Jo Lee"): an object."""
    words = name.split()
    if len(words) < 2 or female_share(words[0]) is None or not _ACTS_NEXT.match(rest):
        return False
    lead_words = lead.split(",", 1)[1].split() if _CONNECTIVE_LEAD.match(lead) else lead.split()
    if not lead_words or len(lead_words) > ROLE_LEAD_WORDS or not lead_words[-1].islower():
        return False
    stops = set().union(*(stop_words(lang) for lang in languages))
    return all(
        w[:1].isupper() or ((w.isalpha() or "-" in w) and w not in stops and w not in VERB_SET)
        for w in lead_words
    )


# A verb right after a name ("Jo Lee is", "Jo Lee has", "Jo Lee earned"): the name acts.
_ACTS_NEXT = re.compile(r"[ \t]+(?:is|was|has|had|will|would|could|can|did|does|[a-z]+ed)\b")
# A connective and its comma opening the sentence ("Meanwhile, ", "However, ").
_CONNECTIVE_LEAD = re.compile(r"[A-Z][a-z]+,")


def names_a_subject(sentence: str, languages: frozenset[str], index: NameIndex, cast: Cast) -> bool:
    """A sentence opening with a name the text gives in full ("Kim could have ...";
    "Despite a bogey, Trahan ..."), not a name as an object ("forcing Sanders to")."""
    for m in _NAME_RUN.finditer(sentence):
        lead = sentence[: m.start()].strip()
        if role_leads(lead):
            return True  # "Celtic manager O'Neill is ...": a job before a name, a person
        if described_full_name(lead, m.group(), sentence[m.end() :], languages):
            return True  # "Meanwhile, uncapped Jo Lee is ...": words about her, her name
        if lead and not lead.endswith(","):
            continue
        if any(m.group().split()[0].lower() in stop_words(lang) for lang in languages):
            continue  # "If Clinton wins", "The United States": no name opens the sentence
        key = m.group().split()[-1]
        if cast.firm(m.group()):
            continue  # "Seekwell has added ...", after "co-founder of Seekwell": a firm
        if key in index.full or key in index.people:
            return True
        if acts_unnamed(sentence, m.start(), m.group(), VERB_SET, index.plausible(key)):
            return True  # "Cruz openly admitted ...": a person the text names by surname only
    return False
