"""Reading22: faults found reading whole replies to political news (PolNeAR train, read as an
editor would); each test on text written for it."""

from __future__ import annotations

from summarizer.figures.judge import key_figures
from summarizer.models import Article
from summarizer.quotes.find import find_quotes
from summarizer.text.cleanup import clean_text


def test_a_transcript_label_before_the_colon_is_no_speaker() -> None:
    text = (
        'On Tuesday in Dayton, Gov. Jane Doyle said, "We will win this state again."\n\n'
        "Transcript as follows:\n\n"
        '"Tonight we arrived in town and went to a diner. People cheered when we walked in. '
        'I love you all."\n'
    )
    quotes = find_quotes(text, "en")
    assert [str(q.speaker) for q in quotes[:1]] == ["Jane Doyle"]
    assert quotes[1].speaker is None


def test_partial_transcript_below_is_no_speaker_either() -> None:
    text = (
        'Mayor Ruth Olsen spoke at the harbour on Friday. "The pier opens in May," she said.\n\n'
        "Partial transcript below:\n\n"
        '"We built this pier for the fishermen. They waited ten years for it."\n'
    )
    assert find_quotes(text, "en")[-1].speaker is None


_TWO_APOSTROPHES = (
    "Harbour Fees Rise Again\n\n"
    "The harbour board raised its mooring fees for the third year running on Monday.\n\n"
    "''We had no choice,'' said Ole Berg, the board's chairman. ''The old pier is falling "
    "apart.''\n\n"
    "Fishermen called the rise ''a slap in the face'' and said they would protest.\n"
)


def test_two_straight_apostrophes_are_read_as_double_marks() -> None:
    article = clean_text(_TWO_APOSTROPHES)
    assert "''" not in article.text
    assert "“a slap in the face”" in article.text
    quotes = find_quotes(article.text, "en")
    first = next(q for q in quotes if q.text.startswith("We had no choice"))
    assert str(first.speaker) == "Ole Berg"


def test_a_plural_apostrophe_before_a_single_mark_stays() -> None:
    text = "Harbour news\n\n'It was the players'' fault,' he said of the loss on Monday night.\n"
    assert "players''" in clean_text(text).text


def test_the_reporters_twitter_handle_closing_a_story_goes() -> None:
    text = (
        "Harbour Fees Rise Again\n\n"
        "The harbour board raised its mooring fees for the third year running on Monday. "
        "Fishermen said they would protest at the next meeting.\n\n"
        "Follow Ann Lee on Twitter @annlee_news.\n"
    )
    assert "Follow" not in clean_text(text).text


def _figures(text: str) -> list[str]:
    return [f.text for f in key_figures(Article(text=text), "en", 8)]


def test_a_verb_after_a_number_is_not_what_it_counts() -> None:
    text = (
        "The senator won 86 percent of the vote in his home state in March. Those around him "
        "say a White House bid at age 78 seems improbable, and a bid at 80 looks unlikely."
    )
    figures = _figures(text)
    assert "86 percent" in figures
    assert not any(f.endswith(("seems", "looks")) for f in figures)


def test_a_thousand_flowers_is_a_saying() -> None:
    text = (
        "The group raised $2 million last year. Its leader said they would let a thousand "
        "flowers bloom, working with many groups at once."
    )
    figures = _figures(text)
    assert "$2 million" in figures
    assert not any("thousand" in f for f in figures)
