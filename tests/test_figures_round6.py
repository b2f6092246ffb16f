"""Key figures, session 10 (the round-6 dev pages and a reading of CNN/DM picks): a list of
guesses is one range, sayings, golf scores, ranks, addresses and names are no figures, and a
birthday story shows the age its headline gives, not everyone's.

Every text here is written for the test; none is taken from a page.
"""

from __future__ import annotations

import pytest

from tests.figure_helpers import one, picks, texts

# -- a list of guesses is one range ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "part", "low", "high"),
    [
        ("They met four, five, six times a year and spoke daily.",
         "four, five, six times a year", 4, 6),
        ("She rang two, three or four times a day.", "two, three or four times a day", 2, 4),
        ("The crossing took six, seven, eight days.", "six, seven, eight days", 6, 8),
    ],
)  # fmt: skip
def test_a_list_of_number_words_is_a_range(text: str, part: str, low: float, high: float) -> None:
    figure = one(text, part)
    assert (figure.low, figure.high) == (low, high)


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("In round two, three players withdrew.", "three players"),  # two numbers: no list
        ("They waited two, four, six weeks.", "six weeks"),  # no step of one: no guess
    ],
)
def test_no_range_where_no_list_of_guesses_is(text: str, part: str) -> None:
    assert texts(text) == [part]


def test_the_list_is_picked_whole() -> None:
    text = "The two painters were friends. They met four, five, six times a year in Paris."
    assert picks(text) == ["four, five, six times a year"]


# -- found now -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "part", "unit"),
    [
        ("The minister left on a six-day, four-nation tour of Asia.", "four-nation", "nation"),
        ("A 12-country study of diets was published.", "12-country", "country"),
        ("The band starts a three-city tour in May.", "three-city", "city"),
    ],
)
def test_counts_of_places_joined_by_a_hyphen(text: str, part: str, unit: str) -> None:
    assert one(text, part).unit == unit


@pytest.mark.parametrize(
    ("text", "part", "value"),
    [
        ("Photo Credit Three Riverside United players will be released in March.",
         "Three Riverside United players", 3),
        ("Twelve MIT students have won the prize.", "Twelve MIT students", 12),
    ],
)  # fmt: skip
def test_a_capitalised_number_word_counts_through_a_name(
    text: str, part: str, value: float
) -> None:
    assert one(text, part).value == value


@pytest.mark.parametrize(
    "text",
    [
        "The film In Seven Rooms traces her long career.",  # a title: its plural is the name
        "Three Lions fans sang all night.",
        "Five Little Pigs is a crime novel.",
    ],
)
def test_no_count_through_a_plural_name(text: str) -> None:
    assert texts(text) == []


@pytest.mark.parametrize(
    ("text", "part", "value"),
    [
        ("Critics say the makers have made millions from the scheme.", "millions", 1e6),
        ("The network could lose millions.", "millions", 1e6),
        ("He has raised billions, aides say.", "billions", 1e9),
    ],
)
def test_money_nobody_counted(text: str, part: str, value: float) -> None:
    figure = one(text, part)
    assert (figure.kind, figure.value) == ("money", value)


@pytest.mark.parametrize(
    "text",
    [
        "Millions watched the final on television.",
        "By now there are hundreds, even thousands, of us.",
    ],
)
def test_a_bare_vague_word_without_money_is_no_figure(text: str) -> None:
    assert texts(text) == []


def test_money_nobody_counted_ranks_below_counted_money() -> None:
    text = "The firm made millions from the scheme. Investors lost $40,000 each."
    assert picks(text)[0] == "$40,000"


# -- no figures ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "For both parties the tariff cuts two ways.",
        "The vote could go two ways.",
        "He needs a 66 to reach the weekend.",
        "She closed with a 69 and was two shots back.",
        "By the turn she was only 2 under for the day.",
        "Leeds are ninth, two places higher than Hull.",
        "The former champion now sits outside the top 100.",
        "The fire started in the 3200 block of Elm Street.",
        "The jury heard Dean's 911 phone call.",
        "The 9/11 investigations ended in May.",
        "The mother-of-six wore red shoes.",
        "They lost the Capital One Cup final.",
        "Runs: 5120 Centuries: 9",  # a table's labels
        "Lind, ranked 212 in the world, won in three sets.",
        "She won 200m gold and then the 100m final.",
        "He ran the 60m hurdles in Glasgow.",  # no 60 million hurdles either
        "In the men's 800m, Holm led from the start.",
    ],
)
def test_no_figure(text: str) -> None:
    assert [t for t in texts(text) if t not in {"two shots", "three sets"}] == []


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("The firm found two ways to save money.", "two ways"),  # a count of ways
        ("A 14,200 crowd cheered the win.", "14,200"),  # "a" and a noun counted
        ("The club climbed three spots to fifth.", "three spots"),  # a move is a change
        ("Next week the top 12 sing for a place in the final.", "12"),  # counts people
        ("She ran 2 1/2 laps before she fell.", "2 1/2 laps"),  # a whole part counts
        ("She added one cup of flour.", "one cup"),
        ("The school has 300 places for new pupils.", "300 places"),
        ("The firm ranked 5% higher than its rivals.", "5%"),
        ("He swam 400m in the cold lake.", "400m"),  # a distance, no race's name
        ("The firm made £60m profits.", "£60m"),
    ],
)
def test_still_a_figure(text: str, part: str) -> None:
    assert part in texts(text)


def test_a_noun_starts_after_no_preposition() -> None:
    assert texts("The club sold 800 without any checks.") == ["800"]


def test_an_age_group_is_an_age() -> None:
    figure = one("New tests for 11-year-olds start in May.", "11-year-olds")
    assert figure.kind == "age"


# -- a birthday story shows the age its headline gives ---------------------------------------------


def test_a_birthday_story_keeps_only_the_age_in_its_headline() -> None:
    text = (
        "Singer Mia Lund turned 30 on Sunday. Her daughter Ava, aged seven months, stayed at "
        "home with a nanny. Guests at the party drank 200 bottles of champagne."
    )
    title = "Mia Lund celebrates her 30th birthday"
    shown = picks(text, title=title)
    assert "30" in shown
    assert "seven months" not in shown
    assert "200 bottles" in shown
