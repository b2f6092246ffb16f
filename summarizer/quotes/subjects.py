"""Clause subjects: the name or pronoun a clause opens with, and the subject of the last
clause of a lead-in that has one ("Smith, a spokesman for X, said:")."""

from __future__ import annotations

import re

from summarizer.quotes.body_tail import continues_body
from summarizer.quotes.cue_words import CLAUSE_LEADS
from summarizer.quotes.phrase_lexicon import (
    CLAUSE_FILLERS,
    CROWD_NOUNS,
    FRONTED_PREPOSITIONS,
    OBJECT_LEAD_INS,
    PARTICIPLE_FOLLOWERS,
    PLACE_PREPOSITIONS,
    SUBORDINATORS,
    WITH_WORDS,
)
from summarizer.quotes.pronoun_lexicon import IMPERSONAL_SUBJECTS
from summarizer.quotes.relative_aside import opens_relative
from summarizer.quotes.speakers import NICKNAMED, Speaker, parse_speaker
from summarizer.quotes.word_kinds import CONNECTORS, PRONOUNS, is_job, is_title
from summarizer.text.language import stop_words
from summarizer.text.lexicon import UPPER

_WITH = re.compile(r"(?<!\w)(?:" + "|".join(WITH_WORDS) + r")(?!\w)", re.I)
# A clause that ends with a preposition and a place ("at a rally in Leeds"): a capitalised
# clause after it is the place's region, no speaker.
_PLACE_BEFORE = re.compile(
    r"(?<!\w)(?i:" + "|".join(PLACE_PREPOSITIONS) + r")\s+[" + UPPER + r"][\w’'\-]*\s*$"
)
ROLE_WORDS = 3  # lower-case role words read between "the" and a name
FRONTED_WORDS = 4  # words of a fronted time or place phrase read before a pronoun subject
CLAUSE_SPLIT = re.compile(r",|;|\s[—–-]\s|\s(?:" + "|".join(CLAUSE_LEADS) + r")\s")
# An appositive that relates its person to others ("the daughter of Tom Lee", "a friend of
# Ann Cole"): a name that "and" joins to it is the preposition's second object ("the daughter
# of Tom Lee and Mary Lee, said"), not the verb's subject (reading22c: a tweet credited so)
_RELATION_OF = re.compile(r"^\s*(?i:the|a|an|his|her|their)\s+[\w'’-]+(?:\s+[\w'’-]+)?\s+of\s")


# "..., and later the chancellor told": a description of a person that ends the cue's own
# clause, before its verb (lower-case words after a determiner: "his wife", "the 55-year-old")
_OWN_DESCRIPTION = re.compile(
    r"^\s*(?i:(?:and|but|then|later|so|yet|also|meanwhile|afterwards|instead|now)\s+){0,3}"
    r"(?P<words>(?i:the|a|an|his|her|their|its|one|another)(?:\s+[a-z0-9][\w'’-]*){1,3})\s*$"
)
# 'und später sagte der Minister:', 'a déclaré le ministre :': a description after the verb
_DESCRIPTION_AFTER_VERB = re.compile(
    r"^\s*(?i:der|die|den|dem|ein|eine|le|la|l['’]|un|une|el|il|lo|de|het|een)\s*\w[\w-]*"
    r"(?:\s+\w[\w-]*)?\s*[:,]?\s*$"
)

_RELATIVE_END = re.compile(r"\s(?:who|that|which|whom)$", re.I)  # "an architect who told"
# '..., puis le ministre a déclaré :', '..., dann hat der Minister gesagt:': before the verb
_FOREIGN_DESCRIPTION = re.compile(
    r"(?:^|\s)(?:le|la|l['’]|der|die|el|il|het)\s*\w[\w-]*(?:\s+(?:a|hat|ha|heeft))?\s*$"
)


def own_described_subject(last: str, tail: str) -> Speaker | bool | None:
    """Whether the clause that holds the cue's verb has a description of a person for its
    subject: before the verb ("..., and later the chancellor told reporters:") or after it in
    languages that put it there ("..., und später sagte der Minister:"). Then the subject of an
    earlier clause ("Mr Blair denied the claim") did not speak (issue #17: words put in the
    wrong mouth). The description (a `Speaker`) when it reads as one, True when there is one
    it cannot read, False when there is none."""
    m = _OWN_DESCRIPTION.search(last)
    if m:
        sp = parse_speaker(m.group("words"))
        if sp is not None and sp.kind == "description" and not _RELATIVE_END.search(sp.text):
            return sp
    return bool(_DESCRIPTION_AFTER_VERB.match(tail) or _FOREIGN_DESCRIPTION.search(last))


def clause_subject(clause: str) -> Speaker | None:
    """The grammatical subject at the start of a clause, when it is a pronoun or a name."""
    tokens = clause.split()
    while tokens and tokens[0].lower() in CLAUSE_FILLERS:
        tokens = tokens[1:]
    if not tokens:
        return None
    first = tokens[0].strip(",")
    if first.lower() in PRONOUNS and first.lower() not in IMPERSONAL_SUBJECTS:
        return Speaker("pronoun", first.lower())
    nicknamed = NICKNAMED.match(" ".join(tokens))
    if nicknamed and " ".join(tokens)[nicknamed.end() :][:1] in ("", ","):
        return Speaker("name", nicknamed.group())  # 'Marco "Big M" Tellan said:'
    fronted = _pronoun_after_fronted_phrase(tokens)
    if fronted is not None:
        return fronted
    titled = _titled_name(tokens) or _role_then_name(tokens)
    if titled is not None:
        return titled
    lead: list[str] = []
    for i, t in enumerate(tokens):
        nxt = tokens[i + 1] if i + 1 < len(tokens) else ""
        joined = t == "of" and bool(lead) and nxt[:1].isupper()
        joined = joined or (bool(lead) and is_title(t) and bool(nxt))  # "presidential nominee"
        if not (t[:1].isupper() or joined) or t[-1:] in ",:;":
            lead.append(t.rstrip(",:;")) if t[:1].isupper() else None
            break
        lead.append(t)
    if not lead or lead[-1][-2:] in ("’s", "'s") or lead[-1][-1:] in "’'":
        return None
    after = tokens[len(lead) : len(lead) + 1]
    if after and after[0].islower() and (is_job(after[0]) or is_title(after[0])):
        return None  # "The former Leeds United striker": the team is his role's, no name
    if after and after[0].strip(",:;") in CROWD_NOUNS:
        return None  # "WWE fans react": the name qualifies a crowd, no one speaks by it
    if len(lead) == 1 and lead[0].endswith("ing") and after and _participle_lead(after[0]):
        return _after_participle(tokens)  # "Laying into the record ...": a participle
    sp = parse_speaker(" ".join(lead))
    return sp if sp and sp.kind == "name" else None


def _participle_lead(word: str) -> bool:
    """The word after a capitalised "-ing" word opens a participle clause ("Speaking after",
    "Laying into"): the "-ing" word is no name."""
    return word in OBJECT_LEAD_INS or word.lower() in PARTICIPLE_FOLLOWERS


def _after_participle(tokens: list[str]) -> Speaker | None:
    """A participle clause run into its subject with no comma ("Speaking after the vote was
    counted Jo Lee"): the full name that ends it, unless a preposition or article leads that
    name ("Speaking to the BBC", "Speaking in Leeds": the object), else nobody."""
    words = trailing_name(" ".join(tokens)).split()
    before = tokens[len(tokens) - len(words) - 1] if len(words) < len(tokens) else ""
    if len(words) < 2 or not before or before.lower() in OBJECT_LEAD_INS:
        return None
    sp = parse_speaker(" ".join(words))
    return sp if sp and sp.kind == "name" else None


def _pronoun_after_fronted_phrase(tokens: list[str]) -> Speaker | None:
    """ "on March 9 she walked in": a personal pronoun after a short time or place phrase
    that opens the clause (no comma, no other pronoun or verb in it) is its subject."""
    if tokens[0].lower() not in FRONTED_PREPOSITIONS:
        return None
    for k in range(2, min(len(tokens), FRONTED_WORDS + 2)):
        word = tokens[k].lower()
        if word in PRONOUNS:
            if word in IMPERSONAL_SUBJECTS or k + 1 >= len(tokens):
                return None
            return Speaker("pronoun", word) if tokens[k + 1][:1].islower() else None
        if tokens[k - 1][-1:] in ",;:":
            return None
    return None


def _full_name_at(tokens: list[str], k: int) -> Speaker | None:
    """The capitalised run from token `k` (up to a comma or colon), if it is a full name."""
    run: list[str] = []
    for t in tokens[k:]:
        if not t[:1].isupper():
            if is_job(t) or is_title(t):
                return None  # "The former Leeds United striker": a team's name, his role's
            break
        run.append(t.rstrip(",:;"))
        if t[-1:] in ",:;":
            break
    sp = parse_speaker(" ".join(run)) if len(run) >= 2 else None
    return sp if sp and sp.kind == "name" and " " in sp.text else None


def _titled_name(tokens: list[str]) -> Speaker | None:
    """A clause that opens with "the" and a role, then a name: "The judge Lady Justice Jo
    Lee interrupted ..." -> Jo Lee (a title is no part of the name)."""
    if len(tokens) < 3 or tokens[0].lower() != "the":
        return None
    k = 1
    while k < len(tokens) and k <= ROLE_WORDS and is_title(tokens[k]) and tokens[k].islower():
        k += 1
    if k == 1:
        return None
    return _full_name_at(tokens, k)


def _role_then_name(tokens: list[str]) -> Speaker | None:
    """A capitalised party or team word, lower-case role words, then a full name: "Green
    party treasurer Jo Lee mocked ..." -> Jo Lee (the first word alone is no name)."""
    if len(tokens) < 4 or not tokens[0][:1].isupper() or tokens[0][-1:] in ",:;":
        return None
    if tokens[0].lower() in stop_words("en"):
        return None  # "As press secretary Jo Lee explained, ...": a subordinate clause
    k = 1
    while k < len(tokens) and k <= ROLE_WORDS and tokens[k].islower():
        k += 1
    if k == 1 or not is_title(tokens[k - 1].rsplit("-", 1)[-1].strip(",")):
        return None
    return _full_name_at(tokens, k)


def trailing_name(clause: str) -> str:
    """The capitalised words that end a clause ("... by former leader Jo Lee" -> "Jo Lee")."""
    words = clause.split()
    k = len(words)
    while k and (words[k - 1][:1].isupper() or words[k - 1] in CONNECTORS):
        k -= 1
    return " ".join(words[k:])


def last_subject(text: str) -> Speaker | None:
    """The subject of the last clause of `text` that has one. Passed over: a clause that
    "that" opens, unless the verb ends it ("Lee joked that Rome was the answer, but went on
    to say:"), a name in
    apposition to the object of "with" ("Ana Ruiz, in a joint statement with the party's
    leader, Jo Lee,") and a place after a place ("at a rally in Leeds, Yorkshire,")."""
    clauses = _clauses_with_leads(text)
    for k in range(_relative_list_start(clauses) - 1, -1, -1):
        lead, clause = clauses[k]
        if lead == "that" and k < len(clauses) - 1:  # not the clause the verb ends
            continue
        if lead == "and" and k > 1 and _RELATION_OF.match(clauses[k - 1][1]):
            continue  # "Lee, 35, the daughter of Tom Lee and Mary Lee, said": not Mary Lee
        bare_name = all(w[:1].isupper() for w in clause.split())
        before = clauses[k - 1][1] if k else ""
        if bare_name and (_WITH.search(before) or _PLACE_BEFORE.search(before)):
            continue
        if bare_name and lead == "and" and continues_body(before):
            continue  # "at the Center for Strategic and International Studies,": its name
        if bare_name and _role_field(clauses, k):
            continue  # "Jo Lee, Acme vice president, Research and Design,": the role's field
        if bare_name and k >= 2 and opens_relative(clauses[k - 1][1]):
            # "C. Al Ray, who served as counsel under Mr. Lee's father, Tom Lee, ticked through
            # the list:": the name belongs to the aside, the subject is Al Ray (PolNeAR train,
            # session 23's check set: the father got the counsel's words)
            continue
        words = clause.split()
        if k and (appositive_role(words) or affiliated_role(words) or _job_first(words)):
            continue  # "Jo Lee, BBC political editor,": a role, not the subject
        if len(words) == 1 and words[0].endswith("ing") and k + 1 < len(clauses):
            nxt_lead, nxt = clauses[k + 1]  # "Speaking after the vote Jo Lee": cut at "after"
            if nxt_lead and _participle_lead(nxt_lead):
                sp = _after_participle([words[0], nxt_lead, *nxt.split()])
                if sp:
                    return sp
                continue
        sp = clause_subject(clause)
        if sp:
            return sp
    return None


RELATIVE_OPENERS = frozenset({"who", "whose", "whom", "which"})


def _relative_list_start(clauses: list[tuple[str, str]]) -> int:
    """Where a relative aside whose list runs up to the verb begins ("The actor, whose films
    include A, B and C, said:", "Jo Lee, who has worked with A and B, said:"): the clause the
    relative word opens, when every clause after it is capitalised and the last one "and"
    joins on. Their names are the aside's objects, not the verb's subject (bbc_train13 dev,
    read in session 22: in-sample; a film's title got an actor's five quotes). The number of
    clauses when there is no such aside."""
    last = len(clauses) - 1
    while last > 0 and not any(w[:1].isupper() for w in clauses[last][1].split()):
        last -= 1  # the comma that closes the aside, the verb after it ("said:")
    if last < 2 or clauses[last][0] != "and":
        return len(clauses)
    k = last
    while k > 0 and clauses[k][0] in ("", "and") and _capitalised(clauses[k][1]):
        k -= 1
    words = clauses[k][1].split()
    if 0 < k < last and words and words[0].lower() in RELATIVE_OPENERS:
        return k
    return len(clauses)


def _role_field(clauses: list[tuple[str, str]], k: int) -> bool:
    """Clause `k`, capitalised words maybe joined to others by "and", follows a comma after an
    appositive role ("Jo Lee, Acme vice president, Research and Design, said"): the field the
    role covers, no subject (Session 16: a vice president's words given to "Intellectual
    Property")."""
    j = k
    while j > 0 and clauses[j][0] == "and" and _capitalised(clauses[j - 1][1]):
        j -= 1
    return j > 1 and clauses[j][0] == "" and appositive_role(clauses[j - 1][1].split())


def _job_first(words: list[str]) -> bool:
    """A clause after a comma that opens with a job word and no name after it: "Sprecherin des
    Verbandes" (German capitalises its nouns), "Chairman of Acme". It describes the name
    before it (Session 16: a German spokeswoman's words given to "Sprecherin")."""
    first = words[0].strip(",") if words else ""
    return bool(first) and is_job(first) and (len(words) == 1 or not words[1][:1].isupper())


def _capitalised(clause: str) -> bool:
    words = clause.split()
    return bool(words) and all(w[:1].isupper() for w in words)


def appositive_role(words: list[str]) -> bool:
    """A clause after a comma that names a role, maybe after its body or place ("BBC
    political editor", "North East transport policy officer"): it describes the name before
    it, and its capitalised words are no subject. It ends in a job word after a word in lower
    case (not "Jo Lee" nor "Mayor Jo Lee")."""
    if len(words) < 2 or not words[0][:1].isupper():
        return False
    last = words[-1].strip(",.;:")
    return words[-2][:1].islower() and is_job(last)


# Prepositions that tie a role to the body it serves ("Radiologist at Westgate General
# Hospital", "professor of geography at Redhill University").
AFFILIATION_PREPOSITIONS = frozenset({"at", "of", "for", "with"})


def affiliated_role(words: list[str]) -> bool:
    """A clause after a comma that gives a role and the body it is held at: "Consultant
    Clinical Radiologist at Westgate General Hospital", "professor of geography at Redhill
    University". It opens with a job word ("Consultant") or a word in lower case, and a
    preposition ties it to a body; it describes the name before it. Its capitalised words are
    no subject ("Clinical Radiologist"), and the body after the preposition no speaker
    (Session 13: a consultant's and a professor's words given to their titles and colleges)."""
    if len(words) < 3:
        return False
    first = words[0].strip(",")
    if not (first.islower() or is_job(first)):
        return False
    return any(w in AFFILIATION_PREPOSITIONS for w in words[1:-1])


def _clauses_with_leads(text: str) -> list[tuple[str, str]]:
    """The clauses of `text` as CLAUSE_SPLIT cuts them, each with the word that cut it off
    ("that", "and", ...; "" after a comma or at the start)."""
    out: list[tuple[str, str]] = []
    start, lead = 0, ""
    for m in [*CLAUSE_SPLIT.finditer(text), None]:
        out.append((lead, text[start : m.start() if m else len(text)]))
        if m is not None:
            start, lead = m.end(), m.group().strip(",; —–-").lower()
    return out


def main_clauses(text: str) -> list[str]:
    """The clauses of `text` (as CLAUSE_SPLIT cuts them) that no subordinating word opens:
    in "In June, after Lee fell ill, Axel wrote to her, telling her" Lee is no subject."""
    out: list[str] = []
    start, lead = 0, ""
    for m in [*CLAUSE_SPLIT.finditer(text), None]:
        clause = text[start : m.start() if m else len(text)]
        words = (lead + " " + clause).lower().split()
        if not (words and words[0] in SUBORDINATORS):
            out.append(clause)
        if m is not None:
            start, lead = m.end(), m.group().strip(",; —–-")
    return out
