"""Session 13, third quote pass (issue #17): the causes of wrong speakers found on the fourth
CNN/DM set's dev part, each on a text written here."""

from __future__ import annotations

from summarizer.quotes.find import find_quotes


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in find_quotes(text)]


def test_caption_seam_run_is_no_new_person() -> None:
    # A photo caption lost its full stop and runs into "Maisie said": "Peter Pan Maisie" is
    # no person; the pronoun after it is Maisie Holt's.
    text = (
        "Cyclist Maisie Holt, 31, from Leeds, spent a month in costume for a hospital charity. "
        "She said: 'The crash changed everything for me and I wanted to give something back.' "
        "Her friend wore a different outfit each day, here she is dressed as Peter Pan "
        "Maisie said that people laughed at first and then gave generously. "
        "She said: 'We never expected so many strangers to stop and chat with us.' "
        "Maisie added: 'Every penny goes to the crew who flew me to hospital.'"
    )
    speakers = _speakers(text)
    assert speakers
    assert "Peter Pan Maisie" not in speakers
    assert all(s is None or "Maisie" in s for s in speakers)


def test_mrs_is_not_the_son_with_her_surname() -> None:
    # The son is the one full name given; his mother speaks as "Mrs Farley".
    text = (
        "Thomas Farley, 9, cannot play outside on sunny days because of a rare skin illness. "
        "His mother Joanne, 38, says the other children have been unkind. "
        "'He used to love the park, but now he asks to stay indoors,' Mrs Farley said. "
        "'We are hoping a new treatment will help him this summer,' Mrs Farley added."
    )
    speakers = _speakers(text)
    assert len(speakers) == 2
    assert "Thomas Farley" not in speakers


def test_court_office_and_letters_are_no_part_of_the_name() -> None:
    text = (
        "A former bank clerk was jailed for three years for taking money from customers. "
        "The judge, Mr Recorder Alan Pickering QC, told him: 'You took advantage of people "
        "who trusted you completely and you showed no remorse.'"
    )
    assert _speakers(text) == ["Alan Pickering"]


def test_letters_after_a_spoken_name_are_dropped() -> None:
    text = "'We will keep fighting for the hospital,' said Margaret Oyelaran MBE."
    assert _speakers(text) == ["Margaret Oyelaran"]


def test_mrs_is_not_the_husband_the_surname_resolves_to() -> None:
    # Only the husband's full name is given; "Mrs. Hartley" is his wife, never him.
    text = (
        "Former mayor Richard Hartley was not at the event. Mrs. Hartley told the crowd in "
        "Dayton that the county mattered. "
        '"We are going to win this county," Mrs. Hartley said.\n\n'
        '"Nobody works harder than the people here," Mrs. Hartley added.'
    )
    assert "Richard Hartley" not in _speakers(text)
