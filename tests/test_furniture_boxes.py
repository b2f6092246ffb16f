"""A page's boxes in the story: photo captions that end in a full stop, text adverts, a
comment form's notes, and a dateline with an agency but no dash (reading G of docs/extraction.md).

Each would give the summary a sentence, or the key figures a number, that is not the story's.
"""

from __future__ import annotations

import pytest

from summarizer.pipeline import make_gist
from summarizer.text.cleanup import clean_article, clean_text
from summarizer.text.furniture import strip_furniture
from summarizer.text.furniture_boxes import (
    is_advert,
    is_caption_sentence,
    is_form_note,
    without_advert_blocks,
    without_captions,
)
from summarizer.web.extract import extract_article
from tests.pages import page
from tests.test_extract import html_page

URL = "https://www.coastsport.example/cup/2008/03/harbour-edge-rovers.html"


def _gist():
    return make_gist(extract_article(html_page(page("boxes_in_story"), url=URL)))


def test_the_page_s_boxes_stay_out_of_the_article_and_its_gist() -> None:
    gist = _gist()
    text = gist.article.text
    for furniture in ("watches her team", "(C) celebrates", "free trial", "£4.95", "Limit:"):
        assert furniture not in text
    assert "The winner came three minutes from time" in text
    assert "Harbour won 2-1." not in text  # the page's caption box goes whole
    assert gist.article.title == "Harbour Town edge Valley Rovers in cup first leg"
    figures = " ".join(figure.text for figure in gist.figures)
    assert "4.95" not in figures and "1000" not in figures


@pytest.mark.parametrize(
    "sentence",
    [
        "Ann Lee (C) waves to supporters after the final whistle at the Quay Ground.",
        "Valley's Bob Marsh (2nd L) jumps for the ball with Harbour's Tom Hale in Port Ellis.",
        "Harbour captain Tom Hale lifts the cup at the Quay Ground in Port Ellis, March 8.",
        "Harbour captain Tom Hale lifts the cup in Port Ellis March 8, 2008.",
        "Ann Lee controls the ball during the cup final at the Quay Ground in Port Ellis.",
        "Fishermen unload the catch on the quay at dawn. REUTERS/Tom Hale",
        "Ann Lee speaks to reporters outside the town hall. (AP Photo/Bob Marsh)",
        "Ann Lee at the launch of the new lifeboat. AFP PHOTO/Tom Hale",
    ],
)
def test_caption_sentences(sentence: str) -> None:
    assert is_caption_sentence(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Rep. Ann Lee (R) said the bill would pass before the summer.",  # a party, not a place
        "Rep. Ann Lee (R) says the bill will pass.",
        "The council opened the new pier in Port Ellis, March 8.",  # past tense: prose
        "The PAC-MAN(R) games sold well in Port Ellis.",  # a trademark
        '"Ann Lee (C) waves to us every day," the skipper said.',  # a quote
        "Harbour beat Valley Rovers during the storm in Port Ellis.",  # past tense
        "The team plays its home games at the Quay Ground in Port Ellis.",  # no event, no date
    ],
)
def test_prose_that_looks_a_little_like_a_caption_stays(sentence: str) -> None:
    assert not is_caption_sentence(sentence)


def test_a_caption_glued_before_the_story_is_cut_and_the_story_kept() -> None:
    unit = (
        "Ann Lee (C) waves to supporters after the final whistle at the Quay Ground."
        " Harbour won the cup for the first time in forty years."
    )
    assert without_captions(unit) == "Harbour won the cup for the first time in forty years."
    assert strip_furniture(unit) == ["Harbour won the cup for the first time in forty years."]


@pytest.mark.parametrize(
    "unit",
    [
        "Barclay BrokersOnly £4.95 per trade, live share prices, get a free trial now.",
        "Sail to Port Ellis from £59 Island stopovers from £20 Stay at the Quay Hotel",
        "Harbour Homes for Sale or Rent in association with QuayFinder",
        "Book now for the summer season at the Quay Hotel.",
        "Contact our advertising team for advertising and sponsorship in the Coast Post.",
    ],
)
def test_text_adverts_go(unit: str) -> None:
    assert is_advert(unit)


@pytest.mark.parametrize(
    "unit",
    [
        "Ferry tickets now cost from £5 for adults, the board said on Thursday.",  # a sentence
        "The board said people could book the crossings online from Monday.",
        "Ferry fares from £5 to £9: the board said the new prices would start in May.",
    ],
)
def test_prose_about_prices_and_booking_stays(unit: str) -> None:
    assert not is_advert(unit)


def test_a_block_of_text_adverts_and_their_display_links_goes() -> None:
    units = [
        "The harbour board met on Thursday to set the summer timetable for the ferries.",
        "Quay BrokersCheap share dealing, live prices.",
        "BondsThinking of bonds? The Coast Investor has tips.",
        "www.quaybrokers.example",
        "coastinvestor.example",
        "The board said the first boat would leave at six in the morning.",
    ]
    assert without_advert_blocks(units) == [units[0], units[-1]]


def test_a_lone_web_address_line_is_not_an_advert_block() -> None:
    units = ["Tickets are sold on the board's site.", "www.harbourboard.example"]
    assert without_advert_blocks(units) == units


@pytest.mark.parametrize(
    "unit",
    [
        "Limit: 1000 characters",
        "500 characters left",
        "Comment entries are limited to 100 words.",
        "The full article contains 412 words and appears in Coast Post newspaper.",
    ],
)
def test_a_form_s_notes_go(unit: str) -> None:
    assert is_form_note(unit)


def test_prose_about_a_limit_stays() -> None:
    assert not is_form_note("The limit is 1000 characters, the council's clerk said on Friday.")


@pytest.mark.parametrize(
    ("unit", "line"),
    [
        ("Port Ellis, Jan 14 (IANS) The harbour board met.", "Port Ellis, Jan 14 (IANS)"),
        ("Port Ellis (Reuters) The harbour board met.", "Port Ellis (Reuters)"),
        ("Port Ellis, Jan 14 (Coast Wire) The board met.", "Port Ellis, Jan 14 (Coast Wire)"),
    ],
)
def test_a_dateline_with_an_agency_and_no_dash_is_a_line_of_its_own(unit: str, line: str) -> None:
    assert strip_furniture(unit)[0] == line
    assert strip_furniture(unit)[1].startswith("The ")


def test_a_name_and_a_bracket_with_no_date_or_wire_is_no_dateline() -> None:
    unit = "Ann Lee (Harbour Party) The mayor's party won the vote."
    assert strip_furniture(unit) == [unit]


def test_pasted_text_loses_its_boxes_too() -> None:
    text = (
        "Ferry timetable changes\n\n"
        "Port Ellis, Jan 14 (IANS) The harbour board will run a ferry every hour from May,"
        " its chairman said on Thursday after a winter of complaints.\n\n"
        "Barclay BrokersOnly £4.95 per trade, live share prices, get a free trial now.\n\n"
        "Fares will stay at the winter price until June, and the board will look at them again"
        " once it has counted the passengers.\n\n"
        "Limit: 1000 characters"
    )
    article = clean_text(text)
    assert article.paragraphs[0] == "Port Ellis, Jan 14 (IANS)"
    assert "free trial" not in article.text and "Limit" not in article.text
    assert clean_article(article).text == article.text


SPONSORED = (
    "<div class='box'><h3>Sponsored Links</h3><div><ul>"
    "<li><h4><a rel='nofollow' href='/ad?1'>Warm Homes Survey</a></h4>Heat cameras find where"
    " your house loses warmth and what it costs you, all from one picture. Island coverage.</li>"
    "<li><h4><a rel='nofollow' href='/ad?2'>New Laptops</a></h4>Island Computers have"
    " fifteen years of experience selling and fixing laptops for homes and offices.</li>"
    "</ul></div></div>"
)


def test_the_text_of_a_sponsored_links_box_is_not_the_story() -> None:
    story = (
        "<p>The ferry between the two islands will run every hour from the first of May, the"
        " harbour board said on Thursday, after a winter of complaints about the timetable.</p>"
        "<p>Fares stay at their winter price until the end of June, and the board will look at"
        " them again once it has counted the passengers on the new crossings.</p>"
        "<p>Shop owners on the smaller island said the extra boats would bring back the day"
        " visitors they lost when the service was cut to four crossings a day last year.</p>"
    )
    html = (
        "<html><head><title>Ferry to run every hour from May</title></head><body>"
        f"<div class='story'><h1>Ferry to run every hour from May</h1>{SPONSORED}{story}</div>"
        "</body></html>"
    )
    article = clean_article(extract_article(html_page(html, url=URL)))
    assert "Heat cameras" not in article.text and "fifteen years" not in article.text
    assert "Sponsored Links" not in article.text
    assert article.paragraphs[0].startswith("The ferry between the two islands")
    assert len(article.paragraphs) == 3
