"""PolNeAR's strict speaker judge (`bench.quotes`, issue #17): whether a detected speaker names
the person a gold source names, and cleanly. Shared by its test (tests/test_polnear_judge.py)
and the benchmark (bench/quotes.py, through tests.helpers). The rule is strict on purpose (a
shared token is not enough); each leniency here is one a careful reader would grant: a name
given surname first ("Shen Xincheng" for the source "Shen"), and a source that is only a
possessive ("Bush's" words: Bush spoke).
"""

from __future__ import annotations

import re

_DETERMINERS = {"the", "a", "an", "his", "her", "their", "its", "this", "that", "one"}
# Words that may lead a name but are not part of it: a speaker holding one is not given clean.
_TITLE_WORDS = {
    "president", "sen", "senator", "rep", "representative", "gov", "governor", "mr", "mrs", "ms",
    "dr", "secretary", "chancellor", "minister", "prime", "mayor", "judge", "gen", "general",
    "former", "vice", "speaker", "chairman", "chief", "leader", "director", "spokesman",
    "spokeswoman", "attorney", "candidate", "nominee", "presidential", "democratic",
    "republican", "gop", "sheriff", "ambassador", "commissioner", "professor", "rev", "house",
    "senate", "white", "state", "u.s", "us", "federal", "press", "deputy", "acting",
}  # fmt: skip
_NAME_PARTICLES = {"de", "da", "di", "du", "van", "von", "der", "den", "la", "le", "al", "bin"}
_CUT = re.compile(r"\(|\s(?:who|which)\s")
_JOINERS = {"of", "and", "&"}
# A source that is only an owner: "Bush's", "Clinton's" (the gold source of "Bush's words: ...").
_POSSESSIVE_ONLY = re.compile(r"([A-Z][\w\-]+)'s?")


def _runs(part: str) -> list[tuple[list[str], str]]:
    """Capitalised runs of `part`, each with the word after it ("" at the end)."""
    runs: list[tuple[list[str], str]] = []
    run: list[str] = []
    for tok in part.split():
        word = tok.strip(".,;:\"'“”")
        if word[:1].isupper() or (run and word.lower() in _NAME_PARTICLES):
            run.append(word)
            if tok.endswith(("'s", "'")):  # an owner ("Hunter's chief of staff"), no speaker
                run = []
        elif word:
            if run:
                runs.append((run, word.lower()))
            run = []
    if run:
        runs.append((run, ""))
    return runs


def surname(source: str) -> str | None:
    """The person's surname as the gold source gives it: the last word of the first name run
    (before a bracket or "who"; an appositive after a comma or "of" ignored). A run ending in a
    title ("Speaker of the House") and a run that modifies a common noun ("Republican
    pollster Dana Reyes", "Clinton campaign manager") are not the name run; a possessive is
    the owner. No run before the first comma: the part after it ("a friend, Jo Lee")."""
    head = _CUT.split(source.replace("’", "'").replace("\u00a0", " "), maxsplit=1)[0]
    for part in head.split(","):
        runs = _runs(part)
        for i, (run, after) in enumerate(runs):
            while run and run[-1].lower() in _NAME_PARTICLES:
                run = run[:-1]
            if not run or run[-1].lower().rstrip(".") in _TITLE_WORDS:
                continue  # a name never ends in a title: "Speaker", "Pennsylvania Gov. and"
            if after and after not in _JOINERS and i < len(runs) - 1:
                continue
            return run[-1].lower()
        if runs:
            return None
    owner = _POSSESSIVE_ONLY.fullmatch(head.strip())
    return owner.group(1).lower() if owner else None  # "Bush's" (words): Bush spoke


def strict_speaker(speaker: str | None, source: str) -> tuple[bool, bool]:
    """(names the person, and given clean) for a detected speaker against a gold source that is
    a name: the speaker ends with the surname and is no description; clean when every word of
    it is a capitalised name word, no title, job or place glued to it."""
    if speaker and " ".join(speaker.split()).lower() == " ".join(source.split()).lower():
        return True, True  # "the ACU" for "the ACU"
    want = surname(source)
    if not speaker or not want:
        return False, False
    words = [w.strip(".,") for w in speaker.replace("’", "'").split() if w.strip(".,")]
    first = words[0] if words else ""
    if not (first[:1].isupper() or first in _NAME_PARTICLES) or first.lower() in _DETERMINERS:
        return False, False  # a description: "a spokesman", "the website"
    last = words[-1].lower().removesuffix("'s")
    if last != want.lower().removesuffix("'s") and not _surname_first(words, source):
        return False, False
    clean = len(words) <= 4 and all(
        (w[:1].isupper() and w.lower().rstrip(".") not in _TITLE_WORDS)
        or w.lower() in _NAME_PARTICLES
        for w in words
    )
    return True, clean


def _surname_first(words: list[str], source: str) -> bool:
    """A source of one name word that opens the detected name: a name given surname first
    ("Shen" for "Shen Xincheng", "Ban" for "Ban Ki-moon"), or the person known by it."""
    name = [w.strip(".,;:\"'“”") for w in source.replace("’", "'").split()]
    name = [w for w in name if w and w.lower() not in _DETERMINERS]
    if len(name) != 1 or not name[0][:1].isupper() or len(words) < 2:
        return False
    return words[0].lower() == name[0].lower().removesuffix("'s")
