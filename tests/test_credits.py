"""A review's credits before its text are metadata: cleanup cuts them off the review's first
paragraph, so the summary does not open with "Starring ..." and a running time is no key figure
(`summarizer.text.credits`)."""

from __future__ import annotations

import pytest

from summarizer.models import GistOptions
from summarizer.pipeline import make_gist
from summarizer.text.cleanup import clean_text
from summarizer.text.credits import credits_end, without_credits

REVIEW = (
    "The film opens on a grey beach where a lighthouse keeper counts the ships that never "
    "come. For most of its length it stays there, in the wind, with him. Wren plays the keeper "
    "as a man who has stopped expecting visitors and is faintly annoyed when one arrives. The "
    "visitor, a surveyor sent to close the light, is the story's engine, and Osei gives him a "
    "nervous charm that keeps the long middle alive.\n\n"
    "The ending is the weakest part. After so much patience the film hurries, and a storm that "
    "should feel like fate feels like a deadline. Still, it is a rare thing: a quiet film that "
    "trusts its audience to sit still and look at the sea for a while."
)
PROSE_CREDITS = (
    "Directed by Ann Lindqvist. Written by Bo Chandler. Starring Cy Wren, Dara Osei, Al Ray. "
    "Rated PG-13. 112 minutes."
)
COLON_CREDITS = "Director: Ann Lindqvist Cast: Cy Wren, Dara Osei, Al Ray"
TITLE = "The Keeper: a quiet film about a lighthouse"


def _page(credits: str, glued: bool = True) -> str:
    gap = " " if glued else "\n\n"
    return f"{TITLE}\n\n{credits}{gap}{REVIEW}"


@pytest.mark.parametrize("credits", [PROSE_CREDITS, COLON_CREDITS])
@pytest.mark.parametrize("glued", [True, False])
def test_credits_go_and_the_review_stays(credits: str, glued: bool) -> None:
    text = clean_text(_page(credits, glued)).text
    assert text.startswith("The film opens on a grey beach")
    assert "Lindqvist" not in text and "Starring" not in text and "Cast:" not in text
    assert text.endswith("look at the sea for a while.")


def test_credits_with_no_full_stops_end_where_the_review_begins() -> None:
    line = "Directed by Ann Lindqvist Starring Cy Wren, Dara Osei Rated R 98 minutes The film."
    assert line[credits_end(line) :] == "The film."
    line = "Cast: Cy Wren, Dara Osei Director: Ann Lindqvist Critics loved it at Cannes."
    assert line[credits_end(line) :] == "Critics loved it at Cannes."


def test_a_rating_with_its_reason_and_a_running_time_with_its_label() -> None:
    line = (
        "Starring Cy Wren as Tom Hale, Dara Osei as the surveyor. Rated R for language and a "
        "brief storm. Running time: 1:52. Wren plays the keeper."
    )
    assert line[credits_end(line) :] == "Wren plays the keeper."


def test_the_summary_and_the_key_figures_leave_the_credits_out() -> None:
    gist = make_gist(_page(PROSE_CREDITS), GistOptions())
    assert gist.summary.sentences[0].text.startswith("The film opens")
    assert not any("Starring" in s.text or "Directed" in s.text for s in gist.summary.sentences)
    assert not any("112" in f.text for f in gist.figures)


@pytest.mark.parametrize(
    "unit",
    [
        "Directed by Ann Lindqvist, the film follows a keeper who counts ships.",
        "Starring roles went to two newcomers from the drama school. Rated R.",
        "Producer: Yes. Director: No, I think the film is finished.",
        "The mayor said 112 minutes was too long for a council meeting.",
        "Written by Ann Lindqvist. Illustrated by her own children, the book sold out.",
    ],
)
def test_prose_that_opens_like_a_credit_stays(unit: str) -> None:
    assert credits_end(unit) == 0
    assert without_credits([unit]) == [unit]
