"""Key figures that should not be shown, seen in replies to real political news (helper
falsefig23b, session 23): an SMS short code, a video's time mark, one count or one split shown
twice, and the figures of a newsletter's digest of other stories. Texts are our own."""

from __future__ import annotations

import pytest

from summarizer.figures.judge import find_figures, key_figures
from summarizer.models import Article


def _texts(text: str) -> list[str]:
    return [f.text for f in find_figures(text, "en")]


def _keys(text: str, title: str | None = None) -> list[str]:
    return [f.text for f in key_figures(Article(text=text, title=title), "en")]


@pytest.mark.parametrize(
    "text",
    [
        "Volunteers asked supporters to text VOTE to 47283 before Friday.",
        'The flyer said: Text "rally" to 30655 for updates.',
        "Fans could txt LUCKY to 8080 to enter the draw.",
    ],
)
def test_an_sms_short_code_is_no_figure(text: str) -> None:
    assert find_figures(text, "en") == []


def test_short_code_blocks_only_the_code_and_a_text_with_no_keyword_counts() -> None:
    # "the text to 14000 pages" names no keyword: a count of pages, no short code.
    text = (
        "Donors can text GIVE to 52019 to send $25 to the campaign. "
        "The clerk appended the text to 14000 pages of filings."
    )
    assert _texts(text) == ["$25", "14000 pages"]


@pytest.mark.parametrize(
    "text",
    [
        "The part about the senator's tax plan starts around the 9 minute mark.",
        "Skip ahead in the video to the 14-minute mark to hear the exchange.",
        "In the clip, the crowd turns at the 40-second mark.",
    ],
)
def test_a_recordings_time_mark_is_no_figure(text: str) -> None:
    assert find_figures(text, "en") == []


def test_marks_that_stay_figures() -> None:
    # A length passed, a game's time with no recording named, and a threshold in years stay.
    text = (
        "The interview in the video begins at the 12-minute mark. "
        "Her documentary runs past the 30-minute mark of the video before its first interview. "
        "The striker scored at the 20-minute mark. "
        "The strike has now passed the 10-year mark."
    )
    assert _texts(text) == ["30-minute", "20-minute", "10-year"]


def test_a_count_of_people_told_again_is_shown_once_other_counts_twice() -> None:
    # "38 people" and "38 ferry victims" are one count; "45 factories" and "45 complaints" (no
    # "people") are two.
    text = (
        "Mourners in Dayton remembered the 38 people killed in the ferry fire on Sunday. "
        "The union represents 45 factories across the region, its leaders said. "
        "They filed 45 complaints with the labour board last year.\n\n"
        "At the pier, volunteers read aloud the names of the 38 ferry victims."
    )
    shown = _keys(text)
    assert "45 factories" in shown and "45 complaints" in shown
    assert len([s for s in shown if s.startswith("38")]) == 1


def test_one_amount_with_and_without_its_rate_is_shown_once() -> None:
    text = (
        "Council members voted to lift the city's minimum wage to $18 an hour by 2027. "
        "Business groups said $18 was more than small shops could pay."
    )
    assert len([s for s in _keys(text) if s.startswith("$18")]) == 1


def test_a_split_told_as_a_pair_is_shown_once_shares_joined_by_and_twice() -> None:
    text = (
        "The mayor beat her rival 61 percent to 39 percent in the runoff on Tuesday. "
        "The guard made 48 percent of his shots and 36 percent of his free throws."
    )
    shown = _keys(text)
    assert "61 percent" in shown and "48 percent" in shown and "36 percent" in shown
    assert "39 percent" not in shown


def test_a_digest_of_other_stories_gives_no_figures() -> None:
    # A dateline and a quoted phrase opening a line are no digest's items.
    text = (
        "WASHINGTON — The council approved a $12 million budget for the libraries on Monday.\n\n"
        '"We are proud of it," by all accounts, was what 200 staff members told the panel.\n\n'
        'CLOSING TIME—"Corner diner to shut after 60 years," by the Ledger\'s Ana Ruiz: '
        '"The diner, which served 400 meals a day, will close in June."\n\n'
        '—"Ferry fares rise again," by Harbor News\' Tom Lee: https://example.org/ferry\n\n'
        "NUMBER OF THE WEEK: $85 million—what the state paid for the stadium, the Ledger "
        "reports: https://example.org/stadium"
    )
    assert _texts(text) == ["$12 million", "200 staff members"]
