"""Leftovers of a header at the start of the story's first sentence (session 10, second pass):
a wire dateline's agency and dash when its place went on a line of its own ("(AP) - The ..."),
a place, its dash and then the agency ("PORT ELLIS -- (AP) The"), a place with its state's
name ("Port Ellis, Oregon (AP) -"), and a post's date and time stamp before its first words
("June 5, 2008 3:14 PM The ..."). Each becomes a line of its own, which no summary sentence
opens with. Texts are our own.
"""

from __future__ import annotations

import pytest

from summarizer.models import GistOptions
from summarizer.pipeline import make_gist
from summarizer.text.cleanup import clean_text
from summarizer.text.furniture import strip_furniture

STORY = "The harbour board voted on Tuesday to close the old ferry pier for a year of repairs."
MORE = (
    "Divers found the wooden piles rotten below the waterline last month, the board said.",
    "Ferries will use the new terminal on the north shore while the work goes on.",
    "The pier opened in 1910 and has carried ferries to the island ever since then.",
)


@pytest.mark.parametrize(
    ("head", "line"),
    [
        ("(AP) - ", "(AP)"),
        ("(AP) — ", "(AP)"),
        ("(Valley News) -- ", "(Valley News)"),
        ("Reuters - ", "Reuters"),
        ("AFP — ", "AFP"),
        ("PORT ELLIS -- (AP) ", "PORT ELLIS -- (AP)"),
        ("Port Ellis, Oregon (AP) — ", "Port Ellis, Oregon (AP)"),
        ("June 5, 2008 3:14 PM ", "June 5, 2008 3:14 PM"),
        ("12/06/2008 10:45 AM ", "12/06/2008 10:45 AM"),
        ("Thursday, June 5, 2008 - 3:14 p.m. EDT | ", "Thursday, June 5, 2008 - 3:14 p.m. EDT"),
        ("Posted Jun 5, 2008 at 15:14 ", "Posted Jun 5, 2008 at 15:14"),
        ("10:45 AM, June 5, 2008 ", "10:45 AM, June 5, 2008"),
    ],
)
def test_a_leftover_before_the_first_word_becomes_a_line_of_its_own(head: str, line: str) -> None:
    assert strip_furniture(head + STORY) == [line, STORY]


def test_a_stamp_before_a_dateline_leaves_both_as_lines() -> None:
    unit = f"June 5, 2008 3:14 PM EDT PORT ELLIS (AP) - {STORY}"
    assert strip_furniture(unit) == ["June 5, 2008 3:14 PM EDT", "PORT ELLIS (AP)", STORY]


@pytest.mark.parametrize(
    "unit",
    [
        "June 5, 2008 was the day the board voted to close the pier at 3:14 PM.",  # no time first
        "At 3:14 PM The board voted to close the pier.",
        "AP Photo shows the old ferry pier at low tide.",
        "Reuters reported on Monday that the board voted to close the pier.",
        "(Updated) The board voted to close the pier.",  # a bracket with no dash
        "Tuesday, June 5th 2008, 4:00 AM",  # a stamp alone: already a line of its own
        "June 5, 2008 10:15 am US/Pacific",  # the zone's name is no story
    ],
)
def test_sentences_that_open_with_a_date_or_an_agency_stay_whole(unit: str) -> None:
    assert strip_furniture(unit) == [unit]


@pytest.mark.parametrize("head", ["(AP) — ", "June 5, 2008 3:14 PM "])
def test_the_summary_s_first_sentence_starts_at_the_story(head: str) -> None:
    text = "\n\n".join(["Harbour board shuts old pier", head + STORY, *MORE])
    gist = make_gist(clean_text(text), GistOptions())
    assert gist.summary.sentences[0].text == STORY
