"""Markup tags left in pasted plain text: '<tweet author="jo" id="12">We won</tweet>.'

Text copied from a page's source, a feed or a data set may keep an embed's element tags around
its words. Left in, the tag and its attributes read as words: the summary quoted
'<tweet pic="" author="...">' as a sentence (reading23, PolNeAR train). Only what is surely a
tag goes: a closing tag, a self-closing one, one with attributes (name="value"), and a bare
opening tag whose closing tag the text also holds. The words between the tags stay. A lone
"<b>" with no "</b>", or "x < y > z", is left as written: it may be meant (an article about
HTML, a comparison). HTML extraction has removed its tags already. A tweet's element that
fills a paragraph leaves its author's line first (`markup_tweets`).
"""

from __future__ import annotations

import re

from summarizer.text.markup_tweets import signed_tweets

_NAME = r"[A-Za-z][\w:-]{0,30}"
_ATTRIBUTE = r"""\s+[\w:-]{1,40}\s*=\s*(?:"[^"<>\n]{0,2000}"|'[^'<>\n]{0,2000}')"""
_SURE_TAG = re.compile(
    rf"</{_NAME}\s*>"  # a closing tag
    rf"|<{_NAME}(?:{_ATTRIBUTE})*\s*/>"  # a self-closing one
    rf"|<{_NAME}(?:{_ATTRIBUTE})+\s*>"  # an opening one with attributes
)
_BARE_OPEN = re.compile(rf"<({_NAME})>")


def without_tags(text: str) -> str:
    """`text` with the element tags it surely holds removed (see the module docstring)."""
    if "<" not in text:  # memchr: most texts have none
        return text
    text = signed_tweets(text)  # before its tag goes, a tweet's author signs it
    closed = {m[0][2:-1].strip().lower() for m in re.finditer(rf"</{_NAME}\s*>", text)}
    text = _SURE_TAG.sub("", text)
    if closed:
        text = _BARE_OPEN.sub(lambda m: "" if m[1].lower() in closed else m[0], text)
    return text
