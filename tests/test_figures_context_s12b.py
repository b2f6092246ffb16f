"""Context phrases end on constituent edges (#18, session 12, second pass): a start extends to
its noun phrase's determiner, its verb group's subject, its coordination's first conjunct; a
tail finishes the phrase it was cut inside; a clause with no verb borrows the one it hangs on.
Fictional sentences."""

from __future__ import annotations

from summarizer.figures.context import context_phrase
from summarizer.figures.judge import find_figures


def _phrase(sentence: str, figure: str) -> str:
    i = sentence.index(figure)
    return context_phrase(sentence, 0, len(sentence), i, i + len(figure))


def test_a_relative_clause_keeps_its_whole_noun_phrase() -> None:
    s = "The 24-year-old, who has started in nine of the side's last 11 matches, is out injured."
    assert (
        _phrase(s, "11 matches") == "The 24-year-old, who has started in nine of the side's last …"
    )


def test_a_relative_clause_reaches_past_an_aside_for_its_noun() -> None:
    s = "He said that farming, for example, where only 12% of owners are under 40, is ageing."
    assert _phrase(s, "only 12%") == "farming, where … of owners are under 40"


def test_a_start_keeps_its_determiner() -> None:
    s = (
        "Maria Lopez and Tom Okafor have earned the chance to compete in a contest offering "
        "$2m in total prize money."
    )
    assert _phrase(s, "$2m").startswith("have earned the chance to compete")


def test_a_start_inside_a_coordination_takes_its_first_conjunct_and_verb() -> None:
    s = "It sold off its paint and varnish divisions for £95m to a private buyer in June."
    assert _phrase(s, "£95m") == (
        "It sold off its paint and varnish divisions for … to a private buyer in June"
    )


def test_a_second_verb_keeps_the_subject_of_the_first() -> None:
    s = (
        "Perhaps when I reach 70 and have been coaching in the same division for 30 years and "
        "have everyone's respect I will be heard."
    )
    assert _phrase(s, "30 years") == "I reach 70 and have been coaching in the same division for …"


def test_an_auxiliary_keeps_its_subject_across_an_appositive() -> None:
    s = "Norvik, the country's largest brewer, has agreed to buy a small cider maker for $90m."
    assert _phrase(s, "$90m") == "Norvik has agreed to buy a small cider maker for …"


def test_a_tail_finishes_a_two_word_preposition() -> None:
    s = (
        "Last May, Chile signed a $150m deal to import Peruvian gas in exchange for farm "
        "produce and the deal has been renewed."
    )
    assert _phrase(s, "$150m") == (
        "Chile signed a … deal to import Peruvian gas in exchange for farm produce"
    )


def test_a_tail_keeps_a_partitive_of() -> None:
    s = (
        "Early this month the regulator asked about trades involving owners of 3% or more of "
        "the bank's stock."
    )
    assert _phrase(s, "3%").endswith("owners of … or more of the bank's stock")


def test_a_tail_keeps_both_halves_of_a_pair() -> None:
    s = "The agency says 12 riders have been banned for testing positive for EPO and nandrolone."
    assert _phrase(s, "12 riders").endswith("for testing positive for EPO and nandrolone")
    s = (
        "The bill passed with the majority cut sharply as 41 Labour rebels joined Green and SNP "
        "opposition."
    )
    assert _phrase(s, "41 Labour rebels").endswith("joined Green and SNP opposition")
    s = (
        "There are between 300 and 500 trained lock keepers in the UK and canal owners say "
        "that many of them will retire soon."
    )
    assert _phrase(s, "between 300 and 500 trained lock keepers") == "There are … in the UK"


def test_a_phrasal_verb_keeps_its_complement() -> None:
    s = (
        "Some 450 colleges have already signed up for the Young Voters Debate Day 2006 run by "
        "the Civic Trust and aimed at students."
    )
    assert _phrase(s, "450 colleges") == (
        "Some … have already signed up for the Young Voters Debate Day 2006"
    )


def test_a_restrictive_relative_clause_stays_with_its_noun() -> None:
    s = (
        "No one is being pushed into work, and we are sure there are two million "
        "people on sickness benefit who want the chance to work."
    )
    assert _phrase(s, "two million people").endswith(
        "on sickness benefit who want the chance to work"
    )


def test_a_tail_stops_before_a_contrasting_clause() -> None:
    s = "Up to four writers can be credited per play but the theatres behind two hits refused."
    assert _phrase(s, "Up to four writers") == "… can be credited per play"


def test_a_verbless_clause_borrows_the_clause_it_hangs_on() -> None:
    s = (
        "Kenya harvested 9.1 million tonnes of maize in 2005, 18% higher than in 2004 and 6% "
        "more than the average of the past decade, a survey says."
    )
    assert (
        _phrase(s, "18%")
        == "Kenya harvested 9.1 million tonnes of maize in 2005, … higher than in 2004"
    )


def test_an_absolute_with_clause_borrows_the_subject() -> None:
    s = (
        "Concert sales in the UK are forecast to hit records this season, with takings expected "
        "to reach £2.1 billion, beating the old high."
    )
    assert _phrase(s, "£2.1 billion") == (
        "Concert sales in the UK, with takings expected to reach …"
    )


def test_a_lone_aside_borrows_its_verb() -> None:
    s = '"You now plan to spend, over the next four years, no less than £90bn; so much for it.'
    assert _phrase(s, "no less than £90bn") == "You now plan to spend, over the next four years …"


def test_feet_and_inches_are_one_height() -> None:
    figures = find_figures("The new signing is 6ft 5in and very quick.", "en")
    assert [f.text for f in figures] == ["6ft 5in"]
    assert abs(figures[0].value - (6 + 5 / 12)) < 1e-9
    assert figures[0].unit == "ft"
