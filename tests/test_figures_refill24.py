"""A key-figure slot freed by a removed double goes to the next figure that is no double; two
false figures the refill let show are fixed: a day of a month read as a range's low end, and a
year before "leaves" read as a count (issue #18; helper refill24). Texts are fictional,
written for these tests."""

from summarizer.figures.judge import find_figures, key_figures
from summarizer.models import Article

TITLE = "Ferry fire at Millbrook"
FERRY = (
    "A fire on a ferry near Millbrook forced 260 people into the water on Sunday morning. "
    "Rescue boats pulled the 260 passengers from the cold bay within an hour. "
    "The ferry company said repairs would cost about $3.5 million. "
    "Nearly 30 percent of its fleet is more than forty years old. "
    "Police detained 14 crew members for questioning on Monday. "
    "Divers searched 12 square miles of the bay for debris."
)


def _keys(text: str, limit: int = 4) -> list[str]:
    return [f.text for f in key_figures(Article(title=TITLE, text=text), "en", limit)]


def test_a_removed_double_leaves_its_slot_to_the_next_figure() -> None:
    keys = _keys(FERRY)
    assert "260 passengers" not in keys  # the same people as "260 people"
    assert keys == ["about $3.5 million", "Nearly 30 percent", "260 people", "14 crew members"]


def test_the_refill_skips_a_figure_that_is_a_double_too() -> None:
    blankets = "All 260 travellers were given blankets. Police detained"
    text = FERRY.replace("Police detained", blankets)
    keys = _keys(text)
    assert keys == ["about $3.5 million", "Nearly 30 percent", "260 people", "14 crew members"]


def test_guard_limit_still_holds() -> None:
    """Guard (passes on the snapshot too): the refill never shows more than `limit`."""
    assert _keys(FERRY, limit=2) == ["about $3.5 million", "Nearly 30 percent"]
    assert _keys(FERRY, limit=0) == []


def _found(text: str) -> list[str]:
    return [f.text for f in find_figures(text, "en")]


def test_a_day_of_a_month_is_no_low_end_of_a_range() -> None:
    text = "Her backing climbed from 38 percent on March 9 to 44 percent on April 2."
    assert _found(text) == ["38 percent", "44 percent"]


def test_guard_a_span_of_days_stays_no_figure() -> None:
    """Guard (passes on the snapshot too): "June 3-5" and "May 1 to 15" are dates."""
    assert _found("The fair runs on June 3-5 by the river.") == []
    assert _found("It ran from May 1 to 15 last year.") == []


def test_a_year_before_leaves_is_no_count_of_leaves() -> None:
    text = "The close of 2019 leaves the council with a choice to make."
    assert _found(text) == []


def test_guard_a_span_of_days_before_a_plural_is_no_count() -> None:
    """Guard: "March 17-20 via landlines" gives no "20 via landlines"."""
    assert _found("The poll ran March 17-20 via landlines and cellphones.") == []
