"""A tweet embed's picture link is read the same way everywhere: ten letters and digits after
pic.twitter.com/, so a word glued on after it is no part of the link (helper health25)."""

from __future__ import annotations

from summarizer.text import furniture_embeds_lexicon, furniture_lexicon
from summarizer.text.furniture import strip_furniture
from summarizer.text.furniture_embeds import split_tweet

_TEXT = "Ferry back on time today."
_LINK = "pic.twitter.com/Ab3dEfGh1j"


def test_one_link_pattern_for_links_and_embed_ends() -> None:
    assert furniture_embeds_lexicon._LINK == furniture_lexicon.TWEET_LINK


def test_a_site_call_glued_to_the_picture_link_ends_the_embed() -> None:
    unit = f"{_TEXT} {_LINK}SIGN UP FOR OUR NEWSLETTER"
    assert split_tweet(unit) == (_TEXT, _LINK)


def test_a_word_glued_to_the_picture_link_stays_a_word_of_its_own() -> None:
    assert strip_furniture(f"{_TEXT} {_LINK}Watch the video") == [f"{_TEXT} Watch the video"]
    assert split_tweet(f"{_TEXT} {_LINK}Video") == (f"{_TEXT} Video", None)


def test_the_embed_line_is_the_link_alone() -> None:
    line = furniture_embeds_lexicon.tweet_line()
    assert line.fullmatch(_LINK) is not None
    assert line.fullmatch(f"{_LINK}Video") is None
    assert line.fullmatch("https://t.co/Xy12Zw34Qp") is not None
