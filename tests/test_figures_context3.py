"""Context phrases after the session-11 BBC reading (#18): a bracketed conversion is read past,
an aside figure borrows both sides, cut tails and starts end whole. Fictional sentences."""

from __future__ import annotations

from summarizer.figures.context import context_phrase
from summarizer.figures.judge import key_figures
from summarizer.models import Article


def _phrase(sentence: str, figure: str) -> str:
    i = sentence.index(figure)
    return context_phrase(sentence, 0, len(sentence), i, i + len(figure))


def test_conversion_bracket_is_read_past_to_what_the_money_buys() -> None:
    s = "Last month, the board turned down a £2.4bn ($4.6bn) merger bid from Norland Mills."
    assert _phrase(s, "£2.4bn") == "the board turned down a … merger bid from Norland Mills"


def test_conversion_bracket_leaves_no_bare_amount_in_the_phrase() -> None:
    s = "The cartoon earned $31.2m (£16m) in its opening weekend, the studio said."
    assert _phrase(s, "$31.2m") == "The cartoon earned … in its opening weekend"


def test_conversion_of_two_currencies_is_read_past() -> None:
    s = "The dairy was expected to sell 14.5bn yuan ($1.8bn; £1bn) worth of shares to buyers."
    assert _phrase(s, "14.5bn yuan") == (
        "The dairy was expected to sell … worth of shares to buyers"
    )


def test_aside_figure_borrows_the_clause_after_it() -> None:
    s = "A large slice of the club's members, 41%, walk to every home game."
    assert _phrase(s, "41%") == "A large slice of the club's members, … walk to every home game"


def test_capital_acronym_is_a_word_that_names_something() -> None:
    s = (
        "There are between 200 and 400 licensed ferry pilots in the US and harbour owners say "
        "that far too many of them will retire soon."
    )
    assert _phrase(s, "between 200 and 400 licensed ferry pilots") == "There are … in the US"


def test_because_of_keeps_its_because() -> None:
    s = (
        "The union wrote in its letter before the review that help is needed because of "
        "4,000 posts cut from the mills over the last year."
    )
    assert _phrase(s, "4,000 posts").startswith("because of …")


def test_tail_does_not_end_on_a_participle_cut_from_its_by() -> None:
    s = (
        "The state lender bought the harbour firm for $2.1bn in a sale ordered by a court "
        "to settle debts."
    )
    assert _phrase(s, "$2.1bn").endswith("for … in a sale")


def test_tail_does_not_end_on_the_subject_of_a_cut_clause() -> None:
    s = "Brand says Kell is legally obliged to buy the 80% of the bakery unit it does not yet hold."
    assert _phrase(s, "80%").endswith("of the bakery unit")


def test_long_subordinate_tail_goes_whole_and_quoted_subject_stays() -> None:
    s = (
        '"Serious shortages" are feared over the next 15 years as the nursing staff '
        "continues to retire, it said."
    )
    assert _phrase(s, "15 years") == "Serious shortages are feared over the next …"


def test_conversion_after_an_amount_in_euros_is_no_key_figure() -> None:
    text = (
        "Brewer Malten has agreed to buy a stake in Ostra, a regional brewer, for up to "
        "120.5m euros ($160.2m; £88.1m). The deal closes in May."
    )
    figures = key_figures(Article(text=text, title="Malten buys stake", language="en"), "en")
    assert figures and figures[0].text == "up to 120.5m euros"


def test_start_cut_after_a_preposition_starts_at_the_clause_after_that() -> None:
    s = (
        "In May the agency moved £2.1bn of rail spending into investment, shortly before the "
        "minister declared in the review that she would keep her own borrowing limit by only £4bn."
    )
    assert _phrase(s, "only £4bn") == "she would keep her own borrowing limit by …"


def test_but_with_is_no_preposition_held_by_its_soft_word() -> None:
    s = (
        "Mora played for Leeds on loan two years ago, but with only three goals in 31 games "
        "he looked anything like a top striker."
    )
    assert not _phrase(s, "31 games").startswith("but")
