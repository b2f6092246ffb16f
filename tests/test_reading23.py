"""Reading23: faults found reading whole replies to political news (PolNeAR train, read as an
editor would), round 4; each test on text written for it."""

from __future__ import annotations

from summarizer.quotes.find import find_quotes
from summarizer.text.cleanup import clean_text

_STORY = (
    "The county board voted on Tuesday to close two branch libraries in the spring.\n\n"
    "Members said the budget left them no choice. Some residents booed the vote, and a few "
    "walked out before the meeting ended.\n\n"
)


def test_teaser_headlines_under_a_quoted_related_heading_are_dropped() -> None:
    text = (
        "Board Closes Two Libraries\n\n"
        + _STORY
        + '"Related:"\n\n'
        + "Residents Rally To Save The Old Harbour Branch.\n\n"
        + "Mayor Says Library Cuts Are Only The Beginning.\n\n"
        + "Watch The Council Chair Lose Her Temper Over Parking\n"
    )
    body = clean_text(text).text
    assert "Harbour Branch" not in body
    assert "Only The Beginning" not in body
    assert "Related" not in body
    assert "booed the vote" in body


def test_markup_tags_copied_with_the_text_are_dropped_and_their_words_kept() -> None:
    text = (
        "Board Closes Two Libraries\n\n"
        + _STORY
        + '<embed kind="post" user="annbell" stamp="1450000000">Shameful vote tonight. '
        + "We will fight this at the next meeting</embed>.\n\n"
        + '<embed post-id="123456"><embed/>.\n\n'
        + "Rents rose where x < 5 and y > 3 in the old survey.\n"
    )
    body = clean_text(text).text
    assert "<embed" not in body and "</embed>" not in body and "stamp=" not in body
    assert "We will fight this at the next meeting" in body
    assert "x < 5 and y > 3" in body


def test_a_headline_printed_again_over_two_lines_leaves_the_body() -> None:
    text = (
        "Who pays for the bridge?; Voters fear the toll bill will land on them\n\n"
        "Who pays for the bridge?;\n"
        "Voters fear the toll bill will land on them.\n\n" + _STORY
    )
    article = clean_text(text)
    assert "Voters fear the toll bill" not in article.text
    assert article.text.startswith("The county board voted")


def test_a_headline_with_a_kicker_printed_again_is_not_split_as_a_dateline() -> None:
    text = (
        "EXPOSED: Council Memos Show Members Planned The Closures Months Ago\n\n"
        "EXPOSED: Council Memos Show Members Planned The Closures Months Ago.\n\n" + _STORY
    )
    body = clean_text(text).text
    assert "Council Memos Show" not in body
    assert not body.startswith("EXPOSED")


def test_a_colon_paragraph_lends_no_subject_to_a_quote_with_its_own_asker() -> None:
    text = (
        "Hale backed the toll plan on Monday, and Harbour Radio has proof:\n\n"
        '"Should every visitor pay a toll?" a reporter can be heard asking Mayor Tom Hale '
        "after a meeting in Ely.\n\n"
        '"Every one of them, and twice on weekends," the mayor replied.\n'
    )
    first = find_quotes(text)[0]
    assert first.text.startswith("Should every visitor")
    assert first.speaker is None or "Radio" not in first.speaker


def test_neither_opening_a_sentence_is_no_part_of_a_name() -> None:
    text = (
        "Neither Ann Colby nor her rivals wanted a fight at the forum on Friday.\n\n"
        'Ms. Colby was asked about the schools. "We owe every child a good school," '
        "Ms. Colby said.\n"
    )
    assert find_quotes(text)[0].speaker == "Ann Colby"


def test_a_name_particle_capitalised_where_a_sentence_opens_is_the_same_person() -> None:
    text = (
        "Mayor Luc de Vrient rejected the council's plan for the harbour on Monday.\n\n"
        'De Vrient said the plan was rushed and asked, "Who would pay for all of it?"\n'
    )
    assert find_quotes(text)[0].speaker == "Luc de Vrient"


def test_a_middle_initial_is_no_french_title() -> None:
    text = (
        "Marta M. Olsen, 52, a nurse from Ely, said she had voted for the plan.\n\n"
        '"It was the only honest choice on the ballot," said Ms. Olsen.\n'
    )
    assert find_quotes(text)[0].speaker == "Marta M. Olsen"


def test_a_quote_ending_in_a_comma_and_a_nested_close_ends_in_a_full_stop() -> None:
    text = (
        "Joan Hart described the visit on Monday.\n\n"
        "“Then she turned to me and said, ‘We know. We always knew,’” Ms. Hart said.\n"
    )
    assert find_quotes(text)[0].text.endswith("We always knew.’")


def test_an_opening_mark_typed_where_a_quote_closes_is_dropped() -> None:
    text = (
        "On Monday in Ely, Gov. Ann Hart told the crowd at the harbour: “We will win this "
        "county by a mile, and the next one too —.“\n\n"
        "The crowd cheered.\n"
    )
    quote = find_quotes(text)[0].text
    assert quote.startswith("We will win") and not quote.endswith("“")


def test_a_straight_quote_nested_in_a_straight_quote_does_not_end_it() -> None:
    text = (
        '"I never said that," Hart said. "But if a buyer walks in and says, "I want a hundred '
        'crates today," you would wonder about it, and so would I."\n'
    )
    last = find_quotes(text)[-1].text
    assert last.endswith("so would I.")
    assert "I want a hundred crates today" in last
