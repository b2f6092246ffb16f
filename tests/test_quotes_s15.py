"""Session 15: fewer wrong speakers. Each case puts words in the wrong mouth on 10f6444
(or keeps a job or a body in the name); the texts are our own."""

from __future__ import annotations

from summarizer.quotes.cues import cue_patterns
from summarizer.quotes.described import description_subject
from summarizer.quotes.find import find_quotes
from summarizer.quotes.nearby import sentence_before


def _speakers(text: str, partial: bool = False) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in find_quotes(text, partial=partial)]


def test_trade_before_a_full_name_is_no_part_of_it() -> None:
    text = (
        "The new mural on the old mill was shown to the public on Monday. Painter Bo Rand "
        'said: "It took me nine weeks to get the whole wall done."'
    )
    assert _speakers(text) == [("It took me nine weeks to get the whole wall done.", "Bo Rand")]


def test_sculptor_after_the_quote_is_dropped_too() -> None:
    text = (
        'Crowds came to see the bronze horse. "I wanted it to look tired, not proud," '
        "Sculptor Ines Varga said."
    )
    assert _speakers(text)[0][1] == "Ines Varga"


def test_description_with_a_relative_clause_stops_before_who() -> None:
    found = description_subject(
        "A member of the board, who asked us to leave her name out, said the vote was rushed."
    )
    assert found is not None and found.words == "A member of the board" and found.spoke
    # the clause's verb is no speech of the description's: "was blunt" is not speech
    assert (
        description_subject("A member of the board, who asked us to leave her name out, was blunt.")
        is None
    )


def test_partial_quote_after_asked_goes_to_the_asker() -> None:
    text = (
        "Mr Tovey has already admitted the claim. On Monday, council lawyer Ron Ellery pressed "
        "him hard. During the hearing, he asked Mr Tovey if he ever heard the mayor "
        '"promise to pay for every broken window" in public.'
    )
    assert _speakers(text, partial=True) == [
        ("promise to pay for every broken window", "Ron Ellery")
    ]


def test_redescribing_definite_description_is_unattributed() -> None:
    text = (
        "Former champion Lars Ekdahl has criticised the young riders of his country.\n\n"
        '"Right now they only care about winning at home," the six-time world title holder '
        "told a radio station."
    )
    assert _speakers(text) == [("Right now they only care about winning at home.", None)]


def test_demonym_redescription_is_unattributed() -> None:
    text = (
        'Director Mara Quill says her next film will take years. "It will be a lot of talks '
        'between lawyers before we start," said the Icelander.'
    )
    assert _speakers(text)[0][1] is None


def test_spokesman_and_a_new_role_keep_their_description() -> None:
    text = (
        'The ferry was late again on Friday. "We are sorry for the delay," the Isle Ferries '
        'spokesman said. "Nobody told us anything," the lawyer for the passengers said.'
    )
    assert [who for _, who in _speakers(text)] == [
        "the Isle Ferries spokesman",
        "the lawyer for the passengers",
    ]


def test_role_after_a_body_with_of_names_the_holder() -> None:
    text = (
        'Talks have stalled. "We need a plan that works, and that takes time," Office of '
        "Rail Safety chief Pia Ranta told a news agency."
    )
    assert _speakers(text)[0][1] == "Pia Ranta"


def test_quote_then_a_new_sentence_with_a_relative_aside_is_not_its_cue() -> None:
    text = (
        "Tom Kerr's film Quiet Rooms leads the country's hopes at the awards.\n\n"
        "It is a first nomination for Ada Vell, 31.\n\n"
        '"I hope it shows Tom to be the fine director he is." Kerr, who had been nominated '
        'twice before, told Radio Nord the news was "thrilling" for the crew.'
    )
    assert _speakers(text)[0] == ("I hope it shows Tom to be the fine director he is.", None)


def test_quote_then_a_relative_aside_and_a_short_cue_still_credits() -> None:
    text = (
        'Nobody expected the win. "We won it for the town." Kerr, who scored twice, said '
        "afterwards."
    )
    assert _speakers(text)[0][1] == "Kerr"


def test_joint_cue_with_a_second_job_credits_the_first_named() -> None:
    text = (
        'The bank owned land worked by slaves, its records show. "We all know this happened," '
        "Acme Bank chief executive Wil Harlan and finance director Jo Dimmock said in a letter."
    )
    assert _speakers(text)[0][1] == "Wil Harlan"


def test_plural_possessive_owner_is_dropped() -> None:
    text = 'Odds were cut on Monday. "It is going to be close," said Oddsmakers\' Rhea Lusk.'
    assert _speakers(text)[0][1] == "Rhea Lusk"


def test_site_in_the_sentence_before_gives_no_speaker() -> None:
    text = (
        "Her Instagram page says she got engaged in May. A neighbour, Rui Costa, spoke to a "
        'paper about her.\n\nInstagram says she got engaged in May. "They have a son together '
        'and he wants her gone."'
    )
    assert _speakers(text) == [("They have a son together and he wants her gone.", None)]


def test_acronym_body_is_no_speaker_for_the_next_quote() -> None:
    cues = cue_patterns(frozenset({"en"}))
    segment = "Talks went on all week. NORVEX says the owners will not see a penny of its cash."
    assert sentence_before(segment, cues) == (None, None)
    named = sentence_before("Talks went on all week. Moss says the owners get nothing.", cues)
    assert named[0] is not None and named[0].text == "Moss"


def test_outlet_after_reported_is_not_the_speaker() -> None:
    text = (
        "Police say the girl sent a string of messages to her boyfriend that week. "
        '"She keeps lying about me to everyone," reported Valley Courier Online.'
    )
    assert _speakers(text) == [("She keeps lying about me to everyone.", None)]


def test_team_with_a_plural_verb_is_not_he() -> None:
    text = " ".join(
        [
            "They have a fine record at the Stade de Norway, with wins on both earlier visits.",
            "Despite their shaky form in the first two rounds holders Norway are also unbeaten.",
            "Embattled coach Per Holm has made four changes, with Ola Berg, the new cap Kai "
            "Lunde, Are Moen and Jon Vik coming into the side.",
            'Norway have been criticised for a lack of "Nordic flair" as they keep grinding out '
            "narrow wins this season but captain Erik Dahle sees hope ahead.",
            '"I think we are getting sharper," he said.',
        ]
    )
    assert _speakers(text) == [("I think we are getting sharper.", "Erik Dahle")]
