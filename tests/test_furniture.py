"""Page furniture inside paragraphs (issue 16): hover-cards, tweet embeds, datelines, calls to
action and product boxes go; the sentences around them stay whole."""

from __future__ import annotations

import pytest

from summarizer.models import Article
from summarizer.pipeline import make_gist
from summarizer.text.cleanup import clean_article, clean_text
from summarizer.text.furniture import strip_furniture, without_title
from summarizer.web.extract import extract_article
from tests.pages import page
from tests.test_extract import html_page


def test_a_page_with_furniture_glued_into_its_paragraphs() -> None:
    article = clean_article(extract_article(html_page(page("inline_furniture"))))
    paragraphs = article.paragraphs
    assert paragraphs[0] == "PORT ELLIS, March 4 (Coastal Wire)"
    assert paragraphs[1] == (
        "The town council voted on Tuesday to rebuild the harbour wall that collapsed in the"
        " January storm, after Mayor Ann Lee (D) promised that the town would not borrow to pay"
        " for it."
    )
    assert "The harbour wall vote passed nine to two. A good day for the boats." in paragraphs
    assert paragraphs[3].endswith("half the cost of sea defences in small towns.")
    text = article.text
    for furniture in (
        "Marie",
        "flood money",
        "MORE",
        "pic.twitter",
        "@EllisCouncil",
        "Click here",
        "Sign up",
        "newsletter",
        "RRP",
        "Tested by",
        "555 0123",
    ):
        assert furniture not in text
    assert len(paragraphs) == 7


def test_the_dateline_stays_in_the_article_but_out_of_the_summary() -> None:
    gist = make_gist(extract_article(html_page(page("inline_furniture"))))
    assert "PORT ELLIS, March 4 (Coastal Wire)" in gist.article.paragraphs
    first = gist.summary.sentences[0].text
    assert first.startswith("The town council voted on Tuesday")
    assert not any("Coastal Wire" in s.text for s in gist.summary.sentences)


@pytest.mark.parametrize(
    ("unit", "expected"),
    [
        (
            "WASHINGTON (Newswire) - The committee met on Friday.",
            ["WASHINGTON (Newswire)", "The committee met on Friday."],
        ),
        ("LONDON, May 3 (AP) — Rain fell all day.", ["LONDON, May 3 (AP)", "Rain fell all day."]),
        ("MONROE, La. — The mill closed.", ["MONROE, La.", "The mill closed."]),
        ("HONOLULU (AP) -- Golfers arrived.", ["HONOLULU (AP)", "Golfers arrived."]),
        ("NATO said on Monday it would meet.", ["NATO said on Monday it would meet."]),
        ("The US - and Canada - agreed.", ["The US - and Canada - agreed."]),
    ],
)
def test_datelines_become_a_line_of_their_own(unit: str, expected: list[str]) -> None:
    assert strip_furniture(unit) == expected


@pytest.mark.parametrize(
    ("unit", "expected"),
    [
        ("Click here to download the game.", []),
        ("Please click here for the full list.", []),
        ("The vote may be delayed, click here to read more.", ["The vote may be delayed."]),
        (
            "It rained all week. Sign up for our daily newsletter to get the forecast. It stopped.",
            ["It rained all week. It stopped."],
        ),
        ("Follow us on the usual networks for more pictures.", []),
        ("Klicken Sie hier, um mehr zu lesen.", []),
        ("She told readers to click here and there, which confused them.", None),
        ("He signed up for the army in 1940.", None),
    ],
)
def test_calls_to_action_go(unit: str, expected: list[str] | None) -> None:
    assert strip_furniture(unit) == (expected if expected is not None else [unit])


def test_tweet_embeds_lose_their_link_and_signature_not_their_text() -> None:
    unit = "Ferry on time. pic.twitter.com/Zx98Yw76Vu — Harbour Desk (@harbourdesk) May 30, 2024"
    assert strip_furniture(unit) == ["Ferry on time."]
    glued = "The map is not final (we think) pic.twitter.com/Qa1Wb2Ec3RJune 9, 2024"
    assert strip_furniture(glued) == ["The map is not final (we think)"]
    signed = "Back home after the race — Lena Park (@lenapark) July 2, 2024"
    assert strip_furniture(signed) == ["Back home after the race"]
    mention = "The minister (@ministry) answered questions for an hour."
    assert strip_furniture(mention) == [mention]


def test_hover_cards_leave_the_name_as_linked() -> None:
    unit = (
        "Senator Tom ReyesThomas Alan ReyesSenate panel delays vote on farm bill MORE (R) voted no."
    )
    assert strip_furniture(unit) == ["Senator Tom Reyes (R) voted no."]
    plain = "Tom Reyes met Alan Reyes. MORE talks are planned."
    assert strip_furniture(plain) == [plain]


def test_product_boxes_go_prose_that_names_a_price_stays() -> None:
    box = "Tested by: Ola Brandt RRP: 49.95 Euro More info: www.example.org | +49 (0)40 555 0123"
    assert strip_furniture(box) == []
    assert strip_furniture("RRP: 129 pounds") == []
    prose = (
        "The price: almost double what the old model cost, which the maker blames on the"
        " screen, the battery and the shipping costs of the last year."
    )
    assert strip_furniture(prose) == [prose]


def test_pasted_text_gets_the_same_treatment() -> None:
    article = clean_text(
        "Harbour wall to be rebuilt\n\n"
        "PORT ELLIS (Coastal Wire) - The council voted to rebuild the harbour wall, which fell"
        " in the January storm, and to pay for it from its reserves.\n\n"
        "Work starts in May. Click here to see the plans."
    )
    assert article.title == "Harbour wall to be rebuilt"
    assert article.paragraphs == [
        "PORT ELLIS (Coastal Wire)",
        "The council voted to rebuild the harbour wall, which fell in the January storm, and"
        " to pay for it from its reserves.",
        "Work starts in May.",
    ]


def test_gallery_counters_and_a_dated_headline_glued_to_the_story_go() -> None:
    article = clean_article(extract_article(html_page(page("gallery"))))
    assert article.paragraphs[0].startswith("Five houses on the harbour front came on the market")
    assert article.paragraphs[1].startswith("Sea views The old pilot's house")
    assert article.paragraphs[3].startswith("Room for a boat")
    assert "/12" not in article.text and "2025" not in article.text


MILL = "Mill to close"


@pytest.mark.parametrize(
    ("unit", "expected"),
    [
        ("Mill to closeWorkers were told on Monday.", "Workers were told on Monday."),
        ("12 March 2025 Mill to close The owners told them today.", "The owners told them today."),
        ("Mill to close in March, the owners told the workers.", None),  # a story may open so
        ("Mill to close", None),
    ],
)
def test_a_headline_glued_to_the_story_goes_only_with_evidence(
    unit: str, expected: str | None
) -> None:
    assert without_title(unit, MILL) == (expected if expected is not None else unit)


@pytest.mark.parametrize(
    ("unit", "expected"),
    [
        ("Reno, Nev.—Lena Park scored 22 points.", ["Reno, Nev.", "Lena Park scored 22 points."]),
        ("(CBS) The mother spoke out on Monday.", ["(CBS)", "The mother spoke out on Monday."]),
        ("US-China talks began on Monday.", None),
        ("LEE: Yes, we wanted to try something new.", None),
        ("1/2 Cup of flour goes in last.", None),
        ("7/40 Garden view The lawn runs to the sea.", ["Garden view The lawn runs to the sea."]),
    ],
)
def test_more_datelines_and_counters(unit: str, expected: list[str] | None) -> None:
    assert strip_furniture(unit) == (expected if expected is not None else [unit])


def test_a_stock_quote_widget_after_a_company_name_goes() -> None:
    unit = "Harbour Foods (News - Alert) said on Monday it would close two shops."
    assert strip_furniture(unit) == ["Harbour Foods said on Monday it would close two shops."]


def test_a_title_case_dateline_is_split_off_the_first_paragraph_only() -> None:
    article = clean_article(
        Article(
            text="Munich - The club expects its coach to leave at the end of the season, the"
            " general manager said on Wednesday.\n\nHamburg - The rivals said nothing about"
            " their own coach, whose contract runs for two more years.",
            title="Coach to leave at the end of the season",
        )
    )
    assert article.paragraphs[0] == "Munich"
    assert article.paragraphs[1].startswith("The club expects its coach to leave")
    assert article.paragraphs[2].startswith("Hamburg - The rivals said nothing")
