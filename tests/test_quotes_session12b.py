"""Session 12, second pass on issue #17: wrong speakers on fresh text. A wrong speaker puts words
in someone's mouth, so where the evidence is weak a quote stays unattributed. Each rule comes
from a general cause read on the BBC train and CNN/DM dev articles; the guards keep the older
readings the rules must not break. Texts written for these tests."""

from __future__ import annotations

from summarizer.quotes.find import find_quotes
from summarizer.quotes.speakers import parse_speaker


def speakers(text: str) -> list[tuple[str, str | None]]:
    return [(q.text[:20], q.speaker) for q in find_quotes(text)]


# ------------------------------------------------ a description is the most recent subject


def test_an_indefinite_description_that_spoke_is_the_pronoun_s_person() -> None:
    # "he added" after "But a party spokesman said ...": not the donor named before
    text = (
        "The Green League spent more on posters than any rival. Much of its money came from "
        "Leeds landowner Sir Alan Brook, who paid for the billboards. But a party spokesman "
        'said the two big parties had spent far more at the last election. "The only way a '
        'small party can be heard is to buy the space," he added.'
    )
    assert speakers(text) == [("The only way a small", "a party spokesman")]


def test_one_described_trader_who_spoke_is_not_the_chairman_quoted_before() -> None:
    text = (
        'Shares in Lagos rose 4% on Tuesday. "Every rally is called a bubble," exchange '
        'chairman Bayo Adeyemi told reporters. "The growth is real," says Mr Adeyemi. One '
        'veteran Lagos trader said the real reason was the oil price. "When crude goes up, '
        'foreign money follows it here." Most of that money, he says, came from Europe.'
    )
    got = speakers(text)
    assert got[-1] == ("When crude goes up, ", "One veteran Lagos trader")
    assert got[0][1] == got[1][1] == "Bayo Adeyemi"


def test_a_definite_description_that_acted_stops_the_search_for_an_older_name() -> None:
    # "But the 24-year-old Corkman signed ..." re-describes someone, maybe not the manager
    # the sentence before named: nobody rather than the manager
    text = (
        "Sean Mulcahy is close to a new deal with Rovers.\n\n"
        'Early talks went well and the defender said: "I want to stay." Dundee manager Rob '
        "Keel is said to be ready to bid for the player in January. But the 24-year-old "
        "Corkman signalled his wish to remain at the club. He added: \"It's nice to be "
        'wanted but this club is my home."'
    )
    assert speakers(text)[-1] == ("It's nice to be want", None)


def test_a_relative_clause_subject_competes_with_a_passive_subject() -> None:
    # "Kovac was dropped ... - a decision Brandt has supported. But he said:": either man
    text = (
        "United coach Piet Brandt could yet recall Ivo Kovac after his suspension ends.\n\n"
        "Kovac was dropped by the club on Monday after missing training - a decision Brandt "
        'has supported. But he said: "I do not rule anything out once he has served his time."'
    )
    assert speakers(text) == [("I do not rule anythi", None)]


# ------------------------------------------------------------------ demonyms


def test_said_the_new_zealander_is_a_description_not_a_name() -> None:
    assert parse_speaker("the New Zealander").kind == "description"
    assert parse_speaker("the 43-year-old Frenchman").kind == "description"
    text = (
        "Director Tomas Hale will wait years before filming the sequel.\n\n"
        'The award winner said on a visit to Perth that talks would be long. "It will be '
        'lawyers in a room for a good while yet," said the New Zealander.'
    )
    got = speakers(text)
    assert got[0][1] != "New Zealander"


# ------------------------------------- a sentence before with a speech verb and a phrase


def test_a_quote_after_a_sentence_naming_its_speaker_with_a_quoted_phrase_is_theirs() -> None:
    text = (
        'Sales of the new disc were strong in the first week. "The shops cannot keep up," '
        'said Ana Ruiz, a retail analyst. Nina Okafor said players were "hungry" for '
        'better graphics in the next wave of games. "Players always want more detail and '
        'bigger worlds to explore."'
    )
    assert speakers(text)[-1] == ("Players always want ", "Nina Okafor")


# ------------------------------------------------------------------ guards


def test_guard_a_sentence_about_a_thing_does_not_stop_the_search() -> None:
    # "The crowd went quiet." has no person for its subject: "he" is still Jo Lee
    text = (
        'The minister spoke at length. "We will act," Jo Lee said. The crowd went quiet. '
        '"Nobody should doubt it," he said.'
    )
    assert speakers(text)[-1] == ("Nobody should doubt ", "Jo Lee")


def test_guard_a_description_with_a_named_object_leaves_the_reply_to_the_named() -> None:
    text = (
        "Senator Paul Vance was greeting voters outside a school in Reno.\n\n"
        'A reporter asked Vance how he was feeling on polling day. He replied: "The more '
        'people vote, the happier I am."'
    )
    assert speakers(text) == [("The more people vote", "Paul Vance")]


def test_guard_a_cue_tail_after_a_quote_is_no_description_subject() -> None:
    text = (
        "President Ana Lind will speak to the party congress tonight.\n\n"
        '"Nothing prepares you for this office," the re-elected president will say, according '
        'to remarks shared by her office.\n\n"Until you have sat at that desk, you do not '
        'know the weight of it," she will say.'
    )
    got = speakers(text)
    assert got[-1] == ("Until you have sat a", "Ana Lind")


def test_guard_an_active_subject_is_kept_beside_a_relative_clause_subject() -> None:
    text = (
        "Amanda Cole, a former aide to Senator Ted Marsh, was one of the first to back the "
        "plan when she took to the radio.\n\n"
        '"Has anyone drawn up the list yet? I will if nobody has," she said.'
    )
    assert speakers(text) == [("Has anyone drawn up ", "Amanda Cole")]


def test_guard_a_long_quoted_phrase_in_the_sentence_before_names_no_speaker() -> None:
    # a phrase of more than a few words may be a quote of someone else's the reporter cites
    text = (
        'The council met on Monday. Jo Lee said the plan was "the boldest thing this city '
        'has ever tried" before the vote. "Nobody on this council should doubt that we '
        'mean every word of it."'
    )
    assert all(q.speaker is None for q in find_quotes(text) if q.text.startswith("Nobody"))


# ------------------------------------------------------------------ a role's one holder


def test_the_mayor_is_the_one_mayor_the_narration_just_made_a_subject() -> None:
    # the reporter spoke last, but the paragraph before made the mayor its subject
    text = (
        "City mayor Rosa Delgado has refused to say sorry to a reporter.\n\n"
        'On the recording, Mrs Delgado is heard asking Tom Reed if he is a "spy".\n\n'
        'Tom Reed replies: "No, I write for the local paper and I am proud of it." The mayor '
        'then says: "Well, you behave like one, and you know it very well."'
    )
    assert speakers(text)[-1] == ("Well, you behave lik", "Rosa Delgado")


def test_guard_a_role_holder_named_paragraphs_before_others_stays_a_description() -> None:
    text = (
        "Governor Ann Pike opened the new bridge in May.\n\n"
        "Engineer Jo Lee says the deck is sound.\n\n"
        "Local builder Sam Hart thinks otherwise and has written to the council.\n\n"
        'The governor said: "We will check the deck again next week, to be sure."'
    )
    assert speakers(text) == [("We will check the de", "The governor")]
