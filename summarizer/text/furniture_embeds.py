"""Embeds and headers glued into a paragraph, made lines of their own for the summary.

An embedded tweet's link and signature are no prose, but they tell that the words before them
are a tweet: furniture for a summary (a tweet is shown out of its story, often without its
author), still text for the key quotes. So the signature (or the picture link, where the embed
has none) becomes a line of its own after the tweet's text, in one form ("— Ann Lee (@annlee)
July 5, 2016"); `summary.embeds` reads it and passes over the tweet. Links inside a paragraph
go, as before. A newsletter item's header in capitals glued to the item's first sentence
("HARBOUR BRIDGE REOPENS Crews finished ...") is found here too, but stays in the text: the key
quotes and figures read the item as it was; a summary shows the sentence without it.
"""

from __future__ import annotations

import re

from summarizer.text.furniture_embeds_lexicon import (
    SIGNATURE_LINE,
    TWEET_END_CHARS,
    shouted_header,
    sign_off,
    tweet_end,
)
from summarizer.text.furniture_lexicon import tweet_link, tweet_signature

MIN_HEADER_CAPITALS = 12  # "NASA SAID ON": a few acronyms; a header has more letters in capitals
MAX_HEADER_WORDS = 16
_OPENING_QUOTES = "‘'“\""
_CLOSING_QUOTES = "’'”\""
_ENDS = tuple(".!?…\"'”’)")


def split_tweet(unit: str) -> tuple[str, str | None]:
    """The unit without its tweet links, and the line its embed leaves: a tweet's signature (or
    its closing picture link) ending the unit, in one form; None if it ends in neither. A unit
    that is only a signature (the embed's last line) gives "" and the line."""
    end = tweet_end().search(unit, max(0, len(unit) - TWEET_END_CHARS))
    if end is None or not (end.group("links") or end.group("handle")):
        return _without_links(unit), None
    if end.group("handle"):
        line = SIGNATURE_LINE.format(
            name=end.group("name").strip(), handle=end.group("handle"), date=end.group("date")
        )
    else:
        line = end.group("links").split()[-1]
    text = _without_links(unit[: end.start()])
    text = text[: off.start()] if (off := sign_off().search(text)) else text
    if text and end.group().rstrip().endswith(".") and not text.endswith(_ENDS):
        text += "."  # the full stop after the embed ends the tweet's text (`tweet_end`)
    return text, line


def _without_links(unit: str) -> str:
    return tweet_signature().sub("", tweet_link().sub(_gap, unit)).strip()


def _gap(link: re.Match[str]) -> str:
    """What a removed link leaves: a space where a word was glued on after it ("...Gh1jWatch
    the video"), so the words around it stay apart; else nothing."""
    rest = link.string[link.end() : link.end() + 1]
    return " " if rest.isalnum() and link.group()[:1].isspace() else ""


def shouted_header_end(unit: str) -> int:
    """Where the sentence after a header in capitals glued before it starts, or 0."""
    if not (unit[:2].isupper() or unit[1:3].isupper()):
        return 0
    header = shouted_header().match(unit)
    if header is None:
        return 0
    line = header.group("line")
    if line[-1] in _CLOSING_QUOTES and line[0] not in _OPENING_QUOTES:
        return 0  # the end of a quotation ('... 10AM EDT" For those ...'), no header
    if sum(c.isupper() for c in line) < MIN_HEADER_CAPITALS or len(line.split()) > MAX_HEADER_WORDS:
        return 0
    return header.end()
