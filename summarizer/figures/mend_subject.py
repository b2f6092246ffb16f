"""The subjects and clauses a mended phrase's ends are measured against: where a clause's
subject starts and ends, a "that" clause or a relative clause that holds the cut start, the
noun phrase a relative clause hangs on.

Apart from `mend_start` and `mend_tail`, which move the ends, because `phrase_mend` and
`context` ask these questions too: whether the cut start lies inside a subject (then the whole
subject comes back), and where the noun phrase before a clause begins.
"""

from __future__ import annotations

from summarizer.figures.mend_sets import (
    ANTECEDENT_REACH,
    ARTICLES,
    AUXILIARY_FORMS,
    CLAUSE_EDGES,
    DAY_NAMES,
    DETERMINERS,
    NOT_RELATIVE_VERBS,
    PAIRED,
    PART_HEAD_SET,
    PERSON_LINKS,
    PERSON_WORDS,
    PRONOUN_SET,
    RELATIVE_HEAD_WORDS,
    RELATIVE_HEADS,
    RELATIVE_WORDS,
    REPORTING,
    SOFT_OR,
    STOP_NOUN_PHRASE,
    SUBJECT_REACH,
    SUBJECT_STARTS,
)
from summarizer.figures.phrase_names import name_tail
from summarizer.figures.phrase_sets import PREPOSITIONS, SCALE_WORDS, SOFT_MAX


def subject_start(words: list[str], v: int, finite) -> int:
    """`v` (a verb group's first word), or the start of its subject just before it: a pronoun,
    a short name, a short noun phrase opened by a determiner."""
    while v > 0 and words[v - 1].lower() in AUXILIARY_FORMS:
        v -= 1
    if v == 0:
        return v
    prev = words[v - 1]
    if prev.lower() in PRONOUN_SET:
        return v - 1
    for k in range(v - 1, max(-1, v - 1 - SUBJECT_REACH), -1):
        w = words[k]
        if w.endswith(",") or finite(w) or w.lower() in SOFT_OR:
            return v
        opens = w.lower() in DETERMINERS or w[:1].isupper()
        if opens and (k == 0 or clause_edge(words[k - 1])):
            return k  # "Diageo | has agreed", "that the firm | had"; not "reached the final | won"
        if w.lower() in DETERMINERS:
            return v
    return v


def clause_edge(word: str) -> bool:
    """A word after which a clause starts: a comma, a conjunction, a subordinator, "that"."""
    return word.endswith((",", ";", ":")) or word.lower() in CLAUSE_EDGES


def subject_end(words: list[str], s: int, verb_like, finite) -> int:
    """Where the clause's subject ends (its first finite verb) when the cut start `s` is inside
    it: the clause opens on a name, a number or a determiner and has no verb before; else 0."""
    if s == 0 or not words or words[0].lower() in PRONOUN_SET:
        return 0
    if not (words[0][:1].isupper() or numeric_word(words[0]) or words[0].lower() in DETERMINERS):
        return 0
    v = next((i for i, w in enumerate(words) if finite(w) and w.islower()), None)
    if v is None or not s < v:
        return 0
    for i, w in enumerate(words[:v]):
        low = w.lower()
        if low in PAIRED and _names_pair(words, i):
            continue  # "A survey by Alder and Birch | found": two names, one phrase
        if low in SOFT_OR or low in REPORTING or low == "that" or w.endswith((",", ";", ":")):
            return 0  # "If …, the firm", "The party says | the plans": a clause before it
        if verb_like(w) and w.islower() and "-" not in w and not _reduced_relative(words, i):
            return 0  # "campaigners questioned why | the CPS was"; not "guitars played by",
            # nor "a much-loved guitar" (a hyphened adjective)
    return v


def _names_pair(words: list[str], i: int) -> bool:
    """Whether the "and"/"or" at `i` joins two capitalised words ("Alder and Birch")."""
    return 0 < i < len(words) - 1 and words[i - 1][:1].isupper() and words[i + 1][:1].isupper()


def _reduced_relative(words: list[str], i: int) -> bool:
    """Whether the participle at `i` opens a phrase that hangs on the noun before it: "guitars
    played by", "a guitar belonging to" (a preposition after it, a noun before it)."""
    nxt = words[i + 1].lower() if i + 1 < len(words) else ""
    if nxt == "by":
        return True
    prev = words[i - 1].lower() if i > 0 else ""
    noun = i > 0 and prev.isalpha() and prev not in DETERMINERS and prev not in PREPOSITIONS
    return noun and (nxt in PREPOSITIONS or nxt == "to") and prev not in PRONOUN_SET


def embedded_that(words: list[str], s: int, right: list[str], finite) -> int | None:
    """The start of a "that" clause with its own subject and verb that the cut start `s` is
    inside, when the tail opens on the outer clause's verb ("Her estimate that | she will reach
    … with a margin of … | is far too hopeful"): that clause whole, the outer verb gone."""
    if not right or not finite(right[0]) or not right[0].islower():
        return None
    for t in range(min(s, len(words) - 2), -1, -1):
        if words[t].lower() != "that" or t == 0:
            continue
        subject = words[t + 1]
        opens = subject.lower() in SUBJECT_STARTS or subject[:1].isupper()
        verb = any(finite(w) for w in words[t + 2 : t + 2 + SUBJECT_REACH])
        if opens and not finite(subject) and verb and len(words) - t - 1 <= SOFT_MAX:
            return t + 1
        return None
    return None


def relative_subject(words: list[str], s: int, right: list[str], finite) -> int | None:
    """The start of the subject a relative clause defines when the cut start `s` is inside that
    clause and the tail opens on the main verb ("any ranking that puts | the Zorbex in the top …
    has to be wrong"): the subject whole within SOFT_MAX words, or the start would make the
    clause's object the main verb's subject; None otherwise."""
    if s == 0 or not right or not finite(right[0]) or not right[0].islower():
        return None
    for t in range(s - 1, 0, -1):
        w = words[t]
        if w.endswith((",", ";", ":")) or w.lower() in SOFT_OR:
            return None  # a clause edge before any relative word
        if w.lower() not in RELATIVE_WORDS:
            continue
        after = words[t + 1] if t + 1 < len(words) else ""
        if not after.isalpha() or not after.islower() or after in NOT_RELATIVE_VERBS:
            return None  # "that he would", "that the …": a clause with a subject of its own
        if t + 2 < len(words) and finite(words[t + 2]):
            return None  # "that action is needed": a noun, then its verb; no relative clause
        for k in range(t - 1, max(-1, t - 1 - RELATIVE_HEAD_WORDS), -1):
            if words[k].lower() in RELATIVE_HEADS:
                if k > 0 and words[k - 1].lower() in PREPOSITIONS:
                    return None  # "before the Budget that …": an object, no subject
                inside = words[k + 1 : t]
                fits = len(words) - k + len(right) <= SOFT_MAX
                return k if fits and inside and all(map(str.isalpha, inside)) else None
            if not words[k].isalpha() or finite(words[k]):
                return None
        return None
    return None


def antecedent(words: list[str], verb_like) -> list[str]:
    """The noun phrase that ends `words` (a relative clause's noun): back to its determiner or
    the start of its name; past a list of names to the noun the list hangs on ("a Swansea show
    starring Mia Lorne, Halden and Rufus Kray, which raised …": the show raised it). The
    last word when no noun phrase is found within ANTECEDENT_REACH words."""
    k, listed = len(words) - 1, False
    while k > 0 and len(words) - k < ANTECEDENT_REACH:
        word, prev = words[k], words[k - 1]
        low = prev.lower().rstrip(",")
        if word.lower() in DETERMINERS:
            return words[k:]
        if low in PAIRED or (prev.endswith(",") and prev[:1].isupper() and word[:1].isupper()):
            if low in DAY_NAMES:
                break  # "on Sunday, Trump, | who": a day is no name of a list
            listed = True
        elif listed and verb_like(prev) and prev.islower():
            listed = False  # "a show starring | Mia Lorne, Halden and …": go on to "a show"
        elif not (
            prev[:1].isupper()
            or low in DETERMINERS
            or prev.endswith(("'s", "’s"))
            or numeric_word(prev)  # "Norland's 41,000 beekeepers": the number is in the phrase
        ):
            noun = prev.isalpha() and prev.islower()
            noun = noun and (not verb_like(prev) or _adjectival(words, k - 1))
            if not noun or low in STOP_NOUN_PHRASE:
                break  # "in India, | where": a noun phrase stops at its preposition
        k -= 1
    if words[k].lower() in DETERMINERS or words[k][:1].isupper():
        return words[k:]
    return name_tail(words)  # "rap star Kanye West": the name whole


def person_antecedent(words: list[str], verb_like) -> tuple[list[str], list[str]]:
    """`antecedent` for "who", taken back over a preposition of place or affiliation to the
    person the noun phrase after it places ("a longtime donor in Pennsylvania, | who": the
    donor, not the state): that whole, and the person's noun phrase alone; two empty lists
    when the noun phrase follows no such preposition or no person's noun phrase is before it."""
    phrase = antecedent(words, verb_like)
    start = len(words) - len(phrase)
    if start < 2 or words[start - 1].lower() not in PERSON_LINKS:
        return [], []
    head = antecedent(words[: start - 1], verb_like)
    if not head or not (head[0].lower() in DETERMINERS or head[0][:1].isupper()):
        return [], []  # "the head of operations at Google, | who": no noun phrase found whole
    if len(head) > PERSON_WORDS or any(w.endswith(",") or w.lower() in PAIRED for w in head):
        return [], []  # "Banca Nazionale and Monte Paschi, both | from Italy, who": a list
    if any(verb_like(w) and w.islower() and not _adjectival(head, i) for i, w in enumerate(head)):
        return [], []
    return [*head, words[start - 1], *phrase], head


def antecedent_of(words: list[str], verb_like) -> list[str]:
    """`antecedent`, taken back over one "of" to the part of a whole it completes ("the poorest
    two-fifths | of the population, | who spend …": the two-fifths spend it; not "said | of
    Mr Vale, who"), within ANTECEDENT_REACH words."""
    phrase = antecedent(words, verb_like)
    start = len(words) - len(phrase)
    if start < 2 or words[start - 1].lower() != "of":
        return phrase
    head = antecedent(words[: start - 1], verb_like)
    part = bool(head) and head[-1].lower().split("-")[-1] in PART_HEAD_SET
    if part and len(head) + 1 + len(phrase) <= ANTECEDENT_REACH:
        return [*head, words[start - 1], *phrase]
    return phrase


def _adjectival(words: list[str], i: int) -> bool:
    """Whether `words[i]`, a participle in "-ed", describes the noun after it: an article is
    right before it ("a retired teacher", "the listed firms")."""
    return i > 0 and words[i].endswith("ed") and words[i - 1].lower() in ARTICLES


def numeric_word(word: str) -> bool:
    return any(c.isdigit() for c in word) or word.lower() in SCALE_WORDS
