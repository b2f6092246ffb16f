"""Reading23b: faults found reading whole replies to political news (PolNeAR train, read as an
editor would), round 5; each test on text written for it."""

from __future__ import annotations

from summarizer.models import Article
from summarizer.quotes.find import find_quotes
from summarizer.quotes.rank import key_quotes

_FAIR = (
    "The county fair closed on Sunday after a week of rain.\n\n"
    "Not every visitor went home happy.\n\n"
)


def test_a_slogan_quoted_inside_the_cue_is_no_part_of_the_quote() -> None:
    text = (
        _FAIR + "“We have had better fairs than this one,” Ohio farmer Tom Hale, wearing a straw "
        "hat and “Vote Ross” badges, said calmly as streamers drifted down around him.\n\n"
        "The organisers said the rain had cost them dearly.\n"
    )
    quotes = find_quotes(text)
    hale = [q for q in quotes if q.text.startswith("We have had")]
    assert hale and "Vote Ross" not in hale[0].text
    assert hale[0].speaker == "Tom Hale"


def test_the_quote_goes_on_after_a_cue_that_quotes_a_slogan() -> None:
    text = (
        _FAIR + "“The rain was the worst I have seen,” Ohio farmer Ann Colby, wearing a sun hat "
        "and “Save Our Fair” badges, said. “We still had a good crowd on Friday night.”\n"
    )
    (quote,) = [q for q in find_quotes(text) if q.text.startswith("The rain")]
    assert "Save Our Fair" not in quote.text
    assert (
        quote.text
        == "The rain was the worst I have seen. We still had a good crowd on Friday night."
    )
    assert quote.speaker == "Ann Colby"


def test_a_sentence_cut_out_after_the_speakers_own_ellipsis_leaves_one_ellipsis() -> None:
    text = (
        "The mayor defended the new bridge toll at a meeting on Monday.\n\n"
        "“People said the old ferry was fine, and look at the queues it left us with … Yes, "
        "the toll was a hard choice and nobody likes paying it,” Mayor Jo Pike said. "
        "“We could not wait another ten years for the county to pay for the repairs.”\n\n"
        "Residents packed the hall for almost three hours.\n"
    )
    shown = "“Yes, the toll was a hard choice and nobody likes paying it,” Mayor Jo Pike said."
    quotes = key_quotes(Article(text), "en", limit=3, shown=shown)
    (pike,) = [q for q in quotes if q.text.startswith("People said")]
    assert "… …" not in pike.text
    assert "queues it left us with … We could not wait" in pike.text


_PORT = (
    "Harbour chief Anna Lindqvist steps down next month after nine years in the job.\n\n"
    "When she took over the port in 2016, she made clean fuel her first goal.\n\n"
)


def test_a_description_whose_adjectives_a_comma_parts_is_not_cut_at_the_comma() -> None:
    for description in ("the bespectacled, 64-year-old engineer", "the tall, soft-spoken engineer"):
        text = (
            _PORT + "“From the first week, I put the ships’ fumes at the top of the list,” "
            f"{description} said in an interview.\n\n"
            "The port now runs its cranes on power from the grid.\n"
        )
        (quote,) = find_quotes(text)
        assert quote.speaker not in ("the bespectacled", "the tall")


def test_one_opening_a_sentence_is_no_part_of_a_name() -> None:
    text = (
        "The ferry row has split the island for months, and both camps are spending heavily.\n\n"
        "One Harbour Watch ad, which is now on the radio, argues that “only Jo Pike can fix the "
        "ferry. Ray Dunn cannot do it. A vote for Dunn is a vote for delay.”\n"
    )
    speakers = [q.speaker for q in find_quotes(text, partial=True)]
    assert speakers and all(s is None or not s.startswith("One") for s in speakers)


def test_one_before_a_surname_makes_no_second_person_of_that_surname() -> None:
    text = (
        "Mayor Jo Pike backed the ferry plan on Monday after a long night of talks.\n\n"
        "“It is the only plan we have,” Jo Pike said.\n\n"
        "One Pike spokesman called the row “a family matter that will pass.”\n\n"
        "“We will fix the ferry before winter,” Pike said later.\n"
    )
    (later,) = [q for q in find_quotes(text) if q.text.startswith("We will fix")]
    assert later.speaker == "Jo Pike"
