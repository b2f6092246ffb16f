"""Context phrases end on more constituent edges (#18, session 12, third pass): a second verb
takes the first verb's subject, a start inside a name, a subject or a "that" clause moves to its
start, a tail finishes a list or a pair, a modifier or appositive takes its noun, a second part
takes the verb it shares with the first. Fictional sentences."""

from __future__ import annotations

from summarizer.figures.context import context_phrase


def _phrase(sentence: str, figure: str) -> str:
    i = sentence.index(figure)
    return context_phrase(sentence, 0, len(sentence), i, i + len(figure))


def test_a_second_verb_takes_the_subject_of_the_first() -> None:
    s = (
        "Northgate Water was criticised by the watchdog and could have to refund customers "
        "up to £30m."
    )
    assert _phrase(s, "up to £30m") == (
        "Northgate Water was criticised by the watchdog and could have to refund customers …"
    )


def test_a_start_inside_a_name_takes_the_whole_name() -> None:
    s = (
        "The Bank of Lanark has admitted it mislaid backup discs holding the records "
        "of about 300,000 savers who are teachers."
    )
    assert _phrase(s, "about 300,000 savers").startswith("The Bank of Lanark has admitted")


def test_a_time_after_a_reporting_verb_keeps_the_verb() -> None:
    s = (
        "The country's biggest removals company Hollis & Grant said last week it would pay £12m "
        "to settle claims."
    )
    # Session 13: the name that ends the long subject is put back (phrase_subject.py).
    assert _phrase(s, "£12m") == "Hollis & Grant said last week it would pay … to settle claims"


def test_a_that_clause_stays_whole_without_the_outer_verb() -> None:
    s = (
        "Her claim that the council will clear the housing backlog with a surplus of 400 homes "
        "is plainly wrong."
    )
    assert _phrase(s, "400 homes") == (
        "the council will clear the housing backlog with a surplus of …"
    )


def test_a_pair_after_the_figure_keeps_its_second_half() -> None:
    s = (
        "England's Tom Stevens and Ben Okafor, who missed three penalties and a late conversion "
        "between them, had been costly."
    )
    assert _phrase(s, "three penalties").endswith("who missed … and a late conversion")


def test_a_tail_finishes_a_list_of_nouns() -> None:
    s = "The £2bn fund is part of a wider programme on housing, transport, schools and health."
    assert _phrase(s, "£2bn") == (
        "The … fund is part of a wider programme on housing, transport, schools and health"
    )


def test_a_tail_finishes_a_list_after_its_first_item() -> None:
    s = (
        "The band earned $40m from tickets, merchandise and streaming royalties on its "
        "farewell tour."
    )
    assert (
        _phrase(s, "$40m") == "The band earned … from tickets, merchandise and streaming royalties"
    )


def test_a_pence_conversion_keeps_the_rate_after_it() -> None:
    s = "The new service charges gamers $2 (90p) for an hour's play on its remote servers."
    assert _phrase(s, "$2") == "The new service charges gamers … for an hour's play"


def test_an_appositive_takes_the_noun_it_renames() -> None:
    s = "Mrs Ilves is one of Estonia's 9,000 beekeepers - a group that is shrinking by 4% a year."
    assert _phrase(s, "4%") == "Estonia's 9,000 beekeepers, a group that is shrinking by … a year"


def test_worth_takes_the_noun_it_describes() -> None:
    s = "The new travel passes, worth £300 or £600 for students, will be issued in March."
    assert _phrase(s, "£600") == "The new travel passes, worth £300 or … for students"


def test_a_second_part_takes_the_verb_it_shares_with_the_first() -> None:
    s = "Men today make up over half of nursing students but only 10% of hospital consultants."
    assert _phrase(s, "only 10%") == "Men today make up … of hospital consultants"


def test_a_tail_cut_before_an_auxiliary_takes_the_verb_group() -> None:
    s = (
        "A YouGov poll in the Evening Echo suggested 60% of parents thought homework was often "
        "too hard for pupils who had missed lessons."
    )
    assert _phrase(s, "60%").endswith("… of parents thought homework was often too hard")


def test_a_start_inside_the_subject_takes_the_whole_subject() -> None:
    s = (
        "Four guitars played by the Kinks on their first tour have sold for $90,000 at a "
        "London auction."
    )
    assert _phrase(s, "$90,000") == (
        "Four guitars played by the Kinks on their first tour have sold for …"
    )
