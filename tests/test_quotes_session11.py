"""Session 11 of issue #17: fewer wrong speakers. Each rule comes from a cause of a wrong
speaker read on PolNeAR train or the real dev pages (a description that could mean two people,
a cue that leads into the next quote, a place and party taken for a name, a pull quote signed
inside its marks, a phrase spoken in a relative clause, a headline's topic, a nickname kept as
the speaker, a place of residence glued to a name), or asked for in the issue (an organisation's
"it said", BBC-style "Mr Smith said" for a couple who share the surname). Where the evidence is
weak the quote stays unattributed. Texts written for these tests."""

from __future__ import annotations

from summarizer.quotes.find import find_quotes


def found(text: str, partial: bool = False) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in find_quotes(text, partial=partial)]


def speakers(text: str) -> list[str | None]:
    return [q.speaker for q in find_quotes(text)]


# ------------------------------------------------------------------ descriptions


def test_a_description_that_could_mean_the_assistant_credits_nobody() -> None:
    # the striker may be the manager or the assistant who took the conference: no guess
    text = (
        "Harry Ray is now the bookmakers' choice to take over at Newcastle.\n\n"
        "Ray stayed away from the club's press briefing, which his assistant Joe Dunn "
        "ran in his place.\n\n"
        '"We had a laugh about all the talk this morning," the former Leeds striker said.'
    )
    assert speakers(text) == [None]


def test_a_description_with_one_person_in_the_sentence_still_resolves() -> None:
    # guard: with nobody else named, the striker is the one the narration speaks of
    text = (
        "Harry Ray is now the bookmakers' choice to take over at Newcastle.\n\n"
        "Ray stayed away from the club's press briefing on Friday.\n\n"
        '"We had a laugh about all the talk this morning," the former Leeds striker said.'
    )
    assert speakers(text) == ["Harry Ray"]


def test_a_nickname_is_not_kept_as_the_speaker() -> None:
    text = (
        "Manny Rivas wants a rematch with Floyd Dunn, who retired last year.\n\n"
        "The boxer, who turned 40 in December, was asked about a second fight. Speaking about "
        'it, the Pacman said: "If he wants a comeback, then we set the terms."'
    )
    assert speakers(text) == [None]


def test_a_demonym_is_still_kept_as_a_description() -> None:
    # guard: "the Texan" after a sentence about someone the text only describes
    text = (
        "Do you back Ted Ormond? Sign up below.\n\n"
        "The former governor, who quit the race in May, noted that voters want new faces. "
        "“Old hands are barely making a dent this year,” the Texan said."
    )
    assert speakers(text) == ["the Texan"]


def test_a_place_and_a_party_are_a_description_not_a_name() -> None:
    text = (
        '"The race is wide open and anybody could still win it," said a New Hampshire '
        "Republican.\n\n"
        '"She is too far behind to catch up now," one Iowa Democrat said.'
    )
    assert speakers(text) == ["a New Hampshire Republican", "one Iowa Democrat"]


def test_where_someone_lives_is_no_part_of_the_name() -> None:
    text = 'Londoner Jade Moss said: "It was a great day, I wish it had never ended."'
    assert speakers(text) == ["Jade Moss"]


# ------------------------------------------------------------------ cues and lead-ins


def test_a_cue_after_a_led_in_quote_introduces_the_next_quote() -> None:
    # "X responds to Y with, ..." credits X; "Y then writes back, ..." is Y's own lead-in
    text = (
        "In one exchange, Ana Bell forwards a photo to her aide Clara Voss.\n\n"
        "Bell responds to Voss with, “Why this week? Was it not on the road to Lima?” Voss then "
        "writes back, “You look great.”"
    )
    assert found(text) == [
        ("Why this week? Was it not on the road to Lima?", "Ana Bell"),
        ("You look great.", "Clara Voss"),
    ]


def test_a_sentence_split_around_its_cue_stays_one_quote() -> None:
    # guard: the led-in rule is for whole sentences, not a quote that goes on after "he wrote"
    text = (
        "Ray Fell, a party aide, answered online.\n\n"
        "Fell fired back: “As a friend of the mayor,” he wrote, “we are sure you want her "
        "to win as well.”"
    )
    assert speakers(text) == ["Ray Fell"]
    assert len(find_quotes(text)) == 1


def test_a_headline_label_on_a_topic_credits_who_comes_before_on() -> None:
    text = (
        "Network Chief On Mayor Reyes: ‘We Do Not Pay Guests To Appear.’\n\n"
        "The network has refused to pay the mayor for a debate."
    )
    assert speakers(text) == [None]  # not Reyes: he is the topic, and a job names no one
    text = 'Reyes On Taxes: "We will cut every one of them next year."'
    assert speakers(text) == ["Reyes"]


def test_a_pull_quote_signed_inside_its_marks_is_the_signers() -> None:
    text = (
        '"Cutting the budget now would be the worst mistake," Ana Bell said.\n'
        "Budget rules are back in fashion.\n\n"
        '"I fear we will hear the old songs about balanced budgets again this year.\n'
        'Dean Ray, Center for Fiscal Policy."\n\n'
        "The debate goes on."
    )
    assert found(text) == [
        ("Cutting the budget now would be the worst mistake.", "Ana Bell"),
        ("I fear we will hear the old songs about balanced budgets again this year.", "Dean Ray"),
    ]


def test_a_phrase_spoken_in_a_relative_clause_is_not_the_subjects() -> None:
    # the singer told friends; Reza, the main clause's subject, said nothing
    text = (
        "Dr Omar Reza has kept quiet in public about his years with the singer, who "
        'told her sister he was the "one man I ever wanted" at the time.'
    )
    assert found(text, partial=True) == []
    text = (
        "The deal was praised by the mayor, Ana Ruiz, who said it was "
        '"the best thing for our little town" on Monday.'
    )
    assert found(text, partial=True) == [("the best thing for our little town", "Ana Ruiz")]


# ------------------------------------------------------------------ organisations


def test_it_said_credits_the_organisation_the_sentence_before_opens_with() -> None:
    text = 'Northwind Airlines cancelled 40 flights. "Safety is our first priority," it said.'
    assert speakers(text) == ["Northwind Airlines"]
    text = (
        'The Ministry of Health issued new rules. "Hospitals must keep two weeks of stock," '
        "it said in a statement."
    )
    assert speakers(text) == ["Ministry of Health"]


def test_it_said_after_a_person_or_a_description_credits_nobody() -> None:
    assert speakers('Jo Lee resigned on Monday. "I am done," it said.') == [None]
    text = 'The company has fired its boss. "We thank him," it said in a statement.'
    assert speakers(text) == [None]


# ------------------------------------------------------------------ titles, BBC style


def test_mr_and_mrs_of_a_couple_are_not_one_full_name() -> None:
    text = (
        "Peter and Mary Smith have run the bakery in Leeds for thirty years.\n\n"
        'Mr Smith said: "The flour price has doubled in a year."\n\n'
        'Mrs Smith added: "We cannot pass that on to our customers."'
    )
    # never Mary Smith for Mr Smith; "Mrs Smith" is Mary, the one woman Smith (session 21:
    # "Mr Smith" is his own mention, so his title no longer blurs her gender)
    assert speakers(text) == ["Mr Smith", "Mary Smith"]
    text = (
        "Peter Smith and his wife Mary have run the bakery for thirty years.\n\n"
        '"The flour price has doubled," Mr Smith said.\n\n'
        '"We cannot pass it on," Mrs Smith said.'
    )
    # never Peter Smith; Mary, the name "his wife" was given (session 22, `kin_named`)
    assert speakers(text)[1] == "Mary"


def test_mr_smith_with_one_smith_is_the_full_name() -> None:
    # guard: the usual BBC chain, one person per surname
    text = (
        'Peter Smith, 54, runs a bakery in Leeds. Mr Smith said: "The flour price has doubled '
        'in a year."\n\n'
        'His neighbour Jane Doyle agreed. "We are all struggling," Mrs Doyle said.\n\n'
        '"It cannot go on like this," Mr Smith added.'
    )
    assert speakers(text) == ["Peter Smith", "Jane Doyle", "Peter Smith"]


def test_a_new_sentence_after_a_led_in_quote_is_no_cue_of_it() -> None:
    text = (
        "On May 9, Ana Bell tweeted, “The vote went our way. The bridge will be built.” This "
        "sort of post, Channel Nine claimed, breaks its rules, and so Bell was suspended."
    )
    assert speakers(text) == ["Ana Bell"]


def test_a_phrase_the_subject_relays_from_others_credits_nobody() -> None:
    text = (
        "Quoting police sources, The Daily Herald said the team of detectives is still "
        '"stuck at the scene of the crime with no lead" after a month.'
    )
    assert found(text, partial=True) == []


def test_a_phrase_after_a_dateline_is_not_the_datelines() -> None:
    text = (
        "LIMA, Peru - Rosa Quispe warned the miners against a strike and vowed to go to court, "
        'threatening "fine after fine, week after week" in a radio address on Sunday.'
    )
    assert found(text, partial=True) == [("fine after fine, week after week", "Rosa Quispe")]


def test_a_participle_clause_opens_no_name() -> None:
    text = (
        "Speaking outside the Central Court on Tuesday, Ana Ruiz - who lost her job in the "
        'affair - said the ruling was "a kick in the teeth for all of us".'
    )
    assert found(text, partial=True) == [("a kick in the teeth for all of us", "Ana Ruiz")]


def test_a_named_subject_with_an_adverb_before_its_verb_is_the_name() -> None:
    text = (
        "Another opposition leader Davit Kero also said that the count was "
        '"odd from start to finish and hard to trust" on Monday.'
    )
    assert found(text, partial=True) == [
        ("odd from start to finish and hard to trust", "Davit Kero")
    ]


# ------------------------------------------------------------------ other languages


def test_an_affiliation_after_a_full_name_is_no_part_of_it() -> None:
    assert speakers("„Wir sind bereit“, sagte Bankchef Peter Maier von der Nordbank.") == [
        "Peter Maier"
    ]
    assert speakers("„Es wird hart“, sagte Peter Maier vom Bauernverband.") == ["Peter Maier"]
    assert speakers('"Non molleremo", ha detto Marco Rossi della Regione Lazio.') == ["Marco Rossi"]
    assert speakers('"We gaan door", zei Jan Peeters van het Rode Kruis.') == ["Jan Peeters"]


def test_a_particle_after_one_given_name_is_part_of_the_name() -> None:
    # "von der" after a single given name belongs to the surname, and "der" there is no
    # German title ("der Präsident"): the name is given whole
    assert speakers("„Wir sind bereit“, sagte Ursula von der Leyen.") == ["Ursula von der Leyen"]
    assert speakers('"We gaan door", zei Jan van der Berg.') == ["Jan van der Berg"]


def test_he_inside_a_bracket_about_someone_else_credits_nobody() -> None:
    text = (
        "Jo Lee, a rising star, plays the part we expect. He gets a rifle (from a man who "
        'cites an old western: the rifle, he says, "can bring down a bear at a mile") and waits.'
    )
    assert speakers(text) == [None]


def test_he_inside_a_bracket_about_the_story_subject_still_resolves() -> None:
    # guard: an aside about the person the story is about
    text = (
        '"We will win this state," Tom Hale said on Monday. Critics pounce on his every slip. '
        '(Hale shrugs such attacks off with humour; landing in Boston, he quipped: "It is just '
        'like I pictured it as a boy.")'
    )
    assert speakers(text) == ["Tom Hale", "Tom Hale"]
