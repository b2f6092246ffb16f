"""Session 17 (issue #17, fourth quote pass): a cue whose subject describes a person ("the
chancellor", "der Minister", "le ministre") is never credited to another person the text named
just before it; it names the person the text gave that role, when there is one. Texts written
for these tests."""

from summarizer.quotes.find import find_quotes

_EN = '"We will not raise taxes on working families this year."'
_DE = "„Wir werden die Steuern für Familien nicht erhöhen.“"
_FR = "« Nous n'augmenterons pas les impôts des familles. »"
_NO_ROLE = "Tax rules changed in the spring."
_ROLE_FIRST = "Chancellor Gordon Brown flew to Paris on Sunday."
_ROLE_AFTER = "Gordon Brown, the chancellor, flew to Paris on Sunday."


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in find_quotes(text)]


def test_description_after_another_subject_in_the_same_sentence():
    cue = "Mr Blair denied the claim, and later the chancellor told reporters: "
    assert "Blair" not in _speakers(f"{_NO_ROLE} {cue}{_EN}")
    assert "Blair" not in _speakers(f"{_ROLE_FIRST} {cue}{_EN}")
    assert "Blair" not in _speakers(f"{_ROLE_AFTER} {cue}{_EN}")


def test_other_descriptions_after_another_subject_in_the_same_sentence():
    for who in ("a spokesman", "his wife", "the former minister", "the 55-year-old"):
        text = f"{_NO_ROLE} Mr Blair denied the claim, and later {who} told reporters: {_EN}"
        assert "Blair" not in _speakers(text), who


def test_german_description_after_the_verb_is_not_the_earlier_name():
    lead = "Die Steuern steigen im Frühjahr."
    named = "Finanzminister Hans Weber flog am Sonntag nach Paris."
    for first in (lead, named):
        text = f"{first} Herr Schulz wies den Vorwurf zurück, und später sagte der Minister: {_DE}"
        assert "Schulz" not in _speakers(text)


def test_french_description_after_the_verb_is_not_the_earlier_name():
    lead = "Les impôts changent au printemps."
    named = "Le ministre Jean Martin est allé à Berlin dimanche."
    for first in (lead, named):
        text = f"{first} M. Dupont a démenti, et plus tard a déclaré le ministre : {_FR}"
        assert "Dupont" not in _speakers(text)
        text = f"{first} M. Dupont a démenti lundi, puis le ministre a déclaré : {_FR}"
        assert "Dupont" not in _speakers(text)
