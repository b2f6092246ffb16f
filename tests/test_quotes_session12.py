"""Session 12 of issue #17: Daily Mail style quotes in single marks, and the wrong speakers read
on the CNN/DailyMail dev articles. Single marks are paired without taking apostrophes for marks
(don't, it's, the '90s, O'Brien, players'); a text that lost its paragraph breaks keeps a space
after the mark that opened each paragraph. Each speaker rule comes from a cause of a wrong
speaker read there; where the evidence is weak the quote stays unattributed. Texts written for
these tests."""

from __future__ import annotations

from summarizer.quotes.find import find_quotes


def found(text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in find_quotes(text)]


# ------------------------------------------------------------------ marks


def test_a_spaced_double_mark_after_a_sentence_end_opens_a_quote() -> None:
    # a text joined from paragraphs: '. " Next' opens the next paragraph's quote
    text = (
        "The agency counted 40 new cases in the week to Sunday. "
        '" Seen over the whole month, the figures suggest the outbreak is easing," the agency '
        "said in its weekly report. Schools will open again on Monday."
    )
    assert found(text) == [
        ("Seen over the whole month, the figures suggest the outbreak is easing.", "the agency")
    ]


def test_a_spaced_single_mark_after_a_sentence_end_opens_a_quote() -> None:
    text = (
        "Ray Dunn, the club's chief executive, said the ban was out of proportion. "
        "' With what we know now, we can't see how it helps the fans who travel,' "
        "Dunn said. The match is on Saturday."
    )
    assert found(text) == [
        ("With what we know now, we can't see how it helps the fans who travel.", "Ray Dunn")
    ]


def test_a_spaced_reopening_mark_splits_a_single_quote_and_keeps_its_speaker() -> None:
    # British papers leave a paragraph's quote open and reopen the next; joined, '. ' Next'
    text = (
        "Rose Dalby, 72, sold her shop last year. She said: 'I worked six days a week for "
        "forty years and I loved every minute. ' Now I want to see the world before my knees "
        "give up.' Her daughter Kim, 44, is planning the first trip."
    )
    assert found(text) == [
        ("I worked six days a week for forty years and I loved every minute.", "Rose Dalby"),
        ("Now I want to see the world before my knees give up.", "Rose Dalby"),
    ]


def test_a_single_quote_closed_after_a_letter_before_a_full_stop() -> None:
    # "'... ball'." : the closing mark follows the last word, the full stop comes after it
    text = (
        "Coach Lou Varga was unhappy with his striker after the draw. "
        "Varga told the club's website: 'He must look up before he crosses the ball'. "
        "The team plays again on Sunday."
    )
    assert found(text) == [("He must look up before he crosses the ball", "Lou Varga")]


def test_apostrophes_around_single_marks_are_not_marks() -> None:
    # guard: contractions, a decade, an Irish name and a plural possessive inside and around
    text = (
        "Sean O'Brien's band played the players' bar on Friday. "
        "'We don't do the '90s stuff any more, it's all new songs,' O'Brien said. "
        "The fans' reaction was warm."
    )
    assert found(text) == [
        ("We don't do the '90s stuff any more, it's all new songs.", "Sean O'Brien")
    ]


def test_a_title_in_single_marks_before_a_capital_is_no_quote() -> None:
    # guard: a headline's 'Film Title' Opens Big: no closing mark before a capitalised word
    text = "Review: 'Easy Money' Cashes In On Its Cast\n\nThe film opens on Friday in 300 cinemas."
    assert found(text) == []


# ------------------------------------------------------------------ speakers


def test_a_number_that_ends_a_sentence_before_he_is_no_ordinal() -> None:
    # '... on May 3. He called ...': the cue sentence is the one after the number, not a
    # run back to the sentence's first word ("Photographs"); "he" names no one sure: nobody
    text = (
        "Police are checking claims that Tom Hale, a council candidate, handed out free pies "
        "to voters. Photographs show the candidate at a market stall on May 3. He called the "
        'claims silly, saying: "We gave two pies to a pensioner who had missed his lunch."'
    )
    assert [s for _, s in found(text)] == [None]


def test_the_name_right_before_the_verb_beats_the_sentence_subject() -> None:
    # a caption run into the cue: "... where Iris now lives Iris said:" is Iris's
    text = (
        "Meg Tate, 71, goes out most weekends. She often travels with her friend Iris "
        "Lowe, 68, who moved to Portugal. Meg at a beach bar with Iris, right, in a photo "
        "The pair spend most summers in Portugal where Iris now lives Iris said: "
        "'Age is only a number to us, we go out whenever we feel like it.'"
    )
    assert [s for _, s in found(text)] == ["Iris Lowe"]


def test_an_of_compound_before_a_first_name_is_no_part_of_the_name() -> None:
    # "Mother-of-two Ada" describes Ada Quinn, whose full name the text gave
    text = (
        "Ada Quinn, 58, runs the village post office. "
        "Mother-of-two Ada took over the shop from her uncle in 2004. "
        'She said: "For some people here this counter is the only chat they get all week."'
    )
    assert [s for _, s in found(text)] == ["Ada Quinn"]


def test_the_scot_re_describes_the_golfer_named_before() -> None:
    # "The 21-year-old Scot" is no person called Scot, and it does not stop the search
    text = (
        "Ewan Reid said he must sharpen his short game after a poor week in Portrush. The "
        "21-year-old Scot shot 76 and 81 and went home early, though he ended with a long "
        'putt on the last green. "It taught me a lot but it hurt," said the former Boys '
        "champion, who was paired with a veteran."
    )
    assert [s for _, s in found(text)] == ["Ewan Reid"]


def test_a_short_phrase_in_double_marks_inside_a_single_quote_is_nested() -> None:
    # the double-quoted saying does not end the single-quoted quote around it
    text = (
        "Nan Briggs, 70, still goes dancing every weekend. She said: 'People tell me to "
        '"act my age" but I have never known what that means.\' Her grandson thinks it is '
        "great."
    )
    assert found(text) == [
        ('People tell me to "act my age" but I have never known what that means.', "Nan Briggs")
    ]


def test_a_quote_after_a_caption_run_into_the_text_is_speech() -> None:
    # "..., right 'I ...,' she said": the caption's last word sits before the opening mark
    text = (
        "Nan Briggs, 70, shown on the left beside her sister Joy, right 'I still love a late "
        "night, I dance until they close the doors,' she said on the programme. Joy agrees."
    )
    assert found(text) == [
        ("I still love a late night, I dance until they close the doors.", "Nan Briggs")
    ]


def test_a_caption_word_before_a_title_in_single_marks_is_no_speech() -> None:
    # guard: "the film 'Great Big Trains,' Lee said": a title, every long word capitalised
    text = "Jo Lee spoke about her new film 'Great Big Trains Coming Home,' Lee said on Friday."
    assert found(text) == []


def test_a_capital_he_run_in_from_a_caption_is_the_cue_subject() -> None:
    # "... on Wednesday He said:": the caption lost its stop; the cue's subject is "he", not
    # the caption's Ray Moss, and "he" may be Tom Vale or Ray Moss: nobody is credited
    text = (
        "Tom Vale says his old coach would do well in England. Ray Moss chats with a player "
        "during training in Leeds on Wednesday He said: 'I think he would be a great fit and "
        "I hope he goes.'"
    )
    assert [s for _, s in found(text)] == [None]


def test_a_role_after_a_comma_is_no_subject() -> None:
    # "Alex Stone, North East regional wildlife adviser, said:" is Alex Stone, not "North East"
    text = (
        "Foxes have been seen in gardens across the town. Alex Stone, North East regional "
        "wildlife adviser, said: 'Foxes rarely harm anyone and people should keep bins shut.'"
    )
    assert [s for _, s in found(text)] == ["Alex Stone"]


def test_a_word_the_text_also_writes_in_lower_case_is_no_antecedent() -> None:
    # "Doctors warned ...": no person called Doctors (the text says "doctors" too); the
    # sentence about them stops the search for "she": nobody rather than a guess
    text = (
        "Lucy Hart was hurt in a fall from her horse near York. She was treated by doctors "
        "at the scene. Doctors warned she might not ride again. She said: 'I was sure I would "
        "be back in the saddle within weeks.'"
    )
    assert [s for _, s in found(text)] == [None]


def test_narration_about_someone_else_ends_a_run_of_one_speaker() -> None:
    # a text with no line breaks: after sentences about another person, a quote with no cue
    # of its own is not the first speaker's; the sentence before names its speaker with
    # "said" after a fronted phrase (session 21: before, nobody was credited)
    text = (
        'The defence never denied the facts. "She signed every form," defence lawyer Ann '
        "Cole admitted as the hearing began. The accused, Cole said, only followed orders. "
        "After the ruling, legal analyst Tim Ruiz said Cole now has little room left. "
        '" First of all, the paperwork shows a plan that was made months before."'
    )
    assert found(text)[-1] == (
        "First of all, the paperwork shows a plan that was made months before.",
        "Tim Ruiz",
    )


def test_a_capital_he_before_a_longer_cue_is_still_the_subject() -> None:
    # "... on Monday He told supporters in the city:": not the caption's first word ("Scroll")
    text = (
        "Sam Reed has been under fire all week over his campaign. Scroll down for video The "
        "party leader visited a bakery in Leeds on Monday He told supporters in the city: "
        "'We will win this election and we will do it the right way.'"
    )
    assert [s for _, s in found(text)] == [None]
