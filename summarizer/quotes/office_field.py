"""A name after an office of something: "White House Chief of Staff Jo Lee", "Secretary of
Homeland Security Jo Lee". The capitalised run starts after "of", so it opens with the
office's field ("Staff Jo Lee"), which no title list holds; read as part of the name, the
speaker was shown as "Staff Denis McDonough" (check set of reading23d, read once)."""

from __future__ import annotations

import re

from summarizer.quotes.given_names import female_share
from summarizer.quotes.word_kinds import is_job

# The office word and "of" right before the run ("Chief of ", "Secretary of ").
_OFFICE_OF = re.compile(r"(?P<office>[\w.\-]+)[ \t]+of[ \t]+$")
_LOOK_BACK = 40  # characters read before the run for the office


def after_office(text: str, start: int) -> bool:
    """Whether the run at `start` follows an office word and "of" ("Chief of ")."""
    m = _OFFICE_OF.search(text, max(0, start - _LOOK_BACK), start)
    return m is not None and m["office"][:1].isupper() and is_job(m["office"])


def without_field(run: str) -> str:
    """`run` without the office's field before the person's name: the first word always
    ("Staff"), and more while a full name is left and the first is no known given name or
    the one after it an initial ("Veterans Affairs Bo Lee" -> "Bo Lee", not "Research John
    A. Smith" -> "A. Smith"); only when a known given name opens what is left."""
    words = run.split()
    if len(words) < 3:
        return run
    words = words[1:]
    while len(words) > 2 and female_share(words[0]) is None and not _initial(words[1]):
        words = words[1:]
    # what is left opens with a known given name, or it is a body's name ("CEO of Washington
    # Restaurant Association"), left as it was
    return " ".join(words) if female_share(words[0]) is not None else run


def _initial(word: str) -> bool:
    return len(word.rstrip(".")) == 1
