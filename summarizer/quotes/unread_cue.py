"""A cue after a quote whose verb is not read: '"... people lying there" eyewitness Jo Lee
sid.' (a typo), '"...," chef Jo Lee, 41.' The sentence goes on in lower case after the closing
mark and names someone in full before it ends: the writer credits the quote there, so the
speaker of the sentence before it (`nearby.sentence_before`) is not to be guessed (real pages
dev, read in session 23: in-sample)."""

from __future__ import annotations

import re

from summarizer.quotes.raw_quote import RawQuote
from summarizer.text.lexicon import UPPER

CUE_WORDS = 6  # words read after the closing mark up to the sentence's end
_NAME = r"[" + UPPER + r"][\w’'\-]+"
# After the mark: maybe a comma, a word in lower case, then up to CUE_WORDS words to the end
# of the sentence or line; among them a full name of two or three capitalised words.
_TAIL = re.compile(r"[,]?[ \t]+(?P<words>[a-z][^\n.!?\"“”«»]*?)[ \t]*(?:[.!?]|\n|$)")
_FULL_NAME = re.compile(rf"\b{_NAME}(?:[ \t]+{_NAME}){{1,2}}\b")


def unread_cue_after(text: str, raw: RawQuote) -> bool:
    """Whether the words after `raw`'s closing mark are such a cue (see the module)."""
    if not raw.closed:
        return False
    m = _TAIL.match(text, raw.close_pos + 1)
    if m is None or len(m["words"].split()) > CUE_WORDS:
        return False
    return _FULL_NAME.search(m["words"]) is not None


# '"A cowboy?" Dunn parroted.': after a quote ending in a question or exclamation, a name of
# one to three capitalised words and one past-tense word end the sentence.
_NAME_VERB_TAIL = re.compile(
    rf"[ \t]+(?P<name>{_NAME}(?:[ \t]+{_NAME}){{0,2}})[ \t]+[a-z]+ed[ \t]*[.,]"
)


def named_after(text: str, raw: RawQuote) -> str | None:
    """The name in an inverted cue whose verb is not read, '"A cowboy?" Dunn parroted.', else
    None: the quote is that person's, not a part of the quote before it (check set of reading23d,
    read once: a host's question joined onto the candidate's answer)."""
    if not raw.closed or not raw.spans:
        return None
    end = raw.spans[-1][1]
    if text[end - 1 : end] not in ("?", "!"):
        return None
    m = _NAME_VERB_TAIL.match(text, raw.close_pos + 1)
    return m["name"] if m else None
