"""Patterns of an embedded tweet and of a newsletter's item headers (data only;
`furniture_embeds` uses them, `summary.embeds` reads the lines they leave).

A tweet embedded in a story comes through extraction (or a paste of a page's source) as its
text, maybe a picture or short link, and a signature: "... above the law.
pic.twitter.com/AbCdEfGhIj — Ann Lee (@annlee) July 5, 2016". A site may glue its own call into
the embed ("SIGN UP FOR OUR NEWSLETTER"). A newsletter's items open with a header in capitals
glued to the item's first sentence ("HARBOUR BRIDGE REOPENS Crews finished the work ...").
"""

from __future__ import annotations

from summarizer.text.furniture_lexicon import TWEET_DATE as _DATE
from summarizer.text.furniture_lexicon import TWEET_HANDLE as _HANDLE
from summarizer.text.furniture_lexicon import TWEET_LINK as _LINK
from summarizer.text.lazy import lazy_pattern

# The signature's dash may come through as "???" where the page's encoding was damaged.
_SIGNATURE = (
    rf"(?:[—–-]++|\?\?\?)\s*+(?P<name>[^()\n]{{1,60}}?)\s*(?P<handle>{_HANDLE})"
    rf"\s*(?P<date>{_DATE})"
)
# Calls a site glues inside an embed, before its signature.
_GLUED_CALL = r"SIGN\s+UP\s+FOR\s+OUR\s+NEWSLETTER"

# The end of a unit that is (or ends with) an embedded tweet: its links, a glued call, its
# signature; a lone full stop after it is a closing tag's leftover ("2016</tweet>.").
# Possessive spaces: runs of them are read once (several optional parts in a row would
# otherwise share a long run in every way).
tweet_end = lazy_pattern(
    rf"(?P<links>(?:\s*+{_LINK})*+)\s*+(?:{_GLUED_CALL}\s*+)?(?:{_SIGNATURE})?\s*+\.?\s*+\Z"
)
# Where `tweet_end` is looked for: an embed's links, call and signature end the unit.
TWEET_END_CHARS = 400

# A sign-off closing a tweet's text ("... for others. -H", "-bo"): a staff tweet's initials.
sign_off = lazy_pattern(r"\s+[-–—]\s?[A-Za-z]{1,3}\Z")

# The line a tweet's embed leaves after its text: the signature, or its picture link alone.
# `summary.embeds` reads the unit before such a line as the tweet's text.
SIGNATURE_LINE = "— {name} {handle} {date}"
# A tweet kept as its tag in pasted text is signed with the tag's author (`markup_tweets`).
TAG_SIGNATURE_LINE = "— @{handle}"
tweet_line = lazy_pattern(rf"(?:—\s*[^()\n]{{1,60}}?\s*{_HANDLE}\s*{_DATE}|{_LINK}|—\s@\w{{1,15}})")

# A header in capitals glued before an item's first sentence: three or more words in capitals
# (digits, "’", "&", "$", "%", "," and "-" allowed; no colon: "LEE: ..." is a transcript's
# speaker), maybe a dash, then a capitalised word in lower case ("A" and a word in lower case)
# or an opening quotation mark.
_CAPS_WORD = r"[‘'“\"]?[A-Z0-9$][A-Z0-9’'&$%.,‘-]*[’'”\"]?"
shouted_header = lazy_pattern(
    rf"(?P<line>{_CAPS_WORD}(?:\s+{_CAPS_WORD}){{2,}})(?<!,)(?:\s+[-–—])?\s+"
    r"(?=[“\"‘]?(?:[A-Z][a-z]|A\s+[a-z]))"
)
