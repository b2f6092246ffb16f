"""Furniture for a summary that the key quotes still read: an embedded tweet's text, and a
newsletter item's header in capitals glued before its first sentence.

Cleanup leaves a tweet's signature (or its picture link) as a line of its own after the
tweet's text (`text.furniture_embeds`). A tweet shown in a summary is read out of its story,
often without its author ("I'm thrilled to announce my running mate ..."), so the ranking
passes over the unit before such a line when it is as short as a tweet. The header is cut off
the sentence a summary shows ("HARBOUR BRIDGE REOPENS Crews finished ..." -> "Crews
finished ..."); the text keeps it.
"""

from __future__ import annotations

from collections.abc import Sequence

from summarizer.text.furniture_embeds import shouted_header_end
from summarizer.text.furniture_embeds_lexicon import tweet_line

MAX_TWEET_CHARS = 320  # a tweet's 280 characters and a little markup; a longer unit is prose


def tweet_sentences(items: Sequence[Sequence[tuple[str, bool]]]) -> list[bool]:
    """For each sentence (not heading) of the paragraphs `items` ((text, is_heading) pairs), in
    order: whether it is an embedded tweet's text or signature."""
    line = tweet_line()
    marks: list[bool] = []
    for k, paragraph in enumerate(items):
        text = " ".join(t for t, _ in paragraph)
        after = items[k + 1] if k + 1 < len(items) else ()
        signed = len(after) == 1 and line.fullmatch(after[0][0]) is not None
        embed = line.fullmatch(text) is not None or (signed and len(text) <= MAX_TWEET_CHARS)
        marks.extend(embed for _, heading in paragraph if not heading)
    return marks


def without_header(sentence: str) -> str:
    """The sentence without a header in capitals glued before it."""
    end = shouted_header_end(sentence)
    return sentence[end:] if end else sentence
