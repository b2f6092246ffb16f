"""Session 17 (issue #17, fifth quote pass): German and Dutch put the verb second, so a
sentence that opens with an adverb or a time phrase has its subject after the speech verb
("Später sagte der Minister:", "Daarna zei De Vries:"). The opening words never speak; the
subject after the verb does, or nobody. Texts written for these tests."""

import pytest

from summarizer.quotes.find import find_quotes

_DE = "„Die Brücke wird im Herbst für alle Autos wieder geöffnet.“"
_NL = "„De brug gaat in de herfst weer open voor alle auto's.”"
_DE_LEAD = "Die Brücke am Fluss ist seit März gesperrt."
_NL_LEAD = "De brug over de rivier is sinds maart dicht."


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in find_quotes(text)]


def _de(cue: str, lead: str = _DE_LEAD) -> list[str | None]:
    return _speakers(f"{lead} {cue} {_DE}")


def _nl(cue: str, lead: str = _NL_LEAD) -> list[str | None]:
    return _speakers(f"{lead} {cue} {_NL}")


@pytest.mark.parametrize(
    "cue",
    [
        "Dann erklärte Schulz:",
        "Danach sagte Schulz:",
        "Heute sagte Schulz:",
        "Außerdem betonte Schulz:",
        "Am Abend sagte Schulz:",
        "Am Montag sagte Schulz,",
        "Zuvor hatte Schulz gesagt:",
    ],
)
def test_german_name_after_the_verb_speaks(cue):
    assert _de(cue, f"{_DE_LEAD} Bürgermeister Jonas Schulz besuchte die Baustelle.") == [
        "Jonas Schulz"
    ]


@pytest.mark.parametrize(
    "cue",
    ["Daarna zei De Vries:", "Gisteren verklaarde De Vries:", "Vandaag zei De Vries:"],
)
def test_dutch_name_after_the_verb_speaks(cue):
    lead = f"{_NL_LEAD} Wethouder Anna de Vries bezocht de bouwplaats."
    assert _nl(cue, lead) in (["Anna de Vries"], ["De Vries"])  # capital "De": as before


@pytest.mark.parametrize(
    "cue",
    [
        "Später sagte der Minister:",
        "Gestern sagte die Ministerin,",
        "Am Abend sagte der Sprecher:",
    ],
)
def test_german_description_after_the_verb_is_no_opening_word(cue):
    first = cue.split()[0]
    for lead in (_DE_LEAD, f"{_DE_LEAD} Herr Weber fuhr am Morgen nach Bonn."):
        said = _de(cue, lead)
        assert first not in said and "Am Abend" not in said and "Weber" not in said


@pytest.mark.parametrize("cue", ["Later zei de minister:", "Daarna zei de burgemeester,"])
def test_dutch_description_after_the_verb_is_no_opening_word(cue):
    first = cue.split()[0]
    for lead in (_NL_LEAD, f"{_NL_LEAD} Meneer Bakker reed 's ochtends naar Utrecht."):
        said = _nl(cue, lead)
        assert first not in said and "Bakker" not in said


def test_german_police_after_a_time_phrase():
    said = _de("Am Abend teilte die Polizei mit:")
    assert "Am Abend" not in said and "Abend" not in said


@pytest.mark.parametrize(
    "word", ["Später", "Danach", "Gestern", "Heute", "Zuvor", "Außerdem", "Dennoch"]
)
def test_german_opening_adverb_is_never_a_speaker(word):
    assert word not in _de(f"{word} sagte der Leiter des Amtes:")
    assert word not in _de(f"{word} sagte er:")
    assert word not in _de(f"{word} hieß es:")


@pytest.mark.parametrize("word", ["Later", "Daarna", "Gisteren", "Vandaag", "Eerder"])
def test_dutch_opening_adverb_is_never_a_speaker(word):
    assert word not in _nl(f"{word} zei de directeur van de dienst:")
    assert word not in _nl(f"{word} zei hij:")
    assert word not in _nl(f"{word} klonk het:")


def test_german_pronoun_after_the_verb():
    lead = f"{_DE_LEAD} Bürgermeister Jonas Schulz besuchte die Baustelle."
    assert _de("Später sagte er:", lead) == ["Jonas Schulz"]


def test_name_before_the_verb_keeps_its_speaker():
    assert _de("Schulz sagte der Zeitung:", f"{_DE_LEAD} Jonas Schulz ist Bürgermeister.") == [
        "Jonas Schulz"
    ]
    said = _nl("De Vries zei tegen de krant:", f"{_NL_LEAD} Anna de Vries is wethouder.")
    assert said in (["Anna de Vries"], ["De Vries"])


def test_name_after_the_verb_before_its_object():
    lead = f"{_DE_LEAD} Jonas Schulz ist Bürgermeister."
    assert _de("Gestern sagte Schulz der Zeitung:", lead) == ["Jonas Schulz"]
    lead = f"{_NL_LEAD} Anna de Vries is wethouder."
    assert _nl("Later zei De Vries tegen de krant:", lead) in (["Anna de Vries"], ["De Vries"])


def test_name_after_the_verb_not_joined_to_what_follows():
    lead = f"{_DE_LEAD} Bürgermeister Jonas Schulz traf Anna Weber."
    assert _de("Dort sagte Schulz Reportern:", lead) == ["Jonas Schulz"]
    assert _de("Bei einem Treffen mit Weber sagte Schulz:", lead) == ["Jonas Schulz"]
    lead = f"{_NL_LEAD} Minister Piet Jansen sprak met Anna de Vries."
    assert _nl("Op maandag zei minister Piet Jansen:", lead) == ["Piet Jansen"]
