"""Titles and text hygiene an editor found on fresh real pages' replies (session 20, reader 8).

Titles: a `<title>` whose part trafilatura keeps is only the site's and section's names; an
editorial with no title whose headline is a pun printed as an `<h3>` over the story; a page's
og:title cut short mid-sentence. Text: a wire's name glued to the first word after a place
("Port Ellis, Oregon (CNN)The ..."), a list's glyph opening each paragraph of prose, and a
two-byte letter lost as "??" in a word that reads one way only ("fianc??e").
"""

from __future__ import annotations

import pytest

from summarizer.text.cleanup import clean_text
from summarizer.text.furniture import strip_furniture
from summarizer.text.lost_chars import repair_lost_chars
from summarizer.web.extract import extract_article
from tests.test_extract import html_page

STORY = "".join(
    f"<p>{text}</p>"
    for text in (
        "Ann Lee has agreed terms with Ellis Rovers and will join the club when her contract"
        " with the harbour side runs out at the end of the season, her agent said on Monday.",
        "The forward scored eleven goals in the autumn and two other clubs had asked about"
        " her, but Rovers offered the longest deal and a place in the first team.",
        "Lee said she wanted to play closer to home and that the move had been agreed over"
        " the winter break after a meeting with the Rovers manager.",
    )
)


def _title(head: str, body: str, url: str) -> str | None:
    html = f"<html><head>{head}</head><body>{body}</body></html>"
    return extract_article(html_page(html, url=url)).title


def test_a_title_of_the_site_and_section_names_gives_way_to_the_heading_above_the_story() -> None:
    """`<title>` is "Site - Section | keywords": trafilatura keeps "Site - Section", both of them
    names `<title>` prints around its headline part; the story's heading (in capitals, in a
    span of its own) wins."""
    head = (
        "<title>Harbour Sport - Football News | Football Transfer News, Live Football Scores,"
        " Cup Scores</title>"
    )
    body = f"<div><span class='heading'>LEE SIGNS FOR ELLIS ROVERS</span>{STORY}</div>"
    url = "http://www.harboursport.example/football/story.cgi?id=12"
    assert _title(head, body, url) == "LEE SIGNS FOR ELLIS ROVERS"


EDITORIAL = "".join(
    f"<p>{text}</p>"
    for text in (
        "A businessman's offer to pay for half of the new arena just got more generous: he now"
        " says he will add a sliding roof at his own cost so schools can use it all winter.",
        "A covered hall would host more than a dozen matches a year, and the city would no"
        " longer need to rent a gym across the river for its indoor events.",
    )
)


def test_an_editorial_with_no_title_takes_the_h3_right_above_its_first_paragraph() -> None:
    """The headline ("Raising the roof") shares no word with the opening: only where it stands
    says it is the story's. A section's heading higher up is not taken."""
    head = "<title>Valley Gazette</title>"
    body = (
        "<div><h2>Editorials</h2><p>See the archive for older pieces.</p></div>"
        "<div><h3>Raising the roof</h3><h4></h4><p class='date'>Mon Jan 7 2008</p>"
        f"{EDITORIAL}<h3>Return to Top</h3></div>"
    )
    assert _title(head, body, "http://www.valleygazette.example/editorial/story/41.html") == (
        "Raising the roof"
    )


def test_a_story_whose_first_paragraph_is_not_under_the_heading_gets_no_title_from_it() -> None:
    """The heading above the page's first long paragraph counts only when the text extracted
    opens with that paragraph: here that paragraph is a box's, not the story's."""
    head = "<title>Valley Gazette</title>"
    box = (
        "<aside class='promo'><h3>Raising the roof</h3><p>Join our readers' club today and get"
        " the weekend paper, the puzzle book and the garden supplement delivered to your door"
        " for less than the price of a coffee a week.</p></aside>"
    )
    title = _title(
        head, box + f"<article>{EDITORIAL}</article>", "http://valleygazette.example/e/41"
    )
    assert title != "Raising the roof"


def test_an_og_title_cut_mid_sentence_gives_way_to_the_whole_printed_headline() -> None:
    whole = "Ann Lee says she left the harbour club because the manager never picked her"
    head = (
        f"<title>{whole} | Valley Mail Online</title>"
        "<meta property='og:title' content='Ann Lee says she left the harbour club'>"
    )
    body = f"<h1>{whole}</h1>{STORY}"
    assert _title(head, body, "https://www.valleymail.example/sport/article-1/lee.html") == whole


def test_an_og_title_that_is_the_headline_before_the_site_name_is_kept() -> None:
    """Only more words of the same sentence make the printed headline win: not a separator."""
    head = (
        "<title>Lee signs for Ellis Rovers - Harbour Sport</title>"
        "<meta property='og:title' content='Lee signs for Ellis Rovers'>"
    )
    body = f"<h1>Lee signs for Ellis Rovers - Harbour Sport</h1>{STORY}"
    assert _title(head, body, "https://www.harboursport.example/story/12") == (
        "Lee signs for Ellis Rovers"
    )


@pytest.mark.parametrize(
    ("unit", "dateline"),
    [
        (
            "Port Ellis, Oregon (CNN)Protests that began at the harbour went on.",
            "Port Ellis, Oregon (CNN)",
        ),
        ("PORT ELLIS (CNN)The council met again on Friday night.", "PORT ELLIS (CNN)"),
        ("St. Ann, Jersey (Reuters)Ferries stayed in port all day.", "St. Ann, Jersey (Reuters)"),
    ],
)
def test_a_place_and_a_wire_glued_to_the_first_word_is_a_dateline_of_its_own(
    unit: str, dateline: str
) -> None:
    assert strip_furniture(unit) == [dateline, unit[len(dateline) :]]


@pytest.mark.parametrize(
    "unit",
    [
        "The mayor (CNN) said the pier would open.",  # a bracket with spaces round it
        "He told Valley Radio (CNN)Nothing else was said.",  # a sentence, not a place
    ],
)
def test_a_wire_in_brackets_inside_a_sentence_stays(unit: str) -> None:
    assert strip_furniture(unit) == [unit]


def test_list_glyphs_opening_paragraphs_of_prose_go() -> None:
    """A page's summary box written as bulleted paragraphs: the summary runs their sentences
    together, where a "•" reads as a stray mark mid-paragraph."""
    text = (
        "Ferry timetable changes\n\n"
        "• The ferry will run every hour from May. The harbour board decided it on Monday.\n\n"
        "• Fares stay at the winter price until June, when the board looks at them again.\n\n"
        "The board's chairman said the change had been asked for by shop owners on both islands"
        " for three winters running."
    )
    body = clean_text(text).text
    assert "•" not in body
    assert body.startswith("The ferry will run every hour from May.")
    assert "\n\nFares stay at the winter price" in body


def test_a_short_bulleted_item_keeps_its_glyph() -> None:
    """A list's short items are the list they are (no sentence for a summary)."""
    text = (
        "What the board will look at:\n\n• Fares\n\n• Timetables\n\n"
        "The harbour board will meet on Monday to look at the ferry's fares and timetables,"
        " its chairman said, after a winter of complaints from both islands."
    )
    assert "• Fares" in clean_text(text).text


@pytest.mark.parametrize(
    ("damaged", "repaired"),
    [
        ("She flew home with her fianc??e on Friday.", "She flew home with her fiancée on Friday."),
        ("His fianc?? paid for the caf??s' coffee.", "His fiancé paid for the cafés' coffee."),
        ("A R??SUM?? OF THE DAY", "A RÉSUMÉ OF THE DAY"),
        ("The Pok??mon show sold out.", "The Pokémon show sold out."),
    ],
)
def test_a_two_byte_letter_lost_in_a_word_that_reads_one_way_comes_back(
    damaged: str, repaired: str
) -> None:
    assert repair_lost_chars(damaged) == repaired


@pytest.mark.parametrize(
    "text",
    [
        "The Eigent??mer of the harbour said no.",  # "ü": no word of the list, left
        "The Mu??oz family sold the shop.",  # "ñ" or anything else: unknowable
        "Did they really say that??",  # a genuine double question mark
        "The ??fianc??e?? sign",  # marks beside the word: not a word standing alone
    ],
)
def test_other_two_mark_runs_are_left(text: str) -> None:
    assert repair_lost_chars(text) == text
