"""Context phrases after the second BBC reading (#18, session 12): a phrase starts and ends where
a noun phrase or clause does, not inside a pair, a coordination, a quoted name, a partitive or a
relative clause; a second amount shares the first one's head. Fictional sentences."""

from __future__ import annotations

from summarizer.figures.context import context_phrase
from summarizer.figures.judge import key_figures
from summarizer.models import Article


def _phrase(sentence: str, figure: str) -> str:
    i = sentence.index(figure)
    return context_phrase(sentence, 0, len(sentence), i, i + len(figure))


def test_start_is_not_inside_a_between_pair() -> None:
    s = "An early estimate of 0.4% growth between April and June was cut to a 0.2% fall."
    # Session 13: the subject is put back in front of the verb (phrase_subject.py).
    assert _phrase(s, "0.2%") == (
        "An early estimate of 0.4% growth between April and June was cut to a … fall"
    )


def test_between_pair_before_the_figure_stays_whole() -> None:
    s = (
        "In a note to the regulator, Norvale said its bonds were sold between 3 March and "
        "21 April for about $90m."
    )
    assert _phrase(s, "about $90m") == "its bonds were sold between 3 March and 21 April for …"


def test_second_of_a_both_pair_keeps_the_pair() -> None:
    s = "Jones has been picked for both the 400m and 800m at next month's indoor championships."
    # the pair kept; the adjunct "for both …" alone falls back to its whole clause (figctx24d)
    assert _phrase(s, "800m") == (
        "Jones has been picked for both the 400m and … at next month's indoor championships"
    )


def test_verb_coordination_keeps_both_verbs() -> None:
    s = "After the pilot she went on to write and co-direct nine episodes of the late-night drama."
    # both verbs kept; the bare infinitive falls back to its whole clause (figctx24d)
    assert _phrase(s, "nine episodes") == (
        "After the pilot she went on to write and co-direct … of the late-night drama"
    )


def test_start_is_not_inside_a_quoted_noun_phrase() -> None:
    s = (
        'Councillors had warned that a wave of "rent refugees" would try to escape charges of '
        "up to £900 a month being brought in across the city."
    )
    phrase = _phrase(s, "up to £900 a month")
    assert not phrase.startswith("refugees")
    assert phrase.startswith("a wave of rent refugees would try to escape charges of …")


def test_partitive_keeps_its_part() -> None:
    s = (
        "The group sold 15% of its bonds or 6.3 million notes in a bid to raise up to $280m "
        "(£210m)."
    )
    assert _phrase(s, "up to $280m") == (
        "The group sold 15% of its bonds or 6.3 million notes in a bid to raise …"
    )


def test_relative_clause_with_its_own_subject_keeps_its_noun() -> None:
    s = (
        "Four regional offices would also be closed under plans which the council says would "
        "save more than £2.1m."
    )
    assert _phrase(s, "more than £2.1m") == "plans which the council says would save …"


def test_when_clause_does_not_lend_its_subject_to_the_main_verb() -> None:
    s = (
        "The coach who was Smith's deputy when Wales reached the 1994 final won six cup titles "
        "with Cardiff."
    )
    phrase = _phrase(s, "six cup titles")
    assert "Wales won" not in phrase
    # the bare verb falls back to the whole sentence, which fits (figctx24d)
    assert phrase == (
        "The coach who was Smith's deputy when Wales reached the 1994 final won … with Cardiff"
    )


def test_start_inside_a_phrase_on_the_subject_moves_to_the_verb() -> None:
    s = (
        "The arrival of streaming figures in the official national album chart is the largest "
        "change to the rankings for 30 years."
    )
    # Session 13: the subject's head noun phrase is put back in front of the verb.
    assert _phrase(s, "30 years") == (
        "The arrival of streaming figures is the largest change to the rankings for …"
    )


def test_start_after_a_lost_preposition_drops_its_phrase() -> None:
    s = (
        "Four or five crews race at a similar pace and on any given night the distance between "
        "one boat and the next is only about 2%."
    )
    assert _phrase(s, "about 2%") == "the distance between one boat and the next is only …"


def test_tail_does_not_end_on_a_participle_cut_from_its_phrase() -> None:
    s = (
        "It is not clear whether the other two men freed from the Dover holding centre "
        "in June - Tom Hale and Rob Moss - have had letters."
    )
    assert _phrase(s, "two men") == "the other … freed from the Dover holding centre in June"


def test_second_amount_of_a_pair_shares_the_first_ones_verb() -> None:
    s = "The company said it planned to pay $40m now and another $65m over five years."
    assert _phrase(s, "another $65m") == "The company said it planned to pay … over five years"


def test_second_amount_after_a_preposition_shares_the_first_ones_noun() -> None:
    s = (
        "There will be penalties including a fine of up to £500 for people who fail to report "
        "a change of address and of up to £1,500 for refusing to register."
    )
    assert _phrase(s, "up to £1,500") == "a fine of … for refusing to register"


def test_clause_opened_by_and_and_a_verb_borrows_the_subject_before() -> None:
    s = (
        "By noon on Friday, the euro was a little higher at $1.08 against the dollar, and "
        "buying 161.2 yen in Tokyo."
    )
    assert _phrase(s, "161.2 yen") == "the euro, buying … in Tokyo"


def test_semicolon_conversion_of_an_unknown_currency_is_no_key_figure() -> None:
    text = (
        "Shares in Jakarta fell sharply on Monday. The fall came as the government said it "
        "expected loan repayments of up to 45 trillion rupiah ($2.9bn; £2.3bn) to be delayed "
        "to help pay for flood repairs."
    )
    picked = key_figures(Article(text, "Jakarta shares fall", language="en"), "en")
    assert all(f.unit not in ("USD", "GBP") for f in picked)
