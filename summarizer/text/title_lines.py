"""The headline printed again at the top of the body, cut over a few lines; teaser headlines.

A pasted page often repeats its headline under itself; a headline with a deck ("Who pays?;
Voters fear the bill") may come back as two lines, one per part, and neither line alone is the
title, so the one-unit repeat test (`repeats`) keeps both and the deck led a summary
(reading23, PolNeAR train). A run of the first few units whose words together are the title's
is that headline. Done before the first dateline is split off: "BUSTED: Emails show ...",
printed again, read as a dateline "BUSTED:" and a line that was no longer the title.
"""

from __future__ import annotations

from summarizer.text.repeats import comparison_key

MAX_TITLE_LINES = 3  # lines a repeated headline may be cut into
MAX_FIRST_UNITS = 4  # how far down the body such a repeat may start


def without_title_lines(units: list[str], title: str | None) -> list[str]:
    """`units` without the first run of up to `MAX_TITLE_LINES` units, starting among the
    first `MAX_FIRST_UNITS`, whose words joined are the title's (case and punctuation aside)."""
    key = comparison_key(title) if title else ""
    if not key:
        return units
    for start in range(min(MAX_FIRST_UNITS, len(units))):
        for end in range(start + 1, min(start + MAX_TITLE_LINES, len(units)) + 1):
            joined = comparison_key(" ".join(units[start:end]))
            if joined == key:
                return units[:start] + units[end:]
            if not key.startswith(joined):
                break
    return units


MIN_TITLE_CASE_WORDS = 4  # a teaser headline has at least this many words ...
TITLE_CASE_SHARE = 0.8  # ... and this share of its words of 4+ letters capitalised
MAX_TEASER_WORDS = 25


def is_title_case_line(unit: str) -> bool:
    """A short line in Title Case, whatever its last mark: "Rand Paul Scores Direct Hit On
    Donald Trump." under a "Related:" heading is another story's headline, its full stop
    added by the copy (`cleanup._drop_blocks`); a sentence capitalises few of its words."""
    words = unit.split()
    if not MIN_TITLE_CASE_WORDS <= len(words) <= MAX_TEASER_WORDS:
        return False
    long_words = [w.strip("\"'“”‘’()[],.:;!?") for w in words]
    long_words = [w for w in long_words if len(w) >= 4 and w[:1].isalpha()]
    if len(long_words) < MIN_TITLE_CASE_WORDS - 1:
        return False
    capitalised = sum(w[0].isupper() for w in long_words)
    return capitalised >= TITLE_CASE_SHARE * len(long_words)
