"""Quote shapes of British agency-style news text (session 11, issue #17): paragraphs run
together with only the opening mark of each kept, "said Mr X" after a fronted phrase, a job
glued to a name without its comma, and quotes whose speaker a careful reader knows from the
sentence before or after. All texts are our own."""

from __future__ import annotations

from summarizer.quotes.find import find_quotes


def _by_text(text: str) -> dict[str, str | None]:
    return {q.text: q.speaker for q in find_quotes(text)}


def _speaker_of(text: str, words: str) -> str | None:
    hits = [q for q in find_quotes(text) if words in q.text]
    assert hits, f"no quote holds {words!r}"
    return hits[0].speaker


def test_opening_marks_without_closing_ones_run_the_quote_on() -> None:
    text = (
        "The council met on Friday.\n\nJane Ellery, head of the tenants group, said: "
        '"We have waited far too long for this. "The landlords must now act." '
        "The mayor was not there."
    )
    quotes = find_quotes(text)
    assert len(quotes) == 1
    assert quotes[0].text == "We have waited far too long for this. The landlords must now act."
    assert quotes[0].speaker == "Jane Ellery"
    assert "mayor" not in quotes[0].text


def test_a_short_quote_then_a_new_one_stays_two() -> None:
    text = 'Tom Reeve was angry after the match. "We lost. "They cheated," he said.'
    assert all("angry" not in q.text for q in find_quotes(text))


def test_participle_run_into_the_name_is_no_speaker() -> None:
    text = (
        "The council met on Friday.\n\nSpeaking after the vote was counted Jane Ellery, head "
        'of the tenants group, said: "We have waited far too long for this."'
    )
    assert _speaker_of(text, "waited") == "Jane Ellery"


def test_participle_with_its_object_leaves_the_named_subject() -> None:
    text = 'Speaking to the BBC, Jane Ellery said: "We have waited far too long for this."'
    assert _speaker_of(text, "waited") == "Jane Ellery"


def test_party_word_and_role_before_a_name() -> None:
    text = (
        "The budget was published.\n\nGreen party treasurer Ollie Brand mocked the plan, "
        'saying: "This is the weakest budget I have read in years."'
    )
    assert _speaker_of(text, "weakest") == "Ollie Brand"


def test_name_told_before_a_colon_is_the_one_spoken_to() -> None:
    text = (
        "Mr Dale was asked about the rift. Reports said he had once told Mr Hart: "
        '"You will never lead this party."'
    )
    assert _speaker_of(text, "never lead") != "Hart"


def test_sentence_after_a_led_in_quote_is_a_new_one() -> None:
    text = (
        "The party met.\n\nOn Tuesday, deputy leader Mr Okafor told BBC Radio: "
        '"They told us plainly, it was the members telling the leaders to fall in line." '
        "The new memoir claims Mr Okafor hosted a lunch in May."
    )
    assert _speaker_of(text, "fall in line") == "Okafor"


def test_however_turns_to_the_other_side() -> None:
    text = (
        "Fennco is suing a rival.\n\n"
        '"Our name is vital to us," Fennco said in a statement. "We had no other '
        'option but to go to court over it." However, Mr Dace, who runs the rival firm, '
        'vowed to resist, saying: "We have nothing at all to fear here."'
    )
    assert _speaker_of(text, "no other option") != "Dace"
    assert _speaker_of(text, "nothing at all") == "Dace"


def test_he_is_not_the_man_the_quote_talks_about() -> None:
    text = (
        "Tom Reeve is out for a month.\n\nAfter the game, Reeve spoke with fellow winger "
        'Sam Hill, who also hurt his knee. "I had a chat with Sam Hill and it looks like '
        'the same injury," he said.'
    )
    assert _speaker_of(text, "chat with") != "Sam Hill"


def test_own_name_said_of_oneself_still_counts() -> None:
    text = (
        "Senator Sam Hill was in a fighting mood at the rally on Sunday.\n\n"
        '"Pundits keep telling me they say Sam Hill should quit the race," he said.'
    )
    assert _speaker_of(text, "quit") == "Sam Hill"


def test_subject_after_a_time_phrase_and_apposition() -> None:
    text = (
        "The board met.\n\nOn Monday, Ruth Okonjo, head of the regional water authority and "
        "also Chair of its Panel, said that the new pipes were needed. "
        '"Our reservoirs are far too old for this climate." '
        '"This is a plain case of money well spent," she added.'
    )
    assert _speaker_of(text, "reservoirs") == "Ruth Okonjo"
    assert _speaker_of(text, "money well spent") == "Ruth Okonjo"


def test_joint_subject_that_names_no_single_speaker() -> None:
    text = (
        "The panel was lively.\n\nInstead, Ray, the host, and analyst Ann Bell argued that the "
        'plan was naive. "Seriously, who pays for this plan in the end?"'
    )
    assert _speaker_of(text, "Seriously") is None


def test_job_glued_to_a_name_without_its_comma() -> None:
    text = (
        'Consoles are changing. "Every new title will need the faster chips," Dr Amos Quill '
        "product director at chip maker Fennel told the BBC News website. "
        '"Players will notice it at once."'
    )
    assert _speaker_of(text, "faster chips") == "Amos Quill"
    assert _speaker_of(text, "notice it") == "Amos Quill"


def test_the_age_description_refers_back() -> None:
    text = (
        "Leeds winger Tom Reeve is out of the cup final.\n\nThe 24-year-old hurt his knee in "
        "Leeds's win over York on Friday. He will have surgery on Monday. "
        'He said: "It is hard to take but I will be back."\n\n'
        "Reeve has missed only two games this season."
    )
    assert (_speaker_of(text, "hard to take") or "").endswith("Tom Reeve")


def test_a_quote_right_after_a_closed_one_keeps_its_speaker() -> None:
    text = (
        "The club confirmed the news.\n\nTom Reeve said: "
        '"It is hard to take in." "As tough as it is, I have to stay positive about it all." '
        "He will miss the final."
    )
    assert _speaker_of(text, "stay positive") == "Tom Reeve"


def test_a_quote_after_narration_keeps_no_speaker() -> None:
    text = (
        'Tom Reeve said: "It is hard to take in." Ann Bell was less sure about it. '
        '"As tough as it is, we have to stay positive about it all."'
    )
    assert _speaker_of(text, "stay positive") != "Tom Reeve"


def test_a_player_named_after_his_position_is_a_person() -> None:
    text = (
        "York prop Dan Marsh is staying upbeat despite a broken wrist.\n\nThe 27-year-old was "
        "hurt in York's win over Hull on Saturday. He will see a surgeon on Monday. "
        'He said: "This will not stop me working on my fitness with the lads."'
    )
    assert _speaker_of(text, "fitness") == "Dan Marsh"


def test_the_position_alone_refers_to_the_player_named_before() -> None:
    text = (
        "Dan Marsh says the York forwards will take on the Hull pack on Sunday.\n\n"
        'The prop said: "If we get beaten up front our backs have had it."'
    )
    assert _speaker_of(text, "beaten up front") == "Dan Marsh"
