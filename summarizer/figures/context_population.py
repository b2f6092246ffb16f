"""A bare poll share gets its population: "while … favored Mr. Cruz" -> "while … of likely
Republican caucusgoers favored Mr. Cruz".

News names the group a poll counts once ("A poll of likely voters in Ohio found ...", "28
percent of likely Republican caucusgoers supported Mr. Trump, while 23 percent ...") and gives
the next shares bare; a bullet with "… favored Mr. Cruz" does not say of whom. Apart from
`context` (which cuts the phrase from the figure's clause) because the group is looked for
outside that clause: earlier in the sentence, else in the sentence before when it tells of a
poll, in the same paragraph. Only a share that is the subject of its predicate ("… said",
"… who view him unfavorably") or what backs someone ("has backing from …") gets one, and only
when its phrase names no group already.
"""

from __future__ import annotations

import re

from summarizer.figures.context_population_words import (
    BACK_POINTERS,
    GAIN_VERBS,
    NOT_MODIFIERS,
    OWNING_WORDS,
    POLL_WORDS,
    POPULATION_HEADS,
    RATIO_WORDS,
    SHARE_ADVERBS,
    SHARE_OF,
    SHARE_VERBS,
    STANDING_AFTER,
    STANDING_WORDS,
    SUPPORT_LEADS,
    WHEN_WORDS,
)
from summarizer.figures.phrase_sets import SOFT_MAX
from summarizer.text.tokenize import sentence_spans

MARK = "…"
MAX_MODIFIERS = 4  # "likely Democratic primary voters"
POLL_REACH = 60  # characters before "of X" in which a poll word or a share must stand
BEFORE_CHARS = 600  # how far back the sentence before is looked for (its tail is enough)
MAX_WORDS = SOFT_MAX + 1  # the phrase's words with "…", as `judge` counts them

_HEAD_SET = frozenset(POPULATION_HEADS.split())
_HEADS = "|".join(sorted(POPULATION_HEADS.split(), key=len, reverse=True))
_NOT = "|".join(NOT_MODIFIERS.split())
_WHEN = "|".join(WHEN_WORDS.split())
_MODIFIER = rf"(?!(?i:{_NOT})\s)[A-Za-z][\w’'.-]*\s+"  # no function word or verb
_RATIO_WORD = "|".join(RATIO_WORDS.split())
# "of [the] [800] likely voters in Ohio", "among registered Democrats in New Hampshire", "of
# nearly four in 10 likely voters", "Four in 10 voters"
_POPULATION = re.compile(
    rf"(?:\b(?P<lead>[Oo]f|[Aa]mong)\s+|\b(?=(?i:{_RATIO_WORD})\s))"
    rf"(?:[\d,]+\s+|(?P<ratio>(?:(?i:{_RATIO_WORD}|\d)\s+){{1,2}}in\s+(?:10|ten)\s+))?"
    rf"(?P<group>(?:the\s+)?(?:{_MODIFIER}){{0,{MAX_MODIFIERS}}}?(?:{_HEADS})\b"
    rf"(?:\s+(?:{_HEADS})\b)?"  # "women voters", not "women"
    rf"(?:\s+(?:in\s+(?:the\s+state\b|(?!(?:{_WHEN})\b)[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)"
    rf"|nationwide\b"
    rf"|under\s+\d+|over\s+\d+))?)"
)
_BACK = re.compile(rf"\b(?:of|among)\s+(?:{'|'.join(BACK_POINTERS.split())})\b", re.IGNORECASE)
# A share of a group before the figure in its phrase ("a third of teachers, …"): named already.
_SPLIT = re.compile(rf"(?:{POLL_WORDS})\s+of\s+\w", re.IGNORECASE)
_POLL = re.compile(rf"(?:\b|(?<=\d))(?:{POLL_WORDS})(?:\b|(?<=%))", re.IGNORECASE)
_SHARE_OF = re.compile(rf"\bof\s+(?:the\s+)?(?:{'|'.join(SHARE_OF.split())})\b", re.I)
_OTHER_OF = re.compile(r"\bof\b", re.IGNORECASE)
_SHARE = re.compile(r"(?:%|\bper\s?cent)$", re.IGNORECASE)
_SHARE_IN = re.compile(r"\d\s?(?:%|per\s?cent\b)", re.IGNORECASE)
_VERBS = frozenset(SHARE_VERBS.split())
_GAINS = frozenset(GAIN_VERBS.split())
_ADVERBS = frozenset(SHARE_ADVERBS.split())
_LEADS = frozenset(tuple(pair.split("_")) for pair in SUPPORT_LEADS.split())
_OWNING = frozenset(OWNING_WORDS.split())
_STANDING = frozenset(STANDING_WORDS.split())
_STANDING_AFTER = frozenset(STANDING_AFTER.split())
STANDING_REACH = 6  # words before "at"/"with" in which the standing word must be
_PUNCT = ".,;:!?\"“”‘’'()"


def with_population(phrase: str, text: str, s_start: int, f_start: int, f_end: int) -> str:
    """`phrase` with "of <group>" after its "…" when the figure is a bare share whose group the
    text names close by (see the module's docstring); else `phrase` as it is."""
    if MARK not in phrase or not _SHARE.search(text[f_start:f_end]):
        return phrase
    slot = _slot(phrase)
    if slot is None and _listed(phrase, text[s_start:f_start]):
        slot = phrase.index(MARK) + len(MARK)  # "..., pediatric surgeon Ben Carson at …"
    if slot is None or _groups(phrase) or _SPLIT.search(phrase, 0, slot):
        return phrase  # "… said among Democrats", "a third of teachers, …": a group named
    if any(w.strip(_PUNCT) in _HEAD_SET for w in phrase.split()):
        return phrase  # "Asian Americans are less upbeat, at …"
    group = _group_before(text, s_start, f_start) or _group_in_sentence_before(text, s_start)
    if group.endswith(".") and "." not in group.split()[-1][:-1]:
        group = group[:-1]  # "in Marlow." at the sentence's end: the full stop is not the name's
    if not group or group.lower() in phrase.lower():
        return phrase
    out = f"{phrase[:slot]} of {group}{phrase[slot:]}"
    return out if len(out.split()) <= MAX_WORDS else phrase


def _slot(phrase: str) -> int | None:
    """Where "of <group>" goes (just after "…"), or None when the share is no bare subject or
    backer: "… favored Mr. Cruz", "compared with … who view him", "has backing from …"."""
    words = phrase.split()
    if words.count(MARK) != 1:
        return None
    k = words.index(MARK)
    before = [w.strip(_PUNCT).lower() for w in words[:k]]
    if before and (before[-1] in _OWNING or before[-1].endswith(("'s", "’s"))):
        return None  # "Trump's …", "His … support": someone's share, not a group's
    after = [w.strip(_PUNCT).lower() for w in words[k + 1 : k + 3]]
    if after and after[0] in _ADVERBS and len(after) > 1:
        after = after[1:]
    verb = bool(after) and after[0] in _VERBS and words[k + 1][-1:] not in ",;:"
    backer = len(before) >= 2 and (before[-2], before[-1]) in _LEADS
    # "Trump, with … saying", "with … viewing him favorably": the share is the participle's subject
    absolute = bool(before) and before[-1] == "with" and bool(after) and after[0].endswith("ing")
    # "Texas Sen. Ted Cruz earned …": the share a candidate got, the phrase ending there
    gained = bool(before) and before[-1] in _GAINS and (not after or after[0] in _STANDING_AFTER)
    if not (verb or backer or absolute or gained or _standing(before, after)):
        return None
    return phrase.index(MARK) + len(MARK)


def _standing(before: list[str], after: list[str]) -> bool:
    """Whether "…" is a candidate's standing: "Carson trails them at …", "Bush was second with
    …" (a standing word shortly before "at"/"with", nothing after but "and", "in", ...)."""
    if not before or before[-1] not in ("at", "with"):
        return False
    if after and after[0] not in _STANDING_AFTER:
        return False
    return any(w in _STANDING for w in before[-STANDING_REACH - 1 : -1])


def _listed(phrase: str, before_text: str) -> bool:
    """Whether "…" is a later item of a list of standings ("Trump leading with …, followed by
    Cruz at 17 percent, | Ben Carson at …"): the phrase is a verbless name and "at", and the
    sentence before it gave a standing at another share."""
    words = phrase.split()
    if words.count(MARK) != 1 or words[-1] != MARK or len(words) < 3 or words[-2] != "at":
        return False
    if any(w.islower() and (w in _VERBS or w in _STANDING) for w in words[:-2]):
        return False  # a verb of its own: `_standing` reads it
    earlier = [w.strip(_PUNCT).lower() for w in before_text.split()]
    return any(w in _STANDING for w in earlier) and bool(_SHARE_IN.search(before_text))


def _groups(s: str) -> list[str]:
    """The groups the population phrases in `s` name."""
    return [m["group"] for m in _POPULATION.finditer(s) if m["lead"] or m["ratio"]]


def _group_before(text: str, s_start: int, f_start: int) -> str:
    """The last population named in the sentence before the figure: "among X", "Of X," or an
    "of X" a poll word or a share stands just before ("a poll of X", "28 percent of X")."""
    found, at = "", -1
    for m in _POPULATION.finditer(text, s_start, f_start):
        lead = m["lead"] or ""
        if not lead and not m["ratio"]:
            continue
        polls = list(_POLL.finditer(text, max(s_start, m.start() - POLL_REACH), m.start()))
        # "44 per cent of her fan base consists of real people": the share's "of" came first
        # (but "51 percent of the support of X" is X's)
        told = bool(polls) and _first_of(text[polls[-1].end() : m.start()])
        if lead.lower() == "among" or lead == "Of" or told or m["ratio"]:
            found, at = m["group"], m.start()
    back = [m.start() for m in _BACK.finditer(text, s_start, f_start)]
    return "" if back and back[-1] > at else found  # "62 percent of those were ..., while …"


def _first_of(between: str) -> bool:
    """Whether `between` (from a share or poll word to an "of X") holds no other "of" than
    one of what a share is of ("of the support")."""
    return not _OTHER_OF.search(_SHARE_OF.sub(" ", between))


def _group_in_sentence_before(text: str, s_start: int) -> str:
    """The last population the sentence before names, when it tells of a poll and stands in
    the figure's paragraph."""
    start = max(0, s_start - BEFORE_CHARS, text.rfind("\n", 0, s_start) + 1)
    region = text[start:s_start]
    if not region.strip():
        return ""
    spans = sentence_spans(region, "en")
    if not spans:
        return ""
    a, b = spans[-1]
    if not _POLL.search(region, a, b):
        return ""
    return _group_before(text, start + a, start + b)
