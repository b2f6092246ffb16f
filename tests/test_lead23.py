"""Session 23: a local office held before a name is a title, not part of the name, in Dutch
("Wethouder Anna de Vries") and German ("Bürgermeisterin Eva von Berg"), so a later mention by
surname ("De Vries", "Von Berg") names the person cleanly. Texts written for these tests."""

import pytest

from summarizer.quotes.find import find_quotes


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "De brug over de rivier is sinds maart dicht. Wethouder Anna de Vries bezocht de "
            "bouwplaats. Daarna zei De Vries: „De brug gaat in de herfst weer open voor alle "
            "auto's.”",
            "Anna de Vries",
        ),
        (
            "Die Brücke am Fluss ist seit März gesperrt. Bürgermeisterin Eva von Berg besuchte "
            "die Baustelle. Danach sagte Von Berg: „Die Brücke wird im Herbst für alle Autos "
            "wieder geöffnet.“",
            "Eva von Berg",
        ),
    ],
)
def test_office_before_a_name_is_no_part_of_it(text: str, speaker: str) -> None:
    assert [q.speaker for q in find_quotes(text)] == [speaker]
