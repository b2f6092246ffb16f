"""Interviews printed as transcripts: the interviewee's answers, which no quotation mark opens,
as quotes credited to them ("JAY HERNANDEZ: Absolutely not! ..." then "HERNANDEZ: Yeah, ...";
"Q: ... A: ..."; "Frage: ... Antwort: ..."; "**Lee:** ..."). Whether a text is a transcript,
and which of its lines ask and which answer, is `transcript_layout`'s reading; this module
turns the answers into quotes: where each runs and who gave it.

An "A:" answer is the one person's the title (or else the lines above the transcript) names;
when nobody is, it is an FAQ's answer, the publisher's words, no one's quote. Questions are
never the interviewee's: the interviewer's lines are skipped, and an answer the next answer's
label follows directly lost its question's own line ("... So, no, absolutely not. How did this
end up ...?"): its closing questions are cut, and since a question may open with a statement,
only the answer's first sentences are kept.

Apart from the mark scan (`marks`): no mark is paired here; `find` drops the marked quotes an
answer holds (the answer is the quote) and adds the answers.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from summarizer.quotes.given_names import female_share
from summarizer.quotes.raw_quote import tidy
from summarizer.quotes.transcript_layout import (
    CLOSERS,
    WORD,
    Unit,
    answering,
    clean_name,
    ends_asking,
    read_layout,
    same_person,
)
from summarizer.quotes.word_kinds import is_job
from summarizer.text.tokenize import sentence_spans

GLUED_KEEP = 3  # first sentences kept of an answer whose end may be the next question
MAX_PARTS = 4  # paragraphs an answer runs over when the questions carry labels
NAME_WORDS = 3  # words of a name read from its given name on ("Carrie Ann Inaba")

_RUN = re.compile(rf"(?<![\w'’-]){WORD}(?:[ \t]+{WORD})+")  # capitalised words in a row
_OPENERS = '"“«„'
_SHUTTERS = '"”»“'


@dataclass(frozen=True, slots=True)
class Answer:
    """One answer: its text (parts joined), where it is, who gave it, how that was told."""

    text: str
    spans: tuple[tuple[int, int], ...]
    speaker: str | None
    label: str
    how: str


def answers(
    text: str,
    paras: Sequence[tuple[int, int]],
    author: str | None = None,
    title: str | None = None,
) -> list[Answer]:
    """The interviewee's answers of a transcript, in order; none for any other text."""
    title = title or ""
    layout = read_layout(text, paras, author, title)
    if layout is None:
        return []
    units, roles, people = layout.units, layout.roles, layout.people
    interviewee = None
    if layout.answer_marked:
        interviewee = _interviewee(layout.intro, title, author)
    out = []
    for i, unit in enumerate(units):
        if not unit.key or roles[unit.key] not in ("person", "answer"):
            continue
        spans = _answer_spans(text, units, i, roles, layout.labelled, layout.glued)
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


def within(spans: Sequence[tuple[int, int]], found: Sequence[Answer]) -> bool:
    """Whether a quote at `spans` opens inside an answer (a quote the interviewee quotes, or
    the marks around a whole answer): the answer is the quote."""
    start = spans[0][0]
    return any(s - 1 <= start < e for a in found for s, e in a.spans)


def _answer_spans(
    text: str, units: list[Unit], i: int, roles: dict[str, str], labelled: bool, glued: bool
) -> list[tuple[int, int]]:
    """Where answer `i` is: its line, the paragraphs of no label after it when every question
    has its label (not past the last label: what follows the last answer is the story's end),
    or, when the next answer's label follows it at once, its first sentences before any
    question it ends with."""
    unit = units[i]
    nxt = units[i + 1] if i + 1 < len(units) else None
    if glued or (nxt is not None and answering(nxt, roles) and ends_asking(text, unit)):
        end = _first_sentences(text, unit.start, unit.end)
        return [_unmarked(text, unit.start, end)] if end > unit.start else []
    spans = [_unmarked(text, unit.start, unit.end)]
    if labelled:
        more = []
        for later in units[i + 1 :]:
            if later.key is not None:
                spans += more[: MAX_PARTS - 1]
                break
            if ends_asking(text, later):
                break
            more.append((later.start, later.end))
    return spans


def _first_sentences(text: str, start: int, end: int) -> int:
    """End of an answer's first sentences (at most `GLUED_KEEP`) before the questions that
    close it, and before the sentence right before them (a question's lead-in: "You've been
    an actor for awhile. Do you feel ...?"); a quotation mark left open is closed."""
    spans = [(start + s, start + e) for s, e in sentence_spans(text[start:end])]
    asked = len(spans)
    while asked and text[spans[asked - 1][0] : spans[asked - 1][1]].rstrip(CLOSERS).endswith("?"):
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
                clean_name(run[k : k + NAME_WORDS])
                for k in range(len(run) - 1)
                if female_share(run[k]) is not None and not is_job(run[k])
            ),
            None,
        )
        if name is None or (author and same_person(name, author)):
            continue
        if not any(same_person(name, n) for n in names):
            names.append(name)
    return names
