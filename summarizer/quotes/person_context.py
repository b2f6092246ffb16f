"""Whether the words around a full name make it a person: a title before it, an appositive
naming a role, a "who" clause, or a speech verb after a comma or after its body.

Apart from `cap_runs` (what the run itself says) and `names` (the index built from both).
"""

from __future__ import annotations

import re
from functools import cache

from summarizer.quotes.name_lexicon import (
    APPOSITIVE_CALLINGS,
    KIN_ROLES,
    ROLE_PREFIXES,
    ROLES,
    SPORT_ROLES,
    TITLE_LEAD_INS,
)
from summarizer.quotes.phrase_lexicon import BODY_APPOSITION_NOUNS, OBJECT_LEAD_INS
from summarizer.quotes.verbs import vocabulary
from summarizer.quotes.word_kinds import CYRILLIC, TITLE_SET
from summarizer.text.lexicon import UPPER

_ROLES_OR_TITLES = frozenset(ROLES | SPORT_ROLES | (TITLE_SET - set(TITLE_LEAD_INS.split())))
# The words an appositive names a person's role by ("Jo Vos, a psychologist", "Al Roe, skipper
# for the night"): roles, sports roles, and a few callings said of people only.
_APPOSITIVE_ROLES = frozenset(ROLES | SPORT_ROLES | APPOSITIVE_CALLINGS)


# After a full name: ", said" / ", told" (a comma before the verb), or an appositive that
# names a role (", one of the group's organizers,", ", a psychologist").
@cache
def _comma_speaks(languages: frozenset[str]) -> re.Pattern[str]:
    verb = vocabulary(languages).one_word_verb
    return re.compile(r",[ \t\u00a0]+(?:\w+ly[ \t\u00a0]+)?" + verb + r"\b")


_AGE = re.compile(r"\d+-year-old")
_AGE_APPOSITIVE = re.compile(r",[ \t\u00a0]+\d{1,3},")  # "Jo Lee, 29, from Leeds"
_APPOSITIVE = re.compile(
    r",[ \t\u00a0]+(?:(?:a|an|the|one of|his|her|their)\s+)?((?:[\w'’-]+\s+){0,5}[\w'’-]+)"
)


@cache
def _affiliated_speaks(languages: frozenset[str]) -> re.Pattern[str]:
    """After a full name: its body ("of Delta Capital"), maybe an appositive about the body
    (", an investment bank,"), then a speech verb: "Kim Volk of Delta Capital, a bank, said".
    The body may be a common noun after "the" ("Jo Lee from the farm said", 13b): a
    speaker all the same, whom "she said" after the next quote should find."""
    verb = vocabulary(languages).one_word_verb
    word = r"[" + UPPER + r"][\w'’&-]*"
    return re.compile(
        r"[ \t\u00a0]+(?:of|from|at)[ \t\u00a0]+(?:the[ \t\u00a0]+[a-z]+(?:[ \t\u00a0]+[a-z]+)?|"
        r"(?:the[ \t\u00a0]+)?" + word + r"(?:[ \t\u00a0]+(?:of[ \t\u00a0]+)?" + word + r"){0,4})"
        r"(?:,[^,.;:!?\n\"“”]{1,60},)?[ \t\u00a0]+(?:\w+ly[ \t\u00a0]+)?" + verb + r"\b"
    )


# A relative clause only a person takes: "Tom Miles, who won the race, ...".
_WHO = re.compile(r",[ \t\u00a0]+who[ \t\u00a0]")


def described_after(text: str, start: int, end: int, languages: frozenset[str]) -> bool:
    """The words after a full name make it a person: a speech verb after a comma, or after
    its body ("Kim Volk of Delta Capital said"), a "who" clause, or an appositive whose words
    name a role ("Jo Vos, a psychologist for the panel"). Not a name a body noun leads
    ("Mexican outfit Red Lions Puebla, who ..."): a team, a firm, a band."""
    before = text[max(0, start - 16) : start].split()
    if before and before[-1].lower() in BODY_APPOSITION_NOUNS:
        return False
    if text[end : end + 1] != ",":
        last = text[start:end].split()[-1].lower()
        if last in _ROLES_OR_TITLES or last in TITLE_SET:
            return False  # "RNC Chief of Staff Jo Lee said": the office, not its holder
        return _affiliated_speaks(languages).match(text, end) is not None
    if _WHO.match(text, end):
        before = text[max(0, start - 12) : start].split()
        return not (before and before[-1].lower() in OBJECT_LEAD_INS | {"and", "or"})
    before = text[max(0, start - 12) : start].split()
    if before and before[-1].lower() in OBJECT_LEAD_INS | {"and", "or"}:
        return False  # "... for Clean Rivers and Coastal Trust, said": a body, no speaker
    if _comma_speaks(languages).match(text, end) or _AGE_APPOSITIVE.match(text, end):
        return True
    m = _APPOSITIVE.match(text, end)
    if m is None:
        return False
    words = [w.lower().strip("'’").removesuffix("s") for w in m.group(1).split()]
    words += [w.lower().strip("'’") for w in m.group(1).split()]
    words += [_unprefixed(w) for w in words if "-" in w]  # "ex-head of press at X"
    words += [_role_head(w) for w in words]  # "editor-in-chief", "stepsister"
    return any(w in _APPOSITIVE_ROLES or _AGE.fullmatch(w) for w in words)  # "a 23-year-old nurse"


def _role_head(word: str) -> str:
    """The role a compound or a step-relative names: "editor-in-chief" and "editor-at-large"
    an editor, "stepsister" and "half-brother" a sister and a brother (Session 17: "Jo Lee,
    the band's stepsister, said" and "Al Roe, editor-in-chief of X, said" made no person, so
    the "she said" after their quotes found nobody). Any other word as it is."""
    head, link, _ = word.partition("-")
    if link and re.match(r"(?:in|at|of)-", word[len(head) + 1 :]):
        return head
    for prefix in ("step", "half-", "great-"):
        rest = word.removeprefix(prefix)
        if rest != word and rest in KIN_ROLES:
            return rest
    return word


def _unprefixed(word: str) -> str:
    """A role written with a prefix ("ex-head", "co-founder"): the role ("head"); any other
    hyphenated word as it is."""
    lead, _, rest = word.partition("-")
    return rest if lead in ROLE_PREFIXES else word


def titled(text: str, start: int) -> bool:
    """A role or title word right before `start` ("spokesman John Kirby"), or, in Russian,
    before the body it heads ("директор музея Анна Рябова")."""
    before = text[max(0, start - 40) : start].lower().split()
    if before and before[-1].strip(",") in _ROLES_OR_TITLES:
        return True
    raw = text[max(0, start - 40) : start].split()
    for k in (2, 3):  # "minister of culture Kel Varro", "head of foreign affairs Jo Lee"
        field = raw[-k + 1 :]
        if (
            len(raw) > k
            and raw[-k] == "of"
            and raw[-k - 1].lower() in _ROLES_OR_TITLES
            and all(w.isalpha() and w.islower() for w in field)
        ):
            return True
    return len(before) > 1 and bool(CYRILLIC.match(before[-1])) and before[-2] in TITLE_SET


_LEAD_REACH = 7  # words of a role phrase that opens a sentence before ", Name,"
_CLAUSE_START = re.compile(r"(?:^|[.!?:;\n])[\"”’)]*\s*")


def role_led(text: str, start: int, end: int) -> bool:
    """A full name set off by commas after a short phrase that opens the sentence and names a
    role ("Computer specialist at the agency, Jo Lee, would like ..."): the role's holder, a
    person (Session 17: the "he said" after such a name's quote found nobody)."""
    if text[end : end + 1] != "," or not text[:start].rstrip().endswith(","):
        return False
    head = text[max(0, start - 120) : start].rstrip().removesuffix(",")
    cuts = list(_CLAUSE_START.finditer(head))
    lead = head[cuts[-1].end() :] if cuts else ""
    words = lead.split()
    if not words or len(words) > _LEAD_REACH or not words[0][:1].isupper() or "," in lead:
        return False
    return any(w.lower().strip("'’") in _APPOSITIVE_ROLES for w in words)
