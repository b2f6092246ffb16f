"""Furniture kinds of wire stories on old pages (session 9, second pass): an advert's script
glued before the dateline, a dateline with a state and a date but no dash, a wire byline with
its age, calls to action (sign-up appeals, comment prompts, imperative lines in capitals), a
quoted caption that ends in its photo credit; and titles with the site's name in brackets, a
wire's sport slug, an underscore, or a headline printed only as an `<h3>`. Texts are our own.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from summarizer.models import GistOptions
from summarizer.pipeline import make_gist
from summarizer.text.cleanup import clean_text
from summarizer.text.furniture import is_shouted_call, strip_furniture
from summarizer.text.furniture_boxes import is_advert, is_caption_sentence
from summarizer.web.extract import extract_article, local_article
from summarizer.web.title import headline
from tests.test_extract import html_page

STORY = "The harbour board voted on Tuesday to close the old ferry pier for a year of repairs."


@pytest.mark.parametrize(
    ("unit", "line"),
    [
        (  # an advert's Flash embed call, then the dateline
            "Advertisement AC_FL_RunContent('codebase', 'http://ads.example/flash.cab', "
            f"'width', '300', 'src', 'banner'); //end AC code PORT ELLIS (Reuters) - {STORY}",
            "PORT ELLIS (Reuters)",
        ),
        (
            "swfobject.embedSWF('player.swf', 'advert', '300', '250', '9'); "
            f"PORT ELLIS, Ore. (AP) - {STORY}",
            "PORT ELLIS, Ore. (AP)",
        ),
        (f"PORT ELLIS, Ore., Jan. 14 {STORY}", "PORT ELLIS, Ore., Jan. 14"),
        (f"Port Ellis, Ore. Jan 14, 2008 {STORY}", "Port Ellis, Ore. Jan 14, 2008"),
    ],
)
def test_script_and_datelines_before_the_story_leave_its_first_sentence(
    unit: str, line: str
) -> None:
    assert strip_furniture(unit) == [line, STORY]


@pytest.mark.parametrize(
    "unit",
    [
        f"Get the latest Flash Player to see this advert. {STORY}",
        f"By ANN LEE and BOB ROE, Associated Press Writers 2 hours ago {STORY}",
        f"By ANN LEE, Associated Press Writer an hour ago {STORY}",
        f"Register now to get our weekly digest of harbour news. {STORY}",
    ],
)
def test_a_notice_a_wire_byline_or_an_appeal_before_the_story_goes(unit: str) -> None:
    assert strip_furniture(unit) == [STORY]


@pytest.mark.parametrize(
    "unit",
    [
        "Portland, Ore., Jan. 14 was the coldest day of the winter so far.",  # a date as subject
        "By noon, Associated Press Writers had filed three stories from the quay.",
        "Sign language interpreters will stand beside the stage at every concert.",
        f"The board said it would register the pier as a historic site. {STORY}",
    ],
)
def test_prose_that_starts_like_furniture_stays(unit: str) -> None:
    assert " ".join(strip_furniture(unit)) == unit


def test_comment_prompts_and_sign_up_appeals_go() -> None:
    unit = (
        "Will the pier reopen in time? Tell us what you think in the comments section below, "
        "or let us know what you think in the comments below. To join the conversation, log "
        "in to your account or register for free."
    )
    assert strip_furniture(unit) == [
        "Will the pier reopen in time? Tell us what you think in the comments section below, "
        "or let us know what you think in the comments below."
    ]
    assert is_advert("WIN a weekend on the island - just sign up now for our ferry quiz.")
    assert not is_advert("Islanders can sign up for the ferry's new timetable alerts.")


@pytest.mark.parametrize(
    ("line", "call"),
    [
        ("WATCH ANN LEE'S AUDITION", True),
        ("GO TO ANN LEE'S BIO PAGE", True),
        ("CLICK FOR MORE PHOTOS", True),
        ("SEE ALL THE PHOTOS FROM THE FINAL", True),
        ("SEE YOU IN COURT, SAYS MAYOR", False),  # a headline in capitals, no call
        ("WATCH: the ferry leaves the quay", False),  # mixed case: a teaser, not shouted
        ("Watch Ann Lee's audition", False),
    ],
)
def test_imperative_lines_in_capitals(line: str, call: bool) -> None:
    assert is_shouted_call(line) is call


def test_the_shouted_calls_leave_the_article_and_the_story_stays() -> None:
    text = (
        "Singer returns to the island stage\n\n"
        "Ann Lee, who grew up above the harbour, will sing at the reopened pier theatre in May, "
        "the first concert there since the storm damaged its roof three winters ago.\n\n"
        "WATCH ANN LEE'S AUDITION\n\nGO TO ANN LEE'S BIO PAGE\n\n"
        "Tickets go on sale on Friday, and islanders will be able to buy them a week before "
        "visitors, the theatre's manager said on Monday.\n\n"
        "The theatre has raised most of the money for the new roof from a public appeal, and "
        "the council paid for the rest after a vote in the spring."
    )
    article = clean_text(text)
    assert "AUDITION" not in article.text and "BIO PAGE" not in article.text
    assert "Tickets go on sale" in article.text and "public appeal" in article.text


@pytest.mark.parametrize(
    ("sentence", "caption"),
    [
        ('"We gave everything tonight," said Ann Lee after the final. Photo: Bob Roe/Valley', True),
        ('"We gave everything tonight," Ann Lee says Bob Roe/Getty Images', True),
        ("Ann Lee celebrates her second goal Staff photo by Bob Roe", True),
        ('"We will rebuild the pier," the mayor said.', False),
        ("The path runs 5 km/3 miles along the shore.", False),
    ],
)
def test_a_caption_that_ends_in_its_credit_is_one_even_when_quoted(
    sentence: str, caption: bool
) -> None:
    assert is_caption_sentence(sentence) is caption


def test_a_quoted_caption_is_not_the_summary_s_first_sentence() -> None:
    text = (
        '"We gave everything tonight," said Valley captain Ann Lee after the final whistle. '
        "Photo: Bob Roe/Valley Press\n\n"
        "Valley won the island cup for the first time in twenty years on Saturday, beating "
        "Ellis by two goals to one in front of a full stand at the harbour ground.\n\n"
        "Lee scored both of her side's goals in the second half, the first from a corner and "
        "the second from a free kick that curled in off the post.\n\n"
        "Ellis had led at the break through a header from their centre half, and they hit the "
        "bar twice in the last ten minutes as they pressed for an equaliser.\n\n"
        "The cup will be shown at the town hall on Monday, and the team will ride through the "
        "harbour on an open-top bus on Tuesday evening."
    )
    assert "We gave everything" not in clean_text(text).text
    gist = make_gist(text, GistOptions())
    assert gist.summary.sentences[0].text.startswith("Valley won the island cup")


HOST = "www.valleygazette.example"


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Night buses return to the valley towns (from The Herald )", None),
        ("Night buses return to the valley towns (Valley Gazette)", None),
        ("Night buses return to the valley towns _ Valley Gazette", None),
        ("Night buses return to the valley towns_The Valley Gazette", None),
        ("SOCCER-Valley beat Ellis 2-1 in the island cup final", "Valley beat Ellis 2-1 in the "),
        ("UPDATE 2-Valley beat Ellis 2-1 in the island cup final", "Valley beat Ellis 2-1 in the "),
        ("Night buses return to the valley towns (again)", "Night buses return to the valley "),
        ("Night buses return to the valley towns (Updated)", "Night buses return to the valley "),
        ("USA-Canada ferry talks resume after three years", "USA-Canada ferry talks resume"),
    ],
)
def test_site_names_and_slugs_around_the_headline_go(title: str, expected: str | None) -> None:
    got = headline(title, frozenset(), HOST)
    if expected is None:
        assert got == "Night buses return to the valley towns"
    else:
        assert got.startswith(expected)
        if "(" in title:
            assert got == title  # a bracket that is no site's name is the headline's own
        if title.startswith("USA"):
            assert got == title


@pytest.mark.parametrize(
    "head", ["", "<head><title>ValleySport.example :: News Article</title></head>"]
)
def test_a_headline_printed_only_as_an_h3_is_the_title(head: str, tmp_path: Path) -> None:
    """No `<h1>`, and no `<title>` or one that is a domain and a name: the `<h3>` that shares
    words with the story's opening is its headline, and a box's heading ("Share this:") is
    not; the same for the page saved as a file."""
    story = (
        "<p>Valley defenders Ann Lee and Bea Roe will be back for Saturday's derby against "
        "Ellis after both sat out last week's defeat through suspension.</p>"
        "<p>The pair missed the loss at the harbour ground, where Valley conceded three goals "
        "in the second half without them.</p>"
        "<p>The coach said both had trained all week and would start, and that the club had "
        "no other injuries to worry about before the derby.</p>"
        "<p>Tickets for the derby have sold out, and the club will show the match on a big "
        "screen in the town square for those who could not get in.</p>"
    )
    page = (
        f"<html>{head}<body><h3>Share this:</h3><div class='story'>"
        "<h3>Lee and Roe back for Valley derby</h3>"
        f"{story}</div><h3>More sport news</h3></body></html>"
    )
    article = extract_article(html_page(page, url="https://www.valleysport.example/n.php?id=7"))
    assert article.title == "Lee and Roe back for Valley derby"
    assert "Lee and Roe back" not in article.text
    saved = local_article(page.encode("utf-8"), str(tmp_path / "derby.html"))
    assert saved is not None and saved.title == article.title
