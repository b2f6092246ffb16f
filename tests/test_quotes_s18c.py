"""Session 18, third quote pass (issue #17, on bbc_train11's dev part): a job title joined by
"and" after a firm's name still leads to the holder's name; "Lee replied that ..." answers
the quote before it; "Town manager Smith is ..." names a person as subject; a sentence quoting
someone else's phrase stops a run-on; a sentence opening with a clause of its own is no cue;
a hyphenated surname opening a sentence is a subject; "Spaniard" is no given name; a phrase
quoted before ", Lee stressed." leaves that sentence naming the next quote's speaker.
Texts written for these tests."""

from summarizer.quotes.find import find_quotes


def _speaker(text: str, words: str, partial: bool = False) -> str | None:
    found = [q for q in find_quotes(text, partial=partial) if words in q.text]
    assert found, words
    return found[0].speaker


# --- "said Acme president and chief executive Jo Lee" ----------------------------------------


def test_joined_job_titles_after_a_firm_lead_to_the_holder():
    text = (
        'Kelbrook Foods cut its forecast for the year. "We have a firm base from which to grow '
        'again," said Kelbrook president and chief executive Nadia Orell.'
    )
    assert _speaker(text, "firm base") == "Nadia Orell"


def test_a_firm_speaking_alone_after_a_verb_first_cue_is_still_the_firm():
    text = 'Sales rose again. "The quarter went well for us," said Kelbrook in a short note.'
    assert _speaker(text, "went well") == "Kelbrook"


# --- '"...?" Lee replied that ...': the answer is narrated, the quote is the question --------


def test_a_reply_told_in_the_reporters_words_is_no_cue():
    text = (
        'The minister was pressed by the opposition in the chamber. "How could anyone call '
        'that plan fair to the towns it leaves out?" Mr Dallow replied that the plan was fair.'
    )
    assert _speaker(text, "fair to the towns") is None


def test_a_short_reply_cue_still_gives_the_quote():
    text = 'The talks ran late. "I will not step down today," Mr Dallow replied.'
    assert _speaker(text, "step down") == "Dallow"


def test_a_reply_to_an_audience_still_gives_the_quote():
    text = 'The talks ran late. "Why should I step down?" Mr Dallow replied to the crowd outside.'
    assert _speaker(text, "step down") == "Dallow"


# --- "Town manager Smith is ...": a job before a name makes a person the subject -----------


def test_a_job_titled_subject_stops_the_search_for_he():
    text = (
        '"We have talked to the boy and he will join us," Ray Dunn told his club\'s website. '
        'Harbour manager Petchley is no fan of big names. "The onus is on the boy to earn '
        'his place," he said.'
    )
    assert _speaker(text, "onus is on") != "Ray Dunn"


# --- a sentence quoting someone else's phrase stops the run-on -----------------------------


def test_a_sentence_quoting_another_persons_phrase_stops_the_run_on():
    text = (
        'Coach Ian Reed was upbeat. "We can win this," he declared. "We have the players for '
        'it." It is a view shared by Tom Hale, who believes "we are ready for them". "When the '
        'draw came out I was thrilled. It is open."'
    )
    assert _speaker(text, "draw came out") != "Ian Reed"


def test_a_sentence_with_a_quoted_title_lets_the_speaker_go_on():
    text = (
        'Coach Ian Reed was upbeat. "We can win this," he declared. "We have the players for '
        'it." The ground is known locally as the "Theatre of Dreams". "When the draw came out '
        'I was thrilled. It is open."'
    )
    assert _speaker(text, "draw came out") == "Ian Reed"


# --- '"...." The vote would come in May and, as he left, Lee said ...' is narration ---------


def test_a_sentence_opening_with_its_own_clause_is_no_cue():
    text = (
        'Jo Lee spoke on the radio after Ray Dale quit. "That is the sane way to do it but I '
        'think this lot are stuck." The first votes would come in 2008 and, when he was '
        "opening the debate, Mr Dale suggested Parliament could decide later."
    )
    assert _speaker(text, "sane way") != "Ray Dale"


def test_a_subject_with_a_relative_aside_is_still_a_cue():
    text = (
        'Jo Lee spoke on the radio after Ray Dale quit. "That is the sane way to do it but I '
        'think this lot are stuck." Mr Dale, who was opening the debate, said.'
    )
    assert _speaker(text, "sane way") == "Ray Dale"


# --- a hyphenated surname opening a sentence is its subject; "Spaniard" is no given name ----


def test_a_hyphenated_surname_opening_a_sentence_is_the_pronouns_antecedent():
    text = (
        "Top seed Ray Dunn lost to fellow Briton Tom Hale-Smith on Monday. Hale-Smith was "
        'delighted with the win. "This was the best win of my life," he said.'
    )
    assert _speaker(text, "best win") == "Tom Hale-Smith"


def test_a_nationality_noun_before_a_name_is_no_part_of_it():
    text = (
        "Top seed Ray Dunn lost to fellow Spaniard Iker Zubeldia on Monday. Zubeldia was "
        'delighted with the win. "This was the best win of my life," he said.'
    )
    assert _speaker(text, "best win") == "Iker Zubeldia"


def test_a_clause_then_a_pronoun_and_its_verb_still_goes_on_with_the_speaker():
    text = (
        'Judge Ana Ruiz read out her ruling. "It is not my job to judge the crowd." Finding the '
        "crew had not acted in bad faith, she added: 'They were forced out by the pressure.'"
    )
    assert _speaker(text, "not my job") == "Ana Ruiz"
    assert _speaker(text, "forced out") == "Ana Ruiz"


# --- a phrase quoted before ", Name stressed." does not hide the speaker of the next quote ---


def test_a_phrase_then_a_comma_before_the_cue_still_names_the_next_speaker():
    text = (
        'Jo Lee spoke first.\n\nBy paying the small fee, people could "clean up their '
        'savings", Mr Dale stressed.\n\n"Nobody will check where this money came from. It '
        'must go back into trade." The plan has critics.'
    )
    assert _speaker(text, "Nobody will check") == "Dale"
