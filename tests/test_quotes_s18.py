"""Session 18 (issue #17, seventh quote pass): fewer wrong speakers. A quote with no cue does
not run on with the speaker before it when the one sentence of the reporter's between them,
after that quote has ended its sentence, has someone else speak. Texts written for these
tests."""

from summarizer.quotes.find import find_quotes


def _speaker(text: str, words: str) -> str | None:
    found = [q for q in find_quotes(text) if words in q.text]
    assert found, words
    return found[0].speaker


# --- a sentence in which someone else speaks, after a quote that ended its own -------------

_LAB = (
    '"The new engine changes everything for us," said Paula Reyes, who runs the lab. '
    '"We can finally test at full scale." '
)


def test_a_sentence_where_another_person_speaks_stops_the_run_on():
    text = _LAB + (
        "Tom Hale cautioned that the budget for the trials was still far from settled. "
        '"Nobody should expect results before the spring."'
    )
    assert _speaker(text, "Nobody should expect") not in {"Reyes", "Paula Reyes"}
    assert _speaker(text, "We can finally test") == "Paula Reyes"


def test_a_sentence_about_someone_else_with_a_speech_word_stops_the_run_on():
    text = _LAB + (
        "Goalkeeper Sam Ortiz was keen not to talk about the cup final next month. "
        '"We have a long way to go before then."'
    )
    assert _speaker(text, "a long way to go") not in {"Reyes", "Paula Reyes"}


def test_the_speaker_named_again_still_runs_on():
    text = _LAB + (
        "Reyes added that the first results would come by the end of the summer. "
        '"It is the best news we have had all year."'
    )
    assert _speaker(text, "the best news") == "Paula Reyes"


def test_a_sentence_with_no_speech_still_runs_on():
    text = _LAB + 'The lab moved to a new building in May. "It is the best news we have had."'
    assert _speaker(text, "the best news") == "Paula Reyes"


# --- a sentence that describes the story's lead again, after a quote that spoke of him -----

_LEAD = (
    "Tom Tarrant is unlikely to play in the final after hurting his wrist in training on "
    'Tuesday. "He needs at least a week of rest," said team physio Alan Greer. "The wrist is '
    "swollen, and Tom's case is not a simple one.\" "
)


def test_a_he_after_the_lead_is_described_again_is_not_the_physios():
    text = _LEAD + (
        "The Canadian has struggled with injuries all season but still hopes to be fit. "
        '"I will do everything I can to be ready," he said.'
    )
    assert _speaker(text, "everything I can") != "Alan Greer"


def test_the_lead_described_again_after_his_own_quote_still_speaks_on():
    text = (
        "Tom Tarrant is unlikely to play in the final after hurting his wrist. "
        '"It is a blow, and I am gutted," said Tarrant. "The final was my target." '
        "The Canadian has struggled with injuries all season. "
        '"I will do everything I can to be ready," he said.'
    )
    assert _speaker(text, "everything I can") == "Tom Tarrant"


# --- a name owned by "my", "our", "their" is a product's or a club's, no one who speaks ----

_FINDER = (
    "Web firms want to remember what you looked for. Quick Find is one of them. "
    '"People hate searching twice," said Tom Reed, who built Quick Find. Reed said most '
    "users lose track of pages they liked. Quick Find has added a list of them. "
)


def test_a_he_after_a_name_owned_by_my_is_not_that_name():
    text = _FINDER + (
        "Under My Quick Find people can sort the pages into folders. "
        '"It is about finding again what you found before," he said.'
    )
    assert _speaker(text, "finding again") != "Quick Find"


def test_a_he_after_the_spokesman_named_again_is_still_his():
    text = _FINDER + (
        "Reed said people can sort the pages into folders. "
        '"It is about finding again what you found before," he said.'
    )
    assert _speaker(text, "finding again") == "Tom Reed"


# --- the verb's own clause opens with someone's thing or person: not an earlier name -----


def test_a_statement_owned_by_a_club_is_not_the_bidders():
    text = (
        "Ray Dunn has bought a fifth of the club, and Northfield's statement to the market "
        'said: "The board has received a detailed offer."'
    )
    assert _speaker(text, "detailed offer") != "Ray Dunn"


def test_a_spokesman_owned_by_a_name_is_not_that_name():
    text = (
        "Ray Dunn has bought a fifth of the club, and Dunn's spokesman said: "
        '"The offer will be improved next week."'
    )
    assert _speaker(text, "offer will be improved") != "Ray Dunn"


def test_the_name_of_the_verbs_own_clause_still_speaks():
    text = (
        "The club has had a bid, and Ray Dunn, who owns a fifth of it, said: "
        '"The offer will be improved next week."'
    )
    assert _speaker(text, "offer will be improved") == "Ray Dunn"


# --- a seat written before the name is no part of it ------------------------------------


def test_a_seat_before_a_name_is_dropped():
    text = (
        '"We expect every penny of public money to be accounted for," said the committee '
        "chairman, MP Jane Colby."
    )
    assert _speaker(text, "every penny") == "Jane Colby"


# --- a name written as someone's firm ("co-founder of Seekwell") is no "he" ----------------

_FOUNDER = '"People hate searching twice," said Tom Reed, co-founder of Seekwell. '


def test_a_firm_opening_a_sentence_does_not_stop_its_founder_speaking_on():
    text = _FOUNDER + (
        "Seekwell has added a list of the pages people liked. What users do with Seekwell "
        'shows they roam. "Users do not stop using other sites," he said.'
    )
    assert _speaker(text, "do not stop") == "Tom Reed"


def test_a_firm_is_not_the_he_of_its_spokesman():
    text = (
        '"People hate searching twice," said Tom Reed, a spokesman for Quick Find. Reed said '
        'users forget pages. Quick Find has added a list of them. "It is about finding again '
        'what you found before," he said.'
    )
    assert _speaker(text, "finding again") == "Tom Reed"


def test_a_person_a_spokeswoman_speaks_for_is_still_a_person():
    text = (
        '"We will appeal," said Ann Cole, a spokeswoman for Tony Blair. Blair said the talks '
        'had gone well. "It was a good meeting," he said.'
    )
    assert _speaker(text, "good meeting") in {"Blair", "Tony Blair"}


# --- a sentence naming someone in apposition to a role, then a speech verb ---------------


def test_a_quote_after_a_name_with_a_role_in_apposition_is_theirs():
    text = (
        "Until the rules are clear, studios wait. Mia Sorel, research director at Brightwave, "
        "said the team was building tools for the next machines. "
        '"We are writing new code for lighting. Most of it is ready."'
    )
    assert _speaker(text, "new code for lighting") == "Mia Sorel"


def test_a_name_with_a_clause_that_is_no_role_names_no_one():
    text = (
        "Until the rules are clear, studios wait. Mia Sorel, who left the firm in May, "
        "said the team was building tools for the next machines. "
        '"We are writing new code for lighting. Most of it is ready."'
    )
    assert _speaker(text, "new code for lighting") is None


# --- "peer" names a role in an appositive -----------------------------------------------


def test_a_peer_in_apposition_is_a_person_a_she_points_to():
    text = (
        '"More lawyers may resign," said Tom Hale, who speaks for a campaign group.\n\n'
        "Ann Ryder, a Labour peer and a family court lawyer, said the plans went too far. "
        '"Nobody asked the courts what they thought," she said.'
    )
    assert _speaker(text, "Nobody asked the courts") == "Ann Ryder"
