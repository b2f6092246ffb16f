"""A context phrase cut at its verb gets the verb's subject back (#18, session 13,
`summarizer.figures.phrase_subject`): the whole subject when it fits, else its head noun phrase,
else the name that ends it; a later verb of a coordination takes the first verb's subject.
Fictional sentences."""

from __future__ import annotations

from summarizer.figures.context import context_phrase


def _phrase(sentence: str, figure: str) -> str:
    i = sentence.index(figure)
    return context_phrase(sentence, 0, len(sentence), i, i + len(figure))


def test_a_start_after_the_copula_takes_the_subject_and_the_copula() -> None:
    s = (
        "Winger Tom Ashdown is unlikely to play any part in Ireland's final three games of the "
        "Home Nations."
    )
    assert _phrase(s, "three games") == (
        "Winger Tom Ashdown is unlikely to play any part in Ireland's final … of the Home Nations"
    )


def test_a_long_subject_with_a_between_pair_is_taken_whole() -> None:
    s = "An initial forecast of 2% growth between January and March was lowered to a 0.5% rise."
    assert _phrase(s, "0.5%") == (
        "An initial forecast of 2% growth between January and March was lowered to a … rise"
    )


def test_a_subject_too_long_gives_its_head_noun_phrase() -> None:
    s = (
        "The addition of streaming figures in the National Album Chart is the biggest change "
        "to the rankings for 30 years."
    )
    assert _phrase(s, "30 years") == (
        "The addition of streaming figures is the biggest change to the rankings for …"
    )


def test_a_subject_too_long_gives_the_name_that_ends_it() -> None:
    s = (
        "The region's largest bus operator Kemp & Rowe said on Monday it would spend £40m to "
        "replace its fleet."
    )
    assert _phrase(s, "£40m") == "Kemp & Rowe said on Monday it would spend … to replace its fleet"


def test_a_subject_after_that_is_the_clause_own_not_the_outer_one() -> None:
    s = (
        "Landlords had warned that a stream of 'tax exiles' would try to dodge levies of up to "
        "£5,000 a year being brought in across Wales."
    )
    phrase = _phrase(s, "up to £5,000 a year")
    assert phrase.startswith("a stream of tax exiles would try to dodge levies of …")


def test_a_later_verb_after_but_then_takes_the_first_verbs_subject() -> None:
    s = (
        "The 31-year-old stunned Ana Cole in the 2019 Paris Open final to claim her first title "
        "but then lost in three Wimbledon finals."
    )
    assert _phrase(s, "three Wimbledon finals") == "The 31-year-old then lost in …"


def test_a_later_finite_verb_after_but_takes_the_first_verbs_subject() -> None:
    s = (
        "The 22-year-old has never gone past the third round in six attempts at Flushing Meadows "
        "but has at least drawn the easier half of the draw to Nadal."
    )
    assert (
        _phrase(s, "half") == "The 22-year-old has at least drawn the easier … of the draw to Nadal"
    )
    # A participle after "and" shares the first verb's auxiliary: "Lena Ross fined …" would
    # read as if she fined someone, so the phrase keeps its start there.
    s = (
        "Lena Ross was sentenced in March 2021 to two days in prison and fined $180 for damaging "
        "a neighbour's fence in June 2020."
    )
    assert not _phrase(s, "$180").startswith("Lena Ross fined")
