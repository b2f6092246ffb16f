"""Interviews printed as transcripts: the interviewee's answers, which no quotation mark opens,
as quotes credited to them ("JAY HERNANDEZ: Absolutely not! ..." then "HERNANDEZ: Yeah, ...";
"Q: ... A: ..."; "Frage: ... Antwort: ..."; "**Lee:** ...").

A text is a transcript when lines open with labels and the layout shows an interview: one
speaker (a person the text or title names, or the answer label "A:") opens at least
`MIN_LINES` lines, and at least `MIN_QUESTIONS` questions come from the other side (the
interviewer's label, a question paragraph of its own, or questions run onto the end of an
answer). So two "Note:" lines, or a conversation between two people where neither asks, give
nothing; nor does an FAQ (its title or a heading above the pairs says so, or nobody is named
to give the "A:" answers): its answers are the publisher's words, no one's quotes. Questions
are never the interviewee's: the interviewer's lines are skipped, and an answer the next
answer's label follows directly lost its question's own line ("... So, no, absolutely not. How
did this end up ...?"): its closing questions are cut, and since a question may open with a
statement, only the answer's first sentences are kept.

Apart from the mark scan (`marks`): no mark is paired here; `find` drops the marked quotes an
answer holds (the answer is the quote) and adds the answers.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass

from summarizer.quotes.given_names import female_share
from summarizer.quotes.name_lexicon import NAME_PARTICLES, TITLES
from summarizer.quotes.raw_quote import tidy
from summarizer.quotes.transcript_lexicon import (
    ANSWER_LETTERS,
    ANSWER_WORDS,
    FAQ_HEADING,
    QUESTION_LETTERS,
    QUESTION_WORDS,
)
from summarizer.quotes.word_kinds import is_job
from summarizer.text.lexicon import UPPER
from summarizer.text.tokenize import sentence_spans

MIN_LINES = 2  # lines one interviewee's label opens
MIN_QUESTIONS = 2  # questions the layout shows: an interview, not a list of notes
QUESTION_SHARE = 0.6  # a label whose lines mostly ask (and hand over) is the interviewer's
GLUED_KEEP = 3  # first sentences kept of an answer whose end may be the next question
MAX_PARTS = 4  # paragraphs an answer runs over when the questions carry labels
LABEL_WORDS = 4  # words of a name label, particles and titles aside
NAME_WORDS = 3  # words of a name read from its given name on ("Carrie Ann Inaba")
MAX_HEADING_WORDS = 12  # a line this short above the pairs is a heading ("Parking permits: FAQ")

_WORD = rf"[{UPPER}][\w'’.\-]*"
# A label opening a line: a name or a marker word and a colon (maybe spaced, French style, or
# bold: "**Lee:**", "**Lee**:"), or a letter and a dot ("Q. ... A. ...").
_LABEL = re.compile(
    rf"^[ \t]*(?:\*\*|__)?(?:(?P<label>{_WORD}(?:[ \t]+(?:{_WORD}|[a-z]{{1,3}})){{0,5}})"
    rf"(?:\*\*|__)?[ \t]*:|(?P<letter>[{UPPER}])\.)(?:\*\*|__)?[ \t]+(?=\S)",
    re.M,
)
_RUN = re.compile(rf"(?<![\w'’-]){_WORD}(?:[ \t]+{_WORD})+")  # capitalised words in a row
_CLOSERS = "\"”’'»)]*_ \t"
_OPENERS = '"“«„'
_SHUTTERS = '"”»“'
_TITLE_WORDS = frozenset(TITLES["en"].split())


@dataclass(frozen=True, slots=True)
class Answer:
    """One answer: its text (parts joined), where it is, who gave it, how that was told."""

    text: str
    spans: tuple[tuple[int, int], ...]
    speaker: str | None
    label: str
    how: str


@dataclass(slots=True)
class _Unit:
    """A stretch of one paragraph: a labelled line's words up to the next label or the
    paragraph's end, or a paragraph (or its head) with no label."""

    start: int  # where its words start (past the label)
    end: int
    para: int
    key: str | None = None  # the label, case-folded ("hernandez", "q"); None: no label
    label: str = ""


def answers(
    text: str,
    paras: Sequence[tuple[int, int]],
    author: str | None = None,
    title: str | None = None,
) -> list[Answer]:
    """The interviewee's answers of a transcript, in order; none for any other text."""
    labels = [m for m in _LABEL.finditer(text) if _label_of(m) is not None]
    if len(labels) < MIN_LINES:
        return []
    title = title or ""
    if _is_faq(text[: labels[0].start()], title):
        return []
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
        return []
    interviewee = None
    if any(roles[u.key] == "answer" for u in answering if u.key):
        interviewee = _interviewee(text[: labels[0].start()], title, author)
    asked = sum(1 for u in units if u.key and roles[u.key] == "question")
    labelled = 2 * asked >= len(answering)  # every question has its label: answers run on
    glued = _glued(units, roles, who, text)
    out = []
    for i, unit in enumerate(units):
        if not unit.key or roles[unit.key] not in ("person", "answer"):
            continue
        spans = _answer_spans(text, units, i, roles, labelled, glued)
        if not spans:
            continue
        if roles[unit.key] == "person":
            speaker, how = people[unit.key], "transcript:label/name"
        elif interviewee is None:
            continue  # "A:" answers nobody is named to give: an FAQ's, the publisher's words
        else:
            speaker, how = interviewee, "transcript:answer/interviewee"
        words = tidy(" ".join(text[s:e] for s, e in spans))
        out.append(Answer(words, tuple(spans), speaker, unit.label, how))
    return out


def _is_faq(intro: str, title: str) -> bool:
    """Whether the title, or a heading line above the first label, calls the page an FAQ
    ("Frequently asked questions", "FAQ: parking permits", "Questions and answers")."""
    if FAQ_HEADING.search(title):
        return True
    return any(
        len(line.split()) <= MAX_HEADING_WORDS and FAQ_HEADING.search(line)
        for line in intro.splitlines()
    )


def within(spans: Sequence[tuple[int, int]], found: Sequence[Answer]) -> bool:
    """Whether a quote at `spans` opens inside an answer (a quote the interviewee quotes, or
    the marks around a whole answer): the answer is the quote."""
    start = spans[0][0]
    return any(s - 1 <= start < e for a in found for s, e in a.spans)


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


def _units(text: str, paras: Sequence[tuple[int, int]], labels: list[re.Match[str]]) -> list[_Unit]:
    """The text cut into units, in order: each paragraph at its labelled lines."""
    starts = [s for s, _ in paras]
    out: list[_Unit] = []
    by_para: dict[int, list[re.Match[str]]] = {}
    for m in labels:
        pi = bisect_right(starts, m.start()) - 1
        if pi >= 0 and m.start() < paras[pi][1]:
            by_para.setdefault(pi, []).append(m)
    for pi, (ps, pe) in enumerate(paras):
        cuts = by_para.get(pi, [])
        if not cuts or text[ps : cuts[0].start()].strip():
            end = cuts[0].start() if cuts else pe
            out.append(_Unit(ps, _trim_end(text, ps, end), pi))
        for j, m in enumerate(cuts):
            end = cuts[j + 1].start() if j + 1 < len(cuts) else pe
            label = _label_of(m) or ""
            key = label.lower().rstrip(".")
            out.append(_Unit(m.end(), _trim_end(text, m.end(), end), pi, key, label))
    return out


def _trim_end(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


def _label_text(units: list[_Unit], key: str) -> str:
    """The longest way the text writes a label ("JAY HERNANDEZ" before "HERNANDEZ")."""
    return max((u.label for u in units if u.key == key), key=len)


def _people(
    keys: set[str], units: list[_Unit], text: str, title: str, taken: list[tuple[int, int]]
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
    if person is not None and author and _same_person(person, author):
        return "question"  # the byline's own name labels the interviewer's lines
    return "person" if person is not None else "other"


def _marker(key: str) -> bool:
    """A question or answer label, no one's name ("q", "frage", "interviewer")."""
    return any(
        key in words for words in (QUESTION_LETTERS, ANSWER_LETTERS, QUESTION_WORDS, ANSWER_WORDS)
    )


def _same_person(name: str, other: str) -> bool:
    return name.lower().split()[-1] in other.lower().split()


def _asks(units: list[_Unit], key: str, who: dict[str, str], text: str) -> bool:
    """Whether a label's lines mostly ask and hand over to another label or to a paragraph of
    no label: the interviewer's ("Collider: Could you ever ...?"). An answer whose end holds
    the next question, the next answer's label right after it, hands over to nobody."""
    own = [i for i, u in enumerate(units) if u.key == key]
    asking = sum(
        1
        for i in own
        if _ends_asking(text, units[i])
        and (i + 1 == len(units) or who.get(units[i + 1].key or "") != who[key])
    )
    return asking >= QUESTION_SHARE * len(own)


def _ends_asking(text: str, unit: _Unit) -> bool:
    return text[unit.start : unit.end].rstrip(_CLOSERS).endswith("?")


def _enough_lines(answering: list[_Unit], people: dict[str, str | None]) -> bool:
    """Whether one interviewee opens `MIN_LINES` lines ("JAY HERNANDEZ:" and "HERNANDEZ:"
    count as one person's)."""
    counts: dict[str, int] = {}
    for u in answering:
        who = people.get(u.key or "") or u.key or ""
        counts[who] = counts.get(who, 0) + 1
    return max(counts.values(), default=0) >= MIN_LINES


def _questions(units: list[_Unit], roles: dict[str, str], who: dict[str, str], text: str) -> int:
    """Questions the layout shows: the interviewer's lines, a paragraph of no label that asks
    right before an answer, an answer that ends asking right before the same speaker's next
    (one person asking another is a conversation, not an interview)."""
    n = 0
    for i, u in enumerate(units):
        if u.key and roles[u.key] == "question":
            n += 1
        elif i + 1 < len(units) and _answering(units[i + 1], roles) and _ends_asking(text, u):
            n += 1 if u.key is None or _same_speaker(u, units[i + 1], roles, who) else 0
    return n


def _same_speaker(unit: _Unit, nxt: _Unit, roles: dict[str, str], who: dict[str, str]) -> bool:
    """Two answers one speaker gives in a row."""
    return _answering(unit, roles) and who[unit.key or ""] == who[nxt.key or ""]


def _answering(unit: _Unit, roles: dict[str, str]) -> bool:
    return unit.key is not None and roles[unit.key] in ("person", "answer")


def _glued(units: list[_Unit], roles: dict[str, str], who: dict[str, str], text: str) -> bool:
    """Whether one speaker's answers come one after another, each ending in the next question:
    the page lost the questions' own lines (at least `MIN_QUESTIONS` answers end asking so)."""
    n = sum(
        1
        for i, u in enumerate(units[:-1])
        if _answering(units[i + 1], roles)
        and _same_speaker(u, units[i + 1], roles, who)
        and _ends_asking(text, u)
    )
    return n >= MIN_QUESTIONS


def _answer_spans(
    text: str, units: list[_Unit], i: int, roles: dict[str, str], labelled: bool, glued: bool
) -> list[tuple[int, int]]:
    """Where answer `i` is: its line, the paragraphs of no label after it when every question
    has its label (not past the last label: what follows the last answer is the story's end),
    or, when the next answer's label follows it at once, its first sentences before any
    question it ends with."""
    unit = units[i]
    nxt = units[i + 1] if i + 1 < len(units) else None
    if glued or (nxt is not None and _answering(nxt, roles) and _ends_asking(text, unit)):
        end = _first_sentences(text, unit.start, unit.end)
        return [_unmarked(text, unit.start, end)] if end > unit.start else []
    spans = [_unmarked(text, unit.start, unit.end)]
    if labelled:
        more = []
        for later in units[i + 1 :]:
            if later.key is not None:
                spans += more[: MAX_PARTS - 1]
                break
            if _ends_asking(text, later):
                break
            more.append((later.start, later.end))
    return spans


def _first_sentences(text: str, start: int, end: int) -> int:
    """End of an answer's first sentences (at most `GLUED_KEEP`) before the questions that
    close it, and before the sentence right before them (a question's lead-in: "You've been
    an actor for awhile. Do you feel ...?"); a quotation mark left open is closed."""
    spans = [(start + s, start + e) for s, e in sentence_spans(text[start:end])]
    asked = len(spans)
    while asked and text[spans[asked - 1][0] : spans[asked - 1][1]].rstrip(_CLOSERS).endswith("?"):
        asked -= 1
    keep = min(GLUED_KEEP, asked - 1 if asked < len(spans) and asked > 1 else asked)
    if keep <= 0:
        return start
    while keep < asked and _open_mark(text[start : spans[keep - 1][1]]):
        keep += 1
    return spans[keep - 1][1]


def _open_mark(words: str) -> bool:
    return words.count("“") > words.count("”") or words.count("«") > words.count("»")


def _unmarked(text: str, start: int, end: int) -> tuple[int, int]:
    """An answer's span, without marks around all of it (`Lee: “...”`) or bold."""
    while start < end and text[start] in "*_":
        start += 1
    words = text[start:end].rstrip()
    if len(words) > 1 and words[0] in _OPENERS and words.rstrip(".")[-1:] in _SHUTTERS:
        inner = words[1:].rstrip(".")[:-1]
        if words[0] not in inner:  # one quote, not two side by side
            return start + 1, start + 1 + len(inner)
    return start, end


def _person(label: str, text: str, title: str, taken: list[tuple[int, int]]) -> str | None:
    """The full name a label stands for, as the text (or title) writes it: "JAY HERNANDEZ"
    and "HERNANDEZ" -> "Jay Hernandez", after "actor Jay Hernandez"; a person only where a
    given name leads the name (so "Note", "Collider", "Final Score" are nobody)."""
    words = [w for w in label.split() if w.lower().rstrip(".") not in _TITLE_WORDS]
    if not words:
        return None
    hit = r"[ \t]+".join(re.escape(w) for w in words)
    run = re.compile(
        rf"(?<![\w'’-])((?:{_WORD}[ \t]+){{0,2}})(?i:({hit}))(?![\w'’-])((?:[ \t]+{_WORD})?)"
    )
    for source, blocked in ((text, taken), (title, [])):
        for m in run.finditer(source):
            if not m[2][:1].isupper() or _inside(m.start(2), blocked):
                continue
            if len(words) >= 2 and female_share(words[0]) is not None:
                return _clean(m[2].split())  # "JAY HERNANDEZ": as the text spells it
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
            return _clean(before[k:] + label)
    if female_share(label[0]) is not None:
        if len(label) >= 2:
            return _clean(label)
        if after:
            return _clean(label + after[:1])
    return None


def _interviewee(intro: str, title: str, author: str | None) -> str | None:
    """Who gives the "A:" answers: the one person the title names, else the one the lines
    before the transcript name most often, full name or surname (not the byline's: "Joe
    Biden ... spoke with reporter Jim Lee. Biden ..."); else nobody."""
    named = _named(title, author)
    if len(named) == 1:
        return named[0]
    named = _named(intro, author)
    counts = sorted(
        ((len(re.findall(rf"\b{re.escape(n.split()[-1])}\b", intro)), n) for n in named),
        reverse=True,
    )
    if len(counts) == 1 or (counts and counts[0][0] > counts[1][0]):
        return counts[0][1]
    return None


def _named(words: str, author: str | None) -> list[str]:
    """The people `words` name by a given name and a surname, each once, not the author."""
    names: list[str] = []
    for m in _RUN.finditer(words):
        run = m.group().split()
        name = next(
            (
                _clean(run[k : k + NAME_WORDS])
                for k in range(len(run) - 1)
                if female_share(run[k]) is not None and not is_job(run[k])
            ),
            None,
        )
        if name is None or (author and _same_person(name, author)):
            continue
        if not any(_same_person(name, n) for n in names):
            names.append(name)
    return names


def _clean(words: list[str]) -> str:
    """A name's words, without the full stop a sentence ended it with ("Jay Hernandez.")."""
    if words and len(words[-1]) > 2 and words[-1].endswith("."):
        words = [*words[:-1], words[-1][:-1]]
    return " ".join(words)
