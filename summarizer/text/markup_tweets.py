"""A tweet kept as its element in pasted text: '<tweet author="annlee" id="12">We won</tweet>.'

Text copied from a page's source or a data set may hold an embedded tweet as its tag, with the
author in an attribute and no signature line in the words ("— Ann Lee (@annlee) July 5,
2016", which `furniture_embeds` reads). Once `markup_tags` drops the tag, the tweet's words read
as the story's own and a summary showed them out of their story. So a tweet that fills its
paragraph is signed here from its tag, on a line of its own after its words ("— @annlee",
`furniture_embeds_lexicon.TAG_SIGNATURE_LINE`): the summary passes over it as over a signed
tweet (`summary.embeds`), and the text keeps the words and who posted them for the key quotes.
A tweet whose words already end in a signature or a picture link is left to `furniture_embeds`;
one inside a sentence, or with no author, is left as it was.
"""

from __future__ import annotations

import re

from summarizer.text.furniture_embeds_lexicon import (
    TAG_SIGNATURE_LINE,
    TWEET_END_CHARS,
    tweet_end,
)

_ATTRIBUTE = r"""\s+[\w:-]{1,40}\s*=\s*(?:"[^"<>\n]{0,2000}"|'[^'<>\n]{0,2000}')"""
# The tweet's element filling a paragraph, and a full stop a data set put after its end.
_TWEET = re.compile(
    rf"(?m)^[ \t]*(?P<open><tweet(?:{_ATTRIBUTE})+\s*>)(?P<body>[^<>]{{1,2000}}?)</tweet\s*>"
    r"(?P<stop>\.?)[ \t\r]*$"
)
# The author attribute: a handle with or without its "@".
_AUTHOR = re.compile(
    r"""\s(?:author|user|screen_name|handle)\s*=\s*["']@?(?P<handle>\w{1,15})["']"""
)
_ENDS = tuple(".!?…\"'”’)")


def signed_tweets(text: str) -> str:
    """`text` with each tweet element that fills a paragraph followed by its author's line."""
    if "</tweet" not in text:  # memchr: most texts have none
        return text
    return _TWEET.sub(_signed, text)


def _signed(match: re.Match[str]) -> str:
    author = _AUTHOR.search(match["open"])
    body = match["body"].strip()
    end = tweet_end().search(body, max(0, len(body) - TWEET_END_CHARS))
    if author is None or not body or (end and (end["links"] or end["handle"])):
        return match[0]
    stop = "." if match["stop"] and not body.endswith(_ENDS) else ""
    line = TAG_SIGNATURE_LINE.format(handle=author["handle"])
    return f"{match['open']}{body}{stop}</tweet>\n\n{line}"
