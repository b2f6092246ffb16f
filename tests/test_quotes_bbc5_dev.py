"""Session 14 quote pass on the fifth BBC train set's dev part (issue #17): causes of wrong or
missing speakers, each on a text written here (invented names, bodies and events)."""

from __future__ import annotations

from summarizer.quotes.find import find_quotes
from summarizer.quotes.speakers import parse_speaker


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in find_quotes(text)]


def test_verb_first_firm_job_then_the_holder_s_name_after_a_comma() -> None:
    # '," said <firm> <job words>, <name>.': the holder of the job speaks, not the firm.
    text = (
        '"Our ovens run day and night now," said Brellco bakery manager, Jo Tamsin Vane. '
        '"Flour keeps getting dearer."'
    )
    assert _speakers(text) == ["Jo Tamsin Vane"]


def test_verb_first_firm_alone_still_credits_the_firm() -> None:
    # Guard: a firm with an appositive that names no job stays the speaker.
    text = '"Our ovens run day and night now," said Brellco, the bakery chain, on Monday.'
    assert _speakers(text) == ["Brellco"]


def test_spokesman_for_a_body_opening_a_sentence_is_a_description() -> None:
    # The article that opens the sentence is capitalised; the body is still the object of
    # "for", and the spokeswoman is the speaker, not the body.
    for lead in ("A", "a", "The"):
        sp = parse_speaker(f"{lead} spokeswoman for the Harrow Ferry Trust")
        assert sp is not None and sp.kind == "description", lead
    text = (
        "The ferry will stop crossing in winter. A spokeswoman for the Harrow Ferry Trust "
        'said: "Every other timetable we drew up lost money."'
    )
    assert _speakers(text) == ["A spokeswoman for the Harrow Ferry Trust"]


def test_firm_name_after_an_ampersand_is_no_person() -> None:
    # "at Brell Capital & Harbour Markets": the words after "&" end a firm's name; "he" goes
    # to the analyst the sentence is about.
    text = (
        "Jo Tamsin Vane, a strategist at Brell Capital & Harbour Markets, said the harvest "
        'looked better than feared.\n\n"Barley will be cheaper by the autumn," he added.'
    )
    assert _speakers(text) == ["Jo Tamsin Vane"]


def test_role_of_a_field_before_a_name_makes_a_person() -> None:
    # "minister of culture Kel Varro": the role, "of" and its field before the name make him
    # a person, so "he said" after his sentence is his, not the earlier speaker's.
    text = (
        "Bo Rand, who painted the mural, said it would stay on the station wall.\n\n"
        '"It belongs to the whole street," he said at the opening. "Nobody owns it." '
        "Crowds gathered by the tracks all afternoon.\n\n"
        "Then the rail company asked for it to be painted over. Brellia's minister of culture "
        'Kel Varro sided with the street the next morning. "A wall like this is worth '
        'keeping," he said.'
    )
    assert _speakers(text) == ["Bo Rand", "Kel Varro"]


def test_second_clause_with_a_rival_subject_leaves_he_unattributed() -> None:
    # "Brenn said ..., but Vell disputed ...": either man may be the "he" of the next quote;
    # naming one is a guess.
    text = (
        "Lars Brenn had complained about the ice at the rink.\n\n"
        "Brenn said the skating surface was too soft for a final but arena director Dario "
        'Vell disputed the claim. "The ice was tested twice this week," he said.'
    )
    assert _speakers(text) == [None]


def test_second_clause_of_the_same_subject_keeps_him() -> None:
    # Guard: "but" joins a second verb of the same subject; the name after it is an object.
    text = (
        "Lars Brenn had complained about the ice at the rink.\n\n"
        "Brenn said the skating surface was too soft but will skate on Dario Vell's rink "
        'anyway. "The ice was tested twice this week," he said.'
    )
    assert _speakers(text) == ["Lars Brenn"]


def test_description_with_a_relative_clause_then_a_pronoun_sentence() -> None:
    # 'A spokesman for X, which ..., said ... . He said ... . "...," he said': the spokesman
    # speaks; the sentence "He" opens is his own.
    text = (
        "Mayor Jo Haldane said the night buses would be cut in March.\n\n"
        "A spokesman for the Brell Drivers Guild, which has 900 members, said the plan "
        "ignored shift workers. He said the cut had been decided without a single meeting. "
        '"Our drivers heard about it on the radio," he said.'
    )
    assert _speakers(text) == ["A spokesman for the Brell Drivers Guild"]


def test_the_same_head_noun_made_definite_names_the_earlier_speaker_again() -> None:
    # "a spokeswoman" ... "The gallery spokeswoman said ...": the same person again, so
    # "she said" after it goes on with her.
    text = (
        "The gallery will close its east wing for repairs.\n\n"
        '"The roof has leaked for two winters," a spokeswoman said.\n\n'
        "The wing holds most of the sculpture collection. The gallery spokeswoman said the "
        'works would travel to a sister museum. "They will be back within a year," she said.'
    )
    assert _speakers(text) == ["a spokeswoman", "a spokeswoman"]


def test_a_different_definite_description_is_someone_else() -> None:
    # Guard: "The gallery's curator" is not the spokeswoman: the quote stays unattributed.
    text = (
        "The gallery will close its east wing for repairs.\n\n"
        '"The roof has leaked for two winters," a spokeswoman said.\n\n'
        "The wing holds most of the sculpture collection. The gallery's curator said the "
        'works would travel to a sister museum. "They will be back within a year," she said.'
    )
    assert _speakers(text) == ["a spokeswoman", None]


def test_a_nickname_in_quotation_marks_stays_inside_the_name() -> None:
    # 'Marco "Big M" Tellan, owner of X, said:': the whole name speaks, not "Marco".
    text = (
        "The boatyard changed hands on Monday.\n\n"
        'Marco "Big M" Tellan, owner of the Brell Marine Works, said: "We will build '
        'lifeboats again."'
    )
    assert _speakers(text) == ['Marco "Big M" Tellan']
    assert _speakers('Marco "Big M" Tellan said: "We are glad."') == ['Marco "Big M" Tellan']
