"""Session 23 (helper quotes23): misreadings found on bbc_train14's dev part: an apposition
left without its closing comma ("Jo Lee, a spokeswoman for X said:"), a seller's pitch taken
for a speaker, a quote that names the pronoun's antecedent by first name, and quotes after a
reporter's sentence that plainly names their speaker (", he said.", "Ms X, who ..., admitted
...", a quoted phrase ending the sentence with its stop outside the marks). The texts are our
own."""

from __future__ import annotations

from summarizer.quotes.find import find_quotes


def _credits(text: str) -> dict[str, str | None]:
    return {q.text: q.speaker for q in find_quotes(text)}


def test_an_apposition_left_open_before_the_verb_keeps_the_name() -> None:
    text = (
        "The club shut its shop without notice on Friday. Nadia Kerr, a spokeswoman for the "
        'supporters trust said: "We were given no warning at all." Fans gathered outside.'
    )
    assert _credits(text)["We were given no warning at all."] == "Nadia Kerr"


def test_an_apposition_after_a_clause_that_is_not_the_name_alone_is_not_read_so() -> None:
    text = (
        "The talks ended late. After a long meeting with Jo Lee, a spokesman for the board "
        'said: "Nothing has been agreed yet and we will meet again."'
    )
    assert _credits(text)["Nothing has been agreed yet and we will meet again."] != "Jo Lee"


def test_a_sales_pitch_is_no_speaker() -> None:
    text = (
        "Mr Dunmore has put his old camper van up for sale on an auction site. His sales "
        'pitch adds: "A loyal friend that never once let me down on the long roads." '
        "Bidding closes on Sunday."
    )
    found = _credits(text)
    assert found["A loyal friend that never once let me down on the long roads."] is None


def test_a_quote_that_names_the_antecedent_by_first_name_is_not_theirs() -> None:
    text = (
        "Coach Dan Reilly has told off captain Piet Janssen for his remarks before the derby."
        "\n\nJanssen spoke of his dislike of the rival club before the game, which the rivals "
        'won. "I\'ve had a long talk with Piet. It has been said to the whole squad," he told '
        "the club's website."
    )
    for words, who in _credits(text).items():
        if "long talk with Piet" in words:
            assert who != "Piet Janssen"


def test_a_sentence_ending_he_said_speaks_for_the_quote_after_it() -> None:
    text = (
        'Record labels have signed a new code on lyrics. "We want the songs to change," said '
        "promoter Carl Osei, who speaks for the labels.\n\nThe labels would stop any singer "
        'from releasing such a song, he said. "We will tell them this is not how a decent '
        'society behaves." The code starts in May.'
    )
    found = _credits(text)
    assert found["We will tell them this is not how a decent society behaves."] == "Carl Osei"


def test_he_said_with_nobody_to_be_he_stays_unattributed() -> None:
    text = (
        'The labels would stop any singer from releasing such a song, he said. "We will tell '
        'them this is not how a decent society behaves."'
    )
    found = _credits(text)
    assert found.get("We will tell them this is not how a decent society behaves.") is None


def test_a_who_clause_between_the_name_and_the_verb_keeps_the_speaker() -> None:
    text = (
        "Singing teacher Jan Orwell fears for the next generation of choir singers.\n\nMs "
        'Orwell, who teaches singing in Leeds, admitted it would be "very hard" to change '
        'habits and said many young singers no longer wanted to practise. "You have to be '
        'patient and you have to be careful." Only a few pupils stay on.'
    )
    assert _credits(text)["You have to be patient and you have to be careful."] == "Jan Orwell"


def test_a_phrase_ending_the_sentence_outside_its_stop_names_the_next_quotes_speaker() -> None:
    text = (
        "Mayor Ian Dale has opened the new bridge over the river.\n\nThe work took three years. "
        'Mr Dale said the bridge was of "great value to the town, its traders, and the whole '
        'valley".\n\n"We have waited for this for twenty years and now it is here."'
    )
    found = _credits(text)
    assert found["We have waited for this for twenty years and now it is here."] == "Ian Dale"


def test_a_cue_after_the_quote_with_a_misspelt_verb_is_not_the_sentence_befores() -> None:
    text = (
        "A gas blast hit the market at noon, doctor Ana Ruiz said. \n"
        "Ms Ruiz, who runs the town hospital's emergency ward, said two children were among "
        "the injured. \n"
        '"I was buying bread when I heard a huge bang and saw people running" shopkeeper Omar '
        "Haddad sid. \nThe police have closed the road."
    )
    found = _credits(text)
    words = "I was buying bread when I heard a huge bang and saw people running"
    assert found.get(words) != "Ana Ruiz"
