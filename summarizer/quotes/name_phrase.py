"""A name cut out of a capitalised run: titles, demonyms, owners, party tags and bodies off.

Apart from `speakers`, which decides whether a cue's words are a name at all, because
`names` cuts the runs it indexes the same way.
"""

from __future__ import annotations

import re

from summarizer.quotes.given_names import female_share
from summarizer.quotes.name_lexicon import (
    AFFILIATION_LINKS,
    AFFILIATION_PAIRS,
    AFFILIATION_PARTICLES,
    DEMONYM_ENDINGS,
    DEMONYM_GIVEN_NAMES,
    DEMONYM_NOUNS,
    NAME_PARTICLES,
    NOT_NAMES,
    ORIGIN_ENDINGS,
    PATRONYMIC_ENDINGS,
    RESIDENT_DEMONYMS,
    ROLES,
)
from summarizer.quotes.office_field import without_field
from summarizer.quotes.word_kinds import CONNECTORS, CYRILLIC, TITLE_SET, is_cap, is_job

# A capitalised compound with a lower-case "-of-" part describes ("Mother-of-two Jo",
# "Father-of-three Ray"); names hyphenate capitalised parts ("Jean-Paul", "Al-Amin").
OF_COMPOUND = re.compile(r"[^\W\d_][a-z]*-of-[\w-]+")
# A capitalised word and a lower-case word of four letters or more ("Bafta-winner Ann Bell",
# "Emmy-nominated Jo Lee"): what they are; a name's lower-case parts are short particles
# ("Inzamam-ul Haq", "Abd-al"). An agent noun ("-winner", "-nominee") tells a person.
DESCRIPTOR_COMPOUND = re.compile(r"[^\W\d_][\w']*-[a-z]{4,}")
AGENT_COMPOUND = re.compile(r"[^\W\d_][\w']*-[a-z]{2,}(?:er|ee|ist)")
# A US party and state tag ("D-Va.", "R-Ky.", "I-Vt"), a masked dot maybe ending it.
_PARTY_TAG = re.compile(r"\(?[RDI]-[A-Z][A-Za-z]{0,4}[.\u2024]?\)?,?")


def demonym_lead(word: str) -> bool:
    """A word before a full name that reads as where someone is from by its ending
    ("Russian", "Israeli"). Not a given name in -i ("Ali Reza Tangsiri", "Ravi", "Luigi"):
    no demonym in -i is a given name, and "Ali" cut off left the name half shown (session
    20). Nor one of the nationality nouns no ending tells ("Swede", "Argentine", "Kenyan": sports
    reports name players so) when it is a given name too ("Finn", "Dane"; reading25)."""
    if word.lower() in DEMONYM_NOUNS:
        return word.lower() not in DEMONYM_GIVEN_NAMES
    if not word.endswith(DEMONYM_ENDINGS):
        return False
    return not (word.endswith("i") and female_share(word) is not None)


def clean_name(tokens: list[str]) -> list[str]:
    """Drop titles, demonyms and a leading possessive owner ("the Herald's Jo Lee")."""
    for i in range(len(tokens) - 2, -1, -1):  # after a possessive, the owner is not the speaker
        if tokens[i].endswith(("’s", "'s", "’", "'")):
            tokens = tokens[i + 1 :]
            break
    last = len(tokens) - 1
    for i in range(last, -1, -1):  # the last title: "U.S. Sen. John McCain" -> "John McCain"
        if 0 < i < last and tokens[i] in CONNECTORS and tokens[i - 1] in CONNECTORS:
            continue  # "Ursula von der Leyen": a particle's article, not "der Präsident"
        if 0 < i < last and len(tokens[i].rstrip(".\u2024")) == 1:
            continue  # a middle initial ("Roxana M. Leon"), not French "M." (reading23)
        if tokens[i].lower().rstrip(".\u2024") in TITLE_SET:
            if i < last:
                tokens = tokens[i + 1 :]
            break
    if len(tokens) > 3 and tokens[0] == "of":  # "Professor of Law Ann Bell": the field goes
        field_and_name = " ".join(tokens[1:])
        name = without_field(field_and_name)  # not "of Acme Trade Association": as it was
        tokens = name.split() if name != field_and_name else tokens
    while tokens:
        if tokens[0].lower().rstrip(".") in TITLE_SET or tokens[0] in NOT_NAMES:
            tokens = tokens[1:]
        elif len(tokens) > 2 and is_job(tokens[0]):
            tokens = tokens[1:]  # a job before a full name: "Economist Tom Hale"
        elif len(tokens) > 2 and demonym_lead(tokens[0]):
            tokens = tokens[1:]  # demonym: "Russian", "Iranian", "American", "Israeli"
        elif len(tokens) > 1 and tokens[0] in RESIDENT_DEMONYMS:
            tokens = tokens[1:]  # "Londoner Jade": where she lives, not her name
        elif len(tokens) > 2 and _plural_demonym(tokens[0]):
            tokens = tokens[1:]  # "Top-seeded Americans Jo Lee and ...": where they are from
        elif len(tokens) > 1 and tokens[0].lower().endswith(ORIGIN_ENDINGS):
            tokens = tokens[1:]  # "Leeds-born Ray", "London-based Jo Lee"
        elif len(tokens) > 1 and OF_COMPOUND.fullmatch(tokens[0]):
            tokens = tokens[1:]  # "Mother-of-two Ada": what she is, not her name
        elif len(tokens) > 2 and DESCRIPTOR_COMPOUND.fullmatch(tokens[0]):
            tokens = tokens[1:]  # "Bafta-winner Ann Bell"
        elif job_lead(tokens):
            tokens = tokens[1:] if _role_compound(tokens[0]) else tokens[2:]
        else:
            break
    while tokens and (tokens[-1].lower() in CONNECTORS or _PARTY_TAG.fullmatch(tokens[-1])):
        tokens = tokens[:-1]  # "Jo Lee D-Va." (its brackets gone) is Jo Lee
    return [t.rstrip(",") for t in _russian_name(tokens)]


# Roles long enough that a word ending in one is that role ("triathlete", "housekeeper"),
# not a name that happens to end so ("Goodman": "man" is too short to tell).
_LONG_ROLES = tuple(sorted(r for r in ROLES if len(r) >= 6))


def job_lead(tokens: list[str]) -> bool:
    """A full name led by a job the lists miss (Session 16): a role compound ("Triathlete Jo
    Lee", "Housekeeper Ann Bell") or a job after a word no given name is ("Public Prosecutor
    Eva Lund", "State Attorney Jo Lee"; before one name only when the job is in capitals:
    "Migos MC Offset"). `clean_name` drops them; `cap_runs` reads a person."""
    if len(tokens) > 2 and _role_compound(tokens[0]):
        return True
    if len(tokens) == 3 and tokens[1].isupper() and is_job(tokens[1]):
        # "Migos MC Offset": a job in capitals, then one name (Session 20b)
        return female_share(tokens[0]) is None
    return len(tokens) > 3 and is_job(tokens[1]) and female_share(tokens[0]) is None


def _role_compound(word: str) -> bool:
    """A capitalised compound of a role ("Triathlete", "Housekeeper") that is no given name,
    leading a full name at a sentence's start: what the person is, not part of the name
    (Session 16: "Triathlete Charlotte ..." kept, so her later "Charlotte" met no full name)."""
    low = word.lower()
    return low.endswith(_LONG_ROLES) and low not in ROLES and female_share(word) is None


def _plural_demonym(word: str) -> bool:
    """ "Americans", "Canadians", "Koreans", "Frenchmen", "Londoners": a plural demonym before
    two people's names. Only the endings no first name has ("-ians", "-eans", "-cans", and the
    plurals of RESIDENT_DEMONYMS): "Davis" or "Lewis" never goes."""
    if word.endswith(("ians", "eans", "cans")):
        return True
    if word.endswith(("men", "women")):
        return word[:-3] + "man" in RESIDENT_DEMONYMS
    return word.endswith("s") and word[:-1] in RESIDENT_DEMONYMS


def _russian_name(tokens: list[str]) -> list[str]:
    """A Russian name keeps its last two words, three with a patronymic: the words before
    are a body in the genitive ("глава Банка России Мария Ковалёва" -> "Мария Ковалёва")."""
    if len(tokens) <= 2 or not all(CYRILLIC.match(t) for t in tokens):
        return tokens
    keep = 3 if tokens[-2].lower().endswith(PATRONYMIC_ENDINGS) else 2
    return tokens[-keep:]


def name_before_affiliation(tokens: list[str]) -> list[str]:
    """The name in "Jo Vos of the Zoo Institute" / "Jo Vos from IBM": the capitalised run
    before "of" or "from", not the body after it. Empty when the words are not so."""
    if not tokens or not is_cap(tokens[0]) or tokens[0] in NOT_NAMES:
        return []
    lead: list[str] = []
    for t in tokens:
        if not (is_cap(t) or t.lower() in CONNECTORS):
            break
        lead.append(t)
    cut = affiliation_in_run(tokens)
    if cut:  # "Peter Maier von der Nordbank": the body after a full name is no part of it
        return clean_name(tokens[:cut])
    if len(lead) == len(tokens) or tokens[len(lead)].lower() not in AFFILIATION_LINKS:
        return []
    return clean_name(lead)


def affiliation_in_run(run: list[str]) -> int:
    """Where a body starts after a name: a particle with an article ("von der", "van het")
    after a full name of two capitalised words or more, before a capitalised word. Not
    "Ursula von der Leyen": one given name before the particle is a name's own."""
    for i in range(2, len(run) - 2):
        pair = f"{run[i]} {run[i + 1]}".lower()
        if pair in AFFILIATION_PAIRS and is_cap(run[i + 2]) and all(is_cap(t) for t in run[:i]):
            return i
    for i in range(3, len(run) - 1):  # "Jan de Vries van Financiën": a second particle
        if run[i] in AFFILIATION_PARTICLES and run[1] in NAME_PARTICLES and is_cap(run[i - 1]):
            return i  # after a surname that has its own is the body's ("of Finance")
    return 0


def from_last_capital(tokens: list[str]) -> list[str]:
    """The capitalised run that ends `tokens`, with the words of it: ["voter", "Jo", "Lee"] ->
    ["Jo", "Lee"] (empty when the last word is in lower case)."""
    k = len(tokens)
    while k and (is_cap(tokens[k - 1]) or tokens[k - 1].lower() in CONNECTORS):
        k -= 1
    return tokens[k:]
