"""Reading25: wrong speakers and unclean names found reading whole replies to fresh BBC News
(round 14) and two shapes the lead saw; each test on text written for it."""

from __future__ import annotations

from summarizer.quotes.find import find_quotes
from summarizer.quotes.name_phrase import clean_name


def _speaker(text: str, words: str) -> str | None:
    found = [q for q in find_quotes(text) if words in q.text]
    assert len(found) == 1, [q.text for q in find_quotes(text)]
    return found[0].speaker


def test_a_nationality_noun_before_a_full_name_is_no_part_of_it() -> None:
    text = (
        "Draw made for the indoor open\n\n"
        "Harlan will face Swede Niklas Bergqvist in the second round on Wednesday. "
        '"The courts here suit me," said Bergqvist.\n'
    )
    assert _speaker(text, "courts here suit") == "Niklas Bergqvist"


def test_nationality_nouns_no_ending_tells_are_cut() -> None:
    assert clean_name(["Argentine", "Mateo", "Ruiz"]) == ["Mateo", "Ruiz"]
    assert clean_name(["Kenyan", "Ruth", "Wanjiru"]) == ["Ruth", "Wanjiru"]
    assert clean_name(["Dane", "Sofie", "Holm"]) == ["Dane", "Sofie", "Holm"]  # a given name too


def test_guard_a_nationality_word_that_is_a_given_name_stays() -> None:
    # guard (passes on the snapshot too): "Finn" begins a name here
    assert clean_name(["Finn", "Russell"]) == ["Finn", "Russell"]


_SQUAD = (
    "Squad named for the opener\n\n"
    'Coach Martin Delorme has named six new caps. "We need fresh legs," Delorme said. '
)


def test_a_description_after_a_connective_led_newcomer_is_his() -> None:
    text = (
        _SQUAD + "Meanwhile, Alain Berthoux is thrilled to have earned his first call-up. "
        '"It is amazing," the youngster said. "I never saw it coming."\n'
    )
    assert _speaker(text, "It is amazing") == "Alain Berthoux"


def test_a_position_before_a_full_name_makes_a_person() -> None:
    text = (
        _SQUAD + "Meanwhile, Lyon wing Alain Berthoux is thrilled to have earned his first "
        'call-up. "It is amazing," the 19-year-old said. "I never saw it coming."\n'
    )
    assert _speaker(text, "It is amazing") == "Alain Berthoux"


def test_a_description_after_an_unknown_newcomer_is_no_earlier_speakers() -> None:
    # the text gives no sign the newcomer is a person the index knows: unattributed, never
    # the coach quoted before
    text = (
        _SQUAD + "Meanwhile, uncapped Alain Berthoux is thrilled to have earned his first "
        'call-up. "It is amazing," the youngster said. "I never saw it coming."\n'
    )
    assert _speaker(text, "It is amazing") in (None, "Alain Berthoux")


def test_a_pronoun_after_an_unknown_newcomer_is_no_earlier_speakers() -> None:
    text = (
        _SQUAD + "Lyon flyer Alain Berthoux is thrilled to have earned his first call-up. "
        '"It is amazing," he said. "I never saw it coming."\n'
    )
    assert _speaker(text, "It is amazing") in (None, "Alain Berthoux")


def test_guard_the_coach_goes_on_speaking_after_his_own_sentence() -> None:
    # guard (passes on the snapshot too)
    text = (
        _SQUAD + "Delorme has picked three props. "
        '"They are ready," the coach said. "I trust them."\n'
    )
    assert _speaker(text, "They are ready") == "Martin Delorme"


def test_a_dash_aside_after_the_name_is_no_speaker() -> None:
    text = (
        "Trade deal row deepens\n\n"
        "The ministry said the contract had been signed in March. "
        '"We used to see card sharps pull stunts like this," Pavel Orlenko - then trade envoy '
        'to Prime Minister Irina Vasko - told reporters. "Now officials are doing it."\n'
    )
    assert _speaker(text, "card sharps") == "Pavel Orlenko"


def test_an_en_dash_aside_too() -> None:
    text = (
        "Trade deal row deepens\n\n"
        "The ministry said the contract had been signed in March. "
        '"We used to see card sharps pull stunts like this," Pavel Orlenko \u2013 a former '
        "aide to Irina Vasko \u2013 told reporters.\n"
    )
    assert _speaker(text, "card sharps") == "Pavel Orlenko"


def test_a_hyphenated_given_name_after_a_club_and_position() -> None:
    text = (
        _SQUAD + "However, Bayonne centre Jean-Marc Quelch is delighted to have earned his "
        'first call-up. "It is incredible," the youngster said. "I did not expect it."\n'
    )
    assert _speaker(text, "It is incredible") == "Jean-Marc Quelch"
