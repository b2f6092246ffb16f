"""PolNeAR's strict speaker judge (`tests.polnear_speakers`, used by bench/quotes.py): what it
grants and what it still refuses. Sources and speakers written for these tests."""

from __future__ import annotations

from tests.polnear_speakers import strict_speaker, surname


def test_a_name_given_surname_first_is_the_person() -> None:
    assert strict_speaker("Wu Jianmin", "Wu") == (True, True)
    assert strict_speaker("Moon Jae-in", "Moon") == (True, True)


def test_a_source_that_is_only_an_owner_names_the_owner() -> None:
    assert surname("Hale's") == "hale"
    assert strict_speaker("Tom Hale", "Hale’s") == (True, True)


def test_the_usual_surname_rule_holds() -> None:
    assert strict_speaker("Ann Lee", "Sen. Ann Lee") == (True, True)
    assert strict_speaker("President Ann Lee", "Ann Lee") == (True, False)


def test_a_shared_word_is_still_not_enough() -> None:
    assert strict_speaker("Dunmore University", "Ruth Okafor, a Dunmore University economist") == (
        False,
        False,
    )
    assert strict_speaker("Ann Lee", "Wu") == (False, False)
    assert strict_speaker("the Wu campaign", "Wu") == (False, False)


def test_an_owner_inside_a_longer_source_is_not_the_speaker() -> None:
    assert surname("Hale's chief of staff") is None
