"""The real-page scorer's speaker judge: whether a predicted speaker names the labelled person,
description or organisation (`speaker_verdict`). Shared by its test (tests/test_realpages_judge.py)
and the benchmark (bench/realpages.py, through tests.helpers); the rules are in bench/realpages.py's
docstring. A judge that marks a right speaker wrong misleads every quote number, so each
leniency here (hyphenated particles, brackets, acronyms) is one a careful reader would grant.
"""

from __future__ import annotations

import re

_HONORIFIC = {"mr", "mrs", "ms", "miss", "mx", "dr", "sir", "dame"}
_DETERMINER = {"a", "an", "the"}
_PRONOUN = {"he", "she", "they", "it", "we", "i", "you", "him", "her", "them"}


# A bracket after a name or inside a description holds an organisation or its acronym ("Jo
# Lee (XYZ)", "a senior Cricket Board (PCB) official"): a label's note, no part of the name.
# a nickname inside a labelled name, in quote marks: Ahmed 'Mido' Hossam, Edson "Pelé" Nascimento
_NICKNAME = re.compile(r"\s['‘\"“]([^'’\"”]{2,30})['’\"”]\s")
_BRACKETED = re.compile(r"\s*[(\[][^)\]]*[)\]]")
# Particles hyphenated to the word before them in Arabic-derived names ("Inzamam-ul-Haq",
# "Inzamam-ul Haq", "Saif-ud-Din"): the same name however the hyphens fall, and often shortened
# to the word before the particle ("Inzamam").
_HYPHEN_PARTICLES = frozenset({"ul", "ud", "ur", "us", "al", "el", "ad", "ar", "as", "an"})
_HYPHEN_PARTICLE = re.compile(
    r"([^\W\d_]+)-(?:" + "|".join(sorted(_HYPHEN_PARTICLES)) + r")(?![^\W\d_])", re.I
)
_ACRONYM_SKIP = frozenset({"and", "of", "for", "the", "&", "de", "la", "du"})


def _split_particles(token: str) -> list[str]:
    parts = token.split("-")
    if len(parts) > 1 and _HYPHEN_PARTICLES.intersection(parts[1:]):
        return [p for p in parts if p]
    return [token]


def _tokens(s: str) -> list[str]:
    s = _BRACKETED.sub("", s).lower().replace("’", "'").replace("‘", "'")
    out = []
    for t in re.findall(r"[^\W_][\w'.\-]*", s):
        t = t.removesuffix("'s").removesuffix("'").replace(".", "")
        if t:
            out.extend(_split_particles(t))
    while out and out[0] in _HONORIFIC:
        out.pop(0)
    return out


def _particle_short_form(pred: str, mention: str, text: str) -> bool:
    """A short form like "Inzamam" for "Inzamam-ul Haq": the words before a hyphenated
    particle, when the text itself uses them alone (not only as the start of the full name)."""
    p = _tokens(pred)
    for m in _HYPHEN_PARTICLE.finditer(mention):
        if p and p == _tokens(mention[: m.end(1)]):
            alone = r"\s+".join(re.escape(w) for w in pred.split())
            if re.search(rf"(?<![\w-]){alone}(?![\w-])", text, re.I):
                return True
    return False


def _acronym_of(short: str, full: str) -> bool:
    """An acronym such as "BECTA" for "the British Educational Communications and Technology
    Agency": the initials of the full name's words, function words skipped."""
    short = short.strip().removeprefix("the ").strip()
    if not (2 <= len(short) <= 8 and short.isalpha() and short.isupper()):
        return False
    words = re.findall(r"[^\W\d_][\w'’\-]*", _BRACKETED.sub("", full))
    initials = "".join(w[0] for w in words if w.lower() not in _ACRONYM_SKIP)
    return len(initials) >= 2 and initials.upper() == short


def _phrase(s: str) -> str:
    toks = _tokens(s)
    while toks and toks[0] in _DETERMINER:
        toks.pop(0)
    return " ".join(toks)


def person_strict(pred: str, mention: str, text: str) -> bool:
    """Names the labelled person cleanly: the mention, its surname, or a shorter form of it
    that the text itself uses. A stage name ending in a single letter ("Cardi B") also goes by
    its first word, and a name with a nickname in quote marks by the nickname."""
    p, m = _tokens(pred), _tokens(mention)
    if not p or not m or _BRACKETED.search(pred):
        return False  # a bracket glued to the predicted name ("Jo Lee (XYZ)") is not clean
    if p == m or p == m[-1:]:
        return True
    if len(m) >= 2 and len(m[-1]) == 1 and p == m[:1]:
        return True
    nickname = _NICKNAME.search(mention)
    if nickname and p == _tokens(nickname.group(1)):
        return True  # the name the mention puts in quote marks: Ahmed 'Mido' Hossam is "Mido"
    if p[-1] == m[-1] and set(p) <= set(m):
        flat = " ".join(_tokens(text))
        return f" {' '.join(p)} " in f" {flat} "
    return _particle_short_form(pred, mention, text)


def person_right(pred: str, mention: str, text: str) -> bool:
    """The right person, not necessarily given clean: ends with the surname (titles or a role
    before it allowed), or is part of the name ("Vili" for "Vili Fualaau")."""
    p, m = _tokens(pred), _tokens(mention)
    if person_strict(pred, mention, text):
        return True
    return bool(p and m and (p[-1] == m[-1] or set(p) <= set(m)))


def described(pred: str) -> bool:
    """A description rather than a name: "the keeper", "the 24-year-old comic"."""
    first = pred.split()[0] if pred.split() else ""
    return first[:1].islower() or first.lower() in _DETERMINER


def description_strict(pred: str, mention: str) -> bool:
    p, m = _phrase(pred), _phrase(mention)
    if not p or p in _PRONOUN:
        return False
    return p == m or (len(p) >= 4 and f" {p} " in f" {m} ")


def organisation_named(pred: str, mention: str) -> bool:
    p, m = _phrase(pred), _phrase(mention)
    if not p or not m:
        return False
    return (
        p == m
        or (len(p) >= 4 and f" {p} " in f" {m} ")
        or (len(m) >= 4 and f" {m} " in f" {p} ")
        or _acronym_of(pred, mention)
        or _acronym_of(mention, pred)
    )


def speaker_verdict(text: str, q: dict, speaker: str | None) -> tuple[str, str | None]:
    """The verdict on a labelled quote's predicted speaker ("ok", "right", "wrong",
    "described", "unattributed", "named", "org-miss") and the labelled mention."""
    if q["speaker_kind"] == "none":
        return ("named" if speaker else "ok"), None
    mention = text[q["speaker"][0] : q["speaker"][1]]
    if q["speaker_kind"] == "organisation":
        ok = speaker is not None and organisation_named(speaker, mention)
        return ("ok" if ok else "org-miss"), mention
    if speaker is None:
        return "unattributed", mention
    if q["speaker_kind"] == "person":
        if person_strict(speaker, mention, text):
            return "ok", mention
        if person_right(speaker, mention, text):
            return "right", mention
        return ("described" if described(speaker) else "wrong"), mention
    return ("ok" if description_strict(speaker, mention) else "wrong"), mention
