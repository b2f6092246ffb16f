"""Page furniture inside paragraphs (issue 16): hover-cards, tweet embeds, datelines, calls to
action and product boxes go; the sentences around them stay whole."""

from __future__ import annotations

import pytest

from summarizer.models import Article
from summarizer.pipeline import make_gist
from summarizer.text.cleanup import clean_article, clean_text
from summarizer.text.furniture import split_first_dateline, strip_furniture, without_title
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
    # The tweet's signature stays as a line of its own after its text, for the summary to pass
    # the tweet over (session 24: `furniture_embeds`, `summary.embeds`); its link goes.
    assert "— Port Ellis Council (@EllisCouncil) March 4, 2025" in paragraphs
    for furniture in (
        "Marie",
        "flood money",
        "MORE",
        "pic.twitter",
        "Click here",
        "Sign up",
        "newsletter",
        "RRP",
        "Tested by",
        "555 0123",
    ):
        assert furniture not in text
    assert len(paragraphs) == 8  # with the tweet's signature line


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
        ("The vote may be put off, click here to read more.", ["The vote may be put off."]),
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


def test_tweet_embeds_lose_their_link_and_keep_their_signature_as_a_line() -> None:
    unit = "Ferry on time. pic.twitter.com/Zx98Yw76Vu — Harbour Desk (@harbourdesk) May 30, 2024"
    assert strip_furniture(unit) == ["Ferry on time.", "— Harbour Desk (@harbourdesk) May 30, 2024"]
    glued = "The map is not final (we think) pic.twitter.com/Qa1Wb2Ec3RJune 9, 2024"
    assert strip_furniture(glued) == ["The map is not final (we think)"]
    signed = "Back home after the race — Lena Park (@lenapark) July 2, 2024"
    assert strip_furniture(signed) == [
        "Back home after the race",
        "— Lena Park (@lenapark) July 2, 2024",
    ]
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


# -- furniture found by reading real pages' summaries (seventh session) --------------------------


def test_a_review_info_box_goes_and_the_review_stays() -> None:
    gist = make_gist(extract_article(html_page(page("header_furniture"))))
    text = gist.article.text
    for box in ("Rating:", "Rated:", "Starring:", "Length:", "THE LAST KEEPER"):
        assert box not in text
    assert gist.article.paragraphs[0].startswith("For most of its first hour")
    assert gist.summary.sentences[0].text.startswith("For most of its first hour")
    assert len(gist.article.paragraphs) == 4


def test_a_prose_paragraph_that_names_a_rating_is_kept() -> None:
    prose = "The council's rating: three stars out of five, down from four, the inspectors said."
    assert strip_furniture(prose) == [prose]


def test_a_colon_dateline_on_the_first_paragraph_becomes_its_own_line() -> None:
    gist = make_gist(extract_article(html_page(page("colon_dateline"))))
    paragraphs = gist.article.paragraphs
    at = paragraphs.index("Port Ellis")
    assert paragraphs[at + 1].startswith("Storm Light, who has looked sharp")
    assert not any(s.text.startswith("Port Ellis") for s in gist.summary.sentences)
    assert gist.summary.sentences[0].text.startswith("Storm Light, who has looked sharp")


def test_an_interview_s_speaker_labels_are_not_datelines() -> None:
    article = clean_text(
        "The harbour master on the new pier\n\n"
        "LEE: We waited three years for this pier, and the boats will come back now.\n\n"
        "HOST: Who paid for it in the end?\n\n"
        "LEE: The town did, from its reserves, with some help from the fishermen."
    )
    assert article.paragraphs[0].startswith("LEE: We waited three years")


def test_a_headline_glued_to_a_dated_sub_headline_leaves_no_header_line() -> None:
    gist = make_gist(extract_article(html_page(page("glued_header"))))
    text = gist.article.text
    assert "Pair Say They Had Checked" not in text and "2024" not in text
    assert gist.article.paragraphs[0] == "(UPI)"
    assert gist.summary.sentences[0].text.startswith("The crew of the morning ferry")


def test_a_headline_and_an_agency_name_before_the_dateline_go() -> None:
    gist = make_gist(extract_article(html_page(page("agency_dateline"))))
    paragraphs = gist.article.paragraphs
    assert paragraphs[0] == "PORT ELLIS"
    assert paragraphs[1].startswith("The warmest winter since records began")
    assert "Valley News Service" not in gist.article.text
    assert gist.summary.sentences[0].text.startswith("The warmest winter since records began")


@pytest.mark.parametrize(
    ("unit", "expected"),
    [
        ("Mill to closeUnion Says Talks Went NowhereDec. 5, 2024", ""),
        (
            "Mill to closeWorkers were told on Monday. The talks endedDec. 5, 2024",
            "Workers were told on Monday. The talks endedDec. 5, 2024",
        ),
        (
            "Mill to close Valley Wire PORT ELLIS -- Workers were told.",
            "PORT ELLIS -- Workers were told.",
        ),
        (
            "Mill to close PORT ELLIS (UPI) - Workers were told.",
            "PORT ELLIS (UPI) - Workers were told.",
        ),
        ("Mill to close Five Owners Of The Old Yard said no.", None),
    ],
)
def test_what_a_glued_headline_leaves(unit: str, expected: str | None) -> None:
    assert without_title(unit, MILL) == (expected if expected is not None else unit)


def test_photo_captions_go_and_the_story_stays() -> None:
    """A lead photo's caption (the first line: long, no full stop) and a labelled caption
    ("Back in the water: ..." with no full stop) are no sentences of the story."""
    gist = make_gist(extract_article(html_page(page("captions"))))
    paragraphs = gist.article.paragraphs
    assert paragraphs[0].startswith("The town's old lifeboat will carry passengers")
    assert "slipway" not in gist.article.text and "Back in the water" not in gist.article.text
    assert len(paragraphs) == 4
    assert not any("Back in the water" in s.text for s in gist.summary.sentences)


@pytest.mark.parametrize(
    "unit",
    [
        "Age: early 30s, born in a fishing village on the far side of the bay from the town;",
        "Note: the ferry company says the timetable may change again in the autumn storms.",
        "LEE: We waited three years for this pier",  # short: a heading, not a caption
    ],
)
def test_labelled_lines_that_end_like_prose_or_are_short_are_kept(unit: str) -> None:
    assert unit in clean_text(f"Harbour notes\n\n{unit}\n\nThe pier opened on Monday.").paragraphs


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "(UPI)Rescuers found the two kayakers on Thursday. Both were well.",
            ["(UPI)", "Rescuers found the two kayakers on Thursday. Both were well."],
        ),
        (
            "Port Ellis, Jan 7 - By next year the harbour will have a second pier, the council"
            " said on Monday.",
            [
                "Port Ellis, Jan 7",
                "By next year the harbour will have a second pier, the council said on Monday.",
            ],
        ),
    ],
)
def test_a_glued_agency_and_a_dated_title_case_dateline_become_lines(
    text: str, expected: list[str]
) -> None:
    body = f"{text}\n\nThe council met again on Friday to agree the cost of the work."
    assert clean_article(Article(text=body, title="Second pier")).paragraphs[:2] == expected


@pytest.mark.parametrize(
    ("unit", "expected"),
    [
        (
            'Ann Lee - Harbour Board "We waited three years for this pier," she said.',
            ["Ann Lee - Harbour Board", '"We waited three years for this pier," she said.'],
        ),
        ("ORIGINAL: The pier opens on Monday.", ["The pier opens on Monday."]),
        ("UPDATE (4pm): The pier is open.", ["The pier is open."]),
        ("Ann Lee - who chairs the board - said yes.", None),
        ("Update your app before Monday.", None),
    ],
)
def test_a_speaker_caption_and_an_update_label(unit: str, expected: list[str] | None) -> None:
    assert strip_furniture(unit) == (expected if expected is not None else [unit])


@pytest.mark.parametrize(
    ("unit", "expected"),
    [
        (
            "By ANN LEE, Coastal Press Writer 2 hours, 5 minutes ago PORT ELLIS - The ferry ran.",
            ["PORT ELLIS", "The ferry ran."],
        ),
        (
            "Our live coverage has ended for today. You can scroll down for all of today's"
            " posts. The vote passed nine to two.",
            ["The vote passed nine to two."],
        ),
        (
            "Warning: this article contains spoilers about the finale. The keeper stays.",
            ["The keeper stays."],
        ),
        ("By the end of the day the ferry ran again.", None),
    ],
)
def test_a_wire_byline_live_blog_notes_and_a_spoiler_warning_go(
    unit: str, expected: list[str] | None
) -> None:
    assert strip_furniture(unit) == (expected if expected is not None else [unit])


@pytest.mark.parametrize(
    ("unit", "expected"),
    [
        (
            "PORT ELLIS (UPI) -Ferry crews voted to strike.",
            ["PORT ELLIS (UPI)", "Ferry crews voted to strike."],
        ),
        (
            "(Valley News) _ Port Ellis -- The council met on Monday.",
            ["(Valley News) _ Port Ellis", "The council met on Monday."],
        ),
        (
            "Click photo to enlargeThe new pier seen from the lighthouse on March 3, 2025. The pier"
            " opened on Monday.",
            ["The pier opened on Monday."],
        ),
        ("PORT-ELLIS-North talks began on Monday.", None),
    ],
)
def test_more_datelines_and_a_photo_prompt_glued_to_its_caption(
    unit: str, expected: list[str] | None
) -> None:
    assert strip_furniture(unit) == (expected if expected is not None else [unit])


# -- readings D and E of real pages' summaries (eighth session) ---------------------------------


def test_a_bulletin_a_blurb_code_an_appeal_and_list_dashes_stay_out_of_the_gist() -> None:
    """An all-capitals bulletin box, a section's blurb, script text (in a comment inside a
    paragraph and as a style block), a "---" dateline, "-- " list markers, a "Most popular
    video" block and a closing reader-support appeal: none of it reaches the summary, the
    quotes or the figures; the story's own paragraphs all stay."""
    gist = make_gist(extract_article(html_page(page("bulletin_blurb"))))
    text = gist.article.text
    for furniture in (
        "BULLETIN",
        "GALE",
        "interviews and analysis",
        "document.write",
        "slot",
        "font-family",
        "Most popular",
        "Seal pup",
        "favour",
        "supporters",
        "---",
    ):
        assert furniture not in text, furniture
    assert "The town council voted on Monday night" in text
    assert "has lost whole sections in the last three winters, and the promenade" in text
    assert "Work will start in August" in gist.article.paragraphs[4]
    assert gist.article.paragraphs[0] == "PORT ELLIS, N.C."  # the dateline: a line of its own
    shown = [s.text for s in gist.summary.sentences] + [f.text for f in gist.figures]
    assert not any(s.startswith(("-", "PORT ELLIS")) or s.isupper() for s in shown)
    assert {f.text for f in gist.figures} >= {"2.4 million pounds"}
    assert not {"12,000 supporters", "30,000 readers", "1 pound"} & {f.text for f in gist.figures}


@pytest.mark.parametrize(
    "unit",
    [
        "Reviews, interviews and photos from the festival's first weekend.",
        "The latest news and analysis on the ports and the people who run them",
    ],
)
def test_section_blurbs_go(unit: str) -> None:
    body = "The pier reopened on Monday after a winter of repairs, the harbour board said."
    assert (
        clean_text(f"Pier reopens\n\n{body}\n\n{unit}\n\n{body} It cost little.")
        .paragraphs[1]
        .startswith("The pier")
    )


@pytest.mark.parametrize(
    "unit",
    [
        "News of the deal reached the quay before the boats came in on Monday.",
        "Analysis of the water samples from the bay found no trace of the oil.",
        "PORT ELLIS -- The harbour board met on Monday.",
        "The board said: RENTS WILL NOT RISE THIS YEAR, and the traders cheered loudly at that.",
    ],
)
def test_prose_like_a_blurb_or_with_capitals_stays(unit: str) -> None:
    text = f"Harbour notes\n\nThe board met on Monday evening in the old customs house.\n\n{unit}"
    assert any(unit.split(" -- ")[-1] in p for p in clean_text(text).paragraphs)


def test_an_all_capitals_story_is_not_a_bulletin() -> None:
    """Some old wire pages are written in capitals from start to end: nothing is a banner
    there, so nothing goes for being in capitals."""
    lines = [
        "THE HARBOUR BOARD MET ON MONDAY AND AGREED A NEW TIMETABLE FOR THE ISLAND FERRY SERVICE.",
        "THE FIRST BOAT WILL LEAVE AT SEVEN AND THE LAST WILL RETURN AT HALF PAST EIGHT EACH DAY.",
    ]
    assert clean_text("\n\n".join(["FERRY NEWS", *lines])).paragraphs == lines


def test_a_list_of_names_and_what_they_do_is_kept() -> None:
    """Closing "Name: what it does" items with no full stops are the article's own list (with
    lower or upper case after the colon, short or long); teaser lines ("Watch: ...") are not."""
    intro = (
        "The town has many small charities that work all year without much notice, and winter"
        " is when they need help the most. Here are three of them, picked by our readers."
    )
    items = [
        "Harbour Soup Kitchen: hot meals every evening for anyone who knocks, run by volunteers",
        "Lantern Trust: Reading lessons for adults who never learned, held in the library on"
        " Tuesday evenings through the whole of the winter",
        "Quay Cats: a shelter for the stray cats of the docks",
    ]
    text = "\n\n".join(["Small charities to remember", intro, *items])
    assert clean_text(text).paragraphs == [intro, *items]
    teasers = ["Watch: the seal pup on the steps", "Opinion: why the pier matters"]
    assert clean_text("\n\n".join(["Small charities", intro, *teasers])).paragraphs == [intro]


def test_a_quoted_post_in_capitals_stays() -> None:
    """A post the story quotes may be written in capitals: it is the story's own text."""
    post = (
        '"THE PIER WILL REOPEN ON MONDAY AND EVERY TRADER ON IT WILL PAY NO RENT UNTIL THE'
        ' SUMMER IS OVER!"'
    )
    text = f"Pier news\n\nThe mayor posted late on Sunday night.\n\n{post}\n\nTraders cheered."
    assert post in clean_text(text).paragraphs


# -- reading F of real pages' summaries (ninth session) -----------------------------------------


@pytest.mark.parametrize(
    ("unit", "expected"),
    [
        (
            "Port Ellis, QC (Valley Network) - The Harbour Hawks named a new kicking coach.",
            ["Port Ellis, QC (Valley Network)", "The Harbour Hawks named a new kicking coach."],
        ),
        (
            "Riverbend, Ont. (Valley Network) -- The club signed two players.",
            ["Riverbend, Ont. (Valley Network)", "The club signed two players."],
        ),
        (
            "Riverbend (Valley Network) - Rain stopped play.",
            ["Riverbend (Valley Network)", "Rain stopped play."],
        ),
        ("Harbour Hawks (Valley Network) won again on Sunday.", None),  # no dash: the story
    ],
)
def test_a_title_case_place_and_agency_before_a_dash_is_a_dateline(
    unit: str, expected: list[str] | None
) -> None:
    assert strip_furniture(unit) == (expected if expected is not None else [unit])


@pytest.mark.parametrize(
    ("unit", "expected"),
    [
        (
            "Fans may yet hear the old theme tune this season click here to read more.",
            "Fans may yet hear the old theme tune this season.",
        ),
        (
            "The ferry times change on Monday click here for more.",
            "The ferry times change on Monday.",
        ),
        ("Readers who click here and there get lost, the survey found.", None),
    ],
)
def test_a_trailing_read_more_call_goes_with_no_comma_before_it(
    unit: str, expected: str | None
) -> None:
    assert strip_furniture(unit) == [expected if expected is not None else unit]


def test_a_label_line_ending_in_a_colon_introduces_a_quote_and_is_kept() -> None:
    """ "Name: who they are ... wrote this last night:" before the quote is no photo caption."""
    intro = (
        "Ann Lee: The harbour master and her husband sailed with him for thirty years, and"
        " she wrote this last night:"
    )
    text = (
        f"Friends remember the skipper\n\n"
        f"The skipper died on Sunday at the age of 88, his family said.\n\n{intro}\n\n"
        f'"He taught half the town to sail, and the other half to swim back," she wrote.'
    )
    assert intro in clean_text(text).paragraphs


@pytest.mark.parametrize(
    ("unit", "expected"),
    [
        (
            "Hollywood (eValleyNow) - According to reports, the singer was seen downtown.",
            ["Hollywood (eValleyNow)", "According to reports, the singer was seen downtown."],
        ),
        (
            "PORT ELLIS, ATLANTIS — The harbour board was accused of a cover-up.",
            ["PORT ELLIS, ATLANTIS", "The harbour board was accused of a cover-up."],
        ),
        (
            "Harbour Ltd (HBR.L: Quote, Profile, Research) said on Monday it would grow.",
            ["Harbour Ltd said on Monday it would grow."],
        ),
    ],
)
def test_an_agency_in_lower_case_a_country_in_capitals_and_a_quote_box(
    unit: str, expected: list[str]
) -> None:
    assert strip_furniture(unit) == expected


@pytest.mark.parametrize(
    ("unit", "line"),
    [
        ("Port Ellis (PTI): The council president was taken to hospital.", "Port Ellis (PTI)"),
        ("Port Ellis, Dec. 30: The ferry service restarted today.", "Port Ellis, Dec. 30"),
    ],
)
def test_a_colon_dateline_with_a_date_or_an_agency(unit: str, line: str) -> None:
    assert split_first_dateline(unit, [unit]) == [line, unit[len(line) + 2 :]]


@pytest.mark.parametrize(
    ("unit", "expected"),
    [
        (
            "Harbour News Send Us A Story 08 March 2024 Ferry Fares Rise Again In Spring Ferry"
            " fares will rise by a tenth in April, the operator said.",
            [
                "Harbour News Send Us A Story 08 March 2024 Ferry Fares Rise Again In Spring",
                "Ferry fares will rise by a tenth in April, the operator said.",
            ],
        ),
        ("On 8 March 2024 The Board met and Ann Lee said it was fine.", None),
        ("The council said on March 8, 2024 that the mill would close.", None),
        ("Ferry Fares Rise. 08 March 2024 New Timetable Out Today Fares will rise.", None),
    ],
)
def test_a_header_of_title_case_words_and_a_date_glued_to_the_first_sentence(
    unit: str, expected: list[str] | None
) -> None:
    assert split_first_dateline(unit, [unit]) == (expected if expected is not None else [unit])


@pytest.mark.parametrize(
    ("unit", "expected"),
    [
        (
            "Ann Lee was quick again. Harbour Cup: Test Day 1 Calendar Out For 2024 Harbour Cup:"
            " Test Day 2 1/9/2024 By Tom Reyes The second day of tests saw faster times.",
            [
                "Ann Lee was quick again.",
                "Harbour Cup: Test Day 1 Calendar Out For 2024 Harbour Cup: Test Day 2 1/9/2024"
                " By Tom Reyes",
                "The second day of tests saw faster times.",
            ],
        ),
        ("On 1/9/2024 By the harbour the council met. It rained.", None),
        ("The race on 1/9/2024 By Ann Lee was won by a boat length. Next.", None),
    ],
)
def test_links_a_date_and_a_byline_glued_before_the_story_are_a_header(
    unit: str, expected: list[str] | None
) -> None:
    assert strip_furniture(unit) == (expected if expected is not None else [unit])
