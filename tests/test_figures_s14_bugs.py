"""Figure-finder bugs fixed in session 14, each with the readings it must keep: "over" after
"took" before a count of what is no takeover, a number word before a name that opens with its
own number word (at a sentence's start, and in Russian), an even chance ("fifty-fifty"),
abbreviated time units ("secs", "hrs"), and road names glued to their number. Fictional
sentences written for these tests."""

from __future__ import annotations

from summarizer.figures.judge import find_figures, key_figures
from summarizer.models import Figure


def _found(text: str, language: str = "en") -> dict[str, Figure]:
    return {f.text: f for f in find_figures(text, language)}


# -- 1. "took over" + a count: more than that, unless a takeover's ------------------------------


def test_took_over_a_count_of_what_no_takeover_takes_is_more_than() -> None:
    found = _found(
        "In nine seasons the seamer took over 410 wickets for Dunmore. The retailer took over "
        "85 stores last spring. Ann Vey handed over £2,500 to the club. Later the trust took "
        "over the ground, and the keeper took over 60 catches."
    )
    assert found["over 410 wickets"].qualifier == "over"
    assert found["over 410 wickets"].value == 410
    assert found["over 60 catches"].qualifier == "over"
    assert found["85 stores"].qualifier is None  # a takeover of 85 stores
    assert found["£2,500"].qualifier is None  # handed over: given
    assert all(f.qualifier is None for f in found.values() if "ground" in f.context)


def test_took_over_keeps_the_takeover_when_a_word_comes_between() -> None:
    found = _found("The group took over 140 roadside cafes. Its bowlers took over 90 wickets.")
    assert found["140 roadside cafes"].qualifier is None
    assert found["over 90 wickets"].qualifier == "over"


# -- 2. a number word, then a name that opens with another ---------------------------------------


def test_a_sentence_opening_number_word_before_a_numbered_name_counts_alone() -> None:
    figures = find_figures(
        "Eight Three Lions players reported for training. Ten Six Nations coaches met in Paris.",
        "en",
    )
    assert [(f.text, f.value, f.unit) for f in figures] == [
        ("Eight Three Lions players", 8, "player"),
        ("Ten Six Nations coaches", 10, "coach"),
    ]


def test_a_plural_name_a_number_opens_still_counts_nothing() -> None:
    assert find_figures("Three Lions fans sang all night in the square.", "en") == []
    assert [f.value for f in find_figures("Twenty Six Nations fans came.", "en")] != [20]


def test_ten_takes_no_ones_after_it() -> None:
    from summarizer.figures.numbers import composed_end

    assert composed_end("Ten Six") == len("Ten")
    assert composed_end("one hundred ten five") == len("one hundred ten")
    assert composed_end("twenty six") == len("twenty six")
    assert composed_end("a hundred and five") == len("a hundred and five")


def test_russian_number_word_before_a_name_with_a_number_word_counts_alone() -> None:
    figures = find_figures("Вратарь провёл пять Шесть наций и сыграл за клуб 210 матчей.", "ru")
    assert [(f.text, f.value) for f in figures] == [
        ("пять Шесть наций", 5),
        ("210 матчей", 210),
    ]


def test_russian_capitalised_number_word_alone_still_counts() -> None:
    figures = find_figures("Семь человек пострадали, сообщили в полиции.", "ru")
    assert [(f.text, f.value) for f in figures] == [("Семь человек", 7)]


# -- 3. an even chance is no figure --------------------------------------------------------------


def test_fifty_fifty_is_no_figure() -> None:
    text = (
        "Doctors gave the striker a fifty-fifty chance of playing. The partners split the "
        "£18,000 prize fifty-fifty, and 50-50 calls went both ways."
    )
    assert [(f.text, f.value) for f in find_figures(text, "en")] == [("£18,000", 18_000)]


def test_even_chance_idioms_in_other_languages() -> None:
    assert find_figures("Die Chancen stehen fifty-fifty, sagte Lena Brauer.", "de") == []
    assert find_figures("Шансы пятьдесят на пятьдесят, считает тренер.", "ru") == []
    assert find_figures("Шансы 50 на 50, считает тренер.", "ru") == []
    assert find_figures("C'est du cinquante-cinquante, dit l'entraîneur.", "fr") == []
    found = find_figures("Der Verein zahlte 50 Euro, die Chancen stehen 50 zu 50.", "de")
    assert [(f.text, f.value) for f in found] == [("50 Euro", 50)]


# -- 4. abbreviated time units --------------------------------------------------------------------


def test_abbreviated_time_units_are_durations() -> None:
    found = _found(
        "Lia Mertens won the heat in 7.04 secs. The rescue took 5 hrs and the queue moved in "
        "25 mins; the last lap was 58.3 sec."
    )
    assert (found["7.04 secs"].kind, found["7.04 secs"].unit) == ("duration", "second")
    assert (found["5 hrs"].kind, found["5 hrs"].unit) == ("duration", "hour")
    assert (found["25 mins"].kind, found["25 mins"].unit) == ("duration", "minute")
    assert (found["58.3 sec"].kind, found["58.3 sec"].value) == ("duration", 58.3)


def test_abbreviated_units_keep_their_compounds_and_clock_times() -> None:
    found = _found("The climb took 4 hrs 20 mins. The convoy left base at 0600 hrs.")
    assert (found["4 hrs 20 mins"].value, found["4 hrs 20 mins"].unit) == (260, "minute")
    assert [f.text for f in found.values()] == ["4 hrs 20 mins"]  # "0600 hrs": a clock time


def test_capital_abbreviations_are_no_time_units() -> None:
    assert all(f.kind != "duration" for f in find_figures("It made 14 SEC filings.", "en"))


# -- 5. road and model names glued to a number (kept: never read) ---------------------------------


def test_letter_hyphen_number_road_names_are_no_figures() -> None:
    text = (
        "A van overturned on the A-61 near Dunmore, and the M7 was shut for 3 hours. "
        "Drivers on the M-9 and the B-2214 were told to avoid the area; two B-52 bombers flew."
    )
    assert [(f.text, f.value) for f in find_figures(text, "en")] == [
        ("3 hours", 3),
        ("two B-52 bombers", 2),
    ]
    assert find_figures("Un camión volcó en la A-49 cerca de Lugo.", "es") == []


# -- 6. the key-pick bonus for a readable context covers a mended phrase's length ---------------


def test_a_context_phrase_of_up_to_sixteen_words_gets_the_bonus() -> None:
    from summarizer.figures import judge
    from summarizer.models import Article
    from summarizer.text.tokenize import sentence_spans

    text = (
        "Spending on school meals in the three northern districts rose by 14% last year, the "
        "council's finance committee said. The committee meets again in May."
    )
    picked = {f.text: f for f in key_figures(Article(text=text, title="School meals"), "en")}
    share = picked["14%"]
    assert 13 <= len(share.context.split()) <= 17  # longer than the old top of the range (12)
    sentences = sentence_spans(text, "en")
    base = {h.start: s for s, h, _, _ in judge._scored(text, "school meals", sentences, "en")}
    assert share.score == round(base[text.index("14%")] + judge.CONTEXT_BONUS, 3)
