"""Session 20: what editors judged wrong, vague or missing in the key figures of 90 replies.

Every text here is made up for the test; none is copied from a page.
"""

from __future__ import annotations

import pytest

from summarizer.figures.judge import key_figures
from summarizer.models import Article
from tests.figure_helpers import one, picks, texts

# -- one quantity written in two units ------------------------------------------------------------


def test_minutes_and_decimal_seconds_are_one_time() -> None:
    text = "The Austrian skier crossed the line in a time of one minute 48.25 seconds on Sunday."
    figure = one(text, "one minute 48.25 seconds")
    assert figure.kind == "duration"
    assert figure.unit == "second"
    assert figure.value == pytest.approx(108.25)
    assert "48.25 seconds" not in texts(text)


def test_whole_seconds_after_minutes_still_join() -> None:
    figure = one("She swam the final in 2 minutes 7 seconds.", "2 minutes 7 seconds")
    assert figure.value == pytest.approx(127)


def test_feet_then_comma_then_inches_is_one_height() -> None:
    text = "The fence around the pen was 9ft, 7 in tall according to the keepers."
    figure = one(text, "9ft, 7 in")
    assert figure.value == pytest.approx(9 + 7 / 12)
    assert [t for t in texts(text) if t.startswith("7")] == []


# -- ages -----------------------------------------------------------------------------------------


OBITUARY = (
    "The jazz pianist Marla Quint has died at her home in Ohio, her family said on Tuesday. "
    "She was 81.\n\n"
    "Quint recorded 40 albums over a career of six decades and toured in 30 countries. "
    "She first played in public at the age of nine, in her uncle's bar."
)


def test_an_age_the_headline_gives_is_a_key_figure() -> None:
    chosen = picks(OBITUARY, title="Jazz pianist Marla Quint dies at 81")
    assert "81" in chosen
    assert "nine" not in chosen  # an age the headline does not give still only tells who


def test_without_a_death_or_the_age_in_the_headline_ages_stay_out() -> None:
    assert "81" not in picks(OBITUARY, title="Jazz pianist Marla Quint remembered in Ohio")


def test_a_death_headline_makes_the_first_age_key_with_the_headline_as_context() -> None:
    article = Article(text=OBITUARY, title="Jazz pianist Marla Quint dies")
    by_text = {f.text: f for f in key_figures(article, "en")}
    assert by_text["81"].context == "Jazz pianist Marla Quint dies"
    assert "nine" not in by_text  # her age at an event of her life


# -- no figure, however it reads ------------------------------------------------------------------


def test_a_count_ranked_by_a_superlative_is_no_key_figure() -> None:
    text = (
        "The union named its three most pressing demands on Friday: pay, hours and safety. "
        "Talks with the owners resume next week."
    )
    assert picks(text) == []


def test_a_small_count_after_a_preposition_of_place_is_no_key_figure() -> None:
    text = (
        "Under three flickering lanterns, the old ferry waited at the quay. "
        "The crossing now costs £14 a head, up from £9 last summer."
    )
    chosen = picks(text)
    assert "£14 a head" in chosen
    assert not [t for t in chosen if "lanterns" in t]


def test_under_a_count_in_digits_still_qualifies_it() -> None:
    chosen = picks("Under 400 voters turned out in the ward on Thursday, officials said.")
    assert chosen == ["Under 400 voters"]


# -- context phrases that say what is counted -----------------------------------------------------


def context_of(text: str, part: str) -> str:
    return one(text, part).context


def test_a_change_named_after_a_dash_takes_in_what_changed() -> None:
    text = (
        "The regulator said 312 cyclists were hurt on city roads in 2023 -- "
        "a fall of 18 percent from the year before."
    )
    assert context_of(text, "18 percent") == (
        "312 cyclists were hurt on city roads in 2023, a fall of … from the year before"
    )


def test_a_relative_clause_after_a_part_of_a_whole_keeps_the_part() -> None:
    text = (
        "Prices rose for everyone except the oldest third of the tenants, who still pay "
        "about 12% of their pension in rent and cannot move."
    )
    assert context_of(text, "about 12%") == (
        "the oldest third of the tenants, who still pay … of their pension in rent"
    )


def test_a_relative_clause_after_a_whole_person_phrase_keeps_its_noun() -> None:
    text = "The panel spoke of Mrs Odell, who waited at least 40 minutes for help."
    assert context_of(text, "at least 40 minutes") == "Mrs Odell, who waited … for help"


def test_a_list_of_names_split_by_a_comma_keeps_its_first_names() -> None:
    text = "The court held that Varga, Lind and Paolo Rossi must repay 30 customers in full."
    assert context_of(text, "30 customers") == "Varga, Lind and Paolo Rossi must repay … in full"


def test_a_place_list_after_a_preposition_borrows_no_names() -> None:
    text = "On Friday, Lind and Paolo Rossi repaid 30 customers in full."
    assert not context_of(text, "30 customers").startswith("Friday")


def test_a_figure_inside_quoted_words_keeps_the_phrase_around_them() -> None:
    text = 'Shoppers queued for the "three for £10" deals at every till in the store.'
    assert context_of(text, "£10") == "Shoppers queued for the three for … deals at every till"


def test_an_en_dash_between_letters_cuts_no_clause() -> None:
    text = "During the short season, 12 crews of students will go head–to-head for the cup."
    assert context_of(text, "12 crews").endswith("will go head–to-head for the cup")


def test_a_glued_auxiliary_gives_the_clause_its_own_verb() -> None:
    text = (
        "Most clubs in the league have been to the final at least once — and Leeds's been "
        "there eleven times, remarkably."
    )
    assert context_of(text, "eleven times") == "Leeds's been there …"


def test_a_phrasal_particle_ending_the_clause_stays() -> None:
    text = "About 4.1 million viewers plan on tuning in (12%), the survey found."
    assert context_of(text, "About 4.1 million viewers") == "… plan on tuning in"


def test_the_height_before_inches_and_a_quoted_word_read_on() -> None:
    text = 'He said the pen was 9ft, 7 in with what he called a "ditch" 20 feet across.'
    assert "ditch" in context_of(text, "20 feet")
    assert not context_of(text, "20 feet").startswith("7 in")
