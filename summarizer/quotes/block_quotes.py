"""A quote carried over paragraphs is not reopened by a mark of the other style.

Pages that print another outlet's report as a block quote wrap each of its paragraphs in ASCII
'"' marks and leave the report's own quotes in curly ones ('"The hearing was closed ...⏎"King
said ...⏎“He ... stated ...,” King said."'). A paragraph opening with “ after a '"' quote left
open is then the report's inner quote, whose cue names its own speaker, not the next paragraph
of the block: read as one, the whole report went to that speaker (reading23c: a columnist's
words credited to the TV host she quoted, a news report's narration to the press secretary it
quoted). One writer keeps one style of marks through one quote, so the block ends with the
paragraph before, and the curly mark opens a quote of its own.
"""

from __future__ import annotations

# (mark the carried quote opened with, mark a paragraph opens with) that start a new quote
_OTHER_STYLE = frozenset({('"', "“")})


def other_style(open_mark: str, first: str) -> bool:
    """Whether a paragraph opening with `first` starts a new quote rather than reopening the
    quote left open with `open_mark`."""
    return (open_mark, first) in _OTHER_STYLE
