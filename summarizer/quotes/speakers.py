"""Speakers: the speech vocabulary and name phrases.

Token rules only (no tagger). A cue is a speech verb ("said", "told", "заявил", "sagte",
"a déclaré", "dijo", "zei") or "according to"; the words next to it are parsed into a name, a
pronoun or a description. The article's people are in `names`; pronouns and descriptions are
resolved in `resolve`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from summarizer.quotes.lexicon import (
    ACCORDING_PHRASES,
    AFFILIATION_LINKS,
    AFFILIATION_PAIRS,
    AUXILIARIES,
    CLAUSE_FILLERS,
    CLAUSE_WORDS,
    CUE_ADVERBS,
    DEMONYM_ENDINGS,
    DEMONYM_NOUNS,
    DETERMINERS,
    INDEFINITES,
    JOB_ENDINGS,
    JOINT_WORDS,
    NAME_LIKE_PRONOUNS,
    NAME_OBJECT_LINKS,
    NAME_PARTICLES,
    NAMING_LEAD_INS,
    NON_PERSON_HEADS,
    NOT_NAMES,
    NOUN_PHRASE_STOPS,
    ORIGIN_ENDINGS,
    PATRONYMIC_ENDINGS,
    PERSONAL_PRONOUNS,
    RANK_ABBREVIATIONS,
    RESIDENT_DEMONYMS,
    ROLES,
    SUBJECT_PRONOUNS,
    SURNAME_WORDS,
    TITLE_ADJECTIVES,
    TITLE_LEAD_INS,
    TITLES,
)
from summarizer.text.lexicon import NAME_ABBREVIATIONS

ADVERBS = r"(?:(?:" + "|".join(CUE_ADVERBS.split()) + r"|\w+ly)\s+){0,2}"
ACCORDING = (
    "(?:" + "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in ACCORDING_PHRASES.values()) + ")"
)

PRONOUNS = frozenset(w for words in SUBJECT_PRONOUNS.values() for w in words.split())
TITLE_SET = frozenset(
    [*(w for words in TITLES.values() for w in words.split()), *TITLE_LEAD_INS.split()]
)
CONNECTORS = frozenset(NAME_PARTICLES)
_WORD = re.compile(r"[^\W\d_][\w'’.\-]*")
# "(?<!\s)": a match starts where its spaces do; tried inside a long run of spaces with no "("
# after it, it read the rest of the run at every position.
_PARENS = re.compile(r"(?<!\s)\s*\([^()]*\)")
_LETTERS = re.compile(r"[^\W\d_]{2}")
CYRILLIC = re.compile(r"[А-ЯЁа-яё]")
_QUOTE_MARKS = re.compile(r"[\"“”«»„]")
# A capitalised compound with a lower-case "-of-" part describes ("Mother-of-two Jo",
# "Father-of-three Ray"); names hyphenate capitalised parts ("Jean-Paul", "Al-Amin").
OF_COMPOUND = re.compile(r"[^\W\d_][a-z]*-of-[\w-]+")
# A US party and state tag ("D-Va.", "R-Ky.", "I-Vt"), a masked dot maybe ending it.
_PARTY_TAG = re.compile(r"\(?[RDI]-[A-Z][A-Za-z]{0,4}[.\u2024]?\)?,?")


def bare_token(token: str) -> str:
    """The token without a possessive ending ("Putin's", "Rouhani’s", "Jones'")."""
    if token[-2:] in ("'s", "’s"):
        return token[:-2]
    return token[:-1] if token[-1:] in ("'", "’") else token


def is_cap(token: str) -> bool:
    return bool(token) and token[0].isupper()


def _strip_token(token: str) -> str:
    return token.strip(",.;:!?()[]\"“”«»„'‘’")


def is_job(token: str) -> bool:
    """A job word that can lead a name ("Economist", "Verbandssprecher"): no part of it."""
    low = token.lower()
    if low in ROLES or low.removesuffix("s") in ROLES or low.removesuffix("es") in ROLES:
        return True  # plurals too: "Politicians Ana Ruiz and Eva Cruz said"
    return len(low) > len(min(JOB_ENDINGS, key=len)) and low.endswith(JOB_ENDINGS)


def clean_name(tokens: list[str]) -> list[str]:
    """Drop titles, demonyms and a leading possessive owner ("Breitbart's Joel Pollak")."""
    for i in range(len(tokens) - 2, -1, -1):  # after a possessive, the owner is not the speaker
        if tokens[i].endswith(("’s", "'s", "’", "'")):
            tokens = tokens[i + 1 :]
            break
    last = len(tokens) - 1
    for i in range(last, -1, -1):  # the last title: "U.S. Sen. John McCain" -> "John McCain"
        if 0 < i < last and tokens[i] in CONNECTORS and tokens[i - 1] in CONNECTORS:
            continue  # "Ursula von der Leyen": a particle's article, not "der Präsident"
        if tokens[i].lower().rstrip(".\u2024") in TITLE_SET:
            if i < last:
                tokens = tokens[i + 1 :]
            break
    while tokens:
        if tokens[0].lower().rstrip(".") in TITLE_SET or tokens[0] in NOT_NAMES:
            tokens = tokens[1:]
        elif len(tokens) > 2 and is_job(tokens[0]):
            tokens = tokens[1:]  # a job before a full name: "Economist Tom Hale"
        elif len(tokens) > 2 and tokens[0].endswith(DEMONYM_ENDINGS):
            tokens = tokens[1:]  # demonym: "Russian", "Iranian", "American", "Israeli"
        elif len(tokens) > 1 and tokens[0] in RESIDENT_DEMONYMS:
            tokens = tokens[1:]  # "Londoner Jade": where she lives, not her name
        elif len(tokens) > 1 and tokens[0].lower().endswith(ORIGIN_ENDINGS):
            tokens = tokens[1:]  # "Leeds-born Ray", "London-based Jo Lee"
        elif len(tokens) > 1 and OF_COMPOUND.fullmatch(tokens[0]):
            tokens = tokens[1:]  # "Mother-of-two Ada": what she is, not her name
        else:
            break
    while tokens and (tokens[-1].lower() in CONNECTORS or _PARTY_TAG.fullmatch(tokens[-1])):
        tokens = tokens[:-1]  # "Jo Lee D-Va." (its brackets gone) is Jo Lee
    return [t.rstrip(",") for t in _russian_name(tokens)]


def _russian_name(tokens: list[str]) -> list[str]:
    """A Russian name keeps its last two words, three with a patronymic: the words before
    are a body in the genitive ("глава Банка России Мария Ковалёва" -> "Мария Ковалёва")."""
    if len(tokens) <= 2 or not all(CYRILLIC.match(t) for t in tokens):
        return tokens
    keep = 3 if tokens[-2].lower().endswith(PATRONYMIC_ENDINGS) else 2
    return tokens[-keep:]


def _name_before_affiliation(tokens: list[str]) -> list[str]:
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
    return 0


def _from_last_capital(tokens: list[str]) -> list[str]:
    """The capitalised run that ends `tokens`, with the words of it: ["voter", "Jo", "Lee"] ->
    ["Jo", "Lee"] (empty when the last word is in lower case)."""
    k = len(tokens)
    while k and (is_cap(tokens[k - 1]) or tokens[k - 1].lower() in CONNECTORS):
        k -= 1
    return tokens[k:]


@dataclass(frozen=True, slots=True)
class Speaker:
    """A subject phrase next to a cue: kind is "name", "pronoun" or "description"."""

    kind: str
    text: str


def parse_speaker(raw: str) -> Speaker | None:
    """Classify the words next to a cue; None when they cannot be a speaker."""
    raw = _PARENS.sub("", raw.replace("\u2024", ".")).strip(" ,;:—–-\u00a0\"“”«»„'‘’")
    if not raw or not _LETTERS.search(raw) or _QUOTE_MARKS.search(raw):
        return None
    parts = [p.strip() for p in raw.split(",") if p.strip()]
    if not parts:
        return None
    if len(parts) > 1 and parts[-1].lower() in PRONOUNS:  # "Leeds, he said, was ...": he
        return Speaker("pronoun", parts[-1].lower())
    joint = _first_of_joint(parts[0].split())
    if joint is not None:
        return joint
    for part in parts:  # appositives: "Smith, a spokesman for X," -> the part that is a name
        toks = _without_naming_lead_in(part.split())
        affiliated = _name_before_affiliation(toks)
        if affiliated:
            return Speaker("name", " ".join(affiliated))
        if toks and is_cap(toks[0]) and toks[0] not in NOT_NAMES and len(toks) <= 6:
            name = clean_name(toks)
            if name and all(is_cap(t) or t.lower() in CONNECTORS for t in name):
                return Speaker("name", " ".join(name))
    tokens = parts[0].split()
    if len(tokens) > 12:
        return None
    low = tokens[0].lower()
    if len(tokens) == 1 and low in PRONOUNS:
        return Speaker("pronoun", low)
    if len(parts) == 1:  # "White House press secretary Josh Earnest", "former senator Jim Webb"
        decided, sp = _name_at_end(tokens)
        if decided:
            return sp
    if is_cap(tokens[0]) and tokens[0] not in NOT_NAMES:
        name = clean_name(tokens)
        if name and all(is_cap(t) or t.lower() in CONNECTORS for t in name):
            return Speaker("name", " ".join(name))
    if len(tokens) == 1 and is_cap(tokens[0]) and low in TITLE_SET and tokens[0] not in NOT_NAMES:
        return Speaker("name", tokens[0])  # "King said": a surname, if a full name ends so
    if (
        low in DETERMINERS
        and len(tokens) <= 8
        and not AUXILIARIES.intersection(tokens)
        and tokens[-1].lower() not in PRONOUNS  # "the only thing she": a clause, no speaker
    ):
        return Speaker("description", " ".join(tokens))
    return None


def _without_naming_lead_in(tokens: list[str]) -> list[str]:
    """An appositive's words after "named" or "known as" ("the boy's mother, named Ana
    Lima"): the name they give."""
    low = " ".join(tokens[:3]).lower()
    for lead in NAMING_LEAD_INS:
        if low == lead or low.startswith(lead + " "):
            return tokens[len(lead.split()) :]
    return tokens


def _first_of_joint(tokens: list[str]) -> Speaker | None:
    """'Waxman and Davis wrote', 'Economists Ana Ruiz and Jo Lee said': a joint cue credits
    the first-named person (as a careful reader would, and as the labels do), not the last
    name run ("Ray and his wife, Ann, said": Ray). None unless a name comes before the "and"."""
    k = next((i for i, t in enumerate(tokens) if t.lower() in JOINT_WORDS), -1)
    right = tokens[k + 1 :]
    if k <= 0 or not right or (len(right) > 3 and not _name_then_body(right)):
        return None  # the other side may be anyone: "Ray and his wife", "Lee and Ruiz"
    if not is_cap(tokens[k - 1]) or tokens[0].lower() in DETERMINERS:
        return None
    first = parse_speaker(" ".join(tokens[:k]))
    return first if first is not None and first.kind == "name" else None


def _name_then_body(tokens: list[str]) -> bool:
    """A name of up to three words, then the body it is with: "Ana Ruiz of the Science
    Institute" (the second name of a joint cue, its affiliation the pair's)."""
    n = next((i for i, t in enumerate(tokens) if not is_cap(t)), len(tokens))
    return 0 < n <= 3 and n < len(tokens) and tokens[n] in ("of", "from", "at")


def _name_at_end(tokens: list[str]) -> tuple[bool, Speaker | None]:
    """A phrase with no comma, read from the capitalised words that end it: (True, the
    speaker or None) when they decide, (False, None) when `parse_speaker` reads on."""
    low = tokens[0].lower()
    tail: list[str] = []
    for t in reversed(tokens):
        if not (is_cap(t) or t.lower() in CONNECTORS):
            break
        tail.insert(0, t)
    head = tokens[: len(tokens) - len(tail)]
    if tail and len(head) > 1 and head[-1] in ("of", "from"):
        owner = _from_last_capital(head[:-1])
        rest = head[: len(head) - 1 - len(owner)]
        named = [] if rest[-1:] and rest[-1].lower() in DETERMINERS else owner
        named = _name_before_affiliation([*named, "of", *tail])
        if named:  # "voter Jo Lee of Derry": Jo Lee, not Derry
            return True, Speaker("name", " ".join(named))
        if tail[-1].lower() in NON_PERSON_HEADS:
            return True, None  # "president and CEO of the Bar Association": no one named
    if tail and low in DETERMINERS and "of" in head:
        return True, Speaker("description", " ".join(tokens))  # "the head of the Bank of X"
    if tail and _name_is_an_object(head):  # "a spokesman for Jo Lee": not Jo Lee
        return True, Speaker("description", " ".join(tokens)) if low in DETERMINERS else None
    name = clean_name(tail)
    bare_role = (
        tokens[0].lower() in {"the", "a", "an"}
        and len(tail) == len(tokens) - 1
        and len(name) == 1
        and tokens[-1].lower() in ROLES
    )
    lone = len(tail) == 1 and tail[0][:1].isalpha()
    lead = [t.lower() for t in head]
    while len(lead) > 1 and lead[0] in CLAUSE_FILLERS:  # "And the American added"
        lead = lead[1:]
    if lone and lead in (["the"], ["a"], ["an"]):  # "the American", "the Pacman"
        return True, Speaker("description", " ".join(tokens[len(head) - len(lead) :]))
    if (
        tail
        and lead[:1] == ["the"]
        and all(w.islower() for w in lead)
        and is_demonym_word(tail[-1])
    ):
        # "said the New Zealander", "the 43-year-old Frenchman": where they are from, no name
        return True, Speaker("description", " ".join(tokens[len(head) - len(lead) :]))
    if tail and len(lead) == 1 and lead[0] in INDEFINITES:
        # "a New Hampshire Republican", "one Iowa Democrat": someone described, no name
        return True, Speaker("description", " ".join(tokens[len(head) - len(lead) :]))
    described = not CLAUSE_WORDS.intersection(t.lower() for t in head)  # "uploaded to X"
    if name and (len(name) >= 2 or head) and described and not bare_role:
        return True, Speaker("name", " ".join(name))
    return False, None


# Stricter than `redescribe.is_demonym` by design (see there): a word before a name is a name
# unless it surely says where someone is from.
def is_demonym_word(word: str) -> bool:
    """A capitalised word that says where someone is from ("Dubliner", "Kiwi", "Texan",
    "New Zealander"), not a name."""
    if not word[:1].isupper():
        return False
    low = word.lower()
    if word in RESIDENT_DEMONYMS or low in DEMONYM_NOUNS:
        return True
    return low.endswith(("ian", "ean", "ese", "ish", "lander"))


def _name_is_an_object(head: list[str]) -> bool:
    """The words before a name make it the object inside a description of the speaker: a
    lower-case noun phrase ending in a preposition ("a spokesman for", "aides to") or a
    participle after a noun ("a lawyer representing"), not a role ("the senator")."""
    if not head or not head[0][:1].islower():
        return False
    last = head[-1].lower()
    if last in NAME_OBJECT_LINKS:
        return len(head) >= 2
    return len(head) >= 3 and last.endswith("ing")


def take_np(text: str) -> str:
    """The noun phrase at the start of `text` (after a verb-first cue: 'said the head of X')."""
    out: list[str] = []
    tokens = text.split()
    for i, tok in enumerate(tokens):
        bare = _strip_token(tok)
        if out and bare.lower() in NOUN_PHRASE_STOPS and not _surname_ends(out, bare, tok, tokens):
            break
        if not bare or (out and tok.startswith("(")):
            break  # "said Rep. Jo Lee (D-Va.) at the time": no bracket in a name
        if out and _ends_name(out, bare, tokens[i + 1 : i + 4]):
            break  # "— сказал Путин журналистам", "a déclaré Emmanuel Macron lundi"
        out.append(bare)
        if len(out) >= 10:
            break
        if tok[-1] in ",;:!?" or tok[-1] in '"“”«»':
            break
        if tok.endswith(".") and not is_abbreviation(bare):
            break
    return " ".join(out)


def _surname_ends(out: list[str], bare: str, tok: str, tokens: list[str]) -> bool:
    """'said Al From, a strategist': a surname that is also a function word ("From", "May"),
    capitalised after a given name and ending the clause."""
    return bare in SURNAME_WORDS and is_cap(out[-1]) and (tok[-1] in ",;:.!?" or tok is tokens[-1])


def _ends_name(out: list[str], word: str, ahead: list[str]) -> bool:
    """A lower-case word after a name ends the phrase, unless a capitalised word follows it in
    the clause ("Trump campaign manager Jo Lee"), it joins a name ("de"), or the phrase so far
    is an owner or a title ("Fox's president of ...")."""
    if not word[:1].islower() or word in CONNECTORS or word in {"of", "from"}:
        return False
    last = out[-1]
    if last.endswith(("'s", "’s")) or last.lower().rstrip(".") in TITLE_SET:
        return False
    named = is_cap(out[0]) and all(is_cap(t) or t in CONNECTORS for t in out)
    if not named and not _role_then_name(out):
        return False
    if word[-1:] in ",;:.!?":
        return True
    for tok in ahead:  # the rest of the clause
        if is_cap(tok):
            return False
        if tok[-1:] in ",;:.!?":
            break
    return True


def _role_then_name(out: list[str]) -> bool:
    """Lower-case job words, then a full name: "centre Jo Lee", "running back Jo Lee" (no
    article, no "of": "the Ajax striker" and "head of the Bank of X" read on)."""
    k = len(out)
    while k and is_cap(out[k - 1]):
        k -= 1
    lead = out[:k]
    return (
        len(out) - k >= 2
        and bool(lead)
        and all(t[:1].islower() and t not in DETERMINERS and t not in {"of", "from"} for t in lead)
    )


def is_abbreviation(token: str) -> bool:
    t = token.rstrip(".\u2024").lower()
    return len(t) == 1 or t in NAME_ABBREVIATIONS or t in _RANKS


_RANKS = frozenset(w.lower() for w in RANK_ABBREVIATIONS)
# Unions read per capitalised run and per word: built once.
# Not the function words that lead into titles: "the Unicorn Latte" names no person.
_TITLE_WORDS = frozenset(ROLES | TITLE_ADJECTIVES)


def is_bare_title(name: str) -> bool:
    """One word that is a title or office ("King", "President"): a name only as the surname
    of a full name the text gives."""
    return " " not in name and name.lower().rstrip(".") in TITLE_SET


def is_title(word: str) -> bool:
    """A lower-case role word inside a name phrase: "presidential nominee Donald Trump"."""
    return word.lower().rstrip(".") in _TITLE_WORDS


def is_personal_pronoun(word: str) -> bool:
    return word.lower() in PERSONAL_PRONOUNS


def pronoun_not_name(sp: Speaker | None, languages: frozenset[str]) -> Speaker | None:
    """`sp`, or the pronoun it is when its "name" is one capitalised subject pronoun that opens
    a sentence in another language ("Er sagte:", "Elle :", "Она сказала:"): a pronoun never
    names anyone, and is resolved as "He said:" is. One that is also a name ("Ella", "Lei")
    only in a text of its language (`languages`, from the speech verbs the text uses)."""
    if sp is None or sp.kind != "name" or " " in sp.text:
        return sp
    low = sp.text.lower()
    if low not in PRONOUNS:
        return sp
    if low in NAME_LIKE_PRONOUNS and not any(
        low in SUBJECT_PRONOUNS.get(lang, "").split() for lang in languages if lang != "en"
    ):
        return sp
    return Speaker("pronoun", low)


def words(text: str) -> list[str]:
    return _WORD.findall(text)


def count_words(text: str, cap: int) -> int:
    """`min(len(words(text)), cap)`, mostly from the first `8 * cap` characters.

    Every word found there (a cut one included) starts a word of the whole text, so `cap` of
    them settle it; fewer, in a longer text, need the whole count.
    """
    n = len(_WORD.findall(text, 0, 8 * cap))
    if n < cap and len(text) > 8 * cap:
        n = len(_WORD.findall(text))
    return min(n, cap)
