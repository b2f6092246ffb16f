"""A cut tail's last word checked as an editor would: a phrase never ends on a word that leads
on to what the cut left behind.

`phrase_trim.trim` and `phrase_mend.mend` cut and mend by phrase openers; a tail can still stop
on an auxiliary ("… returns are"), on a head whose number was cut ("rose … to number"), inside
a capitalised name ("by the Northern Institute | for Coastal Roads and Bridges"), on an
adverb whose "from" was cut ("… to March up"), inside a "from … to …" pair ("rate from …
today | to about 25%"), inside a pair of numbers ("the weekend of 14 | and 15 May") or before
the phrase a participle or reflexive needs ("to free itself | from the lease"). Each
tail grows to the phrase's edge when that fits SOFT_MAX words, or shrinks to its last content
word; anything else stays as it was. (An "of" complement after a plural object, "preview
versions | of its … software", was tried and left out: the longer phrase lost the key-pick
length bonus and moved a key pick.)
"""

from __future__ import annotations

from summarizer.figures.lexicon import NUMBER_WORDS
from summarizer.figures.phrase_sets import SOFT_MAX
from summarizer.figures.phrase_words import (
    AMOUNT_UNITS,
    APPROXIMATE_WORDS,
    COMPLEMENT_PREPOSITIONS,
    FROM_ADVERBS,
    NAME_RUNS,
    NUMBERED_HEADS,
    PHRASE_STOPS,
    REFLEXIVES,
    SCALES,
    TAIL_VERBS,
    TWO_WORD_UNITS,
)

NAME_REACH = 6  # words at most a cut name runs on for ("for Coastal Roads and Bridges")
VERB_REACH = 6  # words at most of the phrase a participle or reflexive takes back
PAIR_TO_REACH = 3  # words at most between the figure and a pair's "to" ("from … today | to")

_TAIL_VERBS = frozenset(TAIL_VERBS.split())
_NUMBER_LINKS = frozenset({"and", "or", "to"})
_PERFECT = frozenset({"had", "has", "have", "been", "was", "were", "is", "are", "be", "being"})
_REFLEXIVES = frozenset(REFLEXIVES.split())
_COMPLEMENT_PREPOSITIONS = frozenset(COMPLEMENT_PREPOSITIONS.split())
_PHRASE_STOPS = frozenset(PHRASE_STOPS.split()) | _TAIL_VERBS
_NUMBERED = frozenset(NUMBERED_HEADS.split())
_NAME_RUNS = frozenset(NAME_RUNS.split())
_FROM_ADVERBS = frozenset(FROM_ADVERBS.split())
_NUMBER_WORDS = frozenset(NUMBER_WORDS.split()) | frozenset(SCALES.split())
_APPROXIMATE = frozenset(APPROXIMATE_WORDS.split())
_AMOUNT_ENDS = frozenset(SCALES.split()) | frozenset(AMOUNT_UNITS.split())
_TWO_WORD_UNITS = frozenset(u.replace("_", " ") for u in TWO_WORD_UNITS.split())


def finish_tail(left: list[str], right: list[str], right0: list[str]) -> list[str]:
    """`right` (a prefix of `right0`, the clause's words after the figure) with its last word
    on a phrase's edge: grown when the phrase it cut fits SOFT_MAX words with `left`, else
    shrunk off a word that only leads on."""
    if not right or right0[: len(right)] != right:
        return right
    n, room = len(right), SOFT_MAX - len(left)
    last = right[-1]
    if not last[-1:].isalnum():
        return right  # a comma or a bracket closed it
    nxt = right0[n] if n < len(right0) else ""
    low = last.lower()
    if low in _NUMBERED and nxt and _number(nxt) and n + 1 <= room:
        return right0[: n + 1]  # "rose … to number | six"
    if low in _FROM_ADVERBS and nxt.lower() == "from" and n > 1:
        return right[:-1]  # "in the year to March | up from …": the adverb goes
    grown = _pair_end(left, right0, n, room) or _name_end(right0, n, room)
    grown = grown or _second_number(right0, n, room) or _verb_complement(right0, n, room)
    if grown:
        return right0[:grown]
    while len(right) > 1 and right[-1].islower() and right[-1] in _TAIL_VERBS:
        right = right[:-1]  # "… of garden tool orders are": the noun phrase ends
    return right


def numbered(words: list[str]) -> bool:
    """Whether `words` end on a number its head needs ("to number six", "at No 10")."""
    return len(words) > 1 and words[-2].lower() in _NUMBERED and _number(words[-1])


def _number(word: str) -> bool:
    bare = word.rstrip(",.;:").lower()
    return any(c.isdigit() for c in bare) or bare in _NUMBER_WORDS


def _pair_end(left: list[str], words: list[str], n: int, room: int) -> int | None:
    """The end of a "from … to <amount>" pair the figure opens and the tail cut before its
    "to" ("rate from … today | to about 25%")."""
    if not left or left[-1].lower() != "from":
        return None
    to = next((i for i in range(min(len(words), PAIR_TO_REACH + 1)) if words[i] == "to"), None)
    if to is None or to < n - 1 or any(w.endswith((",", ";")) for w in words[:to]):
        return None
    i = to + 1
    while i < len(words) and words[i].lower() in _APPROXIMATE:
        i += 1
    if i >= len(words) or not _number(words[i]):
        return None
    end = i + 1
    if " ".join(words[end : end + 2]).lower().rstrip(",.;:") in _TWO_WORD_UNITS:
        end += 2  # "to 64.3 per cent"
    elif end < len(words) and words[end].lower().rstrip(",.;:") in _AMOUNT_ENDS:
        end += 1  # "to 25 million", "to 64.3 percent"
    return end if end > n and end <= room else None


def _second_number(words: list[str], n: int, room: int) -> int | None:
    """The end of a pair of numbers the tail was cut inside ("over the weekend of 14 | and 15
    May", "rounds of 71 | and 73"): plain numbers, the second at the clause's end, before a
    month or before a preposition."""
    if not words[n - 1].isdigit() or n + 1 >= len(words) or words[n].lower() not in _NUMBER_LINKS:
        return None
    second = words[n + 1].rstrip(",.;:")
    if not second.isdigit():
        return None  # "in 2010 | and 12% more than …": another figure with a phrase of its own
    end = n + 2
    after = words[end].rstrip(",.;:") if end < len(words) else ""
    if after.isalpha() and after[:1].isupper():
        end += 1  # "and 10 July"
    elif after and words[n + 1][-1:].isalnum() and after.lower() not in _COMPLEMENT_PREPOSITIONS:
        return None  # "of 9 | and 10 more": the second number counts something else
    return end if end <= room else None


def _verb_complement(words: list[str], n: int, room: int) -> int | None:
    """The end of the prepositional phrase a passive or perfect participle or a reflexive
    needs ("had been screened | for the listed stimulant Vextral", "to free itself | from
    the lease"): up to the next preposition but "of", clause, verb or comma, within VERB_REACH."""
    last, before = words[n - 1], words[n - 2].lower() if n >= 2 else ""
    if n >= len(words) or words[n].lower() not in _COMPLEMENT_PREPOSITIONS:
        return None
    passive = before in _PERFECT and last.islower() and last.isalpha() and last.endswith("ed")
    if not passive and last.lower() not in _REFLEXIVES:
        return None
    i = n + 1
    while i < len(words) and i - n <= VERB_REACH:
        w = words[i]
        low = w.lower()
        if low in _PHRASE_STOPS or (low in _COMPLEMENT_PREPOSITIONS and low != "of"):
            break
        if low.endswith(("ed", "ing")) and low.isalpha() and len(low) > 4:
            break  # "for the banned stimulant | used by …": a clause of its own
        i += 1
        if not w[-1:].isalnum():
            break
    if i - n > VERB_REACH or i <= n + 1 or i > room:
        return None
    if i < len(words) and words[i].lower() == "of":
        return None  # "in the back | of delivery vans": the phrase runs on past the reach
    return i


def _name_end(words: list[str], n: int, room: int) -> int | None:
    """The end of a capitalised name the tail was cut inside ("the Northern Institute | for
    Coastal Roads and Bridges"): a run of capitalised words and links, ending on one."""
    if n < 2 or not words[n - 1][:1].isupper() or not words[n - 2][:1].isupper():
        return None  # one capitalised word may be a sentence's or a place's; two are a name
    if n >= len(words) or words[n].lower() not in _NAME_RUNS:
        return None
    end, i = None, n
    while i < len(words) and i - n < NAME_REACH:
        w = words[i]
        if w[:1].isupper():
            end = i + 1
            if not w[-1:].isalnum():
                break
        elif w.lower() not in _NAME_RUNS:
            break
        i += 1
    if end is None or end <= n + 1 or end > room:
        return None
    if end < len(words) and words[end][:1].isupper():
        return None  # the name runs on past the reach
    return end
