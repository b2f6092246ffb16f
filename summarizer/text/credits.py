"""A review's credits before its text: metadata, not the review's first sentence.

Pages print "Directed by Ann Lee. Written by Bo Chan. Starring Cy Dunn, Di Eve. Rated PG-13.
112 minutes." (or "Director: Ann Lee Cast: Cy Dunn, Di Eve", with no full stops) right before
the review, and often in the same paragraph, so the summary would open "Starring ... The film
opens ..." and a running time would be a key figure. A box of credits alone with colon labels
is `furniture`'s product box; this module reads credits field by field, so it also finds where
they end and the review begins, and cuts them off the paragraph (or drops it if nothing is
left). Two fields at least open the paragraph: one "Directed by Ann Lee, the film ..." is prose.
(A credits box printed a line each, "cast list" / "Tom Hanks" / ..., is left: its lines read as
headings, which the summary does not take, and they hold no figures.)
"""

from __future__ import annotations

import re

from summarizer.text.credits_lexicon import (
    GAP,
    NAME_ABBREVIATIONS,
    NAME_LABEL,
    NAME_PARTICLES,
    OTHER_LABEL,
    RATING,
    RATING_BRACKETS,
    RUNTIME,
    SENTENCE_OPENERS,
    STARS,
    TITLE_BEFORE,
)

MIN_FIELDS = 2  # one field may open a sentence ("Directed by Ann Lee, the film ...")
MIN_NAME_WORDS = 2  # a name has two words ("Farah Khan"); "Producer: Yes." is a transcript's
MAX_ROLE_WORDS = 6  # "(Wilson)", "as the surveyor,": the role a name plays
MAX_REASON_WORDS = 25  # "Rated R for ...": a rating's reason
MAX_OTHER_WORDS = 10  # "Language: French with English subtitles"
_TOKEN = re.compile(r"\S+")
_SPACE = re.compile(r"\s*")
_MARKS = "\"“”‘’'.,;:"
_BOUNDARY = ".,;|)·•"
# Where a credits field may open: a cheap look before the patterns ("Directed", "Cast:", "Rated",
# "112 minutes", "★★★", a title in capitals or quotation marks, "(PG-13)").
_OPENING = re.compile(r"[\w★☆\"“‘'(]")


def without_credits(units: list[str]) -> list[str]:
    """The units without the credits that open any of them (the review's own words after them
    stay)."""
    out: list[str] = []
    for unit in units:
        end = credits_end(unit)
        rest = unit[end:].strip() if end else unit
        if rest:
            out.append(rest)
    return out


def credits_end(unit: str) -> int:
    """Where the credits opening `unit` end (the gap after them included), or 0: at least
    `MIN_FIELDS` fields, maybe after the work's title in capitals or quotation marks."""
    if not _OPENING.match(unit):
        return 0
    title = TITLE_BEFORE.match(unit)
    for start in (0, title.end()) if title else (0,):
        end, fields = _fields(unit, start)
        if fields >= MIN_FIELDS:
            return end
    return 0


def _fields(unit: str, start: int) -> tuple[int, int]:
    """How far fields in a row from `start` reach (past the gap after the last), and how many."""
    fields = 0
    end = start
    while (field_end := _field_end(unit, GAP.match(unit, end).end())) is not None:
        fields += 1
        end = field_end
    return (GAP.match(unit, end).end() if fields else start), fields


def _field_end(unit: str, at: int) -> int | None:
    """The end of the field at `at`, or None if none opens there."""
    if at >= len(unit):
        return None
    if label := NAME_LABEL.match(unit, at):
        return _names_end(unit, label.end())
    if label := OTHER_LABEL.match(unit, at):
        return _words_end(unit, label.end(), MAX_OTHER_WORDS, need=1)
    if (rating := RATING.match(unit, at)) and unit.startswith(" for ", rating.end()):
        return _words_end(unit, rating.end() + 5, MAX_REASON_WORDS, need=1)
    for pattern in (RATING, RATING_BRACKETS, RUNTIME, STARS):
        if (m := pattern.match(unit, at)) and _at_boundary(unit, m.end()):
            return m.end()
    return None


def _at_boundary(unit: str, end: int) -> bool:
    """Whether a field may end at `end`: the unit's end, a separator, a capitalised word or a
    digit (the next field, or the review's first sentence)."""
    at = _SPACE.match(unit, end).end()  # no slice: a unit of many fields stays linear
    nxt = unit[at : at + 1]
    return not nxt or nxt in _BOUNDARY or nxt.isupper() or nxt.isdigit() or nxt in "\"“‘'"


def _is_label(unit: str, at: int) -> bool:
    return any(
        p.match(unit, at) for p in (NAME_LABEL, OTHER_LABEL, RATING, RATING_BRACKETS, RUNTIME)
    )


def _names_end(unit: str, pos: int) -> int | None:
    """The end of a list of names from `pos` ("Cy Dunn (Wilson), Di Eve as the nurse, Al Ray"),
    or None if no name comes: up to a full stop after a name or a role, the next label, or the
    review's first sentence (a capitalised word nobody is named, "The", or one a lower-case
    word follows)."""
    names = 0
    end = pos
    last: tuple[int, int] | None = None  # a capitalised word with no comma: (start, end before)
    closer = ""  # what closes the role a name plays being read: ")" for "(Wilson)", "," for "as"
    before_role = pos
    role_words = 0
    for token in _TOKEN.finditer(unit, pos):
        word = token.group()
        if not closer and (word.startswith("(") or (word == "as" and names)):
            closer, before_role, role_words = (")" if word[0] == "(" else ","), end, 0
        if closer:
            role_words += 1
            if role_words > MAX_ROLE_WORDS:
                end = before_role
                break
            end = token.end()
            if word.rstrip(".,;").endswith(")") if closer == ")" else word.endswith((",", ".")):
                closer = ""
                if word.endswith("."):  # "as the surveyor.": the field ends with its role
                    return end if names >= MIN_NAME_WORDS else None
            continue
        core = word.strip(_MARKS)
        if names and (core in SENTENCE_OPENERS or _is_label(unit, token.start())):
            break
        if core.lower() in NAME_PARTICLES and not core[:1].isupper():
            continue  # joins names; ends none
        if not core[:1].isupper():
            if core[:1].islower() and last is not None and names > MIN_NAME_WORDS:
                return last[1]  # "... Di Eve Critics loved it": the sentence opens at "Critics"
            break
        names += 1
        if word.endswith(".") and len(core) > 1 and core not in NAME_ABBREVIATIONS:
            return token.end() if names >= MIN_NAME_WORDS else None  # not after an initial
        last = None if word.endswith(",") else (token.start(), end)
        end = token.end()
    return end if names >= MIN_NAME_WORDS else None


def _words_end(unit: str, pos: int, most: int, need: int) -> int | None:
    """The end of a short free value from `pos`: up to a full stop, the next label or the
    review's first sentence; None if it holds fewer than `need` words or more than `most`."""
    end = pos
    words = 0
    for token in _TOKEN.finditer(unit, pos):
        core = token.group().strip(_MARKS)
        if words and (core in SENTENCE_OPENERS or _is_label(unit, token.start())):
            break
        words += 1
        if words > most:
            return None
        end = token.end()
        if token.group().endswith("."):
            break
    return end if words >= need else None
