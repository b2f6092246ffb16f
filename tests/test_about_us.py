"""A self-description closing the page (a press release's "About <Company>", "About the
author", "Founded in 1998, <Company> serves ...") is no part of the story: cleanup cuts it, and
its figures are no key figures (`summarizer.text.about_us`)."""

from __future__ import annotations

import pytest

from summarizer.models import GistOptions
from summarizer.pipeline import make_gist
from summarizer.text.about_us import without_about_us
from summarizer.text.cleanup import clean_text

TITLE = "Harbour ferry operator adds a night crossing"
STORY = [
    "Tidewater Ferries will run a night crossing between Port Ellis and Carrow from March, the "
    "operator said on Tuesday, the first new route on the estuary in a decade.",
    "The crossing will leave Port Ellis at 23:30 and return at 01:15 on Fridays and Saturdays, "
    "aimed at theatre-goers and shift workers who now face a 40-mile drive round the estuary.",
    '"People have asked for this for years," said operations director Mina Farrow. "The boats '
    'sit idle all night, and the demand is plainly there."',
    "Fares will match the day crossing. The operator said it would review the service after "
    "six months and add Sunday sailings if enough passengers use it.",
]
LAST = STORY[-1]
ABOUT = [
    "About Tidewater Ferries",
    "Tidewater Ferries is a leading operator of passenger ferries on the east coast. Founded in "
    "1998, it carries more than 2 million passengers a year on 14 routes.",
    "Media contact: Jo Penrose, press office, Tidewater Ferries",
]


def _text(*tail: str) -> str:
    return "\n\n".join([TITLE, *STORY, *tail])


@pytest.mark.parametrize(
    "tail",
    [
        ABOUT,
        [f"{ABOUT[0]}. {ABOUT[1]}"],  # the heading glued to its paragraph
        ["About the author", "Jo Penrose has covered the estuary's boats for 12 years."],
        ["Founded in 1998, Tidewater Ferries serves more than 2 million passengers a year."],
        [
            "Tidewater Ferries (LSE: TWF) is a leading operator of passenger ferries. For more "
            "information, visit www.tidewater-ferries.example."
        ],
    ],
)
def test_the_self_description_at_the_end_goes(tail: list[str]) -> None:
    text = clean_text(_text(*tail)).text
    assert LAST in text
    assert "About" not in text and "Founded" not in text and "leading operator" not in text


def test_only_the_heading_and_its_paragraph_go() -> None:
    # the contact line under them is left to the other rules (the product box's here)
    assert without_about_us([*STORY, *ABOUT]) == [*STORY, ABOUT[2]]


def test_its_figures_are_no_key_figures() -> None:
    gist = make_gist(_text(*ABOUT), GistOptions())
    shown = " ".join(f.text for f in gist.figures)
    assert "2 million" not in shown and "14 routes" not in shown


@pytest.mark.parametrize(
    "tail",
    [
        ["About the study", "The study followed 2,000 passengers over two winters."],
        ["Tidewater Ferries, which employs 300 people, is a family firm based in Carrow."],
        ["About 2,000 people signed the petition for the night crossing last year."],
        ["It is a leading cause of complaints, the council's transport officer said."],
        [
            "About Mina Farrow",
            '"I grew up on the ferries," said Mina Farrow, who joined the firm in 2004.',
        ],
    ],
)
def test_the_story_s_own_closing_lines_stay(tail: list[str]) -> None:
    text = clean_text(_text(*tail)).text
    assert text.endswith(tail[-1])


def test_a_page_about_the_company_itself_is_not_cut() -> None:
    units = [*ABOUT[:2], "Tidewater Ferries runs 14 routes from three harbours."]
    assert without_about_us(units) == units
