"""What a clause's words say it is: a modifier, an appositive, a rate, a clause with no verb
of its own, the base of a change (and what changed in the clause it hangs on), a clause that
shares its subject with the one before, a subject pronoun.

Apart from `context_hosts` and `context_referents`, which decide what each kind borrows,
because each test reads the words of one clause only, with no offsets; `context_subjects` and
`context_lists` ask `pronoun` too.
"""

from __future__ import annotations

from itertools import pairwise

from summarizer.figures.context_sets import (
    ABSOLUTE,
    APPOSED_NOUN_WORDS,
    AUXILIARY_PARTICIPLE_SET,
    BASE_DIRECTION_SET,
    BASE_WORDS,
    CHANGE_NOUN_SET,
    CHANGE_OF,
    DO_SET,
    GLUED_VERB,
    INDEFINITE,
    NO_ITEM_STARTS,
    NOUN_MODIFIER_SET,
    PRONOUN_SET,
    RANK_APPOSED,
    SHARED_JOINS,
    TIME_UNIT_SET,
)
from summarizer.figures.phrase_kinds import finite, verb_like
from summarizer.figures.phrase_sets import APPROXIMATE, MIN_WORDS, OPENERS, PREPOSITIONS, RELATIVE
from summarizer.figures.phrase_trim import telling


def modifier(left: list[str]) -> bool:
    """A clause opened by a word that modifies the noun before it ("worth £250 or …")."""
    return bool(left) and left[0].lower() in NOUN_MODIFIER_SET


def appositive(left: list[str], right: list[str] = ()) -> bool:
    """A clause that renames the noun before it: "a group that is shrinking by …" (an indefinite
    noun phrase, then its relative clause), or an indefinite noun phrase alone, with no verb
    ("a … tale of discovery", "a … signing from Parma")."""
    if not left or left[0].lower() not in INDEFINITE:
        return False
    words = [*left, *right]
    verbless = not any(finite(w) or verb_like(w) or w.lower() in RELATIVE for w in words)
    if right and len(words) <= APPOSED_NOUN_WORDS and verbless:
        return True
    if len(left) < 3:
        return False
    rel = next((i for i, w in enumerate(left[:5]) if w.lower() in RELATIVE), None)
    return rel is not None and rel >= 2 and not any(map(verb_like, left[1:rel]))


def ranked(left: list[str], right: list[str]) -> bool:
    """A verbless rank out of a set ("the first of her … campaign", "the last of …"): it ranks
    what the whole clause before tells (an interview, a stop), seldom its last noun alone."""
    bare = [w.lower() for w in left[:3]]
    if bare[:1] != ["the"] or len(bare) < 3 or bare[1] not in RANK_APPOSED or bare[2] != "of":
        return False
    words = [*left, *right]
    return len(words) <= APPOSED_NOUN_WORDS and not any(finite(w) for w in words)


def change_apposed(left: list[str]) -> bool:
    """A clause that opens by naming a change ("a drop of …", "an increase of …"): it renames
    what the clause before reports, which says what dropped."""
    bare = [w.lower() for w in left]
    return (
        len(bare) == 3
        and bare[0] in INDEFINITE
        and bare[1] in CHANGE_NOUN_SET
        and bare[2] in CHANGE_OF
    )


def rate(words: list[str]) -> bool:
    """A rate's "a week", "per hour": no noun a modifier describes."""
    bare = [w.lower().rstrip(",") for w in words]
    return len(bare) == 2 and bare[0] in ("a", "an", "per") and bare[1] in TIME_UNIT_SET


def needs_host(left: list[str], right: list[str]) -> bool:
    """A clause with no verb ("… higher than in 2003", "over the next six years, …"), or an
    absolute "with" clause with no finite verb: what it says hangs on the clause before."""
    words = [*left, *right]
    if not words or any(finite(w) or pronoun(w) or w in DO_SET for w in words):
        return False  # "but I see …": a subject of its own; "do not last …": a verb
    if any(w.lower() in AUXILIARY_PARTICIPLE_SET for w in words):
        return False  # "and Michigan's been here …": a verb glued to its subject
    if words[0].lower() in OPENERS:
        return False  # "His car was found …, | a small village … north-east of Tarvik": an aside
    absolute = bool(left) and left[0].lower() in ABSOLUTE
    return absolute or not any(verb_like(w) for w in words)


def opening_adjunct(left: list[str], right: list[str]) -> bool:
    """A phrase that opens the sentence with a preposition and holds no verb ("Over the course
    of the next …,", "In the past … months,"): it says when or where, what happened is in
    the clause after it."""
    words = [*left, *right]
    if not left or left[0].lower() not in PREPOSITIONS or not left[0][:1].isupper():
        return False
    return not any(finite(w) or verb_like(w) or pronoun(w) for w in words)


def comparison_base(left: list[str], right: list[str]) -> bool:
    """A clause that is only the base of a change ("from … a year earlier", "up from … the
    year before"): no verb."""
    short = len(right) <= BASE_WORDS and not any(map(verb_like, right))
    return ([w.lower() for w in left] == ["from"] or directed(left)) and short


def directed(left: list[str]) -> bool:
    """A change's base opened by its direction ("up from …"): the change is said already."""
    return [w.lower() for w in left[1:]] == ["from"] and left[0].lower() in BASE_DIRECTION_SET


def changed(host: list[str], landed: bool = True) -> list[str]:
    """What changed in a host clause: from the noun phrase after its last verb to its end,
    when that holds the new amount ("caused | the group's earnings to drop to $2.4bn",
    "seeing | net profits rise by 31% to $312.6m"); else nothing. Unless `landed`, the noun
    phrase need not say "to" ("made | net profits of $1.3bn", the base "up from …" after it)."""
    for k in range(len(host) - 2, -1, -1):
        word, nxt = host[k], host[k + 1]
        if not (verb_like(word) and word.islower()) or word in PREPOSITIONS:
            continue
        noun = nxt.lower() in OPENERS or nxt[:1].isupper() or nxt.endswith(("'s", "’s"))
        noun |= nxt.isalpha() and nxt.islower() and not verb_like(nxt)
        noun = noun and nxt.lower() not in NO_ITEM_STARTS - OPENERS
        # "have | about $1.3 trillion in student debt, up from …": the amount opens the noun
        # phrase, and a noun after it says what it counts (not "£2bn, | down from …")
        amount = host[k + 2] if nxt.lower() in APPROXIMATE and k + 2 < len(host) else nxt
        named = any(w.isalpha() and w.islower() and w not in PREPOSITIONS for w in host[k + 2 :])
        noun |= any(c.isdigit() for c in amount) and named
        rest = host[k + 1 :]
        if noun and any(c.isdigit() for w in rest for c in w) and ("to" in rest or not landed):
            return rest
    return []


def shares_subject(left: list[str], right: list[str]) -> bool:
    """A clause opened by "and" and a verb ("and buying … in Tokyo"), long enough to stand as a
    phrase: its subject is the clause's before."""
    opens = len(left) >= 2 and left[0].lower() in SHARED_JOINS and verb_like(left[1])
    return opens and telling(left, right) >= MIN_WORDS


def pronoun(word: str) -> bool:
    """A subject pronoun, also with a verb glued on ("I've", "they're")."""
    return GLUED_VERB.split(word.lower())[0] in PRONOUN_SET


def gapped(host: list[str], left: list[str]) -> bool:
    """Whether the figure's clause repeats the host's verb by leaving it out ("Trump was chosen
    by 37% of voters, | Sanders by … and Bloomberg by 16%"): it opens with a capitalised
    subject, holds no verb, and its first preposition follows a verb in the host."""
    if len(left) < 2 or not left[0][:1].isupper() or any(verb_like(w) for w in left):
        return False
    prep = next((w.lower() for w in left[1:] if w.lower() in PREPOSITIONS), None)
    pairs = pairwise(host)
    return prep is not None and any(verb_like(v) and p.lower() == prep for v, p in pairs)
