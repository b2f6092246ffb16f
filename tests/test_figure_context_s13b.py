"""A context phrase's tail ends on a phrase's edge (#18, session 13, second pass,
`summarizer.figures.phrase_edges`): a name, a pair of numbers, a "from … to …" pair, a head's
number and a participle's or reflexive's phrase are finished; an auxiliary or an "up" whose
"from" was cut goes. A bare "from …" base takes the change it is the base of, and a subject
before a relative aside is found again. Fictional sentences."""

from __future__ import annotations

from summarizer.figures.context import context_phrase


def _phrase(sentence: str, figure: str) -> str:
    i = sentence.index(figure)
    return context_phrase(sentence, 0, len(sentence), i, i + len(figure))


def test_a_tail_is_not_cut_inside_a_name() -> None:
    s = (
        "The plans are three of a list of 12 proposals that are being studied by the Federal "
        "Bureau for Roads and Bridges, the FBRB."
    )
    assert _phrase(s, "three of a list of 12 proposals") == (
        "The plans are … that are being studied by the Federal Bureau for Roads and Bridges"
    )


def test_a_chart_position_keeps_its_number() -> None:
    s = (
        "The boy band's second album climbed 17 places to number four, while a folk trio's live "
        "set is a new entry at number 12."
    )
    assert _phrase(s, "17 places") == "The boy band's second album climbed … to number four"


def test_an_up_whose_from_was_cut_goes() -> None:
    s = (
        "Retail sales grew by 2.8% in the three months to March up from February's 2.1%, the "
        "statistics office said."
    )
    assert _phrase(s, "2.8%") == "Retail sales grew by … in the three months to March"


def test_a_from_to_pair_is_finished() -> None:
    s = (
        "The regulator said it hoped to raise the country's low broadband take-up rate from "
        "about 12% now to about 40% within five years."
    )
    assert _phrase(s, "about 12%") == (
        "the country's low broadband take-up rate from … now to about 40%"
    )


def test_a_tail_does_not_end_on_an_auxiliary() -> None:
    s = (
        "Forty percent of garden furniture complaints are because the buyer could not follow "
        "the instructions."
    )
    assert _phrase(s, "Forty percent") == "… of garden furniture complaints"


def test_a_pair_of_plain_numbers_is_finished() -> None:
    s = "More than 80 bands will perform on five stages over the weekend of 14 and 15 August."
    assert _phrase(s, "More than 80 bands") == (
        "… will perform on five stages over the weekend of 14 and 15 August"
    )
    s = "The 21-year-old Welshman carded rounds of 81 and 76 to finish 15 over par on his debut."
    assert _phrase(s, "21-year-old") == "The … Welshman carded rounds of 81 and 76"


def test_a_reflexive_keeps_its_phrase() -> None:
    s = (
        "The Dutch brewer is believed to be offering about €900m to extricate itself from the "
        "venture."
    )
    assert _phrase(s, "about €900m") == (
        "The Dutch brewer is believed to be offering … to extricate itself from the venture"
    )


def test_a_bare_base_takes_the_change_it_is_the_base_of() -> None:
    s = (
        "The ban hit the shipping group hard, causing the firm's annual profits to drop to "
        "£2.2bn (€2.6bn), from £3.1bn a year before."
    )
    assert _phrase(s, "£3.1bn") == (
        "the firm's annual profits to drop to £2.2bn, from … a year before"
    )


def test_a_subject_before_a_relative_aside_is_taken() -> None:
    s = (
        "The series, which starred two unknown actors from Leeds during its six-year run, was "
        "sold to 85 countries at its peak."
    )
    assert _phrase(s, "85 countries") == "The series was sold to … at its peak"
