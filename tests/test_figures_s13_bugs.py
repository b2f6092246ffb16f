"""Three figure-finder bugs from the sixth by-eye reading (#18, session 13), with the readings
they must keep: number words that run into a name's number word ("four Six Nations captains"
was 10), numbers inside HTML character references ("volvi&#243;" gave 243), and a verb's
particle read as a qualifier ("added up to £40" was "at most £40"). Fictional sentences."""

from __future__ import annotations

from summarizer.figures.judge import find_figures
from summarizer.models import Figure
from summarizer.text.cleanup import clean_text


def _found(text: str, language: str = "en") -> dict[str, Figure]:
    return {f.text: f for f in find_figures(text, language)}


def _values(text: str, language: str = "en") -> list[float | None]:
    return [f.value for f in find_figures(text, language)]


# -- 1. number words compose only into one number ----------------------------------------------


def test_a_number_word_before_a_name_that_starts_with_one_counts_alone() -> None:
    found = _found(
        "The four Six Nations captains met in Rome. The coach rested seven Three Lions players. "
        "Twenty four people were hurt, twenty-four nurses were called and four hundred fled."
    )
    assert found["four Six Nations captains"].value == 4
    assert found["four Six Nations captains"].unit == "captain"
    assert found["seven Three Lions players"].value == 7
    assert found["Twenty four people"].value == 24
    assert found["twenty-four nurses"].value == 24
    assert found["four hundred"].value == 400


def test_a_composed_number_keeps_all_its_words() -> None:
    found = _found(
        "Four Formula One drivers were fined two hundred and fifty thousand pounds in all. "
        "They built two three-bedroom houses."
    )
    assert found["Four Formula One drivers"].value == 4
    assert found["two hundred and fifty thousand pounds"].value == 250_000
    assert found["two three-bedroom houses"].value == 2


def test_one_and_a_half_is_one_number() -> None:
    found = _found("Repairs to the bridge took one and a half years. She sold one two-hour slot.")
    assert found["one and a half years"].value == 1.5
    assert found["one and a half years"].unit == "year"
    assert [f.value for f in found.values() if f.unit == "hour"] == [2]


def test_a_number_word_that_ends_a_name_is_no_count() -> None:
    found = _found("Last year the Big Four banks lost four clients and Channel Four lost none.")
    assert [(f.text, f.value) for f in found.values()] == [("four clients", 4)]


def test_composed_end_stops_where_the_words_stop_composing() -> None:
    from summarizer.figures.numbers import composed_end

    assert composed_end("four Six") == len("four")
    assert composed_end("four six") == len("four")
    assert composed_end("forty One") == len("forty")
    assert composed_end("nineteen ninety") == len("nineteen")
    for whole in (
        "twenty four",
        "four hundred",
        "a hundred and five",
        "three million four hundred",
        "Twenty Four",
        "двести пятьдесят",
        "treinta y cinco",
        "dos mil",
        "zwei Hundert",
    ):
        assert composed_end(whole) == len(whole), whole


def test_russian_number_words_that_do_not_compose_are_not_summed() -> None:
    values = _values("Он купил два три дома у реки.", "ru")
    assert 5 not in values
    assert values == [3]


def test_first_two_of_five_is_no_part() -> None:
    found = _found("The coach will pick again after the first two of seven one-day games.")
    assert [(f.text, f.value) for f in found.values()] == [("seven one-day games", 7)]


# -- 2. HTML character references are no numbers --------------------------------------------


def test_a_character_reference_holds_no_figure() -> None:
    text = "Rooney se volvi&#243; famoso. The caf&#233; by the pier served 30 fans a day."
    assert [f.text for f in find_figures(text, "en")] == ["30 fans a day"]
    assert _values("Rooney se volvi&#243; famoso con 30 goles.", "es") == [30]


def test_pasted_text_gets_its_numeric_references_decoded_once() -> None:
    article = clean_text(
        "Caf&#233; owners in Ludlow\n\nThe caf&#233; chain paid &#163;5m for the old mill on "
        "Tuesday, its owner said. Fish &amp;amp; chips stay as written, and so does &#38;#233; "
        "in a note about HTML, the owner&#x2019;s lawyer said."
    )
    assert article.title == "Café owners in Ludlow"
    assert "The café chain paid £5m for" in article.text
    assert "Fish &amp;amp; chips" in article.text
    assert "so does &#233; in a note" in article.text
    assert "owner’s lawyer" in article.text
    money = [f for f in find_figures(article.text, "en") if f.kind == "money"]
    assert [(f.value, f.unit) for f in money] == [(5_000_000, "GBP")]


# -- 3. a verb's particle is no qualifier ------------------------------------------------------


def test_up_to_after_add_is_a_total() -> None:
    found = _found(
        "The bill added up to £40 in total. Up to 40 people were evacuated. "
        "The detour would add up to £200 to bills."
    )
    assert found["£40"].qualifier is None
    assert found["Up to 40 people"].qualifier == "up to"
    assert found["up to £200"].qualifier == "up to"


def test_over_after_hand_or_take_is_a_particle() -> None:
    found = _found(
        "She handed over £5,000 to the hospice. Over 5,000 fans attended. He was handed over "
        "£3,000 in cash. The chain took over 300 shops. The crossing took over 10 hours."
    )
    assert found["£5,000"].qualifier is None
    assert found["Over 5,000 fans"].qualifier == "over"
    assert found["over £3,000"].qualifier == "over"
    assert found["300 shops"].qualifier is None
    assert found["over 10 hours"].qualifier == "over"


def test_made_up_and_ran_up_read_as_before() -> None:
    found = _found(
        "The firm took over 70 garages. Women made up 40% of staff. They ran up £2m in debts. "
        "Drivers made up to £500 a week. He faces up to 35 years in jail."
    )
    assert found["70 garages"].qualifier is None
    assert found["40%"].qualifier is None
    assert found["£2m"].qualifier is None
    assert found["up to £500 a week"].qualifier == "up to"
    assert found["up to 35 years"].qualifier == "up to"
