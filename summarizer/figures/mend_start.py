"""Moving a cut phrase's start left to the start of the constituent it was cut inside.

Apart from `phrase_mend` (which weighs both ends against SOFT_MAX) because the start has rules
of its own, one per step left: a determiner, a possessive, an auxiliary and its verb, a name's
"of", the first conjunct of a coordination, the verb group a noun phrase is the object of. Each
step uncovers at most one more level; `lost_head` says when the whole clause must come back
instead ("played a cop in | the US series").
"""

from __future__ import annotations

from summarizer.figures.mend_sets import (
    AUXILIARY_FORMS,
    CLAUSE_OPENER_SET,
    CONJUNCT_REACH,
    DETERMINERS,
    HEAD_PREPOSITION_SET,
    NAME_LINK_SET,
    NAME_PAIR_LINK_SET,
    NOT_HEADS,
    PAIR_OPENS,
    PAIR_STOP_SET,
    PAIRED,
    PARTICLE_SET,
    PRONOUN_SET,
    RELATIVE_HEAD_WORDS,
    RELATIVE_WORDS,
    REPORTING,
    SOFT_OR,
    SUBJECT_STARTS,
    TIME_OPENER_SET,
    VERB_JOINS,
)
from summarizer.figures.mend_subject import clause_edge, numeric_word, subject_start
from summarizer.figures.phrase_sets import LEADING_JUNK_SET, PREPOSITIONS, SOFT_MAX


def mend_start(words: list[str], s: int, after: int, verb_like, finite) -> int:
    """Where the words before the figure start once the start is moved to a constituent's
    start: its determiner, the verb group it is the object of, the first conjunct of its
    coordination, the subject of its verb group."""
    room = SOFT_MAX - after
    if s == 0 or len(words) - s > room:
        return s
    for _ in range(8):  # each step uncovers at most one more level
        new = _step_left(words, s, verb_like, finite)
        if new == s or len(words) - new > room:
            break
        s = new
    return s


def _step_left(words: list[str], s: int, verb_like, finite) -> int:
    if s == 0 or s >= len(words):
        return s  # nothing cut, or no words before the figure
    word, prev = words[s].lower(), words[s - 1]
    low = prev.lower()
    if prev.endswith(","):
        return s  # a clause or an aside ended there
    if low in DETERMINERS and word not in DETERMINERS:
        return s - 1  # "The | 18-year-old": the determiner opens the noun phrase
    if prev.endswith(("'s", "’s")) and s >= 2:
        return s - 1  # "the club's | last": a possessive is part of the noun phrase
    verb = verb_like(words[s]) and words[s].islower() and not word.endswith("ing")
    if verb and not verb_like(prev) and low not in SOFT_OR:  # "Ethiopia | produced …": its subject
        return subject_start(words, s, finite)
    if low in AUXILIARY_FORMS and verb_like(words[s]):
        return subject_start(words, s - 1, finite)  # "has | agreed": the verb group whole
    if words[s][:1].isupper() and s >= 2 and low in NAME_LINK_SET and words[s - 2][:1].isupper():
        return s - 2  # "The Bank of | Norland has announced": the whole name
    if low in REPORTING and word in TIME_OPENER_SET and prev.islower():
        return subject_start(words, s - 1, finite)  # "said | last month it would": not its time
    if low in VERB_JOINS and s >= 2 and verb_like(words[s]):
        # "I turn 45 and | have been coaching": the first verb's clause, with its subject
        k = s - 2
        while k > 0 and not clause_edge(words[k - 1]) and s - k < SOFT_MAX:
            k -= 1
        named = words[k].lower() in PRONOUN_SET or words[k][:1].isupper()
        first_verb = any(verb_like(w) and w.islower() for w in words[k + 1 : s - 1])
        near = s - k <= CONJUNCT_REACH + 1
        return k if named and (near or first_verb) else s  # not "the game and | starts"
    if low in NAME_PAIR_LINK_SET and words[s][:1].isupper() and s >= 2:
        # "Tomas Brevik and | Lena Marsh will …": the first name of the pair, one subject
        k = s - 1
        while k > 0 and (words[k - 1][:1].isupper() or words[k - 1] in NAME_LINK_SET):
            k -= 1
        named = k < s - 1 and words[k][:1].isupper() and all(map(alnum_name, words[k : s - 1]))
        return k if named and (k == 0 or not words[k - 1][:1].isupper()) else s
    if low in PAIRED and s >= 2:
        head = s + 1 < len(words) and words[s + 1].isalpha() and words[s + 1].islower()
        head = head and not verb_like(words[s + 1]) and words[s + 1] not in NOT_HEADS
        # the conjunct's head, then a preposition or the figure: "varnish divisions | for"
        head = head and s + 2 < len(words) and words[s + 2].lower() in HEAD_PREPOSITION_SET
        noun = word.isalpha() and word.islower() and not word.endswith("ly")
        if noun and head and word not in DETERMINERS:  # not "the brawl and | suspect Martin"
            for k in range(s - 2, max(-1, s - 2 - CONJUNCT_REACH), -1):
                if words[k].lower() in DETERMINERS:  # "its surgical gloves and | antiseptics"
                    return k  # not "a month and | pupils able to": "to" is no such preposition
                if not words[k].isalpha() or verb_like(words[k]):
                    break
        return s
    if (
        numeric_word(prev)
        and not prev.endswith(",")
        and numeric_word(words[s]) | words[s].isalpha()
    ):
        return s - 1  # "9.35 | million tonnes": the quantity opens the noun phrase
    opens = word in DETERMINERS or numeric_word(words[s])
    object_of = verb_like(prev) and not low.endswith("ing")  # not "Sunday morning | the"
    if opens and (object_of or (low in PARTICLE_SET and s >= 2)):
        v = s - 1 - (low in PARTICLE_SET)  # "he made | the statement", "sold off | its gloves"
        if verb_like(words[v]) and not words[v][:1].isupper():
            k = subject_start(words, v, finite)
            return k if k < v else s  # "he made | the statement"; not "are | a long way"
    return s


def alnum_name(word: str) -> bool:
    """A word of a name: letters (with a hyphen or apostrophe inside), no comma after it."""
    return word.replace("-", "").replace("'", "").replace("’", "").isalnum()


def lost_head(words: list[str], s: int, verb_like) -> bool:
    """Whether the start `s` is the object of a preposition or a verb the cut left behind
    ("played a cop in | the series", "saw off | a backbench attempt"), or inside the noun
    phrase that opens the clause ("The part-time | maths teacher"), in a clause that opens on
    its subject (a name, a determiner, a pronoun)."""
    k = 0
    while k < s and words[k].lower() in LEADING_JUNK_SET:
        k += 1  # "But he then played in | a friendly …": from "he"
    if k >= s:
        return False  # "and | the …": nothing but a conjunction lost
    first = words[k]
    if first.endswith(",") or not (first[:1].isupper() or first.lower() in SUBJECT_STARTS):
        return False  # "Europe, which has …" (a borrowed noun), "capitalising on …"
    if first.lower() in CLAUSE_OPENER_SET or first.lower() in PAIR_STOP_SET:
        return False  # "After a row in | the …": a phrase before the subject
    nxt = words[s].lower() if s < len(words) else ""
    if _paired(words, s) or _own_relative(words, s):
        return False  # "for both the 400m and …", "plans which the council says …": whole
    inside = bool(nxt) and nxt not in SUBJECT_STARTS and nxt not in REPORTING
    if first.lower() in DETERMINERS and k == 0 and inside and _plain_run(words[1:s], verb_like):
        return True  # "The part-time | maths teacher beat …": the start was inside the subject
    prev = words[s - 1].lower()
    if prev in PARTICLE_SET and s >= 2:
        prev = words[s - 2].lower()  # "saw off | a …"
    return prev in PREPOSITIONS or (verb_like(prev) and words[s - 1].islower())


def _paired(words: list[str], s: int) -> bool:
    """Whether the kept words close a pair they open ("for both the 400m and …"): a phrase of
    its own, as `phrase_trim` cut it."""
    return words[-1:] == ["and"] and any(w.lower() in PAIR_OPENS for w in words[s:])


def _own_relative(words: list[str], s: int) -> bool:
    """Whether the kept words open on a noun and its relative clause with a subject of its own
    ("plans which the council says would save …"): a whole phrase."""
    for i in range(s, min(len(words) - 2, s + RELATIVE_HEAD_WORDS)):
        rel, subject = words[i + 1].lower(), words[i + 2]
        if rel in RELATIVE_WORDS and rel != "that":
            return subject.lower() in SUBJECT_STARTS or subject[:1].isupper()
    return False


def _plain_run(words: list[str], verb_like) -> bool:
    """Words of one noun phrase's start: no verb, clause word, preposition or comma."""
    return all(
        not (verb_like(w) and "-" not in w)
        and w.lower() not in SOFT_OR
        and w.lower() not in PREPOSITIONS
        and w.lower() not in PRONOUN_SET
        and w.lower() not in REPORTING  # "The firm said | sales …": a frame, not a subject
        and w.lower() != "that"
        and not w.endswith((",", ";", ":"))
        for w in words
    )
