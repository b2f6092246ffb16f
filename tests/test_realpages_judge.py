"""The real-page scorer's speaker judge (`tests/realpages_speakers.py`, which bench/realpages.py
scores with): it must not mark a right speaker wrong because of how a name is hyphenated, a
bracket after a name or inside a description, or an organisation's acronym; and must still mark
wrong speakers wrong. Texts written for these tests."""

from __future__ import annotations

from tests.realpages_speakers import speaker_verdict


def verdict(text: str, mention: str, kind: str, speaker: str | None) -> str:
    start = text.index(mention)
    label = {"speaker": [start, start + len(mention)], "speaker_kind": kind}
    return speaker_verdict(text, label, speaker)[0]


TEXT_HAQ = (
    "Former captain Inzamam-ul Haq said the team had lost its way. Inzamam, who now coaches "
    "in Lahore, added that the young players needed time."
)


def test_the_word_before_a_hyphenated_particle_is_the_persons_short_name() -> None:
    assert verdict(TEXT_HAQ, "Inzamam-ul Haq", "person", "Inzamam") == "ok"


def test_hyphens_around_a_particle_do_not_change_the_name() -> None:
    assert verdict(TEXT_HAQ, "Inzamam-ul Haq", "person", "Inzamam-ul-Haq") == "ok"
    assert verdict(TEXT_HAQ, "Inzamam-ul Haq", "person", "Haq") == "ok"


def test_the_short_form_counts_only_when_the_text_uses_it_alone() -> None:
    text = "Misbah-ul Haq said the pitch would turn on the last day of the match."
    assert verdict(text, "Misbah-ul Haq", "person", "Misbah") == "right"


def test_another_player_is_still_wrong() -> None:
    assert verdict(TEXT_HAQ, "Inzamam-ul Haq", "person", "Younis Khan") == "wrong"


def test_a_nickname_the_label_puts_in_quote_marks_is_the_persons_clean_name() -> None:
    text = (
        "Striker Karim 'Bebo' Nassar joined on loan. \"I want to play every week,\" Bebo said. "
        "Coach Samir Adel was pleased."
    )
    assert verdict(text, "Karim 'Bebo' Nassar", "person", "Bebo") == "ok"
    assert verdict(text, "Karim 'Bebo' Nassar", "person", "Samir Adel") == "wrong"


def test_a_double_barrelled_surname_is_not_split() -> None:
    text = "Dan Hardy-Moss said the club had paid too much. Hardy-Moss left in May."
    assert verdict(text, "Dan Hardy-Moss", "person", "Hardy-Moss") == "ok"
    assert verdict(text, "Dan Hardy-Moss", "person", "Dan Hardy") == "wrong"


def test_a_bracketed_organisation_after_the_labelled_name_is_no_part_of_it() -> None:
    text = "Jo Lee (XYZ) said the fund would close. Lee spoke to reporters in Leeds."
    assert verdict(text, "Jo Lee (XYZ)", "person", "Jo Lee") == "ok"
    assert verdict(text, "Jo Lee (XYZ)", "person", "Lee") == "ok"


def test_a_bracket_glued_to_the_predicted_name_is_right_but_not_clean() -> None:
    text = "Jo Lee said the fund would close. Lee spoke to reporters in Leeds."
    assert verdict(text, "Jo Lee", "person", "Jo Lee (XYZ)") == "right"


def test_a_description_with_a_bracketed_acronym() -> None:
    text = (
        "A senior Rugby Football Board (RFB) official said the tour would go ahead as planned "
        "in the spring."
    )
    mention = "A senior Rugby Football Board (RFB) official"
    assert verdict(text, mention, "description", "a senior Rugby Football Board official") == "ok"
    assert verdict(text, mention, "description", "a senior official of the club") == "wrong"


def test_an_organisation_named_by_its_acronym() -> None:
    text = (
        "The National Schools Technology Agency said the laptops would arrive in March. NSTA "
        "staff will train the teachers."
    )
    mention = "The National Schools Technology Agency"
    assert verdict(text, mention, "organisation", "NSTA") == "ok"
    assert verdict(text, mention, "organisation", "NSA") == "org-miss"
    assert verdict(text, "NSTA", "organisation", "The National Schools Technology Agency") == "ok"
