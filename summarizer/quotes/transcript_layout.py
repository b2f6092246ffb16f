"""Whether a text is an interview printed as a transcript, and what its labelled lines are:
the interviewer's questions, the interviewee's answers, or neither; and whom each name label
stands for ("JAY HERNANDEZ" and "HERNANDEZ": Jay Hernandez). Its own module so that reading the
layout stays apart from cutting answers into quotes (`transcript`).

A text is a transcript when lines open with labels and the layout shows an interview: one
speaker (a person the text or title names, or the answer label "A:") opens at least
`MIN_LINES` lines, and at least `MIN_QUESTIONS` questions come from the other side (the
interviewer's label, a question paragraph of its own, or questions run onto the end of an
answer). So two "Note:" lines, or a conversation between two people where neither asks, give
nothing; nor does an FAQ (its title or a heading above the pairs says so).
"""

from __future__ import annotations

import math
import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass

from summarizer.quotes.given_names import female_share
from summarizer.quotes.name_lexicon import NAME_PARTICLES, TITLES
from summarizer.quotes.transcript_lexicon import (
    ANSWER_LETTERS,
    ANSWER_WORDS,
    FAQ_HEADING,
    QUESTION_LETTERS,
    QUESTION_WORDS,
)
from summarizer.quotes.word_kinds import is_job
from summarizer.text.lexicon import UPPER

MIN_LINES = 2  # lines one interviewee's label opens
MIN_QUESTIONS = 2  # questions the layout shows: an interview, not a list of notes
QUESTION_SHARE = 0.6  # a label whose lines mostly ask (and hand over) is the interviewer's
LABEL_WORDS = 4  # words of a name label, particles and titles aside
MAX_HEADING_WORDS = 12  # a line this short above the pairs is a heading ("Parking permits: FAQ")

WORD = rf"[{UPPER}][\w'’.\-]*"
# A label opening a line: a name or a marker word and a colon (maybe spaced, French style, or
# bold: "**Lee:**", "**Lee**:"), or a letter and a dot ("Q. ... A. ...").
_LABEL = re.compile(
    rf"^[ \t]*(?:\*\*|__)?(?:(?P<label>{WORD}(?:[ \t]+(?:{WORD}|[a-z]{{1,3}})){{0,5}})"
    rf"(?:\*\*|__)?[ \t]*:|(?P<letter>[{UPPER}])\.)(?:\*\*|__)?[ \t]+(?=\S)",
    re.M,
)
CLOSERS = "\"”’'»)]*_ \t"
_TITLE_WORDS = frozenset(TITLES["en"].split())


@dataclass(slots=True)
class Unit:
    """A stretch of one paragraph: a labelled line's words up to the next label or the
    paragraph's end, or a paragraph (or its head) with no label."""

    start: int  # where its words start (past the label)
    end: int
    para: int
    key: str | None = None  # the label, case-folded ("hernandez", "q"); None: no label
    label: str = ""


@dataclass(frozen=True, slots=True)
class Layout:
    """A transcript as read: its units, what each label marks ("question", "answer", "person",
    "other") and whom it names, and how the questions sit."""

    units: list[Unit]
    roles: dict[str, str]
    people: dict[str, str | None]
    intro: str  # the text before the first label
    answer_marked: bool  # some answers carry an answer label ("A:"), not a name
    labelled: bool  # every question has its label: answers run on over unlabelled paragraphs
    glued: bool  # the questions lost their own lines: they close the answers before them


def read_layout(
    text: str, paras: Sequence[tuple[int, int]], author: str | None, title: str
) -> Layout | None:
    """How a transcript's lines divide into questions and answers; None for any other text."""
    labels = [m for m in _LABEL.finditer(text) if _label_of(m) is not None]
    if len(labels) < MIN_LINES:
        return None
    if _is_faq(text[: labels[0].start()], title):
        return None
    units = _units(text, paras, labels)
    taken = [(m.start(), m.end()) for m in labels]
    keys = {u.key for u in units if u.key}
    people = _people(keys, units, text, title, taken)
    roles = {k: _role(k, keys, people.get(k), author) for k in keys}
    who = {k: people[k] or k for k in keys}  # "JAY HERNANDEZ" and "HERNANDEZ": one speaker
    for k, role in roles.items():
        if role in ("person", "other") and _asks(units, k, who, text):
            roles[k] = "question"
    answering = [u for u in units if u.key and roles[u.key] in ("person", "answer")]
    if not _enough_lines(answering, people) or _questions(units, roles, who, text) < MIN_QUESTIONS:
        return None
    marked = any(roles[u.key] == "answer" for u in answering if u.key)
    asked = sum(1 for u in units if u.key and roles[u.key] == "question")
    labelled = 2 * asked >= len(answering)
    glued = _glued(units, roles, who, text)
    return Layout(units, roles, people, text[: labels[0].start()], marked, labelled, glued)


def _is_faq(intro: str, title: str) -> bool:
    """Whether the title, or a heading line above the first label, calls the page an FAQ
    ("Frequently asked questions", "FAQ: parking permits", "Questions and answers")."""
    if FAQ_HEADING.search(title):
        return True
    return any(
        len(line.split()) <= MAX_HEADING_WORDS and FAQ_HEADING.search(line)
        for line in intro.splitlines()
    )


def _label_of(m: re.Match[str]) -> str | None:
    """The label as written, if it can be a speaker's: a marker letter or word, or a name of
    at most `LABEL_WORDS` capitalised words ("Jo Lee", "JAY HERNANDEZ", "Ana de la Cruz")."""
    if m["letter"]:
        low = m["letter"].lower()
        return m["letter"] if low in QUESTION_LETTERS or low in ANSWER_LETTERS else None
    label = m["label"].strip()
    words = [w for w in label.split() if w[:1].isupper()]
    if len(words) > LABEL_WORDS or any(
        not w[:1].isupper() and w not in NAME_PARTICLES for w in label.split()
    ):
        return None
    return label


def _units(text: str, paras: Sequence[tuple[int, int]], labels: list[re.Match[str]]) -> list[Unit]:
    """The text cut into units, in order: each paragraph at its labelled lines."""
    starts = [s for s, _ in paras]
    out: list[Unit] = []
    by_para: dict[int, list[re.Match[str]]] = {}
    for m in labels:
        pi = bisect_right(starts, m.start()) - 1
        if pi >= 0 and m.start() < paras[pi][1]:
            by_para.setdefault(pi, []).append(m)
    for pi, (ps, pe) in enumerate(paras):
        cuts = by_para.get(pi, [])
        if not cuts or text[ps : cuts[0].start()].strip():
            end = cuts[0].start() if cuts else pe
            out.append(Unit(ps, _trim_end(text, ps, end), pi))
        for j, m in enumerate(cuts):
            end = cuts[j + 1].start() if j + 1 < len(cuts) else pe
            label = _label_of(m) or ""
            key = label.lower().rstrip(".")
            out.append(Unit(m.end(), _trim_end(text, m.end(), end), pi, key, label))
    return out


def _trim_end(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


def _label_text(units: list[Unit], key: str) -> str:
    """The longest way the text writes a label ("JAY HERNANDEZ" before "HERNANDEZ")."""
    return max((u.label for u in units if u.key == key), key=len)


def _people(
    keys: set[str], units: list[Unit], text: str, title: str, taken: list[tuple[int, int]]
) -> dict[str, str | None]:
    """The person each label stands for; a surname alone ("HERNANDEZ") is the one person a
    longer label of the transcript ends with ("JAY HERNANDEZ"), if any."""
    people = {
        k: None if _marker(k) else _person(_label_text(units, k), text, title, taken) for k in keys
    }
    for k in keys:
        longer = {
            people[o]
            for o in keys
            if people[o] and len(o.split()) > len(k.split()) and o.endswith(" " + k)
        }
        if len(longer) == 1:
            people[k] = longer.pop()
    return people


def _role(key: str, keys: set[str], person: str | None, author: str | None) -> str:
    """What a label marks: "question", "answer", "person" (an interviewee by name) or "other"
    (a name nobody bears in the text, a site's: "Collider:", "SPIEGEL:"); a marker letter only
    with its partner on the page ("Q:" with "A:")."""
    asks = any(k in QUESTION_LETTERS or k in QUESTION_WORDS for k in keys)
    if key in QUESTION_WORDS or (key in QUESTION_LETTERS and keys & ANSWER_LETTERS):
        return "question"
    if (key in ANSWER_WORDS or key in ANSWER_LETTERS) and asks:
        return "answer"
    if person is not None and author and same_person(person, author):
        return "question"  # the byline's own name labels the interviewer's lines
    return "person" if person is not None else "other"


def _marker(key: str) -> bool:
    """A question or answer label, no one's name ("q", "frage", "interviewer")."""
    return any(
        key in words for words in (QUESTION_LETTERS, ANSWER_LETTERS, QUESTION_WORDS, ANSWER_WORDS)
    )


def same_person(name: str, other: str) -> bool:
    """Whether two names share the surname `name` ends with."""
    return name.lower().split()[-1] in other.lower().split()


def _asks(units: list[Unit], key: str, who: dict[str, str], text: str) -> bool:
    """Whether a label's lines mostly ask and hand over to another label or to a paragraph of
    no label: the interviewer's ("Collider: Could you ever ...?"). An answer whose end holds
    the next question, the next answer's label right after it, hands over to nobody."""
    own = [i for i, u in enumerate(units) if u.key == key]
    asking = sum(
        1
        for i in own
        if ends_asking(text, units[i])
        and (i + 1 == len(units) or who.get(units[i + 1].key or "") != who[key])
    )
    return asking >= QUESTION_SHARE * len(own)


def ends_asking(text: str, unit: Unit) -> bool:
    """Whether a unit ends with a question mark (marks and bold aside)."""
    return text[unit.start : unit.end].rstrip(CLOSERS).endswith("?")


def _enough_lines(answering: list[Unit], people: dict[str, str | None]) -> bool:
    """Whether one interviewee opens `MIN_LINES` lines ("JAY HERNANDEZ:" and "HERNANDEZ:"
    count as one person's)."""
    counts: dict[str, int] = {}
    for u in answering:
        who = people.get(u.key or "") or u.key or ""
        counts[who] = counts.get(who, 0) + 1
    return max(counts.values(), default=0) >= MIN_LINES


def _questions(units: list[Unit], roles: dict[str, str], who: dict[str, str], text: str) -> int:
    """Questions the layout shows: the interviewer's lines, a paragraph of no label that asks
    right before an answer, an answer that ends asking right before the same speaker's next
    (one person asking another is a conversation, not an interview)."""
    n = 0
    for i, u in enumerate(units):
        if u.key and roles[u.key] == "question":
            n += 1
        elif i + 1 < len(units) and answering(units[i + 1], roles) and ends_asking(text, u):
            n += 1 if u.key is None or _same_speaker(u, units[i + 1], roles, who) else 0
    return n


def _same_speaker(unit: Unit, nxt: Unit, roles: dict[str, str], who: dict[str, str]) -> bool:
    """Two answers one speaker gives in a row."""
    return answering(unit, roles) and who[unit.key or ""] == who[nxt.key or ""]


def answering(unit: Unit, roles: dict[str, str]) -> bool:
    """Whether a unit is an answer: its label marks one, or names the interviewee."""
    return unit.key is not None and roles[unit.key] in ("person", "answer")


def _glued(units: list[Unit], roles: dict[str, str], who: dict[str, str], text: str) -> bool:
    """Whether one speaker's answers come one after another, each ending in the next question:
    the page lost the questions' own lines (at least `MIN_QUESTIONS` answers end asking so)."""
    n = sum(
        1
        for i, u in enumerate(units[:-1])
        if answering(units[i + 1], roles)
        and _same_speaker(u, units[i + 1], roles, who)
        and ends_asking(text, u)
    )
    return n >= MIN_QUESTIONS


def _person(label: str, text: str, title: str, taken: list[tuple[int, int]]) -> str | None:
    """The full name a label stands for, as the text (or title) writes it: "JAY HERNANDEZ"
    and "HERNANDEZ" -> "Jay Hernandez", after "actor Jay Hernandez"; a person only where a
    given name leads the name (so "Note", "Collider", "Final Score" are nobody)."""
    words = [w for w in label.split() if w.lower().rstrip(".") not in _TITLE_WORDS]
    if not words:
        return None
    hit = r"[ \t]+".join(re.escape(w) for w in words)
    run = re.compile(
        rf"(?<![\w'’-])((?:{WORD}[ \t]+){{0,2}})(?i:({hit}))(?![\w'’-])((?:[ \t]+{WORD})?)"
    )
    for source, blocked in ((text, taken), (title, [])):
        for m in run.finditer(source):
            if not m[2][:1].isupper() or _inside(m.start(2), blocked):
                continue
            if len(words) >= 2 and female_share(words[0]) is not None:
                return clean_name(m[2].split())  # "JAY HERNANDEZ": as the text spells it
            name = _given_led(m[1].split(), m[2].split(), m[3].split())
            if name:
                return name
    if len(words) >= 2 and female_share(words[0]) is not None:
        return " ".join(w if not w.isupper() else w.capitalize() for w in words)
    return None


def _inside(pos: int, spans: list[tuple[int, int]]) -> bool:
    """Whether `pos` falls in one of `spans` (sorted, apart)."""
    k = bisect_right(spans, (pos, math.inf)) - 1  # the last span starting at or before pos
    return k >= 0 and spans[k][0] <= pos < spans[k][1]


def _given_led(before: list[str], label: list[str], after: list[str]) -> str | None:
    """The name a run around a label gives, from its first given name: "Jay Hernandez" for
    "HERNANDEZ" in "Actor Jay Hernandez", for "JAY" in "Jay Hernandez talked"."""
    for k, word in enumerate(before):
        if female_share(word) is not None and not is_job(word):
            return clean_name(before[k:] + label)
    if female_share(label[0]) is not None:
        if len(label) >= 2:
            return clean_name(label)
        if after:
            return clean_name(label + after[:1])
    return None


def clean_name(words: list[str]) -> str:
    """A name's words, without the full stop a sentence ended it with ("Jay Hernandez.")."""
    if words and len(words[-1]) > 2 and words[-1].endswith("."):
        words = [*words[:-1], words[-1][:-1]]
    return " ".join(words)
