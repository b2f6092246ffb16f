"""Session 17 (issue #17, third quote pass): quotes found but credited to nobody, where a
careful reader names the speaker. Texts written for these tests."""

from summarizer.quotes.find import find_quotes


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in find_quotes(text)]


def test_appositive_with_a_compound_role_or_a_step_relative_makes_a_person():
    text = (
        "The row over the album went on for weeks. Nadia Ferro, editor-in-chief of the music "
        'weekly Loud, said the quarrel would sell records. "It helps both of them," she said.'
    )
    assert _speakers(text) == ["Nadia Ferro"]
    text = (
        "The old house will be moved across the city. Mia Dunn, the drummer's stepsister, "
        'said the family still hoped for a street in his name. "He always wanted that," '
        "she said."
    )
    assert _speakers(text) == ["Mia Dunn"]


def test_name_set_off_after_a_role_phrase_that_opens_the_sentence():
    text = (
        "The agency wants better tools for its inspectors. Data specialist at the agency, Tom "
        'Reyes, would like to borrow ideas from video games. "We could walk through the plant '
        'on a laptop," he said.'
    )
    assert _speakers(text) == ["Tom Reyes"]


def test_pronoun_after_sentences_about_the_same_person_is_not_too_far():
    text = (
        "Grandmother Gail Mills loves a party. Gail lost her husband ten years ago after "
        "nursing him. Now she's keen to enjoy herself and make the most of every week. She "
        'said: "I looked after people all my life."'
    )
    assert _speakers(text) == ["Gail Mills"]
    # the limit: a sentence about something else in between keeps the name too far back
    text = (
        "Grandmother Gail Mills loves a party. Gail lost her husband ten years ago after "
        'nursing him. The village hall was booked for the whole summer. She said: "I looked '
        'after people all my life."'
    )
    assert _speakers(text) == [None]


def test_time_phrase_before_the_subject_of_a_cue():
    text = (
        'The campaign moved north this week. And on Friday Mr Okafor said: "We will build '
        'the homes we promised."'
    )
    assert _speakers(text) == ["Okafor"]
    # the limit: a clause with its own described subject does not fall back to the name
    # that opens the sentence
    text = (
        "Treasurer Ben Hale stayed quiet. On Sunday Ann Cole denied the report, and before he "
        'flew home on Monday the treasurer told reporters: "Of course I trust her and I will '
        'keep working with her on the budget."'
    )
    assert _speakers(text)[0] != "Ann Cole"
