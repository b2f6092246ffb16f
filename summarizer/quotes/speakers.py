"""Speakers: the words next to a cue parsed into a name, a pronoun or a description.

Token rules only (no tagger). A cue is a speech verb ("said", "told", "заявил", "sagte",
"a déclaré", "dijo", "zei") or "according to". What single words are is in `word_kinds`, how a
name is cut out of a run in `name_phrase`, the phrase after a verb-first cue in `noun_phrase`.
The article's people are in `names`; pronouns and descriptions are resolved in `resolve`.
"""

from __future__ import annotations

import re

from summarizer.quotes.adjective_commas import description_tokens
from summarizer.quotes.documents import sender
from summarizer.quotes.given_names import female_share
from summarizer.quotes.name_at_end import name_at_end
from summarizer.quotes.name_lexicon import (
    ALONE_DETERMINERS,
    AUXILIARIES,
    DETERMINERS,
    JOINT_WORDS,
    NAMING_LEAD_INS,
    NOT_NAMES,
)
from summarizer.quotes.name_phrase import (
    clean_name,
    from_last_capital,
    name_before_affiliation,
)
from summarizer.quotes.noun_phrase import take_np
from summarizer.quotes.pronoun_lexicon import NAME_LIKE_PRONOUNS, SUBJECT_PRONOUNS
from summarizer.quotes.speaker_kind import Speaker
from summarizer.quotes.speech_lexicon import ACCORDING_PHRASES, CUE_ADVERBS
from summarizer.quotes.word_kinds import (
    CONNECTORS,
    PRONOUNS,
    TITLE_SET,
    is_cap,
    is_job,
    is_title,
)
from summarizer.text.lexicon import UPPER

ADVERBS = r"(?:(?:" + "|".join(CUE_ADVERBS.split()) + r"|\w+ly)\s+){0,2}"
ACCORDING = (
    "(?:" + "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in ACCORDING_PHRASES.values()) + ")"
)
# "(?<!\s)": a match starts where its spaces do; tried inside a long run of spaces with no "("
# after it, it read the rest of the run at every position.
# A dash with space around it sets off an aside as commas do ("Jo Lee - then an aide to Ann Bell
# - told ..."): the name before it speaks, not the one inside (reading25: a quote went to the
# president the aside named). A hyphen inside a word ("Jean-Paul") has no space.
_SPACED_DASH = re.compile(r"[ \t\u00a0]+[—–-][ \t\u00a0]+")
_PARENS = re.compile(r"(?<!\s)\s*\([^()]*\)")
_LETTERS = re.compile(r"[^\W\d_]{2}")
_QUOTE_MARKS = re.compile(r"[\"“”«»„]")
_NAME_PART = r"[" + UPPER + r"][\w'’\-]+"
# A nickname in quotation marks between a given name and a surname: 'Marco "Big M" Tellan'.
NICKNAMED = re.compile(
    rf"{_NAME_PART}[ \t]+[\"“][^\"“”\s][^\"“”\n]{{0,18}}[\"”][ \t]+{_NAME_PART}"
    rf"(?:[ \t]+{_NAME_PART})?(?![\w'’\-])"
)
# Capitalised words joined by "&" ("Hale & Wilkes", "H&W"): one firm's name, whole.
_CAP_WORD = r"[A-Z][\w.'’-]*"
_AMPERSAND_NAME = re.compile(rf"{_CAP_WORD}(?:[ \t]+{_CAP_WORD})*(?:[ \t]*&[ \t]*{_CAP_WORD})+")


def parse_speaker(raw: str) -> Speaker | None:
    """Classify the words next to a cue; None when they cannot be a speaker."""
    raw = _PARENS.sub("", raw.replace("\u2024", ".")).strip(" ,;:—–-\u00a0\"“”«»„'‘’")
    raw = _SPACED_DASH.sub(", ", raw)  # "Jo Lee - then aide to Ann Bell -": an aside, as commas
    if _AMPERSAND_NAME.fullmatch(raw):  # "said Hale & Wilkes", "said H&W": a firm, whole
        return Speaker("name", " ".join(raw.removesuffix(".").split()))  # a sentence's stop
    nicknamed = NICKNAMED.fullmatch(raw.split(",")[0].strip())
    if nicknamed:  # 'Marco "Big M" Tellan, chairman of X': the name as the text gives it
        return Speaker("name", " ".join(nicknamed.group().split()))
    if not raw or not _LETTERS.search(raw) or _QUOTE_MARKS.search(raw):
        return None
    sent_by = sender(raw)
    author = parse_speaker(take_np(sent_by)) if sent_by else None
    if author is not None and author.kind == "name":  # "a statement from Acme": Acme's words
        return author
    parts = [p.strip() for p in raw.split(",") if p.strip()]
    if not parts:
        return None
    if len(parts) > 1 and parts[-1].lower() in PRONOUNS:  # "Leeds, he said, was ...": he
        return Speaker("pronoun", parts[-1].lower())
    joint = _first_of_joint(parts[0].split())
    if joint is not None:
        return joint
    if _AMPERSAND_NAME.fullmatch(parts[0]):  # "Hale & Wilkes, the grocer,": not "Wilkes"
        return Speaker("name", " ".join(parts[0].split()))
    for part in parts:  # appositives: "Smith, a spokesman for X," -> the part that is a name
        toks = _without_naming_lead_in(part.split())
        pair = _first_of_joint(toks) if part is not parts[0] else None
        if pair is not None:  # "Lee's biographers, Ann and Tom Vane,": Ann Vane
            return pair
        held = _name_after_body_role(toks)
        if held:  # "Office of Rail Safety chief Pia Ranta": Pia Ranta, not the body
            return Speaker("name", " ".join(held))
        affiliated = name_before_affiliation(toks)
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
    if len(parts) == 1:  # "Town Hall press secretary Jo Lee", "former senator Ana Ruiz"
        decided, sp = name_at_end(tokens)
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
        and (len(tokens) > 1 or low in ALONE_DETERMINERS)  # "His comments come as ...": no one
        and len(tokens) <= 8
        and not AUXILIARIES.intersection(tokens)
        and tokens[-1].lower() not in PRONOUNS  # "the only thing she": a clause, no speaker
    ):
        return Speaker("description", " ".join(description_tokens(parts)))
    return None


def _name_after_body_role(tokens: list[str]) -> list[str]:
    """The full name that ends "<Body> of <Field> <role> <Name>" ("Bank of England governor
    Ann Bell"): a body written with "of" or "from", then a job word in lower case, then a
    capitalised run of two words or more. Empty when the words are not so ("Jo Vos of the
    Zoo Institute" is the name before "of")."""
    tail = from_last_capital(tokens)
    k = len(tokens) - len(tail)
    if len(tail) < 2 or k < 3 or not tokens[k - 1].islower() or not is_job(tokens[k - 1]):
        return []
    if not is_cap(tokens[0]) or not any(t in ("of", "from") for t in tokens[1 : k - 1]):
        return []
    body = tokens[: next(i for i, t in enumerate(tokens) if t in ("of", "from"))]
    if not all(is_cap(t) for t in body):
        return []  # "A friend of coach Jo Lee": a person described, no body (Session 16)
    name = clean_name(tail)
    return name if len(name) >= 2 and all(is_cap(t) for t in name) else []


JOINT_ROLE_WORDS = 4  # lower-case words of a job before the second name of a joint cue


def _role_then_name(tokens: list[str]) -> bool:
    """ "chief operating officer Jo Lee": job words in lower case ending in a job word, then a
    full name that ends the phrase (the second of two people a joint cue names)."""
    tail = from_last_capital(tokens)
    lead = tokens[: len(tokens) - len(tail)]
    if len(tail) < 2 or not lead or len(lead) > JOINT_ROLE_WORDS:
        return False
    return all(t.islower() for t in lead) and (is_job(lead[-1]) or is_title(lead[-1]))


def _without_naming_lead_in(tokens: list[str]) -> list[str]:
    """An appositive's words after "named" or "known as" ("the boy's mother, named Ana
    Lima"): the name they give."""
    low = " ".join(tokens[:3]).lower()
    for lead in NAMING_LEAD_INS:
        if low == lead or low.startswith(lead + " "):
            return tokens[len(lead.split()) :]
    return tokens


def _first_of_joint(tokens: list[str]) -> Speaker | None:
    """'Orton and Pike wrote', 'Economists Ana Ruiz and Jo Lee said': a joint cue credits
    the first-named person (as a careful reader would, and as the labels do), not the last
    name run ("Ray and his wife, Meg, said": Ray). None unless a name comes before the "and"."""
    k = next((i for i, t in enumerate(tokens) if t.lower() in JOINT_WORDS), -1)
    right = tokens[k + 1 :]
    if k <= 0 or not right:
        return None
    if len(right) > 3 and not (_name_then_body(right) or _role_then_name(right)):
        return None  # the other side may be anyone: "Ray and his wife", "Lee and Ruiz"
    if not is_cap(tokens[k - 1]):
        return None
    left = tokens[:k]
    if left[0].lower() in DETERMINERS:
        # "the WGA and SAG said": two bodies' acronyms after "the", the first-named as for
        # people (session 20: "— SAG", the second, read as the whole speaker); not "the
        # Finance and Economy Ministry" (one body) nor "the company and Jo Lee"
        if len(left) != 2 or len(right) != 1 or not (_acronym(left[1]) and _acronym(right[0])):
            return None
        left = left[1:]
    first = parse_speaker(" ".join(left))
    if first is not None and first.kind == "name" and _shares_surname(left, right):
        return Speaker("name", f"{left[0]} {right[-1]}")  # "Ann and Tom Vane": Ann Vane
    return first if first is not None and first.kind == "name" else None


def _shares_surname(left: list[str], right: list[str]) -> bool:
    """ "Ann and Tom Vane wrote": a given name, then a full name; the two share its surname
    (reading24: "David" was credited). Not "Obama and Hillary Clinton"."""
    return (
        len(left) == 1
        and len(right) == 2
        and all(is_cap(t) for t in right)
        and female_share(left[0]) is not None
        and female_share(right[0]) is not None
    )


def _acronym(token: str) -> bool:
    """A body's acronym: two or more capitals ("WGA", "SAG."), maybe a final stop."""
    word = token.rstrip(".,;:")
    return len(word) > 1 and word.isalpha() and word.isupper()


def joint_subject(clause: str) -> Speaker | None:
    """The first-named of a joint subject made only of names and their jobs ("Police chief
    Ann Ward and her deputy Tom Gale", "Ruiz and Lee"), as `_first_of_joint` reads it; None
    when a word before the "and" is neither a name nor a job ("Police arrested Tom Gale and
    Ann Ward": Tom Gale is an object), so a clause cut at "and" keeps its own subject."""
    tokens = clause.split()
    k = next((i for i, t in enumerate(tokens) if t.lower() in JOINT_WORDS), -1)
    left = tokens[:k] if k > 0 else []
    if not left or any(t.islower() and not (is_job(t) or is_title(t)) for t in left):
        return None
    return _first_of_joint(tokens)


def _name_then_body(tokens: list[str]) -> bool:
    """A name of up to three words, then the body it is with: "Ana Ruiz of the Science
    Institute" (the second name of a joint cue, its affiliation the pair's)."""
    n = next((i for i, t in enumerate(tokens) if not is_cap(t)), len(tokens))
    return 0 < n <= 3 and n < len(tokens) and tokens[n] in ("of", "from", "at")


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
