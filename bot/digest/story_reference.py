"""Whether a lead sets its event apart from another one it names (phrases:
bot.digest.story_other_lexicon). Pure: no I/O.

Two signals, two rules:

- crews still busy elsewhere, "the same day as", "the second fire of the night", the hours since
  another event with new people in it (`other_event`): the item is a second event at one place
  (`Fingerprint.second`: never one story with an earlier item not saying so,
  story_apart.SECOND_APART_HOURS), as a lead dating its event by an earlier one is
  (bot.digest.story_earlier_lexicon);
- a denied link ("not connected to the morning's jewellery raid", "aucun lien avec le braquage
  du matin") names the other event: the stems of what follows the denial, the item's own
  headline words aside (`denied_stems`, `Fingerprint.denied`), and an item whose headline names
  one of them is that other event (`denies`). Not a second-event mark: a second event's own
  follow-up often brings the denial ("Faulty heater blamed for Market Street flat fire ... not
  linked to the warehouse blaze"), hours after its first copies, which it still belongs with.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping

from bot.digest.filters import fold
from bot.digest.story_another_lexicon import SECOND_PARTS
from bot.digest.story_other_lexicon import (
    BUSY_ELSEWHERE,
    COUNT_AFTER_NEW,
    SAME_DAY_AS,
    SECOND_OF_PERIOD,
    UNRELATED,
    UNRELATED_TO_NAME,
)

# Which kinds of phrase make a second event (`other_event`); an empty tuple: off. Round 21
# (in-sample since, docs/digest.md, "Session 13, second pass").
KINDS: tuple[str, ...] = ("busy", "same-day", "period", "count-new")
# A denied link names the other event (`denied_stems`, `denies`); False: off.
DENIALS = True
# ... and a denial followed by a capitalised name without a determiner (`_to_name`); False: off.
TO_NAME = True
DENIED_WORDS = 8  # words after the denial read as the other event's name, to a clause's end
_PATTERNS = {"busy": BUSY_ELSEWHERE, "same-day": SAME_DAY_AS, "count-new": COUNT_AFTER_NEW}
_COMPILED = {kind: re.compile("|".join(f"(?:{p})" for p in ps)) for kind, ps in _PATTERNS.items()}
_PERIOD = tuple(re.compile(p) for p in SECOND_OF_PERIOD)
_SECOND_PARTS = frozenset(fold(w) for w in SECOND_PARTS)
_UNRELATED = re.compile("|".join(f"(?:{p})" for p in UNRELATED))
_TO_NAME = re.compile("|".join(f"(?:{p})" for p in UNRELATED_TO_NAME))
_CLAUSE_END = re.compile(r"[,.;:!?()]")
_TOKEN = re.compile(r"\w+")


def other_event(lead: str) -> str | None:
    """The kind of phrase (KINDS) by which the folded lead counts its event as another one
    than an event it names, or None."""
    for kind in KINDS:
        if kind == "period":
            if any(
                match.group(1) not in _SECOND_PARTS
                for pattern in _PERIOD
                for match in pattern.finditer(lead)
            ):
                return kind
        elif kind in _COMPILED and _COMPILED[kind].search(lead):
            return kind
    return None


def denied_stems(
    lead: str,
    weights: Mapping[str, float],
    title_weight: float,
    stem: Callable[[str], str],
    stops: frozenset[str],
    raw: str = "",
) -> frozenset[str]:
    """The stems of what the folded lead denies a link with (up to DENIED_WORDS words, to the
    clause's end), stop words and the item's own headline stems (`weights` of at least
    `title_weight`) aside, and the heads of its compounds: "the fire at the Tanner Street
    bakery" in a garage fire's item leaves tanner, street, bakery (its own "fire" is no name
    of the other event), "dem Brand im Möbelhaus" under "Scheunenbrand ..." leaves möbelhaus.
    `raw`: the lead as written, whose capitals tell a denial naming a place ("not linked to
    Kestwick") from an aside ("not linked to terrorism"): `_to_name`."""
    if not DENIALS:
        return frozenset()
    match = _UNRELATED.search(lead) or _to_name(lead, raw)
    if match is None:
        return frozenset()
    phrase = _CLAUSE_END.split(lead[match.end() :], maxsplit=1)[0]
    words = [w for w in _TOKEN.findall(phrase)[:DENIED_WORDS] if len(w) > 2 and w not in stops]
    own = [k for k, weight in weights.items() if weight >= title_weight]
    keys = {stem(w) for w in words if not w.isdigit()}
    return frozenset(k for k in keys if not any(o.endswith(k) for o in own))


def _to_name(lead: str, raw: str) -> re.Match[str] | None:
    """A denial followed straight by a word that `raw` (the lead unfolded) writes with a capital
    somewhere but at its start (TO_NAME): the other event's place, as any desk writes it ("the
    robbery is not linked to Kestwick"). Round 23's Dunmore raid (docs/digest.md, "Session 13,
    fourth pass")."""
    if not (TO_NAME and raw):
        return None
    capitalised: frozenset[str] | None = None  # read from `raw` once, at the first denial
    for match in _TO_NAME.finditer(lead):
        word = _TOKEN.match(lead, match.end())
        if word is None:
            continue
        if capitalised is None:
            capitalised = _capitalised(raw)
        if word.group() in capitalised:
            return match
    return None


def _capitalised(raw: str) -> frozenset[str]:
    """The folded words that `raw` writes with a capital, its first word aside."""
    words = _TOKEN.findall(raw)[1:]
    return frozenset(fold(w) for w in words if w[0].isupper())
